"""Source of the eighteenth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on wars and disasters, written for this set (none copied from an
article) in the style of wire copy (Reuters, AP, AFP, Xinhua, Kyodo, Lusa, Anadolu, ANSA, PTI),
broadcaster and newspaper web copy (BBC, Al Jazeera, the Guardian, The Hindu, Hindustan Times,
Dawn-style and Daily Star-style pages, the Daily Nation, The Jakarta Post, Hürriyet Daily News,
the Dhaka Tribune, a South African news site) and NHK-style items. The set is heavy on
attribution: figures passed through chains of sources ("X said, citing Y", "X told AFP, quoting
Y", "Y quoted by X", "according to a document seen by AFP"), competing tolls from two or three
sides in one paragraph, figures restated from earlier reports, revised tolls, quotes that run
over several sentences, "it said"/"they said"/"he said", unnamed sources, government against
rebel against UN figures, and background sentences in the article's own voice. Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset16`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset18/build_devset18.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

AYDER = "staff at Ayder Referral Hospital"
GETACHEW = "Getachew Reda"
SD_COR = "Sudan's refugee agency"
MCGOLDRICK = "the U.N.'s humanitarian coordinator for Yemen, Jamie McGoldrick"
YE_MOH = "The rebel-run Health Ministry"
TR_MOD = "Turkey's defence ministry"
SOHR = "The Syrian Observatory for Human Rights"
EHRC = "The state-appointed Ethiopian Human Rights Commission (EHRC)"
ENDF = "The Ethiopian National Defense Force"
BILGO = "government spokesman Lionel Bilgo"
NE_GOV = "Niger's government"
ABDOURAHAMANE = "government spokesman Zakaria Abdourahamane"
KDF_OFFICER = "A senior KDF officer"
CHURCH_SOURCES = "reports from its parishes and missions"
CATHOLIC = "the Catholic Church"
CRPF_OFFICER = "a senior CRPF officer"
SUTEJO = "Cartenz Peace Task Force spokesman Comr. Yusuf Sutejo"
BOTERO = "Defense Minister Guillermo Botero"
MAKUEI = "Information Minister Michael Makuei"
UNMISS = "the U.N. mission in South Sudan (UNMISS)"
TAYLOR = "Maj. Gen. William Taylor"
AWASTHI = "Chhattisgarh Director General of Police D.M. Awasthi"
BIJAPUR_OFFICER = "a senior officer involved in the operation"
GAZA_MOH = "The Hamas-run health ministry in Gaza"
AFP_DOC = "a confidential government document seen by AFP"
JNIM = "The Al-Qaeda-linked JNIM group"
TAHIR = "Abdul-Seid Tahir"
EHRC_ET = "The Ethiopian Human Rights Commission"
FARDC = "Congo's army"
AFAD = "Turkey's Disaster and Emergency Management Authority (AFAD)"
KOCA = "Health Minister Fahrettin Koca"
KURUM = "Environment Minister Murat Kurum"
KUMAMOTO = "the prefectural government"
FDMA = "the Fire and Disaster Management Agency"
MABUYANE = "Premier Oscar Mabuyane"
SOCI = "Police spokesperson Brigadier Sibongile Soci"
EC_PDMC = "The provincial disaster management centre"
OCHA = "the UN's humanitarian office OCHA"
SETHI = "special relief commissioner Bishnupada Sethi"
INGC = "the National Institute for Disaster Management (INGC)"
MAITA = "INGC director Augusta Maita"
WFP = "The World Food Programme"
RJ_CIVIL = "Rio de Janeiro state's civil defense service"
ANM = "the National Mining Agency"
EDHI = "Edhi Foundation officials"
SAGHIR = "Sindh Health Minister Dr Saghir Ahmed"
JS_AUTH = "local authorities"
MEM = "the Ministry of Emergency Management"
ZNZ = "Tanzanian officials"
CIVIL_PROT = "civil protection officials"
DGHS = "the Directorate General of Health Services (DGHS)"
SYLHET_DC = "Sylhet Deputy Commissioner Mohammad Mosharraf Hossain"
ISPR = "the Inter Services Public Relations (ISPR)"
BD_MIN = "The disaster management ministry"
MALI_OFFICIALS = "a local official and the head of an artisanal miners' association"
FIRE_SERVICE = "fire service officials"
BIWTA = "the Bangladesh Inland Water Transport Authority (BIWTA)"
SOYLU = "Interior Minister Suleyman Soylu"
AFAD_EL = "the Disaster and Emergency Management Authority (AFAD)"
SNGR = "Ecuador's Risk Management Secretariat"

PASSAGES = [
    # --- Ethiopia and Tigray -------------------------------------------------------------------
    P("d18_001",
      "NAIROBI, Oct 20 (Reuters) - Ethiopian air force jets struck Mekelle, the capital of the "
      "northern Tigray region, twice on Wednesday, the second such raid in three days, a "
      "spokesman for the Tigray People's Liberation Front (TPLF) said. Getachew Reda told "
      "Reuters that three children were among those killed in the first strike, near a market, "
      "and that 11 people had been wounded, citing staff at Ayder Referral Hospital. Government "
      "spokesman Legesse Tulu said the jets had targeted a facility the TPLF used to repair heavy "
      "weapons and denied that civilians had been hit. A senior aid worker in the city, who spoke "
      "on condition of anonymity because he was not authorised to talk to the media, said the "
      "hospital had received the bodies of two people and was running out of gauze and sutures. "
      "Reuters could not independently verify the accounts. The United Nations says more than 5 "
      "million people in Tigray need food aid and that only 606 aid trucks have reached the "
      "region since July 12.",
      [C("three", 3, "exact", "killed", "children in Mekelle", AYDER, attr_alt=[GETACHEW],
         ctx="three children"),
       C("11", 11, "exact", "injured", "people in Mekelle", AYDER, attr_alt=[GETACHEW]),
       C("two", 2, "exact", "killed", "bodies received by the hospital",
         "A senior aid worker in the city"),
       C("more than 5 million", 5_000_000, "more_than", "other",
         "people in Tigray needing food aid", "The United Nations", cat_alt=["population"]),
       C("606", 606, "exact", "aid", "aid trucks that reached Tigray", "The United Nations")]),

    P("d18_002",
      "Ethiopians fleeing Tigray fighting pour into Sudan\n"
      "Published On 18 Nov 2020\n"
      "More than 27,000 people have fled fighting in Ethiopia's Tigray region into eastern Sudan "
      "since November 7, Sudan's refugee agency said on Wednesday, as the UN warned that their "
      "number could reach 200,000 within six months. About 4,000 people are crossing the border "
      "every day at Hamdayet and Lugdi, far outpacing the capacity of aid agencies to receive "
      "them, according to the UN refugee agency, UNHCR. \"People are arriving with very little, "
      "some without shoes,\" UNHCR spokesman Babar Baloch told reporters in Geneva. \"Many say "
      "they walked for two days or more.\" Ethiopia's government says its forces have "
      "\"liberated\" Humera and other towns in western Tigray. The Tigray People's Liberation "
      "Front says hundreds of civilians have been killed in air strikes, a claim that could not "
      "be verified because phone and internet links to the region have been cut.",
      [C("More than 27,000", 27000, "more_than", "displaced", "people who fled into Sudan",
         SD_COR),
       C("200,000", 200000, "exact", "displaced", "refugees expected within six months",
         "the UN"),
       C("About 4,000", 4000, "about", "displaced", "people crossing each day", "UNHCR",
         attr_alt=["the UN refugee agency"]),
       C("hundreds", 100, "vague", "killed", "civilians in air strikes",
         "The Tigray People's Liberation Front")],
      published="2020-11-18"),

    # --- Yemen and Syria -----------------------------------------------------------------------
    P("d18_003",
      "SANAA, Yemen (AP) — Saudi-led coalition warplanes struck a packed funeral hall in Yemen's "
      "rebel-held capital on Saturday, killing more than 140 people and wounding over 525, the "
      "U.N.'s humanitarian coordinator for Yemen, Jamie McGoldrick, said in a statement, citing "
      "figures from local health officials. The rebel-run Health Ministry put the toll at 82 "
      "dead, a figure it said would rise because many bodies had been \"reduced to pieces.\" "
      "Mourners had gathered in the Great Hall for the funeral of the father of the rebels' "
      "interior minister; a rescuer at the scene said there were at least 1,000 people inside "
      "when the first bomb hit. The coalition at first denied carrying out the attack. A week "
      "later, its Joint Incidents Assessment Team said one of its aircraft had struck the "
      "building on the basis of \"incorrect information.\"",
      [C("more than 140", 140, "more_than", "killed", "people at the funeral hall",
         "local health officials", attr_alt=[MCGOLDRICK]),
       C("over 525", 525, "more_than", "injured", "people at the funeral hall",
         "local health officials", attr_alt=[MCGOLDRICK]),
       C("82", 82, "exact", "killed", "people (rebel health ministry toll)", YE_MOH),
       C("at least 1,000", 1000, "at_least", "other", "mourners inside the hall",
         "a rescuer at the scene")]),

    P("d18_004",
      "ANKARA/BEIRUT, Feb 28, 2020 (Reuters) - At least 33 Turkish soldiers were killed in an "
      "air strike by Syrian government forces in Syria's northwest Idlib region, a senior "
      "Turkish official said on Friday, the biggest loss of life for Turkey's military in a "
      "single day in decades. Rahmi Dogan, the governor of Turkey's southern Hatay province, "
      "said 32 more soldiers were being treated in hospitals there, some of them in a serious "
      "condition. Turkey's defence ministry said it had retaliated, \"neutralising\" 309 Syrian "
      "government soldiers and destroying five helicopters and 23 tanks. The "
      "Syrian Observatory for Human Rights, a Britain-based war monitor, said 16 Syrian troops "
      "had been killed in the Turkish shelling. Nearly a million people have fled the Syrian "
      "offensive in Idlib since December, according to the United Nations, most of them women "
      "and children sheltering near the Turkish border.",
      [C("At least 33", 33, "at_least", "killed", "Turkish soldiers",
         "a senior Turkish official"),
       C("32", 32, "exact", "injured", "Turkish soldiers in hospital", "Rahmi Dogan"),
       C("309", 309, "exact", "killed", "Syrian government soldiers", TR_MOD),
       C("five", 5, "exact", "munitions", "helicopters destroyed", TR_MOD, cat_alt=["other"]),
       C("23", 23, "exact", "munitions", "tanks destroyed", TR_MOD, cat_alt=["other"]),
       C("16", 16, "exact", "killed", "Syrian troops", SOHR),
       C("Nearly a million", 1_000_000, "about", "displaced", "people who fled in Idlib",
         "the United Nations")],
      published="2020-02-28"),

    # --- Amhara and Oromia -----------------------------------------------------------------------
    P("d18_005",
      "Ethiopia: Rights body says soldiers killed at least 45 civilians in Merawi\n"
      "Addis Abeba – The state-appointed Ethiopian Human Rights Commission (EHRC) said on "
      "Tuesday that government soldiers killed at least 45 civilians in the town of Merawi, in "
      "Amhara region's West Gojjam zone, on January 29, after clashes with Fano militiamen. The "
      "commission said the actual number was \"believed to be much higher\". Residents who "
      "spoke to this outlet on condition of anonymity, fearing reprisals, gave a higher toll: "
      "one said he had helped bury 87 people in three days, and another said more than 100 had "
      "been killed, most of them young men taken from their homes and shot in the street. The "
      "Ethiopian National Defense Force said in a statement that its troops had \"eliminated\" "
      "73 Fano fighters in the area and captured 11, but made no mention of civilians. Fighting "
      "between the army and Fano has gripped Amhara since August last year.",
      [C("at least 45", 45, "at_least", "killed", "civilians in Merawi (headline)",
         "Rights body", attr_alt=[EHRC], ctx="at least 45 civilians in Merawi"),
       C("at least 45", 45, "at_least", "killed", "civilians in Merawi", EHRC,
         ctx="at least 45 civilians in the town"),
       C("87", 87, "exact", "killed", "people buried by one resident", "Residents"),
       C("more than 100", 100, "more_than", "killed", "people in Merawi", "Residents"),
       C("73", 73, "exact", "killed", "Fano fighters", ENDF),
       C("11", 11, "exact", "detained", "Fano fighters captured", ENDF)]),

    P("d18_006",
      "NAIROBI, Kenya (AP) — Witnesses say more than 200 people, most of them ethnic Amhara, were "
      "killed in an attack blamed on a rebel group in Ethiopia's Oromia region, one of the "
      "deadliest in the country's recent history. \"I have counted 230 bodies,\" Abdul-Seid "
      "Tahir, a resident of Gimbi county, told The Associated Press by phone on Sunday. \"I fear "
      "this is the deadliest attack against civilians we have seen in our lifetime.\" Another "
      "witness, who gave only his first name, Shambel, said the survivors were frantically "
      "trying to leave. Scores of homes were burned, the witnesses said. Prime Minister Abiy "
      "Ahmed blamed the Oromo Liberation Army; the OLA denied responsibility and blamed "
      "government-allied militias. The Ethiopian Human Rights Commission later said at least "
      "400 people may have been killed, and that more than 2,000 had fled to nearby towns.",
      [C("more than 200", 200, "more_than", "killed", "people in Gimbi", "Witnesses"),
       C("230", 230, "exact", "killed", "bodies counted", TAHIR),
       C("Scores", 20, "vague", "infrastructure", "homes burned", "the witnesses",
         attr_alt=["Witnesses"]),
       C("at least 400", 400, "at_least", "killed", "people in Gimbi", EHRC_ET),
       C("more than 2,000", 2000, "more_than", "displaced", "people who fled to nearby towns",
         EHRC_ET)]),

    # --- Sahel -----------------------------------------------------------------------------------
    P("d18_007",
      "OUAGADOUGOU (AFP) - The toll from a jihadist attack on the village of Seytenga in "
      "northern Burkina Faso at the weekend has climbed to 86, government spokesman Lionel Bilgo "
      "said on Monday, up from the 79 announced the day before. \"The search continues and the "
      "toll may rise further,\" he told reporters, adding that the army had recovered \"dozens\" "
      "of bodies from wells and fields around the village. A local official in Dori, the "
      "regional capital, told AFP that more than 100 people had been killed, quoting survivors "
      "who fled to the town. Some 16,000 people have since fled Seytenga, the UN refugee agency "
      "said, most of them women and children who walked to Dori. The Seytenga attack came days "
      "after 11 military police were killed in an ambush on a gold mine in the same province.",
      [C("86", 86, "exact", "killed", "people in Seytenga", BILGO),
       C("79", 79, "exact", "killed", "people (earlier toll)", BILGO, attr_alt=[None]),
       C("dozens", 12, "vague", "killed", "bodies recovered", BILGO, attr_alt=["he"]),
       C("more than 100", 100, "more_than", "killed", "people in Seytenga", "survivors",
         attr_alt=["A local official in Dori"]),
       C("Some 16,000", 16000, "about", "displaced", "people who fled Seytenga",
         "the UN refugee agency"),
       C("11", 11, "exact", "killed", "military police")]),

    P("d18_008",
      "NIAMEY, March 23 (Xinhua) -- Niger's government on Tuesday raised to 141 the number of "
      "people killed by gunmen on motorcycles in three villages of the Tillia department, in the "
      "western region of Tahoua, near the border with Mali. In a statement read on state "
      "television, government spokesman Zakaria Abdourahamane said the assailants had attacked "
      "the villages of Intazayene, Bakorat and Wistane on Sunday afternoon, \"systematically "
      "targeting civilians\". An earlier toll given by a local mayor had put the dead at 60. The "
      "authorities in Niamey declared three days of national mourning. According to local sources quoted "
      "by the private radio station Anfani, some 400 families have since left the area for the "
      "town of Tillia. It was the third mass killing of civilians in the region in a week; on "
      "March 15, at least 58 villagers returning from a market in Banibangou were killed in an "
      "ambush in the neighbouring Tillaberi region.",
      [C("141", 141, "exact", "killed", "people in Tillia", NE_GOV, attr_alt=[ABDOURAHAMANE]),
       C("three", 3, "exact", "other", "villages attacked", NE_GOV, optional=True,
         cat_alt=["infrastructure"], ctx="three villages"),
       C("60", 60, "exact", "killed", "people (earlier toll)", "a local mayor"),
       C("some 400", 400, "about", "displaced", "families who left the area", "local sources",
         attr_alt=["the private radio station Anfani"], cat_alt=["other"]),
       C("at least 58", 58, "at_least", "killed", "villagers in Banibangou")]),

    P("d18_009",
      "BAMAKO (AFP) - More than 70 people were killed and 255 wounded in Tuesday's jihadist "
      "attacks on a gendarmerie training school and the military airport in Mali's capital, "
      "according to a confidential government document seen by AFP. A security source put the "
      "toll at 77 dead, while hospital sources quoted by local media said they had received "
      "\"dozens\" of bodies. The ruling junta has acknowledged only \"some loss of life\" among "
      "gendarmerie students and has not released a figure. The Al-Qaeda-linked JNIM group, which "
      "claimed the attack, said its fighters had killed and wounded \"hundreds\" of members of "
      "the junta's forces and destroyed six aircraft, including a presidential plane. The army "
      "said it had arrested about 20 suspects.",
      [C("More than 70", 70, "more_than", "killed", "people in Bamako", AFP_DOC),
       C("255", 255, "exact", "injured", "people in Bamako", AFP_DOC),
       C("77", 77, "exact", "killed", "people in Bamako", "A security source"),
       C("dozens", 12, "vague", "killed", "bodies received", "hospital sources",
         attr_alt=["local media"]),
       C("hundreds", 100, "vague", "injured", "members of the junta's forces killed and wounded",
         JNIM, cat_alt=["killed", "other"]),
       C("six", 6, "exact", "munitions", "aircraft destroyed", JNIM, cat_alt=["other"]),
       C("about 20", 20, "about", "detained", "suspects arrested", "The army")]),

    # --- Somalia and the Great Lakes ----------------------------------------------------------------
    P("d18_010",
      "El Adde attack: KDF yet to give toll as al-Shabaab claims over 100 killed\n"
      "By NATION TEAM\n"
      "The Kenya Defence Forces (KDF) have yet to say how many soldiers died when al-Shabaab "
      "militants overran their base at El Adde in Somalia's Gedo region on Friday. Military "
      "spokesman Col David Obonyo said only that soldiers had been killed and others were "
      "missing, and dismissed the militants' claims as propaganda. The militants, through their "
      "Radio Andalus, said they had killed more than 100 Kenyan soldiers and captured 12, and "
      "posted photos of what they said were weapons and vehicles seized from the camp. A senior "
      "KDF officer who asked not to be named told the Nation that about 200 soldiers had been "
      "at the base and that \"fewer than 40\" had made it back to the main camp at El Wak by "
      "Sunday. Somali President Hassan Sheikh Mohamud later said in a television interview that "
      "about 200 Kenyan soldiers had been killed, a figure Nairobi has never confirmed. Kenya "
      "has had troops in Somalia since 2011 and now has about 3,600 there under the African "
      "Union mission, AMISOM.",
      [C("over 100", 100, "more_than", "killed", "Kenyan soldiers (headline)", "al-Shabaab"),
       C("more than 100", 100, "more_than", "killed", "Kenyan soldiers", "The militants",
         attr_alt=["Radio Andalus", "al-Shabaab"]),
       C("12", 12, "exact", "hostages", "Kenyan soldiers captured", "The militants",
         attr_alt=["Radio Andalus", "al-Shabaab"], cat_alt=["detained"]),
       C("about 200", 200, "about", "troops", "soldiers at the base", KDF_OFFICER,
         ctx="about 200 soldiers had been"),
       C("fewer than 40", 40, "fewer_than", "other", "soldiers who made it back", KDF_OFFICER,
         cat_alt=["troops"]),
       C("about 200", 200, "about", "killed", "Kenyan soldiers",
         "Somali President Hassan Sheikh Mohamud", ctx="about 200 Kenyan soldiers"),
       C("about 3,600", 3600, "about", "troops", "Kenyan troops in Somalia")]),

    P("d18_011",
      "KINSHASA, June 20, 2017 (Reuters) - More than 3,300 people have been killed since October "
      "in Democratic Republic of Congo's Kasai region, the Catholic Church said on Tuesday, "
      "citing reports from its parishes and missions. The Church's figure of 3,383 dead is far "
      "higher than any given before: the United Nations has said at least 400 people have died, "
      "and has documented 42 mass graves. The Church said it had counted 3,698 houses "
      "destroyed by soldiers and militiamen. Government spokesman Lambert Mende called the figures "
      "\"unverifiable\" and said the army had lost \"dozens\" of soldiers and police to the "
      "Kamuina Nsapu militia. About 1.3 million people have been displaced by the violence, "
      "according to the U.N., and more than 30,000 have fled into Angola.",
      [C("More than 3,300", 3300, "more_than", "killed", "people in Kasai", CHURCH_SOURCES,
         attr_alt=[CATHOLIC]),
       C("3,383", 3383, "exact", "killed", "people in Kasai", "The Church",
         attr_alt=[CATHOLIC]),
       C("at least 400", 400, "at_least", "killed", "people in Kasai", "the United Nations"),
       C("42", 42, "exact", "other", "mass graves", "the United Nations", optional=True),
       C("3,698", 3698, "exact", "infrastructure", "houses destroyed", "The Church",
         attr_alt=[CATHOLIC]),
       C("dozens", 12, "vague", "killed", "soldiers and police",
         "Government spokesman Lambert Mende"),
       C("About 1.3 million", 1_300_000, "about", "displaced", "people in Kasai", "the U.N."),
       C("more than 30,000", 30000, "more_than", "displaced", "refugees in Angola", "the U.N.",
         attr_alt=[None])],
      published="2017-06-20"),

    P("d18_012",
      "BENI, Congo, Jan 16 (Reuters) - A bomb blast during a Sunday service at a Pentecostal "
      "church in the eastern Congolese town of Kasindi, on the border with Uganda, killed at "
      "least 17 people and wounded 39, Congo's army said, blaming Islamist rebels of the Allied "
      "Democratic Forces (ADF). Two local officials gave a higher toll. At least 20 people had "
      "died, they said, and more than 60 were being treated at the Kasindi general hospital and "
      "in Beni. Islamic State, with which the ADF is affiliated, claimed responsibility in a "
      "statement on Telegram, saying it had killed or wounded \"about 70 Christians\". A Kenyan "
      "national had been arrested at the scene, army spokesman Antony Mualushayi said. The ADF "
      "has killed more than 1,000 civilians in North Kivu and Ituri provinces since April, "
      "according to the Kivu Security Tracker.",
      [C("at least 17", 17, "at_least", "killed", "people in Kasindi", FARDC),
       C("39", 39, "exact", "injured", "people in Kasindi", FARDC),
       C("Two", 2, "exact", "other", "local officials cited", None, optional=True),
       C("At least 20", 20, "at_least", "killed", "people in Kasindi", "Two local officials",
         attr_alt=["they"]),
       C("more than 60", 60, "more_than", "injured", "people in hospital",
         "Two local officials", attr_alt=["they"]),
       C("about 70", 70, "about", "injured", "Christians killed or wounded", "Islamic State",
         cat_alt=["killed", "other"]),
       C("more than 1,000", 1000, "more_than", "killed", "civilians killed by the ADF",
         "the Kivu Security Tracker")]),

    # --- South Asia --------------------------------------------------------------------------------
    P("d18_013",
      "Pulwama attack: 40 CRPF personnel killed in deadliest strike on forces in J&K\n"
      "Updated - February 15, 2019 01:12 am IST\n"
      "SRINAGAR:\n"
      "At least 40 Central Reserve Police Force (CRPF) personnel were killed and five others "
      "injured when a Jaish-e-Mohammed (JeM) suicide bomber rammed an explosives-laden SUV into "
      "their convoy on the Jammu-Srinagar national highway in Pulwama district on Thursday "
      "afternoon. The convoy of 78 vehicles was carrying 2,547 personnel, most of them returning "
      "from leave, a senior CRPF officer said. The bomber, identified by the police as Adil "
      "Ahmad Dar, 20, of Kakapora, had joined the outfit last year. \"The vehicle was carrying "
      "more than 300 kg of explosives,\" a police officer in Srinagar said, speaking on "
      "condition of anonymity. \"The bus took the full impact. Nothing was left of it.\"",
      [C("40", 40, "exact", "killed", "CRPF personnel (headline)", None, ctx="attack: 40 CRPF"),
       C("At least 40", 40, "at_least", "killed", "CRPF personnel", None,
         attr_alt=[CRPF_OFFICER]),
       C("five", 5, "exact", "injured", "CRPF personnel", None, attr_alt=[CRPF_OFFICER]),
       C("78", 78, "exact", "other", "vehicles in the convoy", CRPF_OFFICER),
       C("2,547", 2547, "exact", "troops", "personnel in the convoy", CRPF_OFFICER),
       C("more than 300", 300, "more_than", "other", "kg of explosives",
         "a police officer in Srinagar", optional=True)],
      published="2019-02-15"),

    P("d18_014",
      "ISLAMABAD/NEW DELHI (Reuters) - Indian warplanes struck what New Delhi called a militant "
      "training camp near the town of Balakot in northeastern Pakistan on Tuesday, killing \"a "
      "very large number\" of fighters, India's foreign secretary Vijay Gokhale told reporters. "
      "He gave no figure, but Indian media, quoting unnamed government sources, said about 300 "
      "militants had been killed. Pakistan said the jets had dropped their payload in a forest "
      "as they fled, causing no casualties, and military spokesman Major General Asif Ghafoor "
      "said there was \"no infrastructure\" at the site. Reuters reporters who visited the "
      "village of Jaba, near the site, found four craters and damaged pine trees; residents said "
      "one man had been wounded and a house damaged. India said 12 Mirage 2000 jets had taken "
      "part in the raid.",
      [C("about 300", 300, "about", "killed", "militants", "unnamed government sources",
         attr_alt=["Indian media"]),
       C("four", 4, "exact", "other", "craters", "Reuters reporters", optional=True,
         cat_alt=["munitions"]),
       C("one", 1, "exact", "injured", "man in Jaba", "residents", ctx="one man"),
       C("12", 12, "exact", "munitions", "Mirage jets in the raid", "India")]),

    P("d18_015",
      "Imphal, Nov 17 (PTI) Tension gripped Manipur's Jiribam district on Sunday after the bodies "
      "of six members of a Meitei family, who had been abducted by suspected militants from a "
      "relief camp last Monday, were found floating in the Jiri and Barak rivers, officials said. "
      "The victims — three women and three children, including an eight-month-old baby — were "
      "taken hours after a gunfight in which CRPF personnel killed 10 suspected Kuki-Zo "
      "militants who had attacked the Borobekra police station, police said. Kuki-Zo groups say "
      "the 10 were \"village volunteers\". Angry mobs set fire to the homes of at least three "
      "legislators in Imphal on Saturday night, and police detained 23 people, an official said. "
      "The Centre has rushed more central armed police forces (about 5,000 personnel) to "
      "the state, where more than 220 people have been killed and some 60,000 "
      "displaced since ethnic violence broke out in May last year.",
      [C("six", 6, "exact", "killed", "abducted members of a Meitei family", "officials",
         cat_alt=["hostages"]),
       C("three", 3, "exact", "killed", "women abducted", "police", cat_alt=["hostages"],
         ctx="three women"),
       C("three", 3, "exact", "killed", "children abducted", "police", cat_alt=["hostages"],
         ctx="three children"),
       C("10", 10, "exact", "killed", "suspected Kuki-Zo militants", "police",
         ctx="killed 10 suspected"),
       C("10", 10, "exact", "killed", "suspected militants (restated)", "Kuki-Zo groups",
         optional=True, ctx="the 10 were"),
       C("at least three", 3, "at_least", "infrastructure", "legislators' homes set on fire",
         "an official", cat_alt=["other"]),
       C("23", 23, "exact", "detained", "people detained", "an official"),
       C("about 5,000", 5000, "about", "troops", "central armed police personnel", None,
         attr_alt=["The Centre"]),
       C("more than 220", 220, "more_than", "killed", "people in Manipur's ethnic violence"),
       C("some 60,000", 60000, "about", "displaced", "people in Manipur")]),

    P("d18_016",
      "Bijapur encounter: toll rises to 22 as bodies of missing jawans recovered\n"
      "Updated - April 05, 2021 08:12 am IST\n"
      "RAIPUR:\n"
      "The number of security personnel killed in Saturday's encounter with Maoists on the "
      "Bijapur-Sukma border in Chhattisgarh has risen to 22, after search teams recovered the "
      "bodies of 17 jawans who had been reported missing, officials said on Sunday. Initially, "
      "the police had confirmed the deaths of five personnel. Thirty-one others were injured and "
      "are being treated in hospitals in Bijapur and Raipur, Chhattisgarh Director General of "
      "Police D.M. Awasthi said. One CoBRA commando is still unaccounted for; a local journalist "
      "said he had been told by Maoist cadres that they were holding one jawan captive. \"We "
      "estimate that the Maoists also suffered heavy casualties; they carried away their dead "
      "and wounded in three or four tractors,\" a senior officer involved in the operation said, "
      "requesting anonymity. About 2,000 personnel of the CRPF, its CoBRA unit, the District "
      "Reserve Guard and the Special Task Force had set out on the operation on Friday night, he "
      "said.",
      [C("22", 22, "exact", "killed", "security personnel (headline)", None,
         ctx="rises to 22"),
       C("22", 22, "exact", "killed", "security personnel", "officials", ctx="risen to 22"),
       C("17", 17, "exact", "killed", "jawans reported missing", "officials",
         cat_alt=["missing"]),
       C("five", 5, "exact", "killed", "personnel (first toll)", "the police"),
       C("Thirty-one", 31, "exact", "injured", "security personnel", AWASTHI),
       C("One", 1, "exact", "missing", "CoBRA commando", AWASTHI, attr_alt=[None],
         ctx="One CoBRA"),
       C("one", 1, "exact", "hostages", "jawan held captive", "Maoist cadres",
         attr_alt=["a local journalist"], ctx="one jawan"),
       C("three or four", 3, "range", "other", "tractors", BIJAPUR_OFFICER, high=4,
         optional=True),
       C("About 2,000", 2000, "about", "troops", "personnel in the operation", BIJAPUR_OFFICER,
         attr_alt=["he"])],
      published="2021-04-05"),

    # --- Papua and Colombia --------------------------------------------------------------------------
    P("d18_017",
      "Jakarta / Thu, April 10, 2025 / 04:12 pm\n"
      "Police in Highland Papua said on Wednesday they had recovered the bodies of 11 gold "
      "miners killed by members of the West Papua National Liberation Army (TPNPB), the armed "
      "wing of the Free Papua Organization (OPM), in Yahukimo regency. The TPNPB claimed "
      "responsibility in a statement, saying its fighters had \"executed\" 17 people it accused "
      "of spying for the Indonesian military, a claim the police rejected. \"They were civilians "
      "working at an illegal mine, not soldiers or intelligence officers,\" said Cartenz Peace "
      "Task Force spokesman Comr. Yusuf Sutejo. \"We are still searching for four others who "
      "are unaccounted for.\" He said 23 miners had been evacuated by helicopter to the town of "
      "Dekai, and that a joint team of around 100 police and soldiers had been sent to the area. "
      "In a separate statement, the TPNPB said it was holding three miners captive and would "
      "free them only \"once the military withdraws\". Human rights groups estimate that tens of "
      "thousands of Papuans have been displaced by fighting in the highlands since 2018.",
      [C("11", 11, "exact", "killed", "gold miners", "Police in Highland Papua"),
       C("17", 17, "exact", "killed", "people the rebels say they executed", "The TPNPB"),
       C("four", 4, "exact", "missing", "miners unaccounted for", SUTEJO),
       C("23", 23, "exact", "displaced", "miners evacuated", SUTEJO, attr_alt=["He"],
         cat_alt=["other"]),
       C("around 100", 100, "about", "troops", "police and soldiers sent", SUTEJO,
         attr_alt=["He"]),
       C("three", 3, "exact", "hostages", "miners held captive", "the TPNPB"),
       C("tens of thousands", 10000, "vague", "displaced", "Papuans",
         "Human rights groups")],
      published="2025-04-10"),

    P("d18_018",
      "BOGOTA, Colombia (AP) — Twenty-one people, including the driver, were killed and 68 others "
      "injured when a car bomb exploded inside the General Santander police academy in "
      "Colombia's capital on Thursday, Defense Minister Guillermo Botero said in a revised toll "
      "late Friday. Officials had earlier said 10 people had been killed and 65 hurt. Most of "
      "the victims were cadets, among them a 17-year-old from Ecuador and a woman from Panama. "
      "The attorney general's office identified the bomber as José Aldemar Rojas, 56, an "
      "explosives expert for the National Liberation Army, and said the Nissan Patrol he drove "
      "had been loaded with 80 kilograms of pentolite. President Iván Duque said Friday that two "
      "suspects had been arrested. The academy trains about 1,000 cadets at a time, according "
      "to the police.",
      [C("Twenty-one", 21, "exact", "killed", "people at the police academy", BOTERO),
       C("68", 68, "exact", "injured", "people at the police academy", BOTERO),
       C("10", 10, "exact", "killed", "people (earlier toll)", "Officials"),
       C("65", 65, "exact", "injured", "people (earlier toll)", "Officials"),
       C("80", 80, "exact", "other", "kilograms of pentolite", "The attorney general's office",
         optional=True),
       C("two", 2, "exact", "detained", "suspects arrested", "President Iván Duque"),
       C("about 1,000", 1000, "about", "population", "cadets at the academy", "the police",
         cat_alt=["other"])]),

    # --- South Sudan, Afghanistan, Gaza ------------------------------------------------------------
    P("d18_019",
      "JUBA, March 8, 2025 (Reuters) - A United Nations helicopter came under fire on Friday "
      "while trying to evacuate soldiers from the northeastern South Sudanese town of Nasir, "
      "killing one crew member and several soldiers, among them army General Majur Dak, the U.N. "
      "mission in South Sudan (UNMISS) said. Information Minister Michael Makuei said 27 "
      "soldiers, the general among them, had been killed in the attack, which the government "
      "blamed on the White Army, an armed youth group it says is allied with First Vice "
      "President Riek Machar's party. The White Army overran the army garrison in Nasir on "
      "Tuesday. Makuei said government forces had since killed \"hundreds\" of the militia's "
      "fighters in ground fighting, a figure that could not be independently confirmed. A local "
      "official told Reuters that about 50,000 people had fled Nasir and nearby villages, some "
      "of them across the border into Ethiopia, and that fewer than 5,000 residents remained in "
      "the town. Security forces detained three ministers allied "
      "to Machar this week, as well as the deputy head of the army.",
      [C("one", 1, "exact", "killed", "U.N. helicopter crew member", UNMISS),
       C("27", 27, "exact", "killed", "soldiers", MAKUEI),
       C("hundreds", 100, "vague", "killed", "White Army fighters", "Makuei",
         attr_alt=[MAKUEI]),
       C("about 50,000", 50000, "about", "displaced", "people who fled Nasir",
         "A local official"),
       C("fewer than 5,000", 5000, "fewer_than", "population", "residents left in Nasir",
         "A local official"),
       C("three", 3, "exact", "detained", "ministers allied to Machar", None,
         attr_alt=["Security forces"])],
      published="2025-03-08"),

    P("d18_020",
      "Updated Aug. 27, 2021, 7:45 p.m. ET\n"
      "WASHINGTON — Thirteen U.S. service members — 11 Marines, a Navy medic and an Army soldier "
      "— were killed in Thursday's suicide bombing outside Kabul's airport, the Pentagon "
      "confirmed on Friday, and 18 others were wounded. Afghan health officials said at least "
      "170 Afghans had died, though some officials put the number higher; a former health "
      "official told The Times that hospitals in the city had received more than 200 bodies. "
      "\"It was a complex attack by a single suicide bomber,\" Maj. Gen. William Taylor told "
      "reporters at the Pentagon, correcting earlier reports that a second explosion had hit "
      "the nearby Baron Hotel. About 5,800 U.S. troops were at the airport helping with the "
      "evacuation, which has flown more than 100,000 people out of Afghanistan since Aug. 14, "
      "he said.",
      [C("Thirteen", 13, "exact", "killed", "U.S. service members", "the Pentagon"),
       C("11", 11, "exact", "killed", "Marines", "the Pentagon"),
       C("18", 18, "exact", "injured", "U.S. service members", "the Pentagon",
         attr_alt=[None]),
       C("at least 170", 170, "at_least", "killed", "Afghans", "Afghan health officials"),
       C("more than 200", 200, "more_than", "killed", "bodies received by hospitals",
         "a former health official"),
       C("About 5,800", 5800, "about", "troops", "U.S. troops at the airport", TAYLOR,
         attr_alt=["he"]),
       C("more than 100,000", 100000, "more_than", "displaced", "people evacuated", TAYLOR,
         attr_alt=["he", None])],
      published="2021-08-27"),

    P("d18_021",
      "Gaza hospital blast: what we know about the competing claims\n"
      "Wed 18 Oct 2023 19.02 BST\n"
      "The Hamas-run health ministry in Gaza said 471 people were killed in the blast at "
      "al-Ahli Arab hospital on Tuesday evening, and that 342 were injured, though it has not "
      "published a list of names or explained how the figure was reached. Its first statement, "
      "issued within an hour, gave a toll of 500. Israel denies responsibility, saying the blast "
      "was caused by a rocket misfired by Palestinian Islamic Jihad; the group denies that. US "
      "intelligence agencies believe the toll was \"at the low end\" of between 100 and 300, a US "
      "official told reporters, speaking on condition of anonymity. The hospital, run by the "
      "Anglican church, had been sheltering hundreds of displaced people in its courtyard, "
      "according to the church's diocese in Jerusalem. Gaza's health ministry says more than "
      "3,000 people have been killed in the territory since 7 October.\n"
      "Read more: Biden lands in Israel as anger over hospital blast spreads",
      [C("471", 471, "exact", "killed", "people at al-Ahli hospital", GAZA_MOH),
       C("342", 342, "exact", "injured", "people at al-Ahli hospital", GAZA_MOH),
       C("500", 500, "exact", "killed", "people (first statement)", "Its first statement",
         attr_alt=[GAZA_MOH]),
       C("between 100 and 300", 100, "range", "killed", "people (US intelligence estimate)",
         "US intelligence agencies", high=300, attr_alt=["a US official"]),
       C("hundreds", 100, "vague", "displaced", "people sheltering at the hospital",
         "the church's diocese in Jerusalem"),
       C("more than 3,000", 3000, "more_than", "killed", "people in Gaza",
         "Gaza's health ministry")],
      published="2023-10-18"),

    # --- Earthquakes ----------------------------------------------------------------------------
    P("d18_022",
      "Death toll in İzmir quake rises to 39\n"
      "IZMIR\n"
      "October 31 2020 10:14:00\n"
      "The death toll from a strong earthquake that hit the Aegean province of İzmir on Friday "
      "has risen to 39, Turkey's Disaster and Emergency Management Authority (AFAD) said on "
      "Saturday, while 885 people were injured. Rescue teams were still searching the rubble of "
      "collapsed buildings in the Bayraklı and Bornova districts, where more than 100 "
      "people have been pulled out alive, Health Minister Fahrettin Koca said. \"We have 8,000 "
      "personnel working in the field,\" Environment Minister Murat Kurum told reporters, adding "
      "that tents had been set up for 2,000 people afraid to return home. On the Greek island "
      "of Samos, two teenagers were killed when a wall collapsed on them, Greek officials said. "
      "AFAD measured the quake at magnitude 6.6.",
      [C("39", 39, "exact", "killed", "people in İzmir (headline)", None, ctx="rises to 39"),
       C("39", 39, "exact", "killed", "people in İzmir", AFAD, ctx="risen to 39"),
       C("885", 885, "exact", "injured", "people in İzmir", AFAD, attr_alt=[None]),
       C("more than 100", 100, "more_than", "other", "people pulled out alive", KOCA,
         attr_alt=[None]),
       C("8,000", 8000, "exact", "troops", "rescue personnel", KURUM, cat_alt=["other"]),
       C("2,000", 2000, "exact", "displaced", "people in tents", KURUM,
         cat_alt=["other", "aid"]),
       C("two", 2, "exact", "killed", "teenagers on Samos", "Greek officials")],
      published="2020-10-31"),

    P("d18_023",
      "KUMAMOTO, April 17 (Kyodo) -- The death toll from two powerful earthquakes that struck "
      "Kumamoto Prefecture late Thursday and early Saturday climbed to 41 on Sunday, with 11 "
      "people still unaccounted for in the village of Minamiaso, the prefectural government "
      "said. More than 1,000 people have been injured (184 of them seriously), according to the "
      "Fire and Disaster Management Agency. About 180,000 people were staying at some 855 "
      "evacuation centers across the prefecture as of Sunday morning, prefectural officials "
      "said, many of them sleeping in their cars for fear of aftershocks. The government has "
      "raised the number of Self-Defense Forces personnel deployed to the region to 25,000, "
      "Prime Minister Shinzo Abe said. The Japan Meteorological Agency has recorded more than "
      "400 quakes with an intensity of 1 or more on its seven-level scale since Thursday.",
      [C("two", 2, "exact", "other", "earthquakes", None, optional=True),
       C("41", 41, "exact", "killed", "people in Kumamoto", KUMAMOTO),
       C("11", 11, "exact", "missing", "people in Minamiaso", KUMAMOTO),
       C("More than 1,000", 1000, "more_than", "injured", "people in Kumamoto", FDMA),
       C("184", 184, "exact", "injured", "people seriously injured", FDMA),
       C("About 180,000", 180000, "about", "displaced", "evacuees", "prefectural officials"),
       C("some 855", 855, "about", "infrastructure", "evacuation centers",
         "prefectural officials", cat_alt=["other", "aid"]),
       C("25,000", 25000, "exact", "troops", "Self-Defense Forces personnel",
         "Prime Minister Shinzo Abe"),
       C("more than 400", 400, "more_than", "other", "quakes recorded",
         "The Japan Meteorological Agency", optional=True)]),

    P("d18_024",
      "ELAZIG, Turkey (AA) - The death toll from Friday's magnitude 6.8 earthquake in eastern "
      "Turkey's Elazig province rose to 41 on Sunday, Interior Minister Suleyman Soylu said, as "
      "rescue teams pulled a woman and her two-year-old daughter alive from a collapsed building "
      "28 hours after the quake. A total of 1,607 people were injured, and 45 people had been "
      "rescued alive from the rubble, the Disaster and Emergency Management Authority (AFAD) "
      "said in a statement. \"Of the injured, 83 are still in intensive care,\" Health Minister "
      "Fahrettin Koca wrote on Twitter. More than 3,500 search-and-rescue personnel were working "
      "in the quake zone, AFAD said, and 76 buildings had collapsed. The quake was also felt in "
      "neighbouring Malatya province, where four people were killed.",
      [C("41", 41, "exact", "killed", "people in Elazig", SOYLU),
       C("1,607", 1607, "exact", "injured", "people", AFAD_EL),
       C("45", 45, "exact", "other", "people rescued alive", AFAD_EL),
       C("83", 83, "exact", "injured", "people in intensive care", KOCA),
       C("More than 3,500", 3500, "more_than", "troops", "search-and-rescue personnel", "AFAD",
         attr_alt=[AFAD_EL], cat_alt=["other"]),
       C("76", 76, "exact", "infrastructure", "buildings collapsed", "AFAD",
         attr_alt=[AFAD_EL, None]),
       C("four", 4, "exact", "killed", "people in Malatya")]),

    # --- Floods, cyclones, landslides ---------------------------------------------------------------
    P("d18_025",
      "Eastern Cape floods: Death toll rises to 78 as search for missing pupils continues\n"
      "12 June 2025 - 14:05\n"
      "The number of people who died in this week's floods in the Eastern Cape has risen to 78, "
      "Premier Oscar Mabuyane said on Thursday, and the toll is expected to rise further. Most "
      "of the victims were in the OR Tambo district, around Mthatha. Police spokesperson "
      "Brigadier Sibongile Soci said divers had recovered the bodies of six learners whose "
      "scholar transport minibus was swept away on Tuesday, and that four other learners were "
      "still missing. \"Thirteen learners were in that taxi. Three were rescued by community "
      "members,\" Soci said. The provincial disaster management centre said 2,500 people had "
      "been displaced, with more than 1,000 houses damaged or destroyed.",
      [C("78", 78, "exact", "killed", "people (headline)", None, ctx="rises to 78"),
       C("78", 78, "exact", "killed", "people in the Eastern Cape", MABUYANE,
         ctx="risen to 78"),
       C("six", 6, "exact", "killed", "learners", SOCI),
       C("four", 4, "exact", "missing", "learners", SOCI),
       C("Thirteen", 13, "exact", "other", "learners in the minibus", SOCI),
       C("Three", 3, "exact", "other", "learners rescued", SOCI),
       C("2,500", 2500, "exact", "displaced", "people", EC_PDMC),
       C("more than 1,000", 1000, "more_than", "infrastructure", "houses damaged or destroyed",
         EC_PDMC)],
      published="2025-06-12"),

    P("d18_026",
      "Published On 4 Sep 2024\n"
      "Floods that have swept across Chad since July have claimed 341 lives and affected nearly "
      "1.5 million people, the United Nations said on Tuesday, citing figures from the "
      "government. More than 164,000 homes have been destroyed, the UN's humanitarian office "
      "OCHA said in its latest update. Some 70,000 head of livestock have also been lost, it "
      "said. Chad's government had put the toll at 265 a week earlier. The country, which is "
      "also hosting more than 600,000 refugees who have fled the war in neighbouring Sudan, has "
      "appealed for international aid.",
      [C("341", 341, "exact", "killed", "people in Chad's floods", "the government",
         attr_alt=["the United Nations"]),
       C("nearly 1.5 million", 1_500_000, "about", "other", "people affected",
         "the government", attr_alt=["the United Nations"], cat_alt=["population"]),
       C("More than 164,000", 164000, "more_than", "infrastructure", "homes destroyed", OCHA),
       C("Some 70,000", 70000, "about", "other", "head of livestock lost", OCHA,
         attr_alt=["it"]),
       C("265", 265, "exact", "killed", "people (earlier toll)", "Chad's government"),
       C("more than 600,000", 600000, "more_than", "displaced", "Sudanese refugees in Chad")],
      published="2024-09-04"),

    P("d18_027",
      "Cyclone Fani: Odisha death toll rises to 34, over 1.2 million evacuated in record "
      "operation\n"
      "Bhubaneswar | Updated: May 05, 2019 23:40 IST\n"
      "The number of people killed by Cyclone Fani in Odisha rose to 34 on Sunday, special "
      "relief commissioner Bishnupada Sethi said, with 21 deaths reported from Puri district "
      "alone. More than 1.2 million people had been moved to over 4,000 shelters in the 24 hours "
      "before the storm made landfall on Friday, the state government said, an operation the "
      "UN's disaster risk agency praised as \"near perfect\". In neighbouring Bangladesh, where the storm weakened "
      "before reaching land, at least 14 people were killed, the Disaster Management and Relief "
      "Ministry said.",
      [C("34", 34, "exact", "killed", "people in Odisha (headline)", None, ctx="rises to 34"),
       C("over 1.2 million", 1_200_000, "more_than", "displaced",
         "people evacuated (headline)", None),
       C("34", 34, "exact", "killed", "people in Odisha", SETHI, ctx="rose to 34"),
       C("21", 21, "exact", "killed", "people in Puri district", SETHI),
       C("More than 1.2 million", 1_200_000, "more_than", "displaced", "people evacuated",
         "the state government"),
       C("over 4,000", 4000, "more_than", "infrastructure", "shelters",
         "the state government", cat_alt=["other", "aid"]),
       C("at least 14", 14, "at_least", "killed", "people in Bangladesh",
         "the Disaster Management and Relief Ministry")],
      published="2019-05-05"),

    P("d18_028",
      "PEMBA, Mozambique, April 28, 2019 (Lusa) - Cyclone Kenneth has killed at least five "
      "people in northern Mozambique, the National Institute for Disaster Management (INGC) said "
      "on Sunday, as torrential rain continued to lash the province of Cabo Delgado. INGC "
      "director Augusta Maita told reporters that 3,380 houses had been totally destroyed, most "
      "of them on the islands of Ibo and Quirimbas, and that around 23,000 people were "
      "sheltering in schools and churches. \"The rain is what worries us now: we expect up "
      "to 600 millimetres over the coming days,\" she said. In Comoros, where Kenneth struck "
      "first, three people were killed, the government said. The World Food Programme said it "
      "had flown 20 tonnes of high-energy biscuits to Pemba and was preparing to feed up to "
      "200,000 people, six weeks after Cyclone Idai left more than 600 dead in the centre of the "
      "country.",
      [C("at least five", 5, "at_least", "killed", "people in Mozambique", INGC),
       C("3,380", 3380, "exact", "infrastructure", "houses destroyed", MAITA),
       C("around 23,000", 23000, "about", "displaced", "people sheltering",
         MAITA),
       C("three", 3, "exact", "killed", "people in Comoros", "the government"),
       C("20", 20, "exact", "aid", "tonnes of high-energy biscuits", WFP),
       C("up to 200,000", 200000, "at_most", "other", "people to be fed", WFP,
         cat_alt=["aid"]),
       C("more than 600", 600, "more_than", "killed", "people killed by Cyclone Idai", None,
         attr_alt=[WFP])],
      published="2019-04-28"),

    P("d18_029",
      "PETROPOLIS, Brazil, Feb 17 (Reuters) - The death toll from floods and mudslides in the "
      "Brazilian mountain city of Petrópolis, home to about 300,000 people, rose to 117 on "
      "Thursday, Rio de Janeiro state's civil defense service said, as rescuers dug through mud "
      "with their bare hands in search of survivors. The state's civil police said 116 people "
      "were still missing, though officials cautioned that the list might include people who "
      "had since been found. At least 24 people were rescued alive, and more than 850 were "
      "staying in schools and churches turned into shelters, the city government said. \"The "
      "situation is almost one of war,\" Governor Cláudio Castro told reporters after flying "
      "over the area. More rain fell in three hours on Tuesday than in any February since 1932, "
      "according to the national meteorological institute.",
      [C("about 300,000", 300000, "about", "population", "Petrópolis residents", None,
         attr_alt=[RJ_CIVIL]),
       C("117", 117, "exact", "killed", "people in Petrópolis", RJ_CIVIL),
       C("116", 116, "exact", "missing", "people", "The state's civil police"),
       C("At least 24", 24, "at_least", "other", "people rescued alive", "the city government"),
       C("more than 850", 850, "more_than", "displaced", "people in shelters",
         "the city government")]),

    # --- Mines, factories, ferries -----------------------------------------------------------------
    P("d18_030",
      "BOGOTA, March 15, 2023 (AFP) - Rescuers recovered the bodies of the last missing miners "
      "on Wednesday after a series of methane explosions in coal mines in central Colombia, "
      "bringing the death toll to 21, the National Mining Agency said. The blasts hit five "
      "interconnected mines in the municipality of Sutatausa, about 80 kilometres north of "
      "Bogota, late on Tuesday, trapping 24 workers, the agency said. Only three of them were "
      "brought out alive, and all were in stable condition, Cundinamarca governor Nicolás García "
      "told local radio. President Gustavo Petro sent condolences to the families and ordered an "
      "investigation, saying that \"coal mining must end.\" More than 90 mining deaths have been "
      "recorded in Colombia so far this year, according to the agency.",
      [C("21", 21, "exact", "killed", "miners", ANM),
       C("five", 5, "exact", "other", "mines hit", "the agency", attr_alt=[ANM],
         optional=True, cat_alt=["infrastructure"]),
       C("24", 24, "exact", "other", "workers trapped", "the agency", attr_alt=[ANM],
         cat_alt=["missing"]),
       C("three", 3, "exact", "other", "miners brought out alive",
         "Cundinamarca governor Nicolás García"),
       C("More than 90", 90, "more_than", "killed", "mining deaths in Colombia this year",
         "the agency", attr_alt=[ANM])],
      published="2023-03-15"),

    P("d18_031",
      "Baldia factory fire: death toll reaches 259\n"
      "Published: September 13, 2012\n"
      "KARACHI: The death toll from the fire at the Ali Enterprises garment factory in Baldia Town "
      "reached 259 on Thursday, Edhi Foundation officials said, as rescuers pulled more charred "
      "bodies from the basement. Sindh Health Minister Dr Saghir Ahmed said at least 600 workers "
      "had been inside the building when the fire broke out on Tuesday evening, and that most "
      "exits were locked. \"Around 50 people were injured jumping from the upper floors,\" a "
      "doctor at Civil Hospital told The Express Tribune. Police said the factory's owners and "
      "three managers had been booked, and that two managers had been taken into custody. Many "
      "of the bodies were burnt beyond recognition; only 96 had been identified by Wednesday "
      "night, according to the police surgeon. The provincial government announced compensation "
      "of Rs700,000 for the family of each victim.",
      [C("259", 259, "exact", "killed", "people (headline)", None, ctx="reaches 259"),
       C("259", 259, "exact", "killed", "factory workers", EDHI, ctx="reached 259"),
       C("at least 600", 600, "at_least", "other", "workers inside the building", SAGHIR),
       C("Around 50", 50, "about", "injured", "people who jumped",
         "a doctor at Civil Hospital"),
       C("three", 3, "exact", "detained", "managers booked", "Police", cat_alt=["other"]),
       C("two", 2, "exact", "detained", "managers in custody", "Police"),
       C("96", 96, "exact", "killed", "bodies identified", "the police surgeon",
         optional=True, cat_alt=["other"])],
      published="2012-09-13"),

    P("d18_032",
      "YANCHENG, Jiangsu, March 22 (Xinhua) -- The death toll from an explosion at a chemical "
      "plant in Xiangshui county in east China's Jiangsu Province has risen to 47, local "
      "authorities said at a press conference on Friday. Another 90 people were seriously "
      "injured, and 640 people were receiving treatment in hospitals, the authorities said. More "
      "than 930 firefighters and 192 fire engines had been sent to the scene, according to the "
      "Ministry of Emergency Management. The blast, at a plant owned by Tianjiayi Chemical, was "
      "felt several kilometres away and registered as a magnitude 2.2 tremor by the China "
      "Earthquake Networks Center. Three people were still missing.",
      [C("47", 47, "exact", "killed", "people at the chemical plant", JS_AUTH),
       C("90", 90, "exact", "injured", "people seriously injured", "the authorities",
         attr_alt=[JS_AUTH]),
       C("640", 640, "exact", "injured", "people in hospital", "the authorities",
         attr_alt=[JS_AUTH]),
       C("More than 930", 930, "more_than", "troops", "firefighters sent", MEM,
         cat_alt=["other"]),
       C("192", 192, "exact", "other", "fire engines", MEM, optional=True),
       C("Three", 3, "exact", "missing", "people", None, attr_alt=[JS_AUTH])]),

    P("d18_033",
      "Zanzibar ferry disaster: Nearly 200 feared dead\n"
      "Published 11 September 2011\n"
      "Nearly 200 people are feared to have died after an overcrowded ferry sank off Zanzibar, "
      "Tanzanian officials say. The MV Spice Islander was travelling from Unguja to Pemba island "
      "when it capsized in the early hours of Saturday. Police said 620 people had been rescued "
      "and 197 bodies recovered. \"We are expecting more bodies, as the boat was carrying many "
      "more people than it was licensed for,\" Zanzibar's Minister of State, Mohamed Aboud "
      "Mohamed, told the BBC. The ferry was licensed to carry 645 passengers, but survivors said "
      "there were more than 800 on board. Zanzibar's President Ali Mohamed Shein declared three "
      "days of mourning.",
      [C("Nearly 200", 200, "about", "killed", "people feared dead (headline)", None,
         cat_alt=["missing"], ctx="Nearly 200 feared"),
       C("Nearly 200", 200, "about", "killed", "people feared dead", ZNZ, cat_alt=["missing"],
         ctx="Nearly 200 people"),
       C("620", 620, "exact", "other", "people rescued", "Police"),
       C("197", 197, "exact", "killed", "bodies recovered", "Police"),
       C("645", 645, "exact", "other", "licensed passenger capacity", None, optional=True),
       C("more than 800", 800, "more_than", "other", "people on board", "survivors")],
      published="2011-09-11"),

    P("d18_034",
      "CANAZEI (ANSA) - The number of people confirmed dead after a huge chunk of the Marmolada "
      "glacier broke away in the Dolomites on Sunday rose to nine on Tuesday, while four others "
      "remain missing, civil protection officials said. Eight people were injured and are being "
      "treated in hospitals in Trento, Treviso, Belluno and Bolzano. "
      "Rescuers said earlier that up to 13 people could be unaccounted for, but some of the "
      "climbers whose cars had been found in the car park at the foot of the mountain have "
      "since been traced alive. Search operations are being carried out with drones because it "
      "is too dangerous to send rescue teams onto the glacier, Trentino provincial president "
      "Maurizio Fugatti told reporters. About 200 hikers were on the mountain at the time, "
      "according to the Alpine rescue service.",
      [C("nine", 9, "exact", "killed", "people on the Marmolada", CIVIL_PROT),
       C("four", 4, "exact", "missing", "people", CIVIL_PROT),
       C("Eight", 8, "exact", "injured", "people", CIVIL_PROT, attr_alt=[None]),
       C("up to 13", 13, "at_most", "missing", "people (earlier estimate)", "Rescuers"),
       C("About 200", 200, "about", "other", "hikers on the mountain",
         "the Alpine rescue service")]),

    P("d18_035",
      "Atami mudslide: 3 dead, 113 unaccounted for\n"
      "July 5, 2021 12:10 JST\n"
      "Rescue workers in Atami, Shizuoka Prefecture, are searching for 113 people whose "
      "whereabouts remain unknown after a massive mudslide tore through a residential area on "
      "Saturday. City officials say three people have been confirmed dead. About 1,000 "
      "Self-Defense Force personnel, police officers and firefighters are taking part in the "
      "search, according to the prefectural government. The city had earlier put the number of "
      "missing at 20, but revised it after checking its register of residents, which showed 215 "
      "people living in the affected area. More than 570 residents are staying at evacuation "
      "centres and hotels, officials say.",
      [C("3", 3, "exact", "killed", "people (headline)", None),
       C("113", 113, "exact", "missing", "people (headline)", None, ctx="113 unaccounted"),
       C("113", 113, "exact", "missing", "people", None, ctx="for 113 people"),
       C("three", 3, "exact", "killed", "people", "City officials"),
       C("About 1,000", 1000, "about", "troops", "SDF personnel, police and firefighters",
         "the prefectural government"),
       C("20", 20, "exact", "missing", "people (earlier figure)", "The city"),
       C("215", 215, "exact", "population", "residents of the affected area", "The city",
         attr_alt=["its register of residents"]),
       C("More than 570", 570, "more_than", "displaced", "residents in evacuation centres",
         "officials")],
      published="2021-07-05"),

    P("d18_036",
      "Flood situation worsens in Sylhet, Sunamganj\n"
      "Published: 12:00 AM, June 21, 2022\n"
      "Our Correspondents, Sylhet\n"
      "At least 18 people have died in floods in the Sylhet division since Friday, according to "
      "the Directorate General of Health Services (DGHS), while around 4 million people remain "
      "stranded across the region's four districts. \"Over 350,000 people have taken shelter in "
      "1,222 flood shelters in Sylhet district alone,\" Sylhet Deputy Commissioner Mohammad "
      "Mosharraf Hossain told The Daily Star yesterday. Army personnel rescued around 3,000 "
      "people in Sunamganj on Monday, according to the Inter Services Public Relations (ISPR). "
      "The disaster management ministry said it had allocated 1,200 tonnes of rice for flood "
      "victims.",
      [C("At least 18", 18, "at_least", "killed", "people in Sylhet division", DGHS),
       C("around 4 million", 4_000_000, "about", "other", "people stranded", DGHS,
         attr_alt=[None], cat_alt=["population"]),
       C("four", 4, "exact", "other", "districts", None, optional=True),
       C("Over 350,000", 350000, "more_than", "displaced", "people in shelters", SYLHET_DC),
       C("1,222", 1222, "exact", "infrastructure", "flood shelters", SYLHET_DC,
         cat_alt=["other", "aid"]),
       C("around 3,000", 3000, "about", "other", "people rescued by the army", ISPR),
       C("1,200", 1200, "exact", "aid", "tonnes of rice", BD_MIN)],
      published="2022-06-21"),

    P("d18_037",
      "BAMAKO, Jan 30 (Reuters) - At least 48 people, most of them women, were killed when an "
      "artisanal gold mine collapsed in southwestern Mali's Koulikoro region on Wednesday, a "
      "local official and the head of an artisanal miners' association said. Some of the victims "
      "had fallen into the water-filled pit, said the official, who asked not to be named "
      "because he was not authorised to speak to the press, adding that 20 to 25 people were "
      "feared still trapped. Mining ministry official Karim Berthé said earlier that at least 15 "
      "bodies had been recovered and that several people were still missing, without giving a "
      "number. The collapse came less than two weeks after a mine accident in the Kayes region "
      "left more than 10 people dead.",
      [C("At least 48", 48, "at_least", "killed", "people at the gold mine", MALI_OFFICIALS),
       C("20 to 25", 20, "range", "missing", "people feared trapped", "the official",
         high=25, attr_alt=[MALI_OFFICIALS]),
       C("at least 15", 15, "at_least", "killed", "bodies recovered",
         "Mining ministry official Karim Berthé"),
       C("more than 10", 10, "more_than", "killed", "people in the Kayes mine accident")]),

    P("d18_038",
      "Buriganga launch capsize: 32 bodies recovered\n"
      "Published at 07:52 pm June 29th, 2020\n"
      "The bodies of 32 people, including eight women and three children, have been recovered "
      "after a launch capsized in the Buriganga river near Sadarghat in Dhaka on Monday morning, "
      "fire service officials said. The Munshiganj-bound MV Morning Bird, which was carrying "
      "between 50 and 60 passengers, sank after being hit by the larger MV Moyur-2 as it "
      "prepared to berth, according to the Bangladesh Inland Water Transport Authority "
      "(BIWTA). \"Some passengers swam ashore and others were rescued by people in small "
      "boats,\" said fire service duty officer Rozina Akter. \"We do not yet know how many are "
      "missing.\" The navy and coast guard have joined the search, with divers from the fire "
      "service.",
      [C("32", 32, "exact", "killed", "bodies recovered (headline)", None,
         ctx="capsize: 32"),
       C("32", 32, "exact", "killed", "bodies recovered", FIRE_SERVICE, ctx="of 32 people"),
       C("eight", 8, "exact", "killed", "women", FIRE_SERVICE),
       C("three", 3, "exact", "killed", "children", FIRE_SERVICE),
       C("between 50 and 60", 50, "range", "other", "passengers on board", BIWTA, high=60)],
      published="2020-06-29"),

    P("d18_039",
      "ALAUSÍ, Ecuador (AP) — Rescuers on Tuesday pulled two more bodies from the mud that buried "
      "part of the Andean town of Alausí, raising the death toll to 16, Ecuador's Risk "
      "Management Secretariat said. Another 23 people were injured and 62 remain missing, the "
      "agency said. The landslide late Sunday buried or damaged 163 homes, authorities said, and "
      "some 500 people had been evacuated. Residents said the hillside had shown cracks for "
      "weeks. \"My mother, my brother and my two nephews are under there,\" said Mauricio "
      "Tenelema, 42, as he watched soldiers and firefighters dig. \"They told us to leave on "
      "Saturday, but where would we go? They said the danger had passed.\"",
      [C("two", 2, "exact", "killed", "bodies recovered on Tuesday", SNGR,
         ctx="two more bodies"),
       C("16", 16, "exact", "killed", "people in Alausí", SNGR),
       C("23", 23, "exact", "injured", "people", "the agency", attr_alt=[SNGR]),
       C("62", 62, "exact", "missing", "people", "the agency", attr_alt=[SNGR]),
       C("163", 163, "exact", "infrastructure", "homes buried or damaged", "authorities"),
       C("some 500", 500, "about", "displaced", "people evacuated", "authorities",
         attr_alt=[None]),
       C("two", 2, "exact", "missing", "nephews under the mud", "Mauricio Tenelema",
         optional=True, ctx="two nephews")]),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d18_040",
      "TOKYO, Jan 14 (Kyodo) -- A magnitude 6.9 earthquake struck off Miyazaki Prefecture in "
      "southwestern Japan at 9:19 p.m. on Monday, prompting the Japan Meteorological Agency to "
      "issue tsunami advisories for Miyazaki and Kochi prefectures. Waves of up to 20 "
      "centimeters were observed at Miyazaki port about 30 minutes later. The quake, which had "
      "a depth of 36 kilometers, registered a lower 5 on Japan's seven-point seismic intensity "
      "scale. No injuries or damage were immediately reported, and Kyushu Electric Power said "
      "there were no abnormalities at its Sendai nuclear plant, 120 km from the epicenter. The "
      "agency said the quake was not large enough to trigger a \"megaquake advisory\" for the "
      "Nankai Trough, like the one it issued for the first time in August 2024 after a "
      "magnitude 7.1 tremor.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d18_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17", "holdout",
                                                   "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
