"""Source of the hundred-and-seventh development set: writes ``passages.jsonl`` next to it.

Thirty-three passages (3–7 sentences) on protests, uprisings, riots and crackdowns in South,
Southeast, East and Central Asia from 1987 to 2025, written for this set (none copied from an
article) in the style of wire copy (Reuters, AP, AFP, UPI, Xinhua-quoting Reuters copy, Kyodo,
Yonhap, CNA, PTI, IANS) and regional English-language papers and broadcasters with their own date
furniture (Dawn, The Express Tribune, Hindustan Times, The Indian Express, Times of India, Deccan
Herald, the Taipei Times, The Korea Herald, The Korea Times, the South China Morning Post, the
Bangkok Post, The Straits Times, Tempo, RFE/RL). Crowd sizes are disputed by organisers and
police, protesters and police are killed and injured, people are arrested, detained, booked and
released, troops and police are deployed, curfews imposed; rights groups' figures are quoted in
news. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the
shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not
facts. One passage holds only non-claims.

Run ``python tests/devset107/build_devset107.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
HERE = Path(__file__).resolve().parent

HINDRAF = "organisers from the Hindu Rights Action Force (Hindraf)"
ZULHASNAN = "Kuala Lumpur police chief Zulhasnan Najib"
UTHAYAKUMAR = "Hindraf lawyer P. Uthayakumar"
KP_SPOKESMAN = "A police spokesman"
SINGH = "Moradabad divisional commissioner Aunjaneya Kumar Singh"
BYC = "Baloch Yakjehti Committee (BYC)"
BAL_GOV = "The provincial government"
RIND = "spokesman Shahid Rind"
HRCP = "The Human Rights Commission of Pakistan"
MAJROH = "Health ministry spokesman Waheed Majroh"
KMP = ("Organizers of the Kilusang Magbubukid ng Pilipinas (Peasant Movement of the "
       "Philippines)")
MONTANO = "Gen. Ramon Montaño, the Metropolitan Command chief"
ICHRD = "the Hong Kong-based Information Centre for Human Rights and Democracy"
SHIFANG = "a city spokesman"
XINHUA = "the official Xinhua news agency"
SHIFANG_RES = "Residents reached by telephone"
WANG = "Taipei City Police Department Commissioner Wang Cho-chiun"
TW_ORG = "Organizers from several civic groups"
ZHONGZHENG = "the Zhongzheng First Police Precinct"
MAD_COW = "Organizers from the People's Association for Measures Against Mad Cow Disease"
SMPA = "The Seoul Metropolitan Police Agency"
UKMK = "the State Committee for National Security (UKMK)"
ALMATY = "Police in Almaty"
KIBHR = "Rights group Kazakhstan International Bureau for Human Rights"
PATHAK = "Special Commissioner of Police (Law and Order) Dependra Pathak"
SINGHAL = "Police commissioner Ravinder Singhal"
HARSHA = "Police Commissioner P S Harsha"
DEDI = "national police spokesman Dedi Prasetyo"
KONTRAS = "The Papua branch of the rights group Kontras"
LAKOTANI = "West Papua deputy governor Mohamad Lakotani"
TEMPO_DEDI = "spokesman Dedi Prasetyo"
SAHNI = "Inspector General (Bareilly range) Ajay Kumar Sahni"
ERAWAN = "the Erawan Emergency Medical Centre"
KCTU = "Organizers, including the Korean Confederation of Trade Unions (KCTU)"
KNPA = "The National Police Agency"
NG = "Commissioner of Police Ng Joo Hee"
MEGHARIK = "City Police Commissioner N.S. Megharik"

PASSAGES = [
    # --- Malaysia --------------------------------------------------------------------------------
    P("d107_001",
      "KUALA LUMPUR, Nov 25, 2007 (Reuters) - Malaysian riot police fired tear gas and water "
      "cannon on Sunday to break up a rally by thousands of ethnic Indians who had tried to march "
      "on the British High Commission to press a claim for colonial-era compensation. Police said "
      "about 8,000 people had gathered, while organisers from the Hindu Rights Action Force "
      "(Hindraf) put the crowd at more than 30,000. Kuala Lumpur police chief Zulhasnan Najib told "
      "reporters 136 people had been arrested and several officers hurt when protesters threw "
      "stones and bottles near the Batu Caves temple. Hindraf lawyer P. Uthayakumar, 46, said at "
      "least 20 demonstrators had been taken to hospital, some with head wounds. Ethnic Indians, "
      "most of them Hindu Tamils, number about 2 million and make up roughly 8 percent of "
      "Malaysia's 27 million people.",
      [C("thousands", 1000, "vague", "other", "ethnic Indians at the rally", None,
         attr_alt=["Police"]),
       C("about 8,000", 8000, "about", "other", "people at the rally (police)", "Police"),
       C("more than 30,000", 30000, "more_than", "other", "people at the rally (organisers)",
         HINDRAF, attr_alt=["Hindraf"]),
       C("136", 136, "exact", "detained", "people arrested", ZULHASNAN),
       C("at least 20", 20, "at_least", "injured", "demonstrators taken to hospital",
         UTHAYAKUMAR),
       C("about 2 million", 2_000_000, "about", "population", "ethnic Indians in Malaysia"),
       C("roughly 8 percent", 8, "about", "population", "share of ethnic Indians",
         optional=True),
       C("27 million", 27_000_000, "exact", "population", "people in Malaysia")],
      published="2007-11-25"),

    P("d107_002",
      "KUALA LUMPUR, Malaysia (AP) — Riot police fired tear gas and water cannon late Sunday at "
      "tens of thousands of supporters of sacked deputy prime minister Anwar Ibrahim, hours after "
      "he was arrested at his home by masked commandos. The crowd, which had marched from the "
      "National Mosque chanting \"Reformasi,\" was estimated by police at 30,000; witnesses put "
      "it at as many as 50,000. Police said 17 people were detained and six officers injured. A "
      "police spokesman said some 500 riot police had been deployed around the prime minister's "
      "residence. About 200 protesters were still outside the mosque after midnight. Anwar, 51, "
      "was fired on Sept. 2 and expelled from the ruling party a day later.",
      [C("tens of thousands", 10000, "vague", "other", "Anwar supporters", None,
         attr_alt=["police"]),
       C("30,000", 30000, "exact", "other", "crowd (police estimate)", "police"),
       C("as many as 50,000", 50000, "at_most", "other", "crowd (witnesses)", "witnesses"),
       C("17", 17, "exact", "detained", "people detained", "Police"),
       C("six", 6, "exact", "injured", "police officers", "Police", ctx="six officers"),
       C("some 500", 500, "about", "troops", "riot police deployed", KP_SPOKESMAN,
         cat_alt=["other"]),
       C("About 200", 200, "about", "other", "protesters outside the mosque after midnight",
         KP_SPOKESMAN, attr_alt=[None])]),

    # --- India: Uttar Pradesh ----------------------------------------------------------------------
    P("d107_003",
      "Sambhal violence: Toll rises to four, internet suspended, outsiders barred\n"
      "By HT Correspondent, Sambhal\n"
      "Updated on: Nov 25, 2024 06:42 AM IST\n"
      "Four people were killed and over 20 police personnel injured after a crowd pelted stones "
      "and set vehicles on fire during a court-ordered survey of the Shahi Jama Masjid in Uttar "
      "Pradesh's Sambhal on Sunday, officials said. Moradabad divisional commissioner Aunjaneya "
      "Kumar Singh said 21 people, including two women, had been detained and that the deaths "
      "were \"being investigated\". Families of two of the dead alleged they had been hit by "
      "police bullets, a charge the police denied. Internet services were suspended for 24 hours "
      "and schools in the tehsil were shut on Monday. Seven FIRs have been registered so far, "
      "naming Samajwadi Party MP Zia-ur-Rehman Barq and the son of a local MLA among 2,750 "
      "accused, most of them unnamed.",
      [C("four", 4, "exact", "killed", "people in Sambhal (headline)", ctx="Toll rises to four"),
       C("Four", 4, "exact", "killed", "people in Sambhal", "officials"),
       C("over 20", 20, "more_than", "injured", "police personnel", "officials"),
       C("21", 21, "exact", "detained", "people detained", SINGH),
       C("two", 2, "exact", "detained", "women among the detained", SINGH, ctx="two women"),
       C("two", 2, "exact", "killed", "dead allegedly shot by police",
         "Families of two of the dead", optional=True, ctx="two of the dead"),
       C("Seven", 7, "exact", "other", "FIRs registered", optional=True),
       C("2,750", 2750, "exact", "detained", "people accused in the FIRs",
         cat_alt=["other"])],
      published="2024-11-25"),

    # --- Pakistan: Balochistan -------------------------------------------------------------------
    P("d107_004",
      "Mahrang Baloch held as BYC says three killed in Quetta firing\n"
      "Published March 23, 2025\n"
      "QUETTA: Police arrested Baloch Yakjehti Committee (BYC) leader Dr Mahrang Baloch and 17 "
      "other activists early on Saturday, a day after the group said three of its supporters were "
      "killed when police opened fire on a sit-in near the University of Balochistan. The "
      "provincial government, whose spokesman Shahid Rind said the protesters had attacked police "
      "with stones, put the number of injured policemen at 10 and denied that officers fired live "
      "rounds. The BYC, which has staged sit-ins for months over enforced disappearances, says "
      "more than 1,000 Baloch men remain missing after being picked up by security agencies. The "
      "Human Rights Commission of Pakistan said in a statement it was \"alarmed\" by the arrests "
      "and that mobile internet had been cut in Quetta and at least four other districts. Section "
      "144 was imposed across the province, barring gatherings of more than four people.",
      [C("three", 3, "exact", "killed", "BYC supporters (headline)", "BYC",
         ctx="three killed in Quetta"),
       C("17", 17, "exact", "detained", "activists arrested with Mahrang Baloch", None,
         attr_alt=["Police"]),
       C("three", 3, "exact", "killed", "BYC supporters", "the group", attr_alt=[BYC],
         ctx="three of its supporters"),
       C("10", 10, "exact", "injured", "policemen", BAL_GOV, attr_alt=[RIND]),
       C("more than 1,000", 1000, "more_than", "missing", "Baloch men picked up",
         "The BYC", attr_alt=[BYC]),
       C("at least four", 4, "at_least", "other", "districts with internet cut", HRCP,
         optional=True),
       C("more than four", 4, "more_than", "other", "people in a barred gathering",
         optional=True)],
      published="2025-03-23"),

    # --- Afghanistan ------------------------------------------------------------------------------
    P("d107_005",
      "KABUL, June 2, 2017 (AFP) - Afghan police fired live rounds, tear gas and water cannon on "
      "Friday at hundreds of protesters demanding the government's resignation after a truck bomb "
      "that killed more than 90 people in the capital's diplomatic quarter, leaving at least four "
      "demonstrators dead. Health ministry spokesman Waheed Majroh said four bodies and 15 wounded "
      "people had been brought to Kabul hospitals. Among the dead was Mohammad Salim Izadyar, the "
      "36-year-old son of the deputy speaker of the senate, his family said. The protesters, who "
      "call their movement the \"Uprising for Change\", said police had killed seven of their "
      "number and that two others were still missing, and vowed to camp near the presidential "
      "palace until the security chiefs resigned. The interior ministry said about 20 of its "
      "officers had been hurt by stones. Wednesday's bombing also wounded more than 400 people, "
      "officials say.",
      [C("hundreds", 100, "vague", "other", "protesters in Kabul"),
       C("more than 90", 90, "more_than", "killed", "people in the truck bomb"),
       C("at least four", 4, "at_least", "killed", "demonstrators", None, attr_alt=[MAJROH]),
       C("four", 4, "exact", "killed", "bodies brought to hospitals", MAJROH,
         ctx="four bodies"),
       C("15", 15, "exact", "injured", "wounded protesters in hospitals", MAJROH),
       C("seven", 7, "exact", "killed", "protesters (protesters' count)", "The protesters"),
       C("two", 2, "exact", "missing", "protesters still missing", "The protesters",
         ctx="two others"),
       C("about 20", 20, "about", "injured", "police officers", "The interior ministry"),
       C("more than 400", 400, "more_than", "injured", "people in the truck bomb",
         "officials")],
      published="2017-06-02"),

    # --- Philippines ------------------------------------------------------------------------------
    P("d107_006",
      "Troops fire on farmers' march; 12 killed\n"
      "MANILA, Jan. 22 (UPI) — Marines and police opened fire Thursday on thousands of farmers "
      "marching to the presidential palace to demand land reform, killing at least 12 and wounding "
      "more than 50, hospital officials said. Organizers of the Kilusang Magbubukid ng Pilipinas "
      "(Peasant Movement of the Philippines) said about 15,000 people had joined the march to "
      "Mendiola bridge, while police put the number at 10,000. Gen. Ramon Montaño, the "
      "Metropolitan Command chief, said 600 riot police and marines had been posted at the bridge "
      "and that some of his men had been hit by rocks and sticks. Two of the wounded were in "
      "critical condition at the Philippine General Hospital, a doctor there said. President "
      "Corazon Aquino ordered an investigation and said she was \"deeply saddened.\"",
      [C("12", 12, "exact", "killed", "farmers (headline)", ctx="12 killed"),
       C("thousands", 1000, "vague", "other", "farmers marching", "hospital officials",
         attr_alt=[None]),
       C("at least 12", 12, "at_least", "killed", "farmers", "hospital officials"),
       C("more than 50", 50, "more_than", "injured", "farmers", "hospital officials"),
       C("about 15,000", 15000, "about", "other", "marchers (organizers)", KMP),
       C("10,000", 10000, "exact", "other", "marchers (police)", "police"),
       C("600", 600, "exact", "troops", "riot police and marines at the bridge", MONTANO),
       C("Two", 2, "exact", "injured", "wounded in critical condition", "a doctor there")]),

    # --- China -----------------------------------------------------------------------------------
    P("d107_007",
      "BEIJING (AFP) - Tens of thousands of farmers angry about compensation for land flooded by "
      "a hydropower dam clashed with police in southwest China's Sichuan province, residents and "
      "rights groups said Monday, in one of the largest rural protests in years. As many as "
      "100,000 people gathered at the dam site in Hanyuan county last week, the Hong Kong-based "
      "Information Centre for Human Rights and Democracy said, and at least one police officer "
      "was killed. The group said about 10,000 paramilitary police had since been sent to the "
      "area. A Hanyuan county official, reached by telephone, said fewer than 5,000 people had "
      "joined the protest and refused to discuss casualties. The Pubugou dam is expected to "
      "displace about 100,000 people, many of whom say they have been offered 300 yuan per mu of "
      "land. Hanyuan has a population of some 320,000.",
      [C("Tens of thousands", 10000, "vague", "other", "farmers protesting",
         "residents and rights groups"),
       C("As many as 100,000", 100000, "at_most", "other", "people at the dam site", ICHRD),
       C("at least one", 1, "at_least", "killed", "police officer", ICHRD),
       C("about 10,000", 10000, "about", "troops", "paramilitary police sent", "The group",
         attr_alt=[ICHRD]),
       C("fewer than 5,000", 5000, "fewer_than", "other", "protesters (county official)",
         "A Hanyuan county official"),
       C("about 100,000", 100000, "about", "displaced", "people the dam will displace",
         ctx="about 100,000 people, many"),
       C("some 320,000", 320000, "about", "population", "people in Hanyuan")]),

    P("d107_008",
      "SHIFANG, China, July 3 (Reuters) - Authorities in the southwestern Chinese city of Shifang "
      "said on Tuesday they had scrapped plans for a molybdenum-copper alloy plant after two days "
      "of violent protests by residents who feared it would poison their water. Thirteen people, "
      "three of them police officers, were injured in Monday's clashes outside the city government "
      "offices, and 27 people were taken away by police, a city spokesman said, according to the "
      "official Xinhua news agency. Twenty-one of them were released after \"education\", he said. "
      "Residents reached by telephone said tens of thousands had filled the streets on Monday and "
      "that they had seen at least a dozen people with bleeding heads after police fired tear gas. "
      "Pictures posted on Sina Weibo, which has more than 300 million users, showed students in "
      "school uniforms among the crowds. The 10.4-billion-yuan project was to have been built by "
      "Sichuan Hongda Co.",
      [C("Thirteen", 13, "exact", "injured", "people in Shifang clashes", SHIFANG,
         attr_alt=[XINHUA]),
       C("three", 3, "exact", "injured", "police officers", SHIFANG, attr_alt=[XINHUA],
         ctx="three of them police"),
       C("27", 27, "exact", "detained", "people taken away by police", SHIFANG,
         attr_alt=[XINHUA]),
       C("Twenty-one", 21, "exact", "detained", "people released", "he", attr_alt=[SHIFANG]),
       C("tens of thousands", 10000, "vague", "other", "protesters in the streets",
         SHIFANG_RES),
       C("at least a dozen", 12, "at_least", "injured", "people with bleeding heads",
         SHIFANG_RES),
       C("more than 300 million", 300_000_000, "more_than", "other", "Sina Weibo users",
         optional=True)]),

    P("d107_009",
      "QIDONG, China (AP) — Thousands of residents stormed government offices in this eastern "
      "Chinese city on Saturday, overturning cars and stripping the shirt off the local Communist "
      "Party chief, in a protest that forced officials to abandon plans for a paper mill's "
      "waste-water pipeline. Protesters held two officials, including Party Secretary Sun Jianhua, "
      "for about an hour before riot police freed them, witnesses said. State media said the "
      "pipeline, which was to carry 150,000 tons of waste water a day from a Japanese-owned Oji "
      "Paper plant into the sea, had been \"permanently canceled.\" Officials did not give a "
      "figure for arrests, but residents said at least five people were detained and several were "
      "beaten. Hundreds of police in helmets and with shields patrolled the city of 1.1 million on "
      "Sunday.",
      [C("Thousands", 1000, "vague", "other", "residents storming offices", None,
         attr_alt=["witnesses"]),
       C("two", 2, "exact", "hostages", "officials held by protesters", "witnesses",
         cat_alt=["detained"]),
       C("at least five", 5, "at_least", "detained", "people detained", "residents"),
       C("Hundreds", 100, "vague", "troops", "police patrolling", cat_alt=["other"]),
       C("1.1 million", 1_100_000, "exact", "population", "people in Qidong")]),

    # --- Hong Kong and Taiwan --------------------------------------------------------------------
    P("d107_010",
      "Half a million take to streets, say organisers\n"
      "Wednesday, July 2, 2003\n"
      "Organisers put yesterday's turnout at more than 500,000, making the march against the "
      "Article 23 national security bill the biggest in Hong Kong since 1989, while police "
      "estimated that 350,000 people had set out from Victoria Park. The Civil Human Rights Front, "
      "which organised the march, said the last marchers did not reach the government "
      "headquarters until after 10pm, more than six hours after the first had set off. Police said "
      "1,200 officers had been on duty and that no arrests had been made. Seven people were "
      "treated for heat exhaustion, a Hospital Authority spokeswoman said. A university poll "
      "commissioned by the Front had estimated beforehand that between 100,000 and 200,000 would "
      "take part.",
      [C("Half a million", 500000, "exact", "other", "marchers (headline)", "organisers"),
       C("more than 500,000", 500000, "more_than", "other", "marchers (organisers)",
         "Organisers", attr_alt=["The Civil Human Rights Front"]),
       C("350,000", 350000, "exact", "other", "marchers (police)", "police"),
       C("1,200", 1200, "exact", "troops", "police officers on duty", "Police",
         cat_alt=["other"]),
       C("Seven", 7, "exact", "other", "people treated for heat exhaustion",
         "a Hospital Authority spokeswoman", cat_alt=["injured"]),
       C("between 100,000 and 200,000", 100000, "range", "other", "expected marchers",
         "A university poll commissioned by the Front", high=200000, optional=True)],
      published="2003-07-02"),

    P("d107_011",
      "Red-clad protesters encircle Presidential Office\n"
      "Sat, Sep 16, 2006 - Page 1\n"
      "By Rich Chang and Mo Yan-chih / STAFF REPORTERS\n"
      "Hundreds of thousands of people dressed in red marched around the Presidential Office last "
      "night to demand that President Chen Shui-bian step down, in the largest protest since the "
      "campaign led by former Democratic Progressive Party chairman Shih Ming-teh began its sit-in "
      "on Sept. 9. The organizers claimed that more than 1 million people had taken part, while "
      "the National Police Agency put the figure at 360,000. About 10,000 police officers were "
      "deployed around the Presidential Office and the president's residence, Taipei City Police "
      "Department Commissioner Wang Cho-chiun said. Wang said 11 people, three of them police "
      "officers, were hurt in scuffles near the Jingfu Gate, and that two men who threw eggs at "
      "the crowd were detained. Shih, 65, has vowed to continue the sit-in on Ketagalan Boulevard "
      "until Chen resigns.",
      [C("Hundreds of thousands", 100000, "vague", "other", "red-clad marchers", None,
         attr_alt=["The organizers", "the National Police Agency"]),
       C("more than 1 million", 1_000_000, "more_than", "other", "marchers (organizers)",
         "The organizers"),
       C("360,000", 360000, "exact", "other", "marchers (police)",
         "the National Police Agency"),
       C("About 10,000", 10000, "about", "troops", "police officers deployed", WANG,
         cat_alt=["other"]),
       C("11", 11, "exact", "injured", "people hurt in scuffles", "Wang", attr_alt=[WANG]),
       C("three", 3, "exact", "injured", "police officers hurt", "Wang", attr_alt=[WANG],
         ctx="three of them police"),
       C("two", 2, "exact", "detained", "men who threw eggs", "Wang", attr_alt=[WANG],
         ctx="two men")],
      published="2006-09-16"),

    P("d107_012",
      "Tens of thousands rally outside Legislative Yuan against reform bills\n"
      "05/24/2024 11:48 PM\n"
      "Taipei, May 24 (CNA) Tens of thousands of people gathered outside the Legislative Yuan in "
      "Taipei on Friday to protest against bills proposed by the opposition Kuomintang and Taiwan "
      "People's Party to expand the legislature's powers. Organizers from several civic groups "
      "estimated that more than 100,000 people had turned out by 9 p.m., filling Qingdao East Road "
      "and Jinan Road, while the Zhongzheng First Police Precinct put the crowd at around 30,000 at "
      "its peak. Police said 1,600 officers had been deployed and that no clashes were reported. "
      "The rally was the third since the bills cleared their first review on May 17, and followed "
      "a brawl on the legislative floor that left five lawmakers in hospital.",
      [C("Tens of thousands", 10000, "vague", "other", "protesters (headline)",
         ctx="Tens of thousands rally"),
       C("Tens of thousands", 10000, "vague", "other", "protesters", None,
         attr_alt=[TW_ORG, ZHONGZHENG], ctx="Tens of thousands of people"),
       C("more than 100,000", 100000, "more_than", "other", "protesters (organizers)", TW_ORG),
       C("around 30,000", 30000, "about", "other", "protesters (police)", ZHONGZHENG),
       C("1,600", 1600, "exact", "troops", "police officers deployed", "Police",
         cat_alt=["other"]),
       C("five", 5, "exact", "injured", "lawmakers in hospital after a brawl")],
      published="2024-05-24"),

    # --- South Korea -----------------------------------------------------------------------------
    P("d107_013",
      "(3rd LD) Candlelight rallies draw biggest crowds yet on democracy anniversary\n"
      "2008/06/10 23:51\n"
      "SEOUL, June 10 (Yonhap) -- Hundreds of thousands of people poured into the streets of "
      "Seoul and other cities Tuesday night, holding candles and calling on President Lee "
      "Myung-bak to scrap a deal to resume imports of U.S. beef, in the largest protest since he "
      "took office in February. Organizers from the People's Association for Measures Against Mad "
      "Cow Disease said 700,000 people had joined rallies across the country, 500,000 of them in "
      "Seoul. Police put the nationwide turnout at 130,000, including 80,000 in central Seoul. "
      "Some 20,000 riot police were on duty in the capital, where 60 shipping containers, welded "
      "together and filled with sand, blocked the road to the presidential office. Police said "
      "they had taken 34 protesters into custody on Tuesday night; more than 400 have been "
      "detained since the protests began on May 2.",
      [C("Hundreds of thousands", 100000, "vague", "other", "candlelight protesters", None,
         attr_alt=[MAD_COW, "Police"]),
       C("700,000", 700000, "exact", "other", "protesters nationwide (organizers)", MAD_COW),
       C("500,000", 500000, "exact", "other", "protesters in Seoul (organizers)", MAD_COW),
       C("130,000", 130000, "exact", "other", "protesters nationwide (police)", "Police"),
       C("80,000", 80000, "exact", "other", "protesters in Seoul (police)", "Police"),
       C("Some 20,000", 20000, "about", "troops", "riot police on duty", "Police",
         attr_alt=[None], cat_alt=["other"]),
       C("60", 60, "exact", "other", "shipping containers blocking the road", "Police",
         attr_alt=[None], optional=True),
       C("34", 34, "exact", "detained", "protesters taken into custody", "Police"),
       C("more than 400", 400, "more_than", "detained", "protesters detained since May 2",
         "Police", attr_alt=[None])],
      published="2008-06-10"),

    P("d107_014",
      "Police vow stern response after Yoon supporters storm court\n"
      "Published : Jan. 19, 2025 - 15:02\n"
      "Hundreds of supporters of President Yoon Suk Yeol broke into the Seoul Western District "
      "Court early Sunday, smashing windows and office equipment after a judge approved a warrant "
      "to formally arrest the impeached president. The Seoul Metropolitan Police Agency said it "
      "had detained 86 people on the spot, 46 of them inside the court building, and that 51 "
      "officers had been injured, seven of them seriously. Acting President Choi Sang-mok called "
      "the violence an \"unimaginable\" attack on the rule of law. Some 1,400 riot police were sent "
      "to the court after protesters, who had rallied there overnight in their thousands, pushed "
      "through police lines at around 3 a.m. A YouTuber who livestreamed from inside the building "
      "was among those held, police said. Court officials estimated the damage at 600 million won "
      "to 700 million won.",
      [C("Hundreds", 100, "vague", "other", "Yoon supporters who broke into the court", None,
         attr_alt=[SMPA]),
       C("86", 86, "exact", "detained", "people detained at the court", SMPA),
       C("46", 46, "exact", "detained", "people detained inside the court building", SMPA),
       C("51", 51, "exact", "injured", "police officers", SMPA),
       C("seven", 7, "exact", "injured", "officers seriously injured", SMPA,
         ctx="seven of them seriously"),
       C("Some 1,400", 1400, "about", "troops", "riot police sent to the court",
         cat_alt=["other"]),
       C("thousands", 1000, "vague", "other", "protesters rallying overnight")],
      published="2025-01-19"),

    # --- Central Asia ----------------------------------------------------------------------------
    P("d107_015",
      "Kyrgyz Authorities Detain More Than 20 Opponents Of Border Deal With Uzbekistan\n"
      "October 24, 2022 12:10 GMT\n"
      "By RFE/RL's Kyrgyz Service\n"
      "BISHKEK -- Kyrgyz security officers have detained at least 23 politicians, activists, and "
      "journalists who opposed a deal to hand control of the Kempir-Abad reservoir to neighboring "
      "Uzbekistan, the State Committee for National Security (UKMK) said on October 24. The UKMK "
      "said the detainees were suspected of plotting \"mass unrest\" and that searches had been "
      "carried out at 27 addresses. About 200 residents of the Uzgen district, where the reservoir "
      "lies, rallied on October 22 against the agreement, which would give Uzbekistan use of a "
      "4,485-hectare area around the reservoir. Among those detained are former lawmaker Asia "
      "Sasykbaeva and Rita Karasartova, 50, a civic activist. Human Rights Watch said the arrests "
      "appeared aimed at silencing critics ahead of a parliamentary vote on the deal.",
      [C("More Than 20", 20, "more_than", "detained", "opponents of the deal (headline)"),
       C("at least 23", 23, "at_least", "detained", "politicians, activists and journalists",
         UKMK),
       C("27", 27, "exact", "other", "addresses searched", "The UKMK", attr_alt=[UKMK],
         optional=True),
       C("About 200", 200, "about", "other", "residents rallying in Uzgen")],
      published="2022-10-24"),

    P("d107_016",
      "ALMATY, May 21 (Reuters) - Kazakh police detained dozens of people in Almaty and the "
      "capital Astana on Saturday to stop protests against land reforms that critics fear would "
      "let Chinese investors buy up farmland. Police in Almaty said they had held about 40 people "
      "who tried to gather in the city's central Republic Square, where hundreds of officers had "
      "been stationed since early morning. A Reuters reporter saw police push at least 10 people "
      "into buses at the square. In Astana, a local police spokeswoman said 11 people had been "
      "taken to a police station \"for explanations\" and released. Rights group Kazakhstan "
      "International Bureau for Human Rights said that across the country more than 500 people "
      "had been detained, many of them briefly. President Nursultan Nazarbayev, 75, has imposed a "
      "moratorium on the land changes until 2017.",
      [C("dozens", 12, "vague", "detained", "people detained in Almaty and Astana", None,
         attr_alt=["Kazakh police"]),
       C("about 40", 40, "about", "detained", "people held in Almaty", ALMATY),
       C("hundreds", 100, "vague", "troops", "police officers stationed in the square", None,
         attr_alt=[ALMATY], cat_alt=["other"]),
       C("at least 10", 10, "at_least", "detained", "people pushed into buses",
         "A Reuters reporter"),
       C("11", 11, "exact", "detained", "people held in Astana",
         "a local police spokeswoman"),
       C("more than 500", 500, "more_than", "detained", "people detained across Kazakhstan",
         KIBHR)]),

    # --- Japan -----------------------------------------------------------------------------------
    P("d107_017",
      "TOKYO, Aug. 30 (Kyodo) -- Tens of thousands of people rallied outside the Diet building in "
      "Tokyo on Sunday against security bills that would expand the role of the Self-Defense "
      "Forces overseas, in one of the largest demonstrations in the capital in decades. "
      "Organizers said about 120,000 people took part, filling the streets around the parliament "
      "building, while police sources put the number at around 30,000. The organizers said "
      "rallies were also held in more than 300 locations across the country. Police said one man "
      "was arrested after scuffling with officers and that no one was seriously hurt. The ruling "
      "coalition led by Prime Minister Shinzo Abe, which holds more than two-thirds of the seats "
      "in the lower house, passed the bills there on July 16.",
      [C("Tens of thousands", 10000, "vague", "other", "protesters outside the Diet", None,
         attr_alt=["Organizers", "police sources"]),
       C("about 120,000", 120000, "about", "other", "protesters (organizers)", "Organizers"),
       C("around 30,000", 30000, "about", "other", "protesters (police)", "police sources"),
       C("more than 300", 300, "more_than", "other", "rally locations nationwide",
         "The organizers", optional=True),
       C("one", 1, "exact", "detained", "man arrested", "Police", ctx="one man")]),

    # --- India: Delhi, Madhya Pradesh, Maharashtra, Karnataka --------------------------------------
    P("d107_018",
      "New Delhi, Apr 17 (PTI) The Delhi Police on Sunday arrested 14 people and apprehended two "
      "juveniles in connection with the communal clashes during a Hanuman Jayanti procession in "
      "northwest Delhi's Jahangirpuri, officials said. Eight policemen and a local resident were "
      "injured in the violence on Saturday evening, when stones were thrown and shots fired as the "
      "procession passed a mosque, Special Commissioner of Police (Law and Order) Dependra Pathak "
      "said. A sub-inspector, Medha Lal, suffered a bullet injury in his hand. Pathak said "
      "additional forces, including six companies of the Rapid Action Force, had been deployed in "
      "the area, and drones were being used to keep watch from rooftops. Police have recovered "
      "three firearms and five swords, a senior officer said.",
      [C("14", 14, "exact", "detained", "people arrested", "officials",
         attr_alt=["The Delhi Police"]),
       C("two", 2, "exact", "detained", "juveniles apprehended", "officials",
         attr_alt=["The Delhi Police"], ctx="two juveniles"),
       C("Eight", 8, "exact", "injured", "policemen", PATHAK),
       C("six", 6, "exact", "troops", "companies of the Rapid Action Force", "Pathak",
         attr_alt=[PATHAK], cat_alt=["other"], ctx="six companies"),
       C("three", 3, "exact", "munitions", "firearms recovered", "a senior officer",
         cat_alt=["other"], ctx="three firearms"),
       C("five", 5, "exact", "munitions", "swords recovered", "a senior officer",
         cat_alt=["other"], ctx="five swords")]),

    P("d107_019",
      "Khargone violence: 77 arrested, houses of accused razed\n"
      "Written by Milind Ghatwai | Bhopal | Updated: April 12, 2022 4:31:05 am\n"
      "Police have arrested 77 people in connection with the stone-pelting and arson during a Ram "
      "Navami procession in Madhya Pradesh's Khargone town on Sunday, in which 24 people, "
      "including Superintendent of Police Siddharth Choudhary, were injured. Choudhary was hit by "
      "a bullet in the leg. Curfew continued in the town for a second day. On Monday, the district "
      "administration demolished 16 houses and 29 shops it said were illegally built by people "
      "accused of rioting. Home Minister Narottam Mishra said, \"The houses from where stones were "
      "pelted will be turned into heaps of stones.\" At least 10 houses were set on fire in the "
      "violence, officials said, and residents of Sanjay Nagar said about 30 families had left for "
      "relatives' homes in nearby villages.",
      [C("77", 77, "exact", "detained", "people arrested (headline)", ctx="77 arrested,"),
       C("77", 77, "exact", "detained", "people arrested", None, attr_alt=["Police"],
         ctx="77 people"),
       C("24", 24, "exact", "injured", "people in Khargone"),
       C("16", 16, "exact", "infrastructure", "houses demolished", None,
         attr_alt=["the district administration"], cat_alt=["other"]),
       C("29", 29, "exact", "infrastructure", "shops demolished", None,
         attr_alt=["the district administration"], cat_alt=["other"]),
       C("At least 10", 10, "at_least", "infrastructure", "houses set on fire", "officials",
         cat_alt=["other"]),
       C("about 30", 30, "about", "displaced", "families who left Sanjay Nagar",
         "residents of Sanjay Nagar")],
      published="2022-04-12"),

    P("d107_020",
      "Curfew in 10 Nagpur police station areas after violence over Aurangzeb tomb row\n"
      "TNN / Mar 18, 2025, 04.12 IST\n"
      "NAGPUR: Curfew was clamped in the jurisdictions of 10 police stations in central Nagpur "
      "after mobs torched vehicles and pelted stones in Mahal and Hansapuri on Monday night "
      "following rumours that a religious text had been burnt during a protest demanding removal "
      "of Mughal emperor Aurangzeb's tomb. Police commissioner Ravinder Singhal said 33 policemen, "
      "including three deputy commissioners, had been injured, and that 50 people had been "
      "detained. Five civilians were admitted to the Government Medical College and Hospital, one "
      "of them in the ICU, hospital officials said. At least 40 vehicles were set ablaze, "
      "according to a preliminary police assessment. Chief minister Devendra Fadnavis told the "
      "assembly the violence appeared \"pre-planned\" and said a truckload of stones had been "
      "found at the spot.",
      [C("10", 10, "exact", "other", "police station areas under curfew (headline)",
         optional=True, ctx="10 Nagpur"),
       C("10", 10, "exact", "other", "police station areas under curfew", optional=True,
         ctx="10 police stations in central"),
       C("33", 33, "exact", "injured", "policemen", SINGHAL),
       C("three", 3, "exact", "injured", "deputy commissioners", SINGHAL,
         ctx="three deputy"),
       C("50", 50, "exact", "detained", "people detained", SINGHAL),
       C("Five", 5, "exact", "injured", "civilians admitted to hospital", "hospital officials"),
       C("one", 1, "exact", "injured", "civilian in the ICU", "hospital officials",
         optional=True, ctx="one of them in the ICU"),
       C("At least 40", 40, "at_least", "other", "vehicles set ablaze",
         "a preliminary police assessment", cat_alt=["infrastructure"], optional=True)],
      published="2025-03-18"),

    P("d107_021",
      "Two killed in police firing during anti-CAA protest in Mangaluru\n"
      "Mangaluru, DHNS, Dec 19 2019, 23:05 IST\n"
      "Two men were killed when police opened fire on protesters who had gathered near the Bunder "
      "police station in Mangaluru on Thursday evening in defiance of prohibitory orders against "
      "the Citizenship (Amendment) Act. Police Commissioner P S Harsha said the protesters, "
      "numbering about 1,500 to 2,000, had tried to set fire to the police station and that 20 "
      "policemen had been injured in stone-pelting. Family members identified the dead as Jaleel "
      "Kudroli, 49, and Nausheen Bengre, 23. Curfew was imposed in the limits of five police "
      "stations in the city until midnight on Friday, and mobile internet was suspended in "
      "Dakshina Kannada district for 48 hours. Congress leader Siddaramaiah alleged that at least "
      "six protesters had been injured by bullets and that police had fired without warning.",
      [C("Two", 2, "exact", "killed", "men shot by police (headline)", ctx="Two killed"),
       C("Two", 2, "exact", "killed", "men shot by police", ctx="Two men"),
       C("about 1,500 to 2,000", 1500, "range", "other", "protesters", HARSHA, high=2000),
       C("20", 20, "exact", "injured", "policemen", HARSHA),
       C("five", 5, "exact", "other", "police station areas under curfew", optional=True,
         ctx="five police stations"),
       C("at least six", 6, "at_least", "injured", "protesters injured by bullets",
         "Congress leader Siddaramaiah")],
      published="2019-12-19"),

    # --- Indonesia -------------------------------------------------------------------------------
    P("d107_022",
      "JAKARTA, Aug 28 (Reuters) - At least three people were killed on Wednesday when a protest "
      "in Indonesia's Papua province turned violent, police said, in the latest unrest to hit the "
      "region since the racial abuse of Papuan students in Java this month. About 150 protesters "
      "had gathered outside the Deiyai regency office demanding a referendum on independence when "
      "some attacked security forces with arrows and machetes, national police spokesman Dedi "
      "Prasetyo said. Five police officers were wounded by arrows, he said, and one soldier was "
      "killed. The Papua branch of the rights group Kontras said six Papuans had been shot dead "
      "and that their bodies had been taken to a local clinic. Hundreds of non-Papuan migrants "
      "sought shelter at police and military posts in the regency overnight, residents said. The "
      "government has sent more than 1,000 extra police and soldiers to Papua and West Papua since "
      "the protests began on Aug 19.",
      [C("At least three", 3, "at_least", "killed", "people in Deiyai", "police"),
       C("About 150", 150, "about", "other", "protesters in Deiyai", DEDI),
       C("Five", 5, "exact", "injured", "police officers wounded by arrows", "he",
         attr_alt=[DEDI]),
       C("one", 1, "exact", "killed", "soldier", "he", attr_alt=[DEDI], ctx="one soldier"),
       C("six", 6, "exact", "killed", "Papuans shot dead", KONTRAS),
       C("Hundreds", 100, "vague", "displaced", "non-Papuan migrants sheltering",
         "residents"),
       C("more than 1,000", 1000, "more_than", "troops", "extra police and soldiers sent",
         None, attr_alt=["The government"])]),

    P("d107_023",
      "Sorong prison set ablaze, inmates escape as Papua protests spread\n"
      "19 August 2019 21:04 WIB\n"
      "TEMPO.CO, Jakarta - Protesters set fire to the regional legislature building in Manokwari, "
      "West Papua, and to a prison in Sorong on Monday, as thousands of Papuans took to the "
      "streets over the arrest and racial abuse of Papuan students in Surabaya at the weekend. "
      "Some 258 inmates escaped from the Sorong prison when it was set alight, West Papua deputy "
      "governor Mohamad Lakotani said. Police said three officers had been injured in Manokwari, "
      "where protesters blocked roads with burning tyres and felled trees. The National Police "
      "have sent an additional 1,200 personnel, including Mobile Brigade (Brimob) officers from "
      "East Java and Sulawesi, to the two provinces, spokesman Dedi Prasetyo said. \"There are no "
      "fatalities,\" he said. The 43 students in Surabaya were released after questioning on "
      "Sunday.",
      [C("thousands", 1000, "vague", "other", "Papuans protesting"),
       C("Some 258", 258, "about", "detained", "inmates who escaped", LAKOTANI,
         cat_alt=["other"]),
       C("three", 3, "exact", "injured", "police officers in Manokwari", "Police"),
       C("1,200", 1200, "exact", "troops", "police personnel sent", TEMPO_DEDI,
         attr_alt=["The National Police"], cat_alt=["other"]),
       C("43", 43, "exact", "detained", "students released in Surabaya")],
      published="2019-08-19"),

    # --- China 2012 -------------------------------------------------------------------------------
    P("d107_024",
      "BEIJING, Sept 16 (Reuters) - Thousands of protesters besieged Japan's embassy in Beijing "
      "for a second day on Sunday, hurling bottles and eggs, as anti-Japanese demonstrations over "
      "a disputed group of islands spread to more than 50 Chinese cities. In the southern city of "
      "Shenzhen, police fired dozens of tear gas canisters at hundreds of protesters who tried to "
      "storm a Communist "
      "Party office, witnesses said. A Panasonic factory in Qingdao and a Toyota dealership were "
      "set ablaze, the companies said, and Japanese carmakers suspended production at several "
      "plants. Chinese police put around 2,000 officers in riot gear around the embassy, a Reuters "
      "witness said. Japan's Kyodo news agency said at least two Japanese nationals had been "
      "assaulted in China since the dispute flared, and Tokyo urged Beijing to protect its "
      "citizens. Xinhua said police in Xi'an had detained nine people for vandalism.",
      [C("Thousands", 1000, "vague", "other", "protesters at the Japanese embassy"),
       C("more than 50", 50, "more_than", "other", "cities with protests", optional=True),
       C("dozens", 12, "vague", "munitions", "tear gas canisters fired in Shenzhen",
         "witnesses", cat_alt=["other"]),
       C("hundreds", 100, "vague", "other", "protesters in Shenzhen", "witnesses"),
       C("around 2,000", 2000, "about", "troops", "riot police around the embassy",
         "a Reuters witness", cat_alt=["other"]),
       C("at least two", 2, "at_least", "injured", "Japanese nationals assaulted",
         "Japan's Kyodo news agency"),
       C("nine", 9, "exact", "detained", "people detained in Xi'an", "Xinhua",
         attr_alt=["police in Xi'an"])]),

    # --- Pakistan: Gwadar --------------------------------------------------------------------------
    P("d107_025",
      "One killed, 16 soldiers hurt as BYC gathering turns violent near Gwadar\n"
      "GWADAR: A man was killed and 16 soldiers were injured on Sunday as participants heading to "
      "the Baloch Yakjehti Committee's (BYC) \"Baloch Raji Muchi\" gathering in Gwadar clashed "
      "with security forces in Mastung and near the Talar checkpoint, officials said. The ISPR "
      "said a soldier, Sepoy Shabbir Baloch, was among those seriously wounded by \"violent "
      "rioters\" who attacked a checkpost with stones and iron rods. The BYC claimed that three of "
      "its participants had been killed, more than 50 wounded, and that hundreds of its workers had "
      "been detained across Balochistan and Karachi. Mobile internet remained suspended in Gwadar "
      "for a second day, and the coastal highway was blocked at several points by containers. "
      "Organisers had expected tens of thousands at the gathering, which the provincial "
      "government had refused to allow.",
      [C("One", 1, "exact", "killed", "man (headline)", ctx="One killed"),
       C("16", 16, "exact", "injured", "soldiers (headline)", ctx="16 soldiers hurt"),
       C("16", 16, "exact", "injured", "soldiers", "officials", ctx="16 soldiers were"),
       C("three", 3, "exact", "killed", "BYC participants", "The BYC"),
       C("more than 50", 50, "more_than", "injured", "BYC participants", "The BYC"),
       C("hundreds", 100, "vague", "detained", "BYC workers", "The BYC"),
       C("tens of thousands", 10000, "vague", "other", "expected crowd", "Organisers",
         optional=True)]),

    # --- India: Uttar Pradesh 2025 ---------------------------------------------------------------
    P("d107_026",
      "'I Love Muhammad' protest: Cleric Tauqeer Raza among 39 arrested in Bareilly\n"
      "Updated: September 27, 2025 8:15 am IST\n"
      "Bareilly: Police in Uttar Pradesh's Bareilly have arrested 39 people, including cleric "
      "Maulana Tauqeer Raza Khan, a day after stones were thrown at officers and a crowd of nearly "
      "2,000 clashed with police outside a mosque following Friday prayers. At least 22 policemen "
      "were injured, Inspector General (Bareilly range) Ajay Kumar Sahni said, adding that 10 FIRs "
      "had been registered against about 2,000 people, 180 of them named. Police used batons and "
      "tear gas to disperse the crowd, which had gathered for a protest over the \"I Love "
      "Muhammad\" posters row. Mobile internet was suspended in the district for 48 hours, and "
      "shops in the old city stayed shut on Saturday. Chief Minister Yogi Adityanath warned that "
      "those behind the violence would be taught \"a lesson for generations\".",
      [C("39", 39, "exact", "detained", "people arrested (headline)", ctx="39 arrested"),
       C("39", 39, "exact", "detained", "people arrested", None,
         attr_alt=["Police in Uttar Pradesh's Bareilly"], ctx="39 people"),
       C("nearly 2,000", 2000, "about", "other", "crowd outside the mosque"),
       C("At least 22", 22, "at_least", "injured", "policemen", SAHNI),
       C("10", 10, "exact", "other", "FIRs registered", SAHNI, optional=True),
       C("about 2,000", 2000, "about", "detained", "people booked in the FIRs", SAHNI,
         cat_alt=["other"]),
       C("180", 180, "exact", "detained", "people named in the FIRs", SAHNI,
         cat_alt=["other"])],
      published="2025-09-27"),

    # --- Thailand --------------------------------------------------------------------------------
    P("d107_027",
      "Ramkhamhaeng clash leaves 2 dead, 45 hurt\n"
      "Published: 1 Dec 2013 at 09.02\n"
      "Online news: Politics\n"
      "Gunfire and clashes between anti-government protesters and red-shirt supporters near "
      "Ramkhamhaeng University overnight left two people dead and 45 injured, the Erawan Emergency "
      "Medical Centre said on Sunday. One of the dead was a 21-year-old student who was shot in "
      "front of the university, police said. About 70,000 red shirts had gathered at Rajamangala "
      "Stadium across the road for a rally in support of the government, according to organisers, "
      "while students and PDRC supporters blocked the university's gates. Police said 2,700 "
      "officers had been deployed to the area, and that around 3,000 red shirts who remained in "
      "the stadium were being escorted out in army trucks. The Metropolitan Police Bureau said no "
      "arrests had been made.",
      [C("2", 2, "exact", "killed", "people (headline)", ctx="2 dead"),
       C("45", 45, "exact", "injured", "people (headline)", ctx="45 hurt"),
       C("two", 2, "exact", "killed", "people near Ramkhamhaeng University", ERAWAN),
       C("45", 45, "exact", "injured", "people near Ramkhamhaeng University", ERAWAN,
         ctx="45 injured"),
       C("One", 1, "exact", "killed", "student among the dead", "police", optional=True,
         ctx="One of the dead"),
       C("About 70,000", 70000, "about", "other", "red shirts at the stadium", "organisers"),
       C("2,700", 2700, "exact", "troops", "police officers deployed", "Police",
         cat_alt=["other"]),
       C("around 3,000", 3000, "about", "other", "red shirts left in the stadium", "Police")],
      published="2013-12-01"),

    # --- South Korea 2015 ------------------------------------------------------------------------
    P("d107_028",
      "Farmer critical after being hit by police water cannon at Seoul rally\n"
      "2015-11-15 17:29\n"
      "A 68-year-old farmer remained in critical condition Sunday after being knocked down by a "
      "police water cannon during a mass rally in central Seoul the previous day, in which "
      "protesters and police clashed for hours. Baek Nam-gi, a member of the Catholic Farmers' "
      "Association, underwent brain surgery at Seoul National University Hospital, doctors said. "
      "Organizers, including the Korean Confederation of Trade Unions (KCTU), said 130,000 people "
      "joined the rally against the Park Geun-hye government's labor reforms and state-authored "
      "history textbooks; police put the turnout at 68,000. The National Police Agency said 51 "
      "protesters had been detained and 113 officers injured, and that 50 police buses had been "
      "damaged. Police had deployed about 20,000 officers and 700 buses to block the march toward "
      "Cheong Wa Dae.",
      [C("130,000", 130000, "exact", "other", "protesters (organizers)", KCTU),
       C("68,000", 68000, "exact", "other", "protesters (police)", "police"),
       C("51", 51, "exact", "detained", "protesters detained", KNPA),
       C("113", 113, "exact", "injured", "police officers", KNPA),
       C("50", 50, "exact", "other", "police buses damaged", KNPA,
         cat_alt=["infrastructure"], optional=True),
       C("about 20,000", 20000, "about", "troops", "police officers deployed", None,
         attr_alt=["Police"], cat_alt=["other"]),
       C("700", 700, "exact", "other", "police buses used as barricades", None,
         attr_alt=["Police"], optional=True)],
      published="2015-11-15"),

    # --- India: Kashmir 2008 ---------------------------------------------------------------------
    P("d107_029",
      "SRINAGAR, India, Aug 12 (Reuters) - Police fired on thousands of Muslim protesters in "
      "Indian Kashmir on Tuesday, killing at least 13 people, a day after a separatist leader was "
      "shot dead during a march towards the de facto border with Pakistani Kashmir, officials and "
      "witnesses said. Authorities imposed an indefinite curfew across the Kashmir valley, home "
      "to more than 5 million people, and deployed thousands of soldiers and paramilitary police. "
      "More than 200 people have been injured since Monday, a doctor at Srinagar's main hospital "
      "said. The protests were triggered by a row over the transfer of 99 acres of forest land to "
      "a Hindu shrine board, which led Hindu groups in Jammu to block the highway into the valley. "
      "About 2,000 trucks carrying food, fuel and medicines were stranded on the highway, traders "
      "said. A senior police officer, speaking on condition of anonymity, said at least 21 people "
      "had been killed in two days.",
      [C("thousands", 1000, "vague", "other", "Muslim protesters", "officials and witnesses",
         attr_alt=[None], ctx="thousands of Muslim"),
       C("at least 13", 13, "at_least", "killed", "protesters shot by police",
         "officials and witnesses"),
       C("more than 5 million", 5_000_000, "more_than", "population",
         "people in the Kashmir valley"),
       C("thousands", 1000, "vague", "troops", "soldiers and paramilitary police deployed",
         None, attr_alt=["Authorities"], ctx="thousands of soldiers"),
       C("More than 200", 200, "more_than", "injured", "people injured since Monday",
         "a doctor at Srinagar's main hospital"),
       C("About 2,000", 2000, "about", "aid", "trucks of food, fuel and medicines stranded",
         "traders", cat_alt=["other"]),
       C("at least 21", 21, "at_least", "killed", "people in two days",
         "A senior police officer")]),

    # --- Singapore -------------------------------------------------------------------------------
    P("d107_030",
      "Riot in Little India: 27 arrested after mob torches vehicles\n"
      "Published on Dec 9, 2013 6:45 AM\n"
      "Police arrested 27 South Asian workers after a riot broke out in Little India on Sunday "
      "night, in which about 400 people attacked police and civil defence officers and set "
      "vehicles ablaze, following a fatal accident in Race Course Road. The violence began after a "
      "private bus ran over and killed a 33-year-old Indian national, Sakthivel Kumaravelu, at "
      "about 9.20pm. Commissioner of Police Ng Joo Hee said 39 officers, including 10 from the "
      "Singapore Civil Defence Force, had been injured, and that 25 vehicles, among them 16 police "
      "cars, had been damaged or burnt. Between 200 and 300 officers, including Special Operations "
      "Command troopers and Gurkhas, were sent in to quell the violence, which ended at about "
      "11.45pm. It was Singapore's first riot since 1969. Prime Minister Lee Hsien Loong said there "
      "was no excuse for such \"violent, destructive and criminal behaviour\".",
      [C("27", 27, "exact", "detained", "workers arrested (headline)", ctx="27 arrested"),
       C("27", 27, "exact", "detained", "South Asian workers arrested", None,
         attr_alt=["Police"], ctx="27 South Asian"),
       C("about 400", 400, "about", "other", "rioters"),
       C("39", 39, "exact", "injured", "police and civil defence officers", NG),
       C("10", 10, "exact", "injured", "civil defence officers", NG, ctx="10 from"),
       C("25", 25, "exact", "other", "vehicles damaged or burnt", NG,
         cat_alt=["infrastructure"], optional=True),
       C("16", 16, "exact", "other", "police cars damaged or burnt", NG,
         cat_alt=["infrastructure"], optional=True),
       C("Between 200 and 300", 200, "range", "troops", "officers sent in", NG, high=300,
         attr_alt=[None], cat_alt=["other"])],
      published="2013-12-09"),

    # --- India: Karnataka and Haryana ------------------------------------------------------------
    P("d107_031",
      "Bengaluru, Sep 12 (IANS) Over 100 buses were set ablaze at a private transport company's "
      "depot and one person was killed in police firing as violence over the Supreme Court's "
      "order on sharing Cauvery water with Tamil Nadu spread across Bengaluru on Monday, police "
      "said. City Police Commissioner N.S. Megharik said prohibitory orders had been imposed in "
      "the jurisdiction of 16 police stations and that over 15,000 police personnel, including "
      "2,000 from the Rapid Action Force and central forces, had been deployed. More than 300 "
      "people had been taken into custody by late evening, he said. In Chennai, a hotel owned by a "
      "Kannadiga was attacked by a group of about 10 men, police there said. The Supreme Court had "
      "ordered Karnataka to release 12,000 cusecs a day to Tamil Nadu until September 20.",
      [C("Over 100", 100, "more_than", "other", "buses set ablaze at a depot", "police",
         cat_alt=["infrastructure"], optional=True),
       C("one", 1, "exact", "killed", "person in police firing", "police",
         ctx="one person"),
       C("16", 16, "exact", "other", "police station areas under prohibitory orders",
         MEGHARIK, optional=True),
       C("over 15,000", 15000, "more_than", "troops", "police personnel deployed", MEGHARIK,
         cat_alt=["other"]),
       C("2,000", 2000, "exact", "troops", "Rapid Action Force and central forces", MEGHARIK,
         cat_alt=["other"], ctx="2,000 from"),
       C("More than 300", 300, "more_than", "detained", "people taken into custody", "he",
         attr_alt=[MEGHARIK]),
       C("about 10", 10, "about", "other", "men who attacked a hotel in Chennai",
         "police there", cat_alt=["troops"])]),

    P("d107_032",
      "Gurugram, Jan 25 (PTI) Police have arrested 18 people for allegedly attacking a school bus "
      "carrying children in Gurugram during protests by Karni Sena supporters against the release "
      "of the film 'Padmaavat', officials said today. The bus of GD Goenka World School was "
      "carrying 22 students and four teachers when a mob of around 60 people pelted it with "
      "stones on Wednesday afternoon, police said, adding that no child was hurt. Haryana Police "
      "said 3,000 personnel had been deployed in Gurugram, and prohibitory orders under Section "
      "144 were in force. Across the state, more than 50 people have been detained since Tuesday, "
      "a senior police officer said. The film was released on over 4,000 screens across the "
      "country today, but not in Rajasthan, Gujarat, Madhya Pradesh and Goa.",
      [C("18", 18, "exact", "detained", "people arrested over the bus attack", "officials",
         attr_alt=["Police"]),
       C("22", 22, "exact", "other", "students on the bus", "police"),
       C("four", 4, "exact", "other", "teachers on the bus", "police", ctx="four teachers"),
       C("around 60", 60, "about", "other", "mob that attacked the bus", "police"),
       C("3,000", 3000, "exact", "troops", "police personnel deployed in Gurugram",
         "Haryana Police", cat_alt=["other"]),
       C("more than 50", 50, "more_than", "detained", "people detained in Haryana",
         "a senior police officer"),
       C("over 4,000", 4000, "more_than", "other", "screens showing the film",
         optional=True)]),

    # --- Only non-claims --------------------------------------------------------------------------
    P("d107_033",
      "SEOUL, Sept. 25 (Yonhap) -- Baek Nam-gi, a farmer who was knocked unconscious by a police "
      "water cannon at an anti-government rally in central Seoul last November, died Sunday at "
      "the age of 69, his family said. He had been in a coma for 316 days at Seoul National "
      "University Hospital. The water cannon had struck him from a distance of about 20 meters at "
      "a pressure above the police's own limit of 15 bar, his lawyers said. It was the first "
      "death linked to a police water cannon since the devices were introduced in the 1980s. His "
      "family has refused an autopsy and filed a 240 million won lawsuit against the state.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d107_{:03d}",
                          checks=[no_sentence_from(*other_sets(HERE.name))])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=33)
