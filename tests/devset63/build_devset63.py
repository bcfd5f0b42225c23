"""Source of the sixty-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on protests, uprisings, election violence and crackdowns between
2001 and 2023, written for this set (none copied from an article) in the styles of wire copy
(Reuters, AP, AFP, Xinhua, APS, PTI, IANS, Bernama-, Lusa- and dpa-style datelines), local and
regional papers, broadcasters' web copy and rights-group statements quoted in news. Figures from
police, governments, hospitals, opposition parties and rights groups contradict each other;
tolls are updated; crowd sizes are disputed. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of the earlier sets. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts.

Run ``python tests/devset63/build_devset63.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = other_sets("devset63")

PASSAGES: list[Passage] = []

# --- Albania, Romania, Niger ---------------------------------------------------------------------
BASHA = "Interior Minister Lulzim Basha"
PS_AL = "The Socialist Party of opposition leader Edi Rama"
AL_HOSP = "hospital officials"
PASSAGES += [
    P("d63_001",
      "TIRANA, Jan 21 (Reuters) - Three people were killed and dozens injured on Friday when "
      "Albanian police and Republican Guard officers opened fire outside Prime Minister Sali "
      "Berisha's office, hospital officials said. Thousands of opposition supporters had tried to "
      "break through the police cordon around the building, pelting officers with stones. The "
      "Socialist Party of opposition leader Edi Rama said two of the dead had been shot at close "
      "range. Interior Minister Lulzim Basha said 17 police officers had been hurt, some of them "
      "by rocks and petrol bombs, and that 113 people had been detained. Protesters set fire to at "
      "least four police cars and overturned a fifth. \"These are not protesters, they are a "
      "gang,\" Berisha told reporters late on Friday. The rally was the largest since the 2009 "
      "election, which the Socialists say was rigged.",
      [C("Three", 3, "exact", "killed", "people outside the prime minister's office", AL_HOSP),
       C("dozens", 12, "vague", "injured", "people", AL_HOSP),
       C("Thousands", 1000, "vague", "other", "opposition supporters at the cordon"),
       C("two", 2, "exact", "killed", "dead shot at close range", PS_AL),
       C("17", 17, "exact", "injured", "police officers", BASHA),
       C("113", 113, "exact", "detained", "people detained", BASHA),
       C("at least four", 4, "at_least", "other", "police cars set on fire", None,
         optional=True, cat_alt=["infrastructure"])]),

    P("d63_002",
      "Albania protest toll rises to four as prosecutors seek Guard officers\n"
      "Published: 26 January 2011\n"
      "A fourth protester has died in hospital of wounds sustained during last Friday's clashes "
      "in Tirana, the Albanian health ministry said on Wednesday. Prosecutor General Ina Rama said "
      "arrest warrants had been issued for six officers of the Republican Guard, but police had so "
      "far detained only one of them, citing a lack of orders from their superiors. According to "
      "the ministry, 21 people wounded in the violence remain in hospital, three of them in "
      "serious condition. The opposition says it will hold another rally on Friday and expects "
      "more than 200,000 people; organisers of the January 21 protest had claimed a turnout of "
      "100,000, a figure police put at about 20,000.",
      [C("four", 4, "exact", "killed", "protesters (headline)", None),
       C("six", 6, "exact", "other", "Republican Guard officers sought with warrants",
         "Prosecutor General Ina Rama", cat_alt=["detained"]),
       C("one", 1, "exact", "detained", "Guard officer detained", "Prosecutor General Ina Rama",
         ctx="only one of them"),
       C("21", 21, "exact", "injured", "wounded still in hospital", "the ministry",
         attr_alt=["the Albanian health ministry"], ctx="21 people"),
       C("three", 3, "exact", "injured", "wounded in serious condition", "the ministry",
         attr_alt=["the Albanian health ministry"]),
       C("more than 200,000", 200000, "more_than", "other", "expected crowd", "The opposition",
         optional=True),
       C("100,000", 100000, "exact", "other", "crowd on January 21",
         "organisers of the January 21 protest"),
       C("about 20,000", 20000, "about", "other", "crowd on January 21", "police")],
      published="2011-01-26"),

    P("d63_003",
      "Romania: Over 450 people sought medical help after Bucharest diaspora protest\n"
      "Published: 11 August 2018\n"
      "More than 450 people, among them about 30 gendarmes, received medical assistance after "
      "Friday night's anti-government protest in Victoriei Square, the Bucharest ambulance "
      "service (SAJ) said on Saturday. Of these, 65 were taken to hospital. Riot police used tear "
      "gas, water cannon and pepper spray to push back the crowd, which the organisers estimated "
      "at more than 100,000 and the gendarmerie at around 80,000 at its peak. The Gendarmerie "
      "said it had intervened after \"aggressive individuals\" attacked its officers, and that its "
      "riot units had detained nine people. Two Austrian journalists said they had been beaten "
      "by gendarmes while filming. No deaths were reported.",
      [C("Over 450", 450, "more_than", "injured", "people given medical help (headline)", None,
         cat_alt=["other"]),
       C("More than 450", 450, "more_than", "injured", "people given medical assistance",
         "the Bucharest ambulance service (SAJ)", cat_alt=["other"]),
       C("about 30", 30, "about", "injured", "gendarmes given medical assistance",
         "the Bucharest ambulance service (SAJ)", cat_alt=["other"]),
       C("65", 65, "exact", "injured", "people taken to hospital",
         "the Bucharest ambulance service (SAJ)", attr_alt=[None]),
       C("more than 100,000", 100000, "more_than", "other", "crowd at its peak",
         "the organisers"),
       C("around 80,000", 80000, "about", "other", "crowd at its peak", "the gendarmerie"),
       C("nine", 9, "exact", "detained", "people detained by riot units", "The Gendarmerie"),
       C("Two", 2, "exact", "injured", "Austrian journalists beaten", None, optional=True,
         attr_alt=["Two Austrian journalists"])],
      published="2018-08-11"),

    P("d63_004",
      "NIAMEY, Jan 16, 2015 (AFP) - Four people were killed and 45 injured on Friday in Zinder, "
      "Niger's second city, some 900 kilometres east of the capital, when protests against the "
      "latest Charlie Hebdo cover turned violent, Interior Minister Hassoumi Massaoudou said. "
      "Three of the dead were civilians and one was a police officer, he said. Protesters set "
      "fire to the French cultural centre and at least three churches, and looted shops owned "
      "by Christians, a local journalist told AFP. \"The demonstrators, hundreds of them, came "
      "straight from the mosques after Friday prayers,\" said the journalist, who asked not to "
      "be named. Around 2,000 people took part in the march, according to a police source in "
      "Zinder.",
      [C("Four", 4, "exact", "killed", "people in Zinder", "Interior Minister Hassoumi Massaoudou"),
       C("45", 45, "exact", "injured", "people in Zinder", "Interior Minister Hassoumi Massaoudou"),
       C("Three", 3, "exact", "killed", "civilians", "Interior Minister Hassoumi Massaoudou",
         attr_alt=["he"]),
       C("one", 1, "exact", "killed", "police officer", "Interior Minister Hassoumi Massaoudou",
         attr_alt=["he"], ctx="one was a police officer"),
       C("at least three", 3, "at_least", "infrastructure", "churches set on fire",
         "a local journalist"),
       C("hundreds", 100, "vague", "other", "demonstrators from the mosques", "the journalist",
         attr_alt=["a local journalist"]),
       C("Around 2,000", 2000, "about", "other", "people in the march",
         "a police source in Zinder")],
      published="2015-01-16"),

    P("d63_005",
      "Niger Charlie Hebdo protests: Ten dead as churches burn\n"
      "Published 18 January 2015\n"
      "At least 10 people have been killed in two days of violent protests in Niger against the "
      "latest cover of the French satirical magazine Charlie Hebdo, President Mahamadou Issoufou "
      "has said. Five people died in the capital, Niamey, on Saturday, most of them burned to "
      "death inside churches and bars, police said. That followed five deaths in Zinder on "
      "Friday, where the toll had at first been given as four. Protesters in Niamey torched 45 "
      "churches, as well as Christian schools and an orphanage, according to a Christian leader, "
      "who said 128 people had been injured in the city. About 90 people were arrested, police "
      "said. Mr Issoufou, who marched in Paris a week ago, said those who pillaged religious "
      "sites had \"understood nothing about Islam\".",
      [C("Ten", 10, "exact", "killed", "people (headline)", None),
       C("At least 10", 10, "at_least", "killed", "people in two days",
         "President Mahamadou Issoufou"),
       C("Five", 5, "exact", "killed", "people in Niamey", "police", ctx="Five people died"),
       C("five", 5, "exact", "killed", "people in Zinder", None, attr_alt=["police"],
         ctx="five deaths"),
       C("four", 4, "exact", "killed", "Zinder toll given at first", None),
       C("45", 45, "exact", "infrastructure", "churches torched", "a Christian leader"),
       C("128", 128, "exact", "injured", "people in Niamey", "a Christian leader"),
       C("About 90", 90, "about", "detained", "people arrested", "police",
         ctx="About 90 people were arrested, police")],
      published="2015-01-18"),
]
# --- Benin, Senegal, Liberia, Ethiopia ---------------------------------------------------------
AMNESTY = "Amnesty International"
CDC = "The opposition Congress for Democratic Change (CDC)"
UNMIL = "The United Nations mission"
PASSAGES += [
    P("d63_006",
      "COTONOU, May 2 (Reuters) - Security forces in Benin fired live rounds to disperse "
      "supporters of former president Thomas Boni Yayi in Cotonou on Thursday, killing at least "
      "four people, Amnesty International said, four days after a parliamentary election from "
      "which every opposition party had been excluded. The government said two people had died, "
      "one of them a soldier, and that 28 members of the security forces had been wounded by "
      "protesters armed with machetes and petrol bombs. Witnesses said soldiers had surrounded "
      "Boni Yayi's home in the Cadjèhoun district since Wednesday. Turnout in Sunday's vote was "
      "27 percent, the electoral commission said, the lowest since the return to multiparty "
      "politics in 1990.",
      [C("at least four", 4, "at_least", "killed", "people in Cotonou", AMNESTY),
       C("two", 2, "exact", "killed", "people", "The government"),
       C("one", 1, "exact", "killed", "soldier", "The government", ctx="one of them a soldier"),
       C("28", 28, "exact", "injured", "members of the security forces", "The government")]),

    P("d63_007",
      "DAKAR, Senegal (AP) — The death toll from days of unrest that followed the arrest of "
      "Senegalese opposition leader Ousmane Sonko has risen to eight, the government said Sunday, "
      "as young protesters again clashed with police in the capital and several other towns. The "
      "Senegalese Red Cross said its volunteers had treated 590 people since Wednesday, 232 of "
      "them for injuries. Amnesty International put the number of people killed at 11 and said "
      "at least 100 had been arrested, some of them over posts on social media. Interior "
      "Minister Antoine Diome said rioters had attacked 15 petrol stations and 27 supermarkets "
      "of the French-owned Auchan chain. \"This is not a protest, this is an insurrection,\" "
      "he said.",
      [C("eight", 8, "exact", "killed", "people in the unrest", "the government"),
       C("590", 590, "exact", "injured", "people treated by Red Cross volunteers",
         "The Senegalese Red Cross", cat_alt=["other"]),
       C("232", 232, "exact", "injured", "people treated for injuries",
         "The Senegalese Red Cross"),
       C("11", 11, "exact", "killed", "people", AMNESTY),
       C("at least 100", 100, "at_least", "detained", "people arrested", AMNESTY),
       C("15", 15, "exact", "infrastructure", "petrol stations attacked",
         "Interior Minister Antoine Diome"),
       C("27", 27, "exact", "infrastructure", "Auchan supermarkets attacked",
         "Interior Minister Antoine Diome")]),

    P("d63_008",
      "Dakar, March 9, 2021 (APS) – Ousmane Sonko, the leader of the Pastef party, was released "
      "under judicial supervision on Monday after five days in custody, and calm returned to the "
      "streets of the capital. The opposition Movement for the Defence of Democracy (M2D), which "
      "had called the protests, said on Tuesday that at least 13 young people had been killed by "
      "the security forces in Dakar, Bignona, Diaobé and Mbacké. Government spokesman Oumar "
      "Guèye said the official toll stood at 10, including one gendarme. The movement also said "
      "some 300 of its supporters were still being held across the country, a figure the "
      "government did not confirm. President Macky Sall declared a day of national mourning.",
      [C("at least 13", 13, "at_least", "killed", "young people",
         "The opposition Movement for the Defence of Democracy (M2D)"),
       C("10", 10, "exact", "killed", "people (official toll)",
         "Government spokesman Oumar Guèye"),
       C("one", 1, "exact", "killed", "gendarme", "Government spokesman Oumar Guèye",
         ctx="one gendarme"),
       C("some 300", 300, "about", "detained", "M2D supporters held", "The movement",
         attr_alt=["The opposition Movement for the Defence of Democracy (M2D)"])],
      published="2021-03-09"),

    P("d63_009",
      "MONROVIA, Nov 8 (Reuters) - Liberian police and United Nations peacekeepers fired tear "
      "gas and live rounds at opposition supporters in Monrovia on Monday, a day before a "
      "presidential run-off the opposition is boycotting. The opposition Congress for Democratic "
      "Change (CDC) said four of its supporters were killed and scores wounded outside its "
      "headquarters. Justice Minister Christiana Tah told reporters one person had been "
      "confirmed dead. A Reuters witness saw at least two bodies. The United Nations mission, "
      "which has some 7,900 troops and 1,300 police in the country, said its peacekeepers had "
      "fired only into the air. The government later shut down four radio and television "
      "stations it accused of inciting violence.",
      [C("four", 4, "exact", "killed", "CDC supporters", CDC, ctx="four of its supporters"),
       C("scores", 20, "vague", "injured", "CDC supporters", CDC),
       C("one", 1, "exact", "killed", "person confirmed dead",
         "Justice Minister Christiana Tah", ctx="one person"),
       C("at least two", 2, "at_least", "killed", "bodies seen", "A Reuters witness"),
       C("some 7,900", 7900, "about", "troops", "UN troops in Liberia", UNMIL),
       C("1,300", 1300, "exact", "troops", "UN police in Liberia", UNMIL, cat_alt=["other"]),
       C("four", 4, "exact", "other", "radio and television stations shut", None,
         optional=True, attr_alt=["The government"], ctx="four radio")]),

    P("d63_010",
      "Ethiopia: Amnesty says nearly 100 protesters killed in weekend crackdown\n"
      "Published On 8 Aug 2016\n"
      "Ethiopian security forces killed at least 97 people when they opened fire on protesters "
      "in the Oromia and Amhara regions over the weekend, Amnesty International said on Monday, "
      "citing witnesses and relatives of the victims. The deadliest incident was in Bahir Dar, "
      "the capital of the Amhara region, where at least 30 people were shot dead on Sunday, the "
      "rights group said. Government spokesman Getachew Reda called the figures \"exaggerated\" "
      "but gave no toll of his own. He said \"hundreds\" of people had been arrested for attacking "
      "government buildings and businesses. Amhara, home to about 20 million people, has seen "
      "weeks of protests over a disputed boundary with Tigray.",
      [C("nearly 100", 100, "about", "killed", "protesters (headline)", "Amnesty",
         attr_alt=[AMNESTY]),
       C("at least 97", 97, "at_least", "killed", "protesters in Oromia and Amhara",
         "witnesses and relatives of the victims", attr_alt=[AMNESTY]),
       C("at least 30", 30, "at_least", "killed", "people in Bahir Dar", "the rights group",
         attr_alt=[AMNESTY]),
       C("hundreds", 100, "vague", "detained", "people arrested",
         "Government spokesman Getachew Reda", attr_alt=["He"]),
       C("about 20 million", 20000000, "about", "population", "people in Amhara")],
      published="2016-08-08"),
]
# --- Uganda, Congo, DR Congo, Zimbabwe ---------------------------------------------------------
NABAKOOBA = "police spokesperson Judith Nabakooba"
BOSHAB = "Interior Minister Evariste Boshab"
RASSEMBLEMENT = "The opposition coalition Rassemblement"
UNJHRO = "the U.N. Joint Human Rights Office"
MDC = "His Movement for Democratic Change (MDC)"
PASSAGES += [
    P("d63_011",
      "Riots death toll rises to 21, says police\n"
      "Monday, September 14 2009\n"
      "By MONITOR REPORTERS\n"
      "KAMPALA. The number of people killed in three days of rioting in Kampala and the "
      "surrounding districts has risen to 21, police spokesperson Judith Nabakooba said "
      "yesterday. She said more than 550 suspects had been arrested and would be charged with "
      "offences ranging from unlawful assembly to terrorism. The riots broke out on Thursday "
      "after the government blocked the Kabaka of Buganda, Ronald Muwenda Mutebi, from visiting "
      "Kayunga district. Buganda officials put the toll higher, at more than 30, and accused "
      "soldiers of shooting unarmed youths. At Mulago hospital, doctors said they had received "
      "88 people with gunshot wounds since Thursday. Four radio stations accused of inciting "
      "violence, among them the kingdom's CBS FM, remain off air.",
      [C("21", 21, "exact", "killed", "people (headline)", "police", attr_alt=[NABAKOOBA],
         ctx="rises to 21, says"),
       C("21", 21, "exact", "killed", "people in three days of rioting", NABAKOOBA,
         ctx="risen to 21"),
       C("more than 550", 550, "more_than", "detained", "suspects arrested", NABAKOOBA,
         attr_alt=["She"]),
       C("more than 30", 30, "more_than", "killed", "people", "Buganda officials"),
       C("88", 88, "exact", "injured", "people with gunshot wounds", "doctors"),
       C("Four", 4, "exact", "other", "radio stations off air", None, optional=True)],
      published="2009-09-14"),

    P("d63_012",
      "BRAZZAVILLE, Oct 21 (Reuters) - Police in Congo Republic fired tear gas and live "
      "ammunition for a second day on Wednesday at protesters opposing a referendum that would "
      "allow President Denis Sassou Nguesso to run for a third term, witnesses said. The "
      "government said four people had been killed on Tuesday, among them a police officer, and "
      "that 10 others had been wounded. Opposition leader Guy Brice Parfait Kolélas said the real "
      "toll was at least 20 dead and accused the security forces of firing into crowds in the "
      "southern districts of Bacongo and Makélékélé. A hospital director in Bacongo said fewer "
      "than 10 wounded had reached his wards. Authorities cut text messaging and mobile "
      "internet services. Sassou Nguesso, 71, has ruled for a combined 31 years.",
      [C("four", 4, "exact", "killed", "people on Tuesday", "The government"),
       C("10", 10, "exact", "injured", "people wounded", "The government",
         ctx="10 others"),
       C("at least 20", 20, "at_least", "killed", "people",
         "Opposition leader Guy Brice Parfait Kolélas"),
       C("fewer than 10", 10, "fewer_than", "injured", "wounded at a Bacongo hospital",
         "A hospital director in Bacongo")]),

    P("d63_013",
      "KINSHASA, Sept 20, 2016 (AFP) - At least 17 people, among them three police officers, were "
      "killed on Monday as protesters demanding that President Joseph Kabila step down clashed "
      "with security forces in Kinshasa, Interior Minister Evariste Boshab said. One of the "
      "officers was burned alive, he said. The opposition coalition Rassemblement said more than "
      "50 of its supporters had been shot dead, and its spokesman said the headquarters of three "
      "opposition parties had been set ablaze overnight. Police spokesman Colonel Pierrot "
      "Mwanamputu said 103 people had been arrested for looting.",
      [C("At least 17", 17, "at_least", "killed", "people in Kinshasa", BOSHAB),
       C("three", 3, "exact", "killed", "police officers", BOSHAB, ctx="three police officers"),
       C("One", 1, "exact", "killed", "officer burned alive", BOSHAB, attr_alt=["he"]),
       C("more than 50", 50, "more_than", "killed", "opposition supporters shot dead",
         RASSEMBLEMENT),
       C("three", 3, "exact", "infrastructure", "party headquarters set ablaze", "its spokesman",
         attr_alt=[RASSEMBLEMENT], ctx="three opposition parties"),
       C("103", 103, "exact", "detained", "people arrested for looting",
         "Police spokesman Colonel Pierrot Mwanamputu")],
      published="2016-09-20"),

    P("d63_014",
      "GENEVA (Reuters) - At least 53 people were killed, among them four police officers, during "
      "two days of protests in Congo's capital last month, the U.N. Joint Human Rights Office "
      "said on Friday, more than three times the figure first given by the government. Its "
      "preliminary investigation found that soldiers and police had killed 38 civilians, most of "
      "them with bullets to the head or chest, and that 143 people had been injured. At least 299 "
      "people were arrested, the office said, some of them held in military camps without "
      "access to lawyers. The government, which has since raised its own toll to 32, dismissed "
      "the report as \"partial\". The opposition maintains that more than 100 people died.",
      [C("At least 53", 53, "at_least", "killed", "people in Kinshasa", UNJHRO),
       C("four", 4, "exact", "killed", "police officers", UNJHRO),
       C("38", 38, "exact", "killed", "civilians killed by soldiers and police",
         "Its preliminary investigation", attr_alt=[UNJHRO]),
       C("143", 143, "exact", "injured", "people", "Its preliminary investigation",
         attr_alt=[UNJHRO]),
       C("At least 299", 299, "at_least", "detained", "people arrested", "the office",
         attr_alt=[UNJHRO]),
       C("32", 32, "exact", "killed", "people (government toll)", "The government"),
       C("more than 100", 100, "more_than", "killed", "people", "The opposition")]),

    P("d63_015",
      "HARARE, June 22 (Reuters) - Zimbabwe's opposition leader Morgan Tsvangirai pulled out of "
      "Friday's presidential run-off against Robert Mugabe on Sunday, saying he could not ask "
      "voters to risk their lives. His Movement for Democratic Change (MDC) says 86 of its "
      "supporters have been killed and more than 200,000 people forced from their homes by "
      "ruling ZANU-PF militias and \"war veterans\" since the March 29 first round. Police blame "
      "the MDC for most of the violence and have arrested more than 1,400 opposition activists, "
      "among them the party's secretary-general Tendai Biti, according to lawyers. Earlier on "
      "Sunday, thousands of ZANU-PF youths armed with sticks occupied the venue of a planned "
      "MDC rally in Harare. Mugabe, 84, has ruled since independence in 1980.",
      [C("86", 86, "exact", "killed", "MDC supporters", MDC),
       C("more than 200,000", 200000, "more_than", "displaced", "people forced from their homes",
         MDC),
       C("more than 1,400", 1400, "more_than", "detained", "opposition activists arrested",
         "lawyers", attr_alt=["Police"]),
       C("thousands", 1000, "vague", "other", "ZANU-PF youths at the rally venue", None,
         cat_alt=["troops"])]),
]
# --- India, Maldives, Thailand, Cambodia -------------------------------------------------------
ERAWAN = "the Erawan Medical Centre"
LICADHO = "the Cambodian human rights group Licadho"
PASSAGES += [
    P("d63_016",
      "Jaipur, May 24 (PTI) Fifteen people were killed when police opened fire on Gujjar "
      "protesters who had set a police post on fire at Pilukapura in Bharatpur district on "
      "Friday, taking the toll in two days of violence over the community's demand for Scheduled "
      "Tribe status to 37, officials said. At Sikandra in Dausa district, 18 bodies were still "
      "lying beside the railway tracks on Saturday, Gujjar leader Kirori Singh Bainsla said. The "
      "state government has deployed 48 companies of paramilitary forces and called in the army "
      "in Bharatpur and Dausa. The Delhi–Mumbai rail line has been blocked for two days, and "
      "more than 30 trains have been cancelled or diverted, a North Western Railway spokesman "
      "said.",
      [C("Fifteen", 15, "exact", "killed", "Gujjar protesters at Pilukapura", "officials"),
       C("37", 37, "exact", "killed", "people in two days", "officials"),
       C("18", 18, "exact", "killed", "bodies beside the tracks at Sikandra",
         "Gujjar leader Kirori Singh Bainsla"),
       C("48", 48, "exact", "troops", "companies of paramilitary forces deployed", None,
         cat_alt=["other"], attr_alt=["The state government"]),
       C("more than 30", 30, "more_than", "other", "trains cancelled or diverted",
         "a North Western Railway spokesman", optional=True)]),

    P("d63_017",
      "Police stations torched in Addu as Nasheed supporters riot\n"
      "Published: February 9, 2012\n"
      "Supporters of former President Mohamed Nasheed set fire to police stations, courts and "
      "vehicles across Addu City on Wednesday night after police and military officers beat "
      "demonstrators in Malé earlier in the day. At least 18 people were treated at Indira Gandhi "
      "Memorial Hospital (IGMH) in Malé, among them three Maldivian Democratic Party (MDP) MPs, a "
      "hospital official said. The MDP said more than 50 of its supporters had been injured and "
      "that Nasheed himself had been beaten. In Addu, six police buildings and the courthouse "
      "were burned, according to the police, who said 25 officers had been evacuated to the Gan "
      "air base. Nasheed, who resigned on Tuesday, says he was forced out at gunpoint.",
      [C("At least 18", 18, "at_least", "injured", "people treated at IGMH",
         "a hospital official"),
       C("three", 3, "exact", "injured", "MDP MPs treated", "a hospital official"),
       C("more than 50", 50, "more_than", "injured", "MDP supporters", "The MDP"),
       C("six", 6, "exact", "infrastructure", "police buildings burned in Addu", "the police"),
       C("25", 25, "exact", "displaced", "police officers evacuated to Gan", "the police",
         cat_alt=["troops", "other"])],
      published="2012-02-09"),

    P("d63_018",
      "Two dead, 443 hurt in Bangkok clashes\n"
      "Published on October 8, 2008\n"
      "Two people were killed and 443 injured in yesterday's clashes between police and People's "
      "Alliance for Democracy (PAD) protesters outside Parliament, the Erawan Medical Centre said "
      "this morning. At least 20 of the injured were police officers, and two protesters had "
      "their legs amputated after being hit by what doctors believe were tear gas canisters "
      "fired straight into the crowd. The PAD said about 10,000 of its supporters had surrounded "
      "the building to stop Prime Minister Somchai Wongsawat from delivering his policy "
      "statement. Police said they had fired between 100 and 150 tear gas canisters but no live "
      "rounds. Mr Somchai, who left "
      "the compound by climbing over a back fence, has refused to step down.",
      [C("Two", 2, "exact", "killed", "people (headline)", None, ctx="Two dead"),
       C("443", 443, "exact", "injured", "people (headline)", None, ctx="443 hurt"),
       C("Two", 2, "exact", "killed", "people", ERAWAN, ctx="Two people"),
       C("443", 443, "exact", "injured", "people", ERAWAN, ctx="443 injured"),
       C("At least 20", 20, "at_least", "injured", "police officers", ERAWAN,
         attr_alt=[None]),
       C("two", 2, "exact", "injured", "protesters with legs amputated", ERAWAN,
         attr_alt=[None], ctx="two protesters"),
       C("about 10,000", 10000, "about", "other", "PAD supporters around Parliament",
         "The PAD"),
       C("between 100 and 150", 100, "range", "munitions", "tear gas canisters fired",
         "Police", high=150, cat_alt=["other"])],
      published="2008-10-08"),

    P("d63_019",
      "BANGKOK (AP) — Thai authorities said Thursday about 100,000 travelers were stranded after "
      "anti-government protesters occupied Bangkok's main international airport, halting all "
      "flights for a third day. About 3,000 foreigners have been moved to hotels at government "
      "expense, the Tourism Authority said. Protesters from the People's Alliance for Democracy "
      "also hold the city's old Don Mueang domestic airport. Army chief Gen. Anupong Paochinda "
      "has refused to send troops to clear them, though police say 1,500 officers are on "
      "standby nearby. Four people were wounded early Thursday when a grenade was thrown into "
      "the protesters' camp at Suvarnabhumi, hospital officials said.",
      [C("about 100,000", 100000, "about", "other", "travelers stranded", "Thai authorities",
         cat_alt=["population"]),
       C("About 3,000", 3000, "about", "other", "foreigners moved to hotels",
         "the Tourism Authority", cat_alt=["displaced"]),
       C("1,500", 1500, "exact", "troops", "police officers on standby", "police",
         cat_alt=["other"]),
       C("Four", 4, "exact", "injured", "people in the protesters' camp", "hospital officials")]),

    P("d63_020",
      "One dead as police clash with crowd at Kbal Thnal\n"
      "Mon, 16 September 2013\n"
      "One man was shot dead and at least 10 people were injured late on Sunday when riot police "
      "fired on a crowd at the Kbal Thnal flyover, the Cambodian human rights group Licadho said. "
      "Mao Sok Chan, 29, a worker on his way home, was hit in the head, the group said. Earlier in "
      "the day, the opposition Cambodia National Rescue Party said about 20,000 people had "
      "gathered in Freedom Park to reject the results of the July 28 election, while National "
      "Police spokesman Kirth Chantharith estimated the crowd at 10,000. Police said six officers "
      "had been hurt by stones. The ruling Cambodian People's Party was declared the winner with "
      "68 of the 123 seats.",
      [C("One", 1, "exact", "killed", "person (headline)", None, ctx="One dead"),
       C("One", 1, "exact", "killed", "man shot dead", LICADHO, ctx="One man"),
       C("at least 10", 10, "at_least", "injured", "people", LICADHO),
       C("about 20,000", 20000, "about", "other", "crowd in Freedom Park",
         "the opposition Cambodia National Rescue Party"),
       C("10,000", 10000, "exact", "other", "crowd in Freedom Park",
         "National Police spokesman Kirth Chantharith", ctx="10,000. Police"),
       C("six", 6, "exact", "injured", "police officers", "Police")],
      published="2013-09-16"),
]
# --- Timor-Leste, Tonga, Kyrgyzstan, Mexico ----------------------------------------------------
UNHCR_TL = "the UN refugee agency"
KG_COMM = "A Kyrgyz national commission"
FPDT = "the People's Front in Defense of Land"
PASSAGES += [
    P("d63_021",
      "DILI, May 29, 2006 (Lusa) - Gangs armed with machetes and slingshots burned dozens of "
      "houses in the Timorese capital on Monday despite the arrival of about 1,300 Australian "
      "soldiers, and the number of people sheltering in churches and camps around Dili passed "
      "50,000, the UN refugee agency said. At least 27 people have been killed since fighting "
      "broke out last month between the army and some 600 soldiers dismissed after protesting "
      "against discrimination, according to the main hospital in Dili. Portugal will send 120 "
      "members of its National Republican Guard (GNR) this week, Foreign Minister Diogo Freitas "
      "do Amaral said in Lisbon. The International Committee of the Red Cross said it had trucked "
      "40,000 litres of drinking water to the largest camp, at the Don Bosco seminary.",
      [C("dozens", 12, "vague", "infrastructure", "houses burned in Dili", UNHCR_TL,
         attr_alt=[None]),
       C("about 1,300", 1300, "about", "troops", "Australian soldiers", None,
         attr_alt=[UNHCR_TL]),
       C("50,000", 50000, "more_than", "displaced", "people sheltering around Dili", UNHCR_TL),
       C("At least 27", 27, "at_least", "killed", "people", "the main hospital in Dili"),
       C("some 600", 600, "about", "other", "dismissed soldiers", None,
         cat_alt=["troops"], attr_alt=["the main hospital in Dili"]),
       C("120", 120, "exact", "troops", "GNR members to be sent",
         "Foreign Minister Diogo Freitas do Amaral"),
       C("40,000", 40000, "exact", "aid", "litres of drinking water trucked to a camp",
         "The International Committee of the Red Cross")],
      published="2006-05-29"),

    P("d63_022",
      "NUKU'ALOFA, Nov 17 (AAP) - Police in Tonga have found eight bodies in the burnt-out shell "
      "of a store in central Nuku'alofa, a day after rioters demanding faster democratic reform "
      "looted and torched much of the capital's business district. Police commander Sione "
      "Taione said the victims were believed to be looters trapped when the building caught "
      "fire. About 80 percent of the central business district had been destroyed, Prime "
      "Minister Feleti Sevele said. New Zealand and Australia are sending about 150 troops and "
      "police at Tonga's request. More than 400 people have been arrested, police said.",
      [C("eight", 8, "exact", "killed", "bodies found in a store", None,
         attr_alt=["Police in Tonga"]),
       C("About 80 percent", 80, "about", "infrastructure", "share of the business district "
         "destroyed", "Prime Minister Feleti Sevele", optional=True, cat_alt=["other"]),
       C("about 150", 150, "about", "troops", "New Zealand and Australian troops and police",
         None, attr_alt=["New Zealand and Australia"]),
       C("More than 400", 400, "more_than", "detained", "people arrested", "police",
         ctx="More than 400 people have been arrested, police")]),

    P("d63_023",
      "OSH, Kyrgyzstan, June 14 (Reuters) - The death toll from four days of ethnic clashes in "
      "southern Kyrgyzstan rose to 138 on Monday, the health ministry said, though community "
      "leaders said hundreds more Uzbeks had been buried without being counted. Another 1,761 "
      "people have been treated for wounds. Uzbekistan said it had registered 75,000 refugees, "
      "mostly women, children and the elderly, and closed its border because it could take no "
      "more. \"We have nowhere to put them,\" Deputy Prime Minister Abdulla Aripov told "
      "reporters. Kyrgyzstan's interim government has called up reservists aged up to 50 and "
      "given troops shoot-to-kill orders.",
      [C("138", 138, "exact", "killed", "people in southern Kyrgyzstan", "the health ministry"),
       C("hundreds", 100, "vague", "killed", "Uzbeks buried uncounted", "community leaders"),
       C("1,761", 1761, "exact", "injured", "people treated for wounds", "the health ministry",
         attr_alt=[None]),
       C("75,000", 75000, "exact", "displaced", "refugees registered in Uzbekistan",
         "Uzbekistan")]),

    P("d63_024",
      "BISHKEK, Jan 10, 2011 (AFP) - A Kyrgyz national commission on Monday put the death toll "
      "from last June's ethnic violence in the south at 426, most of them ethnic Uzbeks, said 37 "
      "people were still missing, and said around 400,000 people had fled their homes at the height of the clashes. The "
      "commission, set up by President Roza Otunbayeva, said 1,900 houses had been burned in "
      "Osh and Jalal-Abad and blamed \"Uzbek separatists\" for starting the violence. Human "
      "rights groups said the real number of dead could be as many as 2,000 and accused the "
      "report of whitewashing the role of the security forces. Of the 271 people charged so far, "
      "the large majority are Uzbeks, according to Human Rights Watch.",
      [C("426", 426, "exact", "killed", "people in June's violence", KG_COMM),
       C("37", 37, "exact", "missing", "people still missing", KG_COMM),
       C("around 400,000", 400000, "about", "displaced", "people who fled their homes",
         KG_COMM),
       C("1,900", 1900, "exact", "infrastructure", "houses burned", "The commission",
         attr_alt=[KG_COMM]),
       C("as many as 2,000", 2000, "at_most", "killed", "dead", "Human rights groups"),
       C("271", 271, "exact", "detained", "people charged", "Human Rights Watch",
         cat_alt=["other"])],
      published="2011-01-10"),

    P("d63_025",
      "SAN SALVADOR ATENCO, Mexico (AP) — Some 3,000 police officers stormed this town outside "
      "Mexico City at dawn on Thursday, firing tear gas and beating residents, a day after "
      "flower vendors and their supporters clashed with police over an eviction. A 14-year-old "
      "boy, Javier Cortés, was killed by a gunshot on Wednesday, and a university student was "
      "critically wounded Thursday, according to the People's Front in Defense of Land, a local "
      "farmers' group. State officials said 207 people had been arrested, among them five "
      "foreigners who will be deported, and that 32 officers had been hurt in the two days of "
      "clashes. The group said 11 police officers it took hostage on Wednesday had been freed.",
      [C("Some 3,000", 3000, "about", "troops", "police officers who stormed the town", None,
         cat_alt=["other"]),
       C("207", 207, "exact", "detained", "people arrested", "State officials"),
       C("five", 5, "exact", "detained", "foreigners arrested", "State officials"),
       C("32", 32, "exact", "injured", "police officers", "State officials"),
       C("11", 11, "exact", "hostages", "police officers taken hostage and freed", "The group",
         attr_alt=[FPDT])]),
]
# --- Algeria, Georgia, Belarus, Guatemala, Western Sahara --------------------------------------
RCD = "The Rally for Culture and Democracy (RCD)"
GE_MOH = "the Ministry of Health"
DELEON = "Guatemala's human rights ombudsman Jorge De León"
MA_MOI = "the Interior Ministry"
POLISARIO = "The Polisario Front independence movement"
PASSAGES += [
    P("d63_026",
      "ALGIERS, April 29 (AFP) - At least 40 people have been killed in nine days of rioting in "
      "the Kabylie region east of Algiers, the interior ministry said on Sunday, as youths again "
      "attacked gendarmerie posts in Tizi Ouzou and Bejaia. The Rally for Culture and Democracy "
      "(RCD) put the toll at more than 50 and said hundreds had been wounded by gendarmes firing "
      "live ammunition. The unrest was sparked by the death of a secondary school student, "
      "Massinissa Guermah, 18, in a gendarmerie station on April 18. Hospital sources in Tizi "
      "Ouzou said 12 of the wounded were in critical condition. The RCD has since pulled its two "
      "ministers out of the government.",
      [C("At least 40", 40, "at_least", "killed", "people in Kabylie", "the interior ministry"),
       C("more than 50", 50, "more_than", "killed", "people in Kabylie", RCD),
       C("hundreds", 100, "vague", "injured", "people wounded by gendarmes", RCD),
       C("12", 12, "exact", "injured", "wounded in critical condition",
         "Hospital sources in Tizi Ouzou"),
       C("two", 2, "exact", "other", "RCD ministers withdrawn", None, optional=True)]),

    P("d63_027",
      "Over 500 Sought Medical Help After Police Dispersal\n"
      "Civil Georgia, Tbilisi / 8 November 2007\n"
      "More than 500 people applied for medical assistance after riot police used tear gas, "
      "water cannon and rubber bullets to break up opposition rallies in Tbilisi on November 7, "
      "the Ministry of Health said on Thursday. Of them, 28 remain in hospital, and one, a "
      "protester hit in the head by a rubber bullet, is in critical condition, the ministry "
      "said. Among those hospitalised were 24 police officers, according to the Interior "
      "Ministry. The opposition, which had kept tens of thousands of people outside Parliament "
      "for six days before the crackdown, says the number of injured is far higher. President "
      "Mikheil Saakashvili declared a 15-day state of emergency late on Wednesday.",
      [C("Over 500", 500, "more_than", "injured", "people seeking medical help (headline)",
         None, cat_alt=["other"]),
       C("More than 500", 500, "more_than", "injured", "people who applied for medical help",
         GE_MOH, cat_alt=["other"]),
       C("28", 28, "exact", "injured", "people still in hospital", "the ministry",
         attr_alt=[GE_MOH]),
       C("one", 1, "exact", "injured", "protester in critical condition", "the ministry",
         attr_alt=[GE_MOH], ctx="one, a protester"),
       C("24", 24, "exact", "injured", "police officers in hospital", "the Interior Ministry"),
       C("tens of thousands", 10000, "vague", "other", "protesters outside Parliament",
         "The opposition")],
      published="2007-11-08"),

    P("d63_028",
      "MINSK, Dec 20 (Reuters) - Belarusian riot police detained more than 600 people, among "
      "them seven of the nine opposition candidates who ran against President Alexander "
      "Lukashenko, after breaking up a protest by as many as 40,000 people in central Minsk "
      "overnight, "
      "the opposition said on Monday. The Interior Ministry put the number of people detained "
      "at 639 and said 25 police officers had been injured when protesters tried to storm the "
      "main government building. Candidate Vladimir Neklyayev, 64, was beaten unconscious and "
      "taken from his hospital bed by men in plain clothes, his wife said. The Central Election "
      "Commission said Lukashenko had won 79.7 percent of the vote.",
      [C("more than 600", 600, "more_than", "detained", "people detained", "the opposition"),
       C("seven", 7, "exact", "detained", "opposition candidates detained", "the opposition"),
       C("nine", 9, "exact", "other", "opposition candidates", "the opposition",
         optional=True),
       C("as many as 40,000", 40000, "at_most", "other", "protesters in central Minsk",
         "the opposition", attr_alt=[None]),
       C("639", 639, "exact", "detained", "people detained", "The Interior Ministry"),
       C("25", 25, "exact", "injured", "police officers", "The Interior Ministry")]),

    P("d63_029",
      "GUATEMALA CITY, Oct 5, 2012 (AFP) - Soldiers opened fire on indigenous K'iche' "
      "protesters blocking the Inter-American Highway at Cumbre de Alaska in Totonicapán on "
      "Thursday, killing six people and wounding 34, Guatemala's human rights ombudsman Jorge "
      "De León said. President Otto Pérez Molina at first said the soldiers had been unarmed, "
      "but the prosecutor's office later said ballistic tests showed that at least eight of them "
      "had fired their weapons. An army colonel and eight soldiers have been placed under "
      "investigation. The protesters, thousands of them according to community leaders, had "
      "blocked the road for hours over electricity prices and proposed constitutional changes.",
      [C("six", 6, "exact", "killed", "protesters", DELEON),
       C("34", 34, "exact", "injured", "protesters", DELEON),
       C("at least eight", 8, "at_least", "troops", "soldiers who fired their weapons",
         "the prosecutor's office", cat_alt=["other"]),
       C("eight", 8, "exact", "other", "soldiers under investigation", None,
         cat_alt=["detained", "troops"], ctx="eight soldiers have"),
       C("thousands", 1000, "vague", "other", "protesters on the highway", "community leaders")],
      published="2012-10-05"),

    P("d63_030",
      "RABAT, Morocco (AP) — Moroccan security forces dismantled a protest camp of some 12,000 "
      "Sahrawis near Laayoune at dawn Monday, setting off riots in Western Sahara's main city, "
      "home to some 200,000 people, in which 10 members of the security forces and two civilians were killed, the Interior "
      "Ministry said. The Polisario Front independence movement said 11 Sahrawis had been killed "
      "and 723 injured, and that 159 people were missing. The ministry said 70 members of the "
      "security forces had been injured and 163 people arrested. Foreign journalists have been "
      "barred from the territory, and none of the figures could be independently confirmed.",
      [C("some 12,000", 12000, "about", "other", "Sahrawis in the protest camp", MA_MOI,
         attr_alt=[None], cat_alt=["displaced"]),
       C("some 200,000", 200000, "about", "population", "people in Laayoune", None,
         attr_alt=[MA_MOI]),
       C("10", 10, "exact", "killed", "members of the security forces", MA_MOI),
       C("two", 2, "exact", "killed", "civilians", MA_MOI),
       C("11", 11, "exact", "killed", "Sahrawis", POLISARIO),
       C("723", 723, "exact", "injured", "Sahrawis", POLISARIO),
       C("159", 159, "exact", "missing", "people", POLISARIO),
       C("70", 70, "exact", "injured", "members of the security forces", "The ministry",
         attr_alt=[MA_MOI]),
       C("163", 163, "exact", "detained", "people arrested", "The ministry",
         attr_alt=[MA_MOI])]),
]
# --- Bangladesh, Sudan, Cameroon, Haiti ----------------------------------------------------------
DMP = "the Dhaka Metropolitan Police (DMP)"
DMCH_POLICE = "a police camp official at the hospital"
SD_GOV = "Sudan's government"
AI_ACJPS = "Amnesty International and the African Centre for Justice and Peace Studies"
BIYITI = "Communication Minister Jean-Pierre Biyiti bi Essam"
MINUSTAH = "the U.N. mission"
PASSAGES += [
    P("d63_031",
      "BNP rally ends in clashes; policeman killed, 41 officers hurt\n"
      "Published : 29 Oct 2023, 01:15 AM\n"
      "A police constable was beaten to death and at least 41 police officers were injured as a "
      "BNP grand rally in Dhaka's Naya Paltan turned into street battles on Saturday, the Dhaka "
      "Metropolitan Police (DMP) said. Police fired some 250 tear gas shells and sound grenades "
      "to disperse BNP activists who attacked the chief justice's residence and set fire to the "
      "Police Hospital in Rajarbagh, DMP Commissioner Habibur Rahman told reporters. The BNP said "
      "one of its Jubo Dal leaders had been shot dead and more than 1,000 of its activists "
      "injured. Dhaka Medical College Hospital (DMCH) admitted at least 90 people, among them 20 "
      "journalists, a police camp official at the hospital said. The party has called a "
      "nationwide hartal for Sunday.",
      [C("41", 41, "exact", "injured", "police officers (headline)", None, ctx="41 officers hurt"),
       C("at least 41", 41, "at_least", "injured", "police officers", DMP),
       C("some 250", 250, "about", "munitions", "tear gas shells and sound grenades fired",
         "DMP Commissioner Habibur Rahman", cat_alt=["other"]),
       C("one", 1, "exact", "killed", "Jubo Dal leader shot dead", "The BNP",
         ctx="one of its"),
       C("more than 1,000", 1000, "more_than", "injured", "BNP activists", "The BNP"),
       C("at least 90", 90, "at_least", "injured", "people admitted to DMCH", DMCH_POLICE),
       C("20", 20, "exact", "injured", "journalists admitted", DMCH_POLICE)],
      published="2023-10-29"),

    P("d63_032",
      "KHARTOUM, Sept 27 (Reuters) - Sudan's government said on Friday 29 people had been killed "
      "in four days of protests against cuts to fuel subsidies, the biggest challenge to "
      "President Omar Hassan al-Bashir in years, but doctors and activists said the real number "
      "was at least twice as high. Thousands marched in Khartoum and Omdurman after Friday "
      "prayers, chanting \"Freedom, freedom\" as police fired tear gas, witnesses said. The "
      "Sudanese Doctors' Union said 51 people had been brought dead to hospitals in Khartoum "
      "alone, most with gunshot wounds to the chest or head. Interior Minister Ibrahim Mahmoud "
      "said 700 \"criminals\" had been arrested for attacking petrol stations and police posts, "
      "21 of which had been burned.",
      [C("29", 29, "exact", "killed", "people in four days of protests", SD_GOV),
       C("Thousands", 1000, "vague", "other", "marchers in Khartoum and Omdurman", "witnesses"),
       C("51", 51, "exact", "killed", "people brought dead to Khartoum hospitals",
         "The Sudanese Doctors' Union"),
       C("700", 700, "exact", "detained", "people arrested", "Interior Minister Ibrahim Mahmoud"),
       C("21", 21, "exact", "infrastructure", "petrol stations and police posts burned",
         "Interior Minister Ibrahim Mahmoud")]),

    P("d63_033",
      "October 2, 2013 (KHARTOUM) – Amnesty International and the African Centre for Justice and "
      "Peace Studies said on Wednesday that at least 200 protesters had been killed since "
      "September 23, citing witnesses, doctors and relatives, most of them shot in the head or "
      "chest. \"The authorities have shown a shocking disregard for the right to life,\" said "
      "Lucy Freeman, Amnesty's deputy director for Africa. \"Some of the victims were children as "
      "young as 14.\" The government has raised its official toll to 34 and says it has detained "
      "more than 600 people, among them opposition politicians and journalists. The National "
      "Umma Party said 87 of its members were among those held.",
      [C("at least 200", 200, "at_least", "killed", "protesters",
         "witnesses, doctors and relatives", attr_alt=[AI_ACJPS]),
       C("34", 34, "exact", "killed", "people (official toll)", "The government"),
       C("more than 600", 600, "more_than", "detained", "people detained", "The government"),
       C("87", 87, "exact", "detained", "Umma Party members held", "The National Umma Party")],
      published="2013-10-02"),

    P("d63_034",
      "YAOUNDE, Feb 29, 2008 (AFP) - Cameroon's government said on Friday that 17 people had "
      "been killed in four days of rioting over fuel and food prices and President Paul Biya's "
      "plans to change the constitution, a toll disputed by human rights groups, which put the "
      "number of dead at more than 100. Communication Minister Jean-Pierre Biyiti bi Essam said "
      "more than 1,500 people had been arrested in Douala, Yaoundé and other towns, and that "
      "rioters had destroyed about 50 petrol stations. Soldiers patrolled the streets of Douala, "
      "the economic capital, where the protests began as a taxi drivers' strike on Monday. Shops "
      "reopened in Yaoundé, and no new clashes were reported.",
      [C("17", 17, "exact", "killed", "people in four days of rioting",
         "Cameroon's government"),
       C("more than 100", 100, "more_than", "killed", "dead", "human rights groups"),
       C("more than 1,500", 1500, "more_than", "detained", "people arrested", BIYITI),
       C("about 50", 50, "about", "infrastructure", "petrol stations destroyed", BIYITI)],
      published="2008-02-29"),

    P("d63_035",
      "PORT-AU-PRINCE, Haiti (AP) — U.N. peacekeepers fired rubber bullets and tear gas Tuesday "
      "to drive back thousands of protesters who tried to storm the National Palace, demanding "
      "that President René Préval bring down soaring food prices. At least five people have been "
      "killed in a week of riots that began in the southern city of Les Cayes, according to the "
      "U.N. mission, which has 9,000 troops and police in Haiti. Brazilian soldiers rescued "
      "dozens of people trapped in a bank after looters set fire to a neighboring building. The "
      "World Food Programme said it had distributed 6,000 tonnes of food in Haiti since January, "
      "but that stocks would run out within weeks. The price of rice has doubled in a year, and a 50-kilogram sack now costs about $70.",
      [C("thousands", 1000, "vague", "other", "protesters at the National Palace"),
       C("At least five", 5, "at_least", "killed", "people in a week of riots", MINUSTAH),
       C("9,000", 9000, "exact", "troops", "UN troops and police in Haiti", MINUSTAH),
       C("dozens", 12, "vague", "other", "people rescued from a bank", None,
         cat_alt=["missing"], attr_alt=["Brazilian soldiers"]),
       C("6,000", 6000, "exact", "aid", "tonnes of food distributed",
         "The World Food Programme")]),
]
# --- Honduras, Iraq, Egypt, Venezuela, Ecuador -------------------------------------------------
SULTAN = "health ministry spokesman Mohamed Sultan"
OHCHR = "the U.N. human rights office"
COLVILLE = "Spokesman Rupert Colville"
PASSAGES += [
    P("d63_036",
      "TEGUCIGALPA, July 5 (Reuters) - Honduran troops fired on thousands of supporters of "
      "ousted President Manuel Zelaya at Tegucigalpa's Toncontín airport on Sunday, killing at "
      "least one man, as the military blocked the runway to stop Zelaya's plane from landing. A "
      "Red Cross official said the dead man, a 19-year-old, had been shot in the head and that "
      "about 30 people had been treated for injuries. Zelaya's supporters said two people had "
      "been killed. The interim government, which took power in a coup a week ago, said soldiers "
      "had used only tear gas and rubber bullets. Police put the crowd at fewer than 5,000; organisers said "
      "more than 100,000 people had marched to the airport.",
      [C("thousands", 1000, "vague", "other", "Zelaya supporters at the airport"),
       C("at least one", 1, "at_least", "killed", "man at Toncontín airport", None,
         attr_alt=["A Red Cross official"]),
       C("about 30", 30, "about", "injured", "people treated for injuries",
         "A Red Cross official"),
       C("two", 2, "exact", "killed", "people", "Zelaya's supporters"),
       C("fewer than 5,000", 5000, "fewer_than", "other", "crowd at the airport", "Police"),
       C("more than 100,000", 100000, "more_than", "other", "marchers to the airport",
         "organisers")]),

    P("d63_037",
      "BAGHDAD, Feb 25, 2011 (AFP) - At least 13 people were killed and dozens wounded across "
      "Iraq on Friday when security forces fired on crowds at a nationwide \"Day of Rage\" "
      "against corruption and poor public services, officials said. In Mosul, five protesters "
      "were shot dead outside the provincial council building, a police officer told AFP, while "
      "three were killed in Hawija and two in Tikrit, according to medical sources. In Baghdad, "
      "where thousands gathered in Tahrir Square despite a vehicle ban, security forces used "
      "water cannon and helicopters flew low over the crowd. The interior ministry said 50 to 60 "
      "policemen had been wounded nationwide. Prime Minister Nuri al-Maliki had urged Iraqis to "
      "stay at home.",
      [C("At least 13", 13, "at_least", "killed", "people across Iraq", "officials"),
       C("dozens", 12, "vague", "injured", "people across Iraq", "officials"),
       C("five", 5, "exact", "killed", "protesters in Mosul", "a police officer"),
       C("three", 3, "exact", "killed", "people in Hawija", "medical sources"),
       C("two", 2, "exact", "killed", "people in Tikrit", "medical sources"),
       C("thousands", 1000, "vague", "other", "protesters in Tahrir Square"),
       C("50 to 60", 50, "range", "injured", "policemen", "The interior ministry", high=60)],
      published="2011-02-25"),

    P("d63_038",
      "Ittihadiya clashes: Death toll rises to 6, health ministry says\n"
      "Thursday 6 Dec 2012\n"
      "Six people were killed and 644 injured in overnight clashes between supporters and "
      "opponents of President Mohamed Morsi outside the Ittihadiya presidential palace in "
      "Heliopolis, health ministry spokesman Mohamed Sultan said on Thursday. The Muslim "
      "Brotherhood said five of the dead were its members and that its offices in Cairo and in "
      "at least three other cities had been attacked and set on fire. Republican Guard tanks and "
      "armoured vehicles were deployed around the palace on Thursday afternoon, and the army "
      "gave protesters until 3pm to leave. Hundreds of anti-Morsi protesters remained outside "
      "the palace walls on Thursday night.",
      [C("6", 6, "exact", "killed", "people (headline)", "health ministry",
         attr_alt=[SULTAN], ctx="rises to 6"),
       C("Six", 6, "exact", "killed", "people outside the palace", SULTAN),
       C("644", 644, "exact", "injured", "people outside the palace", SULTAN),
       C("five", 5, "exact", "killed", "Brotherhood members among the dead",
         "The Muslim Brotherhood"),
       C("at least three", 3, "at_least", "infrastructure", "other cities with offices burned",
         "The Muslim Brotherhood", optional=True, cat_alt=["other"]),
       C("Hundreds", 100, "vague", "other", "anti-Morsi protesters outside the palace")],
      published="2012-12-06"),

    P("d63_039",
      "CARACAS, Venezuela (AP) — At least 40 people have been killed in protests against "
      "President Nicolás Maduro this week, most of them shot by security forces or "
      "pro-government militias, the U.N. human rights office said Tuesday. Spokesman Rupert "
      "Colville said more than 850 people had been detained between Jan. 21 and Jan. 26, among "
      "them 696 on a single day, Jan. 23, when opposition leader Juan Guaidó declared himself "
      "interim president before a crowd of hundreds of thousands in Caracas. The Venezuelan "
      "Observatory of Social Conflict, a local rights group, put the death toll at 35. "
      "Venezuela's government has not released a figure, and Maduro has accused the opposition "
      "of trying to stage a coup.",
      [C("At least 40", 40, "at_least", "killed", "people in protests", OHCHR),
       C("more than 850", 850, "more_than", "detained", "people detained", COLVILLE,
         attr_alt=[OHCHR]),
       C("696", 696, "exact", "detained", "people detained on Jan. 23", COLVILLE,
         attr_alt=[OHCHR]),
       C("hundreds of thousands", 100000, "vague", "other", "crowd in Caracas", None,
         attr_alt=[COLVILLE]),
       C("35", 35, "exact", "killed", "people",
         "The Venezuelan Observatory of Social Conflict")]),

    # --- Only non-claims ---------------------------------------------------------------------
    P("d63_040",
      "QUITO, Sept 30 (EFE).- Ecuadorians on Wednesday marked ten years since the police revolt "
      "of September 30, 2010, known as \"30-S\", when then-president Rafael Correa was held for "
      "nearly 12 hours at the National Police hospital in Quito before soldiers freed him in a "
      "gunfight broadcast live on television. Correa, 57, who has lived in Belgium since 2017, "
      "said in a video message that the revolt had been \"an attempted coup\". Officers had "
      "protested against a law that cut their bonuses by up to 30 percent. A court sentenced a "
      "police colonel to three years in prison in 2013, but the country's highest court later "
      "reduced the term to one year, and no one has been convicted over the deaths.",
      []),
]
# --- end of passages ---


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d63_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
