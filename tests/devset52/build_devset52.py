"""Source of the fifty-second development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines), one per country, on forty
countries the earlier sets used little: casualty, unrest and disaster events from 1988 to 2024,
written for this set (none copied from an article) the way each country's English-language press
or a wire service would report them: Kuensel, Stabroek News, lexpress.mu, Matangi Tonga, the
Samoa Observer, the Fiji Times, the Times of Oman, Khmer Times, the Gleaner, Nyasa Times,
Montsame, Agenda.ge and an LSM-style Riga page, and wire copy from Reuters, AP, AFP, Lusa, AAP,
RNZ Pacific, RFE/RL and CMC. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the set
tests extraction, not facts.

Run ``python tests/devset52/build_devset52.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 52)] + ["holdout", "holdout2",
                                                                 "holdout3"]

DORJI = "home minister Lyonpo Minjur Dorji"
ANTHONY = "Minister of Health Dr Frank Anthony"
SA_DEF = "South Africa's defence ministry"
GEINGOB = "Prime Minister Hage Geingob"
PMO_MU = "the Prime Minister's Office"
GQ_MOH = "the health ministry"
SNPC = "the National Civil Protection Service"
MITCHELL = "Prime Minister Keith Mitchell"
NERO = "the National Emergency Relief Organisation (NERO)"
TROVOADA = "Prime Minister Patrice Trovoada"
PERDOMO = "Police Commissioner Carlos Perdomo"
NEMO = "the National Emergency Management Organization"
DWNP = "the Department of Wildlife and National Parks"
VUGD = "the State Fire and Rescue Service (VUGD)"
NDMC_MV = "the National Disaster Management Centre"
MD_MOI = "Moldova's Interior Ministry"
NDMO_WS = "the National Disaster Management Office"
MAKAA = "National Disaster Management Office spokesman Julian Makaa"
BRDJANIN = "Police director Zoran Brđanin"
KM_GOV = "the federal government"
KM_ARMY = "army chief of staff Salimou Mohamed Amiri"
DJ_DEF = "Djibouti's defence minister"
OUGOUREH = "Ougoureh Kifleh Ahmed"
GSPC = "the Salafist Group for Preaching and Combat (GSPC)"
NTSAY = "Prime Minister Christian Ntsay"
NEMA = "the National Emergency Management Agency (NEMA)"
KG_ACTIVISTS = "local human rights activists"
KG_MVD = "The Interior Ministry"
TJ_MOJ = "Tajikistan's Justice Ministry"
GE_MIA = "the Interior Ministry"
GOMELAURI = "Interior Minister Vakhtang Gomelauri"
NDOKA = "Health Minister Nard Ndoka"
KOTEVSKI = "Ministry spokesman Ivo Kotevski"
BARATUZA = "Army spokesman Colonel Gaspard Baratuza"
CHAKWERA = "President Lazarus Chakwera"
BAINIMARAMA = "Prime Minister Voreqe Bainimarama"
NDMO_FJ = "The National Disaster Management Office"
RFMF = "The Republic of Fiji Military Forces"
NDMO_VU = "The National Disaster Management Office (NDMO)"
NASAK = "NDMO director Abraham Nasak"
KELLEY = "Police commander Chris Kelley"
ALVAREZ = "Security Minister Oscar Álvarez"
ROP = "the Royal Oman Police (ROP)"
TN_MOI = "the interior ministry"
HUN_MANET = "Prime Minister Hun Manet"
ODP = "the Office of Disaster Preparedness (ODP)"
SEAGA = "Prime Minister Edward Seaga"
BH_MOI = "Bahrain's interior ministry"

PASSAGES = [
    # --- 1 Bhutan: the eastern earthquake, September 2009 ----------------------------------------
    P("d52_001",
      "Kuensel | September 23, 2009\n"
      "Death toll in eastern quake rises to 11\n"
      "The number of people killed in Monday's earthquake in eastern Bhutan has risen to 11, home "
      "minister Lyonpo Minjur Dorji said yesterday, after the bodies of two more people were "
      "recovered from a collapsed house in Mongar. Of the dead, four were from Mongar dzongkhag, "
      "three each from Trashigang and Samdrup Jongkhar, and one from Trashiyangtse. At least 40 "
      "people were injured, eight of them seriously, the minister said. Preliminary reports from "
      "the dzongkhags put the number of rural houses damaged at more than 4,000, along with 91 "
      "lhakhangs and 35 schools. The quake, which measured 6.1 on the Richter scale, struck at "
      "2:53 pm and was felt as far away as Guwahati.",
      [C("11", 11, "exact", "killed", "people killed in the quake (headline)", None,
         ctx="rises to 11"),
       C("11", 11, "exact", "killed", "people killed in the quake", DORJI, ctx="risen to 11"),
       C("two", 2, "exact", "killed", "bodies recovered in Mongar", DORJI, attr_alt=[None],
         ctx="two more"),
       C("four", 4, "exact", "killed", "dead from Mongar", DORJI, attr_alt=[None]),
       C("three", 3, "exact", "killed", "dead from each of Trashigang and Samdrup Jongkhar",
         DORJI, attr_alt=[None]),
       C("one", 1, "exact", "killed", "dead from Trashiyangtse", DORJI, attr_alt=[None],
         ctx="one from Trashiyangtse"),
       C("At least 40", 40, "at_least", "injured", "people injured", DORJI,
         attr_alt=["the minister"]),
       C("eight", 8, "exact", "injured", "seriously injured", DORJI,
         attr_alt=["the minister"]),
       C("more than 4,000", 4000, "more_than", "infrastructure", "rural houses damaged",
         "Preliminary reports from the dzongkhags"),
       C("91", 91, "exact", "infrastructure", "lhakhangs damaged",
         "Preliminary reports from the dzongkhags"),
       C("35", 35, "exact", "infrastructure", "schools damaged",
         "Preliminary reports from the dzongkhags")],
      published="2009-09-23"),

    # --- 2 Guyana: the Mahdia dormitory fire, May 2023 -------------------------------------------
    P("d52_002",
      "Mahdia fire: death toll climbs to 20 as girl dies at GPHC\n"
      "May 23, 2023\n"
      "A 12-year-old girl who was airlifted from Mahdia on Monday morning died at the Georgetown "
      "Public Hospital last evening, bringing to 20 the number of children who perished in the "
      "fire that gutted the Mahdia Secondary School dormitory, Minister of Health Dr Frank Anthony "
      "said. Nineteen of the victims were female students; the twentieth was the five-year-old son "
      "of the dorm mother. Six children remain at the GPHC, two of them in critical condition, "
      "while nine others have been discharged. Police said 57 girls had been housed in the "
      "building that night and that its doors had been padlocked at 10 pm. A 15-year-old student "
      "has been taken into custody in connection with the blaze, Crime Chief Wendell Blanhum told "
      "reporters.",
      [C("20", 20, "exact", "killed", "children killed in the fire (headline)", None,
         ctx="climbs to 20"),
       C("20", 20, "exact", "killed", "children killed in the fire", ANTHONY,
         ctx="bringing to 20"),
       C("Nineteen", 19, "exact", "killed", "female students among the dead", ANTHONY,
         attr_alt=[None]),
       C("Six", 6, "exact", "injured", "children still in hospital", ANTHONY, attr_alt=[None]),
       C("two", 2, "exact", "injured", "children in critical condition", ANTHONY,
         attr_alt=[None], ctx="two of them in critical"),
       C("nine", 9, "exact", "injured", "children discharged", ANTHONY, attr_alt=[None],
         cat_alt=["other"]),
       C("57", 57, "exact", "population", "girls housed in the dormitory", "Police",
         cat_alt=["other"])],
      published="2023-05-23"),

    # --- 3 Suriname: the storming of the National Assembly, February 2023 ------------------------
    P("d52_003",
      "PARAMARIBO (AFP) - Police in Suriname arrested 128 people after protesters angry at "
      "soaring fuel and electricity prices stormed the National Assembly building in Paramaribo "
      "on Friday, the justice ministry said Saturday. Demonstrators smashed windows, set fires and "
      "looted shops in the city centre; 13 businesses were plundered, according to the chamber of "
      "commerce. At least 12 police officers and three protesters were hurt, a police spokesman "
      "said, adding that officers had fired tear gas and rubber bullets. Thousands of people had "
      "joined the march, which was called by a businessman who has since been detained. President "
      "Chan Santokhi, 64, called the unrest an attempted coup and announced a 20 percent cut in "
      "some electricity tariffs.",
      [C("128", 128, "exact", "detained", "people arrested", "the justice ministry"),
       C("13", 13, "exact", "infrastructure", "businesses plundered", "the chamber of commerce",
         cat_alt=["other"]),
       C("At least 12", 12, "at_least", "injured", "police officers hurt",
         "a police spokesman"),
       C("three", 3, "exact", "injured", "protesters hurt", "a police spokesman"),
       C("Thousands", 1000, "vague", "other", "marchers")]),

    # --- 4 Lesotho: the SADC intervention, September 1998 ----------------------------------------
    P("d52_004",
      "MASERU, Sept 23 (Reuters) - South African troops backed by armoured cars moved to secure "
      "Maseru on Wednesday after a day of heavy fighting with mutinous Lesotho soldiers that left "
      "the city centre in flames. South Africa's defence ministry said eight of its soldiers had "
      "been killed and 17 wounded since the force of about 600 crossed the border at dawn on "
      "Tuesday. Military sources in Pretoria said at least 40 Lesotho soldiers had died, most of "
      "them at the Makoanyane barracks. Looters torched dozens of shops and offices in the centre "
      "of the capital. An estimated 4,000 people had fled across the Caledon River into South "
      "Africa by nightfall, a Home Affairs official at the Maseru Bridge border post told Reuters. "
      "Botswana, the other member of the Southern African Development Community force, has sent "
      "200 troops.",
      [C("eight", 8, "exact", "killed", "South African soldiers", SA_DEF),
       C("17", 17, "exact", "injured", "South African soldiers", SA_DEF),
       C("about 600", 600, "about", "troops", "South African troops sent into Lesotho", SA_DEF,
         attr_alt=[None]),
       C("at least 40", 40, "at_least", "killed", "Lesotho soldiers",
         "Military sources in Pretoria"),
       C("dozens", 12, "vague", "infrastructure", "shops and offices torched"),
       C("An estimated 4,000", 4000, "about", "displaced", "people who fled into South Africa",
         "a Home Affairs official at the Maseru Bridge border post"),
       C("200", 200, "exact", "troops", "Botswana troops sent", None, attr_alt=["Botswana"])]),

    # --- 5 Namibia: the Katima Mulilo attack, August 1999 ----------------------------------------
    P("d52_005",
      "KATIMA MULILO - At least 14 people, among them five members of the police Special Field "
      "Force, were killed when armed separatists attacked the town before dawn on Monday, Prime "
      "Minister Hage Geingob told the National Assembly yesterday. Geingob said eight of the "
      "attackers had been shot dead and that security forces had since captured more than 70 "
      "suspected members of the Caprivi Liberation Army. The rebels struck the police station, the "
      "Mpacha military base and the offices of the Namibian Broadcasting Corporation. A state of "
      "emergency has been declared in the Caprivi region for 30 days. Some 2,400 Namibians who "
      "fled to Botswana after last year's crackdown remain at the Dukwi refugee camp, according to "
      "the UNHCR.",
      [C("At least 14", 14, "at_least", "killed", "people killed in Katima Mulilo", GEINGOB),
       C("five", 5, "exact", "killed", "Special Field Force police", GEINGOB),
       C("eight", 8, "exact", "killed", "attackers shot dead", GEINGOB, attr_alt=["Geingob"]),
       C("more than 70", 70, "more_than", "detained", "suspected CLA members captured", GEINGOB,
         attr_alt=["Geingob"]),
       C("Some 2,400", 2400, "about", "displaced", "Namibian refugees in Botswana",
         "the UNHCR")]),

    # --- 6 Mauritius: the Port Louis flash floods, March 2013 ------------------------------------
    P("d52_006",
      "Port-Louis: flash floods claim 11 lives\n"
      "lexpress.mu | 31 March 2013\n"
      "Eleven people died in Port-Louis on Saturday afternoon when torrential rain, 152 "
      "millimetres in less than two hours, turned streets into torrents, the Prime Minister's "
      "Office said in a communiqué last night. Four of the victims drowned in the Caudan "
      "pedestrian subway and two in an underground car park near the Place d'Armes; the others "
      "were swept away in Canal Dayot and Vallée-Pitot. Police have listed two people as missing. "
      "The fire services rescued some 30 motorists trapped in their vehicles, and about 100 "
      "families from Canal Dayot spent the night in community centres. Prime Minister Navin "
      "Ramgoolam has declared Sunday a day of national mourning.",
      [C("11", 11, "exact", "killed", "people killed in the floods (headline)"),
       C("Eleven", 11, "exact", "killed", "people killed in Port-Louis", PMO_MU),
       C("Four", 4, "exact", "killed", "victims drowned in the Caudan subway", PMO_MU,
         attr_alt=[None]),
       C("two", 2, "exact", "killed", "victims drowned in an underground car park", PMO_MU,
         attr_alt=[None], ctx="two in an underground"),
       C("two", 2, "exact", "missing", "people missing", "Police", ctx="two people as missing"),
       C("some 30", 30, "about", "other", "motorists rescued"),
       C("about 100", 100, "about", "displaced", "families in community centres")],
      published="2013-03-31"),

    # --- 7 Equatorial Guinea: the Bata explosions, March 2021 ------------------------------------
    P("d52_007",
      "BATA, Equatorial Guinea, March 8 (Reuters) - The death toll from a series of explosions at a "
      "military barracks in Equatorial Guinea's largest city rose to 98 on Monday, the health "
      "ministry said, as rescuers searched the rubble of flattened homes for survivors. More than "
      "600 people were injured, around 300 of whom remained in hospital, it said in a statement on "
      "Twitter. President Teodoro Obiang Nguema, 78, blamed \"negligence\" in the storage of "
      "dynamite at the Nkoa Ntoma camp. Spain said it was sending 2.5 tonnes of medical supplies, "
      "and the World Health Organization has flown in a team of 12 emergency specialists.",
      [C("98", 98, "exact", "killed", "people killed in Bata", GQ_MOH),
       C("More than 600", 600, "more_than", "injured", "people injured", GQ_MOH,
         attr_alt=["it"]),
       C("around 300", 300, "about", "injured", "injured still in hospital", GQ_MOH,
         attr_alt=["it"]),
       C("2.5", 2.5, "exact", "aid", "tonnes of medical supplies from Spain", "Spain"),
       C("12", 12, "exact", "troops", "WHO emergency specialists", None,
         cat_alt=["other"], attr_alt=["the World Health Organization"])]),

    # --- 8 Cape Verde: the Fogo eruption, November 2014 ------------------------------------------
    P("d52_008",
      "PRAIA, Nov 26, 2014 (Lusa) - Lava from the Fogo volcano has destroyed the village of "
      "Portela and is advancing on Bangaeira, the last settlement still standing in Chã das "
      "Caldeiras, civil protection officials said on Wednesday. About 1,000 residents of the "
      "crater have been evacuated, most of them to centres in Achada Furna and Monte Grande, the "
      "National Civil Protection Service said. Around 90 houses, the new headquarters of the Fogo "
      "Natural Park, a primary school and two hotels have been swallowed by the lava since the "
      "eruption began on Sunday. Fewer than 100 residents, most of them men guarding their "
      "vineyards and livestock, have refused to leave. There have been no reports of deaths or "
      "injuries. The Cape Verdean Red Cross said it had distributed 1,200 blankets and 300 hygiene "
      "kits.",
      [C("About 1,000", 1000, "about", "displaced", "crater residents evacuated", SNPC),
       C("Around 90", 90, "about", "infrastructure", "houses swallowed by lava", SNPC,
         attr_alt=[None]),
       C("two", 2, "exact", "infrastructure", "hotels swallowed by lava", SNPC,
         attr_alt=[None], ctx="two hotels"),
       C("Fewer than 100", 100, "fewer_than", "population", "residents who refused to leave",
         SNPC, attr_alt=[None], cat_alt=["other"]),
       C("1,200", 1200, "exact", "aid", "blankets distributed", "The Cape Verdean Red Cross"),
       C("300", 300, "exact", "aid", "hygiene kits distributed", "The Cape Verdean Red Cross")],
      published="2014-11-26"),

    # --- 9 Grenada: Hurricane Ivan, September 2004 -----------------------------------------------
    P("d52_009",
      "ST GEORGE'S, Grenada (CMC) — Prime Minister Keith Mitchell said Thursday that Hurricane Ivan "
      "had killed 34 people in Grenada and damaged or destroyed about 90 percent of the island's "
      "homes, leaving tens of thousands without shelter. Mitchell, whose official residence was "
      "flattened, said the storm had also ripped the roof off the Richmond Hill prison, allowing "
      "most of its inmates to escape. About 200 inmates had been held at the prison and only "
      "around 30 remained behind, a prison officer told CMC. Some 60,000 people on the island of "
      "about 100,000 are believed to be homeless, according to the National Emergency Relief "
      "Organisation (NERO). A Venezuelan navy ship arrived on Wednesday with food, water and 40 "
      "soldiers to help restore order.",
      [C("34", 34, "exact", "killed", "people killed in Grenada", MITCHELL),
       C("about 90 percent", 90, "about", "infrastructure", "share of homes damaged", MITCHELL,
         optional=True),
       C("tens of thousands", 10000, "vague", "displaced", "people without shelter", MITCHELL),
       C("About 200", 200, "about", "detained", "inmates held at Richmond Hill",
         "a prison officer", cat_alt=["population"]),
       C("around 30", 30, "about", "detained", "inmates who stayed", "a prison officer"),
       C("Some 60,000", 60000, "about", "displaced", "homeless people", NERO),
       C("about 100,000", 100000, "about", "population", "Grenada's population", None,
         attr_alt=[NERO]),
       C("40", 40, "exact", "troops", "Venezuelan soldiers")]),

    # --- 10 São Tomé and Príncipe: the attack on army headquarters, November 2022 ----------------
    P("d52_010",
      "SÃO TOMÉ, Nov 26, 2022 (Lusa) - At least four people were killed after an armed group "
      "attacked the headquarters of the armed forces of São Tomé and Príncipe in the early hours "
      "of Friday, in what Prime Minister Patrice Trovoada described as an attempted coup. The "
      "attackers held the duty officer and two soldiers hostage for several hours before troops "
      "regained control of the barracks at around 6 am, the chief of general staff, Brigadier "
      "Olinto Paquete, said. Four of the attackers were killed and 12 people, among them former "
      "parliament speaker Delfim Neves, were arrested, the prime minister told reporters. Two "
      "soldiers were slightly injured, he added.",
      [C("At least four", 4, "at_least", "killed", "people killed in the attack", None,
         attr_alt=[TROVOADA]),
       C("two", 2, "exact", "hostages", "soldiers held hostage",
         "the chief of general staff, Brigadier Olinto Paquete",
         attr_alt=["Brigadier Olinto Paquete"]),
       C("Four", 4, "exact", "killed", "attackers killed", TROVOADA,
         attr_alt=["the prime minister"]),
       C("12", 12, "exact", "detained", "people arrested", TROVOADA,
         attr_alt=["the prime minister"]),
       C("Two", 2, "exact", "injured", "soldiers slightly injured", TROVOADA, attr_alt=["he"])],
      published="2022-11-26"),

    # --- 11 Belize: Hurricane Iris and the Wave Dancer, October 2001 -----------------------------
    P("d52_011",
      "BELIZE CITY (AP) — Rescuers on Wednesday pulled more bodies from the wreck of a dive boat "
      "that capsized at a dock in southern Belize as Hurricane Iris roared ashore, raising the "
      "death toll to 20, police said. The Wave Dancer, a 120-foot live-aboard vessel, was carrying "
      "28 people, most of them members of a Richmond, Va., dive club, when the storm tore it from "
      "its moorings in Big Creek on Monday night. Eight people survived, including the captain and "
      "two crew members, Police Commissioner Carlos Perdomo said. Iris, a Category 4 storm with "
      "winds of 140 mph, also flattened about 3,000 homes in the Toledo and Stann Creek districts "
      "and left some 13,000 people homeless, the National Emergency Management Organization said.",
      [C("20", 20, "exact", "killed", "people killed on the Wave Dancer", "police"),
       C("28", 28, "exact", "other", "people on board the Wave Dancer", "police",
         attr_alt=[None]),
       C("Eight", 8, "exact", "other", "survivors", PERDOMO),
       C("two", 2, "exact", "other", "crew members among the survivors", PERDOMO),
       C("about 3,000", 3000, "about", "infrastructure", "homes flattened", NEMO),
       C("some 13,000", 13000, "about", "displaced", "people left homeless", NEMO)]),

    # --- 12 Botswana: the elephant die-off, 2020 -------------------------------------------------
    P("d52_012",
      "Botswana elephant deaths: Toxic algae blamed\n"
      "Published 21 September 2020\n"
      "Toxins produced by cyanobacteria in water holes killed hundreds of elephants in Botswana's "
      "Okavango Delta earlier this year, wildlife officials say. The number of dead elephants has "
      "now reached 330, up from 281 in July, the Department of Wildlife and National Parks said on "
      "Monday. Most of the carcasses were found near seasonal pans within a 6,000 sq km area, and "
      "the government has ruled out poaching because the tusks were left intact. \"Our latest "
      "tests have detected cyanobacterial neurotoxins,\" principal veterinary officer Dr Mmadi "
      "Reuben told a news conference. Botswana is home to about 130,000 elephants, roughly a third "
      "of Africa's total.",
      [C("hundreds", 100, "vague", "other", "elephants killed", "wildlife officials"),
       C("330", 330, "exact", "other", "dead elephants", DWNP),
       C("281", 281, "exact", "other", "dead elephants in July", DWNP),
       C("about 130,000", 130000, "about", "other", "elephants in Botswana", None,
         optional=True, cat_alt=["population"]),
       C("roughly a third", 1 / 3, "about", "other", "Botswana's share of Africa's elephants",
         None, optional=True)],
      published="2020-09-21"),

    # --- 13 Laos: the Lao Airlines crash at Pakse, October 2013 ----------------------------------
    P("d52_013",
      "PAKSE, Laos, Oct 17, 2013 (AFP) - Rescue teams pulled 35 bodies from the Mekong River on "
      "Thursday after a Lao Airlines plane carrying 49 people plunged into the water while trying "
      "to land in bad weather at Pakse, officials said. There were no survivors among the 44 "
      "passengers and five crew on the ATR 72-600 turboprop, which had flown from Vientiane, the "
      "state-run airline said in a statement. Among the dead were seven French nationals, six "
      "Australians and five South Koreans, according to the airline. Divers were still searching "
      "for the 14 victims not yet recovered, said Yakua Lopangkao, director general of the civil "
      "aviation department.",
      [C("35", 35, "exact", "killed", "bodies pulled from the Mekong", "officials"),
       C("49", 49, "exact", "other", "people on board", "officials"),
       C("44", 44, "exact", "other", "passengers on board", "the state-run airline"),
       C("five", 5, "exact", "other", "crew on board", "the state-run airline",
         ctx="five crew"),
       C("seven", 7, "exact", "killed", "French nationals among the dead", "the airline",
         attr_alt=["the state-run airline"]),
       C("six", 6, "exact", "killed", "Australians among the dead", "the airline",
         attr_alt=["the state-run airline"]),
       C("five", 5, "exact", "killed", "South Koreans among the dead", "the airline",
         attr_alt=["the state-run airline"], ctx="five South Koreans"),
       C("14", 14, "exact", "missing", "victims not yet recovered", "Yakua Lopangkao",
         cat_alt=["killed"])],
      published="2013-10-17"),

    # --- 14 Latvia: the Zolitūde supermarket collapse, November 2013 -----------------------------
    P("d52_014",
      "Rīga, 23.11.2013\n"
      "The number of people killed in Thursday's roof collapse at the Maxima supermarket in "
      "Zolitūde has risen to 51, the State Fire and Rescue Service (VUGD) said on Saturday morning, "
      "as rescuers worked through a third night. Among the dead are three firefighters who were "
      "crushed when a second section of the roof gave way while they searched for survivors. Of the "
      "39 people taken to hospital, 22 are still being treated, the Health Ministry reported. "
      "Police have opened a criminal case over violations of construction rules, and President "
      "Andris Bērziņš has declared three days of national mourning.",
      [C("51", 51, "exact", "killed", "people killed in the collapse", VUGD),
       C("three", 3, "exact", "killed", "firefighters among the dead", VUGD, attr_alt=[None],
         ctx="three firefighters"),
       C("39", 39, "exact", "injured", "people taken to hospital", "the Health Ministry"),
       C("22", 22, "exact", "injured", "people still in hospital", "the Health Ministry")],
      published="2013-11-23"),

    # --- 15 Maldives: the Indian Ocean tsunami, December 2004 ------------------------------------
    P("d52_015",
      "MALE, Dec 30, 2004 (AFP) - The Maldives raised its tsunami death toll to 75 on Thursday and "
      "said 63 people were still missing, as the government appealed for help to rebuild islands "
      "where whole villages were washed away. Some 12,000 people have been moved from 13 islands "
      "that were declared uninhabitable, the National Disaster Management Centre said. \"Our "
      "country is so flat that the waves just went straight across,\" said Ahmed Shaheed, a "
      "government spokesman. At least 20 islands had been almost completely destroyed, Shaheed "
      "said. The tourism minister said eight foreign tourists were among the dead and that 19 "
      "resorts had closed.",
      [C("75", 75, "exact", "killed", "tsunami dead in the Maldives", "The Maldives"),
       C("63", 63, "exact", "missing", "people missing", "The Maldives"),
       C("Some 12,000", 12000, "about", "displaced", "people moved from uninhabitable islands",
         NDMC_MV),
       C("13", 13, "exact", "other", "islands declared uninhabitable", NDMC_MV, optional=True,
         cat_alt=["infrastructure"]),
       C("At least 20", 20, "at_least", "infrastructure", "islands almost destroyed",
         "Ahmed Shaheed", cat_alt=["other"], attr_alt=["Shaheed"]),
       C("eight", 8, "exact", "killed", "foreign tourists among the dead",
         "The tourism minister"),
       C("19", 19, "exact", "infrastructure", "resorts closed", "The tourism minister",
         cat_alt=["other"], optional=True)],
      published="2004-12-30"),

    # --- 16 Moldova: the battle of Bendery, June 1992 --------------------------------------------
    P("d52_016",
      "BENDERY, Moldova (AP) — Moldovan troops and Russian-speaking separatists fought with "
      "artillery and armored vehicles for control of this city on the Dniester River on Saturday, "
      "and officials on both sides said hundreds of people had been killed. Moldova's Interior "
      "Ministry said 26 of its police and soldiers had died and 102 had been wounded since Friday. "
      "The self-proclaimed Dniester Republic said more than 300 civilians and militiamen had been "
      "killed in Bendery alone. Between 40,000 and 50,000 refugees have crossed the river to "
      "Tiraspol or into Ukraine, according to the Red Cross. The Russian 14th Army, which has some "
      "7,000 troops in the region, says it remains neutral.",
      [C("hundreds", 100, "vague", "killed", "people killed in Bendery",
         "officials on both sides"),
       C("26", 26, "exact", "killed", "Moldovan police and soldiers", MD_MOI),
       C("102", 102, "exact", "injured", "Moldovan police and soldiers", MD_MOI),
       C("more than 300", 300, "more_than", "killed", "civilians and militiamen in Bendery",
         "The self-proclaimed Dniester Republic"),
       C("Between 40,000 and 50,000", 40000, "range", "displaced", "refugees", "the Red Cross",
         high=50000),
       C("some 7,000", 7000, "about", "troops", "Russian 14th Army troops in the region", None,
         attr_alt=["The Russian 14th Army"])]),

    # --- 17 Samoa: the tsunami, September 2009 ---------------------------------------------------
    P("d52_017",
      "Samoa Observer | 02 October 2009\n"
      "Tsunami toll reaches 129 as villages bury their dead\n"
      "The number of people killed by Tuesday's tsunami in Samoa has reached 129, the National "
      "Disaster Management Office confirmed last night, and police say at least 10 people are "
      "still unaccounted for. Most of the dead were from Lalomanu, Saleapaga and Poutasi on the "
      "south-east coast of Upolu, where waves of up to 14 metres swept away whole beach fale "
      "resorts. Ministry of Health officials said 310 people had been treated for injuries at "
      "Motootua and Lalomanu hospitals. \"We buried 38 members of our family in one day,\" said a "
      "Saleapaga matai, Tuilagi Seiuli. About 3,500 people have moved inland to stay with "
      "relatives or in tents, according to the Red Cross.",
      [C("129", 129, "exact", "killed", "tsunami dead (headline)", None, ctx="reaches 129 as"),
       C("129", 129, "exact", "killed", "tsunami dead", NDMO_WS, ctx="reached 129"),
       C("at least 10", 10, "at_least", "missing", "people unaccounted for", "police"),
       C("310", 310, "exact", "injured", "people treated for injuries",
         "Ministry of Health officials"),
       C("38", 38, "exact", "killed", "members of one family buried", "Tuilagi Seiuli",
         optional=True),
       C("About 3,500", 3500, "about", "displaced", "people moved inland", "the Red Cross")],
      published="2009-10-02"),

    # --- 18 Solomon Islands: the Gizo tsunami, April 2007 ----------------------------------------
    P("d52_018",
      "HONIARA, April 4 (AAP) - The death toll from Monday's tsunami in the western Solomon Islands "
      "has climbed to 28, and about 5,000 people are living in makeshift camps in the hills above "
      "Gizo, disaster officials said on Wednesday. National Disaster Management Office spokesman "
      "Julian Makaa said the figure was likely to rise as teams reached remote villages on Simbo "
      "and Ranongga. Close to 900 homes were destroyed across the Western and Choiseul provinces, "
      "Makaa said. Australia has sent two RAAF Hercules with medical teams and supplies. The Red "
      "Cross said it had handed out 600 tarpaulins and 1,000 water containers in Gizo.",
      [C("28", 28, "exact", "killed", "tsunami dead", "disaster officials"),
       C("about 5,000", 5000, "about", "displaced", "people in makeshift camps",
         "disaster officials"),
       C("Close to 900", 900, "about", "infrastructure", "homes destroyed", MAKAA,
         attr_alt=["Makaa"]),
       C("two", 2, "exact", "other", "RAAF Hercules aircraft sent", None, optional=True,
         cat_alt=["munitions", "aid"], attr_alt=["Australia"]),
       C("600", 600, "exact", "aid", "tarpaulins handed out", "The Red Cross"),
       C("1,000", 1000, "exact", "aid", "water containers handed out", "The Red Cross")]),

    # --- 19 Montenegro: the Cetinje shooting, August 2022 ----------------------------------------
    P("d52_019",
      "Cetinje gunman kills 10, including two children\n"
      "Published: 13.08.2022 09:40\n"
      "A man opened fire on passers-by in the Medovina neighbourhood of Cetinje on Friday "
      "afternoon, killing 10 people, among them two children aged eight and 11, before he was shot "
      "dead by a local resident. Police director Zoran Brđanin said six people were wounded, among "
      "them a police officer, and that four of them were in a serious condition. The attacker, "
      "34-year-old Vuk Borilović, had first killed members of a family who rented rooms in his "
      "house. Prime Minister Dritan Abazović declared three days of national mourning.",
      [C("10", 10, "exact", "killed", "people killed (headline)", None, ctx="kills 10"),
       C("two", 2, "exact", "killed", "children killed (headline)", None,
         ctx="two children\n"),
       C("10", 10, "exact", "killed", "people killed in Cetinje", None, ctx="killing 10",
         attr_alt=[BRDJANIN]),
       C("two", 2, "exact", "killed", "children killed", None, ctx="two children aged",
         attr_alt=[BRDJANIN]),
       C("six", 6, "exact", "injured", "people wounded", BRDJANIN),
       C("four", 4, "exact", "injured", "seriously wounded", BRDJANIN)],
      published="2022-08-13"),

    # --- 20 Comoros: the landing on Anjouan, March 2008 ------------------------------------------
    P("d52_020",
      "MORONI (AFP) - Comorian and African Union troops took control of the rebel island of "
      "Anjouan on Tuesday after a dawn landing, and its renegade leader Mohamed Bacar fled, the "
      "federal government said. About 1,500 soldiers, around 1,000 of them Comorian and the rest "
      "from Tanzania and Sudan, took part in the operation. \"The island is under control,\" army "
      "chief of staff Salimou Mohamed Amiri said, adding that more than 100 members of Bacar's "
      "gendarmerie had surrendered or been arrested by nightfall. Residents said Bacar had escaped by "
      "speedboat towards Mayotte with fewer than a dozen bodyguards. Hospital sources in Mutsamudu "
      "said three people had been wounded by stray bullets. No deaths were reported.",
      [C("About 1,500", 1500, "about", "troops", "soldiers in the Anjouan operation", KM_GOV,
         attr_alt=[None]),
       C("around 1,000", 1000, "about", "troops", "Comorian soldiers", KM_GOV,
         attr_alt=[None]),
       C("more than 100", 100, "more_than", "detained", "Bacar's gendarmes", KM_ARMY),
       C("fewer than a dozen", 12, "fewer_than", "troops", "bodyguards who fled with Bacar",
         "Residents", cat_alt=["other", "displaced"]),
       C("three", 3, "exact", "injured", "people wounded by stray bullets",
         "Hospital sources in Mutsamudu")]),

    # --- 21 Djibouti: the Ras Doumeira border clashes, June 2008 ---------------------------------
    P("d52_021",
      "DJIBOUTI, June 12 (Reuters) - Nine Djiboutian soldiers were killed and 55 wounded in "
      "clashes with Eritrean troops near the disputed Ras Doumeira border area, Djibouti's defence "
      "minister said on Thursday. Ougoureh Kifleh Ahmed told reporters that Djiboutian forces had "
      "captured 11 Eritrean soldiers and that many more had been killed, without giving a figure. "
      "Eritrea denied attacking its neighbour. France, which has about 2,900 troops stationed in "
      "its former colony, said it was giving logistical and medical support to Djibouti's army.",
      [C("Nine", 9, "exact", "killed", "Djiboutian soldiers", DJ_DEF, attr_alt=[OUGOUREH]),
       C("55", 55, "exact", "injured", "Djiboutian soldiers", DJ_DEF, attr_alt=[OUGOUREH]),
       C("11", 11, "exact", "detained", "Eritrean soldiers captured", OUGOUREH,
         attr_alt=[DJ_DEF], cat_alt=["hostages"]),
       C("about 2,900", 2900, "about", "troops", "French troops in Djibouti", None,
         attr_alt=["France"])]),

    # --- 22 Mauritania: the Lemgheity attack, June 2005 ------------------------------------------
    P("d52_022",
      "NOUAKCHOTT (AFP) - Fifteen Mauritanian soldiers were killed and 17 wounded when Islamist "
      "gunmen attacked an army outpost at Lemgheity in the remote northeast on Saturday, the army "
      "said in a statement read on state television. Nine of the attackers were also killed, it "
      "said. Military sources said the assailants had arrived in about 10 pick-up trucks from the "
      "direction of the Malian border. The Salafist Group for Preaching and Combat (GSPC), an "
      "Algerian Islamist group, claimed the attack on a website, saying its fighters had killed "
      "\"more than 20 apostates.\" The government arrested some 20 suspected Islamists in "
      "Nouakchott last month.",
      [C("Fifteen", 15, "exact", "killed", "Mauritanian soldiers", "the army"),
       C("17", 17, "exact", "injured", "Mauritanian soldiers", "the army"),
       C("Nine", 9, "exact", "killed", "attackers killed", "the army", attr_alt=["it"]),
       C("about 10", 10, "about", "other", "pick-up trucks used by the attackers",
         "Military sources", optional=True, cat_alt=["munitions"]),
       C("more than 20", 20, "more_than", "killed", "soldiers (the GSPC's claim)",
         "The Salafist Group for Preaching and Combat (GSPC)"),
       C("some 20", 20, "about", "detained", "suspected Islamists arrested", None,
         attr_alt=["The government"])]),

    # --- 23 Madagascar: the Ikongo shooting, August 2022 -----------------------------------------
    P("d52_023",
      "ANTANANARIVO, Aug 30 (AFP) - Gendarmes fired on a crowd that tried to storm their post in "
      "the southeastern town of Ikongo, killing 19 people and wounding 21, Prime Minister "
      "Christian Ntsay said on Tuesday. The crowd of about 500 people, armed with machetes and "
      "sticks, had come to demand that four men arrested over the abduction of a four-year-old "
      "boy with albinism be handed over to them, local officials said. Eighteen of the wounded "
      "were flown to hospitals in Fianarantsoa and the capital, a health ministry official said. "
      "The government said the four gendarmes on duty had been detained and an inquiry opened.",
      [C("19", 19, "exact", "killed", "people shot dead in Ikongo", NTSAY),
       C("21", 21, "exact", "injured", "people wounded", NTSAY),
       C("about 500", 500, "about", "other", "crowd at the gendarmerie post",
         "local officials"),
       C("four", 4, "exact", "detained", "men arrested over the abduction", "local officials",
         ctx="four men"),
       C("Eighteen", 18, "exact", "injured", "wounded flown to hospital",
         "a health ministry official"),
       C("four", 4, "exact", "detained", "gendarmes detained", "The government",
         ctx="four gendarmes")]),

    # --- 24 Mongolia: the gas-truck explosion in Ulaanbaatar, January 2024 -----------------------
    P("d52_024",
      "Ulaanbaatar, January 25, 2024 /MONTSAME/. The number of people killed in Wednesday's "
      "explosion of a truck carrying liquefied natural gas in Bayanzurkh district has risen to "
      "six, the National Emergency Management Agency (NEMA) said this morning. Two of the dead "
      "were firefighters who had reached the scene minutes before the blast. The Ministry of "
      "Health said 15 people were being treated in hospital, five of them in critical condition. "
      "The blast destroyed or damaged 17 buildings and more than 30 vehicles, NEMA reported. "
      "About 350 residents of nearby apartment blocks have been moved to temporary shelter, "
      "district officials said.",
      [C("six", 6, "exact", "killed", "people killed in the explosion", NEMA),
       C("Two", 2, "exact", "killed", "firefighters among the dead", NEMA, attr_alt=[None]),
       C("15", 15, "exact", "injured", "people in hospital", "The Ministry of Health"),
       C("five", 5, "exact", "injured", "people in critical condition",
         "The Ministry of Health"),
       C("17", 17, "exact", "infrastructure", "buildings destroyed or damaged", NEMA,
         attr_alt=["NEMA"]),
       C("more than 30", 30, "more_than", "other", "vehicles destroyed or damaged", NEMA,
         attr_alt=["NEMA"], optional=True, cat_alt=["infrastructure"]),
       C("About 350", 350, "about", "displaced", "residents moved to shelter",
         "district officials")],
      published="2024-01-25"),

    # --- 25 Kyrgyzstan: the Aksy shootings, March 2002 -------------------------------------------
    P("d52_025",
      "BISHKEK (RFE/RL) -- Five people were killed when police opened fire on demonstrators in "
      "Kyrgyzstan's southern Aksy district on March 17, local human rights activists say. About "
      "2,000 people had gathered in the village of Bospiek to demand the release of jailed "
      "parliament deputy Azimbek Beknazarov, the activists said. The Interior Ministry said 15 "
      "police officers were injured and that 61 protesters had been detained. A sixth man died in "
      "hospital in Jalal-Abad on Tuesday. Since then, hundreds of villagers have blocked the "
      "Bishkek-Osh highway near Kerben.",
      [C("Five", 5, "exact", "killed", "demonstrators killed", KG_ACTIVISTS),
       C("About 2,000", 2000, "about", "other", "demonstrators gathered", "the activists",
         attr_alt=[KG_ACTIVISTS]),
       C("15", 15, "exact", "injured", "police officers injured", KG_MVD),
       C("61", 61, "exact", "detained", "protesters detained", KG_MVD),
       C("hundreds", 100, "vague", "other", "villagers blocking the highway")]),

    # --- 26 Tajikistan: the Vakhdat prison riot, May 2019 ----------------------------------------
    P("d52_026",
      "DUSHANBE, May 20, 2019 (Reuters) - Twenty-nine inmates and three guards were killed in a "
      "riot at a high-security prison in Vakhdat, east of Dushanbe, Tajikistan's Justice Ministry "
      "said on Monday, blaming Islamic State militants held there. The riot began late on Sunday "
      "when inmates armed with knives killed three guards and two other prisoners and took five "
      "more guards hostage, the ministry said in a statement. Security forces then stormed the "
      "block, killing 27 rioters and freeing the hostages. The prison holds about 1,500 inmates, "
      "many of them members of banned Islamist groups.",
      [C("Twenty-nine", 29, "exact", "killed", "inmates killed", TJ_MOJ),
       C("three", 3, "exact", "killed", "guards killed", TJ_MOJ, ctx="three guards were"),
       C("three", 3, "exact", "killed", "guards killed by inmates", TJ_MOJ,
         attr_alt=["the ministry"], ctx="three guards and"),
       C("two", 2, "exact", "killed", "prisoners killed by inmates", TJ_MOJ,
         attr_alt=["the ministry"]),
       C("five", 5, "exact", "hostages", "guards taken hostage", TJ_MOJ,
         attr_alt=["the ministry"]),
       C("27", 27, "exact", "killed", "rioters killed by security forces", TJ_MOJ,
         attr_alt=["the ministry", None]),
       C("about 1,500", 1500, "about", "detained", "inmates held at Vakhdat", None,
         cat_alt=["population"])],
      published="2019-05-20"),

    # --- 27 Georgia: the Shovi landslide, August 2023 --------------------------------------------
    P("d52_027",
      "Agenda.ge, 7 Aug 2023\n"
      "Rescuers have recovered 20 bodies from the mud and debris that buried the Shovi resort in "
      "the Racha region, the Interior Ministry said on Monday, while 13 people remain missing. "
      "Some 400 rescuers, 115 of them from the Emergency Management Service, are working at the "
      "site, Interior Minister Vakhtang Gomelauri said. More than 200 people, most of them "
      "holidaymakers, were evacuated by helicopter and by road on Thursday and Friday, the "
      "ministry said. The government declared Monday a day of mourning.",
      [C("20", 20, "exact", "killed", "bodies recovered in Shovi", GE_MIA),
       C("13", 13, "exact", "missing", "people missing", GE_MIA, attr_alt=[None]),
       C("Some 400", 400, "about", "troops", "rescuers at the site", GOMELAURI,
         cat_alt=["other"]),
       C("115", 115, "exact", "troops", "Emergency Management Service rescuers", GOMELAURI,
         cat_alt=["other"]),
       C("More than 200", 200, "more_than", "displaced", "people evacuated", GE_MIA,
         attr_alt=["the ministry"])],
      published="2023-08-07"),

    # --- 28 Albania: the Gërdec explosions, March 2008 -------------------------------------------
    P("d52_028",
      "TIRANA, Albania (AP) — The death toll from a series of explosions at an army munitions depot "
      "near the capital rose to 22 on Monday, officials said, and more than 300 people were "
      "injured. Health Minister Nard Ndoka said 26 of the injured were still in intensive care. The "
      "blasts on Saturday at Gerdec, 15 km north-west of Tirana, where a private company had been dismantling obsolete "
      "artillery shells for export, destroyed about 400 houses and damaged hundreds more, the "
      "government said. About 4,000 residents were evacuated from villages around the site. Prime "
      "Minister Sali Berisha, 63, accepted the resignation of Defense Minister Fatmir Mediu.",
      [C("22", 22, "exact", "killed", "people killed in the Gerdec blasts", "officials"),
       C("more than 300", 300, "more_than", "injured", "people injured", "officials",
         attr_alt=[None]),
       C("26", 26, "exact", "injured", "injured in intensive care", NDOKA),
       C("about 400", 400, "about", "infrastructure", "houses destroyed", "the government"),
       C("hundreds", 100, "vague", "infrastructure", "houses damaged", "the government"),
       C("About 4,000", 4000, "about", "displaced", "residents evacuated", "the government",
         attr_alt=[None])]),

    # --- 29 North Macedonia: the Kumanovo gunbattle, May 2015 ------------------------------------
    P("d52_029",
      "SKOPJE, May 10, 2015 (Reuters) - Eight Macedonian police officers and 14 gunmen were "
      "killed in a gunbattle in the northern town of Kumanovo that began on Saturday, the "
      "interior ministry said on Sunday, in the worst violence in the country since the 2001 "
      "ethnic Albanian insurgency. Ministry spokesman Ivo Kotevski said 37 police officers had "
      "been wounded and that about 30 gunmen had surrendered. \"This was one of the most dangerous "
      "terrorist groups in the Balkans,\" Kotevski said, adding that police had seized 40 automatic "
      "rifles and 18 rocket launchers. Residents said dozens of homes in the Divo "
      "Naselje neighbourhood had been damaged or burned.",
      [C("Eight", 8, "exact", "killed", "Macedonian police officers", "the interior ministry"),
       C("14", 14, "exact", "killed", "gunmen killed", "the interior ministry"),
       C("37", 37, "exact", "injured", "police officers wounded", KOTEVSKI),
       C("about 30", 30, "about", "detained", "gunmen who surrendered", KOTEVSKI),
       C("40", 40, "exact", "munitions", "automatic rifles seized", KOTEVSKI, cat_alt=["other"],
         attr_alt=["Kotevski"]),
       C("18", 18, "exact", "munitions", "rocket launchers seized", KOTEVSKI,
         cat_alt=["other"], attr_alt=["Kotevski"]),
       C("dozens", 12, "vague", "infrastructure", "homes damaged or burned", "Residents")],
      published="2015-05-10"),

    # --- 30 Burundi: the attacks on army camps, December 2015 ------------------------------------
    P("d52_030",
      "BUJUMBURA, Dec 12 (Reuters) - Burundi's army said on Saturday that 79 \"enemies\" and "
      "eight soldiers and police had been killed when gunmen attacked three military sites in "
      "and around the capital on Friday. Army spokesman Colonel Gaspard Baratuza said 45 attackers "
      "had been captured and 97 weapons seized. Residents of the Nyakabiga and Musaga "
      "neighbourhoods, opposition strongholds, said soldiers had gone from house to house after "
      "the attacks and that many of the dead were young men shot in the street. \"I counted 21 "
      "bodies on one street,\" one resident told Reuters.",
      [C("79", 79, "exact", "killed", "attackers killed", "Burundi's army"),
       C("eight", 8, "exact", "killed", "soldiers and police killed", "Burundi's army"),
       C("three", 3, "exact", "other", "military sites attacked", "Burundi's army",
         optional=True, cat_alt=["infrastructure"]),
       C("45", 45, "exact", "detained", "attackers captured", BARATUZA),
       C("97", 97, "exact", "munitions", "weapons seized", BARATUZA, cat_alt=["other"]),
       C("21", 21, "exact", "killed", "bodies on one street", "one resident")]),

    # --- 31 Malawi: the Chikangawa crash, June 2024 ----------------------------------------------
    P("d52_031",
      "Nyasa Times | June 11, 2024\n"
      "Vice-President Chilima, nine others confirmed dead in plane crash\n"
      "President Lazarus Chakwera has confirmed that Vice-President Saulos Chilima and the nine "
      "other people on board a Malawi Defence Force aircraft were killed when the plane came down "
      "in the Chikangawa forest on Monday. In a national address this afternoon, Chakwera said "
      "search teams had found the wreckage near a hill and that there were no survivors. The "
      "Dornier 228, which left Lilongwe at 9:17 am for Mzuzu, was carrying three military crew "
      "and seven passengers, Chakwera said. Some 600 soldiers, police officers and forest guards "
      "took part in the search, the Malawi Defence Force said. Chakwera has declared 21 days of "
      "national mourning.",
      [C("nine", 9, "exact", "killed", "others killed with Chilima (headline)", None,
         ctx="nine others"),
       C("nine", 9, "exact", "killed", "others killed with Chilima", CHAKWERA,
         ctx="the nine"),
       C("three", 3, "exact", "other", "military crew on board", CHAKWERA,
         attr_alt=["Chakwera"]),
       C("seven", 7, "exact", "other", "passengers on board", CHAKWERA,
         attr_alt=["Chakwera"]),
       C("Some 600", 600, "about", "troops", "soldiers, police and forest guards in the search",
         "the Malawi Defence Force", cat_alt=["other"])],
      published="2024-06-11"),

    # --- 32 Fiji: Cyclone Yasa, December 2020 ----------------------------------------------------
    P("d52_032",
      "FIJI TIMES, Saturday, December 19, 2020\n"
      "TC Yasa: Four dead, 23,000 in evacuation centres\n"
      "FOUR people have been confirmed dead after Severe Tropical Cyclone Yasa tore through Vanua "
      "Levu and the Lau group on Thursday night, says Prime Minister Voreqe Bainimarama. Speaking "
      "in Suva yesterday, Mr Bainimarama said more than 23,000 people were still sheltering in 498 "
      "evacuation centres. The National Disaster Management Office said initial assessments showed "
      "that at least 1,000 houses on Vanua Levu had been destroyed. The Republic of Fiji Military "
      "Forces has deployed 120 officers to Labasa and Savusavu to help with the clean-up. Yasa was "
      "a Category 5 system with gusts of up to 345km/h.",
      [C("Four", 4, "exact", "killed", "people killed (headline)"),
       C("23,000", 23000, "exact", "displaced", "people in evacuation centres (headline)",
         ctx="dead, 23,000"),
       C("FOUR", 4, "exact", "killed", "people killed by Yasa", BAINIMARAMA),
       C("more than 23,000", 23000, "more_than", "displaced", "people sheltering",
         BAINIMARAMA, attr_alt=["Mr Bainimarama"]),
       C("498", 498, "exact", "infrastructure", "evacuation centres", BAINIMARAMA,
         attr_alt=["Mr Bainimarama"], cat_alt=["other", "aid"]),
       C("at least 1,000", 1000, "at_least", "infrastructure", "houses destroyed on Vanua Levu",
         "initial assessments", attr_alt=[NDMO_FJ]),
       C("120", 120, "exact", "troops", "RFMF officers deployed", None, attr_alt=[RFMF])],
      published="2020-12-19"),

    # --- 33 Vanuatu: Cyclone Harold, April 2020 --------------------------------------------------
    P("d52_033",
      "PORT VILA, April 9 (RNZ Pacific) - The National Disaster Management Office (NDMO) says at "
      "least 160,000 people, more than half of Vanuatu's population, have been affected by "
      "Cyclone Harold, which struck Espiritu Santo and Pentecost on Monday as a category five "
      "system. Sanma provincial authorities said about 70 percent of the buildings in Luganville "
      "had been damaged. No deaths have been confirmed in Vanuatu, but 27 passengers swept from "
      "the deck of a ferry in neighbouring Solomon Islands as the storm formed last week are "
      "presumed dead. \"We have as many as 3,000 people in evacuation centres in Sanma alone,\" "
      "said NDMO director Abraham Nasak.",
      [C("at least 160,000", 160000, "at_least", "other", "people affected in Vanuatu",
         NDMO_VU, cat_alt=["population"]),
       C("about 70 percent", 70, "about", "infrastructure", "share of Luganville buildings damaged",
         "Sanma provincial authorities", optional=True),
       C("27", 27, "exact", "killed", "ferry passengers presumed dead in Solomon Islands",
         cat_alt=["missing"]),
       C("as many as 3,000", 3000, "at_most", "displaced", "people in evacuation centres in Sanma",
         NASAK)]),

    # --- 34 Tonga: the Princess Ashika, August 2009 ----------------------------------------------
    P("d52_034",
      "Matangi Tonga Online, Nuku'alofa, Friday 7 August 2009\n"
      "Seventy-two people are missing and feared dead after the inter-island ferry Princess Ashika "
      "sank off Tongatapu late on Wednesday night. Police commander Chris Kelley said 54 people had "
      "been rescued, all of them men. The bodies of two people, one of them a British man, have "
      "been recovered. The ferry was carrying 128 people, 112 passengers and 16 crew, according to "
      "the passenger manifest. Navy divers from New Zealand located the wreck at a depth of about "
      "110 metres on Thursday.",
      [C("Seventy-two", 72, "exact", "killed", "people missing and feared dead", None,
         cat_alt=["missing"], attr_alt=[KELLEY]),
       C("54", 54, "exact", "other", "people rescued", KELLEY),
       C("two", 2, "exact", "killed", "bodies recovered", KELLEY, attr_alt=[None]),
       C("one", 1, "exact", "killed", "British man among the dead", KELLEY, attr_alt=[None],
         optional=True, ctx="one of them a British"),
       C("128", 128, "exact", "other", "people on board", "the passenger manifest"),
       C("112", 112, "exact", "other", "passengers on board", "the passenger manifest"),
       C("16", 16, "exact", "other", "crew on board", "the passenger manifest")],
      published="2009-08-07"),

    # --- 35 Honduras: the Chamelecón bus massacre, December 2004 ---------------------------------
    P("d52_035",
      "SAN PEDRO SULA, Honduras (AP) — Gunmen opened fire on a city bus packed with Christmas "
      "shoppers in the Chamelecón neighborhood on Thursday night, killing 28 people, six of them "
      "children, police said. At least 14 others were wounded. Many of the roughly 70 passengers "
      "were returning from a football match at which Marathón had beaten Olimpia 2-1. Security "
      "Minister Oscar Álvarez blamed the Mara Salvatrucha street gang and said four suspects had "
      "been arrested in a raid early Friday. Honduras has an estimated 36,000 gang members, "
      "according to government figures.",
      [C("28", 28, "exact", "killed", "people killed on the bus", "police"),
       C("six", 6, "exact", "killed", "children killed", "police"),
       C("At least 14", 14, "at_least", "injured", "people wounded", "police",
         attr_alt=[None]),
       C("roughly 70", 70, "about", "other", "passengers on the bus", "police",
         attr_alt=[None]),
       C("four", 4, "exact", "detained", "suspects arrested", ALVAREZ),
       C("an estimated 36,000", 36000, "about", "other", "gang members in Honduras",
         "government figures", cat_alt=["population", "troops"])]),

    # --- 36 Oman: the Wadi Kabir mosque shooting, July 2024 --------------------------------------
    P("d52_036",
      "Times of Oman | 16 Jul 2024\n"
      "Six killed in Wadi Kabir mosque shooting: ROP\n"
      "Muscat: Six people, among them a policeman, were killed and 28 others injured when three "
      "gunmen opened fire near a mosque in the Wadi Kabir area of Muscat on Monday night, the Royal "
      "Oman Police (ROP) said in a statement. The three attackers were killed by security forces, "
      "the ROP added. More than 700 people were in and around the mosque at the time, it said. "
      "Pakistan's foreign ministry said four of the dead were Pakistani nationals.",
      [C("Six", 6, "exact", "killed", "people killed (headline)", "ROP", attr_alt=[ROP],
         ctx="Six killed"),
       C("Six", 6, "exact", "killed", "people killed in the shooting", ROP, ctx="Six people"),
       C("28", 28, "exact", "injured", "people injured", ROP),
       C("three", 3, "exact", "troops", "gunmen", ROP, cat_alt=["other"],
         ctx="three gunmen"),
       C("three", 3, "exact", "killed", "attackers killed", ROP, attr_alt=["the ROP"],
         ctx="three attackers"),
       C("More than 700", 700, "more_than", "other", "people at the mosque", ROP,
         attr_alt=["it", "the ROP"]),
       C("four", 4, "exact", "killed", "Pakistani nationals among the dead",
         "Pakistan's foreign ministry")],
      published="2024-07-16"),

    # --- 37 Tunisia: the Ghriba synagogue attack, May 2023 ---------------------------------------
    P("d52_037",
      "TUNIS (AFP) - A navy guard shot dead two worshippers and three security officers near the "
      "Ghriba synagogue on the Tunisian island of Djerba on Tuesday before he was killed, the "
      "interior ministry said. He had first killed a colleague at a naval post and taken his "
      "ammunition, it said. The dead worshippers were a 30-year-old Tunisian-Israeli and a "
      "42-year-old French national, the foreign ministry said. Four security personnel and five "
      "visitors were wounded. Thousands of Jewish pilgrims, many from Europe and Israel, had come "
      "to the island for the annual pilgrimage.",
      [C("two", 2, "exact", "killed", "worshippers killed", TN_MOI),
       C("three", 3, "exact", "killed", "security officers killed", TN_MOI),
       C("Four", 4, "exact", "injured", "security personnel wounded", "the foreign ministry",
         attr_alt=[None, TN_MOI]),
       C("five", 5, "exact", "injured", "visitors wounded", "the foreign ministry",
         attr_alt=[None, TN_MOI]),
       C("Thousands", 1000, "vague", "other", "Jewish pilgrims")]),

    # --- 38 Cambodia: the Kampong Speu ammunition blast, April 2024 ------------------------------
    P("d52_038",
      "Khmer Times | April 28, 2024\n"
      "PM Hun Manet confirms 20 soldiers killed in Kampong Speu base blast\n"
      "Twenty soldiers were killed when ammunition exploded at a military base in Kampong Speu "
      "province's Chbar Mon town on Saturday afternoon, Prime Minister Hun Manet said. Provincial "
      "authorities said the explosion also damaged 25 houses near the base and injured three "
      "villagers. The government will give 20 million riel to the family of each soldier killed, "
      "the premier said. The Cambodian Mine Action Centre (CMAC) sent 50 deminers to clear "
      "unexploded shells scattered around the site.",
      [C("20", 20, "exact", "killed", "soldiers killed (headline)", "PM Hun Manet",
         attr_alt=[HUN_MANET], ctx="confirms 20"),
       C("Twenty", 20, "exact", "killed", "soldiers killed", HUN_MANET),
       C("25", 25, "exact", "infrastructure", "houses damaged", "Provincial authorities"),
       C("three", 3, "exact", "injured", "villagers injured", "Provincial authorities"),
       C("50", 50, "exact", "troops", "CMAC deminers sent", None, cat_alt=["other"],
         attr_alt=["The Cambodian Mine Action Centre (CMAC)"])],
      published="2024-04-28"),

    # --- 39 Jamaica: Hurricane Gilbert, September 1988 -------------------------------------------
    P("d52_039",
      "THE GLEANER, Thursday, September 15, 1988\n"
      "Gilbert death toll now 36\n"
      "The number of Jamaicans killed by Hurricane Gilbert rose to 36 yesterday, the Office of "
      "Disaster Preparedness (ODP) said, as relief supplies began arriving at the Norman Manley "
      "airport. Prime Minister Edward Seaga said an estimated 500,000 people had been left homeless "
      "and that about 80 percent of the island's homes had suffered some damage. The Jamaica "
      "Defence Force has put 1,000 soldiers and reservists on the streets to stop looting. Police "
      "said 120 people had been arrested in the Corporate Area for looting since Monday.",
      [C("36", 36, "exact", "killed", "Jamaicans killed (headline)", None, ctx="now 36"),
       C("36", 36, "exact", "killed", "Jamaicans killed by Gilbert", ODP, ctx="rose to 36"),
       C("an estimated 500,000", 500000, "about", "displaced", "people left homeless", SEAGA),
       C("about 80 percent", 80, "about", "infrastructure", "share of homes damaged", SEAGA,
         optional=True),
       C("1,000", 1000, "exact", "troops", "soldiers and reservists deployed", None,
         attr_alt=["The Jamaica Defence Force"]),
       C("120", 120, "exact", "detained", "people arrested for looting", "Police")],
      published="1988-09-15"),

    # --- 40 Bahrain: the Al-Dana dhow, March 2006 ------------------------------------------------
    P("d52_040",
      "MANAMA, March 31, 2006 (Reuters) - At least 57 people were killed when a dhow hired for a "
      "dinner cruise capsized off Bahrain's coast on Thursday night, Bahrain's interior ministry "
      "said on Friday. The boat, the Al-Dana, was carrying between 130 and 150 people, most of them "
      "employees of a construction company and their guests. Civil defence officials said 67 "
      "people had been rescued. Thirteen Indians and 12 Britons were among the dead, according to "
      "embassy officials. Divers were searching for up to six people still missing, an interior "
      "ministry spokesman said.",
      [C("At least 57", 57, "at_least", "killed", "people killed in the capsizing", BH_MOI),
       C("between 130 and 150", 130, "range", "other", "people on board the Al-Dana", BH_MOI,
         high=150, attr_alt=[None]),
       C("67", 67, "exact", "other", "people rescued", "Civil defence officials"),
       C("Thirteen", 13, "exact", "killed", "Indians among the dead", "embassy officials"),
       C("12", 12, "exact", "killed", "Britons among the dead", "embassy officials"),
       C("up to six", 6, "at_most", "missing", "people still missing",
         "an interior ministry spokesman")],
      published="2006-03-31"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d52_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
