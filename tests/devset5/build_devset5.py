"""Source of the fifth development set: writes ``passages.jsonl`` next to it.

Thirty-five short passages (2-5 sentences), written for this set in the style of wire,
broadcaster and local-paper copy (none copied from an article), on events not used in the
earlier development sets, annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset3`` and ``tests/devset4``. Figures follow contemporary reports loosely; the set
tests extraction, not facts.

Run ``python tests/devset5/build_devset5.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

VIJAYAN = "state Chief Minister Pinarayi Vijayan"
SYNIEHUBOV = "regional governor Oleh Syniehubov"
TEREKHOV = "Mayor Ihor Terekhov"
SALGADO = "Governor Evelyn Salgado"
HASELOFF = "Saxony-Anhalt's governor, Reiner Haseloff"
ASDMA = "the Assam State Disaster Management Authority"
YERLIKAYA = "Interior Minister Ali Yerlikaya"
ICG = "the International Crisis Group"
MENDEZ = "Emergency operations director Juan Manuel Méndez"
DMC = "Sri Lanka's Disaster Management Centre"
NSW = "New South Wales police"
SIDDARAMAIAH = "Karnataka's chief minister, Siddaramaiah"

PASSAGES = [
    P("d5_001",
      "NAYPYITAW, March 30, 2025 (Reuters) - The death toll from Friday's 7.7-magnitude earthquake "
      "in Myanmar climbed to 1,644, the ruling junta said on Sunday, with 3,408 people injured and "
      "139 still missing. In Mandalay, the country's second-largest city and home to some 1.5 "
      "million people, rescuers digging by hand pulled a woman alive from the rubble of a "
      "12-storey apartment block after 30 hours. The junta said 2,376 buildings had collapsed "
      "across six regions.",
      [C("1,644", 1644, "exact", "killed", "people", "the ruling junta"),
       C("3,408", 3408, "exact", "injured", "people", "the ruling junta"),
       C("139", 139, "exact", "missing", "people", "the ruling junta"),
       C("some 1.5 million", 1500000, "about", "population", "Mandalay residents"),
       C("2,376", 2376, "exact", "infrastructure", "buildings collapsed", "The junta"),
       C("six", 6, "exact", "other", "regions", "The junta", optional=True)],
      published="2025-03-30"),
    P("d5_002",
      "Greek coastguard officials said 104 people had been rescued and 78 bodies recovered after a "
      "fishing trawler packed with migrants capsized and sank off Pylos early on Wednesday. "
      "Survivors told UN agencies that between 400 and 750 people had been on board, many of them "
      "Pakistanis, Syrians and Egyptians, and that women and children had been kept in the hold. "
      "Nine Egyptian men accused of being smugglers were arrested on Thursday, a coastguard "
      "spokesman said.",
      [C("104", 104, "exact", "other", "people rescued", "Greek coastguard officials"),
       C("78", 78, "exact", "killed", "bodies recovered", "Greek coastguard officials"),
       C("between 400 and 750", 400, "range", "other", "people on board", "Survivors",
         high=750, attr_alt=["UN agencies"]),
       C("Nine", 9, "exact", "detained", "suspected smugglers", "a coastguard spokesman")]),
    P("d5_003",
      "Stampede at religious gathering in India kills 121\n"
      "HATHRAS, India, July 3 (AP) — At least 121 people, most of them women, were crushed to "
      "death when thousands of devotees rushed to touch the feet of a self-styled godman at the "
      "end of a prayer meeting in northern India, officials said. Organisers had permission for "
      "80,000 people, but police said more than 250,000 had turned up. Another 28 were being "
      "treated in hospital, said Ashish Kumar, the district magistrate.",
      [C("121", 121, "exact", "killed", "people", None, ctx="kills 121"),
       C("At least 121", 121, "at_least", "killed", "people", "officials"),
       C("thousands", 1000, "vague", "other", "devotees", "officials", optional=True),
       C("80,000", 80000, "exact", "other", "permitted attendance", None, optional=True),
       C("more than 250,000", 250000, "more_than", "other", "crowd", "police"),
       C("28", 28, "exact", "injured", "people in hospital", "Ashish Kumar")]),
    P("d5_004",
      "KOCHI, India, Aug 2, 2024 (Reuters) - Rescuers in the southern Indian state of Kerala used "
      "sniffer dogs and drones on Friday to search for more than 200 people still missing after "
      "landslides buried villages in Wayanad district, where the confirmed death toll stood at "
      "308. Nearly 10,000 people were staying in 82 relief camps, state Chief Minister Pinarayi "
      "Vijayan said. The army has deployed more than 500 soldiers and built a 190-foot steel "
      "bridge to reach the worst-hit village of Mundakkai.",
      [C("more than 200", 200, "more_than", "missing", "people", None),
       C("308", 308, "exact", "killed", "people", None),
       C("Nearly 10,000", 10000, "about", "displaced", "people in relief camps", VIJAYAN),
       C("82", 82, "exact", "infrastructure", "relief camps", VIJAYAN, cat_alt=["aid", "other"]),
       C("more than 500", 500, "more_than", "troops", "soldiers", None,
         attr_alt=["The army"])],
      published="2024-08-02"),
    P("d5_005",
      "ADRÉ, Chad (AFP) — More than 600,000 Sudanese have crossed into eastern Chad since war "
      "broke out in April 2023, the UN refugee agency says, and at the Adré crossing alone some "
      "1,500 people arrive on a busy day. Aid workers say the camps, designed for a fraction of "
      "that number, are short of water: in Farchana, 40,000 refugees share eight boreholes. The "
      "World Food Programme said it had been forced to cut rations for 1.2 million refugees in "
      "Chad for lack of funding.",
      [C("More than 600,000", 600000, "more_than", "displaced", "Sudanese refugees in Chad",
         "the UN refugee agency"),
       C("some 1,500", 1500, "about", "displaced", "arrivals a day", "the UN refugee agency",
         attr_alt=[None]),
       C("40,000", 40000, "exact", "displaced", "refugees in Farchana", "Aid workers"),
       C("eight", 8, "exact", "infrastructure", "boreholes", "Aid workers", optional=True),
       C("1.2 million", 1200000, "exact", "displaced", "refugees on cut rations",
         "The World Food Programme", cat_alt=["aid"])]),
    P("d5_006",
      "Two Russian guided aerial bombs struck a crowded Epicentr hardware hypermarket in Kharkiv "
      "on Saturday afternoon, killing at least 12 people and injuring 43, regional governor Oleh "
      "Syniehubov said. About 200 people were believed to have been inside when the building "
      "caught fire, Mayor Ihor Terekhov told reporters, and 16 remained unaccounted for late on "
      "Saturday. The blaze covered 15,000 square metres.",
      [C("Two", 2, "exact", "munitions", "guided bombs", SYNIEHUBOV, attr_alt=[None]),
       C("at least 12", 12, "at_least", "killed", "people", SYNIEHUBOV),
       C("43", 43, "exact", "injured", "people", SYNIEHUBOV),
       C("About 200", 200, "about", "other", "people inside", TEREKHOV),
       C("16", 16, "exact", "missing", "people unaccounted for", TEREKHOV)]),
    P("d5_007",
      "MAJDAL SHAMS, Israeli-annexed Golan Heights (AFP) - Twelve children and teenagers aged "
      "between 10 and 16 were killed when a rocket hit a football pitch in the Druze town of "
      "Majdal Shams on Saturday, Israel's military said, blaming Hezbollah. Magen David Adom said "
      "it had treated more than 30 wounded. Hezbollah denied responsibility; the group had earlier "
      "claimed a rocket attack on a nearby army post, one of dozens it has launched at Israeli "
      "positions since October.",
      [C("Twelve", 12, "exact", "killed", "children and teenagers", "Israel's military"),
       C("more than 30", 30, "more_than", "injured", "wounded", "Magen David Adom"),
       C("dozens", 12, "vague", "other", "Hezbollah attacks", None, cat_alt=["munitions"],
         optional=True)]),
    P("d5_008",
      "ACAPULCO, Mexico, Oct 27 (Reuters) - Hurricane Otis killed at least 27 people when it "
      "slammed into Acapulco as a Category 5 storm, Mexican authorities said, while four people "
      "remained missing. Governor Evelyn Salgado said 80% of the resort's hotels had been damaged, "
      "and some 10,000 troops and members of the National Guard were deployed to deliver aid and "
      "stop looting. The storm's winds reached 165 mph (266 kph).",
      [C("at least 27", 27, "at_least", "killed", "people", "Mexican authorities"),
       C("four", 4, "exact", "missing", "people", "Mexican authorities"),
       C("80%", 80, "exact", "infrastructure", "share of hotels damaged", SALGADO,
         optional=True),
       C("some 10,000", 10000, "about", "troops", "troops and National Guard", SALGADO,
         attr_alt=[None])]),
    P("d5_009",
      "PANAMA CITY (AP) — A record 520,000 migrants crossed the Darién Gap into Panama last year, "
      "more than double the 248,000 of 2022, according to Panamanian immigration figures. More "
      "than 113,000 of them were children, UNICEF said. Panama's border service said its officers "
      "had found the bodies of 34 people along the jungle trail since January and had rescued 450 "
      "who had become lost or injured.",
      [C("520,000", 520000, "exact", "displaced", "migrants", "Panamanian immigration figures"),
       C("248,000", 248000, "exact", "displaced", "migrants in 2022",
         "Panamanian immigration figures"),
       C("More than 113,000", 113000, "more_than", "displaced", "migrant children", "UNICEF"),
       C("34", 34, "exact", "killed", "bodies found", "Panama's border service"),
       C("450", 450, "exact", "other", "migrants rescued", "Panama's border service")]),
    P("d5_010",
      "TAIPEI, April 4, 2024 (Reuters) - Rescuers in Taiwan were trying on Thursday to reach more "
      "than 600 people stranded in hotels and a national park by landslides after the island's "
      "strongest earthquake in 25 years killed nine people, the fire department said. More than "
      "1,000 people were injured, and 50 hotel workers travelling in minibuses to Taroko Gorge "
      "were unaccounted for. Of the 18 aftershocks above magnitude 5, the strongest struck at "
      "8:11 a.m.",
      [C("more than 600", 600, "more_than", "other", "people stranded", "the fire department",
         cat_alt=["population"]),
       C("nine", 9, "exact", "killed", "people", "the fire department"),
       C("More than 1,000", 1000, "more_than", "injured", "people", "the fire department"),
       C("50", 50, "exact", "missing", "hotel workers", "the fire department"),
       C("18", 18, "exact", "other", "aftershocks", None, optional=True)],
      published="2024-04-04"),
    P("d5_011",
      "MAGDEBURG, Germany (AP) — A car plowed into a crowded Christmas market in the eastern German "
      "city of Magdeburg on Friday evening, killing five people, including a 9-year-old boy, and "
      "injuring more than 200, authorities said. Saxony-Anhalt's governor, Reiner Haseloff, said "
      "41 of the injured were in serious condition. The suspect, a 50-year-old doctor from Saudi "
      "Arabia, was arrested at the scene; police said he acted alone.",
      [C("five", 5, "exact", "killed", "people", "authorities"),
       C("more than 200", 200, "more_than", "injured", "people", "authorities"),
       C("41", 41, "exact", "injured", "seriously injured", HASELOFF)]),
    P("d5_012",
      "A man armed with a knife killed three people and wounded eight others, four of them "
      "seriously, at a festival marking the 650th anniversary of the western German city of "
      "Solingen, police said on Saturday. Islamic State claimed responsibility. About 75,000 "
      "people had been expected at the three-day festival, which was cancelled after the attack, "
      "organisers said.",
      [C("three", 3, "exact", "killed", "people", "police", ctx="killed three"),
       C("eight", 8, "exact", "injured", "people", "police"),
       C("four", 4, "exact", "injured", "seriously wounded", "police"),
       C("About 75,000", 75000, "about", "other", "expected visitors", "organisers",
         optional=True)]),
    P("d5_013",
      "ATHENS, March 1, 2023 (Reuters) - A passenger train carrying more than 350 people collided "
      "head-on with a freight train near Tempi in northern Greece late on Tuesday, killing at "
      "least 36 people, the fire service said. Sixty-six were taken to hospital, six of them to "
      "intensive care. Police arrested the Larissa station master, and thousands of people "
      "protested in Athens and Thessaloniki on Wednesday night.",
      [C("more than 350", 350, "more_than", "other", "people on board", "the fire service",
         attr_alt=[None]),
       C("at least 36", 36, "at_least", "killed", "people", "the fire service"),
       C("Sixty-six", 66, "exact", "injured", "people taken to hospital", "the fire service"),
       C("six", 6, "exact", "injured", "people in intensive care", "the fire service"),
       C("thousands", 1000, "vague", "other", "protesters", None)],
      published="2023-03-01"),
    P("d5_014",
      "STILFONTEIN, South Africa (AP) — Rescuers using a cage lowered into an abandoned gold mine "
      "have brought up 78 bodies and 166 survivors over three days, officials said Thursday, in an "
      "operation to recover illegal miners trapped more than 2 kilometers underground for months. "
      "All the survivors were arrested on charges including illegal mining, police spokesperson "
      "Athlenda Mathe said. Community leaders believe as many as 500 men may still be below "
      "ground.",
      [C("78", 78, "exact", "killed", "miners' bodies", "officials"),
       C("166", 166, "exact", "other", "survivors", "officials", cat_alt=["detained"]),
       C("as many as 500", 500, "at_most", "missing", "miners underground", "Community leaders",
         cat_alt=["other"])]),
    P("d5_015",
      "BALTIMORE (AP) — Six construction workers who were filling potholes on the Francis Scott "
      "Key Bridge are presumed dead after a container ship lost power and struck a support column "
      "early Tuesday, bringing the span down into the Patapsco River, officials said. Two other "
      "people were pulled from the water, one of whom was treated at a hospital and released. The "
      "Dali, a 948-foot vessel, was carrying 4,700 containers and had 21 crew members aboard, "
      "according to the ship's management company.",
      [C("Six", 6, "exact", "killed", "construction workers", "officials", cat_alt=["missing"]),
       C("Two", 2, "exact", "other", "people rescued", "officials"),
       C("one", 1, "exact", "injured", "person treated in hospital", "officials",
         optional=True),
       C("4,700", 4700, "exact", "other", "containers", "the ship's management company",
         optional=True),
       C("21", 21, "exact", "other", "crew members", "the ship's management company")]),
    P("d5_016",
      "GUWAHATI, India, July 5 (Reuters) - Floods in India's northeastern state of Assam have "
      "killed 52 people since mid-May and affected more than 2.4 million across 29 of its 35 "
      "districts, the Assam State Disaster Management Authority said on Friday. Nearly 54,000 "
      "people were living in 612 relief camps, it said. In Kaziranga National Park, rangers said "
      "114 wild animals, including six rhinos, had drowned, and the Brahmaputra was flowing above "
      "the danger mark at Neamatighat.",
      [C("52", 52, "exact", "killed", "people", ASDMA),
       C("more than 2.4 million", 2400000, "more_than", "other", "people affected", ASDMA,
         cat_alt=["population"]),
       C("29", 29, "exact", "other", "districts affected", ASDMA, optional=True),
       C("35", 35, "exact", "other", "districts", ASDMA, optional=True),
       C("Nearly 54,000", 54000, "about", "displaced", "people in relief camps", ASDMA),
       C("612", 612, "exact", "infrastructure", "relief camps", ASDMA, cat_alt=["aid", "other"]),
       C("114", 114, "exact", "other", "wild animals drowned", "rangers"),
       C("six", 6, "exact", "other", "rhinos drowned", "rangers", optional=True)]),
    P("d5_017",
      "CHENGDU, China, Sept 7, 2022 (Xinhua) -- The death toll from Monday's 6.8-magnitude "
      "earthquake in Luding county, Sichuan province, has risen to 82, with 35 people still "
      "missing, local authorities said at a press conference on Wednesday. More than 50,000 people "
      "have been relocated, and over 6,500 rescuers, including firefighters and soldiers, are "
      "working in the quake zone. Power has been restored to 90 percent of affected households.",
      [C("82", 82, "exact", "killed", "people", "local authorities"),
       C("35", 35, "exact", "missing", "people", "local authorities"),
       C("More than 50,000", 50000, "more_than", "displaced", "people relocated",
         "local authorities"),
       C("over 6,500", 6500, "more_than", "troops", "rescuers", "local authorities",
         cat_alt=["other"]),
       C("90 percent", 90, "exact", "other", "share of households with power restored",
         "local authorities", optional=True, cat_alt=["infrastructure"], attr_alt=[None])],
      published="2022-09-07"),
    P("d5_018",
      "ISTANBUL, March 27, 2025 (Reuters) - Turkish police have detained 1,879 people in six days "
      "of protests over the jailing of Istanbul Mayor Ekrem Imamoglu, Interior Minister Ali "
      "Yerlikaya said on Thursday, and 260 of them have been remanded in custody pending trial. He "
      "said 150 police officers had been injured. Seven journalists who covered the "
      "demonstrations were also detained, the Turkish Journalists' Association said; a court "
      "released them a day later.",
      [C("1,879", 1879, "exact", "detained", "protesters", YERLIKAYA),
       C("260", 260, "exact", "detained", "people remanded in custody", YERLIKAYA),
       C("150", 150, "exact", "injured", "police officers", YERLIKAYA, attr_alt=["He"]),
       C("Seven", 7, "exact", "detained", "journalists",
         "the Turkish Journalists' Association")],
      published="2025-03-27"),
    P("d5_019",
      "BAMENDA, Cameroon (AFP) - Armed separatists kidnapped around 30 women in the village of Big "
      "Babanki in Cameroon's restive Northwest region, cutting off some of their fingers and "
      "demanding a ransom of 5 million CFA francs, local officials said on Wednesday. The army "
      "said it had freed 12 of the women in an operation on Friday in which three separatist "
      "fighters were killed. The conflict between Anglophone separatists and government forces "
      "has killed more than 6,000 people since 2017 and displaced over 700,000, according to the "
      "International Crisis Group.",
      [C("around 30", 30, "about", "hostages", "women kidnapped", "local officials"),
       C("12", 12, "exact", "hostages", "women freed", "The army"),
       C("three", 3, "exact", "killed", "separatist fighters", "The army"),
       C("more than 6,000", 6000, "more_than", "killed", "people in the Anglophone conflict", ICG),
       C("over 700,000", 700000, "more_than", "displaced", "people", ICG)]),
    P("d5_020",
      "NAIROBI (Reuters) - Tanzania's main opposition party Chadema said on Friday that around 700 "
      "people had been killed in three days of protests over the country's disputed election, a "
      "figure the government dismissed as 'hugely exaggerated'. A diplomatic source in Dar es "
      "Salaam told Reuters there was credible evidence that at least 500 people had died. The "
      "internet remained largely cut off and a curfew was in force for a third night.",
      [C("around 700", 700, "about", "killed", "protesters",
         "Tanzania's main opposition party Chadema"),
       C("at least 500", 500, "at_least", "killed", "people",
         "A diplomatic source in Dar es Salaam")]),
    P("d5_021",
      "KAMPALA, Uganda (AP) — 'So far we have recovered 30 bodies,' Kampala police spokesman "
      "Patrick Onyango told reporters on Monday, as excavators dug through the mountain of garbage "
      "that collapsed at Uganda's main landfill. Authorities said 14 people had been rescued and "
      "some 1,000 residents of the surrounding Kiteezi neighbourhood were moved out over fears of "
      "further slides. President Yoweri Museveni ordered an investigation and said each bereaved "
      "family would receive 5 million shillings.",
      [C("30", 30, "exact", "killed", "bodies recovered", "Kampala police spokesman Patrick Onyango"),
       C("14", 14, "exact", "other", "people rescued", "Authorities"),
       C("some 1,000", 1000, "about", "displaced", "Kiteezi residents moved", "Authorities")]),
    P("d5_022",
      "LUSAKA, Jan 12 (Reuters) - Zambia has recorded 412 deaths from cholera since the outbreak "
      "began in October, the health ministry said, and more than 10,000 cases. The government has "
      "delayed the reopening of schools by three weeks and turned a 60,000-seat football stadium "
      "in the capital into a treatment centre with 1,000 beds. UNICEF said it was shipping 1.4 "
      "million doses of oral vaccine.",
      [C("412", 412, "exact", "killed", "cholera deaths", "the health ministry"),
       C("more than 10,000", 10000, "more_than", "other", "cholera cases", "the health ministry"),
       C("60,000", 60000, "exact", "other", "stadium seats", None, optional=True),
       C("1,000", 1000, "exact", "other", "treatment beds", None, optional=True,
         cat_alt=["infrastructure"]),
       C("1.4 million", 1400000, "exact", "aid", "vaccine doses", "UNICEF")]),
    P("d5_023",
      "ANTANANARIVO (AFP) - At least 22 people were killed and more than 100 injured in youth-led "
      "protests over water and power cuts in Madagascar's capital, the United Nations human rights "
      "chief said on Monday, a toll the government rejected. President Andry Rajoelina, who "
      "dismissed his entire government, said the figures came from 'rumours'. Police said 33 "
      "people had been arrested over looting.",
      [C("At least 22", 22, "at_least", "killed", "people",
         "the United Nations human rights chief"),
       C("more than 100", 100, "more_than", "injured", "people",
         "the United Nations human rights chief"),
       C("33", 33, "exact", "detained", "people arrested over looting", "Police")]),
    P("d5_024",
      "TEGUCIGALPA (AP) — At least 46 women were killed in a riot at Honduras' only women's "
      "prison, most of them burned to death after members of the Barrio 18 gang set fire to a cell "
      "block, officials said Tuesday. Seven inmates were being treated at a hospital in the "
      "capital. The Támara penitentiary, about 15 miles northwest of Tegucigalpa, holds some 900 "
      "inmates, more than its capacity.",
      [C("At least 46", 46, "at_least", "killed", "women inmates", "officials"),
       C("Seven", 7, "exact", "injured", "inmates", "officials"),
       C("some 900", 900, "about", "detained", "inmates", None, cat_alt=["population"])]),
    P("d5_025",
      "BEIRUT, Nov 30 (Reuters) - Syrian rebels swept into Aleppo on Saturday in their biggest "
      "offensive in years, and Russian warplanes carried out at least 23 strikes on the city "
      "overnight, a war monitor said. The Syrian Observatory said more than 300 people, among them "
      "20 civilians, had been killed since the offensive began on Wednesday. The UN said more than "
      "14,000 people had been displaced.",
      [C("at least 23", 23, "at_least", "munitions", "Russian airstrikes", "a war monitor",
         cat_alt=["other"]),
       C("more than 300", 300, "more_than", "killed", "people", "The Syrian Observatory"),
       C("20", 20, "exact", "killed", "civilians", "The Syrian Observatory"),
       C("more than 14,000", 14000, "more_than", "displaced", "people", "The UN")]),
    P("d5_026",
      "MUNICH (AP) — A 24-year-old Afghan asylum-seeker drove a car into a crowd of union "
      "demonstrators in Munich on Thursday, injuring at least 28 people, some of them seriously, "
      "police said. A 2-year-old girl and her 37-year-old mother died of their injuries on "
      "Saturday, the Bavarian state criminal police office said. Around 1,500 people took part in "
      "the Verdi union march.",
      [C("at least 28", 28, "at_least", "injured", "people", "police"),
       C("Around 1,500", 1500, "about", "other", "marchers", None)]),
    P("d5_027",
      "About 19,000 people were evacuated from homes and hotels on the Greek island of Rhodes over "
      "the weekend as wildfires burned out of control for a sixth day, in what officials called "
      "the largest evacuation in the country's history. The fire service said 266 firefighters, "
      "backed by five helicopters and 10 planes, were battling the flames. Tour operator TUI "
      "cancelled all flights to the island until Tuesday, and 2,000 of its customers were flown "
      "home.",
      [C("About 19,000", 19000, "about", "displaced", "people evacuated", None,
         attr_alt=["officials"]),
       C("266", 266, "exact", "troops", "firefighters", "The fire service", cat_alt=["other"]),
       C("five", 5, "exact", "munitions", "helicopters", "The fire service", optional=True),
       C("10", 10, "exact", "munitions", "planes", "The fire service", optional=True),
       C("2,000", 2000, "exact", "other", "tourists flown home", "Tour operator TUI",
         cat_alt=["displaced"])]),
    P("d5_028",
      "JASPER, Alberta (CP) — About 25,000 residents and visitors were ordered out of Jasper "
      "National Park as a wildfire raced toward the mountain town, where officials said up to 50% "
      "of structures had been lost. Parks Canada said 358 of the town's 1,113 buildings were "
      "destroyed. A firefighter was killed by a falling tree on Saturday while battling the blaze, "
      "the province said.",
      [C("About 25,000", 25000, "about", "displaced", "residents and visitors", None),
       C("up to 50%", 50, "at_most", "infrastructure", "share of structures lost", "officials",
         optional=True),
       C("358", 358, "exact", "infrastructure", "buildings destroyed", "Parks Canada"),
       C("1,113", 1113, "exact", "infrastructure", "buildings in Jasper", "Parks Canada",
         optional=True)]),
    P("d5_029",
      "GANGTOK, Oct 5 (Reuters) - Rescuers were searching for 102 people, including 22 soldiers, "
      "who went missing after a glacial lake burst its banks and sent a wall of water down the "
      "Teesta river valley in the Himalayan state of Sikkim, state officials said on Thursday. "
      "Fourteen bodies had been recovered, and 26 people were injured. The flood washed away 11 "
      "bridges and an army camp where 41 vehicles were submerged.",
      [C("102", 102, "exact", "missing", "people", "state officials"),
       C("22", 22, "exact", "missing", "soldiers", "state officials", cat_alt=["troops"]),
       C("Fourteen", 14, "exact", "killed", "bodies recovered", "state officials"),
       C("26", 26, "exact", "injured", "people", "state officials"),
       C("11", 11, "exact", "infrastructure", "bridges washed away", "state officials",
         attr_alt=[None]),
       C("41", 41, "exact", "other", "army vehicles submerged", "state officials",
         optional=True, attr_alt=[None])]),
    P("d5_030",
      "SANTO DOMINGO, April 9, 2025 (AP) — The roof of the Jet Set nightclub in the Dominican "
      "capital collapsed during a packed merengue concert early Tuesday, killing 184 people, "
      "authorities said, among them a former Major League pitcher and a provincial governor. "
      "Emergency operations director Juan Manuel Méndez said 155 people had been rescued alive and "
      "more than 300 first responders had worked through the night. About 500 to 1,000 people "
      "were inside at the time, according to estimates from the club.",
      [C("184", 184, "exact", "killed", "people", "authorities"),
       C("155", 155, "exact", "other", "people rescued alive", MENDEZ),
       C("more than 300", 300, "more_than", "troops", "first responders", MENDEZ,
         cat_alt=["other"]),
       C("About 500 to 1,000", 500, "range", "other", "people inside",
         "estimates from the club", high=1000)],
      published="2025-04-09"),
    P("d5_031",
      "HAVANA (Reuters) - Firefighters brought under control on Tuesday a blaze that raged for four "
      "days at a fuel storage facility in the Cuban port of Matanzas, destroying four of its eight "
      "tanks, officials said. One firefighter was found dead and 16 others remain missing, the "
      "presidency said, while 125 people were injured. About 4,900 residents were evacuated, and "
      "Mexico and Venezuela sent 16 aircraft and more than 100 specialists to help.",
      [C("four", 4, "exact", "infrastructure", "fuel tanks destroyed", "officials",
         ctx="destroying four"),
       C("eight", 8, "exact", "infrastructure", "fuel tanks", "officials", optional=True),
       C("One", 1, "exact", "killed", "firefighter", "the presidency"),
       C("16", 16, "exact", "missing", "firefighters", "the presidency", ctx="16 others"),
       C("125", 125, "exact", "injured", "people", "the presidency"),
       C("About 4,900", 4900, "about", "displaced", "residents evacuated", None),
       C("16", 16, "exact", "munitions", "aircraft sent", None, ctx="16 aircraft",
         optional=True, cat_alt=["aid", "other"]),
       C("more than 100", 100, "more_than", "troops", "specialists sent", None,
         cat_alt=["other"])]),
    P("d5_032",
      "SYDNEY (AFP) - A knife-wielding man killed six people, five of them women, at a busy Sydney "
      "shopping centre on Saturday before being shot dead by a police inspector who confronted him "
      "alone, New South Wales police said. Twelve people, including a nine-month-old baby, were "
      "taken to hospital. Around 1,000 shoppers were evacuated from Westfield Bondi Junction, "
      "which has more than 300 stores.",
      [C("six", 6, "exact", "killed", "people", NSW),
       C("five", 5, "exact", "killed", "women", NSW),
       C("Twelve", 12, "exact", "injured", "people taken to hospital", NSW),
       C("Around 1,000", 1000, "about", "displaced", "shoppers evacuated", None,
         cat_alt=["other"]),
       C("more than 300", 300, "more_than", "other", "stores", None, optional=True,
         cat_alt=["infrastructure"])]),
    P("d5_033",
      "BENGALURU, June 5 (AFP) - Eleven people were killed and 47 injured in a crush outside a "
      "cricket stadium in the southern Indian city of Bengaluru where tens of thousands of fans had "
      "gathered to celebrate Royal Challengers Bengaluru's first IPL title, police said. The M. "
      "Chinnaswamy Stadium holds about 35,000 people, but Karnataka's chief minister, Siddaramaiah, "
      "said as many as 300,000 had turned up. 'This tragedy should not have happened,' he said.",
      [C("Eleven", 11, "exact", "killed", "people", "police"),
       C("47", 47, "exact", "injured", "people", "police"),
       C("tens of thousands", 10000, "vague", "other", "fans", "police", attr_alt=[None]),
       C("about 35,000", 35000, "about", "other", "stadium capacity", None, optional=True),
       C("as many as 300,000", 300000, "at_most", "other", "crowd", SIDDARAMAIAH)]),
    P("d5_034",
      "BEIJING, May 2 (Reuters) - The death toll from the collapse of a section of highway in "
      "southern China's Guangdong province rose to 48, state broadcaster CCTV reported on "
      "Thursday, citing local authorities, after a stretch of road about 18 metres long gave way "
      "following days of heavy rain. Twenty-three vehicles plunged down the slope, and 30 people "
      "were being treated in hospital, the Meizhou city government said. More than 500 rescuers "
      "were sent to the scene.",
      [C("48", 48, "exact", "killed", "people", "local authorities",
         attr_alt=["state broadcaster CCTV"]),
       C("Twenty-three", 23, "exact", "other", "vehicles", "the Meizhou city government"),
       C("30", 30, "exact", "injured", "people in hospital", "the Meizhou city government"),
       C("More than 500", 500, "more_than", "troops", "rescuers", None, cat_alt=["other"])]),
    P("d5_035",
      "COLOMBO, Dec 1, 2025 (AFP) - Sri Lanka's Disaster Management Centre said on Monday that 355 "
      "people had died in floods and landslides unleashed by Cyclone Ditwah, and another 366 were "
      "missing. More than 1.1 million people were affected, 218,000 of them sheltering in "
      "state-run relief centres, it said. India sent two naval ships carrying 12 tonnes of relief "
      "supplies, and Pakistan and Japan dispatched rescue teams.",
      [C("355", 355, "exact", "killed", "people", DMC),
       C("366", 366, "exact", "missing", "people", DMC),
       C("More than 1.1 million", 1100000, "more_than", "other", "people affected", DMC,
         cat_alt=["population"]),
       C("218,000", 218000, "exact", "displaced", "people in relief centres", DMC),
       C("two", 2, "exact", "other", "naval ships", None, optional=True,
         cat_alt=["munitions", "aid"]),
       C("12", 12, "exact", "aid", "tonnes of relief supplies", None)],
      published="2025-12-01"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d5_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=35)
