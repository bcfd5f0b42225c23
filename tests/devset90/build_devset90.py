"""Source of the ninetieth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on wars and armed conflicts, 1991–2025, written for this set (none
copied from an article) in the styles of wire copy (Reuters, AP, AFP), broadcaster and newspaper
web copy (Al Jazeera, BBC, the Guardian, the Kyiv Independent, the Times of Israel) and regional
outlets (Sudan Tribune, Addis Standard, The Irrawaddy). They mix the twelve categories and
exercise rising tolls ("bringing the total to"), dash breakdowns, "of whom", claims by both
sides, military claims ("neutralised", "eliminated"), "shot down N of M drones", ranges,
spelled-out numbers, and non-claims (ages, calibres, distances, dates, money, percentages, unit
numbers such as "the 93rd Brigade", negations). Annotated by hand and blind by the project's
gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the
READMEs of earlier sets. Figures follow contemporary reports loosely and some details are
invented; the set tests extraction, not facts.

Run ``python tests/devset90/build_devset90.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = ("devset", *(f"devset{n}" for n in range(2, 90)), "holdout", "holdout2", "holdout3")

PASSAGES: list[Passage] = []

# --- Sudan and Ethiopia ------------------------------------------------------------------------
MED_SOURCE = "a local medical source"
DIV22 = "The army's 22nd Infantry Division"
GEZ_CONF = "The Gezira Conference"
RSF_ZAL = "the RSF"
RSF_ZAL_FULL = "Sudan's paramilitary Rapid Support Forces (RSF)"
ZAL_DOCS = "Doctors at Zalingei Teaching Hospital"
AFAR_GOV = "The Afar regional government"
HUSSEN = "Mohammed Hussen"
TPLF_K = "The Tigray People's Liberation Front (TPLF)"
LEGESSE = "Government spokesman Legesse Tulu"
ADI_SRC = "aid workers and local officials"
MULU = "Dr Mulu Berhe"

PASSAGES += [
    P("d90_001",
      "PORT SUDAN, Sudan, Feb 9 (Reuters) - The Rapid Support Forces shelled the besieged West "
      "Kordofan town of Babanusa for a fourth straight day on Sunday, killing at least 23 "
      "civilians, among them nine children, a local medical source said. The army's 22nd "
      "Infantry Division, whose headquarters has held out against the paramilitary group since "
      "early 2024, said its troops had repelled the assault and \"eliminated\" more than 150 RSF "
      "fighters, a claim the RSF denied. The RSF said in a statement that it had captured 17 "
      "armoured vehicles and shot down two army drones. Some 177,000 people lived in Babanusa "
      "before the war; aid workers estimate fewer than 20,000 remain. The International "
      "Organization for Migration said about 5,600 people fled the town in the week to Feb. 6.",
      [C("at least 23", 23, "at_least", "killed", "civilians in Babanusa", MED_SOURCE),
       C("nine", 9, "exact", "killed", "children", MED_SOURCE, ctx="nine children"),
       C("more than 150", 150, "more_than", "killed", "RSF fighters", DIV22),
       C("17", 17, "exact", "munitions", "armoured vehicles captured", "The RSF",
         cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "army drones shot down", "The RSF",
         ctx="two army drones"),
       C("Some 177,000", 177000, "about", "population", "people in Babanusa before the war"),
       C("fewer than 20,000", 20000, "fewer_than", "population", "people left in Babanusa",
         "aid workers"),
       C("about 5,600", 5600, "about", "displaced", "people who fled Babanusa",
         "The International Organization for Migration")]),

    P("d90_002",
      "RSF rampage in East Gezira kills dozens, displaces thousands\n"
      "October 24, 2024 (TAMBUL) – Rapid Support Forces (RSF) fighters stormed Tambul and at "
      "least 30 surrounding villages in East Gezira this week, killing dozens of residents in "
      "reprisal for the defection of a senior commander, Abu Aqla Keikal, to the army. The "
      "Gezira Conference, a civil group, said 54 people had been killed in Tambul alone, 11 of "
      "whom were shot inside their homes, and that more than 200 others were wounded. \"They "
      "looted everything, even the cattle,\" a resident told Sudan Tribune by phone. The group "
      "said 46 women and girls had been abducted and that the whereabouts of at least 90 men "
      "taken from Rufaa on Tuesday remain unknown. The UN's OCHA said more than 46,500 people had "
      "fled East Gezira to neighbouring Kassala and Gedaref states since October 20.",
      [C("dozens", 12, "vague", "killed", "people in East Gezira", ctx="kills dozens"),
       C("thousands", 1000, "vague", "displaced", "people in East Gezira"),
       C("at least 30", 30, "at_least", "other", "villages stormed", optional=True,
         cat_alt=["infrastructure"]),
       C("dozens", 12, "vague", "killed", "residents", attr_alt=[GEZ_CONF],
         ctx="killing dozens"),
       C("54", 54, "exact", "killed", "people in Tambul", GEZ_CONF),
       C("11", 11, "exact", "killed", "people shot inside their homes", GEZ_CONF),
       C("more than 200", 200, "more_than", "injured", "people in Tambul", GEZ_CONF),
       C("46", 46, "exact", "hostages", "women and girls abducted", "The group",
         attr_alt=[GEZ_CONF]),
       C("at least 90", 90, "at_least", "missing", "men taken from Rufaa", "The group",
         cat_alt=["hostages"], attr_alt=[GEZ_CONF]),
       C("more than 46,500", 46500, "more_than", "displaced", "people who fled East Gezira",
         "The UN's OCHA")],
      published="2024-10-24"),

    P("d90_003",
      "Sudan's RSF says it has seized army base in Zalingei\n"
      "Published On 1 Nov 2023\n"
      "Sudan's paramilitary Rapid Support Forces (RSF) say they have taken control of the army's "
      "21st Infantry Division headquarters in Zalingei, the capital of Central Darfur state, after "
      "weeks of fighting. In a statement posted on X, the RSF said its fighters had captured "
      "\"hundreds\" of soldiers and seized 48 combat vehicles, including 12 tanks. The army did "
      "not comment. Doctors at Zalingei Teaching Hospital, the only functioning hospital in the "
      "city, told Al Jazeera they had treated about 70 wounded civilians since Sunday, and that at "
      "least eight had died of their injuries. The United Nations estimates that more than 5.6 "
      "million people have been displaced within Sudan since fighting erupted in April, while "
      "another 1.2 million have fled to neighbouring countries.",
      [C("hundreds", 100, "vague", "hostages", "soldiers captured by the RSF", RSF_ZAL,
         cat_alt=["detained"], attr_alt=[RSF_ZAL_FULL]),
       C("48", 48, "exact", "munitions", "combat vehicles seized", RSF_ZAL,
         cat_alt=["other"], attr_alt=[RSF_ZAL_FULL]),
       C("12", 12, "exact", "munitions", "tanks seized", RSF_ZAL, cat_alt=["other"],
         attr_alt=[RSF_ZAL_FULL]),
       C("about 70", 70, "about", "injured", "wounded civilians treated", ZAL_DOCS),
       C("at least eight", 8, "at_least", "killed", "wounded who died", ZAL_DOCS),
       C("more than 5.6 million", 5_600_000, "more_than", "displaced",
         "people displaced within Sudan", "The United Nations"),
       C("1.2 million", 1_200_000, "exact", "displaced", "people who fled abroad",
         "The United Nations")],
      published="2023-11-01"),

    P("d90_004",
      "News: Afar region says TPLF forces killed over 200 civilians at Galicoma\n"
      "Addis Abeba, August 10/2021 – The Afar regional government said on Monday that Tigrayan "
      "forces had killed more than 200 displaced people, 107 of them children, in an attack on a "
      "health centre and a school sheltering the displaced at Galicoma, in Afar's Zone 4. "
      "Mohammed Hussen, head of the regional communication bureau, told Addis Standard the attack "
      "on August 5 also wounded dozens. He said some 54,000 people had since fled toward Abala "
      "and Dubti. The TPLF's spokesperson Getachew Reda denied the accusation, saying on Twitter "
      "that its forces had \"not fired a single shot\" at civilians. UNICEF said in a separate "
      "statement that it was \"deeply alarmed\" by reports that more than 200 people, including "
      "over 100 children, had been killed, and that 12 water points and two health facilities "
      "had been damaged.",
      [C("over 200", 200, "more_than", "killed", "civilians at Galicoma", "Afar region",
         attr_alt=[AFAR_GOV]),
       C("more than 200", 200, "more_than", "killed", "displaced people at Galicoma", AFAR_GOV,
         ctx="more than 200 displaced"),
       C("107", 107, "exact", "killed", "children", AFAR_GOV),
       C("dozens", 12, "vague", "injured", "people at Galicoma", HUSSEN),
       C("some 54,000", 54000, "about", "displaced", "people who fled toward Abala and Dubti",
         HUSSEN, attr_alt=["He"]),
       C("more than 200", 200, "more_than", "killed", "people at Galicoma", "UNICEF",
         ctx="more than 200 people"),
       C("over 100", 100, "more_than", "killed", "children", "UNICEF"),
       C("12", 12, "exact", "infrastructure", "water points damaged", "UNICEF"),
       C("two", 2, "exact", "infrastructure", "health facilities damaged", "UNICEF",
         ctx="two health facilities")],
      published="2021-08-10"),

    P("d90_005",
      "ADDIS ABABA, Nov 1, 2021 (AFP) - Tigrayan rebels said Monday they had captured the "
      "strategic town of Kombolcha in Ethiopia's Amhara region, a day after claiming Dessie, as "
      "the government insisted its forces were still fighting for both towns. The Tigray "
      "People's Liberation Front (TPLF) said its fighters had \"neutralised\" 3,000 federal "
      "troops and pro-government militiamen around the twin towns and captured thousands more, "
      "figures AFP could not verify. Government spokesman Legesse Tulu said the rebels had "
      "executed more than 100 young people in Kombolcha, an accusation the TPLF rejected. Dessie "
      "and Kombolcha together had around 400,000 inhabitants before the fighting, and the UN said "
      "last week that the number of displaced people in Amhara had passed 250,000 in two months.",
      [C("3,000", 3000, "exact", "killed", "federal troops and militiamen", TPLF_K),
       C("thousands", 1000, "vague", "hostages", "troops captured by the TPLF", TPLF_K,
         cat_alt=["detained"]),
       C("more than 100", 100, "more_than", "killed", "young people in Kombolcha", LEGESSE),
       C("around 400,000", 400000, "about", "population", "inhabitants of Dessie and Kombolcha"),
       C("250,000", 250000, "more_than", "displaced", "displaced people in Amhara", "the UN")],
      published="2021-11-01"),

    P("d90_006",
      "Ethiopia conflict: Air strike on Tigray school sheltering displaced kills 'more than 50'\n"
      "Published 6 October 2022\n"
      "An air strike on a school housing displaced people in the town of Adi Daero in "
      "north-western Tigray has killed more than 50 people, aid workers and local officials have "
      "told the BBC. Dr Mulu Berhe, a surgeon at the town's health centre, said 73 others had been "
      "wounded, about 30 of them children. The Ethiopian government, which has previously denied "
      "targeting civilians, has not commented on the strike. A humanitarian worker who asked not "
      "to be named said the school had been sheltering around 2,000 people who fled fighting in "
      "Sheraro, about 30km away. The UN says the truce that collapsed in August had allowed more "
      "than 4,000 aid trucks into the region in four months.",
      [C("more than 50", 50, "more_than", "killed", "people at the school",
         ctx="more than 50'"),
       C("more than 50", 50, "more_than", "killed", "people at the school", ADI_SRC,
         ctx="more than 50 people"),
       C("73", 73, "exact", "injured", "people wounded", MULU),
       C("about 30", 30, "about", "injured", "children wounded", MULU),
       C("around 2,000", 2000, "about", "displaced", "people sheltering in the school",
         "A humanitarian worker"),
       C("more than 4,000", 4000, "more_than", "aid", "aid trucks into Tigray", "The UN")],
      published="2022-10-06"),
]


# --- Yemen, Congo and Nagorno-Karabakh -----------------------------------------------------------
MSF_CHARITY = "the medical charity"
MSF_FULL = "Médecins Sans Frontières"
KIT_SRC = "residents and a U.N. source"
FARDC_K = "Congo's army"
OCHA_K = "The U.N. humanitarian office OCHA"
KIWEWA = "Territorial administrator Col. Alain Kiwewa"
PALUKU = "civil society leader Jean-Paul Paluku"
KST = "the Kivu Security Tracker"
BURUNDI_SRC = "a Burundian military source"
KANYUKA = "M23 spokesman Lawrence Kanyuka"
TURK = "UN human rights chief Volker Türk"
AZ_MOD = "Azerbaijan's defence ministry"
NK_AUTH = "Nagorno-Karabakh's ethnic Armenian authorities"
AZ_PROS = "the prosecutor general's office in Baku"
AZ_OFFICIALS = "Azerbaijani officials"
AZ_FM = "A Foreign Ministry spokesman"
UNHCR_K = "The U.N. refugee agency"

PASSAGES += [
    P("d90_007",
      "Saudi-led coalition air strike on MSF-backed hospital in Yemen kills 11\n"
      "Tue 16 Aug 2016 13.40 BST\n"
      "An air strike by the Saudi-led coalition has hit a hospital supported by Médecins Sans "
      "Frontières in northern Yemen, killing at least 11 people and wounding 19, the medical "
      "charity has said. The strike on Abs hospital in Hajjah province was the fourth attack on "
      "an MSF-supported facility in Yemen in less than a year. The hospital's GPS coordinates had "
      "been shared repeatedly with all parties to the conflict, MSF said. One of its staff was "
      "among the dead, and the toll was likely to rise because several of the wounded were in "
      "critical condition. The attack came two days after 10 children were killed in a coalition "
      "strike on a Qur'anic school in Haydan, in neighbouring Saada province. Since July 2015, "
      "the hospital had treated 4,611 patients, according to MSF.",
      [C("11", 11, "exact", "killed", "people at Abs hospital", ctx="kills 11"),
       C("at least 11", 11, "at_least", "killed", "people at Abs hospital", MSF_CHARITY,
         attr_alt=[MSF_FULL]),
       C("19", 19, "exact", "injured", "people at Abs hospital", MSF_CHARITY,
         attr_alt=[MSF_FULL]),
       C("One", 1, "exact", "killed", "MSF staff member", "MSF", attr_alt=[None],
         ctx="One of its staff"),
       C("10", 10, "exact", "killed", "children at a Qur'anic school in Haydan"),
       C("4,611", 4611, "exact", "other", "patients treated at Abs hospital", "MSF",
         cat_alt=["injured"])],
      published="2016-08-16"),

    P("d90_008",
      "GOMA, Democratic Republic of Congo, Jan 27, 2023 (Reuters) - M23 rebels seized the town of "
      "Kitshanga in eastern Congo on Thursday after two days of fighting with the army and allied "
      "militias, sending tens of thousands of people fleeing south towards Goma, residents and a "
      "U.N. source said. Congo's army said in a statement that its soldiers had killed 32 rebels "
      "and lost seven of their own, and accused neighbouring Rwanda of sending 500 troops across "
      "the border to back the offensive. Rwanda denies supporting M23. The U.N. humanitarian "
      "office OCHA said at least 450,000 people had been displaced in North Kivu since the rebels "
      "resumed fighting in March 2022, 63,000 of them in the past week alone. \"We left "
      "everything - the goats, the beans, the house,\" said Esperance Mukamana, 41, who walked "
      "60 km with her five children.",
      [C("tens of thousands", 10000, "vague", "displaced", "people fleeing Kitshanga", KIT_SRC),
       C("32", 32, "exact", "killed", "M23 rebels", FARDC_K),
       C("seven", 7, "exact", "killed", "Congolese soldiers", FARDC_K),
       C("500", 500, "exact", "troops", "Rwandan troops sent across the border", FARDC_K),
       C("at least 450,000", 450000, "at_least", "displaced", "people displaced in North Kivu",
         OCHA_K),
       C("63,000", 63000, "exact", "displaced", "people displaced in the past week", OCHA_K),
       C("five", 5, "exact", "displaced", "children who fled with her", optional=True,
         ctx="five children")],
      published="2023-01-27"),

    P("d90_009",
      "BENI, Congo (AP) — Suspected Islamic rebels attacked a hospital and nearby homes in "
      "Eringeti in eastern Congo overnight, killing at least 14 people, including six patients "
      "who were burned in their beds, local officials said Friday. Territorial administrator Col. "
      "Alain Kiwewa said the toll was expected to rise because 10 people were still unaccounted "
      "for. The attackers, believed to be from the Allied Democratic Forces, torched 35 homes and "
      "two ambulances, according to civil society leader Jean-Paul Paluku. \"They came at 9 p.m. "
      "and nobody stopped them,\" he said. The ADF, which has pledged allegiance to the Islamic "
      "State group, has killed more than 6,000 civilians in Beni territory since 2014, according "
      "to the Kivu Security Tracker.",
      [C("at least 14", 14, "at_least", "killed", "people in Eringeti", "local officials"),
       C("six", 6, "exact", "killed", "patients burned in their beds", "local officials",
         ctx="six patients"),
       C("10", 10, "exact", "missing", "people unaccounted for", KIWEWA),
       C("35", 35, "exact", "infrastructure", "homes torched", PALUKU),
       C("two", 2, "exact", "other", "ambulances torched", PALUKU, optional=True,
         cat_alt=["infrastructure"], ctx="two ambulances"),
       C("more than 6,000", 6000, "more_than", "killed", "civilians killed by the ADF in Beni",
         KST)]),

    P("d90_010",
      "KINSHASA (AFP) - M23 fighters and Rwandan troops entered Kamanyola, near the borders with "
      "Burundi and Rwanda, on Sunday without a fight, security sources told AFP. The Burundian "
      "contingent in South Kivu, estimated by UN experts at between 8,000 and 10,000 troops, "
      "began pulling back across the Rusizi river last week, according to a Burundian military "
      "source. In Kamanyola, the Red Cross said its volunteers had collected 17 bodies in the "
      "streets, most of them soldiers. \"At least 2,000 Congolese soldiers and Wazalendo "
      "militiamen have surrendered to us,\" M23 spokesman Lawrence Kanyuka said on X, adding "
      "that they would be \"re-educated\". UN human rights chief Volker Türk said the offensive "
      "had killed nearly 3,000 people since January.",
      [C("between 8,000 and 10,000", 8000, "range", "troops", "Burundian troops in South Kivu",
         "UN experts", high=10000, attr_alt=[BURUNDI_SRC]),
       C("17", 17, "exact", "killed", "bodies collected in Kamanyola", "the Red Cross"),
       C("At least 2,000", 2000, "at_least", "hostages",
         "Congolese soldiers and militiamen who surrendered", KANYUKA,
         cat_alt=["detained", "other"]),
       C("nearly 3,000", 3000, "about", "killed", "people killed in the offensive", TURK)]),

    P("d90_011",
      "BAKU/YEREVAN, Oct 4, 2020 (Reuters) - Azerbaijan said on Sunday that Armenian forces had "
      "shelled the towns of Tartar and Mingachevir, killing one civilian and wounding 32, as "
      "fighting over Nagorno-Karabakh entered its second week. Armenia denied firing on "
      "Azerbaijani territory. Azerbaijan's defence ministry said its forces had destroyed 14 "
      "Armenian tanks, 12 artillery pieces and three Osa air-defence systems over the previous "
      "24 hours, and that up to 200 Armenian servicemen had been killed. Nagorno-Karabakh's "
      "ethnic Armenian authorities said they had shot down five of the seven Azerbaijani drones "
      "that attacked Stepanakert overnight and put their own military losses at 190 since Sept. "
      "27. Azerbaijan has not disclosed its military casualties; the prosecutor general's office "
      "in Baku said 27 Azerbaijani civilians had been killed and 127 wounded.",
      [C("one", 1, "exact", "killed", "civilian in Tartar and Mingachevir", "Azerbaijan",
         ctx="one civilian"),
       C("32", 32, "exact", "injured", "people in Tartar and Mingachevir", "Azerbaijan"),
       C("14", 14, "exact", "munitions", "Armenian tanks destroyed", AZ_MOD, cat_alt=["other"]),
       C("12", 12, "exact", "munitions", "artillery pieces destroyed", AZ_MOD,
         cat_alt=["other"]),
       C("three", 3, "exact", "munitions", "air-defence systems destroyed", AZ_MOD,
         cat_alt=["other"], ctx="three Osa"),
       C("up to 200", 200, "at_most", "killed", "Armenian servicemen", AZ_MOD),
       C("five", 5, "exact", "munitions", "Azerbaijani drones shot down", NK_AUTH,
         ctx="five of the seven"),
       C("seven", 7, "exact", "munitions", "Azerbaijani drones that attacked Stepanakert",
         NK_AUTH, ctx="seven Azerbaijani"),
       C("190", 190, "exact", "killed", "Karabakh Armenian military losses", NK_AUTH),
       C("27", 27, "exact", "killed", "Azerbaijani civilians", AZ_PROS,
         ctx="27 Azerbaijani"),
       C("127", 127, "exact", "injured", "Azerbaijani civilians", AZ_PROS)],
      published="2020-10-04"),

    P("d90_012",
      "BAKU, Azerbaijan (AP) — Tens of thousands of Azerbaijanis fled through snowbound mountain "
      "passes Monday as ethnic Armenian forces overran the Kelbajar district, which lies between "
      "Armenia and the enclave of Nagorno-Karabakh, Azerbaijani officials said. A Foreign Ministry "
      "spokesman said about 60,000 people had lived in the district and that at least 200 "
      "civilians had frozen to death or been killed by shelling as they crossed the 10,000-foot "
      "Murov pass. Armenia's government denied its army had taken part, saying the attack was "
      "carried out by Karabakh's self-defense forces. The U.N. refugee agency said it was flying "
      "in 50 tons of blankets and tents for some 30,000 people who had reached Ganja.",
      [C("Tens of thousands", 10000, "vague", "displaced", "Azerbaijanis fleeing Kelbajar",
         AZ_OFFICIALS),
       C("about 60,000", 60000, "about", "population", "people in Kelbajar district", AZ_FM),
       C("at least 200", 200, "at_least", "killed", "civilians who froze or were shelled",
         AZ_FM),
       C("50", 50, "exact", "aid", "tons of blankets and tents", UNHCR_K),
       C("some 30,000", 30000, "about", "displaced", "people who reached Ganja", UNHCR_K)]),
]


# --- Myanmar, Mali and Burkina Faso ------------------------------------------------------------------
KWO = "the Karen Women's Organization"
KPSN = "The Karen Peace Support Network"
KNDF = "The Karenni Nationalities Defence Force (KNDF)"
ZAW_MIN_TUN = "Major General Zaw Min Tun"
AA = "The Arakan Army"
AA_SHORT = "The ethnic minority armed group"
LOCAL_AID = "a local aid group"
ML_OFFICIAL = "a local official"
ML_OFFICIAL_Q = "the official"
UNHCR_ML = "the UN refugee agency"
BF_SOURCES = "Two security sources"
JNIM_BF = "JNIM"
JNIM_ML = "The al-Qaeda affiliate JNIM"

PASSAGES += [
    P("d90_013",
      "Thousands Flee to Thailand After Junta Air Strikes in Karen State\n"
      "By THE IRRAWADDY 29 March 2021\n"
      "About 3,000 villagers from Mutraw (Hpapun) District crossed into Thailand's Mae Hong Son "
      "province on Sunday after military jets bombed areas controlled by the Karen National "
      "Union's 5th Brigade, according to the Karen Women's Organization. The Karen Peace Support "
      "Network said at least three civilians were killed and eight injured in the strikes on Day "
      "Bu Noh village on Saturday night, the first air raids in the area in more than 20 years. "
      "The KNU said its fighters had overrun a military outpost near the Salween River on Saturday "
      "morning, capturing eight soldiers and killing 10. Thai authorities said on Monday that "
      "about 2,000 of the refugees had already returned to the Myanmar side of the border.",
      [C("Thousands", 1000, "vague", "displaced", "people fleeing to Thailand"),
       C("About 3,000", 3000, "about", "displaced", "villagers who crossed into Thailand", KWO),
       C("at least three", 3, "at_least", "killed", "civilians in Day Bu Noh", KPSN),
       C("eight", 8, "exact", "injured", "civilians in Day Bu Noh", KPSN, ctx="eight injured"),
       C("eight", 8, "exact", "hostages", "soldiers captured by the KNU", "The KNU",
         cat_alt=["detained"], ctx="eight soldiers"),
       C("10", 10, "exact", "killed", "soldiers at the outpost", "The KNU"),
       C("about 2,000", 2000, "about", "displaced", "refugees who returned", "Thai authorities")],
      published="2021-03-29"),

    P("d90_014",
      "BANGKOK, Nov 16 (Reuters) - Anti-junta fighters in Myanmar's Karenni state said on "
      "Thursday they had seized a police station and three military outposts in the state "
      "capital Loikaw and taken 35 policemen prisoner, on the fifth day of an offensive they call "
      "Operation 1111. The Karenni Nationalities Defence Force (KNDF) said 21 of its fighters had "
      "been killed since Saturday. A junta spokesman, Major General Zaw Min Tun, said the "
      "military had repulsed the attacks and that \"more than 100 terrorists\" had been killed. "
      "The U.N. said about 95,000 people had fled Loikaw, whose population was about 150,000 "
      "before the fighting, and that two displacement camps outside the city had been hit by "
      "shelling.",
      [C("three", 3, "exact", "other", "military outposts seized", "Anti-junta fighters",
         cat_alt=["infrastructure"], ctx="three military outposts"),
       C("35", 35, "exact", "hostages", "policemen taken prisoner", "Anti-junta fighters",
         cat_alt=["detained"]),
       C("21", 21, "exact", "killed", "KNDF fighters", KNDF),
       C("more than 100", 100, "more_than", "killed", "resistance fighters", ZAW_MIN_TUN,
         attr_alt=["A junta spokesman"]),
       C("about 95,000", 95000, "about", "displaced", "people who fled Loikaw", "The U.N."),
       C("about 150,000", 150000, "about", "population", "population of Loikaw",
         attr_alt=["The U.N."]),
       C("two", 2, "exact", "infrastructure", "displacement camps hit by shelling", "The U.N.",
         cat_alt=["other"], ctx="two displacement camps")]),

    P("d90_015",
      "SITTWE, Myanmar, Feb 7, 2024 (AFP) - The Arakan Army said Wednesday it had captured the "
      "headquarters of Light Infantry Battalion 376 outside Kyauktaw in Myanmar's Rakhine state, "
      "killing \"dozens\" of junta troops and taking 62 prisoners, including the battalion "
      "commander. The ethnic minority armed group said its fighters had also seized 180 assault "
      "rifles and more than 40,000 rounds of ammunition. AFP could not independently verify the "
      "claims, and the junta did not respond to requests for comment. Residents said at least "
      "four civilians had been killed by 105mm howitzer shells fired from navy vessels on the "
      "Kaladan river. Around 25,000 of Kyauktaw's roughly 30,000 residents have fled, according to "
      "a local aid group.",
      [C("dozens", 12, "vague", "killed", "junta troops", AA),
       C("62", 62, "exact", "hostages", "junta soldiers taken prisoner", AA,
         cat_alt=["detained"]),
       C("180", 180, "exact", "munitions", "assault rifles seized", AA_SHORT, cat_alt=["other"],
         attr_alt=[AA]),
       C("more than 40,000", 40000, "more_than", "munitions", "rounds of ammunition seized",
         AA_SHORT, cat_alt=["other"], attr_alt=[AA]),
       C("at least four", 4, "at_least", "killed", "civilians in Kyauktaw", "Residents"),
       C("Around 25,000", 25000, "about", "displaced", "residents who fled Kyauktaw", LOCAL_AID),
       C("roughly 30,000", 30000, "about", "population", "residents of Kyauktaw", LOCAL_AID)],
      published="2024-02-07"),

    P("d90_016",
      "BAMAKO, Sept 12, 2022 (AFP) - More than 30 civilians were killed when suspected Islamic "
      "State group jihadists attacked the village of Talataye in Mali's northeastern Ménaka "
      "region last week, a local official told AFP on Monday. \"They killed 42 people, among them "
      "women and children, and burned the market and at least 60 houses,\" said the official, who "
      "asked not to be named. The army said in a statement it had \"neutralised\" 18 assailants "
      "during a counter-attack with its Russian \"partners\" and had lost four soldiers. "
      "According to the UN refugee agency, over 36,000 people have sought refuge in the town of "
      "Ménaka since March.",
      [C("More than 30", 30, "more_than", "killed", "civilians in Talataye", ML_OFFICIAL),
       C("42", 42, "exact", "killed", "people in Talataye", ML_OFFICIAL_Q,
         attr_alt=[ML_OFFICIAL]),
       C("at least 60", 60, "at_least", "infrastructure", "houses burned", ML_OFFICIAL_Q,
         attr_alt=[ML_OFFICIAL]),
       C("18", 18, "exact", "killed", "assailants", "The army"),
       C("four", 4, "exact", "killed", "Malian soldiers", "The army", ctx="four soldiers"),
       C("over 36,000", 36000, "more_than", "displaced", "people who sought refuge in Ménaka",
         UNHCR_ML)],
      published="2022-09-12"),

    P("d90_017",
      "DAKAR, Nov 6 (Reuters) - Al Qaeda-linked militants killed dozens of soldiers and volunteer "
      "fighters in an attack on an army base at Partiaga in eastern Burkina Faso on Sunday, security "
      "sources and a resident said. Two security sources said 42 people had been killed — 27 soldiers, "
      "13 members of the Volunteers for the Defence of the Homeland (VDP) and two civilians — and "
      "that dozens more were missing. JNIM said on its Telegram channel that its fighters had "
      "killed \"more than 60\" and seized 90 weapons. The army said in a statement that it had "
      "\"neutralised\" scores of terrorists as they withdrew toward the border with Benin.",
      [C("dozens", 12, "vague", "killed", "soldiers and volunteer fighters",
         "security sources and a resident", attr_alt=[BF_SOURCES],
         ctx="killed dozens"),
       C("Two", 2, "exact", "other", "security sources", optional=True,
         ctx="Two security sources said 42"),
       C("42", 42, "exact", "killed", "people at Partiaga", BF_SOURCES),
       C("27", 27, "exact", "killed", "soldiers", BF_SOURCES),
       C("13", 13, "exact", "killed", "VDP volunteers", BF_SOURCES),
       C("two", 2, "exact", "killed", "civilians", BF_SOURCES, ctx="two civilians"),
       C("dozens", 12, "vague", "missing", "people missing", BF_SOURCES, ctx="dozens more"),
       C("more than 60", 60, "more_than", "killed", "people at Partiaga", JNIM_BF),
       C("90", 90, "exact", "munitions", "weapons seized", JNIM_BF, cat_alt=["other"]),
       C("scores", 20, "vague", "killed", "militants", "The army")]),

    P("d90_018",
      "Mali: Jihadists attack army camp at Léré\n"
      "Published 21 May 2025\n"
      "Jihadist fighters have attacked a military camp in Léré, in central Mali's Timbuktu region, "
      "the army says, in the latest of a string of assaults on its bases. In a statement read on "
      "state television, the army said 41 soldiers had been killed and 18 wounded, and that "
      "\"more than 80 terrorists\" had been eliminated in the fighting. The al-Qaeda affiliate "
      "JNIM, which claimed the attack, said it had taken 22 soldiers prisoner and seized "
      "\"dozens\" of weapons, including a 122mm artillery piece. Local sources told the BBC that "
      "most of Léré's roughly 12,000 inhabitants had fled to Niono and Diabaly. Mali's military "
      "government, which took power in 2020, has been fighting jihadists with the help of about "
      "2,000 Russian mercenaries, first from Wagner and now from the Africa Corps.",
      [C("41", 41, "exact", "killed", "Malian soldiers", "the army", ctx="41 soldiers"),
       C("18", 18, "exact", "injured", "Malian soldiers", "the army"),
       C("more than 80", 80, "more_than", "killed", "jihadist fighters", "the army"),
       C("22", 22, "exact", "hostages", "soldiers taken prisoner by JNIM", JNIM_ML,
         cat_alt=["detained"]),
       C("dozens", 12, "vague", "munitions", "weapons seized", JNIM_ML, cat_alt=["other"]),
       C("roughly 12,000", 12000, "about", "population", "inhabitants of Léré", "Local sources",
         attr_alt=[None]),
       C("about 2,000", 2000, "about", "troops", "Russian mercenaries in Mali")],
      published="2025-05-21"),
]


# --- Somalia, Libya and Iraq -------------------------------------------------------------------------
PUNTLAND = "Forces of Somalia's semi-autonomous Puntland region"
DIRIR = "Mohamud Aydid Dirir"
DIRIR_T = "Puntland's information minister"
AFRICOM = "The U.S. military's Africa Command"
SO_COMMANDER = "a military commander"
SO_MIN = "Somalia's information ministry"
AJD_DOC = "a doctor at the town's hospital"
GHERIANI = "Mustafa Gheriani"
LNA = "Haftar's self-styled Libyan National Army (LNA)"
SOHR_LY = "the Syrian Observatory for Human Rights"
KOCHO_SRC = "Kurdish and US officials"
RASOOL = "Brig. Gen. Yahya Rasool"
IOM_IQ = "the International Organization for Migration"
TUZ_SRC = "Kurdish officials and residents"
PMF = "The Popular Mobilisation Forces (PMF)"
JOC = "Iraq's Joint Operations Command"

PASSAGES += [
    P("d90_019",
      "GAROWE, Somalia (AP) — Forces of Somalia's semi-autonomous Puntland region said Wednesday "
      "they had \"eliminated\" 36 Islamic State group fighters in the Cal Miskaad mountains over "
      "the past week, bringing the total killed since the offensive began in December to 512. "
      "Puntland's information minister, Mohamud Aydid Dirir, said 11 of the dead were foreigners, "
      "among them fighters from Ethiopia, Tanzania and Morocco. He said Puntland had lost 14 "
      "soldiers in the same period and that 31 others had been wounded, most of them by roadside "
      "bombs. The U.S. military's Africa Command said it had carried out three airstrikes in "
      "support of the operation, which involves some 3,000 Puntland troops.",
      [C("36", 36, "exact", "killed", "Islamic State fighters", PUNTLAND),
       C("512", 512, "exact", "killed", "Islamic State fighters since December", PUNTLAND),
       C("11", 11, "exact", "killed", "foreign fighters", DIRIR, attr_alt=[DIRIR_T]),
       C("14", 14, "exact", "killed", "Puntland soldiers", DIRIR, attr_alt=["He"]),
       C("31", 31, "exact", "injured", "Puntland soldiers", DIRIR, attr_alt=["He"]),
       C("three", 3, "exact", "munitions", "U.S. airstrikes", AFRICOM, cat_alt=["other"],
         ctx="three airstrikes"),
       C("some 3,000", 3000, "about", "troops", "Puntland troops in the operation",
         attr_alt=[AFRICOM])]),

    P("d90_020",
      "Al-Shabaab fighters attack Somali army base near Mahaday\n"
      "Published On 20 Jan 2023\n"
      "Al-Shabaab fighters have attacked a Somali army base near the town of Mahaday in Middle "
      "Shabelle region, killing at least seven soldiers, a military commander has told Al "
      "Jazeera. The armed group said in a statement on its Andalus radio that it had killed "
      "\"more than 50\" soldiers and seized three pickup trucks mounted with machine guns. "
      "Somalia's information ministry said the army, backed by clan militias known as macawisley, "
      "had repelled the assault and killed \"over 100\" fighters. The government's offensive, "
      "launched in August, has driven al-Shabaab from dozens of towns and villages in Hirshabelle "
      "and Galmudug states, according to the ministry. The UN says more than 1.1 million Somalis "
      "were displaced in 2022 by drought and conflict.",
      [C("at least seven", 7, "at_least", "killed", "Somali soldiers", SO_COMMANDER),
       C("more than 50", 50, "more_than", "killed", "Somali soldiers", "The armed group",
         attr_alt=["Al-Shabaab"]),
       C("three", 3, "exact", "munitions", "armed pickup trucks seized", "The armed group",
         cat_alt=["other"], attr_alt=["Al-Shabaab"], ctx="three pickup"),
       C("over 100", 100, "more_than", "killed", "al-Shabaab fighters", SO_MIN),
       C("dozens", 12, "vague", "other", "towns and villages retaken", "the ministry",
         cat_alt=["infrastructure"], attr_alt=[SO_MIN]),
       C("more than 1.1 million", 1_100_000, "more_than", "displaced",
         "Somalis displaced in 2022", "The UN")],
      published="2023-01-20"),

    P("d90_021",
      "AJDABIYA, Libya, March 26, 2011 (Reuters) - Libyan rebels seized back the eastern town of "
      "Ajdabiya on Saturday after a week of Western air strikes pounded Muammar Gaddafi's forces "
      "besieging it, and a doctor at the town's hospital said at least 136 people had been "
      "killed during the siege. Reuters reporters saw at least 15 wrecked tanks on the western "
      "approach to the town. A rebel spokesman, Mustafa Gheriani, said about 200 Gaddafi soldiers "
      "had died in the final assault. The U.S. military said coalition ships and submarines had "
      "fired 16 Tomahawk cruise missiles overnight, bringing the total since March 19 to 199. "
      "Ajdabiya, a town of about 100,000 people before the uprising, was largely deserted.",
      [C("at least 136", 136, "at_least", "killed", "people during the siege of Ajdabiya",
         AJD_DOC),
       C("at least 15", 15, "at_least", "munitions", "wrecked tanks", "Reuters reporters",
         cat_alt=["other"]),
       C("about 200", 200, "about", "killed", "Gaddafi soldiers", GHERIANI,
         attr_alt=["A rebel spokesman"]),
       C("16", 16, "exact", "munitions", "Tomahawk missiles fired overnight", "The U.S. military"),
       C("199", 199, "exact", "munitions", "Tomahawk missiles fired since March 19",
         "The U.S. military"),
       C("about 100,000", 100000, "about", "population", "people in Ajdabiya before the uprising")],
      published="2011-03-26"),

    P("d90_022",
      "TRIPOLI (AFP) - Libya's UN-recognised Government of National Accord (GNA) said Monday its "
      "air defences had downed three Chinese-made Wing Loong drones near Abu Qurayn, 120 "
      "kilometres west of Sirte, and that eight of its fighters had been killed in clashes with "
      "forces loyal to Khalifa Haftar. Haftar's self-styled Libyan National Army (LNA) said it "
      "had destroyed nine Turkish-made Bayraktar TB2 drones in a week and killed \"dozens\" of "
      "\"mercenaries\". UN experts estimate that between 800 and 1,200 Wagner Group mercenaries "
      "are fighting alongside the LNA, while Turkey has sent some 3,800 Syrian fighters to back "
      "the GNA, according to the Syrian Observatory for Human Rights.",
      [C("three", 3, "exact", "munitions", "Wing Loong drones downed",
         "Libya's UN-recognised Government of National Accord (GNA)", ctx="three Chinese-made"),
       C("eight", 8, "exact", "killed", "GNA fighters",
         "Libya's UN-recognised Government of National Accord (GNA)"),
       C("nine", 9, "exact", "munitions", "Bayraktar drones destroyed", LNA),
       C("dozens", 12, "vague", "killed", "mercenaries", LNA),
       C("between 800 and 1,200", 800, "range", "troops", "Wagner mercenaries in Libya",
         "UN experts", high=1200),
       C("some 3,800", 3800, "about", "troops", "Syrian fighters sent by Turkey", SOHR_LY)]),

    P("d90_023",
      "Iraq crisis: Yazidis 'massacred' in Kocho village\n"
      "Published 16 August 2014\n"
      "Islamic State (IS) militants have killed at least 80 Yazidi men in the northern Iraqi "
      "village of Kocho and abducted women and children, Kurdish and US officials say. Kurdish "
      "officials said some 400 women and children had been taken to IS-held towns. The UN has "
      "declared its highest level of emergency, Level 3, for Iraq. US aircraft have carried out "
      "14 air strikes on IS positions around Mount Sinjar since 8 August, the Pentagon said. About "
      "1.2 million Iraqis have been displaced this year, the UN says.",
      [C("at least 80", 80, "at_least", "killed", "Yazidi men in Kocho", KOCHO_SRC),
       C("some 400", 400, "about", "hostages", "women and children abducted",
         "Kurdish officials"),
       C("14", 14, "exact", "munitions", "US air strikes around Mount Sinjar", "the Pentagon",
         cat_alt=["other"]),
       C("About 1.2 million", 1_200_000, "about", "displaced", "Iraqis displaced this year",
         "the UN")],
      published="2014-08-16"),

    P("d90_024",
      "QAYYARAH, Iraq (AP) — Black smoke from at least 15 oil wells set ablaze by Islamic State "
      "militants hung over this town south of Mosul on Saturday, a day after Iraqi troops "
      "declared it fully retaken. Brig. Gen. Yahya Rasool, a military spokesman, said 350 "
      "militants had been killed in the weeklong battle, while the army had lost \"very few\" "
      "men. About 15,000 residents remained in Qayyarah under IS rule, and the International "
      "Organization for Migration said some 2,000 families had reached camps near Makhmour since "
      "Monday. Iraq's prime minister has promised to retake Mosul, the country's second-largest "
      "city, with a population of more than 1 million, by the end of the year. The U.S. has some "
      "4,600 troops in Iraq advising and supporting the campaign.",
      [C("at least 15", 15, "at_least", "infrastructure", "oil wells set ablaze",
         cat_alt=["other"]),
       C("350", 350, "exact", "killed", "Islamic State militants", RASOOL),
       C("About 15,000", 15000, "about", "population", "residents left in Qayyarah"),
       C("some 2,000", 2000, "about", "displaced", "families who reached camps", IOM_IQ),
       C("more than 1 million", 1_000_000, "more_than", "population", "population of Mosul"),
       C("some 4,600", 4600, "about", "troops", "U.S. troops in Iraq")]),

    P("d90_025",
      "ERBIL, Iraq, Oct 18, 2017 (Reuters) - Tens of thousands of Kurds have fled the mixed town "
      "of Tuz Khurmatu since Iraqi forces and Shi'ite paramilitaries took control of it on "
      "Monday, and at least 150 Kurdish homes have been looted and burned, Kurdish officials and "
      "residents said. The United Nations said it was \"gravely concerned\" by reports of abuses "
      "and put the number of people displaced from the town at about 35,000. The Popular "
      "Mobilisation Forces (PMF) denied targeting civilians and said 11 \"Kurdish gunmen\" had "
      "been killed in the clashes. Iraq's Joint Operations Command said its forces had arrested "
      "58 people suspected of looting.",
      [C("Tens of thousands", 10000, "vague", "displaced", "Kurds who fled Tuz Khurmatu",
         TUZ_SRC),
       C("at least 150", 150, "at_least", "infrastructure", "Kurdish homes looted and burned",
         TUZ_SRC),
       C("about 35,000", 35000, "about", "displaced", "people displaced from Tuz Khurmatu",
         "The United Nations"),
       C("11", 11, "exact", "killed", "Kurdish gunmen", PMF),
       C("58", 58, "exact", "detained", "suspected looters arrested", JOC)],
      published="2017-10-18"),
]


# --- Syria, Ukraine, Gaza and Lebanon ----------------------------------------------------------------
TR_MOD_S = "Turkey's defence ministry"
ERDOGAN = "President Recep Tayyip Erdogan"
SOHR_S = "The Syrian Observatory for Human Rights"
AANES = "The Autonomous Administration of North and East Syria"
SNA = "The Syrian National Army (SNA)"
WFP_S = "The UN's World Food Programme"
UA_AF = "Ukraine's Air Force"
HRYHOROV = "Governor Oleh Hryhorov"
BRIG93 = "the 93rd Kholodnyi Yar Mechanized Brigade"
UA_GS = "The General Staff"
RU_MOD = "Russia's defence ministry"
KHORTYTSIA = "Ukraine's Khortytsia group of forces"
FILASHKIN = "Donetsk regional governor Vadym Filashkin"
GAZA_MOH = "The Hamas-run health ministry"
MDA = "Magen David Adom"
LB_MOH = "Lebanon's Health Ministry"

PASSAGES += [
    P("d90_026",
      "ISTANBUL, Feb 3, 2020 (AFP) - Syrian regime shelling killed seven Turkish soldiers and a "
      "civilian contractor near Saraqeb in Syria's Idlib province on Monday, Turkey's defence "
      "ministry said, in the deadliest clash between the two armies in the nine-year war. "
      "President Recep Tayyip Erdogan said Turkish F-16 jets and artillery had struck 54 targets "
      "in retaliation and \"neutralised\" between 30 and 35 Syrian soldiers; the ministry later "
      "put the number at 76. The Syrian Observatory for Human Rights said 13 Syrian soldiers had "
      "been killed. Russia, which backs Damascus, said Ankara had not warned it of troop "
      "movements in which a convoy of about 300 vehicles crossed the border overnight. The UN "
      "says some 520,000 people have fled the regime offensive in Idlib since December 1, 80% of "
      "them women and children.",
      [C("seven", 7, "exact", "killed", "Turkish soldiers", TR_MOD_S),
       C("54", 54, "exact", "other", "targets struck in retaliation", ERDOGAN,
         cat_alt=["munitions", "infrastructure"]),
       C("between 30 and 35", 30, "range", "killed", "Syrian soldiers", ERDOGAN, high=35),
       C("76", 76, "exact", "killed", "Syrian soldiers", "the ministry", attr_alt=[TR_MOD_S]),
       C("13", 13, "exact", "killed", "Syrian soldiers", SOHR_S),
       C("about 300", 300, "about", "other", "vehicles in a Turkish convoy", "Russia",
         optional=True, cat_alt=["troops", "munitions"]),
       C("some 520,000", 520000, "about", "displaced", "people who fled the Idlib offensive",
         "The UN"),
       C("80%", 80, "exact", "other", "share of women and children", "The UN", optional=True)],
      published="2020-02-03"),

    P("d90_027",
      "Tens of thousands flee Tal Rifaat, Kurdish officials say\n"
      "Published On 2 Dec 2024\n"
      "Turkish-backed Syrian armed groups have taken control of Tal Rifaat, north of Aleppo, "
      "forcing tens of thousands of Kurds to flee east, Kurdish-led authorities say. The "
      "Autonomous Administration of North and East Syria said about 120,000 people, many of them "
      "already displaced from Afrin in 2018, were trying to reach Tabqa and Raqqa, and that at "
      "least 200 were stranded without food on the Aleppo-Raqqa road. The Syrian National Army "
      "(SNA) said it had opened a \"humanitarian corridor\" and allowed 300 buses to leave. The "
      "UN's World Food Programme said it had delivered 150 tonnes of food to reception centres "
      "in Tabqa. Since opposition fighters launched their offensive on November 27, at least 370 "
      "people have been killed, 61 of them civilians, according to the Syrian Observatory for "
      "Human Rights.",
      [C("Tens of thousands", 10000, "vague", "displaced", "people fleeing Tal Rifaat",
         "Kurdish officials"),
       C("tens of thousands", 10000, "vague", "displaced", "Kurds fleeing Tal Rifaat",
         "Kurdish-led authorities", attr_alt=[AANES]),
       C("about 120,000", 120000, "about", "displaced", "people trying to reach Tabqa and Raqqa",
         AANES),
       C("at least 200", 200, "at_least", "other", "people stranded without food", AANES,
         cat_alt=["displaced", "population"]),
       C("300", 300, "exact", "other", "buses allowed to leave", SNA, optional=True),
       C("150", 150, "exact", "aid", "tonnes of food delivered", WFP_S),
       C("at least 370", 370, "at_least", "killed", "people since November 27",
         "the Syrian Observatory for Human Rights"),
       C("61", 61, "exact", "killed", "civilians", "the Syrian Observatory for Human Rights")],
      published="2024-12-02"),

    P("d90_028",
      "Russia launches 142 drones, 4 missiles overnight; 2 killed in Hlukhiv\n"
      "June 3, 2025 9:14 AM 2 min read\n"
      "Ukraine's Air Force said it had shot down or suppressed 112 of the 142 Shahed-type attack "
      "drones and decoys launched by Russia overnight, as well as one of four Iskander-M "
      "ballistic missiles. Two people were killed and nine others injured, including a "
      "14-year-old girl, when a drone hit a residential building in Hlukhiv, Sumy Oblast, "
      "Governor Oleh Hryhorov reported. In the Donetsk sector, the 93rd Kholodnyi Yar Mechanized "
      "Brigade said its soldiers had repelled 17 assaults over the past day. The General Staff put "
      "Russia's personnel losses over the past day at 1,130, bringing the total since February "
      "2022 to 997,860.",
      [C("142", 142, "exact", "munitions", "drones launched overnight", ctx="launches 142"),
       C("4", 4, "exact", "munitions", "missiles launched overnight"),
       C("2", 2, "exact", "killed", "people in Hlukhiv", ctx="2 killed"),
       C("112", 112, "exact", "munitions", "drones shot down or suppressed", UA_AF),
       C("142", 142, "exact", "munitions", "drones and decoys launched", UA_AF,
         ctx="112 of the 142"),
       C("one", 1, "exact", "munitions", "ballistic missile shot down", UA_AF,
         ctx="one of four"),
       C("four", 4, "exact", "munitions", "Iskander-M missiles launched", UA_AF,
         ctx="four Iskander"),
       C("Two", 2, "exact", "killed", "people in Hlukhiv", HRYHOROV),
       C("nine", 9, "exact", "injured", "people in Hlukhiv", HRYHOROV),
       C("17", 17, "exact", "other", "Russian assaults repelled", BRIG93,
         cat_alt=["munitions"]),
       C("1,130", 1130, "exact", "injured", "Russian personnel losses over the past day",
         UA_GS, cat_alt=["killed", "other"]),
       C("997,860", 997860, "exact", "injured", "Russian personnel losses since February 2022",
         UA_GS, cat_alt=["killed", "other"])],
      published="2025-06-03"),

    P("d90_029",
      "KYIV, Jan 6, 2025 (Reuters) - Russia's defence ministry said on Monday its forces had "
      "captured the town of Kurakhove in eastern Ukraine, a logistics hub that had about 18,000 "
      "residents before the war. Ukraine's military did not confirm the loss. Ukraine's "
      "Khortytsia group of forces said its units had repelled 39 Russian attacks in the "
      "Kurakhove sector in the past 24 hours and killed or wounded 235 Russian soldiers. Donetsk "
      "regional governor Vadym Filashkin said Russian shelling had killed four civilians in the "
      "region on Sunday and wounded 11, two of them children, and that fewer than 500 people "
      "were still living in Kurakhove when the last evacuation buses left in November. Russia "
      "says its forces took control of more than 190 settlements in Ukraine in 2024.",
      [C("about 18,000", 18000, "about", "population", "residents of Kurakhove before the war",
         attr_alt=[RU_MOD]),
       C("39", 39, "exact", "other", "Russian attacks repelled", KHORTYTSIA,
         cat_alt=["munitions"]),
       C("235", 235, "exact", "injured", "Russian soldiers killed or wounded", KHORTYTSIA,
         cat_alt=["killed", "other"]),
       C("four", 4, "exact", "killed", "civilians in Donetsk region", FILASHKIN,
         ctx="four civilians"),
       C("11", 11, "exact", "injured", "civilians in Donetsk region", FILASHKIN),
       C("two", 2, "exact", "injured", "children", FILASHKIN, ctx="two of them children"),
       C("fewer than 500", 500, "fewer_than", "population", "people still living in Kurakhove",
         FILASHKIN),
       C("more than 190", 190, "more_than", "other", "settlements taken by Russia in 2024",
         "Russia", optional=True, cat_alt=["infrastructure"])],
      published="2025-01-06"),

    P("d90_030",
      "IDF strikes tunnel under Khan Younis hospital in bid to kill Mohammed Sinwar\n"
      "By Emanuel Fabian\n"
      "13 May 2025, 9:41 pm\n"
      "The IDF said fighter jets struck what it called a Hamas command center in a tunnel beneath "
      "the European Hospital in Khan Younis, where it believed Hamas's Gaza chief Mohammed Sinwar "
      "was hiding. The Hamas-run health ministry said 28 people were killed and 70 wounded in the "
      "strikes, which it said also hit the hospital's courtyard. The IDF said it had no "
      "information on casualties. The strike came a day after Hamas released Israeli-American "
      "soldier Edan Alexander, 21, leaving 58 hostages in Gaza, of whom at least 35 have been "
      "confirmed dead by the IDF. No humanitarian aid has entered the Strip since March 2, and "
      "the UN's OCHA said on Tuesday that some 2.1 million people were facing critical food "
      "insecurity.",
      [C("28", 28, "exact", "killed", "people at the European Hospital", GAZA_MOH),
       C("70", 70, "exact", "injured", "people at the European Hospital", GAZA_MOH),
       C("58", 58, "exact", "hostages", "hostages still in Gaza"),
       C("at least 35", 35, "at_least", "killed", "hostages confirmed dead", "the IDF",
         cat_alt=["hostages"]),
       C("some 2.1 million", 2_100_000, "about", "other",
         "people facing critical food insecurity", "the UN's OCHA",
         cat_alt=["population", "aid"])],
      published="2025-05-13"),

    P("d90_031",
      "Hezbollah fired some 140 rockets at northern Israel on Sunday, the IDF said, most of them "
      "at the Galilee and the Haifa Bay area, in one of the heaviest barrages since the war "
      "began. Magen David Adom said it had treated two people lightly hurt by shrapnel in Kiryat "
      "Shmona and 11 others for anxiety. The military said it had intercepted most of the rockets "
      "and that troops of the 36th Division had killed dozens of Hezbollah operatives in ground "
      "operations near Marjayoun. Lebanon's Health Ministry said Israeli strikes across the "
      "country had killed 51 people in the past 24 hours, bringing the toll since October 2023 "
      "to 3,287 killed and 14,222 wounded. Some 60,000 Israelis remain displaced from their "
      "homes in the north.",
      [C("some 140", 140, "about", "munitions", "rockets fired at northern Israel", "the IDF"),
       C("two", 2, "exact", "injured", "people hurt in Kiryat Shmona", MDA, ctx="two people"),
       C("11", 11, "exact", "other", "people treated for anxiety", MDA, cat_alt=["injured"]),
       C("dozens", 12, "vague", "killed", "Hezbollah operatives", "The military",
         attr_alt=["the IDF"]),
       C("51", 51, "exact", "killed", "people in Lebanon in the past 24 hours", LB_MOH),
       C("3,287", 3287, "exact", "killed", "people in Lebanon since October 2023", LB_MOH),
       C("14,222", 14222, "exact", "injured", "people in Lebanon since October 2023", LB_MOH),
       C("Some 60,000", 60000, "about", "displaced", "Israelis displaced from the north")]),
]


# --- Kashmir, Chechnya, Bosnia and Sierra Leone ------------------------------------------------------
KASHMIR_OFFICER = "a senior police officer"
APCO = "the construction company APCO Infratech"
RU_DEF = "the Defence Ministry"
KOR_SURV = "Two men who survived by jumping into the gorge"
ICRC_B = "The International Committee of the Red Cross"
UNHCR_B = "The U.N. refugee agency"
UN_FREETOWN = "a UN spokesman in Freetown"
ROGBERI = "Journalists who reached Rogberi Junction"

PASSAGES += [
    P("d90_032",
      "Seven killed as terrorists attack tunnel workers' camp in Ganderbal\n"
      "Updated - October 21, 2024 10:42 am IST\n"
      "Terrorists opened fire on workers at a tunnel construction site in Gagangir in Jammu and "
      "Kashmir's Ganderbal district on Sunday evening, killing seven people — a doctor and six "
      "labourers, including migrants from Bihar and Punjab — police said. Five others were "
      "injured and have been shifted to SKIMS Soura, officials said. The Z-Morh tunnel, which is "
      "6.5 km long, was built at a cost of ₹2,400 crore. Security forces have launched a search "
      "operation and detained 14 people for questioning, a senior police officer said. Nearly "
      "200 workers were staying at the camp at the time of the attack, according to the "
      "construction company APCO Infratech.",
      [C("Seven", 7, "exact", "killed", "people at the Gagangir camp"),
       C("seven", 7, "exact", "killed", "people at the Gagangir camp", "police",
         ctx="seven people"),
       C("six", 6, "exact", "killed", "labourers", "police", ctx="six labourers"),
       C("Five", 5, "exact", "injured", "workers", "officials"),
       C("14", 14, "exact", "detained", "people detained for questioning", KASHMIR_OFFICER),
       C("Nearly 200", 200, "about", "other", "workers at the camp", APCO,
         cat_alt=["population"])],
      published="2024-10-21"),

    P("d90_033",
      "MOSCOW, Aug 20, 2002 (Reuters) - The death toll from the crash of a giant Mi-26 military "
      "transport helicopter at Russia's main base in Chechnya rose to 116 on Tuesday after two "
      "more injured servicemen died in hospital, the Defence Ministry said. The helicopter, "
      "carrying 147 people, nearly twice its normal load of 82 passengers, came down in a "
      "minefield near the Khankala base on Monday. Chechen rebels said on their website that they "
      "had shot it down with a shoulder-fired missile; the military said it was investigating "
      "whether the aircraft had been hit. Russia has some 80,000 troops in Chechnya, and "
      "officials say about 4,500 soldiers have been killed since the second war began in 1999, a "
      "figure soldiers' mothers' groups say is far too low.",
      [C("116", 116, "exact", "killed", "people in the Mi-26 crash", RU_DEF),
       C("two", 2, "exact", "killed", "injured servicemen who died in hospital", RU_DEF,
         ctx="two more"),
       C("147", 147, "exact", "other", "people on board the helicopter", RU_DEF,
         attr_alt=[None]),
       C("82", 82, "exact", "other", "normal passenger load", optional=True),
       C("some 80,000", 80000, "about", "troops", "Russian troops in Chechnya"),
       C("about 4,500", 4500, "about", "killed", "Russian soldiers since 1999", "officials")],
      published="2002-08-20"),

    P("d90_034",
      "TRAVNIK, Bosnia-Herzegovina (AP) — Survivors said Sunday that Serb police had shot about "
      "200 Muslim men at the edge of a ravine on Mount Vlasic after taking them off a convoy of "
      "deportees from the Prijedor region. Two men who survived by jumping into the gorge told "
      "reporters that the prisoners had been separated from a column of 1,200 women, children "
      "and elderly people being expelled to government-held territory. The International "
      "Committee of the Red Cross said it had registered 2,400 detainees at the Manjaca and "
      "Trnopolje camps and was still being denied access to others. The U.N. refugee agency says "
      "more than 1.7 million people have been driven from their homes in Bosnia since April.",
      [C("about 200", 200, "about", "killed", "Muslim men shot on Mount Vlasic", "Survivors"),
       C("Two", 2, "exact", "other", "survivors who jumped into the gorge", optional=True),
       C("1,200", 1200, "exact", "displaced", "women, children and elderly people expelled",
         KOR_SURV),
       C("2,400", 2400, "exact", "detained", "detainees registered at the camps", ICRC_B),
       C("more than 1.7 million", 1_700_000, "more_than", "displaced",
         "people driven from their homes in Bosnia", UNHCR_B)]),

    P("d90_035",
      "Rebels free UN hostages\n"
      "Sunday, 21 May, 2000, 18:12 GMT 19:12 UK\n"
      "Rebels of the Revolutionary United Front (RUF) in Sierra Leone have freed 54 Kenyan and "
      "Zambian peacekeepers, leaving about 350 still in captivity, a UN spokesman in Freetown "
      "said. The released men were driven across the border into Liberia. Journalists who "
      "reached Rogberi Junction, 80 km east of Freetown, found the burned-out wreckage of UN "
      "vehicles and at least 10 bodies. Britain, which has about 800 paratroopers in Freetown, "
      "says its force will not be drawn into combat. The UN mission has about 8,700 troops in "
      "the country, and the Security Council is considering raising its ceiling to 16,500.",
      [C("54", 54, "exact", "hostages", "peacekeepers freed", UN_FREETOWN),
       C("about 350", 350, "about", "hostages", "peacekeepers still held", UN_FREETOWN),
       C("at least 10", 10, "at_least", "killed", "bodies at Rogberi Junction", ROGBERI),
       C("about 800", 800, "about", "troops", "British paratroopers in Freetown", "Britain"),
       C("about 8,700", 8700, "about", "troops", "UN troops in Sierra Leone"),
       C("16,500", 16500, "exact", "troops", "proposed ceiling for UN troops",
         attr_alt=["the Security Council"])],
      published="2000-05-21"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d90_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT)
