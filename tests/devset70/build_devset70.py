"""Source of the seventieth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) from the African regional and national press, 1995–2026, written
for this set (none copied from an article) in the styles of Premium Times, Punch, Daily Trust,
the Daily Nation, The Standard, The East African, the Monitor, New Vision, The Citizen, the Mail
& Guardian, News24, Radio Okapi, Addis Standard, the Sudan Tribune and the Africa desks of RFI
and AFP: insurgent attacks, banditry and kidnappings, communal clashes, floods, building
collapses, tanker explosions, boat capsizes, cholera and Ebola outbreaks and election violence.
About half carry the outlet's own furniture (datelines, date lines, bylines). Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets (``tests/devset15`` to ``tests/devset18``
and ``tests/holdout2`` in particular). Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts. Two passages hold only non-claims.

Run ``python tests/devset70/build_devset70.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = other_sets("devset70")

NSEMA = "the Niger State Emergency Management Agency (NSEMA)"
BABA_ARAH = "The agency's Director-General, Abdullahi Baba-Arah"
MOSES = "Liberia National Police spokesman Cecil Moses"
PHEBE = "Doctors at the Phebe hospital in nearby Suakoko"
DHQ = "The Defence Headquarters"
BUBA = "The Director of Defence Media Operations, Maj Gen Edward Buba"
KIMAIYO = "Inspector General of Police David Kimaiyo"
LENKU = "Interior Cabinet Secretary Joseph Ole Lenku"
ABUBAKAR = "The spokesman of the command, SP Othman Abubakar"
YAMU = "the state police spokesperson, Moses Yamu"
KIYAWA = "The Kano State Police Command spokesman, SP Abdullahi Haruna Kiyawa"
MAKINDE = "Oyo State Governor Seyi Makinde"
GP_HEALTH = "the Gauteng health department"
MODIBA = "Department spokesperson Motalatale Modiba"
HAKIZA = "Albertine Region police spokesperson Julius Hakiza"
ODONG = "medical superintendent Dr Bosco Odong"
MUTUA = "Government spokesman Alfred Mutua"
ORTOM = "The state governor, Samuel Ortom"
NWODE = "The Anambra State Police Command spokesman, SP Nkeiruka Nwode"
DMMU = "The Disaster Management and Mitigation Unit"
MATAMBO = "Copperbelt provincial minister Elisha Matambo"
MUDONG = "Aswa regional police spokesperson David Ongom Mudong"
MAJALIWA = "Prime Minister Kassim Majaliwa"
RUFIJI_DC = "the Rufiji district commissioner, Meja Mwanga"
UNMISS = "the United Nations Mission in South Sudan (UNMISS)"
TAMBURA_COMM = "The Tambura county commissioner"
SNNPR = ("a senior official of the Southern Nations, Nationalities and Peoples' Regional "
         "State")
EJIRE = "The state police spokesperson, SP Adetoun Ejire-Adeyemi"
ILUNGA = "The Minister of Public Health, Dr Oly Ilunga Kalenga"
MAFUME = "Harare's mayor Jacob Mafume"
KWAMOUTH_CS = "the coordinator of the local civil society, Jean-Pierre Mbuli"
LASEMA = "the Lagos State Emergency Management Agency (LASEMA)"
TIAMIYU = "LASEMA's General Manager, Adesina Tiamiyu"
MAHAMA = "Ghana's President John Dramani Mahama"
NADMO = "The National Disaster Management Organisation (NADMO)"
NGASKI = "The chairman of Ngaski LGA, Alhaji Abdullahi Buhari Warrah"
DEINER = "Western Cape disaster management head Colin Deiner"
ACENG = "Health Minister Dr Jane Ruth Aceng"
INGD = "the national disaster management institute (INGD)"
CCSD = "the Central Committee of Sudan Doctors"
OCHA_SD = "The UN Office for the Coordination of Humanitarian Affairs (OCHA)"
SHIRORO_SOURCES = "residents and security sources"
EHRC = "The Ethiopian Human Rights Commission (EHRC)"
KOLOYTA = "Afar region spokesperson Ahmed Koloyta"
CI_GOV = "Côte d'Ivoire's government"
VAGONDO = "Security Minister Vagondo Diomandé"
MAWELA = "Gauteng police commissioner Lieutenant General Elias Mawela"

PASSAGES: list[Passage] = []

# --- Boats, tankers and crushes ----------------------------------------------------------------
PASSAGES += [
    P("d70_001",
      "Niger boat mishap: Death toll rises to 27 as divers search for missing passengers\n"
      "By Ibrahim Adeyemi\n"
      "October 3, 2024\n"
      "The number of bodies recovered from the River Niger after a boat carrying traders and "
      "farmers capsized near Gbajibo community in Mokwa Local Government Area of Niger State has "
      "risen to 27, the Niger State Emergency Management Agency (NSEMA) has said. The agency's "
      "Director-General, Abdullahi Baba-Arah, said on Thursday that the boat was carrying about "
      "300 passengers, most of them women and children heading to a farm market across the "
      "river. He said 150 passengers were rescued alive, while \"more than 100\" remained "
      "unaccounted for. Residents who spoke to PREMIUM TIMES said local divers had pulled out at "
      "least six other bodies on Wednesday evening that were not included in the official "
      "count. The wooden vessel, built to carry about 100 people, was badly overloaded, a "
      "community leader, Aliyu Gbajibo, said. No arrests have been made.",
      [C("27", 27, "exact", "killed", "bodies recovered", None, ctx="rises to 27"),
       C("27", 27, "exact", "killed", "bodies recovered", NSEMA, ctx="risen to 27"),
       C("about 300", 300, "about", "other", "passengers on board", BABA_ARAH),
       C("150", 150, "exact", "other", "passengers rescued alive", BABA_ARAH, attr_alt=["He"]),
       C("more than 100", 100, "more_than", "missing", "passengers unaccounted for", BABA_ARAH,
         attr_alt=["He"]),
       C("at least six", 6, "at_least", "killed", "other bodies pulled out by divers",
         "Residents who spoke to PREMIUM TIMES", attr_alt=["Residents"]),
       C("about 100", 100, "about", "other", "the vessel's capacity",
         "a community leader, Aliyu Gbajibo", optional=True)],
      published="2024-10-03"),

    P("d70_002",
      "MONROVIA, Dec 29, 2024 (AFP) - At least 24 people were killed and dozens more badly "
      "burned when a fuel tanker exploded in central Liberia as residents gathered to scoop up "
      "leaking petrol, officials said Sunday. The tanker overturned on Saturday near Totota in "
      "Bong County, and the blast came while a crowd was siphoning fuel from it, Liberia "
      "National Police spokesman Cecil Moses told AFP. \"We have counted 24 bodies so far, and "
      "the number may rise,\" he said. Doctors at the Phebe hospital in nearby Suakoko said they "
      "had received 41 patients with burns, nine of whom were in critical condition. President "
      "Joseph Boakai declared three days of national mourning and ordered an investigation.",
      [C("At least 24", 24, "at_least", "killed", "people", "officials"),
       C("dozens", 12, "vague", "injured", "people badly burned", "officials"),
       C("24", 24, "exact", "killed", "bodies counted", MOSES, attr_alt=["he"],
         ctx="counted 24 bodies"),
       C("41", 41, "exact", "injured", "patients with burns", PHEBE),
       C("nine", 9, "exact", "injured", "patients in critical condition", PHEBE)],
      published="2024-12-29"),

    P("d70_003",
      "Congo-Brazzaville: army recruitment stampede kills 31\n"
      "Brazzaville (RFI) – At least 31 people were killed in a stampede overnight Monday to "
      "Tuesday at the Michel d'Ornano stadium in Brazzaville, where thousands of young people "
      "had gathered in the hope of enlisting in the army, the government said. In a statement "
      "read on state television, Prime Minister Anatole Collinet Makosso said a crisis unit had "
      "been set up and that \"several\" other people had been injured. Hospital sources told RFI "
      "that about 140 people had been treated, some of them for fractures. The army had said it "
      "was recruiting 1,500 young people, but a witness told our correspondent that more than "
      "10,000 had turned up at the gates. Not a single recruitment official has been suspended.",
      [C("31", 31, "exact", "killed", "people in the stampede", None, ctx="kills 31"),
       C("At least 31", 31, "at_least", "killed", "people in the stampede", "the government"),
       C("thousands", 1000, "vague", "other", "young people gathered at the stadium", None,
         attr_alt=["the government"]),
       C("about 140", 140, "about", "injured", "people treated", "Hospital sources"),
       C("1,500", 1500, "exact", "troops", "young people to be recruited", "The army",
         cat_alt=["other"]),
       C("more than 10,000", 10000, "more_than", "other", "young people who turned up",
         "a witness")]),

    # --- Insurgents, soldiers and bandits ----------------------------------------------------------
    P("d70_004",
      "Delta killings: Army names 17 soldiers killed in Okuama\n"
      "By Olugbenga Ige\n"
      "Published 18 March 2024\n"
      "The Defence Headquarters on Sunday released the names of the 17 soldiers, including a "
      "commanding officer, three majors and a captain, who were killed in Okuama community, "
      "Ughelli South Local Government Area of Delta State. The Director of Defence Media "
      "Operations, Maj Gen Edward Buba, told journalists in Abuja that the troops had been on a "
      "peace mission between Okuama and neighbouring Okoloba when they were attacked on "
      "Thursday. Buba said eight suspects had been arrested in connection with the killings. "
      "Residents, however, told The PUNCH that most of the community's estimated 5,000 "
      "inhabitants had fled into the creeks since then, and that dozens of houses had been "
      "burnt. The Delta State Government said it had set up a committee and had yet to "
      "ascertain how many civilians died.",
      [C("17", 17, "exact", "killed", "soldiers", "Army", attr_alt=[None],
         ctx="names 17 soldiers"),
       C("17", 17, "exact", "killed", "soldiers", DHQ, ctx="the 17 soldiers"),
       C("three", 3, "exact", "killed", "majors among the dead", DHQ),
       C("eight", 8, "exact", "detained", "suspects arrested", "Buba", attr_alt=[BUBA]),
       C("estimated 5,000", 5000, "about", "population", "inhabitants of Okuama",
         "Residents", attr_alt=[None]),
       C("dozens", 12, "vague", "infrastructure", "houses burnt", "Residents")],
      published="2024-03-18"),

    P("d70_005",
      "Kapedo: 21 police officers killed in bandit ambush\n"
      "By Standard Team\n"
      "Twenty-one police officers were killed on Saturday when suspected bandits ambushed a "
      "convoy at Kasarani, near Kapedo on the Baringo–Turkana border, Inspector General of "
      "Police David Kimaiyo said. Kimaiyo said the officers, most of them from the General "
      "Service Unit and the Administration Police, had been pursuing raiders who had earlier "
      "driven off more than 300 goats. Another four officers were unaccounted for last night. "
      "Residents said the attackers, numbering between 100 and 200, made away with at least 15 "
      "rifles. Interior Cabinet Secretary Joseph Ole Lenku said 1,000 more officers would be "
      "deployed to the area, where 13 residents and two officers had been killed in clashes "
      "since September.",
      [C("21", 21, "exact", "killed", "police officers", None),
       C("Twenty-one", 21, "exact", "killed", "police officers", KIMAIYO),
       C("more than 300", 300, "more_than", "other", "goats driven off", "Kimaiyo",
         attr_alt=[KIMAIYO]),
       C("four", 4, "exact", "missing", "officers unaccounted for", "Kimaiyo",
         attr_alt=[None, KIMAIYO]),
       C("between 100 and 200", 100, "range", "troops", "attackers", "Residents", high=200,
         cat_alt=["other"]),
       C("at least 15", 15, "at_least", "munitions", "rifles taken", "Residents",
         cat_alt=["other"]),
       C("1,000", 1000, "exact", "troops", "more officers to be deployed", LENKU,
         cat_alt=["other"]),
       C("13", 13, "exact", "killed", "residents killed since September", None,
         attr_alt=[LENKU]),
       C("two", 2, "exact", "killed", "officers killed since September", None,
         attr_alt=[LENKU], ctx="two officers")]),
]

PASSAGES += [
    P("d70_006",
      "Mubi mosque attack: Death toll hits 50 – Police\n"
      "Nov 22, 2017\n"
      "From Ibrahim Abdul'aziz, Yola\n"
      "The death toll from Tuesday's suicide bombing at a mosque in Mubi, Adamawa State, has "
      "risen to 50, the state police command has said. The spokesman of the command, SP Othman "
      "Abubakar, said the bomber, a teenage boy, detonated his explosives as worshippers were "
      "observing the early morning prayer in the Unguwar Shuwa area of the town. He said 50 "
      "people, including the bomber, had died, while 47 others were receiving treatment at the "
      "Mubi General Hospital. A hospital worker, who asked not to be named, told Daily Trust "
      "that the morgue had received \"over 60 bodies\" and that some families had taken their "
      "dead straight home for burial. Mubi was overrun by Boko Haram for about six weeks in "
      "late 2014, and hundreds of thousands of its residents fled.",
      [C("50", 50, "exact", "killed", "people in the mosque bombing", "Police",
         attr_alt=["the state police command"], ctx="hits 50"),
       C("50", 50, "exact", "killed", "people in the mosque bombing",
         "the state police command", ctx="risen to 50"),
       C("50", 50, "exact", "killed", "people, including the bomber", ABUBAKAR,
         attr_alt=["He"], ctx="He said 50"),
       C("47", 47, "exact", "injured", "people receiving treatment", ABUBAKAR,
         attr_alt=["He"]),
       C("over 60", 60, "more_than", "killed", "bodies received at the morgue",
         "A hospital worker"),
       C("hundreds of thousands", 100000, "vague", "displaced", "Mubi residents who fled in 2014",
         None)],
      published="2017-11-22"),

    P("d70_007",
      "Uromi killings: Police arrest 14 suspects as Tinubu condemns murder of travellers\n"
      "Police in Edo State have arrested 14 suspects over the killing of 16 travellers by a "
      "vigilante group in Uromi, Esan North-East Local Government Area, the police said on "
      "Saturday. The victims, most of them hunters travelling from Port Harcourt to Kano for the "
      "Sallah celebration, were stopped at a checkpoint on Thursday and accused of being "
      "kidnappers, the state police spokesperson, Moses Yamu, said in a statement. Ten others "
      "who were in the vehicle survived and were handed over to the police, he added. The Kano "
      "State Government, which has demanded justice, put the number of dead at 16 and said all "
      "were indigenes of Bunkure and Kibiya local government areas. No reprisal attack had been "
      "reported by Sunday.",
      [C("14", 14, "exact", "detained", "suspects arrested", None, attr_alt=["Police"],
         ctx="arrest 14"),
       C("14", 14, "exact", "detained", "suspects arrested", "the police",
         attr_alt=["Police in Edo State"], ctx="arrested 14"),
       C("16", 16, "exact", "killed", "travellers", "the police", ctx="killing of 16"),
       C("Ten", 10, "exact", "other", "survivors handed over to police", YAMU,
         attr_alt=["he"]),
       C("16", 16, "exact", "killed", "travellers", "The Kano State Government",
         ctx="dead at 16")]),

    P("d70_008",
      "Kano mosque attack: Death toll rises to 23\n"
      "Friday, May 24, 2024\n"
      "By Salim Umar Ibrahim, Kano\n"
      "The number of worshippers who died after a man set a mosque ablaze during the dawn prayer "
      "at Gadan village in Gezawa Local Government Area of Kano State has risen to 23. The Kano "
      "State Police Command spokesman, SP Abdullahi Haruna Kiyawa, said the latest victim died "
      "at the Murtala Muhammad Specialist Hospital on Thursday night. About 40 worshippers were "
      "in the mosque when the suspect, a 38-year-old man, locked the doors and poured petrol on "
      "them over an inheritance dispute, he said. Kiyawa said 17 people were still receiving "
      "treatment, five of them in the intensive care unit. The suspect, who also sustained "
      "burns, has been arrested along with two others who allegedly helped him buy the fuel.",
      [C("23", 23, "exact", "killed", "worshippers", None, ctx="rises to 23"),
       C("23", 23, "exact", "killed", "worshippers", None, attr_alt=[KIYAWA],
         ctx="risen to 23"),
       C("About 40", 40, "about", "other", "worshippers inside the mosque", KIYAWA,
         attr_alt=["he"]),
       C("17", 17, "exact", "injured", "people receiving treatment", "Kiyawa",
         attr_alt=[KIYAWA]),
       C("five", 5, "exact", "injured", "patients in intensive care", "Kiyawa",
         attr_alt=[KIYAWA]),
       C("two", 2, "exact", "detained", "others arrested with the suspect", "Kiyawa",
         attr_alt=[None, KIYAWA])],
      published="2024-05-24"),

    P("d70_009",
      "Ibadan explosion: Death toll rises to five, 77 injured – Makinde\n"
      "Oyo State Governor Seyi Makinde has said five people died and 77 others were injured in "
      "Tuesday night's explosion in the Bodija area of Ibadan. Makinde, who visited the scene on "
      "Wednesday, said the blast was caused by explosives stored in a building by illegal "
      "miners. According to him, 58 buildings were affected, and residents of the area have been "
      "moved to hotels at the government's expense. The Oyo State Emergency Management Agency had "
      "earlier said two people died and that rescue workers were searching the rubble for "
      "others. A resident of Adeyi Avenue, Mrs Bolanle Ojo, said her house \"shook as if it "
      "would fall\", adding that nobody in her family was hurt. Police have arrested four "
      "suspects.",
      [C("five", 5, "exact", "killed", "people", "Makinde", attr_alt=[MAKINDE],
         ctx="rises to five"),
       C("77", 77, "exact", "injured", "people", "Makinde", attr_alt=[MAKINDE],
         ctx="77 injured"),
       C("five", 5, "exact", "killed", "people", MAKINDE, ctx="said five people"),
       C("77", 77, "exact", "injured", "people", MAKINDE, ctx="77 others"),
       C("58", 58, "exact", "infrastructure", "buildings affected", MAKINDE,
         attr_alt=["him"]),
       C("two", 2, "exact", "killed", "people (earlier toll)",
         "The Oyo State Emergency Management Agency"),
       C("four", 4, "exact", "detained", "suspects arrested", None, attr_alt=["Police"])]),

    P("d70_010",
      "Boksburg tanker explosion: Death toll climbs to 34\n"
      "News24 | 5 January 2023\n"
      "The number of people who have died after a gas tanker exploded under a low bridge in "
      "Boksburg on Christmas Eve has risen to 34, the Gauteng health department said on "
      "Thursday. Department spokesperson Motalatale Modiba said 15 patients remained in "
      "hospitals across the province, among them several nurses from the nearby Tambo Memorial "
      "Hospital. Of the dead, 11 were health workers, according to the department. Ekurhuleni "
      "emergency services said about 40 vehicles and several houses in the area had been "
      "damaged. The driver of the truck, who was arrested at the scene, has since been "
      "released, and no charges have been brought, police said.",
      [C("34", 34, "exact", "killed", "people", None, ctx="climbs to 34"),
       C("34", 34, "exact", "killed", "people", GP_HEALTH, ctx="risen to 34"),
       C("15", 15, "exact", "injured", "patients in hospital", MODIBA),
       C("11", 11, "exact", "killed", "health workers among the dead", "the department",
         attr_alt=[GP_HEALTH]),
       C("about 40", 40, "about", "other", "vehicles damaged", "Ekurhuleni emergency services",
         cat_alt=["infrastructure"], optional=True)],
      published="2023-01-05"),
]

PASSAGES += [
    P("d70_011",
      "Kigumba tanker fire death toll rises to 24\n"
      "By Monitor Reporter\n"
      "Wednesday, October 23, 2024\n"
      "The number of people who died when a fuel tanker exploded on the Kampala–Gulu highway at "
      "Kigumba Town Council in Kiryandongo District has risen to 24, police have said. Albertine "
      "Region police spokesperson Julius Hakiza said the tanker, which was carrying about 40,000 "
      "litres of petrol, overturned at around 4am and caught fire as dozens of residents "
      "scrambled to collect the fuel. Eleven of the dead were burnt beyond recognition and will "
      "be identified through DNA, he said. At least 19 injured people were taken to Kiryandongo "
      "Hospital, where medical superintendent Dr Bosco Odong said seven had been referred to "
      "Mulago National Referral Hospital in Kampala. Traffic on the highway was diverted for "
      "nearly 10 hours.",
      [C("24", 24, "exact", "killed", "people", None, ctx="rises to 24"),
       C("24", 24, "exact", "killed", "people", "police", ctx="risen to 24"),
       C("about 40,000", 40000, "about", "other", "litres of petrol in the tanker", None,
         attr_alt=[HAKIZA], optional=True),
       C("dozens", 12, "vague", "other", "residents collecting fuel", HAKIZA),
       C("Eleven", 11, "exact", "killed", "dead burnt beyond recognition", HAKIZA,
         attr_alt=["he"]),
       C("At least 19", 19, "at_least", "injured", "people taken to Kiryandongo Hospital", None,
         attr_alt=[ODONG]),
       C("seven", 7, "exact", "injured", "patients referred to Mulago", ODONG)],
      published="2024-10-23"),

    P("d70_012",
      "Molo fire: Toll rises to 113 as more victims die in hospital\n"
      "By NATION Correspondents\n"
      "The number of people killed in Saturday's oil tanker fire at Sachangwan on the "
      "Nakuru–Eldoret highway rose to 113 yesterday after nine more victims died at the Kenyatta "
      "National Hospital and the Nakuru Provincial General Hospital. Government spokesman Alfred "
      "Mutua said about 200 people had been injured, many of them with burns over more than half "
      "of their bodies. Police said \"hundreds\" of villagers had been siphoning fuel from the "
      "overturned tanker when it burst into flames. Prime Minister Raila Odinga, who visited the "
      "scene, said the government would meet the hospital bills of all the victims. A mass "
      "burial for 91 bodies that could not be identified is planned for next week, the Nakuru "
      "District Commissioner said.",
      [C("113", 113, "exact", "killed", "people", None, ctx="Toll rises to 113"),
       C("113", 113, "exact", "killed", "people", None, attr_alt=[MUTUA],
         ctx="rose to 113"),
       C("nine", 9, "exact", "killed", "more victims who died in hospital", None,
         attr_alt=[MUTUA]),
       C("about 200", 200, "about", "injured", "people", MUTUA),
       C("hundreds", 100, "vague", "other", "villagers siphoning fuel", "Police"),
       C("91", 91, "exact", "killed", "unidentified bodies for mass burial",
         "the Nakuru District Commissioner", cat_alt=["other"], optional=True)]),

    P("d70_013",
      "Agatu: Benue govt says 300 killed, 7,000 displaced by herdsmen attacks\n"
      "March 2, 2016\n"
      "By Nicholas Ibekwe\n"
      "The Benue State Government on Tuesday said about 300 people were killed in last week's "
      "attacks by suspected herdsmen on communities in Agatu Local Government Area of the state. "
      "The state governor, Samuel Ortom, who spoke to journalists after a visit to the area, "
      "said more than 7,000 residents had fled to Otukpo and neighbouring Nasarawa State. The "
      "police, however, put the death toll at \"fewer than 50\". A community leader in Aila, one "
      "of the seven villages attacked, told PREMIUM TIMES that he alone had counted 83 bodies in "
      "the village and the surrounding bush. The Nigerian Army said it had deployed a battalion "
      "to the area.",
      [C("300", 300, "exact", "killed", "people", "Benue govt",
         attr_alt=["The Benue State Government"], ctx="says 300"),
       C("7,000", 7000, "exact", "displaced", "people", "Benue govt",
         attr_alt=["The Benue State Government"], ctx="7,000 displaced"),
       C("about 300", 300, "about", "killed", "people", "The Benue State Government"),
       C("more than 7,000", 7000, "more_than", "displaced", "residents who fled", ORTOM),
       C("fewer than 50", 50, "fewer_than", "killed", "people", "The police"),
       C("seven", 7, "exact", "other", "villages attacked", None,
         attr_alt=["A community leader in Aila"], optional=True),
       C("83", 83, "exact", "killed", "bodies counted in Aila", "A community leader in Aila")],
      published="2016-03-02"),

    P("d70_014",
      "Ozubulu church attack: Death toll now 13, says police\n"
      "Gunmen on Sunday morning invaded St Philip's Catholic Church, Amakwa, Ozubulu, in "
      "Ekwusigo Local Government Area of Anambra State, and opened fire on worshippers during the "
      "6am Mass. The Anambra State Police Command spokesman, SP Nkeiruka Nwode, said 13 people "
      "had died, up from the 11 confirmed on Sunday, and that 26 others were receiving treatment "
      "in hospitals in Nnewi and Onitsha. She said the attack was linked to a feud between two "
      "indigenes of the community living abroad and that no arrests had been made. Eyewitnesses "
      "put the number of gunmen at four or five. The Governor, Chief Willie Obiano, described "
      "the attack as \"a sacrilege\" and announced a N5m reward for information.",
      [C("13", 13, "exact", "killed", "worshippers", "police", attr_alt=[NWODE],
         ctx="now 13"),
       C("13", 13, "exact", "killed", "worshippers", NWODE, ctx="said 13"),
       C("11", 11, "exact", "killed", "worshippers (earlier toll)", NWODE, attr_alt=[None]),
       C("26", 26, "exact", "injured", "people receiving treatment", NWODE),
       C("two", 2, "exact", "other", "indigenes in the feud", NWODE, attr_alt=["She"],
         optional=True),
       C("four or five", 4, "range", "troops", "gunmen", "Eyewitnesses", high=5,
         cat_alt=["other"])]),

    P("d70_015",
      "LUSAKA (AFP) - Rescuers in Zambia were on Monday searching for more than 30 illegal "
      "miners feared buried when heavy rains triggered landslides at three open-pit copper mine "
      "sites in the town of Chingola, officials said. The Disaster Management and Mitigation "
      "Unit said the landslides occurred on Friday at the Seveni dump site, where hundreds of "
      "informal miners had been digging for copper ore. \"So far we have recovered two bodies, "
      "and one survivor was rescued on Saturday,\" Copperbelt provincial minister Elisha Matambo "
      "told AFP. Families gathered at the site said they believed the true number of people "
      "trapped was close to 50. President Hakainde Hichilema declared the disaster a national "
      "emergency and ordered the army to help with the search.",
      [C("more than 30", 30, "more_than", "missing", "illegal miners feared buried",
         "officials", cat_alt=["killed"]),
       C("three", 3, "exact", "other", "mine sites hit", "officials", optional=True),
       C("hundreds", 100, "vague", "other", "informal miners digging at the site", None,
         attr_alt=[DMMU], optional=True),
       C("two", 2, "exact", "killed", "bodies recovered", MATAMBO),
       C("one", 1, "exact", "other", "survivor rescued", MATAMBO),
       C("close to 50", 50, "about", "missing", "people trapped",
         "Families gathered at the site", cat_alt=["other"])]),
]

PASSAGES += [
    P("d70_016",
      "Lightning kills 14 worshippers in Palabek refugee settlement\n"
      "Publish Date: Aug 04, 2024\n"
      "By New Vision Reporter\n"
      "Fourteen people, among them children, were killed when lightning struck a church in "
      "Palabek refugee settlement in Lamwo district on Saturday evening, Police have said. Aswa "
      "regional police spokesperson David Ongom Mudong said 34 other worshippers were injured "
      "and taken to Palabek Health Centre III, where five were later referred to Kitgum "
      "Government Hospital. The church, built of poles and iron sheets, had no lightning "
      "conductor, he said. The settlement hosts more than 80,000 refugees, mostly from South "
      "Sudan, according to the Office of the Prime Minister.",
      [C("14", 14, "exact", "killed", "worshippers", None),
       C("Fourteen", 14, "exact", "killed", "people in the church", "Police"),
       C("34", 34, "exact", "injured", "worshippers", MUDONG),
       C("five", 5, "exact", "injured", "patients referred to Kitgum", MUDONG),
       C("more than 80,000", 80000, "more_than", "displaced", "refugees in Palabek settlement",
         "the Office of the Prime Minister", cat_alt=["population"])],
      published="2024-08-04"),

    P("d70_017",
      "Floods: 155 dead as El Niño rains pound the country\n"
      "Dar es Salaam. At least 155 people have died and 236 others have been injured in floods "
      "and landslides caused by heavy El Niño rains across Tanzania since January, Prime "
      "Minister Kassim Majaliwa told Parliament yesterday. Mr Majaliwa said more than 51,000 "
      "households, with about 200,000 people, had been affected, and that roads, bridges and "
      "railway lines had been damaged. In Rufiji District alone, some 88,000 people have been "
      "cut off by water and 75 schools have been closed, the Rufiji district commissioner, Meja "
      "Mwanga, said. Residents of Mohoro ward told The Citizen they had received no food aid for "
      "a week. The Tanzania Meteorological Authority (TMA) has warned that heavy rains will "
      "continue until mid-May.",
      [C("155", 155, "exact", "killed", "people", None, ctx="155 dead"),
       C("At least 155", 155, "at_least", "killed", "people", MAJALIWA),
       C("236", 236, "exact", "injured", "people", MAJALIWA),
       C("more than 51,000", 51000, "more_than", "other", "households affected",
         "Mr Majaliwa", cat_alt=["population"], attr_alt=[MAJALIWA]),
       C("about 200,000", 200000, "about", "other", "people affected", "Mr Majaliwa",
         cat_alt=["population"], attr_alt=[MAJALIWA]),
       C("some 88,000", 88000, "about", "other", "people cut off in Rufiji", RUFIJI_DC,
         cat_alt=["population"]),
       C("75", 75, "exact", "infrastructure", "schools closed in Rufiji", RUFIJI_DC)]),

    P("d70_018",
      "Tambura clashes displace 80,000, UN says\n"
      "September 22, 2021 (JUBA) – Fighting between armed youth from the Azande and Balanda "
      "communities in Tambura County of Western Equatoria State has forced some 80,000 people "
      "from their homes since June, the United Nations Mission in South Sudan (UNMISS) said on "
      "Tuesday. The mission said it had deployed about 100 peacekeepers from its Yambio base to "
      "protect about 20,000 civilians sheltering near its temporary base in Tambura town. The "
      "Tambura county commissioner told Sudan Tribune that at least 150 people had been killed "
      "since the violence began and that \"more than 1,000 houses\" had been burnt in Tambura "
      "and Mupoi. The state governor, Alfred Futuyo, said his government was still unable to "
      "confirm a toll. The army denied that its soldiers had taken part in the fighting.",
      [C("80,000", 80000, "exact", "displaced", "people", "UN", ctx="displace 80,000"),
       C("some 80,000", 80000, "about", "displaced", "people forced from their homes", UNMISS),
       C("about 100", 100, "about", "troops", "peacekeepers deployed", "The mission",
         attr_alt=[UNMISS]),
       C("about 20,000", 20000, "about", "displaced", "civilians sheltering near the base",
         "The mission", attr_alt=[UNMISS]),
       C("at least 150", 150, "at_least", "killed", "people", TAMBURA_COMM),
       C("more than 1,000", 1000, "more_than", "infrastructure", "houses burnt",
         TAMBURA_COMM)],
      published="2021-09-22"),

    P("d70_019",
      "News: Death toll in Sidama unrest rises to 53 – regional official\n"
      "Addis Abeba, July 22/2019 – At least 53 people were killed in violence that broke out in "
      "Hawassa and several towns of the Sidama zone after activists declared a regional state "
      "on July 18, a senior official of the Southern Nations, Nationalities and Peoples' "
      "Regional State told Addis Standard. Of the dead, \"close to 40\" were killed in clashes "
      "in rural districts, the official said, while the rest died in Hawassa. Hospital sources "
      "in Hawassa said they had treated more than 100 people with gunshot and machete wounds. "
      "Regional police said they had arrested \"more than 30\" suspected organisers. Mobile "
      "internet in the region remained cut for the fourth day.",
      [C("53", 53, "exact", "killed", "people", "regional official", attr_alt=[SNNPR],
         ctx="rises to 53"),
       C("At least 53", 53, "at_least", "killed", "people", SNNPR),
       C("close to 40", 40, "about", "killed", "dead in rural districts", "the official",
         attr_alt=[SNNPR]),
       C("more than 100", 100, "more_than", "injured", "people treated for wounds",
         "Hospital sources in Hawassa"),
       C("more than 30", 30, "more_than", "detained", "suspected organisers arrested",
         "Regional police")],
      published="2019-07-22"),

    P("d70_020",
      "Borno attacks: 20 soldiers, over 40 civilians killed in Monguno, Nganzai\n"
      "From Hamisu Kabir Matazu, Maiduguri\n"
      "At least 20 soldiers and more than 40 civilians were killed on Saturday when Boko Haram "
      "fighters attacked Monguno town and Goni Usmanti village in Nganzai Local Government Area "
      "of Borno State, security sources told Daily Trust. In Goni Usmanti, the insurgents rode "
      "into the village on motorcycles and opened fire on residents, a local vigilante leader "
      "said, adding that \"at least 40 bodies\" had been buried. The attackers came in about 20 "
      "gun trucks. The Nigerian Army, in a statement, said its troops had repelled the attack on "
      "Monguno and \"neutralised\" 20 insurgents, but it did not mention any losses of its own. "
      "Governor Babagana Zulum described the attacks as barbaric.",
      [C("20", 20, "exact", "killed", "soldiers", None, ctx="20 soldiers, over"),
       C("over 40", 40, "more_than", "killed", "civilians", None),
       C("At least 20", 20, "at_least", "killed", "soldiers", "security sources"),
       C("more than 40", 40, "more_than", "killed", "civilians", "security sources"),
       C("at least 40", 40, "at_least", "killed", "bodies buried in Goni Usmanti",
         "a local vigilante leader"),
       C("about 20", 20, "about", "munitions", "gun trucks of the attackers",
         "a local vigilante leader", cat_alt=["other"], attr_alt=[None]),
       C("20", 20, "exact", "killed", "insurgents neutralised", "The Nigerian Army",
         ctx="\"neutralised\" 20")]),
]

PASSAGES += [
    P("d70_021",
      "Kwara: Gunmen kill 12 in Oke-Ode, abduct residents\n"
      "By Tunde Oyekola\n"
      "Published 17 September 2025\n"
      "Suspected bandits have killed at least 12 people, including the village head, in an "
      "attack on Oke-Ode community in Ifelodun Local Government Area of Kwara State. A resident, "
      "who spoke on condition of anonymity, told The PUNCH that the attackers, numbering over 50, "
      "stormed the community on motorcycles on Tuesday and shot sporadically. \"Most of those "
      "killed were members of the local vigilance group and forest guards who tried to repel "
      "them,\" he said. Another resident said at least seven people, mostly women, had been "
      "taken away into the bush. The state police spokesperson, SP Adetoun Ejire-Adeyemi, "
      "confirmed the attack but said the command had recorded \"about 10 deaths\" and that "
      "tactical teams had been drafted to the area.",
      [C("12", 12, "exact", "killed", "people", None, ctx="kill 12"),
       C("at least 12", 12, "at_least", "killed", "people", None, attr_alt=["A resident"]),
       C("over 50", 50, "more_than", "troops", "attackers", "A resident",
         cat_alt=["other"]),
       C("at least seven", 7, "at_least", "hostages", "people taken away", "Another resident"),
       C("about 10", 10, "about", "killed", "deaths recorded by police", "the command",
         attr_alt=[EJIRE])],
      published="2025-09-17"),

    P("d70_022",
      "Equateur: Ebola outbreak declared in Bikoro, 17 deaths recorded\n"
      "Published on Wednesday, May 9, 2018 at 8:41 | Radio Okapi\n"
      "The Minister of Public Health, Dr Oly Ilunga Kalenga, on Tuesday declared an outbreak of "
      "Ebola virus disease in the Bikoro health zone, in Equateur province. Twenty-one suspected "
      "cases, including 17 deaths, have been recorded in the Ikoko Impenge health area since "
      "early April, the minister said in a statement. Two of five samples sent to the National "
      "Institute for Biomedical Research (INRB) in Kinshasa tested positive. A team of experts "
      "from the ministry, the World Health Organization and Médecins Sans Frontières is expected "
      "in Bikoro on Thursday. The WHO said it had released $1 million from its emergency fund "
      "and was preparing to send about 4,000 doses of an experimental vaccine. This is the "
      "ninth Ebola epidemic in the country since 1976.",
      [C("17", 17, "exact", "killed", "Ebola deaths", None, ctx="17 deaths recorded"),
       C("Twenty-one", 21, "exact", "other", "suspected Ebola cases", "the minister",
         attr_alt=[ILUNGA]),
       C("17", 17, "exact", "killed", "Ebola deaths", "the minister", attr_alt=[ILUNGA],
         ctx="including 17"),
       C("Two", 2, "exact", "other", "samples positive", "the minister",
         attr_alt=[None, ILUNGA], optional=True),
       C("five", 5, "exact", "other", "samples tested", "the minister",
         attr_alt=[None, ILUNGA], optional=True),
       C("about 4,000", 4000, "about", "aid", "vaccine doses", "The WHO")],
      published="2018-05-09"),

    P("d70_023",
      "HARARE, Nov 17, 2023 (AFP) - Zimbabwe's capital declared a state of emergency on Friday "
      "over a cholera outbreak that the health ministry says has killed more than 150 people "
      "across the country since February. The ministry said it had recorded 7,398 suspected "
      "cases and 152 deaths since the outbreak was first detected in the eastern district of "
      "Buhera. Harare's mayor Jacob Mafume said the city alone had recorded \"over 1,000\" "
      "suspected cases, most of them in Kuwadzana, where many residents rely on shallow wells. "
      "\"We have not had running water in some areas for months,\" Mafume told AFP. UNICEF said "
      "it had distributed 2,000 hygiene kits in the worst-hit suburbs.",
      [C("more than 150", 150, "more_than", "killed", "cholera deaths", "the health ministry"),
       C("7,398", 7398, "exact", "other", "suspected cholera cases", "The ministry",
         attr_alt=["the health ministry"]),
       C("152", 152, "exact", "killed", "cholera deaths", "The ministry",
         attr_alt=["the health ministry"]),
       C("over 1,000", 1000, "more_than", "other", "suspected cases in Harare", MAFUME),
       C("2,000", 2000, "exact", "aid", "hygiene kits", "UNICEF")],
      published="2023-11-17"),

    P("d70_024",
      "Cameroon: clashes between herders and fishermen in the Far North leave 22 dead\n"
      "Clashes between Arab Choa herders and Mousgoum fishermen over access to water in the "
      "Logone-Birni district of Cameroon's Far North region have left at least 22 people dead "
      "and 30 injured, a local official told RFI. The violence, which began on Sunday in the "
      "village of Ouloumsa and spread to Kousseri on Wednesday, has driven more than 30,000 "
      "people across the Logone river into neighbouring Chad, according to the UN refugee "
      "agency. \"Ten villages have been burnt to the ground,\" said a resident of Kousseri "
      "reached by phone. The government said it had sent reinforcements and that calm had "
      "returned, without giving a toll. In August, similar clashes killed 32 people in the same "
      "district.",
      [C("22", 22, "exact", "killed", "people", None, ctx="leave 22"),
       C("at least 22", 22, "at_least", "killed", "people", "a local official"),
       C("30", 30, "exact", "injured", "people", "a local official"),
       C("more than 30,000", 30000, "more_than", "displaced", "people who fled into Chad",
         "the UN refugee agency"),
       C("Ten", 10, "exact", "infrastructure", "villages burnt", "a resident of Kousseri",
         cat_alt=["other"]),
       C("32", 32, "exact", "killed", "people in the August clashes", None)]),

    P("d70_025",
      "Kwamouth: at least 180 people killed since June, according to civil society\n"
      "The conflict between the Teke and Yaka communities in Kwamouth territory, in Mai-Ndombe "
      "province, has left at least 180 people dead since June, the coordinator of the local "
      "civil society, Jean-Pierre Mbuli, told Radio Okapi on Monday. He said more than 35,000 "
      "people had fled to Bandundu-ville and to the outskirts of Kinshasa. \"Some 40 villages "
      "are now empty,\" he said. The provincial government put the death toll at about 100 and "
      "said 46 suspects had been arrested and transferred to Kinshasa. The FARDC have sent "
      "reinforcements to the territory.",
      [C("at least 180", 180, "at_least", "killed", "people", "civil society",
         attr_alt=[KWAMOUTH_CS], ctx="Kwamouth: at least 180"),
       C("at least 180", 180, "at_least", "killed", "people", KWAMOUTH_CS,
         ctx="left at least 180"),
       C("more than 35,000", 35000, "more_than", "displaced", "people who fled", KWAMOUTH_CS,
         attr_alt=["He"]),
       C("Some 40", 40, "about", "other", "villages emptied", KWAMOUTH_CS,
         cat_alt=["infrastructure"], attr_alt=["he"]),
       C("about 100", 100, "about", "killed", "people", "The provincial government"),
       C("46", 46, "exact", "detained", "suspects arrested", "The provincial government")]),
]

# --- Collapses, floods, capsizes and epidemics ---------------------------------------------------
PASSAGES += [
    P("d70_026",
      "Ita Faji building collapse: Death toll rises to 20\n"
      "The number of people killed when a three-storey building housing a nursery and primary "
      "school collapsed on Massey Street, Ita Faji, Lagos Island, on Wednesday has risen to 20, "
      "the Lagos State Emergency Management Agency (LASEMA) said on Thursday. LASEMA's General "
      "Manager, Adesina Tiamiyu, said 45 people had been rescued alive from the rubble and that "
      "most of the dead were pupils. Residents said as many as 100 children were in the school, "
      "which occupied the top floor, when the building caved in. The state government said it "
      "would pull down over 100 distressed buildings identified on Lagos Island.",
      [C("20", 20, "exact", "killed", "people", None, ctx="rises to 20"),
       C("20", 20, "exact", "killed", "people", LASEMA, ctx="risen to 20"),
       C("45", 45, "exact", "other", "people rescued alive", TIAMIYU),
       C("as many as 100", 100, "at_most", "other", "children in the school", "Residents"),
       C("over 100", 100, "more_than", "infrastructure", "distressed buildings to be pulled down",
         "The state government")]),

    P("d70_027",
      "ACCRA, June 5, 2015 (AFP) - The death toll from a fire at a petrol station in central "
      "Accra, where people had taken shelter from torrential rain, has risen to about 150, "
      "Ghana's President John Dramani Mahama said on Friday. The blaze broke out late on "
      "Wednesday at a GOIL station at Kwame Nkrumah Circle, where hundreds of people had sought "
      "refuge from flooding that swept through other parts of the capital. The National "
      "Disaster Management Organisation (NADMO) said separately that 25 people had drowned in "
      "the floods and that \"thousands\" had been displaced. Mahama declared three days of "
      "national mourning and pledged 60 million cedis for relief. At least 70 people were still "
      "being treated for burns at the Korle Bu Teaching Hospital, a hospital official said.",
      [C("about 150", 150, "about", "killed", "people in the fire", MAHAMA),
       C("hundreds", 100, "vague", "other", "people sheltering at the station", None,
         optional=True),
       C("25", 25, "exact", "killed", "people drowned in the floods", NADMO),
       C("thousands", 1000, "vague", "displaced", "people displaced by floods", NADMO),
       C("At least 70", 70, "at_least", "injured", "people treated for burns",
         "a hospital official")],
      published="2015-06-05"),

    P("d70_028",
      "Kebbi boat mishap: 13 bodies recovered, over 140 passengers missing\n"
      "From Ibrahim Yusuf, Birnin Kebbi\n"
      "Thirteen bodies have been recovered after a boat carrying about 180 passengers capsized "
      "on the River Niger near Warrah in Ngaski Local Government Area of Kebbi State on "
      "Wednesday, officials said. The chairman of Ngaski LGA, Alhaji Abdullahi Buhari Warrah, "
      "told Daily Trust that 22 passengers had been rescued and that more than 140 others were "
      "still missing. He said the boat broke into two \"because it was overloaded with "
      "passengers, motorcycles and bags of grain\". Divers from the National Inland Waterways "
      "Authority joined the search on Thursday, along with up to 30 local fishermen. Most of "
      "the passengers were traders heading to the weekly Warrah market, residents said.",
      [C("13", 13, "exact", "killed", "bodies recovered", None),
       C("over 140", 140, "more_than", "missing", "passengers", None),
       C("Thirteen", 13, "exact", "killed", "bodies recovered", "officials"),
       C("about 180", 180, "about", "other", "passengers on board", "officials"),
       C("22", 22, "exact", "other", "passengers rescued", NGASKI),
       C("more than 140", 140, "more_than", "missing", "passengers", NGASKI),
       C("up to 30", 30, "at_most", "troops", "local fishermen joining the search", None,
         cat_alt=["other"])]),

    P("d70_029",
      "George building collapse: Death toll rises to 33 as rescuers enter recovery phase\n"
      "By Staff Reporter\n"
      "13 May 2024\n"
      "The number of construction workers who died when a five-storey block of flats under "
      "construction collapsed in George on 6 May has risen to 33, the George Municipality said "
      "on Monday. The municipality said 62 workers had been on site when the structure came "
      "down, and that 29 had been pulled out alive, 11 of whom remain in hospital. Rescuers, who "
      "have worked in shifts of \"up to 200 at a time\", have now moved to the recovery phase, "
      "said Western Cape disaster management head Colin Deiner. The Department of Employment "
      "and Labour said it had found no record of an inspection of the site since March.",
      [C("33", 33, "exact", "killed", "construction workers", None, ctx="rises to 33"),
       C("33", 33, "exact", "killed", "construction workers", "the George Municipality",
         ctx="risen to 33"),
       C("62", 62, "exact", "other", "workers on site", "The municipality",
         attr_alt=["the George Municipality"]),
       C("29", 29, "exact", "other", "workers pulled out alive", "The municipality",
         attr_alt=["the George Municipality"]),
       C("11", 11, "exact", "injured", "rescued workers still in hospital", "The municipality",
         attr_alt=["the George Municipality"]),
       C("up to 200", 200, "at_most", "troops", "rescuers per shift", DEINER,
         cat_alt=["other"])],
      published="2024-05-13"),

    P("d70_030",
      "Ebola: Health ministry confirms eight more cases in Kampala\n"
      "By Tonny Abet\n"
      "The Ministry of Health has confirmed eight new cases of Sudan Ebola virus disease, "
      "bringing the total number of confirmed cases in the outbreak to 12. The ministry said "
      "265 contacts of the confirmed cases were under follow-up in Kampala, Wakiso, Mbale and "
      "Jinja, and that two of the patients had died, among them the nurse whose death at Mulago "
      "hospital was the first sign of the outbreak. Health Minister Dr Jane Ruth Aceng said "
      "2,160 doses of a candidate vaccine had arrived and that a trial targeting \"about 40 "
      "contacts\" would begin within days. Dr Aceng said there was no need to restrict movement "
      "in the city.",
      [C("eight", 8, "exact", "other", "new Ebola cases", "Health ministry",
         attr_alt=[None, "The Ministry of Health"], ctx="confirms eight"),
       C("eight", 8, "exact", "other", "new Ebola cases", "The Ministry of Health",
         ctx="confirmed eight"),
       C("12", 12, "exact", "other", "confirmed Ebola cases", "The Ministry of Health"),
       C("265", 265, "exact", "other", "contacts under follow-up", "The ministry",
         attr_alt=["The Ministry of Health"]),
       C("two", 2, "exact", "killed", "Ebola patients who died", "The ministry",
         attr_alt=["The Ministry of Health"]),
       C("2,160", 2160, "exact", "aid", "vaccine doses", ACENG),
       C("about 40", 40, "about", "other", "contacts in the vaccine trial", ACENG,
         cat_alt=["aid"])]),
]

# --- Storms, camps, mines and regional clashes ----------------------------------------------------
PASSAGES += [
    P("d70_031",
      "MAPUTO, March 14, 2022 (AFP) - The death toll from Cyclone Gombe, which tore through "
      "northern and central Mozambique last week, has risen to 53, the national disaster "
      "management institute (INGD) said on Monday. The storm made landfall in Nampula province "
      "on Friday with winds of up to 190 kilometres per hour. Nearly 400,000 people have been "
      "affected and more than 36,000 homes destroyed, the INGD said in its latest report. In "
      "neighbouring Malawi, the government said seven people had been killed by flooding from "
      "the storm's remnants. The UN World Food Programme said it was distributing food to up to "
      "150,000 people in Nampula and Zambezia provinces.",
      [C("53", 53, "exact", "killed", "people", INGD),
       C("Nearly 400,000", 400000, "about", "other", "people affected", "the INGD",
         cat_alt=["population"], attr_alt=[INGD]),
       C("more than 36,000", 36000, "more_than", "infrastructure", "homes destroyed",
         "the INGD", attr_alt=[INGD]),
       C("seven", 7, "exact", "killed", "people in Malawi", "the government"),
       C("up to 150,000", 150000, "at_most", "other", "people receiving food",
         "The UN World Food Programme", cat_alt=["aid"])],
      published="2022-03-14"),

    P("d70_032",
      "Death toll from West Darfur clashes rises to 65\n"
      "December 31, 2019 (KHARTOUM) – The death toll from two days of tribal clashes in El "
      "Geneina, the capital of West Darfur state, has risen to 65, the Central Committee of "
      "Sudan Doctors said on Tuesday. The violence began with a brawl in which a young man was "
      "stabbed, after which armed militiamen attacked the Krinding camps for displaced people "
      "and set fire to shelters. The committee said 54 people had been wounded. The UN Office "
      "for the Coordination of Humanitarian Affairs (OCHA) said about 40,000 people had been "
      "displaced, many of them for the second time, and that some 4,000 had crossed into Chad. "
      "Prime Minister Abdalla Hamdok flew to El Geneina and promised to send more troops.",
      [C("65", 65, "exact", "killed", "people", None, ctx="rises to 65"),
       C("65", 65, "exact", "killed", "people", CCSD, ctx="risen to 65"),
       C("54", 54, "exact", "injured", "people", "The committee", attr_alt=[CCSD]),
       C("about 40,000", 40000, "about", "displaced", "people", OCHA_SD),
       C("some 4,000", 4000, "about", "displaced", "people who crossed into Chad", OCHA_SD)],
      published="2019-12-31"),

    P("d70_033",
      "Shiroro attack: Soldiers, police among 30 killed at mining site\n"
      "Suspected terrorists on Wednesday attacked a mining site at Ajata-Aboki in Shiroro Local "
      "Government Area of Niger State, killing at least 30 security personnel and abducting four "
      "Chinese nationals, residents and security sources said. A local official, who asked not "
      "to be named, told PREMIUM TIMES that the dead included 20 soldiers and 10 mobile police "
      "officers, and that the attackers came on more than 100 motorcycles. The Niger State "
      "government confirmed the attack but said it could not yet give figures. The Chinese "
      "company operating the site said four of its workers were missing. About 1,000 residents "
      "of Erena and surrounding villages have fled to Kuta, the council headquarters, according "
      "to the local government chairman.",
      [C("30", 30, "exact", "killed", "soldiers and police", None, ctx="among 30"),
       C("at least 30", 30, "at_least", "killed", "security personnel", SHIRORO_SOURCES),
       C("four", 4, "exact", "hostages", "Chinese nationals abducted", SHIRORO_SOURCES,
         ctx="four Chinese"),
       C("20", 20, "exact", "killed", "soldiers", "A local official"),
       C("10", 10, "exact", "killed", "mobile police officers", "A local official"),
       C("more than 100", 100, "more_than", "other", "attackers' motorcycles",
         "A local official", optional=True),
       C("four", 4, "exact", "missing", "company workers", "The Chinese company operating the site",
         cat_alt=["hostages"], ctx="four of its workers"),
       C("About 1,000", 1000, "about", "displaced", "residents who fled to Kuta",
         "the local government chairman")]),

    P("d70_034",
      "Ataye: Residents say over 200 killed as town lies in ruins\n"
      "Addis Abeba – Residents of Ataye town in the Amhara region's North Shewa zone said more "
      "than 200 people had been killed and much of the town burnt in fighting that began on "
      "Friday, as the federal government declared a state of emergency in the area. The "
      "Ethiopian Human Rights Commission (EHRC) said in a preliminary statement that \"over 100\" "
      "civilians had been killed in Ataye, Kemise and surrounding kebeles, and that more than "
      "1,500 houses had been burnt. A resident who fled to Shewa Robit told Addis Standard that "
      "she had seen dozens of bodies on the road out of town. The regional government said more "
      "than 250,000 people had been displaced. The federal police said 51 suspects had been "
      "detained.",
      [C("over 200", 200, "more_than", "killed", "people", "Residents",
         attr_alt=["Residents of Ataye town"]),
       C("more than 200", 200, "more_than", "killed", "people", "Residents of Ataye town"),
       C("over 100", 100, "more_than", "killed", "civilians", EHRC),
       C("more than 1,500", 1500, "more_than", "infrastructure", "houses burnt", EHRC),
       C("dozens", 12, "vague", "killed", "bodies seen on the road",
         "A resident who fled to Shewa Robit"),
       C("more than 250,000", 250000, "more_than", "displaced", "people",
         "The regional government"),
       C("51", 51, "exact", "detained", "suspects", "The federal police")]),

    P("d70_035",
      "Afar-Somali clashes: 100 killed in border towns, Afar officials say\n"
      "Tuesday April 06 2021\n"
      "By Aggrey Mutambo\n"
      "At least 100 people were killed in clashes between Afar and Somali regional forces "
      "around the disputed towns of Gedamaytu, Undufo and Adaytu last week, Afar regional "
      "officials said. Afar region spokesperson Ahmed Koloyta said more than 300 others were "
      "wounded. The Somali regional government disputed the figures, saying that only a handful "
      "of Afar fighters had died, and accused Afar militias of killing at least 25 Somali "
      "civilians. The UN humanitarian office, OCHA, said about 8,000 people had been displaced, "
      "most of them women and children.",
      [C("100", 100, "exact", "killed", "people", "Afar officials", ctx="clashes: 100"),
       C("At least 100", 100, "at_least", "killed", "people", "Afar regional officials"),
       C("more than 300", 300, "more_than", "injured", "people", KOLOYTA),
       C("at least 25", 25, "at_least", "killed", "Somali civilians",
         "The Somali regional government"),
       C("about 8,000", 8000, "about", "displaced", "people",
         "The UN humanitarian office, OCHA", attr_alt=["OCHA"])],
      published="2021-04-06"),
]

# --- Elections, schools and taverns ---------------------------------------------------------------
PASSAGES += [
    P("d70_036",
      "Côte d'Ivoire: at least 85 dead in election violence, says government\n"
      "Abidjan (RFI) – Côte d'Ivoire's government said on Tuesday that 85 people had been killed "
      "and 484 injured in violence surrounding the presidential election of 31 October, in which "
      "Alassane Ouattara won a contested third term. The worst clashes took place in Daoukro, "
      "M'Batto and Bongouanou, where fighting between supporters of the ruling party and "
      "opposition activists left dozens dead, Security Minister Vagondo Diomandé said. The "
      "opposition, which had called for a boycott and \"civil disobedience\", put the toll at "
      "more than 100 and said about 300 of its supporters had been arrested. According to the UN "
      "refugee agency, more than 8,000 Ivorians have fled to Liberia, Ghana and Togo since the "
      "vote.",
      [C("at least 85", 85, "at_least", "killed", "people", "government", attr_alt=[CI_GOV]),
       C("85", 85, "exact", "killed", "people", CI_GOV, ctx="that 85"),
       C("484", 484, "exact", "injured", "people", CI_GOV),
       C("dozens", 12, "vague", "killed", "dead in Daoukro, M'Batto and Bongouanou", VAGONDO),
       C("more than 100", 100, "more_than", "killed", "people", "The opposition",
         attr_alt=["The opposition, which had called for a boycott"]),
       C("about 300", 300, "about", "detained", "opposition supporters arrested",
         "The opposition"),
       C("more than 8,000", 8000, "more_than", "displaced", "Ivorians who fled abroad",
         "the UN refugee agency")]),

    P("d70_037",
      "Zamfara: Gunmen abduct 73 students from Kaya school\n"
      "Thursday, September 2, 2021\n"
      "By Shehu Umar, Gusau\n"
      "Gunmen on Wednesday abducted 73 students of Government Day Secondary School, Kaya, in "
      "Maradun Local Government Area of Zamfara State, the state police command has said. The "
      "command's spokesman, SP Mohammed Shehu, said the bandits invaded the school at about 11am "
      "and that a joint rescue team of police and soldiers had been deployed. A teacher at the "
      "school, who did not want his name mentioned, said the school had more than 500 students "
      "on its roll, most of whom escaped into the bush. Residents said the bandits also took "
      "away two teachers. The state government later ordered the closure of all secondary "
      "schools and shut down telecommunication services across Zamfara.",
      [C("73", 73, "exact", "hostages", "students abducted", None, ctx="abduct 73"),
       C("73", 73, "exact", "hostages", "students abducted", "the state police command",
         ctx="abducted 73"),
       C("more than 500", 500, "more_than", "population", "students on the school's roll",
         "A teacher at the school", cat_alt=["other"]),
       C("two", 2, "exact", "hostages", "teachers taken away", "Residents")],
      published="2021-09-02"),

    P("d70_038",
      "Soweto tavern shooting: 16 dead as police hunt gunmen\n"
      "By Mandisa Nyathi\n"
      "Sixteen people were shot dead and several others wounded at a tavern in the Nomzamo "
      "informal settlement in Orlando East, Soweto, in the early hours of Sunday, Gauteng police "
      "commissioner Lieutenant General Elias Mawela said. Mawela said a group of between 10 and "
      "15 men armed with rifles and handguns arrived in a minibus and opened fire on patrons. "
      "\"The deceased were aged between 19 and 35,\" he said. Police said they had recovered more "
      "than 130 cartridges at the scene. Nine people were taken to Chris Hani Baragwanath "
      "Hospital, two of them in a critical condition, the Gauteng health department said. In a "
      "separate shooting at a tavern in Sweetwaters near Pietermaritzburg the same night, four "
      "people were killed and eight injured, KwaZulu-Natal police said. No arrests have been "
      "made.",
      [C("16", 16, "exact", "killed", "people", None),
       C("Sixteen", 16, "exact", "killed", "people", MAWELA),
       C("between 10 and 15", 10, "range", "troops", "gunmen", "Mawela", high=15,
         cat_alt=["other"], attr_alt=[MAWELA]),
       C("more than 130", 130, "more_than", "munitions", "cartridges recovered", "Police",
         cat_alt=["other"]),
       C("Nine", 9, "exact", "injured", "people taken to hospital",
         "the Gauteng health department"),
       C("two", 2, "exact", "injured", "patients in a critical condition",
         "the Gauteng health department"),
       C("four", 4, "exact", "killed", "people in Sweetwaters", "KwaZulu-Natal police"),
       C("eight", 8, "exact", "injured", "people in Sweetwaters", "KwaZulu-Natal police")]),

    # --- Only non-claims ---------------------------------------------------------------------------
    P("d70_039",
      "Gabon come from behind to beat Harambee Stars\n"
      "By Nation Sport\n"
      "Wednesday, November 20, 2024\n"
      "Gabon came from behind to beat Harambee Stars 2-1 in a World Cup qualifier at Nyayo "
      "National Stadium on Tuesday evening. Michael Olunga, 30, gave Kenya the lead in the 17th "
      "minute with his 38th international goal, before Gabon equalised from the penalty spot "
      "seven minutes after the break and headed the winner in the 81st minute. The defeat "
      "leaves the Kenyan side fourth in the group with five points from four matches, three "
      "behind the leaders. Kenya, ranked 108th by FIFA, travel to Blantyre for their next "
      "qualifier in March.",
      [],
      published="2024-11-20"),

    P("d70_040",
      "CBK cuts benchmark rate to 12 per cent\n"
      "The Central Bank of Kenya (CBK) on Tuesday lowered its benchmark lending rate by 75 basis "
      "points to 12 per cent, its second cut in two months, citing easing inflation and a stable "
      "shilling. Governor Kamau Thugge said inflation had fallen to 2.7 per cent in October from "
      "3.6 per cent in September, well within the government's target range of 2.5 to 7.5 per "
      "cent. The shilling has traded at about 129 to the dollar since March, and foreign "
      "exchange reserves stood at $9.2 billion, equal to 4.7 months of import cover, he said. "
      "The Monetary Policy Committee will meet again in February.",
      []),
]

# --- end of passages ---


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d70_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
