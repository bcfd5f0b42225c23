"""Source of the sixty-seventh development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on contested war figures between 2000 and 2026: each side's claims
of the enemy's losses and of its own, monitors' and UN counts, prisoners and bodies handed over,
drones and missiles launched and intercepted, troops and equipment destroyed, in Russia–Ukraine,
Ethiopia, Yemen, Myanmar, the Sahel, Sudan, Libya, Nagorno-Karabakh, Colombia, Kashmir and
Israel–Hezbollah–Iran. Written for this set (none copied from an article) in the styles of wire
copy, defence-ministry statements quoted in news, analysis paragraphs and live pages, and
annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims (and one optional capacity).

Run ``python tests/devset67/build_devset67.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

# Every other hand-annotated set in the tree when the builder runs (devset, devset2, ...,
# holdout, holdout2, holdout3, and any set written at the same time by other sessions).
EARLIER = other_sets("devset67")

UA_BORDER = "Ukraine's border guard service"
RU_MOD = "Russia's Defense Ministry"
RU_MOD_B = "Russia's defence ministry"
UA_NAVY = "the Ukrainian navy"
UA_AF = "Ukraine's air force"
CRIMEA_AUTH = "Crimea's Russian-installed authorities"
PLANET = "Satellite images from Planet Labs"
SBU_SRC = "a source in Ukraine's SBU security service"

PASSAGES = [
    # --- Russia and Ukraine --------------------------------------------------------------------
    P("d67_001",
      "KYIV, Ukraine (AP) — Ukraine's border guard service said Friday it believed all 13 of its "
      "guards on Zmiinyi, known in English as Snake Island, had been killed when a Russian "
      "warship shelled the tiny Black Sea outpost after they refused an order to surrender. "
      "President Volodymyr Zelenskyy said the guards would be posthumously awarded the title "
      "Hero of Ukraine. Russia's Defense Ministry gave a different account: it said 82 Ukrainian "
      "servicemen on the island had laid down their arms voluntarily and would be returned to "
      "their families once the paperwork was done. The rocky island, about 35 kilometers off "
      "the coast, has no permanent population. Days later, the Ukrainian navy said the guards "
      "were \"alive and well\" and in Russian custody, and that 19 crew members of the rescue "
      "ship Sapfir, sent to collect the bodies, had also been captured.",
      [C("13", 13, "exact", "killed", "border guards on Snake Island", UA_BORDER,
         cat_alt=["missing"]),
       C("82", 82, "exact", "detained", "Ukrainian servicemen who surrendered", RU_MOD,
         cat_alt=["troops"], attr_alt=["it"]),
       C("19", 19, "exact", "detained", "crew of the rescue ship Sapfir", UA_NAVY,
         cat_alt=["hostages"])]),
]

PASSAGES += [
    P("d67_002",
      "Russia's war in Ukraine: live updates\n"
      "Last updated: 25 February 2022\n"
      "09:12 GMT\n"
      "Russia says it has taken Hostomel airfield\n"
      "Russia's defence ministry says its airborne troops have captured the Antonov airport at "
      "Hostomel, on the north-western edge of Kyiv, after a landing by more than 200 "
      "helicopters. It says \"more than 200 Ukrainian nationalists\" were eliminated in the "
      "operation and that its own forces suffered no losses. The airport was home to the "
      "An-225 Mriya, the world's largest cargo plane, whose fate is not yet known.\n"
      "08:40 GMT\n"
      "Three Russian helicopters downed, Ukraine says\n"
      "Ukraine's armed forces said earlier that they had shot down three Russian helicopters "
      "over the airfield and that fighting for it was continuing. Anton Herashchenko, an "
      "adviser to the interior minister, said a unit of the 45th airborne regiment had been "
      "\"destroyed\" but gave no figure.\n"
      "08:05 GMT\n"
      "Kyiv mayor Vitali Klitschko said some 15,000 people spent the night in the city's metro "
      "stations, which are being used as bomb shelters.",
      [C("more than 200", 200, "more_than", "munitions", "Russian helicopters in the landing",
         RU_MOD_B, cat_alt=["troops"], ctx="more than 200 helicopters"),
       C("more than 200", 200, "more_than", "killed", "Ukrainian fighters at Hostomel",
         RU_MOD_B, attr_alt=["It"], ctx="more than 200 Ukrainian"),
       C("Three", 3, "exact", "munitions", "Russian helicopters downed (headline)", "Ukraine",
         cat_alt=["other"], attr_alt=["Ukraine's armed forces"]),
       C("three", 3, "exact", "munitions", "Russian helicopters downed",
         "Ukraine's armed forces", cat_alt=["other"]),
       C("some 15,000", 15000, "about", "displaced", "people sheltering in Kyiv's metro",
         "Kyiv mayor Vitali Klitschko")],
      published="2022-02-25"),

    P("d67_003",
      "KYIV, Aug 10, 2022 (Reuters) - Ukraine's air force said on Wednesday that nine Russian "
      "warplanes had been destroyed in a series of explosions at the Saky air base in "
      "Crimea, a day after Moscow said no aircraft had been damaged. Russia's defence ministry "
      "blamed the blasts on detonating aviation munitions and said there had been no attack. "
      "Crimea's Russian-installed authorities said one person had been killed and 13 wounded, "
      "and that more than 250 residents of nearby Novofedorivka had been moved to temporary "
      "accommodation. Satellite images from Planet Labs showed at least seven burned-out "
      "aircraft on the apron, most of them Su-24 and Su-30 jets. Kyiv has not officially "
      "claimed responsibility for the attack, about 200 km behind the front line.",
      [C("nine", 9, "exact", "munitions", "Russian warplanes destroyed at Saky", UA_AF,
         cat_alt=["other"]),
       C("one", 1, "exact", "killed", "person at Saky", CRIMEA_AUTH, ctx="one person"),
       C("13", 13, "exact", "injured", "people at Saky", CRIMEA_AUTH),
       C("more than 250", 250, "more_than", "displaced", "residents of Novofedorivka moved",
         CRIMEA_AUTH),
       C("at least seven", 7, "at_least", "munitions", "burned-out aircraft at Saky", PLANET,
         cat_alt=["other"])],
      published="2022-08-10"),

    P("d67_004",
      "MOSCOW, Dec 26 (Reuters) - Three Russian servicemen were killed early on Monday when "
      "the wreckage of a Ukrainian drone shot down on approach to the Engels air base fell on "
      "the airfield, Russia's defence ministry said, the second attack on the strategic bomber "
      "base in three weeks. The ministry said the drone had been brought down at low altitude "
      "and that no aircraft had been damaged. Ukraine did not comment directly; air force "
      "spokesman Yuriy Ihnat said only that the explosions were \"the consequence\" of Russia's "
      "aggression. Engels, some 600 km from the front line, is home to Tu-95 and Tu-160 bombers "
      "that Kyiv says have fired dozens of cruise missiles at Ukrainian cities. On Dec. 5, "
      "Russia said two Tu-95s had been lightly damaged and three airmen killed in attacks on "
      "Engels and on the Dyagilevo base in Ryazan region.",
      [C("Three", 3, "exact", "killed", "Russian servicemen at Engels", RU_MOD_B),
       C("dozens", 12, "vague", "munitions", "cruise missiles fired from Engels bombers",
         "Kyiv"),
       C("two", 2, "exact", "munitions", "Tu-95 bombers damaged", "Russia",
         cat_alt=["other"], ctx="two Tu-95s"),
       C("three", 3, "exact", "killed", "airmen at Engels and Dyagilevo", "Russia",
         ctx="three airmen")]),

    P("d67_005",
      "NOVOROSSIYSK, Russia, Aug 4, 2023 (AFP) - Ukrainian sea drones struck a large Russian "
      "landing ship at the Black Sea port of Novorossiysk early Friday, a source in Ukraine's "
      "SBU security service told AFP, in the first such attack on the naval base. The source "
      "said the drones had carried 450 kilograms of TNT and that the Olenegorsky Gornyak, "
      "which has a crew of about 100, had been \"seriously damaged\" and could not fight. "
      "Russia's defence ministry said two naval drones had been destroyed by the ship's "
      "guards and that the attack had been repelled without damage. Footage verified by AFP "
      "showed the vessel listing heavily as a tug pulled it into the harbour. No casualties "
      "were reported by either side, and the Caspian Pipeline Consortium, which ships about "
      "1.5 percent of the world's oil from a terminal nearby, said loading had not been "
      "interrupted.",
      [C("450", 450, "exact", "munitions", "TNT carried by the sea drones", SBU_SRC,
         optional=True, attr_alt=["The source"]),
       C("about 100", 100, "about", "troops", "crew of the Olenegorsky Gornyak", SBU_SRC,
         optional=True, cat_alt=["other"], attr_alt=["The source"]),
       C("two", 2, "exact", "munitions", "Ukrainian naval drones destroyed", RU_MOD_B)],
      published="2023-08-04"),
]
HUR = "Ukraine's military intelligence agency (HUR)"
YUSOV = "HUR spokesman Andrii Yusov"
UA_MI = "Ukraine's military intelligence"
IISS = "the International Institute for Strategic Studies"
RAZVOZHAYEV = "Sevastopol's Moscow-installed governor, Mikhail Razvozhayev"
UA_SEC = "a Ukrainian security official"
RUDENYA = "Tver Gov. Igor Rudenya"
KRYNKY_VOL = "Volunteers who track the dead by name"

PASSAGES += [
    P("d67_006",
      "Analysis: What Krynky cost\n"
      "By the time Ukraine's marines were ordered back across the Dnipro, the bridgehead at "
      "Krynky had become one of the most fought-over places of the war, and its toll one of "
      "the most disputed. Russia's defence ministry has claimed that more than 3,000 Ukrainian "
      "troops were killed trying to hold the village. Kyiv has never given a figure; the "
      "marines' command said only that its losses were \"significantly lower\" than Moscow "
      "claims. Volunteers who track the dead by name said this month they had identified 788 "
      "Ukrainian soldiers killed or missing on the left bank since October, and believed the "
      "true number was between 1,000 and 1,500. Russian losses are no easier to pin down: the "
      "Ukrainian military said in January that Russian forces had lost about 7,000 men around "
      "Krynky, a figure that has not been independently verified. At its height, the operation "
      "involved perhaps 1,500 Ukrainian marines rotating through a strip less than 1 km deep.",
      [C("more than 3,000", 3000, "more_than", "killed", "Ukrainian troops at Krynky",
         RU_MOD_B),
       C("788", 788, "exact", "killed", "Ukrainian soldiers killed or missing at Krynky",
         KRYNKY_VOL, cat_alt=["missing"]),
       C("between 1,000 and 1,500", 1000, "range", "killed",
         "Ukrainian soldiers killed at Krynky (estimate)", KRYNKY_VOL, high=1500,
         cat_alt=["missing"], attr_alt=[None]),
       C("about 7,000", 7000, "about", "killed", "Russian men lost around Krynky",
         "the Ukrainian military", cat_alt=["injured", "other"]),
       C("perhaps 1,500", 1500, "about", "troops", "Ukrainian marines in the operation")]),

    P("d67_007",
      "Ukraine says it sank Russian patrol ship Sergei Kotov off Crimea\n"
      "March 5, 2024 10:12 am\n"
      "Ukraine's military intelligence agency (HUR) said on March 5 that its Group 13 special "
      "unit had sunk the Russian patrol ship Sergei Kotov near the Kerch Strait with Magura V5 "
      "sea drones. The ship, which had a crew of 52, was hit by at least five drones, the "
      "agency said. According to HUR spokesman Andrii Yusov, seven crew members were killed "
      "and six wounded, while the rest were evacuated. Russia's defence ministry did not "
      "comment on the ship but said it had destroyed 38 Ukrainian drones over Crimea and the "
      "Krasnodar region during the night. With the Kotov, Ukraine says it has now disabled or "
      "destroyed about a third of Russia's Black Sea Fleet, 24 ships and a submarine.",
      [C("52", 52, "exact", "troops", "crew of the Sergei Kotov", HUR, optional=True,
         cat_alt=["other"], attr_alt=["the agency"]),
       C("at least five", 5, "at_least", "munitions", "sea drones that hit the Sergei Kotov",
         HUR, attr_alt=["the agency"]),
       C("seven", 7, "exact", "killed", "crew of the Sergei Kotov", YUSOV),
       C("six", 6, "exact", "injured", "crew of the Sergei Kotov", YUSOV),
       C("38", 38, "exact", "munitions", "Ukrainian drones destroyed", RU_MOD_B),
       C("about a third", 1 / 3, "about", "other", "share of the Black Sea Fleet disabled",
         "Ukraine", optional=True, cat_alt=["munitions"]),
       C("24", 24, "exact", "munitions", "Black Sea Fleet ships disabled or destroyed",
         "Ukraine", cat_alt=["other"])],
      published="2024-03-05"),

    P("d67_008",
      "KYIV, April 17 (Reuters) - Ukraine's military intelligence said on Wednesday that a "
      "strike on the Dzhankoi air base in northern Crimea had destroyed four launchers of an "
      "S-400 air defence system, three radars and a control post. Video posted by Ukrainian "
      "officials showed at least six explosions; Ukrainian media said U.S.-supplied ATACMS "
      "missiles, with a range of up to 300 km, had been used. Crimea's Russian-installed "
      "leader, Sergei Aksyonov, said only that a \"massive attack\" had been repelled and that "
      "there were no casualties, while Russia's defence ministry said its air defences had shot "
      "down 10 ATACMS over the peninsula. Russia has deployed an estimated 20 S-400 battalions "
      "in Crimea and along its southern border, according to the International Institute for "
      "Strategic Studies.",
      [C("four", 4, "exact", "munitions", "S-400 launchers destroyed at Dzhankoi", UA_MI,
         cat_alt=["other"]),
       C("three", 3, "exact", "munitions", "radars destroyed at Dzhankoi", UA_MI,
         cat_alt=["other"]),
       C("at least six", 6, "at_least", "other", "explosions shown in video",
         "Video posted by Ukrainian officials", optional=True, cat_alt=["munitions"]),
       C("10", 10, "exact", "munitions", "ATACMS missiles shot down", RU_MOD_B),
       C("an estimated 20", 20, "about", "troops", "S-400 battalions deployed", IISS,
         cat_alt=["munitions"])]),

    P("d67_009",
      "Thu 16 May 2024 14.20 BST\n"
      "Satellite images show at least three Russian warplanes destroyed at the Belbek airfield "
      "near Sevastopol after an overnight Ukrainian missile strike, among them a MiG-31 and two "
      "Su-27s, as well as a fuel depot still burning hours later. Russia's defence ministry said "
      "it had intercepted 10 ATACMS missiles over Crimea in the night, the second time in a "
      "month it had given that figure, and made no mention of damage. Sevastopol's "
      "Moscow-installed governor, Mikhail Razvozhayev, said falling debris had injured one "
      "person and damaged 16 homes. A Ukrainian military source said two of the missiles had "
      "been aimed at an S-400 battery that guards the base.",
      [C("at least three", 3, "at_least", "munitions", "Russian warplanes destroyed at Belbek",
         "Satellite images", cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "Su-27s destroyed at Belbek", "Satellite images",
         cat_alt=["other"], ctx="two Su-27s"),
       C("10", 10, "exact", "munitions", "ATACMS missiles intercepted over Crimea", RU_MOD_B,
         attr_alt=["it"]),
       C("one", 1, "exact", "injured", "person in Sevastopol", RAZVOZHAYEV, ctx="one person"),
       C("16", 16, "exact", "infrastructure", "homes damaged in Sevastopol", RAZVOZHAYEV,
         ctx="16 homes"),
       C("two", 2, "exact", "munitions", "missiles aimed at the S-400 battery",
         "A Ukrainian military source", ctx="two of the missiles")],
      published="2024-05-16"),

    P("d67_010",
      "Ukrainian drones hit huge Russian arms depot, setting off blasts seen on seismographs\n"
      "Published 11:05 AM GMT+2, September 18, 2024\n"
      "KYIV, Ukraine (AP) — Ukrainian drones struck a vast ammunition depot in Russia's Tver "
      "region early Wednesday, setting off explosions so powerful that they registered as a "
      "magnitude 2.8 earthquake, a Ukrainian security official said. The official, who spoke "
      "on condition of anonymity, said the arsenal near Toropets held about 30,000 tons of "
      "munitions, including Iskander missiles and glide bombs, and had been struck by more "
      "than 100 drones. Tver Gov. Igor Rudenya said falling drone debris had started a fire "
      "and that 13 people had been hurt; part of the town of some 11,000 people was evacuated. "
      "Russia's Defense Ministry said it had shot down 54 drones over several regions "
      "overnight, without mentioning the depot.",
      [C("about 30,000", 30000, "about", "munitions", "tons of munitions at Toropets", UA_SEC,
         attr_alt=["The official"]),
       C("more than 100", 100, "more_than", "munitions", "drones that struck the depot",
         UA_SEC, attr_alt=["The official"]),
       C("13", 13, "exact", "injured", "people in Tver region", RUDENYA),
       C("some 11,000", 11000, "about", "population", "residents of Toropets", None,
         attr_alt=[RUDENYA]),
       C("54", 54, "exact", "munitions", "drones shot down over Russia", RU_MOD)],
      published="2024-09-18"),
]
RU_MOD_T = "the Russian Defence Ministry"
KHINSHTEIN = "Acting Kursk Governor Alexander Khinshtein"
MEDIAZONA = "BBC Russian and the independent outlet Mediazona"
UA_GS = "Ukraine's General Staff"
NATO_OFF = "a senior Nato official"
SHOIGU = "then-defence minister Sergei Shoigu"
UNHCR_MA = "the UN refugee agency"
HUM_OFF = "A humanitarian official in the region"
OBASANJO = "former Nigerian President Olusegun Obasanjo"
GHENT = "Researchers at Ghent University in Belgium"

PASSAGES += [
    P("d67_011",
      "KURSK, March 9. /TASS/. Russian special forces who made their way for several "
      "kilometres along a disused gas pipeline emerged behind Ukrainian lines near Sudzha, the "
      "Russian Defence Ministry said on Sunday, adding that the operation had freed three "
      "settlements in the Kursk region. The ministry said Ukrainian units in the area had "
      "lost more than 200 servicemen killed and wounded over the past day, as well as 12 "
      "armoured vehicles and nine artillery pieces. Acting Kursk Governor Alexander Khinshtein "
      "said about 100 troops had taken part in the pipeline raid. Ukraine's General Staff said "
      "the Russian group had been spotted and struck with missiles and drones and that the "
      "soldiers who came out of the pipe \"are being destroyed\"; it gave no figures.",
      [C("three", 3, "exact", "other", "settlements freed in Kursk region", RU_MOD_T,
         cat_alt=["infrastructure"]),
       C("more than 200", 200, "more_than", "injured", "Ukrainian servicemen killed and wounded",
         RU_MOD_T, cat_alt=["killed", "other"], attr_alt=["The ministry"]),
       C("12", 12, "exact", "munitions", "Ukrainian armoured vehicles lost", RU_MOD_T,
         cat_alt=["other"], attr_alt=["The ministry"]),
       C("nine", 9, "exact", "munitions", "Ukrainian artillery pieces lost", RU_MOD_T,
         cat_alt=["other"], attr_alt=["The ministry"]),
       C("about 100", 100, "about", "troops", "Russian troops in the pipeline raid",
         KHINSHTEIN)]),

    P("d67_012",
      "Published 4 July 2025\n"
      "How many Russian soldiers have died in Ukraine? The answer depends on who is counting. "
      "BBC Russian and the independent outlet Mediazona, working with volunteers, have now "
      "confirmed the names of 111,387 Russian servicemen killed since February 2022, among "
      "them more than 12,000 volunteers recruited from prisons. The two outlets say the real "
      "number is probably between 45% and 65% higher, because many deaths never appear in "
      "obituaries or on social media. Ukraine's General Staff, which publishes a daily tally "
      "of what it calls \"enemy losses\", last month put Russian casualties at more than "
      "1,000,000, a figure that includes the wounded. A senior Nato official said in June that "
      "Russia had suffered about 1 million casualties, of whom around 250,000 had died. Moscow "
      "last gave a figure for its own dead in September 2022, when then-defence minister "
      "Sergei Shoigu said 5,937 soldiers had been killed.",
      [C("111,387", 111387, "exact", "killed", "Russian servicemen confirmed by name",
         MEDIAZONA),
       C("more than 12,000", 12000, "more_than", "killed",
         "Russian volunteers recruited from prisons", MEDIAZONA, attr_alt=[None]),
       C("between 45% and 65%", 45, "range", "other", "undercount of Russian dead",
         "The two outlets", high=65, optional=True, cat_alt=["killed"], attr_alt=[MEDIAZONA]),
       C("more than 1,000,000", 1_000_000, "more_than", "injured",
         "Russian casualties (killed and wounded)", UA_GS, cat_alt=["killed", "other"]),
       C("about 1 million", 1_000_000, "about", "injured", "Russian casualties",
         "A senior Nato official", cat_alt=["killed", "other"]),
       C("around 250,000", 250000, "about", "killed", "Russian soldiers dead",
         "A senior Nato official"),
       C("5,937", 5937, "exact", "killed", "Russian soldiers (official toll, 2022)", SHOIGU)],
      published="2025-07-04"),

    P("d67_013",
      "ST PETERSBURG, Jan 21 (Reuters) - A fire broke out at a Novatek fuel terminal in the "
      "Baltic Sea port of Ust-Luga on Sunday after what a Ukrainian intelligence source "
      "described as a drone attack, about 110 km from St Petersburg and more than 1,000 km from "
      "the Ukrainian border. Leningrad region governor Alexander Drozdenko said no one had been "
      "hurt and that the fire had been put out after about eight hours. The terminal, which "
      "turns gas condensate into naphtha and jet fuel, can handle up to 7 million tonnes a "
      "year; Novatek said it had suspended some operations. The Ukrainian source said the "
      "drones used had a range of 1,250 km. The attack came three days after a strike on an "
      "oil depot on the outskirts of St Petersburg, Russia's second-largest city.",
      [C("up to 7 million", 7_000_000, "at_most", "other", "terminal's yearly capacity in tonnes",
         optional=True)]),

    P("d67_014",
      "Published On 7 Jan 2022\n"
      "Three Eritrean refugees, two of them children, were killed in an air strike on the Mai "
      "Aini refugee camp in Ethiopia's Tigray region, the UN refugee agency said on Friday, "
      "calling the attack a \"clear breach\" of international law. The camp shelters about "
      "20,000 Eritreans who fled their country, UNHCR said. Tigrayan forces blamed the "
      "Ethiopian military, which did not respond to requests for comment; government "
      "spokesman Legesse Tulu has said in the past that the air force hits only military "
      "targets. A humanitarian official in the region, speaking on condition of anonymity, "
      "said five people had been wounded and that one of the injured had died on Thursday, "
      "bringing the toll to four. Aid workers say no food aid has reached Mai Aini or the "
      "nearby Adi Harush camp, home to some 25,000 more refugees, since July.",
      [C("Three", 3, "exact", "killed", "Eritrean refugees at Mai Aini", UNHCR_MA),
       C("two", 2, "exact", "killed", "children among the refugees killed", UNHCR_MA),
       C("about 20,000", 20000, "about", "displaced", "Eritrean refugees at Mai Aini", "UNHCR",
         cat_alt=["population"]),
       C("five", 5, "exact", "injured", "people at Mai Aini", HUM_OFF),
       C("four", 4, "exact", "killed", "refugees at Mai Aini (updated toll)", HUM_OFF),
       C("some 25,000", 25000, "about", "displaced", "refugees at Adi Harush", None,
         cat_alt=["population"], attr_alt=["Aid workers"])],
      published="2022-01-07"),

    P("d67_015",
      "ADDIS ABABA, Ethiopia (AP) — Two years after a peace deal ended the war in Tigray, there "
      "is still no agreed count of how many people died. The African Union's chief mediator, "
      "former Nigerian President Olusegun Obasanjo, told the Financial Times that some 600,000 "
      "people had been killed, a figure he did not explain. Researchers at Ghent University in "
      "Belgium estimate that between 162,000 and 378,000 civilians died of violence, hunger "
      "and lack of health care during the two-year conflict. Ethiopia's government has never "
      "published a toll for civilians or for its own soldiers, and Tigrayan authorities say "
      "that more than 1 million people remain displaced. Eritrea, whose troops fought "
      "alongside the federal army, has not acknowledged any deaths.",
      [C("some 600,000", 600000, "about", "killed", "people killed in the Tigray war",
         OBASANJO, attr_alt=["The African Union's chief mediator"]),
       C("between 162,000 and 378,000", 162000, "range", "killed",
         "civilians who died in the Tigray war", GHENT, high=378000),
       C("more than 1 million", 1_000_000, "more_than", "displaced",
         "people displaced in Tigray", "Tigrayan authorities")]),
]
UN_HRO = "the U.N. human rights office"
SABA = "Houthi-run Saba news agency"
ASIRI = "Brigadier General Ahmed Asiri"
CENTCOM = "U.S. Central Command"
YE_MOH_H = "The Houthi-run health ministry"
SAREE = "Yahya Saree"
COALITION = "The Saudi-led coalition"
AA = "The Arakan Army (AA)"
MM_MIL = "Myanmar's military"
KYAUKME_VOL = "a local volunteer group"

PASSAGES += [
    # --- Yemen -----------------------------------------------------------------------------------
    P("d67_016",
      "SANAA, March 16, 2016 (Reuters) - Air strikes by the Saudi-led coalition on a crowded "
      "market in Yemen's northern Hajjah province killed at least 107 people, among them 25 "
      "children, the U.N. human rights office said on Wednesday. Residents said two bombs hit "
      "the Khamis market in the village of Mustaba at midday on Tuesday, when it was packed "
      "with shoppers buying food for the week. Houthi-run Saba news agency gave a toll of 119 "
      "dead and 47 wounded. The coalition's spokesman, Brigadier General Ahmed Asiri, said the "
      "market had been used as a gathering point for Houthi fighters and that \"dozens\" of "
      "them had been killed there. Human Rights Watch later identified the remains of a "
      "U.S.-supplied GBU-31 satellite-guided bomb at the site.",
      [C("at least 107", 107, "at_least", "killed", "people at Mustaba market", UN_HRO),
       C("25", 25, "exact", "killed", "children at Mustaba market", UN_HRO),
       C("two", 2, "exact", "munitions", "bombs that hit the market", "Residents"),
       C("119", 119, "exact", "killed", "people at Mustaba market", SABA),
       C("47", 47, "exact", "injured", "people at Mustaba market", SABA),
       C("dozens", 12, "vague", "killed", "Houthi fighters at the market", ASIRI,
         attr_alt=["The coalition's spokesman"])],
      published="2016-03-16"),

    P("d67_017",
      "Updated: April 28, 2025\n"
      "WASHINGTON — U.S. forces have struck more than 800 targets in Yemen since March 15, "
      "killing \"hundreds\" of Houthi fighters and numerous leaders, U.S. Central Command said "
      "Sunday in its first detailed account of the campaign. CENTCOM said the strikes had cut "
      "the rate of Houthi ballistic missile launches by 69% and of one-way attack drones by "
      "55%. The Houthi-run health ministry says the U.S. campaign has killed at least 250 "
      "civilians and wounded more than 400. The rebels also say they have shot down 22 "
      "American MQ-9 Reaper drones since October 2023, each worth about $30 million; U.S. "
      "officials have acknowledged the loss of seven Reapers in the past six weeks alone.",
      [C("more than 800", 800, "more_than", "other", "targets struck in Yemen", CENTCOM,
         cat_alt=["munitions"]),
       C("hundreds", 100, "vague", "killed", "Houthi fighters", CENTCOM),
       C("69%", 69, "exact", "munitions", "cut in Houthi ballistic missile launches",
         "CENTCOM", optional=True, cat_alt=["other"], attr_alt=[CENTCOM]),
       C("55%", 55, "exact", "munitions", "cut in Houthi drone launches", "CENTCOM",
         optional=True, cat_alt=["other"], attr_alt=[CENTCOM]),
       C("at least 250", 250, "at_least", "killed", "civilians in U.S. strikes in Yemen",
         YE_MOH_H),
       C("more than 400", 400, "more_than", "injured", "civilians in U.S. strikes in Yemen",
         YE_MOH_H),
       C("22", 22, "exact", "munitions", "MQ-9 Reaper drones shot down", "The rebels"),
       C("seven", 7, "exact", "munitions", "Reapers lost (U.S. figure)", "U.S. officials")],
      published="2025-04-28"),

    P("d67_018",
      "RIYADH, March 25 (Reuters) - Yemen's Houthi movement said on Friday it had fired "
      "ballistic missiles and drones at Saudi Aramco facilities in Jeddah and other cities, "
      "setting a fuel depot ablaze near the Formula One circuit two days before the Saudi "
      "Arabian Grand Prix. A Houthi military spokesman, Yahya Saree, said the group had "
      "launched 16 drones and a \"large number\" of missiles at targets in Jeddah, Riyadh, Ras "
      "Tanura, Jizan and Najran. The Saudi-led coalition said its air defences had intercepted "
      "nine drones and a ballistic missile, and that two fuel tanks at the North Jeddah bulk "
      "plant had caught fire. There were no casualties, state news agency SPA said, citing the "
      "coalition. Black smoke could be seen from the track, where drivers had been practising "
      "for the 50-lap race.",
      [C("16", 16, "exact", "munitions", "Houthi drones launched at Saudi Arabia", SAREE,
         attr_alt=["A Houthi military spokesman"]),
       C("nine", 9, "exact", "munitions", "Houthi drones intercepted", COALITION),
       C("two", 2, "exact", "infrastructure", "fuel tanks that caught fire", COALITION,
         cat_alt=["other"], ctx="two fuel tanks")]),

    # --- Myanmar ---------------------------------------------------------------------------------
    P("d67_019",
      "By THE IRRAWADDY 16 January 2024\n"
      "The Arakan Army (AA) said on Monday it had seized full control of Paletwa, a township in "
      "southern Chin State on the borders with India and Bangladesh, after overrunning the last "
      "junta camp at Meewa. The ethnic armed group said it had taken 12 bases and outposts in "
      "the township since November and captured more than 100 junta soldiers, among them a "
      "lieutenant colonel; it did not give its own losses. Junta spokesman Major General Zaw "
      "Min Tun denied that the town had fallen and said troops had \"temporarily relocated\". "
      "Local aid groups say about 30,000 residents have fled Paletwa since the fighting began, "
      "some of them across the border into Mizoram. The AA, which says it has some 38,000 "
      "fighters, launched its offensive in Rakhine and Chin states on Nov. 13.",
      [C("12", 12, "exact", "other", "junta bases and outposts taken in Paletwa", AA,
         cat_alt=["infrastructure"], attr_alt=["The ethnic armed group"]),
       C("more than 100", 100, "more_than", "hostages", "junta soldiers captured by the AA", AA,
         cat_alt=["detained"], attr_alt=["The ethnic armed group"]),
       C("about 30,000", 30000, "about", "displaced", "residents who fled Paletwa",
         "Local aid groups"),
       C("some 38,000", 38000, "about", "troops", "Arakan Army fighters", "The AA")],
      published="2024-01-16"),

    P("d67_020",
      "YANGON (Reuters) - Myanmar's military said on Tuesday it had retaken the town of Kyaukme "
      "in northern Shan State from the Ta'ang National Liberation Army (TNLA), 14 months after "
      "losing it, and that more than 300 TNLA fighters had been killed in three weeks of "
      "fighting. The TNLA said it had withdrawn to protect civilians and put its own dead at "
      "41, while saying that \"hundreds\" of junta troops had been killed or wounded. Kyaukme, "
      "a trading hub on the highway to China, had about 40,000 people before the war; a local "
      "volunteer group said fewer than 5,000 remained and that junta air strikes had destroyed "
      "or damaged over 700 houses. Reuters was unable to verify either side's claims.",
      [C("more than 300", 300, "more_than", "killed", "TNLA fighters", MM_MIL),
       C("41", 41, "exact", "killed", "TNLA fighters (TNLA's own toll)", "The TNLA"),
       C("hundreds", 100, "vague", "injured", "junta troops killed or wounded", "The TNLA",
         cat_alt=["killed", "other"]),
       C("about 40,000", 40000, "about", "population", "residents of Kyaukme before the war",
         None, attr_alt=[KYAUKME_VOL]),
       C("fewer than 5,000", 5000, "fewer_than", "population", "residents left in Kyaukme",
         KYAUKME_VOL),
       C("over 700", 700, "more_than", "infrastructure", "houses destroyed or damaged",
         KYAUKME_VOL)]),
]
RESIST = "a spokesperson for the local resistance administration"
AAPP = "The Assistance Association for Political Prisoners"
JNIM_BF = "The Al-Qaeda-linked JNIM group"
SITE = "the SITE Intelligence Group"
ML_FAMA = "Mali's armed forces"
ML_SRC = "Local officials and a security source"
SD_MOH = "Sudan's health ministry"
AISER = "Khalid al-Aiser"
SDN = "The Sudan Doctors Network"
LAWYERS = "a group of lawyers monitoring the war"
IOM_SD = "The U.N. migration agency"

PASSAGES += [
    P("d67_021",
      "Published 8 October 2025\n"
      "At least 24 people, including three children, were killed and 47 wounded when a "
      "military paraglider dropped two bombs on a crowd gathered for a candlelight protest and "
      "a Buddhist festival in central Myanmar's Sagaing region, a spokesperson for the local "
      "resistance administration told the BBC. Between 100 and 150 people had gathered in Bon "
      "To village in Chaung U township on Monday evening, organisers said, despite warnings of "
      "a possible attack. Amnesty International said the attack showed the junta's \"callous "
      "disregard\" for civilian life ahead of elections planned for December. Myanmar's "
      "military did not respond to requests for comment; its spokesman has previously said "
      "that air strikes target only \"terrorists\". The Assistance Association for Political "
      "Prisoners says the military has killed more than 7,000 civilians since it seized power "
      "in 2021.",
      [C("At least 24", 24, "at_least", "killed", "people in Bon To village", RESIST),
       C("three", 3, "exact", "killed", "children in Bon To village", RESIST),
       C("47", 47, "exact", "injured", "people in Bon To village", RESIST),
       C("two", 2, "exact", "munitions", "bombs dropped by a paraglider", RESIST),
       C("Between 100 and 150", 100, "range", "other", "people gathered in Bon To",
         "organisers", high=150),
       C("more than 7,000", 7000, "more_than", "killed", "civilians killed since the coup",
         AAPP)],
      published="2025-10-08"),

    # --- The Sahel -------------------------------------------------------------------------------
    P("d67_022",
      "OUAGADOUGOU (AFP) - Jihadists killed dozens of soldiers and volunteer fighters in an "
      "attack on a military camp at Diapaga, in eastern Burkina Faso, security sources told "
      "AFP on Wednesday. One source put the number of dead at \"about 60\", while a second "
      "source said \"more than 100 soldiers and VDP\" had been killed and the camp's stores of "
      "weapons and fuel looted. The Al-Qaeda-linked JNIM group, which claimed the attack, said "
      "in a statement relayed by the SITE Intelligence Group that it had killed 106 soldiers "
      "and seized eight armoured vehicles. Burkina's junta, which rarely comments on its "
      "losses, said nothing about the assault. The Volunteers for the Defence of the Homeland "
      "(VDP), an auxiliary force set up in 2020, has recruited some 90,000 civilians, "
      "according to the government.",
      [C("dozens", 12, "vague", "killed", "soldiers and volunteer fighters at Diapaga",
         "security sources"),
       C("about 60", 60, "about", "killed", "soldiers and volunteers at Diapaga", "One source",
         attr_alt=["security sources"]),
       C("more than 100", 100, "more_than", "killed", "soldiers and VDP at Diapaga",
         "a second source", attr_alt=["security sources"]),
       C("106", 106, "exact", "killed", "soldiers at Diapaga (JNIM claim)", JNIM_BF,
         attr_alt=[SITE]),
       C("eight", 8, "exact", "munitions", "armoured vehicles seized by JNIM", JNIM_BF,
         cat_alt=["other"], attr_alt=[SITE]),
       C("some 90,000", 90000, "about", "troops", "civilians recruited into the VDP",
         "the government", cat_alt=["other"])]),

    P("d67_023",
      "BAMAKO, May 24 (Xinhua) -- Mali's armed forces said Saturday that they had repelled a "
      "\"terrorist attack\" on their camp at Dioura, in the central Segou region, killing 41 "
      "assailants, while acknowledging \"some losses\" in their own ranks without giving a "
      "figure. Local officials and a security source told reporters that at least 40 soldiers "
      "had been killed and that the attackers had taken away several vehicles and an unknown "
      "number of soldiers. In a message released through its propaganda channels, JNIM, "
      "affiliated with al-Qaeda, claimed to have killed 41 soldiers and captured 22, and "
      "posted images of what it said were seized weapons. The camp had been attacked once "
      "before, in 2023.",
      [C("41", 41, "exact", "killed", "assailants at Dioura", ML_FAMA, ctx="killing 41"),
       C("at least 40", 40, "at_least", "killed", "Malian soldiers at Dioura", ML_SRC),
       C("41", 41, "exact", "killed", "Malian soldiers at Dioura (JNIM claim)", "JNIM",
         ctx="killed 41 soldiers"),
       C("22", 22, "exact", "hostages", "Malian soldiers captured by JNIM", "JNIM",
         cat_alt=["detained"])]),

    # --- Sudan -----------------------------------------------------------------------------------
    P("d67_024",
      "Published On 1 Feb 2025\n"
      "At least 54 people were killed and 158 wounded when the Rapid Support Forces (RSF) "
      "shelled a crowded vegetable market in Omdurman on Saturday, Sudan's health ministry "
      "said, one of the deadliest attacks on the city since the war began in April 2023. The "
      "ministry said most of the victims were women and children and that the toll could rise. "
      "Khalid al-Aiser, the government's information minister, said in a statement that the "
      "RSF had fired \"dozens\" of artillery shells at the Sabreen market. The RSF, which has "
      "denied targeting civilians in the past, did not comment. The Sudan Doctors Network, a "
      "medical group, put the toll higher, at 56 dead, and said hospitals in Omdurman had run "
      "out of blood bags.",
      [C("At least 54", 54, "at_least", "killed", "people at Sabreen market", SD_MOH),
       C("158", 158, "exact", "injured", "people at Sabreen market", SD_MOH),
       C("dozens", 12, "vague", "munitions", "artillery shells fired at the market", AISER,
         attr_alt=["the government's information minister"]),
       C("56", 56, "exact", "killed", "people at Sabreen market", SDN)],
      published="2025-02-01"),

    P("d67_025",
      "CAIRO, May 4 (Reuters) - Sudan's paramilitary Rapid Support Forces killed around 300 "
      "people after seizing the town of al-Nahud in West Kordofan, a group of lawyers "
      "monitoring the war said on Sunday, accusing the fighters of going from house to house. "
      "The RSF said in a statement it had \"liberated\" the town and killed \"hundreds\" of "
      "army soldiers and allied fighters, while losing 18 of its own men. The army, which "
      "acknowledged the loss of its 18th Infantry Division headquarters, said it had withdrawn "
      "and accused the RSF of killing civilians, but gave no figures. The U.N. migration "
      "agency said at least 5,000 people had fled the town, which is home to more than "
      "100,000.",
      [C("around 300", 300, "about", "killed", "people in al-Nahud", LAWYERS),
       C("hundreds", 100, "vague", "killed", "army soldiers and allied fighters", "The RSF"),
       C("18", 18, "exact", "killed", "RSF fighters", "The RSF"),
       C("at least 5,000", 5000, "at_least", "displaced", "people who fled al-Nahud", IOM_SD),
       C("more than 100,000", 100000, "more_than", "population", "residents of al-Nahud",
         None, attr_alt=[IOM_SD])]),
]
SD_ARMY = "the Sudanese army"
MUFTI = "Dina Mufti"
LY_MOH = "the health ministry of the internationally recognised government"
GNOUNOU = "GNA spokesman Mohamed Gnounou"
GNOUNOU2 = "Government forces spokesman Mohamed Gnounou"
AZ = "Azerbaijan"
AM_MOD = "Armenia's defence ministry"

PASSAGES += [
    P("d67_026",
      "December 16, 2020 (KHARTOUM) – Four Sudanese soldiers, among them an officer, were "
      "killed and 27 others wounded in an ambush by Ethiopian forces and militias in the "
      "al-Fashaga border area on Tuesday, the Sudanese army said in a statement. The army said "
      "the attackers had been driven back and that its troops were \"in control\" of the "
      "area. Ethiopia's Foreign Ministry spokesman, Dina Mufti, said the clash had involved "
      "\"a few\" Sudanese troops who had crossed into Ethiopia and that two Ethiopian farmers "
      "had been killed. Sudan has deployed some 6,000 soldiers to the border since the "
      "outbreak of the Tigray war, according to military sources, a war that has also driven "
      "more than 50,000 Ethiopian refugees into eastern Sudan.",
      [C("Four", 4, "exact", "killed", "Sudanese soldiers in al-Fashaga", SD_ARMY),
       C("27", 27, "exact", "injured", "Sudanese soldiers in al-Fashaga", SD_ARMY),
       C("two", 2, "exact", "killed", "Ethiopian farmers", MUFTI,
         attr_alt=["Ethiopia's Foreign Ministry spokesman"]),
       C("some 6,000", 6000, "about", "troops", "Sudanese soldiers deployed to the border",
         "military sources"),
       C("more than 50,000", 50000, "more_than", "displaced",
         "Ethiopian refugees in eastern Sudan", None, attr_alt=["military sources"])],
      published="2020-12-16"),

    # --- Libya -----------------------------------------------------------------------------------
    P("d67_027",
      "TRIPOLI, Jan 5 (Reuters) - An air strike on a military academy in Tripoli's Hadaba "
      "district killed 30 cadets and wounded 33 others as they gathered on the parade ground "
      "late on Saturday, the health ministry of the internationally recognised government said. "
      "The Government of National Accord blamed forces loyal to eastern commander Khalifa "
      "Haftar and said the strike had been carried out by a foreign drone. A spokesman for "
      "Haftar's Libyan National Army, Ahmed al-Mismari, denied involvement, saying the blast "
      "had been caused by \"a local shell\" fired from inside the city. The academy trains "
      "around 300 cadets at a time. More than 2,000 people have been killed in the nine-month "
      "battle for Tripoli, according to the World Health Organization.",
      [C("30", 30, "exact", "killed", "cadets at the Hadaba academy", LY_MOH),
       C("33", 33, "exact", "injured", "cadets at the Hadaba academy", LY_MOH),
       C("around 300", 300, "about", "population", "cadets trained at the academy",
         cat_alt=["other"]),
       C("More than 2,000", 2000, "more_than", "killed", "people in the battle for Tripoli",
         "the World Health Organization")]),

    P("d67_028",
      "Published: June 27, 2019\n"
      "Forces loyal to the Government of National Accord (GNA) said on Wednesday they had "
      "driven Khalifa Haftar's fighters out of Gharyan, the main supply base for his offensive "
      "on Tripoli, about 100 km to the north. GNA spokesman Mohamed Gnounou said at least 40 "
      "LNA fighters had been killed and 18 taken prisoner, and that his forces had seized "
      "\"large quantities\" of weapons. Hospital officials in Gharyan said 43 bodies had been "
      "brought in, most of them fighters. An LNA spokesman said its forces had made a "
      "\"tactical withdrawal\" and lost \"no more than a few men\". Days later, the GNA "
      "displayed four U.S.-made Javelin anti-tank missiles that it said had been found at the "
      "base, and Washington opened an inquiry.",
      [C("at least 40", 40, "at_least", "killed", "LNA fighters in Gharyan", GNOUNOU),
       C("18", 18, "exact", "detained", "LNA fighters taken prisoner", GNOUNOU),
       C("43", 43, "exact", "killed", "bodies brought to Gharyan hospital",
         "Hospital officials in Gharyan"),
       C("four", 4, "exact", "munitions", "Javelin missiles found at Gharyan", "the GNA",
         cat_alt=["other"])],
      published="2019-06-27"),

    P("d67_029",
      "ANKARA (AA) - Libya's UN-recognised government said on Monday that its forces had taken "
      "full control of the strategic al-Watiya air base, about 140 km south-west of Tripoli, "
      "after a siege lasting several weeks. Government forces spokesman Mohamed Gnounou said "
      "17 of Haftar's militiamen had been captured and that a Russian-made Pantsir air defence "
      "system had been seized intact. In the days before the assault, government drones had "
      "destroyed nine Pantsir systems across western Libya, according to the spokesman. The "
      "LNA's media office said its troops had pulled out \"to avoid bloodshed\" and that eight "
      "government fighters had been killed in the fighting. Some 1,000 LNA fighters had been "
      "stationed at the base, according to estimates by UN experts.",
      [C("17", 17, "exact", "detained", "Haftar militiamen captured at al-Watiya", GNOUNOU2),
       C("nine", 9, "exact", "munitions", "Pantsir systems destroyed", GNOUNOU2,
         cat_alt=["other"], attr_alt=["the spokesman"]),
       C("eight", 8, "exact", "killed", "government fighters at al-Watiya",
         "The LNA's media office"),
       C("Some 1,000", 1000, "about", "troops", "LNA fighters at al-Watiya",
         "estimates by UN experts", attr_alt=["UN experts"])]),

    # --- Nagorno-Karabakh ------------------------------------------------------------------------
    P("d67_030",
      "BAKU/YEREVAN, April 5 (Reuters) - Azerbaijan said on Tuesday it had killed 170 Armenian "
      "soldiers and destroyed six tanks and 15 artillery pieces since fighting flared on "
      "Saturday, while Armenia's defence ministry said 320 Azerbaijani troops had been killed "
      "and that it had shot down two helicopters and 13 drones. Neither claim could be "
      "verified. Both sides put their own losses far lower: Azerbaijan has acknowledged 16 "
      "soldiers killed and one Mi-24 helicopter lost, and Armenia 18 servicemen killed and 35 "
      "wounded. The village of Talish, on the northern edge of the front, has been largely "
      "abandoned by its roughly 500 residents, a local official said. The worst fighting over "
      "Nagorno-Karabakh in more than two decades has also killed at least six civilians, "
      "Armenian officials said.",
      [C("170", 170, "exact", "killed", "Armenian soldiers (Azerbaijani claim)", AZ),
       C("six", 6, "exact", "munitions", "Armenian tanks destroyed", AZ, cat_alt=["other"],
         ctx="six tanks"),
       C("15", 15, "exact", "munitions", "Armenian artillery pieces destroyed", AZ,
         cat_alt=["other"]),
       C("320", 320, "exact", "killed", "Azerbaijani troops (Armenian claim)", AM_MOD),
       C("two", 2, "exact", "munitions", "Azerbaijani helicopters shot down", AM_MOD,
         cat_alt=["other"], ctx="two helicopters"),
       C("13", 13, "exact", "munitions", "Azerbaijani drones shot down", AM_MOD),
       C("16", 16, "exact", "killed", "Azerbaijani soldiers (own toll)", AZ),
       C("one", 1, "exact", "munitions", "Azerbaijani Mi-24 helicopter lost", AZ,
         cat_alt=["other"], ctx="one Mi-24"),
       C("18", 18, "exact", "killed", "Armenian servicemen (own toll)", "Armenia"),
       C("35", 35, "exact", "injured", "Armenian servicemen (own toll)", "Armenia"),
       C("roughly 500", 500, "about", "population", "residents of Talish", "a local official",
         cat_alt=["displaced"]),
       C("at least six", 6, "at_least", "killed", "civilians in Nagorno-Karabakh",
         "Armenian officials")]),
]
ALIYEV = "Azerbaijan's President Ilham Aliyev"
NK_ARMY = "Nagorno-Karabakh's defence army"
AZ_PROS = "Azerbaijan's prosecutor's office"
AZ_MOD = "Azerbaijan's defence ministry"
BEGLARYAN = "Karabakh ombudsman Artak Beglaryan"
SANTOS = "Defence Minister Juan Manuel Santos"
CORREA = "Ecuador's President Rafael Correa"
CO_MINDEF = "Colombia's defense minister"
MOLANO = "Diego Molano"
REMANSO = "residents of Alto Remanso"
IN_OFFICIALS = "officials familiar with the operation"
PK_MIL = "Pakistan's military"
GHAFOOR = "military spokesman Maj Gen Asif Ghafoor"

PASSAGES += [
    P("d67_031",
      "Nagorno-Karabakh fighting: what we know\n"
      "Updated October 10, 2020\n"
      "• Azerbaijan's President Ilham Aliyev said on Friday his forces had taken the town of "
      "Hadrut and seven nearby villages; Armenia's defence ministry called the claim "
      "\"disinformation\".\n"
      "• Nagorno-Karabakh's defence army has reported 404 of its servicemen killed since "
      "Sept. 27.\n"
      "• Azerbaijan has not disclosed its military losses. Azerbaijan's prosecutor's office "
      "says 31 Azerbaijani civilians have been killed and 155 wounded.\n"
      "• Azerbaijan's defence ministry says more than 2,300 Armenian troops have been killed "
      "and 130 Armenian tanks destroyed.\n"
      "• About 70,000 people, roughly half of the enclave's population, have fled their homes "
      "(Karabakh ombudsman Artak Beglaryan).\n"
      "• Russia, France and the United States have called for an immediate ceasefire; talks "
      "between the two foreign ministers began in Moscow on Friday.",
      [C("seven", 7, "exact", "other", "villages taken near Hadrut", ALIYEV,
         cat_alt=["infrastructure"]),
       C("404", 404, "exact", "killed", "Karabakh servicemen", NK_ARMY),
       C("31", 31, "exact", "killed", "Azerbaijani civilians", AZ_PROS),
       C("155", 155, "exact", "injured", "Azerbaijani civilians", AZ_PROS),
       C("more than 2,300", 2300, "more_than", "killed", "Armenian troops (Azerbaijani claim)",
         AZ_MOD),
       C("130", 130, "exact", "munitions", "Armenian tanks destroyed", AZ_MOD,
         cat_alt=["other"]),
       C("About 70,000", 70000, "about", "displaced", "people who fled in Nagorno-Karabakh",
         BEGLARYAN)],
      published="2020-10-10"),

    # --- Colombia --------------------------------------------------------------------------------
    P("d67_032",
      "BOGOTA, March 2, 2008 (AFP) - Colombian troops killed Raúl Reyes, the FARC's "
      "second-in-command, and at least 16 other rebels in a bombing raid on a guerrilla camp "
      "just across the border in Ecuador, Defence Minister Juan Manuel Santos said on Saturday. "
      "One Colombian soldier was killed in the operation, Santos said, and the bodies of Reyes "
      "and another rebel were flown back to Colombia. Ecuador's President Rafael Correa said "
      "20 bodies had been found at the camp, some of them in their underwear, and that three "
      "wounded women had been taken to hospital in Quito; he recalled his ambassador from "
      "Bogota and ordered 3,200 troops to the border. The FARC still holds some 40 hostages "
      "whom it wants to exchange for about 500 jailed guerrillas.",
      [C("at least 16", 16, "at_least", "killed", "FARC rebels in the raid", SANTOS),
       C("One", 1, "exact", "killed", "Colombian soldier", "Santos", attr_alt=[SANTOS]),
       C("20", 20, "exact", "killed", "bodies found at the FARC camp", CORREA),
       C("three", 3, "exact", "injured", "wounded women taken to hospital", CORREA),
       C("3,200", 3200, "exact", "troops", "Ecuadorean troops sent to the border", None,
         attr_alt=[CORREA]),
       C("some 40", 40, "about", "hostages", "hostages held by the FARC"),
       C("about 500", 500, "about", "detained", "jailed guerrillas")],
      published="2008-03-02"),

    P("d67_033",
      "BOGOTA, Colombia (AP) — Colombia's defense minister on Tuesday defended an army "
      "operation in the southern province of Putumayo in which 11 people were killed, saying "
      "all of them were members of a dissident FARC faction. Diego Molano said troops had also "
      "captured four suspects and seized 20 rifles, and that the soldiers had come under fire "
      "first. But residents of Alto Remanso, a hamlet in the municipality of Puerto Leguízamo, "
      "said the soldiers had opened fire on a community bazaar, killing at least four "
      "civilians, among them a 16-year-old boy, an Indigenous leader and a pregnant woman. "
      "Human rights groups said more than 50 people had been at the fundraising event when "
      "the shooting began at about 7 a.m. The Attorney General's Office said it had opened an "
      "investigation.",
      [C("11", 11, "exact", "killed", "people in the Putumayo operation", CO_MINDEF,
         attr_alt=[None]),
       C("four", 4, "exact", "detained", "suspects captured in Putumayo", MOLANO,
         attr_alt=[CO_MINDEF], ctx="four suspects"),
       C("20", 20, "exact", "munitions", "rifles seized in Putumayo", MOLANO,
         cat_alt=["other"], attr_alt=[CO_MINDEF]),
       C("at least four", 4, "at_least", "killed", "civilians at the Alto Remanso bazaar",
         REMANSO),
       C("more than 50", 50, "more_than", "other", "people at the fundraising bazaar",
         "Human rights groups")]),

    # --- Kashmir ---------------------------------------------------------------------------------
    P("d67_034",
      "New Delhi, Sept 29 (PTI) Indian Army special forces carried out \"surgical strikes\" on "
      "terrorist launch pads across the Line of Control overnight, inflicting \"significant "
      "casualties\", Director General of Military Operations Lt Gen Ranbir Singh announced on "
      "Thursday. He did not give a number, but officials familiar with the operation said "
      "between 35 and 40 terrorists and several Pakistani soldiers guarding them had been "
      "killed at seven launch pads. Pakistan's military denied that any strike had taken place "
      "and said two of its soldiers had been killed in \"unprovoked\" firing across the LoC "
      "that lasted from 2:30 am to 8 am. Villages within 10 km of the border in Punjab were "
      "being evacuated as a precaution, officials said. The operation came 11 days after the "
      "attack on the army base at Uri in which 19 soldiers were killed.",
      [C("between 35 and 40", 35, "range", "killed", "terrorists at launch pads",
         IN_OFFICIALS, high=40),
       C("seven", 7, "exact", "infrastructure", "launch pads struck", IN_OFFICIALS,
         cat_alt=["other"]),
       C("two", 2, "exact", "killed", "Pakistani soldiers", PK_MIL),
       C("19", 19, "exact", "killed", "soldiers at Uri (background)")]),

    P("d67_035",
      "Published February 28, 2019\n"
      "RAWALPINDI: Pakistan Air Force jets shot down two Indian aircraft that had crossed the "
      "Line of Control on Wednesday, military spokesman Maj Gen Asif Ghafoor told a press "
      "conference, adding that one pilot had been taken into custody. He had earlier said that "
      "two pilots had been captured, but later corrected himself. New Delhi acknowledged the "
      "loss of one MiG-21 Bison and said its pilot, Wing Commander Abhinandan Varthaman, was "
      "\"missing in action\"; Indian officials also claimed that a Pakistani F-16 had been shot "
      "down, which the ISPR denied. Prime Minister Imran Khan announced on Thursday that the "
      "pilot would be released as a \"peace gesture\". Airspace over Pakistan remained closed, "
      "stranding thousands of travellers.",
      [C("two", 2, "exact", "munitions", "Indian aircraft shot down", GHAFOOR,
         cat_alt=["other"], ctx="two Indian"),
       C("one", 1, "exact", "detained", "Indian pilot taken into custody", GHAFOOR,
         ctx="one pilot"),
       C("two", 2, "exact", "detained", "pilots captured (earlier, corrected figure)", GHAFOOR,
         attr_alt=["He"], ctx="two pilots"),
       C("one", 1, "exact", "munitions", "MiG-21 lost (Indian figure)", "New Delhi",
         cat_alt=["other"], ctx="one MiG-21"),
       C("thousands", 1000, "vague", "other", "travellers stranded", None,
         cat_alt=["population"])],
      published="2019-02-28"),
]
RAWAT = "Army chief General Bipin Rawat"
ISPR_T = "Pakistan's Inter-Services Public Relations"
KUPWARA = "Officials in Kupwara district"
IL_MIL = "the Israeli military"
ABIAD = "Lebanon's health minister Firass Abiad"
IDF_2006 = "the army"
MANAR = "Hezbollah's al-Manar television"
UNHCR_LB = "the U.N. refugee agency"
WFP_LB = "the World Food Programme"
MCKENZIE = "Lieutenant General Kenneth McKenzie"

PASSAGES += [
    P("d67_036",
      "Updated - October 21, 2019 08:40 am IST\n"
      "SRINAGAR: Army chief General Bipin Rawat said on Sunday that Indian artillery had "
      "destroyed three terrorist camps in the Neelum valley of Pakistan-occupied Kashmir and "
      "killed six to ten Pakistani soldiers and \"an equal number\" of terrorists, in "
      "retaliation for a ceasefire violation in the Tangdhar sector. Two Indian soldiers and a "
      "civilian were killed in the Pakistani shelling that preceded the strikes, the Army said. "
      "Pakistan's Inter-Services Public Relations said a soldier and five civilians had died on "
      "its side, and claimed that nine Indian soldiers had been killed and two Indian bunkers "
      "destroyed. Officials in Kupwara district said 22 houses had been damaged and as many as "
      "300 residents moved to safer places.",
      [C("three", 3, "exact", "infrastructure", "terrorist camps destroyed", RAWAT,
         cat_alt=["other"]),
       C("six to ten", 6, "range", "killed", "Pakistani soldiers (Indian claim)", RAWAT,
         high=10),
       C("Two", 2, "exact", "killed", "Indian soldiers in Tangdhar", "the Army"),
       C("five", 5, "exact", "killed", "civilians on the Pakistani side", ISPR_T),
       C("nine", 9, "exact", "killed", "Indian soldiers (Pakistani claim)", ISPR_T),
       C("two", 2, "exact", "infrastructure", "Indian bunkers destroyed", ISPR_T,
         cat_alt=["munitions", "other"], ctx="two Indian bunkers"),
       C("22", 22, "exact", "infrastructure", "houses damaged in Kupwara", KUPWARA),
       C("as many as 300", 300, "at_most", "displaced", "residents moved to safer places",
         KUPWARA)],
      published="2019-10-21"),

    # --- Israel, Hezbollah, Syria ----------------------------------------------------------------
    P("d67_037",
      "JERUSALEM, Oct 2 (Reuters) - Eight Israeli soldiers were killed in ground fighting with "
      "Hezbollah in southern Lebanon on Wednesday, the Israeli military said, the first losses "
      "it has acknowledged since sending troops across the border two days earlier. Seven "
      "other soldiers were seriously wounded, the military said. Hezbollah said its fighters "
      "had destroyed three Merkava tanks near the village of Yaroun and forced Israeli "
      "commandos to retreat from Odaisseh, which the military denied. The Israeli military "
      "said its troops had killed about 15 Hezbollah fighters in close-quarters combat and "
      "found tunnel shafts near the border fence. Hezbollah fired some 240 rockets at Israel "
      "during the day, according to the military, and Lebanon's army said one of its soldiers "
      "had been killed when Israeli forces fired on a post near the border.",
      [C("Eight", 8, "exact", "killed", "Israeli soldiers in southern Lebanon", IL_MIL),
       C("Seven", 7, "exact", "injured", "Israeli soldiers seriously wounded", IL_MIL,
         attr_alt=["the military"]),
       C("three", 3, "exact", "munitions", "Merkava tanks destroyed (Hezbollah claim)",
         "Hezbollah", cat_alt=["other"]),
       C("about 15", 15, "about", "killed", "Hezbollah fighters", "The Israeli military"),
       C("some 240", 240, "about", "munitions", "Hezbollah rockets fired at Israel", IL_MIL,
         attr_alt=["the military"])]),

    P("d67_038",
      "BEIRUT, Sept 21 (Reuters) - The death toll from an Israeli strike on a residential "
      "building in Beirut's southern suburbs has risen to 37, including three children and "
      "seven women, Lebanon's health minister Firass Abiad said on Saturday, adding that 68 "
      "people had been wounded and that rescuers were still searching for up to 23 missing. "
      "The Israeli military said the strike had killed Ibrahim Aqil, commander of Hezbollah's "
      "elite Radwan force, and \"around 15\" other senior commanders who had gathered in a "
      "basement. Hezbollah confirmed Aqil's death and later named 15 more of its members who "
      "were killed in the strike. Witnesses said the strike, carried out by F-35 jets, had "
      "flattened two buildings. On Friday Hezbollah fired about 140 rockets at northern "
      "Israel, the Israeli military said, in what the group called a response to this week's "
      "pager and walkie-talkie blasts.",
      [C("37", 37, "exact", "killed", "people in the Beirut strike", ABIAD),
       C("three", 3, "exact", "killed", "children in the Beirut strike", ABIAD),
       C("seven", 7, "exact", "killed", "women in the Beirut strike", ABIAD),
       C("68", 68, "exact", "injured", "people in the Beirut strike", ABIAD),
       C("up to 23", 23, "at_most", "missing", "people missing under the rubble", ABIAD),
       C("around 15", 15, "about", "killed", "Hezbollah senior commanders",
         "The Israeli military"),
       C("15", 15, "exact", "killed", "Hezbollah members named by the group", "Hezbollah",
         ctx="15 more"),
       C("two", 2, "exact", "infrastructure", "buildings flattened", "Witnesses",
         cat_alt=["other"], ctx="two buildings"),
       C("about 140", 140, "about", "munitions", "Hezbollah rockets fired", IL_MIL)]),

    P("d67_039",
      "JERUSALEM, July 21, 2006 (AFP) - Israeli troops battling Hezbollah fighters around the "
      "Lebanese border village of Maroun al-Ras have suffered their heaviest losses of the "
      "offensive, with five soldiers killed since Wednesday, the army said on Friday. The army "
      "said its forces had killed \"dozens\" of Hezbollah fighters in the village; Hezbollah's "
      "al-Manar television said only three of its men had died and that its fighters had "
      "destroyed four Israeli tanks, a claim the army denied. Hezbollah fired 34 rockets at "
      "northern Israel on Thursday, lightly wounding 11 people in Nahariya and Safed, police "
      "said. Israel has called up some 3,000 reservists, and the U.N. refugee agency estimates "
      "that more than 500,000 people have fled their homes in Lebanon since the war began on "
      "July 12. A first convoy of 12 trucks carrying flour and medicines reached Beirut from "
      "Syria on Friday, the World Food Programme said.",
      [C("five", 5, "exact", "killed", "Israeli soldiers at Maroun al-Ras", IDF_2006),
       C("dozens", 12, "vague", "killed", "Hezbollah fighters (Israeli claim)", "The army"),
       C("three", 3, "exact", "killed", "Hezbollah fighters (Hezbollah's own toll)", MANAR),
       C("four", 4, "exact", "munitions", "Israeli tanks destroyed (Hezbollah claim)", MANAR,
         cat_alt=["other"]),
       C("34", 34, "exact", "munitions", "Hezbollah rockets fired", "police"),
       C("11", 11, "exact", "injured", "people in Nahariya and Safed", "police"),
       C("some 3,000", 3000, "about", "troops", "Israeli reservists called up", None,
         attr_alt=["Israel"]),
       C("more than 500,000", 500000, "more_than", "displaced", "people who fled in Lebanon",
         UNHCR_LB),
       C("12", 12, "exact", "aid", "WFP trucks that reached Beirut", WFP_LB,
         ctx="12 trucks")],
      published="2006-07-21"),

    P("d67_040",
      "DAMASCUS, April 14, 2018 (AFP) - The United States, Britain and France fired 105 "
      "missiles at three chemical weapons sites in Syria before dawn on Saturday, the Pentagon "
      "said, insisting that none had been intercepted. Russia's defence ministry gave a sharply "
      "different account, saying Syrian air defences had shot down 71 of the 103 cruise "
      "missiles fired, using Soviet-era S-125 and S-200 systems. Syrian state media said three "
      "civilians had been wounded in Homs and that a scientific research centre in Barzeh, on "
      "the northern edge of Damascus, had been destroyed. Lieutenant General Kenneth McKenzie, "
      "the Pentagon's director of the Joint Staff, said Syria had fired 40 surface-to-air "
      "missiles, most of them after the strikes were over. The strikes came a week after a "
      "suspected chlorine attack in Douma that medical groups said had killed more than 40 "
      "people.",
      [C("105", 105, "exact", "munitions", "missiles fired at Syria", "the Pentagon"),
       C("three", 3, "exact", "infrastructure", "chemical weapons sites struck", "the Pentagon",
         cat_alt=["other"], ctx="three chemical"),
       C("71", 71, "exact", "munitions", "missiles shot down (Russian claim)", RU_MOD_B),
       C("103", 103, "exact", "munitions", "cruise missiles fired (Russian figure)", RU_MOD_B),
       C("three", 3, "exact", "injured", "civilians in Homs", "Syrian state media",
         ctx="three civilians"),
       C("40", 40, "exact", "munitions", "Syrian surface-to-air missiles fired", MCKENZIE,
         attr_alt=["the Pentagon's director of the Joint Staff"], ctx="40 surface"),
       C("more than 40", 40, "more_than", "killed", "people in the Douma attack",
         "medical groups")],
      published="2018-04-14"),
]
# @@END@@


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d67_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
