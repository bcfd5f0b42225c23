"""Source of the seventeenth development set: writes ``passages.jsonl`` next to it.

Forty short passages (3–7 sentences) written for this set (none copied from an article) in many
outlet styles: wire copy with datelines (Reuters, AP, AFP, Yonhap), local newspapers of Uganda,
Indonesia, Thailand, India, Pakistan, South Africa and Nigeria, broadcaster and web copy with
"Published", "Published On", "Updated -" and bare date lines, a "what we know" list, a correction
note and headline-plus-body items. They cover protests, crackdowns, detentions, kidnappings,
hostage crises, prison riots, jailbreaks and prisoner exchanges in Latin America, Africa, the
Middle East, South and East Asia and Europe not used in the earlier sets; annotated by hand and
blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset16`` and
``tests/holdout2``. Figures follow contemporary reports loosely; the set tests extraction, not
facts. Two passages hold only non-claims.

Run ``python tests/devset17/build_devset17.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

KEBZABO = "Prime Minister Saleh Kebzabo"
TRANSFORMERS = "The Transformers party of opposition leader Succès Masra"
MUSTAFA = "Oromiya police commissioner Mustafa Kedir"
EHRC = "the state-appointed Ethiopian Human Rights Commission"
ENANGA = "police spokesperson Fred Enanga"
URCS = "The Uganda Red Cross Society"
TNI = "the Indonesian Military (TNI)"
BANUA = "Jayawijaya Regent John Richard Banua"
BNPB = "the National Disaster Mitigation Agency (BNPB)"
IACHR = "The Inter-American Commission on Human Rights"
ECRF = "the Egyptian Commission for Rights and Freedoms (ECRF)"
LOTFY = "Mohamed Lotfy, the commission's executive director"
ECESR = "the Egyptian Center for Economic and Social Rights"
CCSD = "the Central Committee of Sudanese Doctors"
NTSHAVHENI = "acting Minister in the Presidency Khumbudzo Ntshavheni"
SANDF = "The South African National Defence Force (SANDF)"
OVD = "the independent monitoring group OVD-Info"
LRC = "The Lebanese Red Cross"
JAAC = "The Jammu Kashmir Joint Awami Action Committee"
KISSANA = "Police spokesman Kissana Phathanacharoen"
TLHR = "Thai Lawyers for Human Rights"
WRIGHT = "Justice Minister Alphonse Charles Wright"
BAH = "Information Minister Chernor Bah"
SL_GOV = "Sierra Leone's government"
CEBALLOS = "Interior Minister Remigio Ceballos"
CNJ = "the National Council of Justice"
FSIN = "the Federal Penitentiary Service"
RIERA = "Interior Minister Enrique Riera"
COMPAORE = "Security Minister Simon Compaoré"
NPS = "National Police Service"
KENYATTA = "President Uhuru Kenyatta"
KRC = "the Kenya Red Cross"
FORBA = "Reverend Fonki Samuel Forba, moderator of the Presbyterian Church in Cameroon"
NAFIU = "Nafiu Abubakar"
STAFF = "A member of staff who spoke on condition of anonymity"
SANCHEZ = "Jalisco security coordinator Ricardo Sánchez"
REGISTRY = "the national registry of missing persons"
MIT = "Turkey's MIT intelligence agency"
KANAANI = "Iranian foreign ministry spokesman Nasser Kanaani"
PRISON_SERVICE = "Israel's prison service"

PASSAGES = [
    # --- Protests and crackdowns ------------------------------------------------------------------
    P("d17_001",
      "BARCELONA, Oct 2, 2017 (Reuters) - Spanish riot police fired rubber bullets and charged "
      "voters with batons as Catalonia held a banned independence referendum on Sunday, and the "
      "regional government said 893 people had been treated by medical services. Spain's interior "
      "ministry said 431 police officers and civil guards had been injured, 39 of whom needed "
      "hospital treatment. Some 10,000 national police and civil guards had been sent to the "
      "region to stop the vote. Catalan officials said police had shut 319 polling stations and "
      "that turnout was 42%. Two of the injured civilians were in serious condition, among them a "
      "man hit in the eye by a rubber bullet, the Catalan health department said.",
      [C("893", 893, "exact", "injured", "people treated by medical services",
         "the regional government"),
       C("431", 431, "exact", "injured", "police officers and civil guards",
         "Spain's interior ministry"),
       C("39", 39, "exact", "injured", "officers needing hospital treatment",
         "Spain's interior ministry"),
       C("Some 10,000", 10000, "about", "troops", "national police and civil guards sent",
         cat_alt=["other"]),
       C("319", 319, "exact", "infrastructure", "polling stations shut by police",
         "Catalan officials", cat_alt=["other"]),
       C("Two", 2, "exact", "injured", "civilians in serious condition",
         "the Catalan health department")],
      published="2017-10-02"),

    P("d17_002",
      "Chad protest toll rises to 50 as opposition says more than 100 killed\n"
      "N'DJAMENA (AFP) - At least 50 people, about 10 of them members of the security forces, were "
      "killed on Thursday when police fired on demonstrators protesting against the extension of "
      "military rule, Prime Minister Saleh Kebzabo said. More than 300 others were wounded. The "
      "Transformers party of opposition leader Succès Masra said many more had been killed by "
      "security forces and put the number of dead at more than 100. Kebzabo said hundreds of "
      "people had been taken into custody, and he announced a curfew from 6 pm to 6 am in the "
      "capital and three other cities. A week later, prosecutors said 621 people, among them 83 "
      "minors, had been taken to the high-security Koro Toro prison in the desert, some 600 km "
      "north of N'Djamena.",
      [C("50", 50, "exact", "killed", "people (headline)", ctx="rises to 50"),
       C("more than 100", 100, "more_than", "killed", "people (headline)", "opposition",
         attr_alt=[TRANSFORMERS], ctx="says more than 100"),
       C("At least 50", 50, "at_least", "killed", "people", KEBZABO),
       C("about 10", 10, "about", "killed", "members of the security forces", KEBZABO),
       C("More than 300", 300, "more_than", "injured", "people wounded", KEBZABO,
         attr_alt=[None]),
       C("more than 100", 100, "more_than", "killed", "people", TRANSFORMERS,
         ctx="at more than 100"),
       C("hundreds", 100, "vague", "detained", "people taken into custody", "Kebzabo",
         attr_alt=[KEBZABO]),
       C("three", 3, "exact", "other", "other cities under curfew", None, optional=True,
         attr_alt=["Kebzabo"]),
       C("621", 621, "exact", "detained", "people taken to Koro Toro prison", "prosecutors"),
       C("83", 83, "exact", "detained", "minors taken to Koro Toro prison", "prosecutors")]),

    P("d17_003",
      "ADDIS ABABA, July 8 (Reuters) - At least 239 people have been killed in a week of unrest in "
      "Ethiopia's Oromiya region that followed the shooting of popular singer Hachalu Hundessa, "
      "police said on Wednesday, and more than 3,500 have been arrested. The dead included 215 "
      "civilians, 14 police officers and 10 members of regional militias, Oromiya police "
      "commissioner Mustafa Kedir told state broadcaster EBC. Hachalu, 34, was shot dead in Addis "
      "Ababa on June 29. Internet access has been cut across the country for more than a week. In "
      "a report released months later, the state-appointed Ethiopian Human Rights Commission said "
      "more than 9,000 people had been detained in connection with the violence, and that 123 of "
      "those killed had died of gunshot wounds inflicted by security forces.",
      [C("At least 239", 239, "at_least", "killed", "people in Oromiya", "police"),
       C("more than 3,500", 3500, "more_than", "detained", "people arrested", "police",
         attr_alt=[None]),
       C("215", 215, "exact", "killed", "civilians", MUSTAFA),
       C("14", 14, "exact", "killed", "police officers", MUSTAFA),
       C("10", 10, "exact", "killed", "regional militia members", MUSTAFA),
       C("more than 9,000", 9000, "more_than", "detained", "people detained", EHRC),
       C("123", 123, "exact", "killed", "people shot by security forces", EHRC)]),

    P("d17_004",
      "Uganda riot death toll rises to 45, police say\n"
      "Published: Saturday, November 21, 2020\n"
      "KAMPALA. The number of people killed in two days of riots that broke out after the arrest "
      "of presidential candidate Robert Kyagulanyi, alias Bobi Wine, has risen to 45, police "
      "spokesperson Fred Enanga said yesterday. He said 836 suspects had been arrested and would "
      "be charged with rioting, malicious damage and incitement to violence. The Uganda Red Cross "
      "Society said its volunteers had given first aid to more than 100 people, 34 of whom had "
      "sustained gunshot wounds. Security Minister Gen Elly Tumwine defended the shootings, saying "
      "police 'have a right to shoot you dead' when protesters reach 'a certain level of "
      "violence'.",
      [C("45", 45, "exact", "killed", "people (headline)", "police", attr_alt=[ENANGA],
         ctx="rises to 45"),
       C("45", 45, "exact", "killed", "people killed in the riots", ENANGA,
         ctx="has risen to 45"),
       C("836", 836, "exact", "detained", "suspects arrested", ENANGA, attr_alt=["He"]),
       C("more than 100", 100, "more_than", "injured", "people given first aid", URCS),
       C("34", 34, "exact", "injured", "people with gunshot wounds", URCS)],
      published="2020-11-21"),

    P("d17_005",
      "Thousands flee Wamena after riot kills 33\n"
      "Jakarta / Tue, October 1, 2019 / 08:12 am\n"
      "The death toll from last week's riot in Wamena, Jayawijaya regency, Papua, has reached 33, "
      "most of them migrants from other parts of Indonesia, the Indonesian Military (TNI) said on "
      "Monday. At least 76 people were injured, and some 224 houses, 165 shops and a government "
      "office were set on fire, Jayawijaya Regent John Richard Banua said. Around 7,000 residents "
      "have taken refuge in military and police compounds in the town, home to about 30,000 "
      "people, while more than 11,000 have left on Air Force Hercules aircraft, according to the "
      "National Disaster Mitigation Agency (BNPB). The Social Affairs Ministry said it had sent 20 "
      "tonnes of rice to the shelters. Police have named 17 people as suspects.",
      [C("Thousands", 1000, "vague", "displaced", "people fleeing Wamena (headline)"),
       C("33", 33, "exact", "killed", "people (headline)", ctx="kills 33"),
       C("33", 33, "exact", "killed", "people in Wamena", TNI, ctx="reached 33"),
       C("At least 76", 76, "at_least", "injured", "people", BANUA),
       C("some 224", 224, "about", "infrastructure", "houses set on fire", BANUA),
       C("165", 165, "exact", "infrastructure", "shops set on fire", BANUA),
       C("Around 7,000", 7000, "about", "displaced", "residents sheltering in compounds", BNPB),
       C("about 30,000", 30000, "about", "population", "people in Wamena", None,
         attr_alt=[BNPB]),
       C("more than 11,000", 11000, "more_than", "displaced", "people flown out", BNPB),
       C("20", 20, "exact", "aid", "tonnes of rice sent", "The Social Affairs Ministry"),
       C("17", 17, "exact", "detained", "people named as suspects", None,
         cat_alt=["other"], attr_alt=["Police"])],
      published="2019-10-01"),

    P("d17_006",
      "EL ALTO, Bolivia (AP) — Security forces opened fire on supporters of former President Evo "
      "Morales who were blockading a state-run fuel plant in the city of El Alto on Tuesday, "
      "killing at least six people, according to the ombudsman's office. The Inter-American "
      "Commission on Human Rights later said 10 people had died at Senkata, all of them from "
      "gunshot wounds, and that 30 others had been wounded by bullets. The interim government "
      "insisted soldiers had not fired a single shot and blamed protesters who it said had tried "
      "to blow up the plant's fuel tanks. At least 32 people have died in protest-related "
      "violence since Morales resigned on Nov. 10, the ombudsman's office said on Wednesday.",
      [C("at least six", 6, "at_least", "killed", "people at the fuel plant",
         "the ombudsman's office"),
       C("10", 10, "exact", "killed", "people at Senkata", IACHR, ctx="10 people"),
       C("30", 30, "exact", "injured", "people wounded by bullets", IACHR),
       C("At least 32", 32, "at_least", "killed", "people since Morales resigned",
         "the ombudsman's office")]),

    P("d17_007",
      "Tak Bai case expires with no one held to account\n"
      "PUBLISHED : 25 Oct 2024 at 04:00\n"
      "The 20-year statute of limitations on the Tak Bai killings expired at midnight, ending any "
      "chance of prosecuting the officers accused over one of the deadliest days of the southern "
      "insurgency. On Oct 25, 2004, security forces broke up a protest outside the Tak Bai police "
      "station in Narathiwat, shooting dead seven people. About 1,370 men were then arrested, "
      "tied and stacked face down in army trucks for the five-hour journey to a camp in Pattani, "
      "and 78 of them suffocated or were crushed to death on the way. None of the seven suspects "
      "named in a lawsuit filed by victims' families appeared in court, and police said on "
      "Thursday they had been unable to locate them. The state later paid the families 641 "
      "million baht in compensation but never accepted criminal responsibility.",
      [C("seven", 7, "exact", "killed", "protesters shot dead", ctx="shooting dead seven"),
       C("About 1,370", 1370, "about", "detained", "men arrested"),
       C("78", 78, "exact", "killed", "detainees who died in the trucks"),
       C("seven", 7, "exact", "other", "suspects named in the lawsuit", None,
         cat_alt=["detained"], attr_alt=["police"], ctx="the seven suspects")],
      published="2024-10-25"),

    P("d17_008",
      "Mon 28 Nov 2022 05.14 GMT\n"
      "Protests erupted in cities across China over the weekend after a fire in a locked-down "
      "apartment block in Urumqi, the capital of Xinjiang, killed 10 people and injured nine on "
      "Thursday. In Shanghai, hundreds of people gathered on Wulumuqi Road on Saturday night, some "
      "chanting for Xi Jinping to step down, and police detained at least a dozen of them, "
      "witnesses said. Students at Tsinghua University in Beijing held up blank sheets of A4 paper "
      "in silent protest. A BBC journalist covering the Shanghai protest was beaten and held for "
      "several hours before being released, the broadcaster said. Analysts counted demonstrations "
      "in at least 16 cities.",
      [C("10", 10, "exact", "killed", "people in the Urumqi fire"),
       C("nine", 9, "exact", "injured", "people in the Urumqi fire"),
       C("hundreds", 100, "vague", "other", "protesters on Wulumuqi Road", "witnesses"),
       C("at least a dozen", 12, "at_least", "detained", "protesters detained in Shanghai",
         "witnesses"),
       C("at least 16", 16, "at_least", "other", "cities with demonstrations", "Analysts",
         optional=True)],
      published="2022-11-28"),

    P("d17_009",
      "Egypt: More than 1,900 detained after rare protests, rights group says\n"
      "Published On 25 Sep 2019\n"
      "Egyptian authorities have arrested at least 1,909 people since small but rare "
      "anti-government protests broke out on Friday, the Egyptian Commission for Rights and "
      "Freedoms (ECRF) said on Wednesday. Among those held are at least six foreigners and 111 "
      "children, said Mohamed Lotfy, the commission's executive director. The public prosecutor's "
      "office said fewer than 1,000 people had been questioned over the protests. Hundreds of "
      "demonstrators took to the streets of Cairo, Alexandria and Suez last week, calling for "
      "President Abdel Fattah el-Sisi to step down. Another rights group, the Egyptian Center for "
      "Economic and Social Rights, said as many as 2,000 had been taken into custody, at least 40 "
      "of whom had since been released.",
      [C("More than 1,900", 1900, "more_than", "detained", "people (headline)", "rights group",
         attr_alt=[ECRF]),
       C("at least 1,909", 1909, "at_least", "detained", "people arrested", ECRF),
       C("at least six", 6, "at_least", "detained", "foreigners held", LOTFY),
       C("111", 111, "exact", "detained", "children held", LOTFY),
       C("fewer than 1,000", 1000, "fewer_than", "detained", "people questioned",
         "The public prosecutor's office", cat_alt=["other"]),
       C("Hundreds", 100, "vague", "other", "demonstrators"),
       C("as many as 2,000", 2000, "at_most", "detained", "people taken into custody", ECESR),
       C("at least 40", 40, "at_least", "detained", "detainees since released", ECESR)],
      published="2019-09-25"),

    P("d17_010",
      "27 March 2023, 2:10 am\n"
      "Tens of thousands of Israelis poured into the streets overnight after Prime Minister "
      "Benjamin Netanyahu fired Defence Minister Yoav Gallant, who had called for a pause in the "
      "government's judicial overhaul. In Tel Aviv, protesters blocked the Ayalon Highway and lit "
      "bonfires; a crowd-counting firm cited by Channel 12 put the number there at between 150,000 "
      "and 200,000. Police used water cannon to clear the highway and said 39 protesters had been "
      "arrested and that five officers had been lightly hurt. Organisers said the previous "
      "Saturday's rallies had drawn some 630,000 people across the country, the largest in 12 "
      "weeks of protests.",
      [C("Tens of thousands", 10000, "vague", "other", "Israelis in the streets"),
       C("between 150,000 and 200,000", 150000, "range", "other", "protesters in Tel Aviv",
         "a crowd-counting firm", high=200000, attr_alt=["Channel 12"]),
       C("39", 39, "exact", "detained", "protesters arrested", "Police"),
       C("five", 5, "exact", "injured", "police officers lightly hurt", "Police"),
       C("some 630,000", 630000, "about", "other", "people at Saturday's rallies",
         "Organisers")],
      published="2023-03-27"),

    P("d17_011",
      "WARSAW, Oct 30, 2020 (AFP) - Around 100,000 people marched through Warsaw on Friday in the "
      "biggest protest yet against a court ruling that imposed a near-total ban on abortion, "
      "according to city hall, while police, who put the number of marchers at between 40,000 and "
      "50,000, accused organisers of flouting a ban on gatherings of more than five people. Police "
      "said they had detained 37 people and that 35 officers had been hurt, mostly in scuffles "
      "with far-right football fans who tried to attack the march. The Constitutional Tribunal's "
      "11-2 ruling last week has sparked protests in more than 400 towns and cities, the Women's "
      "Strike movement said.",
      [C("Around 100,000", 100000, "about", "other", "marchers in Warsaw", "city hall"),
       C("between 40,000 and 50,000", 40000, "range", "other", "marchers in Warsaw", "police",
         high=50000),
       C("more than five", 5, "more_than", "other", "threshold of the ban on gatherings",
         optional=True),
       C("37", 37, "exact", "detained", "people detained", "Police"),
       C("35", 35, "exact", "injured", "police officers hurt", "Police"),
       C("more than 400", 400, "more_than", "other", "towns and cities with protests",
         "the Women's Strike movement", optional=True)],
      published="2020-10-30"),

    P("d17_012",
      "KHARTOUM, Oct 26 (Reuters) - At least seven people were killed and 140 wounded when "
      "soldiers fired on crowds protesting against Monday's military takeover, the Central "
      "Committee of Sudanese Doctors said, as tens of thousands of people barricaded streets in "
      "the capital with burning tyres and rocks. Soldiers detained Prime Minister Abdalla Hamdok, "
      "at least four cabinet ministers and the head of the ruling council's media office, the "
      "information ministry said in a statement. Coup leader General Abdel Fattah al-Burhan, 61, "
      "said on Tuesday that Hamdok was being kept at Burhan's own residence 'for his own safety'. "
      "Two of the wounded died of their wounds overnight, the doctors' committee said, raising the "
      "toll to nine.",
      [C("At least seven", 7, "at_least", "killed", "protesters", CCSD),
       C("140", 140, "exact", "injured", "protesters wounded", CCSD),
       C("tens of thousands", 10000, "vague", "other", "people barricading streets", None,
         attr_alt=[CCSD]),
       C("at least four", 4, "at_least", "detained", "cabinet ministers detained",
         "the information ministry"),
       C("Two", 2, "exact", "killed", "wounded who died overnight", "the doctors' committee",
         attr_alt=[CCSD]),
       C("nine", 9, "exact", "killed", "protesters (toll)", "the doctors' committee",
         attr_alt=[CCSD, None])]),

    P("d17_013",
      "Published: 22 July 2021\n"
      "The death toll from last week's violence and looting in KwaZulu-Natal and Gauteng has risen "
      "to 337 (79 in Gauteng and 258 in KwaZulu-Natal), acting Minister in the Presidency "
      "Khumbudzo Ntshavheni said on Thursday. She said 3,407 people had been arrested, 1,488 of "
      "whom had already appeared in court. The South African National Defence Force (SANDF) has "
      "deployed 25,000 soldiers, its largest deployment since the end of apartheid. According to "
      "the minister, 161 malls and shopping centres, 11 warehouses and eight factories were "
      "looted or damaged. Business groups estimate the unrest cost the economy R50 billion.",
      [C("337", 337, "exact", "killed", "people in the unrest", NTSHAVHENI),
       C("79", 79, "exact", "killed", "people in Gauteng", NTSHAVHENI),
       C("258", 258, "exact", "killed", "people in KwaZulu-Natal", NTSHAVHENI),
       C("3,407", 3407, "exact", "detained", "people arrested", NTSHAVHENI, attr_alt=["She"]),
       C("1,488", 1488, "exact", "detained", "arrested who appeared in court", NTSHAVHENI,
         cat_alt=["other"], attr_alt=["She"]),
       C("25,000", 25000, "exact", "troops", "soldiers deployed", None, attr_alt=[SANDF]),
       C("161", 161, "exact", "infrastructure", "malls and shopping centres looted or damaged",
         "the minister", attr_alt=[NTSHAVHENI]),
       C("11", 11, "exact", "infrastructure", "warehouses looted or damaged", "the minister",
         attr_alt=[NTSHAVHENI]),
       C("eight", 8, "exact", "infrastructure", "factories looted or damaged", "the minister",
         attr_alt=[NTSHAVHENI])],
      published="2021-07-22"),

    P("d17_014",
      "Four killed, over 80 injured as Ladakh statehood protest turns violent\n"
      "Updated - September 25, 2025 10:41 am IST\n"
      "LEH: Four people were killed and more than 80 injured, 40 of them police personnel, when a "
      "protest demanding statehood for Ladakh turned violent in Leh on Wednesday, officials said. "
      "Protesters set fire to the local BJP office and a police vehicle, and police fired more "
      "than 150 tear gas shells before opening fire. A curfew was imposed in Leh town and at "
      "least 50 people were detained, a senior police officer told The Hindu. Climate activist "
      "Sonam Wangchuk, 59, who had been on a 15-day hunger strike with the protesters, called off "
      "his fast. Two days later he was detained under the National Security Act and moved to a "
      "jail in Jodhpur, about 1,000 km away.",
      [C("Four", 4, "exact", "killed", "people (headline)", ctx="Four killed"),
       C("over 80", 80, "more_than", "injured", "people (headline)"),
       C("Four", 4, "exact", "killed", "people in Leh", "officials", ctx="Four people"),
       C("more than 80", 80, "more_than", "injured", "people in Leh", "officials"),
       C("40", 40, "exact", "injured", "police personnel", "officials"),
       C("more than 150", 150, "more_than", "munitions", "tear gas shells fired", "officials",
         cat_alt=["other"], attr_alt=[None]),
       C("at least 50", 50, "at_least", "detained", "people detained in Leh",
         "a senior police officer")],
      published="2025-09-25"),

    P("d17_015",
      "MOSCOW, March 6 (Reuters) - Russian police detained more than 4,300 people at anti-war "
      "protests in 56 cities on Sunday, the independent monitoring group OVD-Info said, bringing "
      "the number held since Russia invaded Ukraine on Feb. 24 to over 13,000. The interior "
      "ministry put Sunday's arrests at 3,500, including 1,700 in Moscow and 750 in St "
      "Petersburg, and said about 5,200 people had taken part nationwide. In Moscow, riot police "
      "in helmets dragged protesters into waiting buses. President Vladimir Putin, 69, has called "
      "the invasion a 'special military operation'.",
      [C("more than 4,300", 4300, "more_than", "detained", "anti-war protesters detained", OVD),
       C("56", 56, "exact", "other", "cities with protests", OVD, optional=True),
       C("over 13,000", 13000, "more_than", "detained", "people held since Feb. 24", OVD,
         attr_alt=[None]),
       C("3,500", 3500, "exact", "detained", "arrests on Sunday", "The interior ministry"),
       C("1,700", 1700, "exact", "detained", "arrests in Moscow", "The interior ministry"),
       C("750", 750, "exact", "detained", "arrests in St Petersburg", "The interior ministry"),
       C("about 5,200", 5200, "about", "other", "protesters nationwide",
         "The interior ministry")]),

    P("d17_016",
      "BEIRUT, Aug 9 (Reuters) - A police officer was killed and more than 700 people were "
      "injured in Beirut on Saturday when security forces fired tear gas and rubber bullets at "
      "thousands of protesters enraged by Tuesday's port explosion. The Lebanese Red Cross said "
      "it had treated 728 people, 153 of whom were taken to hospitals. Police said 70 of their "
      "members had been hurt and that 20 protesters had been arrested. Demonstrators briefly "
      "occupied the foreign ministry and the economy ministry. Tuesday's blast killed at least "
      "158 people and left about 300,000 homeless, officials have said.",
      [C("more than 700", 700, "more_than", "injured", "people in Beirut", None,
         attr_alt=[LRC]),
       C("thousands", 1000, "vague", "other", "protesters"),
       C("728", 728, "exact", "injured", "people treated", LRC),
       C("153", 153, "exact", "injured", "people taken to hospitals", LRC),
       C("70", 70, "exact", "injured", "police officers hurt", "Police"),
       C("20", 20, "exact", "detained", "protesters arrested", "Police"),
       C("at least 158", 158, "at_least", "killed", "people in the port blast", "officials"),
       C("about 300,000", 300000, "about", "displaced", "people left homeless by the blast",
         "officials")]),

    P("d17_017",
      "MUZAFFARABAD: At least three people were killed and six others injured when Rangers "
      "personnel allegedly opened fire on protesters in Muzaffarabad on Monday evening, officials "
      "said, as a four-day protest over electricity tariffs and flour prices turned violent. A "
      "police official said a sub-inspector had been killed and more than 90 policemen injured in "
      "clashes with protesters in Kotli and Mirpur over the weekend. Prime Minister Shehbaz Sharif "
      "approved Rs23 billion to subsidise electricity and flour in the region. The Jammu Kashmir "
      "Joint Awami Action Committee, which led the march, said as many as 150 of its activists had "
      "been arrested since Friday.",
      [C("At least three", 3, "at_least", "killed", "protesters in Muzaffarabad", "officials"),
       C("six", 6, "exact", "injured", "protesters in Muzaffarabad", "officials"),
       C("more than 90", 90, "more_than", "injured", "policemen", "A police official"),
       C("as many as 150", 150, "at_most", "detained", "activists arrested", JAAC)]),

    P("d17_018",
      "BANGKOK, Oct 16 (Reuters) - Thai riot police used water cannon laced with a chemical "
      "irritant to disperse thousands of protesters in central Bangkok on Friday, a day after the "
      "government banned gatherings of five or more people under an emergency decree. Police "
      "spokesman Kissana Phathanacharoen said seven people had been arrested and that no one had "
      "been seriously hurt. Organisers put Thursday night's crowd at the Ratchaprasong "
      "intersection at more than 20,000; police said it was around 10,000. Thai Lawyers for Human "
      "Rights said at least 51 people had been arrested since the decree took effect, including "
      "three of the most prominent protest leaders.",
      [C("thousands", 1000, "vague", "other", "protesters dispersed"),
       C("five or more", 5, "at_least", "other", "threshold of the ban on gatherings",
         optional=True),
       C("seven", 7, "exact", "detained", "people arrested on Friday", KISSANA),
       C("more than 20,000", 20000, "more_than", "other", "crowd at Ratchaprasong",
         "Organisers"),
       C("around 10,000", 10000, "about", "other", "crowd at Ratchaprasong", "police"),
       C("at least 51", 51, "at_least", "detained", "people arrested since the decree", TLHR),
       C("three", 3, "exact", "detained", "protest leaders arrested", TLHR)]),

    P("d17_019",
      "(LEAD) Hundreds of thousands rally near parliament as Yoon is impeached\n"
      "2024/12/14 18:40\n"
      "SEOUL, Dec. 14 (Yonhap) -- Hundreds of thousands of people gathered in front of the "
      "National Assembly on Saturday, cheering as lawmakers voted 204-85 to impeach President Yoon "
      "Suk Yeol over his short-lived martial law declaration. The organisers, a coalition of more "
      "than 1,500 civic groups, estimated the crowd at 2 million at its peak, while police put the "
      "number at 208,000. Police deployed about 8,000 officers to the area. A rival rally of Yoon "
      "supporters in central Seoul drew 42,000, according to police estimates. No injuries or "
      "arrests were reported.",
      [C("Hundreds of thousands", 100000, "vague", "other", "people rallying (headline)",
         ctx="Hundreds of thousands rally"),
       C("Hundreds of thousands", 100000, "vague", "other", "people at the National Assembly",
         ctx="Hundreds of thousands of people"),
       C("more than 1,500", 1500, "more_than", "other", "civic groups in the coalition",
         optional=True),
       C("2 million", 2000000, "exact", "other", "crowd at its peak", "The organisers"),
       C("208,000", 208000, "exact", "other", "crowd", "police"),
       C("about 8,000", 8000, "about", "troops", "police officers deployed", None,
         cat_alt=["other"], attr_alt=["Police"]),
       C("42,000", 42000, "exact", "other", "Yoon supporters at a rival rally",
         "police estimates", attr_alt=["police"])],
      published="2024-12-14"),

    P("d17_020",
      "Date 15.01.2023\n"
      "Police and protesters clashed on Saturday at the edge of Lützerath, a village being cleared "
      "to make way for the expansion of the Garzweiler open-pit coal mine in western Germany. "
      "Organizers said some 35,000 people joined the march, while police put the number at "
      "15,000. Police said more than 70 officers had been injured, some of them by stones and "
      "fireworks. Protest organizers accused police of 'massive violence' and said dozens of "
      "demonstrators had been hurt, some seriously. A police spokesperson said on Sunday that 12 "
      "people had been detained and that 154 criminal proceedings had been opened. Swedish "
      "activist Greta Thunberg, 20, joined the protest.",
      [C("some 35,000", 35000, "about", "other", "marchers", "Organizers"),
       C("15,000", 15000, "exact", "other", "marchers", "police"),
       C("more than 70", 70, "more_than", "injured", "police officers", "Police"),
       C("dozens", 12, "vague", "injured", "demonstrators hurt", "Protest organizers"),
       C("12", 12, "exact", "detained", "people detained", "A police spokesperson"),
       C("154", 154, "exact", "other", "criminal proceedings opened", "A police spokesperson",
         optional=True)],
      published="2023-01-15"),

    # --- Prison riots and jailbreaks --------------------------------------------------------------
    P("d17_021",
      "CONAKRY, Nov 5, 2023 (AFP) - Guinea's former junta leader Moussa Dadis Camara was back in "
      "prison on Saturday, hours after heavily armed commandos broke him and three other "
      "defendants out of Conakry's central prison before dawn, Justice Minister Alphonse Charles "
      "Wright said. Nine people were killed in the jailbreak and its aftermath, among them three "
      "of the assailants, four soldiers and two civilians, the army said on Sunday. Former army "
      "colonel Claude Pivi, one of the escapees, remains at large, and the authorities have "
      "offered a reward of 500 million Guinean francs for information. Camara, 59, is on trial "
      "with 10 other former officials over the September 2009 stadium massacre. A UN inquiry "
      "found that at least 156 people were killed and 109 women raped at the stadium.",
      [C("three", 3, "exact", "detained", "other defendants broken out", WRIGHT,
         cat_alt=["other"], ctx="three other defendants"),
       C("Nine", 9, "exact", "killed", "people in the jailbreak", "the army"),
       C("three", 3, "exact", "killed", "assailants", "the army", ctx="three of the assailants"),
       C("four", 4, "exact", "killed", "soldiers", "the army"),
       C("two", 2, "exact", "killed", "civilians", "the army"),
       C("10", 10, "exact", "detained", "former officials on trial", None, cat_alt=["other"]),
       C("at least 156", 156, "at_least", "killed", "people in the 2009 stadium massacre",
         "A UN inquiry"),
       C("109", 109, "exact", "other", "women raped", "A UN inquiry", cat_alt=["injured"])],
      published="2023-11-05"),

    P("d17_022",
      "FREETOWN, Nov 27 (Reuters) - Sierra Leone's government said on Monday that 1,890 inmates "
      "had escaped from the Pademba Road maximum security prison and other jails when gunmen "
      "attacked a military barracks and detention centres in the capital on Sunday. Information "
      "Minister Chernor Bah said 13 soldiers were among the 21 people killed, and that the "
      "authorities had so far arrested 13 military officers and one civilian. President Julius "
      "Maada Bio called the attack a failed coup attempt. The prison service said a 'good "
      "number' of the escaped inmates had returned or been recaptured, without giving a figure.\n"
      "Correction: An earlier version of this story gave the number of escaped inmates as 1,980. "
      "The government's figure is 1,890.",
      [C("1,890", 1890, "exact", "detained", "inmates who escaped", SL_GOV, cat_alt=["other"],
         ctx="that 1,890"),
       C("13", 13, "exact", "killed", "soldiers", BAH, ctx="13 soldiers"),
       C("21", 21, "exact", "killed", "people", BAH),
       C("13", 13, "exact", "detained", "military officers arrested", BAH,
         ctx="13 military officers"),
       C("one", 1, "exact", "detained", "civilian arrested", BAH, ctx="one civilian"),
       C("1,980", 1980, "exact", "detained", "escaped inmates (retracted figure)", None,
         cat_alt=["other"], optional=True),
       C("1,890", 1890, "exact", "detained", "escaped inmates (corrected figure)",
         "The government", cat_alt=["other"], attr_alt=[SL_GOV], ctx="figure is 1,890")]),

    P("d17_023",
      "CARACAS, Venezuela (AP) — Venezuelan authorities said Wednesday that they had regained full "
      "control of the Tocorón prison, a stronghold of the Tren de Aragua gang that had a swimming "
      "pool, a small zoo and a nightclub, in an operation involving 11,000 soldiers and police "
      "officers. Interior Minister Remigio Ceballos said one soldier had been killed but that no "
      "inmates had died. The prison held about 1,600 inmates, who are being moved to other "
      "facilities, he said. Among the weapons seized were 12 assault rifles, three grenade "
      "launchers and a rocket launcher, the ministry said later. The gang's leader, Héctor 'Niño' "
      "Guerrero, was not found.",
      [C("11,000", 11000, "exact", "troops", "soldiers and police officers in the operation",
         "Venezuelan authorities"),
       C("one", 1, "exact", "killed", "soldier", CEBALLOS),
       C("about 1,600", 1600, "about", "detained", "inmates held at Tocorón", CEBALLOS,
         cat_alt=["population"], attr_alt=["he"]),
       C("12", 12, "exact", "munitions", "assault rifles seized", "the ministry",
         cat_alt=["other"]),
       C("three", 3, "exact", "munitions", "grenade launchers seized", "the ministry",
         cat_alt=["other"])]),

    P("d17_024",
      "SAO PAULO, July 29 (Reuters) - At least 57 inmates were killed, 16 of them decapitated, "
      "when gang members fought for about five hours at a prison in Altamira in Brazil's northern "
      "state of Pará on Monday, state prison authorities said. The violence began at 7 a.m. when "
      "members of the Comando Classe A gang set fire to a cell block holding members of the rival "
      "Comando Vermelho. Two prison guards were taken hostage and later released unharmed. The "
      "prison, built to hold 163 inmates, held 343 at the time of the riot, according to the "
      "National Council of Justice. Two days later, four of the inmates being transferred after "
      "the massacre were strangled to death inside a prison van, raising the toll to 62.",
      [C("At least 57", 57, "at_least", "killed", "inmates", "state prison authorities"),
       C("16", 16, "exact", "killed", "inmates decapitated", "state prison authorities"),
       C("Two", 2, "exact", "hostages", "prison guards taken hostage",
         "state prison authorities", attr_alt=[None], ctx="Two prison guards"),
       C("163", 163, "exact", "other", "prison capacity", CNJ, optional=True),
       C("343", 343, "exact", "detained", "inmates held at the time", CNJ,
         cat_alt=["population"]),
       C("four", 4, "exact", "killed", "inmates strangled in a van"),
       C("62", 62, "exact", "killed", "inmates (toll)")]),

    P("d17_025",
      "Russian special forces kill hostage-takers at Rostov jail\n"
      "MOSCOW, June 16 (Reuters) - Russian special forces stormed a pre-trial detention centre in "
      "the southern city of Rostov-on-Don on Sunday and shot dead five of the six inmates who had "
      "taken two guards hostage, the Federal Penitentiary Service said. Both hostages were freed "
      "unharmed, it said. The sixth hostage-taker was wounded and detained, the RIA news agency "
      "reported. The men, who had been held on terrorism charges, had posted videos showing them "
      "with an Islamic State flag.",
      [C("five", 5, "exact", "killed", "inmates who took hostages", FSIN),
       C("six", 6, "exact", "detained", "inmates who took guards hostage", FSIN,
         cat_alt=["troops", "other"]),
       C("two", 2, "exact", "hostages", "guards taken hostage", FSIN)]),

    P("d17_026",
      "ASUNCION (AFP) - Some 2,700 police officers and soldiers stormed Paraguay's largest prison "
      "before dawn on Monday, retaking control from the Rotela Clan gang, which had run it since a "
      "mutiny in October during which inmates held more than 10 guards captive for two days. "
      "Interior Minister Enrique Riera said one police officer had been killed and that 700 "
      "inmates would be transferred to other prisons. Tacumbú, built for 1,500 inmates, held about "
      "2,200, according to the justice ministry. Police said they had seized 30 firearms and 11 kg "
      "of cocaine.",
      [C("Some 2,700", 2700, "about", "troops", "police officers and soldiers in the raid",
         cat_alt=["other"]),
       C("more than 10", 10, "more_than", "hostages", "guards held captive in October"),
       C("one", 1, "exact", "killed", "police officer", RIERA),
       C("700", 700, "exact", "detained", "inmates to be transferred", RIERA),
       C("1,500", 1500, "exact", "other", "prison capacity", "the justice ministry",
         optional=True),
       C("about 2,200", 2200, "about", "detained", "inmates held at Tacumbú",
         "the justice ministry", cat_alt=["population"]),
       C("30", 30, "exact", "munitions", "firearms seized", "Police", cat_alt=["other"]),
       C("11", 11, "exact", "other", "kg of cocaine seized", "Police", optional=True)]),

    # --- Hostage crises, kidnappings and the missing ----------------------------------------------
    P("d17_027",
      "OUAGADOUGOU, Jan 16, 2016 (AFP) - Burkinabe and French troops ended a siege of the Splendid "
      "Hotel in Ouagadougou early on Saturday, freeing 126 hostages, 33 of them wounded, Security "
      "Minister Simon Compaoré said. At least 23 people of 18 nationalities were killed in the "
      "attack on the hotel and a nearby café, he said. Three attackers, who had stormed the hotel "
      "on Friday evening, were killed, and a fourth may have escaped, according to the minister. "
      "Al-Qaeda in the Islamic Maghreb claimed responsibility.",
      [C("126", 126, "exact", "hostages", "hostages freed", COMPAORE),
       C("33", 33, "exact", "injured", "freed hostages wounded", COMPAORE,
         cat_alt=["hostages"]),
       C("At least 23", 23, "at_least", "killed", "people in the attack", COMPAORE,
         attr_alt=["he"]),
       C("18", 18, "exact", "other", "nationalities of the dead", COMPAORE, optional=True,
         attr_alt=["he"]),
       C("Three", 3, "exact", "killed", "attackers", "the minister", attr_alt=[COMPAORE])],
      published="2016-01-16"),

    P("d17_028",
      "Nairobi hotel attack: what we know\n"
      "- 21 people were killed, among them 16 Kenyans, one Briton and one American (National "
      "Police Service).\n"
      "- More than 700 people were evacuated from the DusitD2 complex during the 19-hour "
      "operation, President Uhuru Kenyatta said.\n"
      "- All five attackers were 'eliminated', he said.\n"
      "- 28 people were admitted to hospital with injuries, the Kenya Red Cross said. It said 19 "
      "people were still unaccounted for on Wednesday evening.\n"
      "- Police have arrested at least four suspects in Nairobi and Eastleigh.",
      [C("21", 21, "exact", "killed", "people", NPS),
       C("16", 16, "exact", "killed", "Kenyans", NPS),
       C("one", 1, "exact", "killed", "Briton", NPS, ctx="one Briton"),
       C("one", 1, "exact", "killed", "American", NPS, ctx="one American"),
       C("More than 700", 700, "more_than", "displaced", "people evacuated from the complex",
         KENYATTA, cat_alt=["other"]),
       C("five", 5, "exact", "killed", "attackers eliminated", KENYATTA, attr_alt=["he"]),
       C("28", 28, "exact", "injured", "people admitted to hospital", KRC),
       C("19", 19, "exact", "missing", "people unaccounted for", KRC, attr_alt=["It"],
         ctx="19 people"),
       C("at least four", 4, "at_least", "detained", "suspects arrested", None,
         attr_alt=["Police"])]),

    P("d17_029",
      "Published 22 April 2022\n"
      "Twenty-five years ago today, Peruvian commandos stormed the Japanese ambassador's residence "
      "in Lima, ending one of the longest hostage crises in modern history. On 17 December 1996, "
      "14 members of the Túpac Amaru Revolutionary Movement (MRTA), posing as waiters, had taken "
      "some 600 guests hostage at a party celebrating the emperor's birthday. Most were released "
      "within days, but 72 were held captive for 126 days. In the raid, 140 soldiers poured in "
      "through tunnels dug beneath the compound; 71 hostages were rescued, while one hostage, "
      "Supreme Court justice Carlos Giusti, and two commandos died. All 14 rebels were killed, "
      "some of them, survivors later alleged, after they had surrendered.",
      [C("14", 14, "exact", "troops", "MRTA members who stormed the residence",
         cat_alt=["other"], ctx="1996, 14 members"),
       C("some 600", 600, "about", "hostages", "guests taken hostage"),
       C("72", 72, "exact", "hostages", "hostages held captive"),
       C("140", 140, "exact", "troops", "soldiers in the raid"),
       C("71", 71, "exact", "hostages", "hostages rescued"),
       C("one", 1, "exact", "killed", "hostage", cat_alt=["hostages"], ctx="one hostage"),
       C("two", 2, "exact", "killed", "commandos"),
       C("14", 14, "exact", "killed", "rebels", ctx="All 14 rebels")],
      published="2022-04-22"),

    P("d17_030",
      "YAOUNDE, Nov 7 (Reuters) - Gunmen who abducted 79 pupils, their principal, a teacher and a "
      "driver from a Presbyterian secondary school near Bamenda, the capital of Cameroon's "
      "restive North-West region, freed all the children on Wednesday, the school's church said. "
      "'They are exhausted but unharmed,' Reverend Fonki Samuel Forba, moderator of the "
      "Presbyterian Church in Cameroon, told Reuters. The driver was released with the children, "
      "but the principal and the teacher were still being held, he said. The school, which had "
      "about 700 pupils on its roll before the conflict, had fewer than 100 this term, he added. "
      "A video circulated on social media after Monday's abduction showed 11 of the boys saying "
      "they had been taken by separatist fighters, who denied involvement.",
      [C("79", 79, "exact", "hostages", "pupils abducted and freed", "the school's church"),
       C("about 700", 700, "about", "population", "pupils on the roll before the conflict",
         FORBA, cat_alt=["other"], attr_alt=["he"]),
       C("fewer than 100", 100, "fewer_than", "population", "pupils this term", FORBA,
         cat_alt=["other"], attr_alt=["he"]),
       C("11", 11, "exact", "hostages", "boys shown in a video", None, optional=True)]),

    P("d17_031",
      "MEXICO CITY (AP) — Sixteen employees of the security ministry in the southern Mexican state "
      "of Chiapas were freed on Wednesday, a day after armed men abducted them on a highway "
      "outside the state capital, Tuxtla Gutiérrez, state officials said. The 14 men and two "
      "women, most of them administrative staff, were found alive and were being examined by "
      "doctors. The kidnappers had demanded the release of a suspected gang boss who was arrested "
      "last week, local media reported. The federal government sent 300 National Guard troops to "
      "the area. Nobody has been arrested.",
      [C("Sixteen", 16, "exact", "hostages", "security ministry employees freed",
         "state officials"),
       C("14", 14, "exact", "hostages", "men freed", "state officials", attr_alt=[None]),
       C("two", 2, "exact", "hostages", "women freed", "state officials", attr_alt=[None]),
       C("300", 300, "exact", "troops", "National Guard troops sent", None,
         attr_alt=["The federal government"])]),

    P("d17_032",
      "Gunmen abduct students, teachers in Kebbi school attack\n"
      "BIRNIN KEBBI: Bandits on Thursday attacked the Federal Government College in Birnin Yauri, "
      "Kebbi State, killing a policeman and abducting an unknown number of students and teachers. "
      "The state police command's spokesperson, Nafiu Abubakar, said troops had rescued five "
      "students and one teacher after a gun battle with the attackers, and that one student had "
      "been shot dead. 'We cannot yet say how many were taken,' he said. A member of staff who "
      "spoke on condition of anonymity told our correspondent that more than 80 students and at "
      "least five teachers were still unaccounted for.",
      [C("five", 5, "exact", "hostages", "students rescued", NAFIU, ctx="rescued five"),
       C("one", 1, "exact", "hostages", "teacher rescued", NAFIU, ctx="one teacher"),
       C("one", 1, "exact", "killed", "student shot dead", NAFIU, ctx="one student"),
       C("more than 80", 80, "more_than", "missing", "students unaccounted for", STAFF,
         cat_alt=["hostages"]),
       C("at least five", 5, "at_least", "missing", "teachers unaccounted for", STAFF,
         cat_alt=["hostages"])]),

    P("d17_033",
      "GUADALAJARA, Mexico, Aug 16, 2023 (Reuters) - Five young men who vanished after a local fair "
      "in Lagos de Moreno, in the western state of Jalisco, have not been seen since Friday, and "
      "prosecutors said on Wednesday they had found human remains at a nearby ranch that had not "
      "yet been identified. The friends were aged 19 to 22. Four suspects have been arrested, "
      "Jalisco security coordinator Ricardo Sánchez said. Jalisco has more than 15,000 people "
      "registered as missing, the most of any state, according to the national registry of "
      "missing persons, which lists over 110,000 nationwide. Relatives' groups say the real "
      "figures are far higher.",
      [C("Five", 5, "exact", "missing", "young men who vanished", None,
         attr_alt=["prosecutors"]),
       C("Four", 4, "exact", "detained", "suspects arrested", SANCHEZ),
       C("more than 15,000", 15000, "more_than", "missing", "people registered missing in Jalisco",
         REGISTRY),
       C("over 110,000", 110000, "more_than", "missing", "people registered missing nationwide",
         REGISTRY)],
      published="2023-08-16"),

    # --- Prisoner exchanges -----------------------------------------------------------------------
    P("d17_034",
      "ANKARA, Aug 1, 2024 (Reuters) - Russia freed 16 people, including Wall Street Journal "
      "reporter Evan Gershkovich and former U.S. Marine Paul Whelan, in exchange for eight "
      "Russians held in the West, in the biggest prisoner swap since the Cold War, Turkey's MIT "
      "intelligence agency said on Thursday. The 26 people (two of them minors) were flown to "
      "Ankara on seven planes from the United States, Germany, Poland, Slovenia, Norway and "
      "Russia, MIT said. Among those released by Russia were five Germans and seven Russian "
      "political prisoners, officials in Berlin said. Gershkovich, 32, had been sentenced in July "
      "to 16 years in a high-security penal colony on espionage charges he denied.",
      [C("16", 16, "exact", "detained", "prisoners freed by Russia", MIT, ctx="freed 16"),
       C("eight", 8, "exact", "detained", "Russians held in the West", MIT),
       C("26", 26, "exact", "detained", "people exchanged", "MIT", attr_alt=[MIT]),
       C("two", 2, "exact", "detained", "minors among those exchanged", "MIT", optional=True,
         attr_alt=[MIT]),
       C("seven", 7, "exact", "other", "planes", "MIT", optional=True, attr_alt=[MIT],
         ctx="seven planes"),
       C("five", 5, "exact", "detained", "Germans released by Russia", "officials in Berlin"),
       C("seven", 7, "exact", "detained", "Russian political prisoners released",
         "officials in Berlin", ctx="seven Russian")],
      published="2024-08-01"),

    P("d17_035",
      "Five Americans freed by Iran in prisoner swap land in Qatar\n"
      "Published On 18 Sep 2023\n"
      "Five US citizens who had been held in Iran arrived in Doha on Monday after $6bn in Iranian "
      "funds frozen in South Korea was transferred to accounts in Qatar. In return, Washington is "
      "releasing five Iranians held in the United States, two of whom will stay in the US, "
      "Iranian foreign ministry spokesman Nasser Kanaani said. Siamak Namazi, 51, the longest-held "
      "of the Americans, had spent nearly eight years in Tehran's Evin prison.",
      [C("Five", 5, "exact", "detained", "Americans freed (headline)", ctx="Five Americans"),
       C("Five", 5, "exact", "detained", "US citizens freed", ctx="Five US citizens"),
       C("five", 5, "exact", "detained", "Iranians released by the US", KANAANI),
       C("two", 2, "exact", "detained", "released Iranians staying in the US", KANAANI)],
      published="2023-09-18"),

    P("d17_036",
      "YEREVAN, Dec 13 (Reuters) - Azerbaijan freed 32 Armenian servicemen and Armenia released "
      "two Azerbaijani soldiers on Wednesday, in an exchange agreed as the neighbours work "
      "towards a peace treaty, Armenia and Azerbaijan said in a joint statement. The Azerbaijani "
      "soldiers had been held since crossing into Armenia in April, one of them accused of killing "
      "an Armenian civilian. Yerevan says Baku still holds at least 23 Armenians, among them eight "
      "former leaders of Nagorno-Karabakh who face trial in Baku.",
      [C("32", 32, "exact", "detained", "Armenian servicemen freed", "Armenia and Azerbaijan"),
       C("two", 2, "exact", "detained", "Azerbaijani soldiers released",
         "Armenia and Azerbaijan"),
       C("at least 23", 23, "at_least", "detained", "Armenians held by Azerbaijan", "Yerevan"),
       C("eight", 8, "exact", "detained", "former Nagorno-Karabakh leaders held", "Yerevan")]),

    P("d17_037",
      "CARACAS, Dec 20 (Reuters) - Venezuela released 10 Americans, including six the U.S. "
      "government considered wrongfully detained, in exchange for Alex Saab, a close ally of "
      "President Nicolas Maduro who was facing money-laundering charges in Miami, the White House "
      "said on Wednesday. Caracas also freed 20 Venezuelan political prisoners and handed over "
      "fugitive defence contractor Leonard Francis, known as 'Fat Leonard', U.S. officials said. "
      "Foro Penal, a rights group which counts some 270 political prisoners in Venezuela, said at "
      "least 40 of them remain behind bars despite court orders for their release.",
      [C("10", 10, "exact", "detained", "Americans released", "the White House"),
       C("six", 6, "exact", "detained", "Americans considered wrongfully detained",
         "the White House"),
       C("20", 20, "exact", "detained", "Venezuelan political prisoners freed",
         "U.S. officials", ctx="freed 20"),
       C("some 270", 270, "about", "detained", "political prisoners in Venezuela", "Foro Penal"),
       C("at least 40", 40, "at_least", "detained", "political prisoners held despite release "
         "orders", "Foro Penal")]),

    P("d17_038",
      "JERUSALEM, Oct 18, 2011 (AFP) - Israeli soldier Gilad Shalit returned home on Tuesday after "
      "more than five years in Hamas captivity, freed in exchange for 477 Palestinian prisoners, "
      "the first group of 1,027 to be released under the Egyptian-brokered deal. Israel's prison "
      "service said 450 men and 27 women had been freed, 279 of them serving life sentences. Forty "
      "of those released were deported abroad and 163 were sent to the Gaza Strip rather than to "
      "their homes in the West Bank, officials said. The remaining 550 prisoners are to be freed "
      "within two months. Shalit, 25, was seized in a cross-border raid in June 2006 in which two "
      "other soldiers were killed.",
      [C("477", 477, "exact", "detained", "Palestinian prisoners freed"),
       C("1,027", 1027, "exact", "detained", "prisoners to be released under the deal"),
       C("450", 450, "exact", "detained", "men freed", PRISON_SERVICE),
       C("27", 27, "exact", "detained", "women freed", PRISON_SERVICE),
       C("279", 279, "exact", "detained", "freed prisoners serving life sentences",
         PRISON_SERVICE),
       C("Forty", 40, "exact", "detained", "released prisoners deported abroad", "officials",
         cat_alt=["displaced"]),
       C("163", 163, "exact", "detained", "released prisoners sent to Gaza", "officials",
         cat_alt=["displaced"]),
       C("550", 550, "exact", "detained", "prisoners still to be freed"),
       C("two", 2, "exact", "killed", "soldiers killed in the 2006 raid",
         ctx="two other soldiers")],
      published="2011-10-18"),

    # --- Non-claims only --------------------------------------------------------------------------
    P("d17_039",
      "SHARM EL-SHEIKH, Egypt, Nov 8 (Reuters) - The family of jailed British-Egyptian activist "
      "Alaa Abd El-Fattah said on Tuesday he had stopped drinking water on Sunday, the first day "
      "of the COP27 climate summit, escalating a hunger strike he began on April 2. Abd El-Fattah, "
      "40, had been consuming only 100 calories a day for seven months. His sister Sanaa Seif said "
      "doctors had told the family that a person could survive no more than 72 hours without "
      "water. He was sentenced in December 2021 to five years in prison for spreading false news "
      "and has spent most of the past decade behind bars. Egyptian officials did not respond to "
      "requests for comment.",
      []),

    P("d17_040",
      "PHNOM PENH, March 3, 2023 (Reuters) - A Cambodian court on Friday sentenced opposition "
      "leader Kem Sokha to 27 years of house arrest after finding him guilty of treason, in a case "
      "rights groups called politically motivated. Kem Sokha, 69, was arrested in September 2017 "
      "and his Cambodia National Rescue Party was dissolved two months later. The trial, which "
      "began in January 2020, lasted more than two years. The court also barred him for life from "
      "standing in elections or voting. The verdict comes four months before a general election in "
      "which Prime Minister Hun Sen, in power for 38 years, faces no serious challenger.",
      [],
      published="2023-03-03"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d17_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11", "devset12",
                                                   "devset13", "devset14", "devset15",
                                                   "devset16", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
