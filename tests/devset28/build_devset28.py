"""Source of the twenty-eighth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on kidnappings, mass abductions, hostage crises and ransom
releases (school and seminary abductions, piracy hostages, aid workers seized by militias,
cross-border abductions, hostage-release deals and prisoner swaps), with a few sieges where
hostages are counted next to the killed, injured and rescued. Written for this set (none copied
from an article) in the style of wire copy (Reuters, AP, AFP, Kyodo, Anadolu, PTI), Nigerian,
Kenyan, Haitian, Philippine, Ecuadorian, Colombian, Pakistani, Indian and Sahel outlets, NGO
releases (ICRC, MSF, Human Rights Watch), a UN noon briefing, a TV site's live updates and an
explainer. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset27`` and ``tests/holdout2``. Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset28/build_devset28.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

ARUWAN = "Samuel Aruwan"
PARENTS = "a representative of the parents"
USMAN = "Abdullahi Usman"
FALL = "Mohamed Malick Fall"
KALLON = "Edward Kallon"
ICRC = "The International Committee of the Red Cross"
ACF = "Action Against Hunger"
CM_PRES = "Cameroon's presidency"
ELYSEE_FR = "the French presidency"
PARLY = "Florence Parly"
MEA = "the External Affairs Ministry"
MSF = "Médecins Sans Frontières"
ISPR = "The Inter-Services Public Relations (ISPR)"
IDF = "the Israeli military"
HAYAB = "Joseph Hayab"
CHR = "the Conference of Haitian Religious"
CARDH = "The Centre for Analysis and Research in Human Rights (CARDH)"
BINUH = "the UN Integrated Office in Haiti (BINUH)"
BINUH_REPORT = "a report released on Friday by the UN Integrated Office in Haiti (BINUH)"
MAGTIBAY = "Rodolfo Magtibay"
PADILLA = "Restituto Padilla"
STEED = "John Steed"
MUDAN = "Khalif Isse Mudan"
MONITOR = "the UN-backed anti-piracy monitor"
NAVY = "The Indian Navy"
TR_DIR = "Türkiye's Maritime General Directorate"
SARKOZY = "President Nicolas Sarkozy's office"
MOLINS = "François Molins"
CAZENEUVE = "Bernard Cazeneuve"
ML_GOV = "Mali's government"
MAIGA = "Choguel Maiga"
ET_GOV = "Ethiopia's government"
GETACHEW = "Getachew Reda"
MWIVANDA = "Noah Mwivanda"
HRW = "Human Rights Watch"
MORENO = "President Lenín Moreno"

PASSAGES = [
    # --- Nigeria: schools, seminaries, camps, aid workers ---------------------------------------
    P("d28_001",
      "Bandits abduct 39 students from forestry college in Kaduna\n"
      "By Shehu Umar, Kaduna\n"
      "Published: Friday, 12 March 2021\n"
      "Armed bandits stormed the Federal College of Forestry Mechanization, Afaka, in Igabi Local "
      "Government Area of Kaduna State at about 11.30pm on Thursday and abducted 39 students, the "
      "state's Commissioner for Internal Security and Home Affairs, Samuel Aruwan, said. Aruwan "
      "said troops of the Nigerian Army's 1 Division responded to a distress call and rescued 180 "
      "other students and eight members of staff, adding that 10 of them were receiving treatment "
      "for injuries. \"Those taken are 23 females and 16 males,\" a lecturer at the college who "
      "asked not to be named told our correspondent. The college, which has about 300 students on "
      "its roll, is about 5 kilometres from the Nigerian Defence Academy. No group has claimed "
      "responsibility for the attack, the fourth on a school in northern Nigeria since December.",
      [C("39", 39, "exact", "hostages", "students abducted in Afaka", ctx="abduct 39 students"),
       C("39", 39, "exact", "hostages", "students abducted in Afaka", ARUWAN,
         ctx="abducted 39 students"),
       C("180", 180, "exact", "other", "students rescued", "Aruwan", cat_alt=["hostages"],
         attr_alt=[ARUWAN]),
       C("eight", 8, "exact", "other", "staff rescued", "Aruwan", cat_alt=["hostages"],
         attr_alt=[ARUWAN]),
       C("10", 10, "exact", "injured", "rescued people treated for injuries", "Aruwan",
         cat_alt=["other"], attr_alt=[ARUWAN]),
       C("23", 23, "exact", "hostages", "female students taken", "a lecturer at the college"),
       C("16", 16, "exact", "hostages", "male students taken", "a lecturer at the college"),
       C("about 300", 300, "about", "population", "students on the college's roll",
         cat_alt=["other"])],
      published="2021-03-12"),

    P("d28_002",
      "KADUNA, Nigeria, May 5, 2021 (Reuters) - Kidnappers have freed 27 students abducted from a "
      "forestry college in northwest Nigeria's Kaduna state nearly two months ago, a "
      "representative of the parents said on Wednesday, ending the captivity of the last of the "
      "39 taken in the March 11 raid. Abdullahi Usman, who speaks for the parents, said the "
      "families had paid the gunmen 15 million naira ($36,496), money raised by selling land and "
      "borrowing, after the state government refused to negotiate. Ten of the students had been "
      "released in batches in April, he said, while two were freed after a separate payment. The "
      "state government has since shut 13 schools it considers vulnerable to attack. More than 730 "
      "students have been abducted from schools in northern Nigeria since December, according to "
      "a Reuters tally.",
      [C("27", 27, "exact", "hostages", "students freed", PARENTS, attr_alt=[USMAN]),
       C("39", 39, "exact", "hostages", "students taken in the raid", PARENTS, attr_alt=[USMAN]),
       C("Ten", 10, "exact", "hostages", "students released in April", USMAN, attr_alt=["he"]),
       C("two", 2, "exact", "hostages", "students freed after a separate payment", USMAN,
         attr_alt=["he"], ctx="two were freed"),
       C("13", 13, "exact", "infrastructure", "schools shut", None,
         attr_alt=["The state government"], cat_alt=["other"]),
       C("More than 730", 730, "more_than", "hostages", "students abducted since December",
         "a Reuters tally")],
      published="2021-05-05"),

    P("d28_003",
      "Kaduna seminarian killed by abductors, archdiocese confirms\n"
      "Published: February 2, 2020\n"
      "KADUNA — The Catholic Archdiocese of Kaduna on Saturday confirmed the death of Michael "
      "Nnadi, 18, one of four students abducted from the Good Shepherd Major Seminary in Kakau on "
      "January 8. In a statement, the archdiocese's secretary, Rev. Fr. Joseph Hayab, said the "
      "other three had been freed in batches, one of them after he was found by the roadside with "
      "severe injuries. The seminary, which houses about 270 seminarians, has been closed since "
      "the attack. The state police command said on Friday it had arrested 12 suspects over "
      "kidnappings along the Kaduna–Kachia road, including the seminary attack. The Christian "
      "Association of Nigeria says more than 100 Christians were kidnapped in Kaduna State in "
      "2019 alone.",
      [C("four", 4, "exact", "hostages", "seminarians abducted", None,
         attr_alt=["The Catholic Archdiocese of Kaduna"]),
       C("three", 3, "exact", "hostages", "seminarians freed", HAYAB,
         attr_alt=["the archdiocese's secretary"]),
       C("about 270", 270, "about", "population", "seminarians at the seminary",
         cat_alt=["other"]),
       C("12", 12, "exact", "detained", "suspects arrested", "The state police command"),
       C("more than 100", 100, "more_than", "hostages", "Christians kidnapped in 2019",
         "The Christian Association of Nigeria")],
      published="2020-02-02"),

    P("d28_004",
      "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n"
      "7 March 2024\n"
      "NIGERIA\n"
      "The Humanitarian Coordinator in Nigeria, Mohamed Malick Fall, said today he was gravely "
      "concerned by reports that more than 200 internally displaced people, most of them women "
      "and children, were abducted by non-State armed groups near Gamboru Ngala, in Borno State, "
      "while collecting firewood. Mr. Fall said the exact number was still being verified and "
      "that some of those taken had already returned to the camps. The Borno State Government has "
      "put the number of people unaccounted for at 113. Gamboru Ngala hosts over 45,000 displaced "
      "people, who must often leave the town to gather fuel because they have no other source of "
      "cooking energy. Our humanitarian colleagues tell us the area has seen at least 11 attacks "
      "on civilians since January, and that partners have distributed 1,500 fuel-efficient stoves "
      "to reduce the need for such trips.",
      [C("more than 200", 200, "more_than", "hostages", "displaced people abducted", FALL),
       C("113", 113, "exact", "missing", "people unaccounted for",
         "The Borno State Government", cat_alt=["hostages"]),
       C("over 45,000", 45000, "more_than", "displaced", "displaced people in Gamboru Ngala",
         attr_alt=[FALL]),
       C("at least 11", 11, "at_least", "other", "attacks on civilians",
         "Our humanitarian colleagues"),
       C("1,500", 1500, "exact", "aid", "fuel-efficient stoves distributed",
         "Our humanitarian colleagues")],
      published="2024-03-07"),

    P("d28_005",
      "Boko Haram kills 11 security personnel, three aid workers in Rann\n"
      "March 2, 2018\n"
      "MAIDUGURI — Suspected Boko Haram insurgents attacked a military facility in Rann, in the "
      "Kala-Balge Local Government Area of Borno State, on Thursday night, killing at least 11 "
      "soldiers and mobile policemen and three aid workers, the United Nations said. The UN "
      "Humanitarian Coordinator in Nigeria, Edward Kallon, said in a statement that three other "
      "aid workers, all women, had been abducted and that a further three were injured. Two of "
      "those killed were contractors working for the International Organization for Migration and "
      "the third was a doctor engaged by UNICEF, he said. A military source told PREMIUM TIMES "
      "that the insurgents arrived in about 10 gun trucks shortly after dusk. Rann hosts about "
      "55,000 people who fled the insurgency, and aid operations there have been suspended.",
      [C("11", 11, "exact", "killed", "security personnel", ctx="kills 11 security"),
       C("three", 3, "exact", "killed", "aid workers", ctx="three aid workers in Rann"),
       C("at least 11", 11, "at_least", "killed", "soldiers and mobile policemen",
         "the United Nations"),
       C("three", 3, "exact", "killed", "aid workers", "the United Nations",
         ctx="and three aid workers, the"),
       C("three", 3, "exact", "hostages", "aid workers abducted", KALLON,
         ctx="three other aid"),
       C("three", 3, "exact", "injured", "aid workers injured", KALLON,
         ctx="a further three"),
       C("Two", 2, "exact", "killed", "IOM contractors killed", KALLON, attr_alt=["he"]),
       C("about 10", 10, "about", "munitions", "gun trucks", "A military source",
         cat_alt=["other"], optional=True),
       C("about 55,000", 55000, "about", "displaced", "people who fled to Rann")],
      published="2018-03-02"),

    P("d28_006",
      "News release\n"
      "16 October 2018\n"
      "Abuja (ICRC) – The International Committee of the Red Cross (ICRC) is devastated to learn "
      "that Hauwa Mohammed Liman, a 24-year-old midwife, has been killed by her captors in "
      "north-east Nigeria. Hauwa was one of three health workers abducted in Rann on 1 March while "
      "working at a hospital supported by the ICRC. Her colleague Saifura Hussaini Ahmed Khorsa "
      "was killed in September. \"We appealed for mercy and for the release of Hauwa and Alice,\" "
      "said Patricia Danzi, the ICRC's regional director for Africa. \"We are heartbroken.\" The "
      "third health worker, Alice Loksha Ngaddah, a nurse working for UNICEF, remains in "
      "captivity, along with more than 100 other people held by armed groups in the region, "
      "according to estimates by humanitarian organizations. Since January, the ICRC has "
      "provided food to nearly 400,000 people in Borno and Adamawa states.",
      [C("three", 3, "exact", "hostages", "health workers abducted in Rann", attr_alt=[ICRC]),
       C("more than 100", 100, "more_than", "hostages", "people held by armed groups",
         "estimates by humanitarian organizations"),
       C("nearly 400,000", 400000, "about", "other", "people given food by the ICRC",
         cat_alt=["aid"], attr_alt=["the ICRC"])],
      published="2018-10-16"),

    P("d28_007",
      "MAIDUGURI, Nigeria, Sept 25, 2019 (AFP) - Jihadists from the Islamic State West Africa "
      "Province (ISWAP) have executed one of six aid workers they abducted in northeast Nigeria "
      "in July, their employer Action Against Hunger said on Wednesday. The six — an Action "
      "Against Hunger staff member, two drivers and three health ministry workers — were seized "
      "when their convoy was ambushed near Damasak on July 18, in an attack in which a driver was "
      "also killed. \"We are horrified and devastated,\" the charity said in a statement, urging "
      "the kidnappers to free the five others. A security source told AFP the group had demanded "
      "a ransom of 500,000 euros. The army suspended the operations of Action Against Hunger in "
      "Borno and Yobe states last week, accusing it of aiding the jihadists, a charge it denies. "
      "More than 35,000 people have been killed and two million displaced since the insurgency "
      "began in 2009.",
      [C("one", 1, "exact", "killed", "aid worker executed", ACF, cat_alt=["hostages"],
         ctx="one of six"),
       C("six", 6, "exact", "hostages", "aid workers abducted", ACF, ctx="six aid workers"),
       C("six", 6, "exact", "hostages", "aid workers abducted", ACF, attr_alt=[None],
         optional=True, ctx="The six —"),
       C("two", 2, "exact", "hostages", "drivers abducted", ACF, attr_alt=[None],
         ctx="two drivers"),
       C("three", 3, "exact", "hostages", "health ministry workers abducted", ACF,
         attr_alt=[None]),
       C("five", 5, "exact", "hostages", "aid workers still held", "the charity",
         attr_alt=[ACF]),
       C("More than 35,000", 35000, "more_than", "killed", "people killed in the insurgency"),
       C("two million", 2_000_000, "exact", "displaced", "people displaced by the insurgency")],
      published="2019-09-25"),

    # --- Cameroon, Benin, the Sahel -------------------------------------------------------------
    P("d28_008",
      "YAOUNDE, Oct 11 (Reuters) - Boko Haram militants have freed 27 hostages, among them 10 "
      "Chinese workers and the wife of Cameroon's vice prime minister, Cameroon's presidency said "
      "on Saturday. The Chinese were seized in May from a road construction camp near Waza, in an "
      "attack in which one Cameroonian soldier was killed, while the 17 Cameroonians were taken in "
      "a raid on the vice prime minister's hometown of Kolofata in July. \"The 27 hostages were "
      "handed over to Cameroonian authorities on Friday night,\" the presidency's statement said, "
      "without saying whether a ransom had been paid. A security source in Maroua said some of "
      "those freed were in poor health and had been flown to Yaounde for checks. Cameroon has "
      "deployed about 2,000 troops to its Far North region to stem cross-border raids by the "
      "Nigerian Islamist group.",
      [C("27", 27, "exact", "hostages", "hostages freed", CM_PRES, ctx="freed 27 hostages"),
       C("10", 10, "exact", "hostages", "Chinese workers freed", CM_PRES),
       C("one", 1, "exact", "killed", "Cameroonian soldier killed at Waza", None,
         attr_alt=[CM_PRES], ctx="one Cameroonian soldier"),
       C("17", 17, "exact", "hostages", "Cameroonians taken in Kolofata", CM_PRES,
         attr_alt=[None]),
       C("27", 27, "exact", "hostages", "hostages handed over", "the presidency's statement",
         attr_alt=[CM_PRES], optional=True, ctx="The 27 hostages"),
       C("about 2,000", 2000, "about", "troops", "troops in the Far North", None,
         attr_alt=["Cameroon"])]),

    P("d28_009",
      "PARIS, May 10, 2019 (AFP) - French special forces freed four hostages, including two "
      "French tourists kidnapped in Benin, in a night-time raid in northern Burkina Faso in which "
      "two commandos were killed, the French presidency said Friday. An American woman and a "
      "South Korean woman, whose captivity had not been made public, were also freed, Armed "
      "Forces Minister Florence Parly told reporters. Four of the six kidnappers were killed and "
      "two escaped, she said. The tourists, Patrick Picque, 51, and Laurent Lassimouillas, 46, "
      "disappeared on May 1 in Benin's Pendjari national park; the body of their guide, Fiacre "
      "Gbedji, was found two days later. France has about 4,500 troops in the Sahel under "
      "Operation Barkhane.",
      [C("four", 4, "exact", "hostages", "hostages freed", ELYSEE_FR, ctx="freed four hostages"),
       C("two", 2, "exact", "hostages", "French tourists freed", ELYSEE_FR,
         ctx="two French tourists"),
       C("two", 2, "exact", "killed", "French commandos", ELYSEE_FR, ctx="two commandos"),
       C("Four", 4, "exact", "killed", "kidnappers killed", PARLY, attr_alt=["she"]),
       C("six", 6, "exact", "troops", "kidnappers", PARLY, cat_alt=["other"],
         attr_alt=["she"], ctx="six kidnappers"),
       C("two", 2, "exact", "troops", "kidnappers who escaped", PARLY, cat_alt=["other"],
         attr_alt=["she"], ctx="two escaped"),
       C("about 4,500", 4500, "about", "troops", "French troops in the Sahel", None,
         attr_alt=["France"])],
      published="2019-05-10"),

    P("d28_010",
      "Olivier Dubois and Jeffery Woodke land in Niamey after years in captivity\n"
      "NIAMEY – French journalist Olivier Dubois and American aid worker Jeffery Woodke arrived "
      "at Niamey airport on Monday afternoon, hours after they were freed by their jihadist "
      "captors, Niger's interior minister Hamadou Adamou Souley said. Dubois, 48, was kidnapped in "
      "Gao, in northern Mali, in April 2021 and spent 711 days in the hands of the Support Group "
      "for Islam and Muslims (JNIM). Woodke, 61, was seized from his home in Abalak in October "
      "2016 by gunmen who shot dead two Nigeriens guarding his compound, and had been held for "
      "more than six years. The minister did not say whether a ransom had been paid. At least "
      "eight other foreigners are still held by armed groups in the Sahel, among them an "
      "Australian doctor and a German priest, according to a tally by AFP.",
      [C("two", 2, "exact", "killed", "guards of Woodke's compound", None),
       C("At least eight", 8, "at_least", "hostages", "foreigners held in the Sahel",
         "a tally by AFP")]),

    P("d28_011",
      "Australian doctor Ken Elliott freed after seven years in captivity in Sahel\n"
      "Posted Fri 19 May 2023 at 9:04am\n"
      "Australian doctor Ken Elliott, 88, has been released more than seven years after he and "
      "his wife were abducted by al-Qaeda-linked militants in Burkina Faso, Foreign Minister Penny "
      "Wong says. Dr Elliott and his wife, Jocelyn, were taken from Djibo, near the border with "
      "Mali and Niger, in January 2016, the same weekend that gunmen killed 30 people in an attack "
      "on a hotel and cafe in Ouagadougou. Jocelyn was freed three weeks later after pressure on "
      "the group from religious leaders. The couple had run a 120-bed clinic in Djibo since 1972. "
      "The town is now besieged by jihadists and shelters about 300,000 displaced people.",
      [C("30", 30, "exact", "killed", "people killed in Ouagadougou"),
       C("about 300,000", 300000, "about", "displaced", "displaced people in Djibo")],
      published="2023-05-19"),

    P("d28_012",
      "Agadez: Austrian woman kidnapped by gunmen in city centre\n"
      "Agadez, 12 January 2025 – An Austrian woman who has lived in Agadez for nearly 30 years was "
      "kidnapped on Saturday evening by unidentified armed men, regional authorities and "
      "residents said. Eva Gretzmacher, 73, who ran a cultural association in the city, was taken "
      "from her home by about five gunmen who arrived in a vehicle and headed north, a security "
      "source told our correspondent. The governor of the region said reinforcements had been "
      "deployed and roadblocks set up on the main exits from the city. It is the first abduction "
      "of a Westerner in Agadez in many years; the city of about 150,000 inhabitants has been "
      "spared the jihadist attacks that have killed hundreds of soldiers in western Niger since "
      "2023. Austria's foreign ministry said it was in contact with the authorities in Niamey.",
      [C("about five", 5, "about", "troops", "gunmen", "a security source", cat_alt=["other"]),
       C("about 150,000", 150000, "about", "population", "inhabitants of Agadez"),
       C("hundreds", 100, "vague", "killed", "soldiers killed in western Niger")],
      published="2025-01-12"),

    P("d28_013",
      "New Delhi, Jul 2 (PTI) Three Indian nationals working at a cement factory in Mali's Kayes "
      "region were abducted by armed assailants on Tuesday, the External Affairs Ministry said on "
      "Wednesday. The ministry said the workers were taken from the premises of the Diamond "
      "Cement Factory when a group of militants stormed it during a series of coordinated attacks "
      "across western Mali. \"We call upon the Government of the Republic of Mali to take all "
      "necessary measures to ensure the safe and expeditious release of the abducted Indian "
      "nationals,\" it said. The Malian army said it had repelled the attacks on seven towns and "
      "killed more than 80 assailants. About 400 Indian nationals live in Mali, fewer than 50 of "
      "them in Kayes, according to the ministry, which has advised them to remain vigilant.",
      [C("Three", 3, "exact", "hostages", "Indian nationals abducted", MEA),
       C("seven", 7, "exact", "other", "towns attacked", "The Malian army", optional=True),
       C("more than 80", 80, "more_than", "killed", "assailants", "The Malian army"),
       C("About 400", 400, "about", "population", "Indian nationals in Mali", "the ministry",
         attr_alt=[MEA]),
       C("fewer than 50", 50, "fewer_than", "population", "Indian nationals in Kayes",
         "the ministry", attr_alt=[MEA])]),

    P("d28_014",
      "NIAMEY, Oct 30, 2013 (AFP) - Four French hostages kidnapped by Al-Qaeda's North African "
      "branch in Niger more than three years ago arrived home on Wednesday, after their release "
      "was secured through Niger's mediation, President François Hollande said. Thierry Dol, "
      "Daniel Larribe, Pierre Legrand and Marc Féret were among seven people seized in September "
      "2010 from the compound of French nuclear group Areva at Arlit, a uranium mining town in "
      "northern Niger. The others — Larribe's wife Françoise, a Togolese and a Malagasy — were "
      "freed in February 2011. Le Monde reported that a ransom of between 20 and 25 million euros "
      "had been paid, which Paris denied. France still has at least seven nationals held hostage "
      "worldwide, including in Mali, Syria and Nigeria, the foreign ministry said.",
      [C("Four", 4, "exact", "hostages", "French hostages freed", "President François Hollande"),
       C("seven", 7, "exact", "hostages", "people seized at Arlit", None,
         attr_alt=["President François Hollande"], ctx="seven people"),
       C("at least seven", 7, "at_least", "hostages", "French nationals held hostage",
         "the foreign ministry")],
      published="2013-10-30"),

    P("d28_015",
      "Kenya/Somalia: MSF staff Montserrat Serra and Blanca Thiebaut released\n"
      "Press release | 18 July 2013\n"
      "Médecins Sans Frontières (MSF) is relieved to announce that its two colleagues Montserrat "
      "Serra and Blanca Thiebaut, who were abducted in Dadaab refugee camp in Kenya on 13 October "
      "2011, have been released and are in good health. They were working for MSF's emergency "
      "response in Dadaab, which at the time sheltered more than 460,000 refugees, most of them "
      "Somalis fleeing drought and conflict. Their Kenyan driver was wounded during the abduction. "
      "\"This has been a very long 21 months,\" said MSF's general director José Antonio Bastos. "
      "MSF does not pay ransoms and will not comment on the circumstances of the release. In "
      "Somalia, 14 MSF staff members have been killed since the organisation began working there "
      "in 1991.",
      [C("two", 2, "exact", "hostages", "MSF staff released", attr_alt=[MSF]),
       C("more than 460,000", 460000, "more_than", "displaced", "refugees in Dadaab",
         attr_alt=[MSF]),
       C("14", 14, "exact", "killed", "MSF staff killed in Somalia", attr_alt=[MSF])],
      published="2013-07-18"),

    # --- Cross-border abductions and swaps -----------------------------------------------------
    P("d28_016",
      "Four Iranian guards abducted by Jaish al-Adl recovered: ISPR\n"
      "Updated March 22, 2019\n"
      "RAWALPINDI: Pakistani security forces have recovered four Iranian border guards who were "
      "abducted by militants of the Jaish al-Adl group in October last year, the military's media "
      "wing said on Thursday. The Inter-Services Public Relations (ISPR) said in a statement that "
      "the guards had been rescued in an operation in the Pakistan-Iran border area and would be "
      "handed over to Iranian authorities. Twelve guards, including members of the Revolutionary "
      "Guards, were seized from a border post near Mirjaveh in Sistan-Baluchestan province on "
      "October 16, 2018; five of them were freed in November. Iranian officials say three are "
      "still being held. Tehran has long accused Pakistan of failing to act against militants who "
      "use its territory, a charge Islamabad rejects, and 27 Revolutionary Guards were killed in a "
      "suicide bombing claimed by Jaish al-Adl in the same province last month.",
      [C("Four", 4, "exact", "hostages", "Iranian guards recovered", "ISPR"),
       C("four", 4, "exact", "hostages", "Iranian guards recovered",
         "the military's media wing", attr_alt=[ISPR]),
       C("Twelve", 12, "exact", "hostages", "guards seized near Mirjaveh"),
       C("five", 5, "exact", "hostages", "guards freed in November"),
       C("three", 3, "exact", "hostages", "guards still held", "Iranian officials"),
       C("27", 27, "exact", "killed", "Revolutionary Guards killed in a bombing")],
      published="2019-03-22"),

    P("d28_017",
      "TOKYO, Oct 15 (Kyodo) -- Five Japanese abducted by North Korean agents in 1978 returned "
      "home Tuesday for the first time in 24 years, arriving at Haneda airport on a "
      "government-chartered plane from Pyongyang. About 50 relatives, some of them weeping, "
      "greeted the five, who are aged between 45 and 47, on the tarmac. Pyongyang admitted last "
      "month at a summit with Prime Minister Junichiro Koizumi that its agents had abducted 13 "
      "Japanese in the 1970s and 1980s, and said eight of them had died. The government "
      "officially recognizes 15 people as abduction victims and has demanded a full account of "
      "the eight North Korea says are dead. The five are scheduled to stay in Japan for one to two "
      "weeks before deciding whether to return to their families in the North.",
      [C("Five", 5, "exact", "hostages", "abductees who returned"),
       C("About 50", 50, "about", "other", "relatives at the airport"),
       C("five", 5, "exact", "hostages", "abductees who returned", optional=True,
         ctx="the five, who"),
       C("13", 13, "exact", "hostages", "Japanese abducted", "Pyongyang"),
       C("eight", 8, "exact", "killed", "abductees who died", "Pyongyang",
         cat_alt=["hostages"], ctx="eight of them"),
       C("15", 15, "exact", "hostages", "officially recognized abductees", "The government",
         ctx="15 people"),
       C("eight", 8, "exact", "killed", "abductees said to be dead", "North Korea",
         cat_alt=["hostages"], attr_alt=["The government"], optional=True,
         ctx="the eight North Korea"),
       C("five", 5, "exact", "hostages", "abductees who returned", optional=True,
         ctx="The five are")]),

    P("d28_018",
      "JERUSALEM (AP) — Hezbollah guerrillas crossed into Israel and captured two Israeli "
      "soldiers Wednesday, and eight other soldiers were killed in the raid and in fighting that "
      "followed, the Israeli military said. The guerrillas fired dozens of rockets and mortar "
      "shells at northern Israeli towns as a diversion, wounding at least five civilians, rescue "
      "services said. Israeli warplanes struck roads and bridges in southern Lebanon in response, "
      "killing two civilians, Lebanese security officials said. Hezbollah leader Sheik Hassan "
      "Nasrallah said the soldiers would be returned only through \"indirect negotiations\" "
      "leading to a prisoner exchange. Lebanese officials say Israel holds three Lebanese "
      "prisoners, among them Samir Kuntar, jailed since 1979 for a raid in which four Israelis "
      "were killed.",
      [C("two", 2, "exact", "hostages", "Israeli soldiers captured", IDF,
         cat_alt=["detained"], ctx="captured two"),
       C("eight", 8, "exact", "killed", "Israeli soldiers", IDF),
       C("dozens", 12, "vague", "munitions", "rockets and mortar shells", "rescue services"),
       C("at least five", 5, "at_least", "injured", "Israeli civilians", "rescue services"),
       C("two", 2, "exact", "killed", "Lebanese civilians", "Lebanese security officials",
         ctx="killing two civilians"),
       C("three", 3, "exact", "detained", "Lebanese prisoners held by Israel",
         "Lebanese officials"),
       C("four", 4, "exact", "killed", "Israelis killed in Kuntar's raid", None,
         attr_alt=["Lebanese officials"])]),

    P("d28_019",
      "WASHINGTON, May 31 (Reuters) - U.S. Army Sergeant Bowe Bergdahl, believed to be the only "
      "American soldier held captive in Afghanistan, was freed on Saturday in exchange for five "
      "Taliban detainees held at the Guantanamo Bay prison in Cuba, U.S. officials said. "
      "Bergdahl, 28, was handed over to U.S. special forces in eastern Afghanistan near the "
      "Pakistani border, where about 18 Taliban fighters watched the exchange, a senior defense "
      "official told reporters. The five Afghans, among them two former Taliban commanders "
      "accused of involvement in the killing of thousands of Shi'ite Muslims, were flown to Qatar, "
      "which will bar them from leaving the Gulf state for a year. Bergdahl had been held for "
      "nearly five years. The transfer leaves 149 detainees at Guantanamo.",
      [C("five", 5, "exact", "detained", "Taliban detainees exchanged", "U.S. officials",
         ctx="five Taliban"),
       C("about 18", 18, "about", "troops", "Taliban fighters at the handover",
         "a senior defense official", cat_alt=["other"]),
       C("five", 5, "exact", "detained", "Afghans transferred", None,
         attr_alt=["a senior defense official", "U.S. officials"], optional=True,
         ctx="The five Afghans"),
       C("two", 2, "exact", "detained", "former Taliban commanders transferred", None,
         attr_alt=["a senior defense official", "U.S. officials"], ctx="two former"),
       C("thousands", 1000, "vague", "killed", "Shi'ite Muslims killed"),
       C("149", 149, "exact", "detained", "detainees left at Guantanamo")]),

    P("d28_020",
      "Taliban free American, Australian professors in prisoner swap\n"
      "KABUL, Nov 19, 2019 - The Taliban on Tuesday released American Kevin King and Australian "
      "Timothy Weeks, two professors at the American University of Afghanistan who were "
      "kidnapped outside the Kabul campus in August 2016, Afghan and Taliban officials said. The "
      "two were handed over to U.S. forces in Zabul province in exchange for three senior Taliban "
      "prisoners, including Anas Haqqani, who were flown to Qatar last week. A Taliban spokesman, "
      "Zabihullah Mujahid, said the group had also freed 10 Afghan soldiers it was holding in the "
      "south, a gesture the government said it welcomed. Weeks, 50, and King, 63, were taken to "
      "Bagram air base for medical checks. Ten days after the kidnapping, gunmen stormed the "
      "university, killing 13 people, among them seven students.",
      [C("two", 2, "exact", "hostages", "professors released", "Afghan and Taliban officials",
         ctx="two professors"),
       C("two", 2, "exact", "hostages", "professors handed over",
         "Afghan and Taliban officials", attr_alt=[None], optional=True, ctx="two were handed"),
       C("three", 3, "exact", "detained", "Taliban prisoners exchanged",
         "Afghan and Taliban officials", attr_alt=[None]),
       C("10", 10, "exact", "hostages", "Afghan soldiers freed by the Taliban",
         "Zabihullah Mujahid", cat_alt=["detained"], attr_alt=["A Taliban spokesman"]),
       C("13", 13, "exact", "killed", "people killed at the university"),
       C("seven", 7, "exact", "killed", "students killed")],
      published="2019-11-19"),

    P("d28_021",
      "What to know about the Americans freed in swaps this year\n"
      "Mark Frerichs: The U.S. Navy veteran and civil engineer, abducted in Kabul in January "
      "2020, was freed on Sept. 19 in exchange for Bashir Noorzai, an Afghan tribal leader who had "
      "served 17 years of a life sentence in the United States.\n"
      "Brittney Griner: The WNBA star, arrested at a Moscow airport in February with less than a "
      "gram of cannabis oil, was exchanged on Dec. 8 for Viktor Bout, a Russian arms dealer "
      "serving a 25-year sentence.\n"
      "Trevor Reed: The former Marine was swapped in April for Konstantin Yaroshenko, a Russian "
      "pilot convicted of drug smuggling.\n"
      "Who is still held: At least 64 Americans are held hostage or wrongfully detained abroad, "
      "according to the James Foley Foundation, which tracks such cases. More than 40 of them "
      "are held in Russia, China, Iran and Venezuela, the foundation says.",
      [C("At least 64", 64, "at_least", "hostages", "Americans held hostage or detained abroad",
         "the James Foley Foundation", cat_alt=["detained"]),
       C("More than 40", 40, "more_than", "hostages",
         "Americans held in Russia, China, Iran and Venezuela", "the foundation",
         cat_alt=["detained"], attr_alt=["the James Foley Foundation"])]),

    # --- Latin America ---------------------------------------------------------------------------
    P("d28_022",
      "FARC frees general whose capture froze Colombia's peace talks\n"
      "by Oscar Ramírez November 30, 2014\n"
      "Colombia's FARC rebels on Sunday released Brigadier General Rubén Darío Alzate, the "
      "highest-ranking officer ever captured by the guerrillas, and two companions, two weeks "
      "after seizing them on a river in the western Chocó department. The three were handed over "
      "to a humanitarian commission of the International Committee of the Red Cross and the "
      "governments of Cuba and Norway, the ICRC said. Alzate, 55, was taken on November 16 along "
      "with army corporal Jorge Rodríguez and a civilian adviser, Gloria Urrego. Two soldiers "
      "captured by the FARC in Arauca a week earlier were freed on Tuesday. The FARC, which the "
      "military estimates has some 7,000 fighters, announced in 2012 that it would stop "
      "kidnapping civilians for ransom.",
      [C("two", 2, "exact", "hostages", "companions released with Alzate", None,
         attr_alt=["the ICRC"], ctx="two companions"),
       C("three", 3, "exact", "hostages", "hostages handed over", "the ICRC"),
       C("Two", 2, "exact", "hostages", "soldiers freed in Arauca", None,
         cat_alt=["detained"]),
       C("some 7,000", 7000, "about", "troops", "FARC fighters", "the military")],
      published="2014-11-30"),

    P("d28_023",
      "QUITO.- President Lenín Moreno confirmed on Friday that the three members of an El "
      "Comercio newspaper team kidnapped on the border with Colombia on March 26 had been "
      "murdered by their captors. Reporter Javier Ortega, 32, photographer Paúl Rivas, 45, and "
      "driver Efraín Segarra, 60, were seized in Mataje by the Oliver Sinisterra Front, a "
      "dissident group of the former FARC led by Walter Arízala, alias Guacho. Moreno, who had "
      "given the kidnappers a 12-hour ultimatum to provide proof of life, said he had ordered the "
      "resumption of military operations and offered a reward of $100,000 for information leading "
      "to Guacho's capture. The Defence Ministry said more than 2,000 troops and police had been "
      "sent to the province of Esmeraldas, where four soldiers were killed in a bombing in "
      "January. The Front has between 70 and 80 members, according to Colombian military "
      "intelligence.",
      [C("three", 3, "exact", "killed", "El Comercio team murdered", MORENO,
         cat_alt=["hostages"]),
       C("more than 2,000", 2000, "more_than", "troops", "troops and police sent to Esmeraldas",
         "The Defence Ministry"),
       C("four", 4, "exact", "killed", "soldiers killed in January", None,
         attr_alt=["The Defence Ministry"]),
       C("between 70 and 80", 70, "range", "troops", "members of the Oliver Sinisterra Front",
         "Colombian military intelligence", high=80, cat_alt=["other"])]),

    P("d28_024",
      "10 people, including seven clergy, kidnapped in Croix-des-Bouquets\n"
      "April 11, 2021\n"
      "PORT-AU-PRINCE — Ten people, among them five Catholic priests and two nuns, were kidnapped "
      "Sunday morning in Croix-des-Bouquets, north-east of the capital, as they travelled to the "
      "installation of a new parish priest, the Conference of Haitian Religious said. Two of the "
      "priests and one of the nuns are French citizens, the group said; the three other captives "
      "are relatives of a priest from the parish. Police sources blamed the 400 Mawozo gang, which "
      "controls the area and has demanded a ransom of $1 million for the group. \"The Church is "
      "praying and standing in solidarity with all victims of this sad act,\" the Archdiocese of "
      "Port-au-Prince said. The Centre for Analysis and Research in Human Rights (CARDH) recorded "
      "91 kidnappings in Haiti in the first three months of the year, up from 37 in the same "
      "period of 2020.",
      [C("10", 10, "exact", "hostages", "people kidnapped"),
       C("seven", 7, "exact", "hostages", "clergy kidnapped"),
       C("Ten", 10, "exact", "hostages", "people kidnapped", CHR),
       C("five", 5, "exact", "hostages", "Catholic priests kidnapped", CHR),
       C("two", 2, "exact", "hostages", "nuns kidnapped", CHR, ctx="two nuns"),
       C("Two", 2, "exact", "hostages", "French priests kidnapped", "the group",
         attr_alt=[CHR], ctx="Two of the priests"),
       C("three", 3, "exact", "hostages", "relatives of a priest kidnapped", "the group",
         attr_alt=[CHR, None], ctx="three other"),
       C("91", 91, "exact", "hostages", "kidnappings in the first quarter", CARDH,
         cat_alt=["other"]),
       C("37", 37, "exact", "hostages", "kidnappings in the first quarter of 2020", CARDH,
         cat_alt=["other"])],
      published="2021-04-11"),

    P("d28_025",
      "PORT-AU-PRINCE, Haiti (AP) — An American nurse and her young daughter who were kidnapped "
      "near Haiti's capital nearly two weeks ago have been released, the Christian aid group she "
      "works for said Wednesday. Alix Dorsainvil and her child were abducted on July 27 from the "
      "campus of El Roi Haiti, which runs a school and a clinic in the Cité Soleil area. \"Today "
      "we rejoice,\" the group said in a statement, without saying whether a ransom was paid. "
      "Their release came as gang violence surged: the U.N. said Tuesday that more than 2,400 "
      "people had been killed in Haiti since January, 902 injured and 951 kidnapped. The U.S. "
      "State Department last week ordered all non-emergency personnel and their family members to "
      "leave the country.",
      [C("more than 2,400", 2400, "more_than", "killed", "people killed in Haiti", "the U.N."),
       C("902", 902, "exact", "injured", "people injured in Haiti", "the U.N."),
       C("951", 951, "exact", "hostages", "people kidnapped in Haiti", "the U.N.")]),

    P("d28_026",
      "Haiti: UN report says 2,505 people killed or injured in gang violence in first quarter\n"
      "Published on 12 April 2024\n"
      "At least 1,554 people were killed and 951 injured in Haiti between January and March, "
      "making it the most violent quarter since the UN began recording such figures, according to "
      "a report released on Friday by the UN Integrated Office in Haiti (BINUH). Another 438 "
      "people were kidnapped, most of them in the Ouest department, the report said. More than "
      "53,000 people fled the capital in three weeks in March alone, the International "
      "Organization for Migration said in a separate update. \"This is a cataclysmic situation,\" "
      "said UN rights chief Volker Türk, who called for the swift deployment of a multinational "
      "security support mission. Kenya has offered to lead the force with 1,000 police officers.",
      [C("2,505", 2505, "exact", "injured", "people killed or injured", "UN report",
         cat_alt=["killed", "other"]),
       C("At least 1,554", 1554, "at_least", "killed", "people killed in Haiti", BINUH_REPORT,
         attr_alt=[BINUH]),
       C("951", 951, "exact", "injured", "people injured in Haiti", BINUH_REPORT,
         attr_alt=[BINUH]),
       C("438", 438, "exact", "hostages", "people kidnapped", "the report", attr_alt=[BINUH]),
       C("More than 53,000", 53000, "more_than", "displaced", "people who fled the capital",
         "the International Organization for Migration"),
       C("1,000", 1000, "exact", "troops", "Kenyan police officers offered", None,
         cat_alt=["other"], attr_alt=["Kenya"])],
      published="2024-04-12"),

    # --- The Philippines -------------------------------------------------------------------------
    P("d28_027",
      "Eight HK tourists killed as bus hostage drama ends in bloodbath\n"
      "Philippine Daily Inquirer\n"
      "Tuesday, August 24, 2010\n"
      "MANILA, Philippines — Eight Hong Kong tourists were killed and at least seven others were "
      "wounded when police stormed a tourist bus seized by a dismissed police officer at the "
      "Quirino Grandstand on Monday, ending a standoff that lasted nearly 12 hours. Manila Police "
      "District chief Superintendent Rodolfo Magtibay said the gunman, former senior inspector "
      "Rolando Mendoza, 55, was shot dead by a police sniper. Mendoza had taken 25 people "
      "hostage, and nine of them — among them three children and several elderly passengers — "
      "were released during the day, Magtibay told reporters. The bus driver escaped through a "
      "window shortly before the assault. Up to 200 police officers and SWAT members had "
      "surrounded the bus by nightfall. Hong Kong's Security Bureau said on Tuesday it had sent "
      "a team of 14 officials and doctors to Manila to help the injured and the relatives of the "
      "dead.",
      [C("Eight", 8, "exact", "killed", "Hong Kong tourists", ctx="Eight HK"),
       C("Eight", 8, "exact", "killed", "Hong Kong tourists", None, attr_alt=[MAGTIBAY],
         ctx="Eight Hong Kong"),
       C("at least seven", 7, "at_least", "injured", "tourists wounded", None,
         attr_alt=[MAGTIBAY]),
       C("25", 25, "exact", "hostages", "people taken hostage", "Magtibay",
         attr_alt=[MAGTIBAY]),
       C("nine", 9, "exact", "hostages", "hostages released", "Magtibay", attr_alt=[MAGTIBAY]),
       C("three", 3, "exact", "hostages", "children released", "Magtibay",
         attr_alt=[MAGTIBAY], optional=True),
       C("Up to 200", 200, "at_most", "troops", "police around the bus"),
       C("14", 14, "exact", "other", "officials and doctors sent to Manila",
         "Hong Kong's Security Bureau", cat_alt=["troops"])],
      published="2010-08-24"),

    P("d28_028",
      "JOLO, Philippines, April 18 (Reuters) - Abu Sayyaf militants freed Swiss Red Cross worker "
      "Andreas Notter on Saturday, three months after he and two colleagues were seized on the "
      "southern island of Jolo, the military said. Notter, 38, was found by villagers near a "
      "military camp in Indanan town and handed over to marines, a military spokesman, "
      "Lieutenant-Colonel Edgard Arevalo, said. Filipina Mary Jean Lacaba was released on April "
      "2, leaving Italian Eugenio Vagni, 62, still in the hands of the kidnappers. The military had "
      "pulled back about 1,000 troops from the area last month after the rebels threatened to "
      "behead one of the hostages. The Abu Sayyaf, which Washington lists as a terrorist group, is "
      "believed to have about 400 fighters on Jolo and neighbouring Basilan.",
      [C("two", 2, "exact", "hostages", "Red Cross colleagues seized with Notter", None,
         attr_alt=["the military"]),
       C("about 1,000", 1000, "about", "troops", "troops pulled back", None,
         attr_alt=["The military"]),
       C("about 400", 400, "about", "troops", "Abu Sayyaf fighters", cat_alt=["other"])]),

    P("d28_029",
      "Abu Sayyaf beheads German hostage\n"
      "February 27, 2017 | 12:00am\n"
      "ZAMBOANGA CITY, Philippines — The Abu Sayyaf beheaded German captive Jürgen Kantner, 70, "
      "after a ransom deadline of 30 million pesos passed on Sunday afternoon, according to a "
      "video posted by the group and confirmed by the military. Kantner was seized from his yacht "
      "off Tawi-Tawi in November; his companion, Sabine Merz, was shot dead when she resisted. "
      "Armed Forces of the Philippines spokesman Brig. Gen. Restituto Padilla said the bandits "
      "still held 26 captives, 19 of them foreigners, most of them Vietnamese and Indonesian "
      "sailors abducted from passing ships. Troops rescued two Vietnamese crewmen in Sulu last week "
      "in an operation in which between 10 and 15 militants were believed killed, he added. "
      "Presidential peace adviser Jesus Dureza said the "
      "government had \"exhausted all efforts\" to save Kantner. Since 2016, more than 50 sailors "
      "have been taken from vessels in the Sulu and Celebes seas, according to the International "
      "Maritime Bureau.",
      [C("26", 26, "exact", "hostages", "captives held by Abu Sayyaf", PADILLA),
       C("19", 19, "exact", "hostages", "foreign captives", PADILLA),
       C("two", 2, "exact", "hostages", "Vietnamese crewmen rescued", PADILLA,
         attr_alt=["he"]),
       C("between 10 and 15", 10, "range", "killed", "militants killed", PADILLA, high=15,
         attr_alt=["he"]),
       C("more than 50", 50, "more_than", "hostages", "sailors taken since 2016",
         "the International Maritime Bureau")],
      published="2017-02-27"),

    # --- Piracy ----------------------------------------------------------------------------------
    P("d28_030",
      "NAIROBI, Oct 23 (Reuters) - Somali pirates have released 26 Asian sailors who had been held "
      "hostage for more than four and a half years after their fishing vessel was hijacked off "
      "the Seychelles, a mediator said on Sunday. The crew of the Omani-flagged FV Naham 3, from "
      "China, Cambodia, Indonesia, the Philippines, Taiwan and Vietnam, were seized in March "
      "2012. \"They are in reasonable condition, considering,\" said John Steed of the Hostage "
      "Support Partners. \"They are 26 out of 29. One died during the hijacking and two succumbed "
      "to illness.\" Fewer than 10 sailors are now believed to be held by pirates in Somalia, "
      "Steed said. Piracy off Somalia peaked in 2011, when pirates launched 237 attacks, "
      "according to the International Maritime Bureau, but has fallen sharply since shipping "
      "companies began posting armed guards on board.",
      [C("26", 26, "exact", "hostages", "sailors released", "a mediator", attr_alt=[STEED],
         ctx="released 26"),
       C("26", 26, "exact", "hostages", "sailors released", STEED, optional=True,
         ctx="They are 26"),
       C("29", 29, "exact", "hostages", "crew seized", STEED),
       C("One", 1, "exact", "killed", "sailor who died in the hijacking", STEED,
         cat_alt=["hostages"]),
       C("two", 2, "exact", "killed", "sailors who died of illness", STEED,
         cat_alt=["hostages"]),
       C("Fewer than 10", 10, "fewer_than", "hostages", "sailors held in Somalia", "Steed",
         attr_alt=[STEED]),
       C("237", 237, "exact", "other", "pirate attacks in 2011",
         "the International Maritime Bureau")]),

    P("d28_031",
      "BOSASO, Somalia, Dec 24, 2012 (AFP) - Security forces in Somalia's semi-autonomous "
      "Puntland region have freed 22 sailors held by pirates for nearly three years aboard the "
      "cargo ship MV Iceberg 1, officials said Monday, in what is believed to be the longest "
      "hijacking by Somali pirates. The crew, from Yemen, India, Ghana, Sudan, Pakistan and the "
      "Philippines, were released after a 10-day siege of the vessel, which ran aground near the "
      "coastal town of Gara'ad. \"Three pirates were killed and six captured,\" said Puntland's "
      "security minister, Khalif Isse Mudan, adding that two soldiers had been wounded and that "
      "his forces had seized 12 AK-47 rifles and two rocket-propelled grenade launchers. Two "
      "members of the original crew of 24 died during their captivity, according to the "
      "UN-backed anti-piracy monitor. The 4,500-tonne Iceberg 1 was seized 10 nautical miles off "
      "Aden in March 2010.",
      [C("22", 22, "exact", "hostages", "sailors freed", "officials"),
       C("Three", 3, "exact", "killed", "pirates killed", MUDAN),
       C("six", 6, "exact", "detained", "pirates captured", MUDAN),
       C("two", 2, "exact", "injured", "soldiers wounded", MUDAN, ctx="two soldiers"),
       C("12", 12, "exact", "munitions", "AK-47 rifles seized", MUDAN, cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "RPG launchers seized", MUDAN, cat_alt=["other"],
         ctx="two rocket"),
       C("Two", 2, "exact", "killed", "crew who died in captivity", MONITOR,
         cat_alt=["hostages"], ctx="Two members"),
       C("24", 24, "exact", "hostages", "original crew", MONITOR, cat_alt=["other"],
         ctx="crew of 24")],
      published="2012-12-24"),

    P("d28_032",
      "Navy forces surrender of 35 pirates, rescues 17 crew of hijacked MV Ruen\n"
      "Updated - March 17, 2024 10:42 am IST\n"
      "The Indian Navy on Saturday said 35 Somali pirates who had held the bulk carrier MV Ruen "
      "for three months had surrendered after a 40-hour operation about 1,400 nautical miles from "
      "the Indian coast, and that all 17 crew members had been rescued without injury. Warship INS "
      "Kolkata, backed by INS Subhadra, a P-8I maritime patrol aircraft and drones, intercepted "
      "the ship on Friday, and MARCOS commandos were air-dropped from a C-17 aircraft, a Navy "
      "spokesperson said. The pirates fired on the warship and shot down a Navy drone before "
      "surrendering, he said. The Malta-flagged ship was hijacked in December, in what was the "
      "first successful hijacking of a merchant vessel by Somali pirates since 2017.",
      [C("35", 35, "exact", "detained", "pirates who surrendered", ctx="surrender of 35",
         cat_alt=["troops"], attr_alt=["Navy"]),
       C("17", 17, "exact", "hostages", "crew rescued", ctx="rescues 17", attr_alt=["Navy"]),
       C("35", 35, "exact", "detained", "pirates who surrendered", NAVY, cat_alt=["troops"],
         ctx="said 35"),
       C("17", 17, "exact", "hostages", "crew rescued", NAVY, ctx="all 17")],
      published="2024-03-17"),

    P("d28_033",
      "ISTANBUL (AA) - Pirates attacked the Turkish-flagged container ship Mozart off the coast of "
      "Sao Tome and Principe on Saturday, killing one crew member and kidnapping 15 others, "
      "Türkiye's Maritime General Directorate said. The ship had a crew of 19, the directorate "
      "said in a statement, adding that the attackers had left three sailors on board, who sailed "
      "the vessel to Port-Gentil in Gabon. The crew member killed was an engineer from Azerbaijan, "
      "according to Azerbaijan's Foreign Ministry. The Gulf of Guinea accounted for 130 of the "
      "135 crew members kidnapped at sea worldwide in 2020, the International Maritime Bureau said "
      "last week.",
      [C("one", 1, "exact", "killed", "crew member killed", TR_DIR),
       C("15", 15, "exact", "hostages", "crew kidnapped", TR_DIR),
       C("19", 19, "exact", "other", "crew on board", "the directorate",
         cat_alt=["hostages"], attr_alt=[TR_DIR]),
       C("three", 3, "exact", "other", "sailors left on board", "the directorate",
         attr_alt=[TR_DIR, None]),
       C("130", 130, "exact", "hostages", "crew kidnapped in the Gulf of Guinea",
         "the International Maritime Bureau"),
       C("135", 135, "exact", "hostages", "crew kidnapped worldwide",
         "the International Maritime Bureau")]),

    P("d28_034",
      "PARIS, April 11, 2008 (AFP) - French commandos captured six Somali pirates in a helicopter "
      "raid on Friday, hours after the pirates had freed all 30 crew members of the luxury yacht "
      "Le Ponant, President Nicolas Sarkozy's office said. None of the hostages was harmed during "
      "their week-long captivity, the Elysee said. The crew — 22 French nationals, six Filipinos, "
      "a Cameroonian and a Ukrainian — were on their way to Djibouti aboard a French navy frigate. "
      "Armed Forces chief of staff General Jean-Louis Georgelin told a news conference that part "
      "of the ransom paid by the yacht's owners had been recovered in the raid, without giving "
      "the amount. The 88-metre, three-masted Le Ponant was seized on April 4 in the Gulf of Aden "
      "with no passengers on board.",
      [C("six", 6, "exact", "detained", "pirates captured", SARKOZY, ctx="captured six"),
       C("30", 30, "exact", "hostages", "crew freed", SARKOZY),
       C("22", 22, "exact", "hostages", "French crew", "the Elysee",
         attr_alt=[SARKOZY, None]),
       C("six", 6, "exact", "hostages", "Filipino crew", "the Elysee",
         attr_alt=[SARKOZY, None], ctx="six Filipinos")],
      published="2008-04-11"),

    # --- Sieges ----------------------------------------------------------------------------------
    P("d28_035",
      "Live: Paris hostage sieges end as police storm kosher supermarket and printworks\n"
      "Last updated: 09/01/2015 - 19:10\n"
      "18:55 Paris prosecutor François Molins says four hostages were found dead inside the Hyper "
      "Cacher supermarket at Porte de Vincennes and that 15 others were freed when police stormed "
      "the shop at 17:12. The gunman, Amedy Coulibaly, was killed.\n"
      "18:20 Interior Minister Bernard Cazeneuve says two police officers were wounded in the "
      "assault on the supermarket. He says 88,000 police and soldiers have been mobilised across "
      "France.\n"
      "17:40 The Kouachi brothers, wanted over Wednesday's attack on Charlie Hebdo in which 12 "
      "people were killed, have been killed in a shootout with police at a printworks in "
      "Dammartin-en-Goële, sources close to the investigation tell FRANCE 24. A man they held "
      "there for eight hours was freed unharmed.\n"
      "17:15 Explosions and gunfire heard at Porte de Vincennes. About 20 people were believed to "
      "be inside the shop, a police source told AFP earlier.",
      [C("four", 4, "exact", "killed", "hostages found dead", MOLINS, cat_alt=["hostages"]),
       C("15", 15, "exact", "hostages", "hostages freed", MOLINS, ctx="15 others"),
       C("two", 2, "exact", "injured", "police officers wounded", CAZENEUVE),
       C("88,000", 88000, "exact", "troops", "police and soldiers mobilised", CAZENEUVE,
         attr_alt=["He"]),
       C("12", 12, "exact", "killed", "people killed at Charlie Hebdo", None, ctx="12 people",
         attr_alt=["sources close to the investigation"]),
       C("About 20", 20, "about", "other", "people inside the shop", "a police source",
         cat_alt=["hostages"])],
      published="2015-01-09"),

    P("d28_036",
      "BAMAKO (AFP) - A siege at a hotel in the central Malian town of Sevare ended on Saturday "
      "with 13 people dead, among them five soldiers, four attackers and four employees of the UN "
      "peacekeeping mission MINUSMA, Mali's government said. Security forces stormed the Byblos "
      "hotel overnight and freed four foreign hostages — a South African, a Russian and two "
      "Ukrainians — working for a company contracted by the UN, government spokesman Choguel "
      "Maiga said. \"Seven suspects have been arrested,\" Maiga said. MINUSMA said in a statement "
      "that a contractor was still unaccounted for. The attack came less than a week after "
      "jihadists killed 11 soldiers at a military camp in Gourma-Rharous.",
      [C("13", 13, "exact", "killed", "people killed in the siege", ML_GOV),
       C("five", 5, "exact", "killed", "soldiers killed", ML_GOV),
       C("four", 4, "exact", "killed", "attackers killed", ML_GOV, ctx="four attackers"),
       C("four", 4, "exact", "killed", "MINUSMA employees killed", ML_GOV,
         ctx="four employees"),
       C("four", 4, "exact", "hostages", "foreign hostages freed", MAIGA,
         ctx="four foreign"),
       C("two", 2, "exact", "hostages", "Ukrainian hostages freed", MAIGA),
       C("Seven", 7, "exact", "detained", "suspects arrested", "Maiga", attr_alt=[MAIGA]),
       C("11", 11, "exact", "killed", "soldiers killed in Gourma-Rharous")]),

    # --- East and Central Africa -----------------------------------------------------------------
    P("d28_037",
      "ADDIS ABABA, April 18 (Reuters) - Gunmen from South Sudan's Murle tribe killed 208 people "
      "and abducted 108 children in a cross-border raid into Ethiopia's Gambella region on "
      "Friday, Ethiopia's government said. Communications Minister Getachew Reda said the "
      "attackers also drove off about 2,000 head of cattle and burned dozens of homes, and that "
      "Ethiopian troops had crossed into South Sudan in pursuit. \"Our defence forces have killed "
      "60 of the attackers,\" Getachew said. Local officials said as many as 125 children may have "
      "been taken, that 34 people were still missing and that thousands of villagers had fled to "
      "Gambella town. Gambella already "
      "hosts more than 280,000 South Sudanese refugees, according to the U.N. refugee agency, and "
      "the World Food Programme said it had sent 30 tonnes of food for the displaced.",
      [C("208", 208, "exact", "killed", "people killed in Gambella", ET_GOV),
       C("108", 108, "exact", "hostages", "children abducted", ET_GOV),
       C("about 2,000", 2000, "about", "other", "cattle taken", GETACHEW),
       C("dozens", 12, "vague", "infrastructure", "homes burned", GETACHEW, cat_alt=["other"]),
       C("60", 60, "exact", "killed", "attackers killed", "Getachew", attr_alt=[GETACHEW]),
       C("as many as 125", 125, "at_most", "hostages", "children taken", "Local officials"),
       C("34", 34, "exact", "missing", "people still missing", "Local officials"),
       C("thousands", 1000, "vague", "displaced", "villagers who fled", "Local officials",
         attr_alt=[None]),
       C("more than 280,000", 280000, "more_than", "displaced", "South Sudanese refugees",
         "the U.N. refugee agency"),
       C("30", 30, "exact", "aid", "tonnes of food sent", "the World Food Programme")]),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d28_038",
      "FORT BRAGG, N.C. (AP) — A military judge on Friday spared Army Sgt. Bowe Bergdahl any "
      "prison time for endangering comrades by walking off his post in Afghanistan in 2009, "
      "ordering instead that he be dishonorably discharged. Col. Jeffery Nance also reduced "
      "Bergdahl's rank to private and ordered him to forfeit $1,000 a month from his pay for 10 "
      "months. Prosecutors had sought 14 years in prison; the charge of misbehavior before the "
      "enemy carried a maximum of life. Bergdahl, 31, who spent five years as a captive of the "
      "Taliban and its allies, had pleaded guilty in October. The judge deliberated for about "
      "three and a half hours.",
      []),

    P("d28_039",
      "Gunmen abduct Italian volunteer in Kilifi attack\n"
      "By Malindi Bureau\n"
      "Wednesday, November 21, 2018\n"
      "MALINDI — Gunmen on Tuesday night abducted an Italian volunteer working with a children's "
      "charity at Chakama trading centre in Kilifi County and wounded five people, including two "
      "children, police said. Coast regional police commander Noah Mwivanda said the attackers, "
      "who numbered about eight and were armed with AK-47 rifles, sprayed bullets at residents "
      "before fleeing with Silvia Romano, 23, towards the Tana River. The injured were taken to "
      "Malindi Sub-County Hospital, where three were said to be in a stable condition. Mr "
      "Mwivanda said more than 100 police officers, backed by Kenya Defence Forces personnel, had "
      "been deployed to pursue the gang. Chakama, about 80 kilometres from Malindi, lies on a "
      "route used by al-Shabaab militants crossing from Somalia.",
      [C("five", 5, "exact", "injured", "people wounded in Chakama", "police"),
       C("two", 2, "exact", "injured", "children wounded", "police", optional=True),
       C("about eight", 8, "about", "troops", "attackers", MWIVANDA, cat_alt=["other"]),
       C("three", 3, "exact", "injured", "injured in stable condition", MWIVANDA,
         attr_alt=[None]),
       C("more than 100", 100, "more_than", "troops", "police officers deployed", "Mwivanda",
         attr_alt=[MWIVANDA])],
      published="2018-11-21"),

    P("d28_040",
      "DR Congo: LRA Killings Exposed\n"
      "Four-Day Rampage Left 321 Dead, Hundreds Abducted\n"
      "March 28, 2010 12:00AM EDT\n"
      "(Kinshasa) – The Lord's Resistance Army (LRA) killed at least 321 civilians and abducted "
      "more than 250 others, including at least 80 children, during a four-day rampage in the "
      "Makombo area of northeastern Democratic Republic of Congo in December 2009, Human Rights "
      "Watch said in a report released today. Most of those killed were adult men, tied up and "
      "hacked to death with machetes or axes. At least 13 women and 23 children were among the "
      "dead, Human Rights Watch found. Those abducted were forced to carry looted goods, and "
      "those who walked too slowly were killed. The UN peacekeeping mission, MONUC, which has "
      "about 1,000 troops in the area, did not learn of the massacre until weeks later, the "
      "report said. Three months on, at least 100 of those abducted remain unaccounted for.",
      [C("321", 321, "exact", "killed", "civilians killed in Makombo", ctx="Left 321"),
       C("Hundreds", 100, "vague", "hostages", "people abducted in Makombo"),
       C("at least 321", 321, "at_least", "killed", "civilians killed in Makombo", HRW),
       C("more than 250", 250, "more_than", "hostages", "civilians abducted", HRW),
       C("at least 80", 80, "at_least", "hostages", "children abducted", HRW),
       C("At least 13", 13, "at_least", "killed", "women killed", HRW),
       C("23", 23, "exact", "killed", "children killed", HRW),
       C("about 1,000", 1000, "about", "troops", "MONUC troops in the area", None,
         attr_alt=["the report"]),
       C("at least 100", 100, "at_least", "missing", "abductees unaccounted for", None,
         cat_alt=["hostages"], attr_alt=["the report", HRW])],
      published="2010-03-28"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d28_{:03d}",
                          checks=[no_sentence_from(
                              "devset", "devset2", "devset3", "devset4", "devset5", "devset6",
                              "devset7", "devset8", "devset9", "devset10", "devset11",
                              "devset12", "devset13", "devset14", "devset15", "devset16",
                              "devset17", "devset18", "devset19", "devset20", "devset21",
                              "devset22", "devset23", "devset24", "devset25", "devset26",
                              "devset27", "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
