"""Source of the thirty-second development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on protests, uprisings and their repression from 2011 to 2023,
written for this set (none copied from an article) in the style of wire copy (Reuters, AP, AFP,
EFE, dpa, PTI), rights-group releases (Human Rights Watch, Amnesty International), a UN refugee
agency briefing note, a KFOR statement, live blogs with timestamps, a "what we know" list, and
newspaper and broadcaster web copy from Asia, Africa, Latin America, Europe and the Middle East
(Al Jazeera, BBC, France 24, El País, The Jakarta Post, The Hindu, The Indian Express, Dawn,
Hürriyet Daily News, Mexican and Georgian news sites). The passages carry crowd sizes disputed
between organisers and police, protesters killed and injured, arrests and detainees, security
forces injured, people missing after crackdowns, curfews and death sentences, mixed with
non-claims (ages, dates, durations, vote shares and turnout, money, ordinals, distances, years,
prison terms, negations). Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset18`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset32/build_devset32.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

UN_HEAD = "the head of a U.N. human rights mission"
NDIAYE = "Bacre Waly Ndiaye"
HRW = "Human Rights Watch"
AL_JALAA = "Doctors at Al Jalaa hospital in Benghazi"
EG_MOH = "Egypt's Health Ministry"
MOH_OFFICIAL = "a health ministry official"
MENA = "the state news agency MENA"
AI = "Amnesty International"
SOHR = "the Syrian Observatory for Human Rights"
HAMA_DOCTOR = "A doctor at Hama's Al-Hourani hospital"
GAZA_MOH = "The Palestinian health ministry in Gaza"
TTB = "The Turkish Medical Association (TTB)"
GULER = "Interior Minister Muammer Güler"
SADEGHI = "a member of parliament for Tehran, Mahmoud Sadeghi"
IHR = "Oslo-based Iran Human Rights (IHR)"
KNCHR = "Kenya's state-funded human rights commission"
ODINGA = "Opposition leader Raila Odinga"
MATIANGI = "Acting Interior Minister Fred Matiang'i"
OFC = "The opposition Oromo Federalist Congress"
MONUSCO = "the UN mission in Congo, MONUSCO"
CLC = "The Catholic Church's lay coordination committee (CLC)"
MWANAMPUTU = "Police spokesman Colonel Pierrot Mwanamputu"
CISSE = "Prime Minister Boubou Cisse"
M5 = "The June 5 Movement (M5-RFP)"
TOGO = "M5-RFP spokesman Nouhoum Togo"
G1 = "a tally of police figures by the G1 news portal"
FISCAL = "Venezuela's chief prosecutor"
ORTEGA = "Luisa Ortega Díaz"
FORO = "The Foro Penal rights group"
PE_OMBUDS = "Peru's Ombudsman's Office"
CNDDHH = "The National Coordinator for Human Rights (CNDDHH)"
CNS = "The National Security Commission"
CARRILLO = "Interior Minister Patricio Carrillo"
CONAIE = "The CONAIE indigenous confederation"
LO = "Police Commissioner Stephen Lo"
HA = "The Hospital Authority"
ANIES = "Governor Anies Baswedan"
IQBAL = "National Police spokesman Insp. Gen. Muhammad Iqbal"
TN_OFFICIALS = "district officials"
UP_POLICE = "Uttar Pradesh Police"
UP_DGP = "Director General of Police O P Singh"
SMHS = "doctors at Srinagar's SMHS hospital"
OPHTHALMOLOGIST = "a senior ophthalmologist at the hospital"
TLP = "Tehreek-i-Labbaik Pakistan (TLP)"
PUNJAB_POLICE = "Punjab police"
TLP_STATEMENT = "an earlier police statement"
KZ_PG = "the prosecutor-general's office"
TJ_MVD = "Tajikistan's interior ministry"
DARMANIN = "Interior Minister Gérald Darmanin"
CGT = "The CGT union"
LAWYERS = "a lawyers' group working with the demonstrators"
NL_POLICE = "the national police"
ABOUTALEB = "Mayor Ahmed Aboutaleb"
REBIC = "Police Director Vladimir Rebić"
BCN_POLICE = "the city's police"
CAT_EMERG = "Catalonia's emergency services"
GE_MOH = "The Ministry of Health"
UP_ADMIN = "the district administration"

PASSAGES = [
    # --- North Africa, 2011-2014 -----------------------------------------------------------
    P("d32_001",
      "GENEVA, Feb 1, 2011 (Reuters) - At least 219 people were killed and 510 injured in "
      "Tunisia during the uprising that toppled President Zine al-Abidine Ben Ali, the head of a "
      "U.N. human rights mission said on Tuesday. Bacre Waly Ndiaye told reporters that the "
      "figures covered the period from mid-December to Jan. 14, when Ben Ali fled to Saudi "
      "Arabia after 23 years in power, and that 72 of the dead were prisoners killed during jail "
      "riots and fires. Tunisia's interim government has so far given a toll of 78. A night-time "
      "curfew in Tunis, in force from 8 p.m. to 5 a.m. at the height of the unrest, was lifted "
      "on Sunday.",
      [C("At least 219", 219, "at_least", "killed", "people in Tunisia's uprising", UN_HEAD,
         attr_alt=[NDIAYE]),
       C("510", 510, "exact", "injured", "people in Tunisia's uprising", UN_HEAD,
         attr_alt=[NDIAYE]),
       C("72", 72, "exact", "killed", "prisoners killed in jail riots and fires", NDIAYE,
         attr_alt=[UN_HEAD]),
       C("78", 78, "exact", "killed", "people (interim government toll)",
         "Tunisia's interim government")],
      published="2011-02-01"),

    P("d32_002",
      "Libya: Security Forces Kill 173 Protesters in Four Days\n"
      "February 20, 2011 12:00AM EST\n"
      "(New York) – Libyan security forces have killed at least 173 people in four days of "
      "protests, most of them in the eastern city of Benghazi, Human Rights Watch said today, "
      "based on telephone interviews with hospital staff and witnesses. Doctors at Al Jalaa "
      "hospital in Benghazi told Human Rights Watch that they had received the bodies of 20 "
      "protesters on Saturday alone and were treating more than 100 people with gunshot wounds "
      "to the head, chest and neck. Witnesses said security forces fired from the Katiba "
      "compound on a funeral procession of thousands of mourners. The Libyan government has "
      "released no casualty figures and has blocked internet access across the country.",
      [C("173", 173, "exact", "killed", "protesters in Libya (headline)", ctx="Kill 173"),
       C("at least 173", 173, "at_least", "killed", "people in Libya's protests", HRW),
       C("20", 20, "exact", "killed", "protesters' bodies received in Benghazi", AL_JALAA,
         ctx="20 protesters"),
       C("more than 100", 100, "more_than", "injured", "people with gunshot wounds", AL_JALAA),
       C("thousands", 1000, "vague", "other", "mourners in a funeral procession", "Witnesses")],
      published="2011-02-20"),

    P("d32_003",
      "CAIRO (AP) — Egypt's Health Ministry said Monday that 24 people were killed and 272 "
      "injured when a march by Coptic Christians protesting an attack on a church turned into "
      "the worst sectarian violence since the fall of Hosni Mubarak in February. State television "
      "said three soldiers were among the dead, but gave no breakdown for civilians; Coptic "
      "activists said as many as 35 people had died, almost all of them Christians. Witnesses "
      "said armored vehicles drove into the crowd outside the Maspero state television building. "
      "The ruling military council imposed a curfew on central Cairo from 2 a.m. to 7 a.m. and "
      "ordered an investigation.",
      [C("24", 24, "exact", "killed", "people at the Maspero march", EG_MOH),
       C("272", 272, "exact", "injured", "people at the Maspero march", EG_MOH),
       C("three", 3, "exact", "killed", "soldiers among the dead", "State television"),
       C("as many as 35", 35, "at_most", "killed", "people (Coptic activists' count)",
         "Coptic activists")]),

    P("d32_004",
      "Egypt unrest – live\n"
      "Last updated: 27 January 2013 19:40 GMT\n"
      "19:32 GMT The death toll in Port Said has risen to 37, including two policemen, the state "
      "news agency MENA reports, citing a health ministry official. Funerals for those killed on "
      "Saturday turned violent this afternoon, and at least 400 more people were injured.\n"
      "18:05 GMT President Mohamed Morsi has declared a 30-day state of emergency in Port Said, "
      "Suez and Ismailia, with a curfew from 9pm to 6am.\n"
      "16:50 GMT Recap: a Port Said court on Saturday sentenced 21 local football fans to death "
      "over last year's stadium riot, in which 74 people were killed, most of them supporters of "
      "Cairo's Al Ahly club. Relatives of the condemned men then tried to storm the prison where "
      "they were being held.",
      [C("37", 37, "exact", "killed", "people in Port Said", MOH_OFFICIAL, attr_alt=[MENA]),
       C("two", 2, "exact", "killed", "policemen in Port Said", MOH_OFFICIAL, attr_alt=[MENA]),
       C("at least 400", 400, "at_least", "injured", "people at funerals in Port Said",
         MOH_OFFICIAL, attr_alt=[MENA, None]),
       C("21", 21, "exact", "detained", "football fans sentenced to death"),
       C("74", 74, "exact", "killed", "people in the 2012 stadium riot")],
      published="2013-01-27"),

    P("d32_005",
      "Egypt: Sentencing to death of more than 500 people a 'grotesque' travesty\n"
      "Press release | 24 March 2014\n"
      "An Egyptian court's decision to sentence 529 people to death after a trial that lasted "
      "less than two days is grotesque, Amnesty International said today. The defendants were "
      "charged over an attack on a police station in Matay, in Minya governorate, in August 2013 "
      "in which one police officer was killed. Only 147 of the accused were in custody; the rest "
      "were tried in absentia. Sixteen defendants were acquitted. \"This is the largest single "
      "batch of simultaneous death sentences we have seen in recent years, not just in Egypt but "
      "anywhere in the world,\" said Hassiba Hadj Sahraoui, deputy director of Amnesty's Middle "
      "East and North Africa programme.",
      [C("more than 500", 500, "more_than", "detained", "people sentenced to death (headline)"),
       C("529", 529, "exact", "detained", "people sentenced to death", AI, attr_alt=[None]),
       C("one", 1, "exact", "killed", "police officer killed in the Matay attack",
         attr_alt=[AI]),
       C("147", 147, "exact", "detained", "accused in custody", attr_alt=[AI]),
       C("Sixteen", 16, "exact", "detained", "defendants acquitted", cat_alt=["other"],
         attr_alt=[AI])],
      published="2014-03-24"),

    # --- Middle East -----------------------------------------------------------------------
    P("d32_006",
      "BEIRUT (AFP) - Syrian troops backed by tanks stormed the protest hub of Hama at dawn on "
      "Sunday, killing at least 100 people, the Syrian Observatory for Human Rights said, on the "
      "eve of the Muslim fasting month of Ramadan. Across the country 136 people were killed, the "
      "activist group said, among them 19 in Deir Ezzor and six in Harak, near Daraa. A doctor at "
      "Hama's Al-Hourani hospital told AFP by telephone that the wards were overflowing and that "
      "\"dozens\" of wounded could not be treated for lack of blood. State news agency SANA said "
      "eight police and soldiers had been killed by \"armed gangs\" in the city. Hama, Syria's "
      "fourth-largest city, has seen some of the biggest anti-regime rallies since the uprising "
      "began in mid-March.",
      [C("at least 100", 100, "at_least", "killed", "people in Hama", SOHR),
       C("136", 136, "exact", "killed", "people across Syria", "the activist group",
         attr_alt=[SOHR]),
       C("19", 19, "exact", "killed", "people in Deir Ezzor", "the activist group",
         attr_alt=[SOHR]),
       C("six", 6, "exact", "killed", "people in Harak", "the activist group", attr_alt=[SOHR]),
       C("dozens", 12, "vague", "injured", "wounded who could not be treated", HAMA_DOCTOR),
       C("eight", 8, "exact", "killed", "police and soldiers", "State news agency SANA")]),

    P("d32_007",
      "BAGHDAD, Nov 28 (Reuters) - Iraqi security forces shot dead at least 25 protesters in the "
      "southern city of Nasiriyah on Thursday, medical sources said, hours after demonstrators "
      "set fire to the Iranian consulate in Najaf. More than 250 people were wounded, some of "
      "them critically, the sources said. Prime Minister Adel Abdul Mahdi had earlier ordered "
      "military commanders to several provinces to \"impose security and restore order\", and "
      "authorities declared a curfew in Najaf. Around 350 people have been killed since mass "
      "protests against corruption and unemployment began on Oct. 1, according to a Reuters "
      "tally based on figures from medics and security sources.",
      [C("at least 25", 25, "at_least", "killed", "protesters in Nasiriyah", "medical sources"),
       C("More than 250", 250, "more_than", "injured", "people in Nasiriyah", "medical sources",
         attr_alt=["the sources"]),
       C("Around 350", 350, "about", "killed", "people since the protests began",
         "a Reuters tally", attr_alt=["figures from medics and security sources"])]),

    P("d32_008",
      "Gaza: Death toll from Monday's border protests rises to 60\n"
      "Published On 15 May 2018\n"
      "The Palestinian health ministry in Gaza said on Tuesday that the number of Palestinians "
      "killed by Israeli fire during protests along the border fence on Monday had risen to 60, "
      "among them eight children under the age of 16. More than 2,700 people were wounded, about "
      "1,360 of them by live ammunition, the ministry said. The Israeli military said some 40,000 "
      "Palestinians had taken part in \"violent riots\" at 13 locations along the fence, and that "
      "its aircraft had struck 11 \"terror targets\" in the Strip. The protests coincided with "
      "the opening of the US embassy in Jerusalem, 70 years after the founding of Israel.",
      [C("60", 60, "exact", "killed", "Palestinians (headline)", ctx="rises to 60"),
       C("60", 60, "exact", "killed", "Palestinians at the border fence", GAZA_MOH,
         ctx="risen to 60"),
       C("eight", 8, "exact", "killed", "children", GAZA_MOH),
       C("More than 2,700", 2700, "more_than", "injured", "people at the border fence",
         GAZA_MOH, attr_alt=["the ministry"]),
       C("about 1,360", 1360, "about", "injured", "people wounded by live ammunition",
         GAZA_MOH, attr_alt=["the ministry"]),
       C("some 40,000", 40000, "about", "other", "Palestinian protesters",
         "The Israeli military"),
       C("13", 13, "exact", "other", "protest locations", "The Israeli military",
         optional=True),
       C("11", 11, "exact", "other", "targets struck in Gaza", "The Israeli military",
         cat_alt=["infrastructure", "munitions"])],
      published="2018-05-15"),

    P("d32_009",
      "Gezi protests: medical association says 7,822 treated for injuries\n"
      "ISTANBUL – The Turkish Medical Association (TTB) said on Wednesday that 7,822 people had "
      "been treated for injuries since police first raided the sit-in at Gezi Park on May 31, "
      "among them 59 in serious condition and 11 who had lost an eye. Four people have died, "
      "including a police officer who fell from a bridge in Adana while chasing protesters. "
      "Interior Minister Muammer Güler told parliament that some 2.5 million people had taken "
      "part in demonstrations in 79 provinces and that 4,900 had been detained, most of them "
      "later released. He said 600 police officers had been injured and that police had used "
      "130,000 tear gas canisters in 20 days. Prime Minister Recep Tayyip Erdoğan, in power "
      "since 2003, has called the protesters \"looters\".",
      [C("7,822", 7822, "exact", "injured", "people treated (headline)",
         "medical association", attr_alt=[TTB], ctx="says 7,822"),
       C("7,822", 7822, "exact", "injured", "people treated for injuries", TTB,
         ctx="that 7,822"),
       C("59", 59, "exact", "injured", "people in serious condition", TTB),
       C("11", 11, "exact", "injured", "people who lost an eye", TTB),
       C("Four", 4, "exact", "killed", "people in the Gezi protests", TTB, attr_alt=[None]),
       C("some 2.5 million", 2_500_000, "about", "other", "people who demonstrated", GULER),
       C("79", 79, "exact", "other", "provinces with demonstrations", GULER, optional=True),
       C("4,900", 4900, "exact", "detained", "people detained", GULER),
       C("600", 600, "exact", "injured", "police officers", GULER, attr_alt=["He"]),
       C("130,000", 130000, "exact", "munitions", "tear gas canisters used", GULER,
         cat_alt=["other"], attr_alt=["He"])]),

    P("d32_010",
      "DUBAI, Jan 9, 2018 (Reuters) - About 3,700 people have been arrested during the protests "
      "that swept Iran over the past two weeks, a member of parliament for Tehran, Mahmoud "
      "Sadeghi, was quoted as saying by the ILNA news agency on Tuesday. Officials had earlier "
      "given a figure of about 1,000. At least 22 people have died in the unrest, the biggest "
      "challenge to the clerical leadership since 2009, according to state media, most of them "
      "in clashes with security forces in small towns. Tehran's revolutionary court chief said on "
      "Monday that some of those arrested could face the death penalty for \"waging war against "
      "God\". The Revolutionary Guards have said that 90 percent of those detained were under "
      "25.",
      [C("About 3,700", 3700, "about", "detained", "people arrested in Iran", SADEGHI,
         attr_alt=["the ILNA news agency"]),
       C("about 1,000", 1000, "about", "detained", "people arrested (earlier figure)",
         "Officials"),
       C("At least 22", 22, "at_least", "killed", "people in Iran's unrest", "state media"),
       C("90 percent", 90, "exact", "detained", "share of detainees under 25",
         "The Revolutionary Guards", optional=True)],
      published="2018-01-09"),

    P("d32_011",
      "Iran carries out first execution over protests\n"
      "Published 8 December 2022\n"
      "Iran has hanged a man convicted of wounding a member of the Basij militia with a knife and "
      "blocking a street in Tehran during the nationwide protests, the first known execution "
      "linked to the unrest. Mohsen Shekari, 23, had been sentenced to death by a Revolutionary "
      "Court on 1 November for \"waging war against God\", the judiciary's Mizan news agency "
      "reported. Oslo-based Iran Human Rights (IHR) says at least 12 other people have been "
      "sentenced to death in connection with the protests and that dozens more face charges that "
      "carry the death penalty. The group says at least 458 protesters, among them 63 children, "
      "have been killed by security forces since the death in custody of Mahsa Amini in "
      "September. The authorities have not given an overall toll.",
      [C("at least 12", 12, "at_least", "detained", "people sentenced to death", IHR),
       C("dozens", 12, "vague", "detained", "people facing capital charges", IHR,
         cat_alt=["other"]),
       C("at least 458", 458, "at_least", "killed", "protesters", "The group",
         attr_alt=[IHR]),
       C("63", 63, "exact", "killed", "children", "The group", attr_alt=[IHR])],
      published="2022-12-08"),

    # --- Africa ----------------------------------------------------------------------------
    P("d32_012",
      "NAIROBI, Aug 12 (Reuters) - Kenya's state-funded human rights commission said on Saturday "
      "that 24 people had been shot dead by police since Tuesday's presidential election, as "
      "protests flared in opposition strongholds after Uhuru Kenyatta was declared the winner "
      "with 54.3 percent of the vote. Opposition leader Raila Odinga, who won 44.7 percent, told "
      "supporters in Nairobi's Kibera slum that more than 100 people had been killed, a figure no "
      "independent body has confirmed. Acting Interior Minister Fred Matiang'i said police had "
      "shot \"criminals\" looting shops, not peaceful protesters, and that fewer than 10 people "
      "had died. A 9-year-old girl was killed by a stray bullet in the Mathare area, her family "
      "said. Turnout was 78.9 percent, according to the election board.",
      [C("24", 24, "exact", "killed", "people shot dead by police", KNCHR),
       C("more than 100", 100, "more_than", "killed", "people (opposition count)", ODINGA),
       C("fewer than 10", 10, "fewer_than", "killed", "people (government count)", MATIANGI)]),

    P("d32_013",
      "Ethiopia's Irreecha stampede: what we know\n"
      "• What happened: Security forces fired tear gas and warning shots into a crowd of "
      "hundreds of thousands at the Irreecha thanksgiving festival in Bishoftu, about 40 km "
      "south-east of Addis Ababa, on Sunday, setting off a stampede into a ditch and a lake.\n"
      "• The toll: 55 people died, according to the government, which has declared three days "
      "of national mourning.\n"
      "• The opposition Oromo Federalist Congress says at least 678 people were killed, a figure "
      "it says is based on bodies collected by families and volunteers.\n"
      "• Human Rights Watch has said more than 500 people were killed by security forces in "
      "Oromia and Amhara in the year before the festival, during protests that began in November "
      "2015.\n"
      "• Arrests: dozens of people accused of inciting the crowd have been detained (Oromia "
      "regional police).",
      [C("hundreds of thousands", 100000, "vague", "other", "festival crowd"),
       C("55", 55, "exact", "killed", "people in the stampede", "the government"),
       C("at least 678", 678, "at_least", "killed", "people (opposition count)", OFC),
       C("more than 500", 500, "more_than", "killed", "people killed in Oromia and Amhara",
         HRW),
       C("dozens", 12, "vague", "detained", "people accused of inciting the crowd",
         "Oromia regional police")]),

    P("d32_014",
      "Burundi refugee outflow passes 50,000\n"
      "Briefing notes | 8 May 2015\n"
      "More than 50,000 people have fled Burundi into neighbouring countries over the past month "
      "amid violence linked to President Pierre Nkurunziza's bid for a third term, UNHCR said "
      "today. Rwanda has received 25,004 refugees, Tanzania some 17,700 and the Democratic "
      "Republic of the Congo about 7,000, most of them women and children. Burundi's Red Cross "
      "says at least 13 people have been killed in two weeks of street protests in Bujumbura, "
      "while police say 37 officers have been wounded. UNHCR has airlifted 40 tonnes of relief "
      "items, including tents and blankets, to Kigali.",
      [C("50,000", 50000, "more_than", "displaced", "refugees from Burundi (headline)",
         ctx="passes 50,000"),
       C("More than 50,000", 50000, "more_than", "displaced", "people who fled Burundi",
         "UNHCR"),
       C("25,004", 25004, "exact", "displaced", "refugees in Rwanda", "UNHCR",
         attr_alt=[None]),
       C("some 17,700", 17700, "about", "displaced", "refugees in Tanzania", "UNHCR",
         attr_alt=[None]),
       C("about 7,000", 7000, "about", "displaced", "refugees in DR Congo", "UNHCR",
         attr_alt=[None]),
       C("at least 13", 13, "at_least", "killed", "people in Bujumbura protests",
         "Burundi's Red Cross"),
       C("37", 37, "exact", "injured", "police officers", "police"),
       C("40", 40, "exact", "aid", "tonnes of relief items airlifted", attr_alt=["UNHCR"])],
      published="2015-05-08"),

    P("d32_015",
      "KINSHASA (AFP) - Security forces killed at least five people in Kinshasa on Sunday as they "
      "broke up marches called by Catholic lay activists demanding that President Joseph Kabila "
      "step down, the UN mission in Congo, MONUSCO, said. The Catholic Church's lay coordination "
      "committee (CLC) put the toll at eight and said 123 people had been arrested, among them "
      "dozens of altar boys and priests. Police spokesman Colonel Pierrot Mwanamputu said no one "
      "had been killed by the police and that 82 people had been detained in the capital. "
      "Internet and SMS services were cut across the country for the second time in a month. "
      "Kabila, 46, has ruled since 2001; his second and final term expired in December 2016.",
      [C("at least five", 5, "at_least", "killed", "people in Kinshasa", MONUSCO),
       C("eight", 8, "exact", "killed", "people (Church count)", CLC),
       C("123", 123, "exact", "detained", "people arrested", CLC),
       C("dozens", 12, "vague", "detained", "altar boys and priests arrested", CLC),
       C("82", 82, "exact", "detained", "people detained (police count)", MWANAMPUTU)]),

    P("d32_016",
      "Guinea: Nine people killed in protests against a new constitution\n"
      "Press release | 1 November 2019\n"
      "At least nine people, including a 14-year-old boy, have been shot dead by security forces "
      "since protests against a proposed new constitution began on 14 October, Amnesty "
      "International said today. One gendarme was also killed, in Mamou, according to the "
      "authorities. The organization has documented the arrest of more than 70 people in Conakry "
      "and Mamou, among them seven leaders of the National Front for the Defence of the "
      "Constitution (FNDC), who were sentenced to between six months and one year in prison on "
      "22 October. Dozens of people were injured by live bullets and tear gas canisters in the "
      "suburbs along the Route Le Prince.",
      [C("Nine", 9, "exact", "killed", "people (headline)"),
       C("At least nine", 9, "at_least", "killed", "people shot dead by security forces", AI),
       C("One", 1, "exact", "killed", "gendarme", "the authorities"),
       C("more than 70", 70, "more_than", "detained", "people arrested", AI,
         attr_alt=["The organization"]),
       C("seven", 7, "exact", "detained", "FNDC leaders sentenced", AI,
         attr_alt=["The organization"]),
       C("Dozens", 12, "vague", "injured", "people injured", attr_alt=[AI])],
      published="2019-11-01"),

    P("d32_017",
      "BAMAKO, July 13, 2020 (Reuters) - Eleven people were killed and 124 injured in three days "
      "of unrest in Mali's capital, Prime Minister Boubou Cisse said on Monday, as the opposition "
      "coalition leading protests against President Ibrahim Boubacar Keita urged its supporters "
      "to keep up the campaign. The June 5 Movement (M5-RFP) said 23 people had died, most of "
      "them shot by members of an anti-terrorism unit. Security forces detained at least 20 "
      "opposition leaders and activists over the weekend, although several were freed on Monday, "
      "M5-RFP spokesman Nouhoum Togo told Reuters. Imam Mahmoud Dicko, 66, whose followers made "
      "up much of the crowds, called for calm.",
      [C("Eleven", 11, "exact", "killed", "people in Bamako", CISSE),
       C("124", 124, "exact", "injured", "people in Bamako", CISSE),
       C("23", 23, "exact", "killed", "people (opposition count)", M5),
       C("at least 20", 20, "at_least", "detained", "opposition leaders and activists", TOGO)],
      published="2020-07-13"),

    # --- Latin America ---------------------------------------------------------------------
    P("d32_018",
      "SAO PAULO, June 21 (Reuters) - More than a million Brazilians took to the streets in at "
      "least 100 cities on Thursday night, according to a tally of police figures by the G1 news "
      "portal, in the biggest protests the country has seen in two decades. In Rio de Janeiro, "
      "police estimated the crowd at 300,000, while the Free Fare Movement said the turnout in "
      "Sao Paulo alone had topped 100,000. An 18-year-old man died after a driver rammed a group "
      "of protesters blocking a road in Ribeirao Preto. At least 62 people were injured in Rio, "
      "where police fired tear gas and rubber bullets near city hall, the state health department "
      "said. The protests began over a 20-centavo rise in bus fares.",
      [C("More than a million", 1_000_000, "more_than", "other", "protesters across Brazil", G1,
         attr_alt=["the G1 news portal"]),
       C("at least 100", 100, "at_least", "other", "cities with protests", G1,
         attr_alt=["the G1 news portal"], optional=True),
       C("300,000", 300000, "exact", "other", "crowd in Rio de Janeiro", "police"),
       C("100,000", 100000, "more_than", "other", "protesters in Sao Paulo",
         "the Free Fare Movement"),
       C("At least 62", 62, "at_least", "injured", "people in Rio",
         "the state health department")]),

    P("d32_019",
      "CARACAS, Venezuela (AP) — Venezuela's chief prosecutor said Tuesday that 124 people had "
      "been killed in four months of anti-government protests, and that security forces were "
      "responsible for at least 46 of the deaths. Luisa Ortega Díaz, who broke with President "
      "Nicolás Maduro in March, said a further 1,958 people had been injured. The Foro Penal "
      "rights group says more than 5,000 people have been arrested since April 1, of whom about "
      "1,300 remain behind bars and 609 have been brought before military courts. Maduro blames "
      "the violence on opposition \"terrorists\" and says 10 police officers and national "
      "guardsmen have been killed.",
      [C("124", 124, "exact", "killed", "people in four months of protests", FISCAL),
       C("at least 46", 46, "at_least", "killed", "deaths caused by security forces", FISCAL),
       C("1,958", 1958, "exact", "injured", "people injured", ORTEGA, attr_alt=[FISCAL]),
       C("more than 5,000", 5000, "more_than", "detained", "people arrested", FORO),
       C("about 1,300", 1300, "about", "detained", "people still behind bars", FORO),
       C("609", 609, "exact", "detained", "people before military courts", FORO,
         cat_alt=["other"]),
       C("10", 10, "exact", "killed", "police officers and national guardsmen", "Maduro")]),

    P("d32_020",
      "LIMA (EFE) — Two young men were killed and at least 94 people injured during Saturday "
      "night's protests in Lima against the interim government of Manuel Merino, Peru's "
      "Ombudsman's Office said on Sunday. Jack Bryan Pintado, 22, was hit by 11 pellets, and Inti "
      "Sotelo, 24, by a bullet in the chest, according to the health ministry. The National "
      "Coordinator for Human Rights (CNDDHH) said 41 people were unaccounted for after the police "
      "crackdown, most of them students; by Sunday evening it had located 38 of them. Merino, who "
      "took office on Tuesday, resigned hours later.",
      [C("Two", 2, "exact", "killed", "young men in Lima", PE_OMBUDS),
       C("at least 94", 94, "at_least", "injured", "people in Lima", PE_OMBUDS),
       C("11", 11, "exact", "munitions", "pellets that hit one protester", "the health ministry",
         cat_alt=["other"], optional=True),
       C("41", 41, "exact", "missing", "people unaccounted for", CNDDHH),
       C("38", 38, "exact", "other", "missing people located", CNDDHH, cat_alt=["missing"],
         attr_alt=["it"])]),

    P("d32_021",
      "Eight dead in Nochixtlán as police clear teachers' blockade\n"
      "Monday, June 20, 2016\n"
      "Eight people were killed and more than 100 injured on Sunday when federal and state police "
      "moved to clear a highway blockade set up by dissident teachers of the CNTE union in "
      "Asunción Nochixtlán, Oaxaca, state officials said. The National Security Commission said "
      "55 officers had been hurt, 41 of them federal police, and at first denied that its agents "
      "had carried firearms. It later acknowledged that an armed unit had been sent in after "
      "officers came under fire. Twenty-three people were arrested. The teachers have been "
      "protesting since May 15 against an education reform passed in 2013.",
      [C("Eight", 8, "exact", "killed", "people in Nochixtlán (headline)", ctx="Eight dead"),
       C("Eight", 8, "exact", "killed", "people in Nochixtlán", "state officials",
         ctx="Eight people"),
       C("more than 100", 100, "more_than", "injured", "people in Nochixtlán",
         "state officials"),
       C("55", 55, "exact", "injured", "police officers", CNS),
       C("41", 41, "exact", "injured", "federal police officers", CNS),
       C("Twenty-three", 23, "exact", "detained", "people arrested", CNS,
         attr_alt=["It", None])],
      published="2016-06-20"),

    P("d32_022",
      "QUITO, June 30 (Reuters) - Ecuador's government and indigenous groups signed a deal on "
      "Thursday to end 18 days of protests over fuel prices that left six people dead, according "
      "to the ombudsman's office, the worst unrest since October 2019. Under the agreement, "
      "brokered by the Catholic Church, the government will cut the price of diesel and gasoline "
      "by 15 cents a gallon, to $1.75 and $2.40. Interior Minister Patricio Carrillo said 336 "
      "police officers and soldiers had been injured during the strike and that one soldier had "
      "been killed in an attack on a fuel convoy in the Amazon. The CONAIE indigenous "
      "confederation says 335 protesters were hurt and 150 arrested. Roadblocks cost the economy "
      "about $1 billion, the central bank estimated.",
      [C("six", 6, "exact", "killed", "people in 18 days of protests", "the ombudsman's office"),
       C("336", 336, "exact", "injured", "police officers and soldiers", CARRILLO),
       C("one", 1, "exact", "killed", "soldier", CARRILLO),
       C("335", 335, "exact", "injured", "protesters", CONAIE),
       C("150", 150, "exact", "detained", "protesters arrested", CONAIE)]),

    # --- Asia --------------------------------------------------------------------------------
    P("d32_023",
      "HONG KONG (Reuters) - Hong Kong police fired about 150 rounds of tear gas, as well as "
      "rubber bullets and bean-bag rounds, to clear tens of thousands of protesters who had "
      "surrounded the Legislative Council on Wednesday, Police Commissioner Stephen Lo said, "
      "calling the unrest a \"riot\". The Hospital Authority said 81 people had been injured, "
      "two of them seriously, by 10 p.m. Lo said 22 officers had been hurt and 11 people "
      "arrested. Organisers said a march on Sunday against the extradition bill had drawn more "
      "than a million people; police put the crowd at 240,000 at its peak. Debate on the bill, "
      "which would allow suspects to be sent to mainland China for trial, was postponed.",
      [C("about 150", 150, "about", "munitions", "rounds of tear gas fired", LO,
         cat_alt=["other"]),
       C("tens of thousands", 10000, "vague", "other", "protesters around the Legislative "
         "Council", LO, attr_alt=[None]),
       C("81", 81, "exact", "injured", "people", HA),
       C("two", 2, "exact", "injured", "people seriously injured", HA),
       C("22", 22, "exact", "injured", "police officers", LO, attr_alt=["Lo"]),
       C("11", 11, "exact", "detained", "people arrested", LO, attr_alt=["Lo"]),
       C("more than a million", 1_000_000, "more_than", "other", "marchers (organisers)",
         "Organisers"),
       C("240,000", 240000, "exact", "other", "marchers at the peak (police)", "police")]),

    P("d32_024",
      "Jakarta riots: Eight dead, 737 injured, says governor\n"
      "Jakarta / Thu, May 23, 2019 / 09:05 am\n"
      "Eight people were killed and 737 injured in two nights of rioting in Central Jakarta that "
      "followed the announcement of President Joko \"Jokowi\" Widodo's re-election, Governor "
      "Anies Baswedan said on Wednesday. Most of the injured were treated at Tarakan and Budi "
      "Kemuliaan hospitals, he said. National Police spokesman Insp. Gen. Muhammad Iqbal said 257 "
      "suspected rioters had been arrested and that envelopes of cash had been found on some of "
      "them, suggesting the riots had been \"paid for\". Jokowi won 55.5 percent of the vote "
      "against 44.5 percent for Prabowo Subianto, who has refused to concede. Some 58,000 police "
      "and military personnel remain deployed across the capital.",
      [C("Eight", 8, "exact", "killed", "people in Jakarta (headline)", "governor",
         attr_alt=[ANIES], ctx="Eight dead"),
       C("737", 737, "exact", "injured", "people in Jakarta (headline)", "governor",
         attr_alt=[ANIES], ctx="737 injured, says"),
       C("Eight", 8, "exact", "killed", "people in Jakarta", ANIES, ctx="Eight people"),
       C("737", 737, "exact", "injured", "people in Jakarta", ANIES, ctx="737 injured in"),
       C("257", 257, "exact", "detained", "suspected rioters arrested", IQBAL),
       C("Some 58,000", 58000, "about", "troops", "police and military personnel deployed")],
      published="2019-05-23"),

    P("d32_025",
      "Thoothukudi police firing: toll rises to 13\n"
      "Updated - May 23, 2018 11:45 pm IST\n"
      "THOOTHUKUDI: The death toll in police firing on protesters demanding the closure of "
      "Vedanta's Sterlite Copper smelter rose to 13 on Wednesday after a 22-year-old man died of "
      "his injuries at the Government Medical College Hospital, district officials said. Police "
      "said they had opened fire on Tuesday only after a crowd of about 20,000 people marching to "
      "the Collectorate on the 100th day of the agitation turned violent and set vehicles ablaze. "
      "At least 65 people, including 34 policemen, were being treated for injuries, the officials "
      "said. Prohibitory orders under Section 144 remained in force and internet services were "
      "suspended in three districts. The State government announced a compensation of ₹10 lakh "
      "to the families of the dead.",
      [C("13", 13, "exact", "killed", "people in police firing (headline)", ctx="rises to 13"),
       C("13", 13, "exact", "killed", "people in police firing", TN_OFFICIALS,
         ctx="rose to 13"),
       C("about 20,000", 20000, "about", "other", "marchers", "Police"),
       C("At least 65", 65, "at_least", "injured", "people treated for injuries", TN_OFFICIALS,
         attr_alt=["the officials"]),
       C("34", 34, "exact", "injured", "policemen", TN_OFFICIALS, attr_alt=["the officials"]),
       C("three", 3, "exact", "other", "districts with internet suspended", optional=True)],
      published="2018-05-23"),

    P("d32_026",
      "Lucknow, Dec 28 (PTI) Uttar Pradesh Police on Saturday said 19 people had died in violence "
      "during protests against the Citizenship (Amendment) Act across the state since December "
      "19, and that 288 policemen had been injured, 61 of them by gunfire. Director General of "
      "Police O P Singh said 1,113 people had been arrested and 5,558 others taken into "
      "preventive custody. He denied that a single bullet had been fired by the police in most "
      "districts, saying many of the deaths were caused by \"crossfire\" among protesters. Mobile "
      "internet remained suspended in 21 of the state's 75 districts. Families of several of the "
      "dead have told reporters their relatives were killed by police bullets.",
      [C("19", 19, "exact", "killed", "people in CAA protests", UP_POLICE, ctx="19 people"),
       C("288", 288, "exact", "injured", "policemen", UP_POLICE),
       C("61", 61, "exact", "injured", "policemen hit by gunfire", UP_POLICE),
       C("1,113", 1113, "exact", "detained", "people arrested", UP_DGP),
       C("5,558", 5558, "exact", "detained", "people in preventive custody", UP_DGP),
       C("21", 21, "exact", "other", "districts with internet suspended", optional=True),
       C("75", 75, "exact", "other", "districts in the state", optional=True,
         cat_alt=["infrastructure"])]),

    P("d32_027",
      "SRINAGAR, July 15 (Reuters) - The toll from a week of clashes in Indian Kashmir rose to 36 "
      "on Friday when a teenager hit by a tear gas shell died in hospital, as authorities "
      "extended a curfew across most of the Kashmir valley for a seventh day. More than 1,500 "
      "people have been wounded since the killing of militant commander Burhan Wani on July 8, "
      "at least 100 of them by shotgun pellets in the eyes, doctors at Srinagar's SMHS hospital "
      "said. Between 40 and 50 of the pellet victims may lose their sight, a senior "
      "ophthalmologist at the hospital told Reuters. Police said 1,200 security personnel had "
      "also been injured and that protesters had attacked 37 police stations and camps. "
      "Newspapers were barred from publishing for three days.",
      [C("36", 36, "exact", "killed", "people in a week of clashes", attr_alt=[SMHS]),
       C("More than 1,500", 1500, "more_than", "injured", "people wounded", SMHS),
       C("at least 100", 100, "at_least", "injured", "people hit in the eyes by pellets", SMHS),
       C("Between 40 and 50", 40, "range", "injured", "pellet victims who may lose sight",
         OPHTHALMOLOGIST, high=50),
       C("1,200", 1200, "exact", "injured", "security personnel", "Police"),
       C("37", 37, "exact", "infrastructure", "police stations and camps attacked", "Police",
         cat_alt=["other"])]),

    P("d32_028",
      "LAHORE: Activists of the banned Tehreek-i-Labbaik Pakistan (TLP) on Sunday released 11 "
      "policemen, among them a deputy superintendent, whom they had held hostage for several "
      "hours at the party's headquarters on Multan Road, Punjab police said. Three TLP workers "
      "were killed and dozens injured in the clashes, the party claimed, while the police put the "
      "number of injured officers at 15. Interior Minister Sheikh Rashid Ahmed said in a video "
      "message that talks with the TLP had been successful. Since the party's chief, Saad Rizvi, "
      "was arrested on April 12, two policemen have been killed and more than 580 injured in "
      "protests across the country, according to an earlier police statement. The government had "
      "also called in the paramilitary Rangers, deploying 2,000 personnel in Lahore.",
      [C("11", 11, "exact", "hostages", "policemen held hostage", PUNJAB_POLICE),
       C("Three", 3, "exact", "killed", "TLP workers", TLP, attr_alt=["the party"]),
       C("dozens", 12, "vague", "injured", "TLP workers", TLP, attr_alt=["the party"]),
       C("15", 15, "exact", "injured", "police officers", PUNJAB_POLICE,
         attr_alt=["the police"]),
       C("two", 2, "exact", "killed", "policemen since Rizvi's arrest", TLP_STATEMENT),
       C("more than 580", 580, "more_than", "injured", "policemen since Rizvi's arrest",
         TLP_STATEMENT),
       C("2,000", 2000, "exact", "troops", "Rangers deployed in Lahore",
         attr_alt=["The government"])]),

    P("d32_029",
      "ALMATY, Dec 17, 2011 (Reuters) - The death toll from clashes between police and striking "
      "oil workers in the western Kazakh town of Zhanaozen rose to 14 on Saturday, the "
      "prosecutor-general's office said, and President Nursultan Nazarbayev imposed a 20-day "
      "state of emergency and curfew in the town. Another 86 people were injured, 20 of them "
      "police officers, it said. Police have detained 70 people suspected of rioting and looting, "
      "a police spokeswoman said. Opposition activists say the real toll is much higher. "
      "Zhanaozen, an oil town of about 90,000 people, has been the scene of a strike by hundreds "
      "of workers from the state-owned OzenMunaiGas since May.",
      [C("14", 14, "exact", "killed", "people in Zhanaozen", KZ_PG),
       C("86", 86, "exact", "injured", "people in Zhanaozen", KZ_PG, attr_alt=["it"]),
       C("20", 20, "exact", "injured", "police officers", KZ_PG, attr_alt=["it"],
         ctx="20 of them"),
       C("70", 70, "exact", "detained", "people suspected of rioting and looting",
         "a police spokeswoman"),
       C("about 90,000", 90000, "about", "population", "residents of Zhanaozen"),
       C("hundreds", 100, "vague", "other", "striking oil workers")],
      published="2011-12-17"),

    P("d32_030",
      "DUSHANBE (AFP) - Tajikistan's interior ministry said Wednesday that security forces had "
      "\"neutralised\" eight members of \"organised criminal groups\" and detained 13 others in "
      "an \"anti-terrorist operation\" in the restive Gorno-Badakhshan region, where protests "
      "flared last week. One member of the security forces was killed and 13 were wounded, the "
      "ministry said. Local activists told AFP that at least 21 people had been killed near the "
      "town of Rushan, many of them civilians, and that dozens of young men had been taken away "
      "by security forces and not heard from since. The region, home to about 220,000 people, "
      "has been largely cut off from the internet since November.",
      [C("eight", 8, "exact", "killed", "members of 'criminal groups' neutralised", TJ_MVD),
       C("13", 13, "exact", "detained", "people detained", TJ_MVD, ctx="detained 13 others"),
       C("One", 1, "exact", "killed", "member of the security forces", TJ_MVD,
         attr_alt=["the ministry"]),
       C("13", 13, "exact", "injured", "members of the security forces", TJ_MVD,
         attr_alt=["the ministry"], ctx="13 were wounded"),
       C("at least 21", 21, "at_least", "killed", "people near Rushan", "Local activists"),
       C("dozens", 12, "vague", "missing", "young men taken away and not heard from",
         "Local activists", cat_alt=["detained"]),
       C("about 220,000", 220000, "about", "population", "residents of Gorno-Badakhshan")]),

    # --- Europe ------------------------------------------------------------------------------
    P("d32_031",
      "France pension strike: ministry counts 1.28 million marchers, unions say 3.5 million\n"
      "Issued on: 07/03/2023 - 22:40\n"
      "Some 1.28 million people marched across France on Tuesday against President Emmanuel "
      "Macron's plan to raise the retirement age from 62 to 64, the interior ministry said, the "
      "largest turnout since the protests began in January. The CGT union put the figure at more "
      "than 3.5 million. In Paris, police counted 81,000 marchers, while the CGT said 700,000. "
      "Interior Minister Gérald Darmanin said 22 people had been arrested nationwide and that "
      "11,000 police and gendarmes had been deployed, 4,200 of them in the capital. Rail traffic "
      "was cut by 80 percent.",
      [C("1.28 million", 1_280_000, "exact", "other", "marchers (headline, ministry)",
         "ministry", attr_alt=["the interior ministry"], ctx="counts 1.28 million"),
       C("3.5 million", 3_500_000, "exact", "other", "marchers (headline, unions)", "unions",
         attr_alt=[CGT], ctx="say 3.5 million"),
       C("Some 1.28 million", 1_280_000, "about", "other", "marchers across France",
         "the interior ministry"),
       C("more than 3.5 million", 3_500_000, "more_than", "other", "marchers (CGT)", CGT),
       C("81,000", 81000, "exact", "other", "marchers in Paris (police)", "police"),
       C("700,000", 700000, "exact", "other", "marchers in Paris (CGT)", "the CGT",
         attr_alt=[CGT]),
       C("22", 22, "exact", "detained", "people arrested", DARMANIN, ctx="22 people"),
       C("11,000", 11000, "exact", "troops", "police and gendarmes deployed", DARMANIN,
         cat_alt=["other"]),
       C("4,200", 4200, "exact", "troops", "police and gendarmes in Paris", DARMANIN,
         cat_alt=["other"])],
      published="2023-03-07"),

    P("d32_032",
      "HAMBURG (dpa) - A total of 476 police officers were injured during three days of protests "
      "and rioting around the G20 summit in Hamburg, police said on Sunday, revising an earlier "
      "figure of 213. Police said 186 people had been arrested and 225 taken into temporary "
      "custody, and that officers had been attacked with bottles, paving stones and fireworks. "
      "Rioters set fire to dozens of cars and looted shops in the Schanzenviertel district on "
      "Friday night, where special forces were sent in after 2 am. There was no official count of "
      "injured protesters; a lawyers' group working with the demonstrators said hundreds had been "
      "hurt. Around 20,000 police officers from across Germany were deployed for the summit.",
      [C("476", 476, "exact", "injured", "police officers", "police"),
       C("213", 213, "exact", "injured", "police officers (earlier figure)", "police"),
       C("186", 186, "exact", "detained", "people arrested", "Police"),
       C("225", 225, "exact", "detained", "people in temporary custody", "Police"),
       C("dozens", 12, "vague", "other", "cars set on fire", cat_alt=["infrastructure"],
         optional=True),
       C("hundreds", 100, "vague", "injured", "protesters hurt", LAWYERS),
       C("Around 20,000", 20000, "about", "troops", "police officers deployed",
         cat_alt=["other"])]),

    P("d32_033",
      "AMSTERDAM, Jan 26, 2021 (Reuters) - Dutch police arrested 184 people on Monday night in a "
      "third night of rioting over a coronavirus curfew, the first in the Netherlands since World "
      "War Two, the national police said on Tuesday. Ten officers were injured, the police said, "
      "as rioters threw stones and fireworks and set fires in Rotterdam, Amsterdam, The Hague and "
      "a dozen other towns. In Rotterdam, Mayor Ahmed Aboutaleb said police had fired warning "
      "shots and that 10 shops had been looted in the city's south. No deaths were reported. The "
      "curfew runs from 9 p.m. to 4:30 a.m. and breaking it carries a fine of 95 euros.",
      [C("184", 184, "exact", "detained", "people arrested", NL_POLICE,
         attr_alt=["Dutch police"]),
       C("Ten", 10, "exact", "injured", "police officers", NL_POLICE,
         attr_alt=["the police"]),
       C("a dozen", 12, "exact", "other", "other towns with rioting", NL_POLICE,
         attr_alt=["the police"], optional=True),
       C("10", 10, "exact", "infrastructure", "shops looted in Rotterdam", ABOUTALEB,
         cat_alt=["other"])],
      published="2021-01-26"),

    P("d32_034",
      "Belgrade protest: 43 police officers injured, 23 arrested\n"
      "July 8, 2020\n"
      "Forty-three police officers and 17 protesters were injured overnight in clashes outside "
      "the National Assembly in Belgrade after President Aleksandar Vučić announced a weekend "
      "curfew to curb the spread of COVID-19, Police Director Vladimir Rebić said on Wednesday. "
      "Twenty-three people were arrested, he said. Thousands of protesters briefly forced their "
      "way into the parliament building before riot police drove them back with tear gas. Vučić "
      "later indicated that the curfew would be dropped. Serbia recorded 299 new coronavirus "
      "cases and 13 deaths in the past 24 hours, its highest daily figures since May.",
      [C("43", 43, "exact", "injured", "police officers (headline)"),
       C("23", 23, "exact", "detained", "people arrested (headline)"),
       C("Forty-three", 43, "exact", "injured", "police officers", REBIC),
       C("17", 17, "exact", "injured", "protesters", REBIC),
       C("Twenty-three", 23, "exact", "detained", "people arrested", REBIC, attr_alt=["he"]),
       C("Thousands", 1000, "vague", "other", "protesters at parliament"),
       C("299", 299, "exact", "other", "new coronavirus cases", attr_alt=["Serbia"]),
       C("13", 13, "exact", "killed", "coronavirus deaths", attr_alt=["Serbia"])],
      published="2020-07-08"),

    P("d32_035",
      "Catalonia unrest: 525,000 march in Barcelona as clashes leave nearly 600 injured\n"
      "Barcelona - 19 OCT 2019 - 13:10 CEST\n"
      "Some 525,000 people joined five \"freedom marches\" that converged on Barcelona on Friday "
      "in protest at the prison terms of between nine and 13 years handed down on Monday to nine "
      "Catalan separatist leaders, the city's police said. Catalonia's emergency services said "
      "182 people were treated for injuries on Friday alone, bringing the total since Monday to "
      "nearly 600, including 289 police officers. The interior ministry said 83 people had been "
      "arrested across Catalonia on Friday night, when hooded protesters set fire to barricades "
      "and threw paving stones at police in the Via Laietana. No deaths were reported. A general "
      "strike closed factories and the Sagrada Familia basilica.",
      [C("525,000", 525000, "exact", "other", "marchers (headline)", ctx="unrest: 525,000"),
       C("nearly 600", 600, "about", "injured", "people injured (headline)",
         ctx="leave nearly 600"),
       C("Some 525,000", 525000, "about", "other", "marchers in Barcelona", BCN_POLICE),
       C("five", 5, "exact", "other", "marches", BCN_POLICE, optional=True),
       C("nine", 9, "exact", "detained", "separatist leaders sentenced", attr_alt=[BCN_POLICE],
         ctx="nine Catalan"),
       C("182", 182, "exact", "injured", "people treated on Friday", CAT_EMERG),
       C("nearly 600", 600, "about", "injured", "people treated since Monday", CAT_EMERG,
         ctx="to nearly 600"),
       C("289", 289, "exact", "injured", "police officers", CAT_EMERG),
       C("83", 83, "exact", "detained", "people arrested", "The interior ministry")],
      published="2019-10-19"),

    P("d32_036",
      "SKOPJE, April 28 (Reuters) - Seventy-seven people were injured, among them 22 police "
      "officers and several members of parliament, when nationalist protesters stormed "
      "Macedonia's parliament on Thursday evening, the health ministry said. Social Democrat "
      "leader Zoran Zaev, 42, was filmed with blood streaming down his face; he was among 10 "
      "lawmakers hurt, his party said. About 200 protesters, some of them masked, forced their way "
      "into the chamber after lawmakers elected ethnic Albanian Talat Xhaferi as speaker with the "
      "votes of 61 of the 120 deputies. Police said they had identified 15 suspects and would "
      "press charges. The European Union and NATO condemned the violence.",
      [C("Seventy-seven", 77, "exact", "injured", "people in parliament", "the health ministry"),
       C("22", 22, "exact", "injured", "police officers", "the health ministry"),
       C("10", 10, "exact", "injured", "lawmakers", "his party"),
       C("About 200", 200, "about", "other", "protesters who entered the chamber"),
       C("15", 15, "exact", "detained", "suspects identified", "Police", cat_alt=["other"],
         attr_alt=[None])]),

    P("d32_037",
      "KFOR statement on the situation in northern Kosovo\n"
      "29 May 2023\n"
      "During the clashes in Zvečan this afternoon, 30 soldiers of the KFOR contingents from "
      "Italy and Hungary were wounded while countering the most active fringes of the crowd. "
      "Nineteen Hungarian soldiers and 11 Italian soldiers sustained injuries, including "
      "fractures and burns from improvised incendiary devices; three of the Hungarian soldiers "
      "are in a serious but stable condition. KFOR troops were attacked with stones, Molotov "
      "cocktails and stun grenades. KFOR, which has some 3,800 troops in Kosovo, will continue to "
      "fulfil its mandate impartially.",
      [C("30", 30, "exact", "injured", "KFOR soldiers", attr_alt=["KFOR"]),
       C("Nineteen", 19, "exact", "injured", "Hungarian soldiers", attr_alt=["KFOR"]),
       C("11", 11, "exact", "injured", "Italian soldiers", attr_alt=["KFOR"]),
       C("three", 3, "exact", "injured", "Hungarian soldiers in serious condition",
         attr_alt=["KFOR"]),
       C("some 3,800", 3800, "about", "troops", "KFOR troops in Kosovo", attr_alt=["KFOR"])],
      published="2023-05-29"),

    P("d32_038",
      "Tbilisi: 240 injured, 305 detained after night of clashes outside parliament\n"
      "Friday, June 21, 2019\n"
      "The Ministry of Health said on Friday that 240 people had been injured in overnight "
      "clashes outside the parliament in Tbilisi, 80 of them police officers, and that 102 "
      "remained in hospital. The Interior Ministry said 305 people had been detained. Two "
      "protesters, 19-year-old Mariam Kharatishvili and 22-year-old Giorgi Sulashvili, lost an "
      "eye after being hit by rubber bullets, their families said. The protests erupted after "
      "Russian lawmaker Sergei Gavrilov addressed the Georgian parliament from the speaker's "
      "chair. Parliament Speaker Irakli Kobakhidze resigned later on Friday.",
      [C("240", 240, "exact", "injured", "people (headline)", ctx="Tbilisi: 240"),
       C("305", 305, "exact", "detained", "people (headline)", ctx="305 detained after"),
       C("240", 240, "exact", "injured", "people in Tbilisi clashes", GE_MOH, ctx="that 240"),
       C("80", 80, "exact", "injured", "police officers", GE_MOH),
       C("102", 102, "exact", "injured", "people still in hospital", GE_MOH),
       C("305", 305, "exact", "detained", "people detained", "The Interior Ministry",
         ctx="said 305"),
       C("Two", 2, "exact", "injured", "protesters who lost an eye", "their families")],
      published="2019-06-21"),

    P("d32_039",
      "Navalny protests – live updates\n"
      "Jan. 23, 2021\n"
      "21:15 OVD-Info now says at least 3,324 people have been detained in 109 cities today, "
      "including 1,167 in Moscow and 523 in St. Petersburg. It says this is a record for a single "
      "day of protests.\n"
      "19:40 Moscow police say about 4,000 people turned out in the capital; Reuters reporters "
      "estimated the crowd at 40,000 to 50,000.\n"
      "18:02 Navalny's wife, Yulia, was detained on Pushkin Square and later released.\n"
      "16:30 Police have beaten protesters with batons in several cities. Medics say at least 39 "
      "people were treated for injuries in Moscow, among them a woman who was kicked in the "
      "stomach by an officer.",
      [C("at least 3,324", 3324, "at_least", "detained", "people detained across Russia",
         "OVD-Info"),
       C("109", 109, "exact", "other", "cities with detentions", "OVD-Info", optional=True),
       C("1,167", 1167, "exact", "detained", "people detained in Moscow", "OVD-Info"),
       C("523", 523, "exact", "detained", "people detained in St. Petersburg", "OVD-Info"),
       C("about 4,000", 4000, "about", "other", "protesters in Moscow (police)",
         "Moscow police"),
       C("40,000 to 50,000", 40000, "range", "other", "crowd in Moscow (Reuters)",
         "Reuters reporters", high=50000),
       C("at least 39", 39, "at_least", "injured", "people treated in Moscow", "Medics")],
      published="2021-01-23"),

    P("d32_040",
      "Lakhimpur Kheri violence: Eight dead; minister's son booked for murder\n"
      "Written by Express News Service | Lakhimpur Kheri | Updated: October 4, 2021 8:14:02 am\n"
      "Eight people, among them four farmers, were killed in Tikunia on Sunday after a convoy of "
      "vehicles, one of them allegedly carrying Union Minister of State for Home Ajay Mishra's son "
      "Ashish, ran over protesters and violence broke out, police said. The four others who died "
      "were two BJP workers, the driver of one of the vehicles and a local journalist, Raman "
      "Kashyap, 35, according to the district administration. Farmers' unions said more than "
      "10,000 people had gathered to protest against Deputy Chief Minister Keshav Prasad "
      "Maurya's visit to the area. Internet services were suspended in the district and "
      "prohibitory orders under Section 144 were imposed. The state government announced "
      "compensation of ₹45 lakh for the family of each farmer killed.",
      [C("Eight", 8, "exact", "killed", "people in Lakhimpur Kheri (headline)", ctx="Eight dead"),
       C("Eight", 8, "exact", "killed", "people in Tikunia", "police", ctx="Eight people"),
       C("four", 4, "exact", "killed", "farmers", "police", ctx="four farmers"),
       C("four", 4, "exact", "killed", "others who died", UP_ADMIN, ctx="four others"),
       C("two", 2, "exact", "killed", "BJP workers", UP_ADMIN),
       C("more than 10,000", 10000, "more_than", "other", "protesters gathered",
         "Farmers' unions")],
      published="2021-10-04"),
]

EARLIER_SETS = ("devset", *(f"devset{n}" for n in range(2, 32)), "holdout", "holdout2",
                "holdout3")


def build() -> list[Passage]:
    """The passages with offsets, checked."""
    return build_passages(PASSAGES, id_format="d32_{:03d}",
                          checks=[no_sentence_from(*EARLIER_SETS)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
