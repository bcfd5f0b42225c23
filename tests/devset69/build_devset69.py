"""Source of the sixty-ninth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on Latin America and the
Caribbean between 1991 and 2025, written for this set (none copied from an article) in the
English-language styles of wire services and regional outlets, much of it translated in style:
EFE, AFP, AP, Reuters, Andina, Prensa Latina, Agência Brasil, El País English, Folha and Globo
English pages, MercoPress, the Buenos Aires Times, Mexico News Daily, the Jamaica Gleaner, the
Nassau Guardian, HaitiLibre, CMC and the Tico Times. Disasters (hurricanes, mudslides,
earthquakes, volcanoes, floods, fires), cartel and gang violence, a prison raid, protests and
crackdowns, migration and displacement, and epidemics. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded in
the READMEs of the earlier sets. Figures follow contemporary reports loosely and some details are
invented; the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset69/build_devset69.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 69)]
           + [f"devset{n}" for n in range(70, 80)] + ["holdout", "holdout2", "holdout3"])

PASSAGES = [
    # --- Hurricanes and floods -----------------------------------------------------------------
    P("d69_001",
      "SANTIAGO ATITLAN, Guatemala, Oct 9, 2005 (AFP) - Rescuers on Sunday abandoned the search "
      "for survivors in Panabaj, a Tz'utujil Maya hamlet on the shore of Lake Atitlan that was "
      "buried by a wall of mud during Hurricane Stan, and local officials said the site would be "
      "declared a cemetery. Mayor Diego Esquina told AFP that at least 160 bodies had been "
      "recovered and that as many as 1,400 people could still lie under the mud, which in places "
      "is 12 metres deep. Across the country the storm and the floods that followed have killed "
      "652 people, with 577 missing, according to the national disaster agency CONRED. More than "
      "60,000 people spent Saturday night in 560 shelters, it said.",
      [C("at least 160", 160, "at_least", "killed", "bodies recovered in Panabaj",
         "Mayor Diego Esquina"),
       C("as many as 1,400", 1400, "at_most", "killed", "people under the mud in Panabaj",
         "Mayor Diego Esquina", cat_alt=["missing"]),
       C("652", 652, "exact", "killed", "people in Guatemala", "the national disaster agency CONRED",
         attr_alt=["CONRED"]),
       C("577", 577, "exact", "missing", "people in Guatemala",
         "the national disaster agency CONRED", attr_alt=["CONRED"]),
       C("More than 60,000", 60000, "more_than", "displaced", "people in shelters",
         "the national disaster agency CONRED", attr_alt=["it", "CONRED"]),
       C("560", 560, "exact", "infrastructure", "shelters", "the national disaster agency CONRED",
         cat_alt=["other"], attr_alt=["it", "CONRED"])],
      published="2005-10-09"),

    P("d69_002",
      "Dean leaves trail of damage; three dead\n"
      "Published: Monday | August 20, 2007\n"
      "Hurricane Dean roared past Jamaica's south coast yesterday with winds of up to 145 miles "
      "per hour, killing at least three people and leaving much of the island in darkness. Police "
      "said a woman died in St Andrew when a wall collapsed on her house and that two men were "
      "killed in separate incidents in St Catherine. Prime Minister Portia Simpson Miller said "
      "some 4,000 people had spent the night in 47 shelters islandwide, while the Office of "
      "Disaster Preparedness and Emergency Management (ODPEM) put the figure at close to 5,000. "
      "The Jamaica Public Service Company said electricity had been cut to about 400,000 of its "
      "customers. Nearly 50 inmates were moved from the Tower Street Adult Correctional Centre "
      "after part of its roof was blown off, the Department of Correctional Services said.",
      [C("three", 3, "exact", "killed", "people in Jamaica (headline)", ctx="three dead"),
       C("at least three", 3, "at_least", "killed", "people in Jamaica", None,
         attr_alt=["Police"]),
       C("two", 2, "exact", "killed", "men in St Catherine", "Police", ctx="two men"),
       C("some 4,000", 4000, "about", "displaced", "people in shelters",
         "Prime Minister Portia Simpson Miller"),
       C("47", 47, "exact", "infrastructure", "shelters islandwide",
         "Prime Minister Portia Simpson Miller", cat_alt=["other"]),
       C("close to 5,000", 5000, "about", "displaced", "people in shelters",
         "the Office of Disaster Preparedness and Emergency Management (ODPEM)",
         attr_alt=["ODPEM"]),
       C("about 400,000", 400000, "about", "other", "customers without power",
         "The Jamaica Public Service Company", cat_alt=["population"]),
       C("Nearly 50", 50, "about", "detained", "inmates moved from Tower Street",
         "the Department of Correctional Services", cat_alt=["displaced"])],
      published="2007-08-20"),

    P("d69_003",
      "Atacama floods: death toll rises to 17, with 20 still missing\n"
      "Thursday, March 26th 2015 - 08:40 UTC\n"
      "The number of people killed by the floods and mudslides that swept through Chile's Atacama "
      "region rose to 17 on Wednesday, the Interior Ministry said, and 20 people remain "
      "unaccounted for. The National Emergency Office (Onemi) said 2,700 people were staying in "
      "shelters and that more than 6,000 homes had been damaged, 1,200 of them destroyed or left "
      "uninhabitable. In Chañaral, where a river of mud up to two metres high ran through the "
      "centre of town, Mayor Héctor Volta said nine of the dead had been found. President "
      "Michelle Bachelet, on her second visit to the region, announced that 3,800 soldiers would "
      "be sent to help clear the streets. The desert region, one of the driest places on earth, "
      "received more rain in 12 hours than it normally does in a year.",
      [C("17", 17, "exact", "killed", "people in Atacama floods (headline)",
         ctx="rises to 17"),
       C("20", 20, "exact", "missing", "people in Atacama (headline)", ctx="20 still missing"),
       C("17", 17, "exact", "killed", "people in Atacama floods", "the Interior Ministry",
         ctx="rose to 17"),
       C("20", 20, "exact", "missing", "people in Atacama", "the Interior Ministry",
         attr_alt=[None], ctx="20 people remain"),
       C("2,700", 2700, "exact", "displaced", "people in shelters",
         "The National Emergency Office (Onemi)", attr_alt=["Onemi"]),
       C("more than 6,000", 6000, "more_than", "infrastructure", "homes damaged",
         "The National Emergency Office (Onemi)", attr_alt=["Onemi"]),
       C("1,200", 1200, "exact", "infrastructure", "homes destroyed or uninhabitable",
         "The National Emergency Office (Onemi)", attr_alt=["Onemi"]),
       C("nine", 9, "exact", "killed", "dead found in Chañaral", "Mayor Héctor Volta"),
       C("3,800", 3800, "exact", "troops", "soldiers sent to Atacama",
         "President Michelle Bachelet", attr_alt=[None])],
      published="2015-03-26"),

    # --- Earthquakes ---------------------------------------------------------------------------
    P("d69_004",
      "SANTIAGO, Sept 17 (Reuters) - A magnitude 8.3 earthquake struck off central Chile late on "
      "Wednesday, killing at least eight people and forcing about a million to leave coastal "
      "areas as tsunami waves of up to 4.5 metres battered the port of Coquimbo. Interior "
      "Minister Jorge Burgos said the dead included a woman crushed by a falling wall in "
      "Illapel, the town closest to the epicentre, and a man killed in a landslide near Vicuña. "
      "Some 240 homes were destroyed in Coquimbo and Illapel, according to the national "
      "emergency office Onemi, which had earlier given a toll of five. \"We are a country that "
      "knows how to deal with this,\" Burgos told reporters, adding that 21 aftershocks above "
      "magnitude 6 had been recorded overnight. The quake, which hit at 7:54 p.m. local time "
      "(2254 GMT), was the strongest in the world so far this year.",
      [C("at least eight", 8, "at_least", "killed", "people in Chile", None,
         attr_alt=["Interior Minister Jorge Burgos"]),
       C("about a million", 1_000_000, "about", "displaced", "people evacuated from the coast",
         None, attr_alt=["Interior Minister Jorge Burgos"]),
       C("Some 240", 240, "about", "infrastructure", "homes destroyed",
         "the national emergency office Onemi", attr_alt=["Onemi"]),
       C("five", 5, "exact", "killed", "earlier toll", "the national emergency office Onemi",
         attr_alt=["Onemi"]),
       C("21", 21, "exact", "other", "aftershocks above magnitude 6", "Burgos",
         optional=True, attr_alt=["Interior Minister Jorge Burgos"])]),

    P("d69_005",
      "Lima, May 26 (ANDINA). Two people died and at least 30 were injured after a magnitude 8.0 "
      "earthquake shook the Amazon region of Loreto early Sunday, the National Emergency "
      "Operations Center (COEN) reported. The quake, centred 75 kilometers southeast of Lagunas "
      "at a depth of 110 kilometers, damaged 240 homes, four churches and 12 schools, the COEN "
      "said in its 11:00 a.m. report. In Yurimaguas, the worst-hit city, a 48-year-old man was "
      "killed when part of a building fell on him, local police said. Prime Minister Salvador "
      "del Solar flew to the area with 25 tons of humanitarian aid, including tents, blankets "
      "and drinking water. No tsunami warning was issued for the Peruvian coast.",
      [C("Two", 2, "exact", "killed", "people in Loreto",
         "the National Emergency Operations Center (COEN)", attr_alt=["COEN"]),
       C("at least 30", 30, "at_least", "injured", "people in Loreto",
         "the National Emergency Operations Center (COEN)", attr_alt=["COEN"]),
       C("240", 240, "exact", "infrastructure", "homes damaged", "the COEN",
         attr_alt=["the National Emergency Operations Center (COEN)"]),
       C("four", 4, "exact", "infrastructure", "churches damaged", "the COEN",
         attr_alt=["the National Emergency Operations Center (COEN)"]),
       C("12", 12, "exact", "infrastructure", "schools damaged", "the COEN",
         attr_alt=["the National Emergency Operations Center (COEN)"]),
       C("25", 25, "exact", "aid", "tons of humanitarian aid", None,
         attr_alt=["Prime Minister Salvador del Solar"])]),

    P("d69_006",
      "Quito, 19 Mar (EFE).- The death toll from the magnitude 6.8 earthquake that shook southern "
      "Ecuador on Saturday has risen to 14, the Risk Management Secretariat reported on Sunday, up "
      "from 13 the night before. Twelve of the victims died in the province of El Oro and two in "
      "Azuay, the agency said in its latest report, which also listed 446 people injured, 84 "
      "homes destroyed and another 180 damaged. In the town of Pasaje, where a three-storey "
      "building housing a bank office collapsed, firefighters pulled four people alive from the "
      "rubble, the local fire department said. President Guillermo Lasso, who toured the area on "
      "Sunday, said more than 1,000 soldiers and police officers had been sent to help with "
      "rescue work and to prevent looting.",
      [C("14", 14, "exact", "killed", "people in southern Ecuador",
         "the Risk Management Secretariat"),
       C("13", 13, "exact", "killed", "earlier toll", "the Risk Management Secretariat"),
       C("Twelve", 12, "exact", "killed", "victims in El Oro", "the agency",
         attr_alt=["the Risk Management Secretariat", "its latest report"]),
       C("two", 2, "exact", "killed", "victims in Azuay", "the agency",
         attr_alt=["the Risk Management Secretariat", "its latest report"]),
       C("446", 446, "exact", "injured", "people injured", "the agency",
         attr_alt=["the Risk Management Secretariat", "its latest report"]),
       C("84", 84, "exact", "infrastructure", "homes destroyed", "the agency",
         attr_alt=["the Risk Management Secretariat", "its latest report"]),
       C("180", 180, "exact", "infrastructure", "homes damaged", "the agency",
         attr_alt=["the Risk Management Secretariat", "its latest report"]),
       C("four", 4, "exact", "other", "people pulled alive from the rubble in Pasaje",
         "the local fire department"),
       C("more than 1,000", 1000, "more_than", "troops", "soldiers and police officers sent",
         "President Guillermo Lasso")]),

    # --- Volcanoes -----------------------------------------------------------------------------
    P("d69_007",
      "BAÑOS, Ecuador (AP) — The Tungurahua volcano hurled glowing rock and ash onto villages on "
      "its western slopes overnight, killing at least four people and leaving more than a dozen "
      "missing, officials said Thursday. Soldiers and police evacuated some 3,000 residents from "
      "the hamlets of Palitahua, Cusúa and Juive Grande as searing flows of gas and debris rolled "
      "down ravines toward the Chambo River, said Juan Salazar, a civil defense official in "
      "Tungurahua province. Hospitals in the provincial capital, Ambato, treated 60 people for "
      "burns and breathing problems, he said. The 16,479-foot (5,023-meter) volcano, whose name "
      "means \"throat of fire\" in Quechua, has been active since 1999, when the 18,000 residents "
      "of the resort town of Baños were evacuated for three months.",
      [C("at least four", 4, "at_least", "killed", "people near Tungurahua", "officials"),
       C("more than a dozen", 12, "more_than", "missing", "people near Tungurahua",
         "officials"),
       C("some 3,000", 3000, "about", "displaced", "residents evacuated from hamlets",
         "Juan Salazar", attr_alt=["Juan Salazar, a civil defense official in Tungurahua province"]),
       C("60", 60, "exact", "injured", "people treated in Ambato", "Juan Salazar",
         attr_alt=["he"]),
       C("18,000", 18000, "exact", "displaced", "residents of Baños evacuated in 1999", None,
         cat_alt=["population"])]),

    P("d69_008",
      "Chile's Calbuco volcano erupts again, forcing thousands more to flee\n"
      "Ash cloud reaches Argentina as authorities widen exclusion zone to 20 kilometers\n"
      "ROCÍO MONTES | Santiago de Chile 24 APR 2015 - 10:12 CEST\n"
      "The Calbuco volcano in southern Chile erupted for the second time in less than 24 hours "
      "early on Thursday, prompting the government to extend the exclusion zone around it and "
      "to order the evacuation of a further 2,000 people. In all, some 6,500 residents of "
      "Ensenada, Alerce and nearby hamlets have left their homes, according to the Interior "
      "Ministry, which said no deaths or injuries had been reported. The ministry added that 300 "
      "police officers and soldiers were guarding the empty houses to prevent looting. Ensenada, "
      "about 15 kilometers from the crater, lay under half a meter of ash on Thursday morning, and "
      "the roofs of several buildings had given way under its weight. Calbuco had not erupted "
      "since 1972.",
      [C("thousands", 1000, "vague", "displaced", "people fleeing Calbuco (headline)"),
       C("2,000", 2000, "exact", "displaced", "people ordered evacuated", None,
         attr_alt=["the government", "the Interior Ministry"]),
       C("some 6,500", 6500, "about", "displaced", "residents who left their homes",
         "the Interior Ministry"),
       C("300", 300, "exact", "troops", "police officers and soldiers guarding houses",
         "The ministry", attr_alt=["the Interior Ministry"])],
      published="2015-04-24"),

    P("d69_009",
      "Santiago de Chile, May 7 (Prensa Latina) Chilean Navy ships completed on Wednesday the "
      "evacuation of Chaitén, whose 4,200 inhabitants have been moved to Puerto Montt and other "
      "cities since the volcano of the same name began to erupt last Friday for the first time "
      "in more than 9,000 years. The National Emergency Office (ONEMI) reported that a total of "
      "4,625 people had been evacuated from Chaitén and the nearby Futaleufú area, among them 37 "
      "patients from the town's hospital. An elderly woman died of a heart attack on board a ship "
      "during the operation, the agency said, the only death so far linked to the eruption. "
      "Interior Minister Edmundo Pérez Yoma told reporters that fewer than 10 residents, most of "
      "them farmers unwilling to leave their animals, were still in the town despite the order "
      "to leave.",
      [C("4,200", 4200, "exact", "population", "inhabitants of Chaitén", None,
         cat_alt=["displaced"], attr_alt=["The National Emergency Office (ONEMI)"]),
       C("4,625", 4625, "exact", "displaced", "people evacuated from Chaitén and Futaleufú",
         "The National Emergency Office (ONEMI)", attr_alt=["ONEMI"]),
       C("37", 37, "exact", "displaced", "hospital patients evacuated",
         "The National Emergency Office (ONEMI)", attr_alt=["ONEMI"]),
       C("fewer than 10", 10, "fewer_than", "population", "residents still in Chaitén",
         "Interior Minister Edmundo Pérez Yoma", cat_alt=["other"])]),

    P("d69_010",
      "Popocatépetl alert raised to Yellow Phase 3 as ash grounds flights\n"
      "Published on Monday, May 22, 2023\n"
      "Authorities raised the volcanic alert for Popocatépetl to Yellow Phase 3 on Sunday, the "
      "second-highest level on a seven-step scale, after the volcano produced more than 14 hours "
      "of continuous tremor. Mexico City International Airport suspended operations for about "
      "five hours on Saturday because of ash on its runways, and the airport in Puebla stayed "
      "closed until 11:50 a.m. on Monday. The 5,426-meter volcano sits about 72 kilometers "
      "southeast of the capital, and the new alert level keeps people out of a radius of 12 "
      "kilometers around the crater. The alert had last been raised to that level in 2012. No "
      "evacuations have been ordered and no injuries have been reported, the National Civil "
      "Protection Coordination said.",
      [],
      published="2023-05-22"),

    # --- Floods and landslides -----------------------------------------------------------------
    P("d69_011",
      "FONDS-VERRETTES, Haiti (AP) — Foreign troops and aid workers dug through mud and boulders "
      "on Thursday in this mountain town near the Dominican border, where floods last week killed "
      "at least 1,000 people, according to Haiti's civil protection office. In the southeastern "
      "village of Mapou, officials put the toll at more than 500, and the Red Cross said an "
      "estimated 1,000 people there were still missing. Across the border, Dominican authorities "
      "said the number of dead in the town of Jimaní had risen to 414, up from the 300 given on "
      "Tuesday, and that another 300 people were unaccounted for. \"We buried people in common "
      "graves because there was no other choice,\" said Haiti's interim prime minister, Gérard "
      "Latortue. The World Food Program said it had begun handing out 80 tons of food to 16,000 "
      "people in the two towns.",
      [C("at least 1,000", 1000, "at_least", "killed", "people in Fonds-Verrettes",
         "Haiti's civil protection office"),
       C("more than 500", 500, "more_than", "killed", "people in Mapou", "officials"),
       C("an estimated 1,000", 1000, "about", "missing", "people in Mapou", "the Red Cross"),
       C("414", 414, "exact", "killed", "people in Jimaní", "Dominican authorities"),
       C("300", 300, "exact", "killed", "earlier toll in Jimaní", "Dominican authorities",
         ctx="the 300 given"),
       C("300", 300, "exact", "missing", "people in Jimaní", "Dominican authorities",
         ctx="another 300 people"),
       C("80", 80, "exact", "aid", "tons of food", "The World Food Program"),
       C("16,000", 16000, "exact", "other", "people receiving food", "The World Food Program",
         cat_alt=["aid"])]),

    P("d69_012",
      "CARACAS, Aug 25 (Reuters) - At least 20 people have died and 17 remain missing after "
      "heavy rains caused rivers to burst their banks in Venezuela's western Andean state of "
      "Mérida, Interior Minister Carmen Meléndez said on Wednesday. The worst damage was in the "
      "town of Tovar, where the Mocotíes river swept away houses, bridges and cars late on "
      "Monday. Meléndez said 1,200 homes had been damaged and 8,000 people affected across the "
      "state. President Nicolas Maduro declared three days of national mourning and said on state "
      "television that 60 tonnes of food and medicine had been sent to the area. Mérida's "
      "governor, Ramón Guevara, who belongs to the opposition, put the number of missing at "
      "\"more than 30\" and said residents of Tovar had gone two days without drinking water.",
      [C("At least 20", 20, "at_least", "killed", "people in Mérida",
         "Interior Minister Carmen Meléndez"),
       C("17", 17, "exact", "missing", "people in Mérida", "Interior Minister Carmen Meléndez"),
       C("1,200", 1200, "exact", "infrastructure", "homes damaged", "Meléndez",
         attr_alt=["Interior Minister Carmen Meléndez"]),
       C("8,000", 8000, "exact", "other", "people affected", "Meléndez",
         cat_alt=["population"], attr_alt=["Interior Minister Carmen Meléndez"]),
       C("60", 60, "exact", "aid", "tonnes of food and medicine", "President Nicolas Maduro"),
       C("more than 30", 30, "more_than", "missing", "people in Mérida", "Ramón Guevara",
         attr_alt=["Mérida's governor"])]),

    P("d69_013",
      "BOGOTA, Jan 10, 2023 (AFP) - A huge landslide swallowed a stretch of the Pan-American "
      "Highway and about 80 homes in the southwestern Colombian municipality of Rosas, officials "
      "said Tuesday, but nobody was killed because residents had been moved out in time. The "
      "National Disaster Risk Management Unit (UNGRD) said some 700 families, about 2,500 "
      "people, had left the area since Saturday, when cracks first opened in the ground. \"There "
      "are no deaths. That is thanks to the early warning,\" UNGRD director Javier Pava told "
      "Caracol Radio. President Gustavo Petro declared a state of disaster and said an "
      "alternative route would be opened within 20 days. The collapse cut the main road "
      "between Cauca and Nariño departments, stranding hundreds of trucks on either side.",
      [C("about 80", 80, "about", "infrastructure", "homes swallowed in Rosas", "officials"),
       C("some 700", 700, "about", "displaced", "families who left Rosas",
         "The National Disaster Risk Management Unit (UNGRD)", attr_alt=["UNGRD"]),
       C("about 2,500", 2500, "about", "displaced", "people who left Rosas",
         "The National Disaster Risk Management Unit (UNGRD)", attr_alt=["UNGRD"]),
       C("hundreds", 100, "vague", "other", "trucks stranded", None, optional=True)],
      published="2023-01-10"),

    P("d69_014",
      "BOGOTA, Colombia (AP) — The death toll from an avalanche of mud and rock that buried "
      "homes in the central Colombian town of Quetame rose to 20 on Wednesday, including at "
      "least five children, Cundinamarca Gov. Nicolás García said. Rescue teams were still "
      "searching for 15 people, García said, while 17 others were being treated in hospitals in "
      "Villavicencio and Bogotá. The slide, set off by heavy rain late Monday, also carried away "
      "a section of the highway linking Bogotá with the eastern plains, which will stay closed "
      "for at least a week. Some 300 rescuers, among them soldiers, police officers and civil "
      "defense volunteers, were working at the site with dogs and heavy machinery, according to "
      "the national disaster agency.",
      [C("20", 20, "exact", "killed", "people in Quetame", "Cundinamarca Gov. Nicolás García"),
       C("at least five", 5, "at_least", "killed", "children in Quetame",
         "Cundinamarca Gov. Nicolás García"),
       C("15", 15, "exact", "missing", "people in Quetame", "García",
         attr_alt=["Cundinamarca Gov. Nicolás García"]),
       C("17", 17, "exact", "injured", "people in hospital", "García",
         attr_alt=["Cundinamarca Gov. Nicolás García", None]),
       C("Some 300", 300, "about", "troops", "rescuers at the site",
         "the national disaster agency", cat_alt=["other"])]),

    P("d69_015",
      "BOGOTA, Dec 5 (Reuters) - Rescue workers in Colombia pulled 33 bodies, eight of them "
      "children, from the mud after a landslide buried a bus and several other vehicles on a "
      "mountain road in the western province of Risaralda, the national disaster agency said on "
      "Monday. Nine people, including a seven-year-old girl, were rescued alive from the bus, "
      "which had been carrying around 25 passengers from Cali to the town of Condoto in Chocó. "
      "President Gustavo Petro had said on Sunday that three people had died in the slide near "
      "the town of Pueblo Rico. The agency said the toll could rise because it was not known how "
      "many people had been travelling in the cars and motorcycles caught by the mud.",
      [C("33", 33, "exact", "killed", "bodies pulled from the mud",
         "the national disaster agency"),
       C("eight", 8, "exact", "killed", "children", "the national disaster agency"),
       C("Nine", 9, "exact", "other", "people rescued alive from the bus",
         "the national disaster agency", attr_alt=[None]),
       C("around 25", 25, "about", "other", "passengers on the bus", None,
         attr_alt=["the national disaster agency"]),
       C("three", 3, "exact", "killed", "earlier toll", "President Gustavo Petro")]),

    P("d69_016",
      "Peru's coastal floods leave 75 dead and more than 100,000 homeless\n"
      "The Rímac burst its banks in Lima as the country faces the worst rains in two decades\n"
      "JACQUELINE FOWKS | Lima 18 MAR 2017 - 12:37 CET\n"
      "The torrential rains and mudslides, known in Peru as huaicos, that have battered the "
      "country's coast since January have killed 75 people and injured 263, according to the "
      "latest figures from the National Civil Defense Institute (Indeci), while some 20 people "
      "remain missing. More than 100,000 people have lost their homes and nearly 630,000 have "
      "been affected in some way. A video of Evangelina Chamorro, 32, crawling out of a river of "
      "mud in Punta Hermosa, south of Lima, has been watched millions of times. Defence Minister "
      "Jorge Nieto said between 8,000 and 10,000 soldiers had been sent to the worst-hit regions "
      "of Piura, Lambayeque and La Libertad.",
      [C("75", 75, "exact", "killed", "people in Peru's floods (headline)", ctx="75 dead"),
       C("more than 100,000", 100000, "more_than", "displaced", "people left homeless (headline)",
         ctx="more than 100,000 homeless"),
       C("75", 75, "exact", "killed", "people in Peru's floods",
         "the National Civil Defense Institute (Indeci)", attr_alt=["Indeci"],
         ctx="killed 75 people"),
       C("263", 263, "exact", "injured", "people in Peru's floods",
         "the National Civil Defense Institute (Indeci)", attr_alt=["Indeci"]),
       C("some 20", 20, "about", "missing", "people in Peru's floods",
         "the National Civil Defense Institute (Indeci)", attr_alt=["Indeci", None]),
       C("More than 100,000", 100000, "more_than", "displaced", "people who lost their homes",
         "the National Civil Defense Institute (Indeci)", attr_alt=["Indeci", None],
         ctx="More than 100,000 people"),
       C("nearly 630,000", 630000, "about", "other", "people affected",
         "the National Civil Defense Institute (Indeci)", cat_alt=["population"],
         attr_alt=["Indeci", None]),
       C("millions", 1_000_000, "vague", "other", "views of a video", None, optional=True),
       C("between 8,000 and 10,000", 8000, "range", "troops", "soldiers sent north",
         "Defence Minister Jorge Nieto", high=10000)],
      published="2017-03-18"),

    # --- Fires, explosions and collapses -------------------------------------------------------
    P("d69_017",
      "Published on 15/09/2020 - 17:42 By Pedro Peduzzi - Reporter Agência Brasil - Brasília\n"
      "Fires have burned 2.3 million hectares of the Pantanal this year, about 15% of the "
      "wetland, according to the Environmental Satellite Applications Laboratory (Lasa) of the "
      "Federal University of Rio de Janeiro. The National Institute for Space Research (Inpe) "
      "recorded 5,603 fire outbreaks in the biome in the first 14 days of September alone, more "
      "than in any full month since records began in 1998. The Ministry of Defence said more "
      "than 400 military personnel, backed by aircraft from the Air Force, were fighting the "
      "flames in Mato Grosso and Mato Grosso do Sul. Veterinarians working with rescue groups "
      "have treated dozens of burned animals, including at least 20 jaguars, at field clinics "
      "in Poconé.",
      [C("2.3 million", 2_300_000, "exact", "other", "hectares burned",
         "the Environmental Satellite Applications Laboratory (Lasa) of the Federal University "
         "of Rio de Janeiro", optional=True, attr_alt=["Lasa"]),
       C("about 15%", 15, "about", "other", "share of the wetland burned",
         "the Environmental Satellite Applications Laboratory (Lasa) of the Federal University "
         "of Rio de Janeiro", optional=True, attr_alt=["Lasa"]),
       C("5,603", 5603, "exact", "other", "fire outbreaks in September",
         "The National Institute for Space Research (Inpe)", attr_alt=["Inpe"]),
       C("more than 400", 400, "more_than", "troops", "military personnel fighting fires",
         "The Ministry of Defence"),
       C("dozens", 12, "vague", "other", "burned animals treated", None, cat_alt=["injured"]),
       C("at least 20", 20, "at_least", "other", "jaguars treated", None,
         cat_alt=["injured"])],
      published="2020-09-15"),

    P("d69_018",
      "Folha de S.Paulo\n"
      "Dec. 1, 2023, 6:20 p.m.\n"
      "Maceió (AL) - The city of Maceió declared a state of emergency on Wednesday after the "
      "Civil Defense warned that mine number 18, one of 35 salt caverns dug by the petrochemical "
      "company Braskem beneath the Mutange neighborhood, could collapse at any moment. The ground "
      "above the cavern has sunk 1.42 meters since the start of November. Around 14,000 "
      "properties in the neighborhoods of Pinheiro, Mutange, Bebedouro, Bom Parto and Farol have "
      "been vacated since 2019, forcing some 60,000 people to leave their homes, according to the "
      "city government. Braskem said in a statement that the area over the mine had been empty "
      "since 2020 and that it was monitoring the site around the clock.",
      [C("35", 35, "exact", "other", "salt caverns dug by Braskem", None, optional=True,
         cat_alt=["infrastructure"]),
       C("Around 14,000", 14000, "about", "infrastructure", "properties vacated",
         "the city government"),
       C("some 60,000", 60000, "about", "displaced", "people forced from their homes",
         "the city government")],
      published="2023-12-01"),

    P("d69_019",
      "LIMA, Dec 30, 2001 (AFP) - The death toll from a fireworks blaze that tore through a "
      "crowded shopping district in central Lima on Saturday night rose to 274, the Lima "
      "prosecutor's office said Sunday, making it the deadliest fire in Peru's history. Health "
      "Minister Fernando Carbone said at least 140 people had been taken to hospital with burns, "
      "30 of them in critical condition, and warned that dozens more bodies could still be "
      "inside the charred buildings of Mesa Redonda. The fire broke out at about 7:15 pm when a "
      "vendor lit a firecracker to show it to a customer, witnesses said. Some 200 firefighters "
      "battled the flames through the night, the volunteer fire brigade said. President "
      "Alejandro Toledo declared a day of national mourning and banned the sale of fireworks.",
      [C("274", 274, "exact", "killed", "people in Mesa Redonda fire",
         "the Lima prosecutor's office"),
       C("at least 140", 140, "at_least", "injured", "people taken to hospital with burns",
         "Health Minister Fernando Carbone"),
       C("30", 30, "exact", "injured", "people in critical condition",
         "Health Minister Fernando Carbone", ctx="30 of them"),
       C("dozens", 12, "vague", "killed", "more bodies inside the buildings",
         "Health Minister Fernando Carbone", cat_alt=["missing"]),
       C("Some 200", 200, "about", "troops", "firefighters", "the volunteer fire brigade",
         cat_alt=["other"])],
      published="2001-12-30"),

    P("d69_020",
      "HERMOSILLO, Mexico (AP) — The death toll from a fire at a government-subsidized day care "
      "center in northern Mexico rose to 41 on Sunday after two more toddlers died in hospital, "
      "Sonora state officials said. Thirty-five other children remained hospitalized, 18 of them "
      "in serious condition, and at least five had been flown to a burns unit in Sacramento, "
      "California. Some 176 children between the ages of six months and five years were inside "
      "the ABC day care center when fire spread from an adjoining warehouse on Friday afternoon. "
      "The Mexican Social Security Institute, which subcontracts some 1,500 day care centers "
      "nationwide, said it would inspect all of them. Nobody has been arrested.",
      [C("41", 41, "exact", "killed", "people in ABC day care fire", "Sonora state officials"),
       C("two", 2, "exact", "killed", "toddlers who died in hospital", "Sonora state officials"),
       C("Thirty-five", 35, "exact", "injured", "children hospitalized",
         "Sonora state officials", attr_alt=[None]),
       C("18", 18, "exact", "injured", "children in serious condition",
         "Sonora state officials", attr_alt=[None]),
       C("at least five", 5, "at_least", "injured", "children flown to Sacramento",
         "Sonora state officials", attr_alt=[None]),
       C("Some 176", 176, "about", "other", "children inside the day care center", None),
       C("some 1,500", 1500, "about", "infrastructure", "day care centers subcontracted",
         "The Mexican Social Security Institute", optional=True, cat_alt=["other"])]),

    P("d69_021",
      "BOGOTA (AFP) - The death toll from a tanker truck explosion in northern Colombia has "
      "risen to 33, health authorities in Magdalena department said Tuesday, after two more "
      "burn victims died in a hospital in Barranquilla. The truck overturned on the coastal "
      "highway near the village of Tasajera on July 6 and blew up while dozens of residents were "
      "siphoning off its gasoline. Some 50 people were injured, many with burns over more than "
      "half of their bodies, and 11 remain in intensive care, the Magdalena health secretariat "
      "said. Stealing fuel from overturned tankers is common in the impoverished region, where "
      "many families live on less than $5 a day.",
      [C("33", 33, "exact", "killed", "people in Tasajera explosion",
         "health authorities in Magdalena department"),
       C("two", 2, "exact", "killed", "burn victims who died in hospital",
         "health authorities in Magdalena department"),
       C("dozens", 12, "vague", "other", "residents siphoning gasoline", None, optional=True),
       C("Some 50", 50, "about", "injured", "people injured in Tasajera",
         "the Magdalena health secretariat"),
       C("11", 11, "exact", "injured", "people in intensive care",
         "the Magdalena health secretariat")]),

    P("d69_022",
      "RIO DE JANEIRO, Feb 8 (Reuters) - A fire swept through a dormitory at the training ground "
      "of Flamengo, Brazil's most popular football club, before dawn on Friday, killing 10 young "
      "players and injuring three, Rio de Janeiro's fire department said. The victims, aged "
      "between 14 and 16, had been sleeping in converted shipping containers that served as "
      "living quarters for the club's youth teams. Firefighters said 26 people had been in the "
      "building when the blaze broke out at about 5 a.m. and that 13 got out unhurt. The city "
      "government said the lodging had never been licensed and that the club had been fined 31 "
      "times for irregularities at the site. Flamengo declared three days of mourning.",
      [C("10", 10, "exact", "killed", "young players", "Rio de Janeiro's fire department"),
       C("three", 3, "exact", "injured", "people injured", "Rio de Janeiro's fire department",
         ctx="injuring three"),
       C("26", 26, "exact", "other", "people in the building", "Firefighters"),
       C("13", 13, "exact", "other", "people who got out unhurt", "Firefighters"),
       C("31", 31, "exact", "other", "fines issued to the club", "The city government",
         optional=True)]),

    # --- Armed violence ------------------------------------------------------------------------
    P("d69_023",
      "OCOSINGO, Mexico (AP) — Mexican army troops retook this market town in the southern state "
      "of Chiapas on Tuesday after two days of fighting with Indian rebels, and reporters counted "
      "at least 30 bodies in and around the central market. The Defense Ministry said in a "
      "statement that 61 rebels and nine soldiers had been killed since the uprising began on "
      "New Year's Day, while the Roman Catholic diocese of San Cristóbal de las Casas put the "
      "toll at more than 400, most of them civilians. The army has sent some 12,000 troops to "
      "the region, backed by helicopters and light aircraft. The Zapatista National Liberation "
      "Army, which says it has thousands of fighters, has demanded land, democracy and the "
      "resignation of President Carlos Salinas de Gortari.",
      [C("at least 30", 30, "at_least", "killed", "bodies in Ocosingo", "reporters"),
       C("61", 61, "exact", "killed", "rebels", "The Defense Ministry"),
       C("nine", 9, "exact", "killed", "soldiers", "The Defense Ministry"),
       C("more than 400", 400, "more_than", "killed", "people in Chiapas uprising",
         "the Roman Catholic diocese of San Cristóbal de las Casas"),
       C("some 12,000", 12000, "about", "troops", "army troops sent to the region", None,
         attr_alt=["The army"]),
       C("thousands", 1000, "vague", "troops", "Zapatista fighters",
         "The Zapatista National Liberation Army", cat_alt=["other"])]),

    P("d69_024",
      "Six killed as cartel lures police into explosive trap in Jalisco\n"
      "Published on Wednesday, July 12, 2023\n"
      "Four police officers and two civilians were killed on Tuesday when explosives buried in a "
      "dirt road went off in Tlajomulco de Zúñiga, a municipality on the southern edge of the "
      "Jalisco state capital. Jalisco Governor Enrique Alfaro said at least 12 other people were "
      "injured, two of them seriously, and described the attack as an act of terror without "
      "precedent in the state. The officers had gone to the area after an anonymous call "
      "reporting that bodies had been dumped there. State Security Secretary Juan Pablo "
      "Hernández said investigators later found and defused three more devices along the same "
      "road. Nobody has claimed the attack, but Alfaro blamed the Jalisco New Generation Cartel.",
      [C("Six", 6, "exact", "killed", "people in Tlajomulco (headline)"),
       C("Four", 4, "exact", "killed", "police officers", None,
         attr_alt=["Jalisco Governor Enrique Alfaro"]),
       C("two", 2, "exact", "killed", "civilians", None,
         attr_alt=["Jalisco Governor Enrique Alfaro"], ctx="two civilians"),
       C("at least 12", 12, "at_least", "injured", "people injured",
         "Jalisco Governor Enrique Alfaro"),
       C("two", 2, "exact", "injured", "people seriously injured",
         "Jalisco Governor Enrique Alfaro", ctx="two of them"),
       C("three", 3, "exact", "munitions", "explosive devices defused",
         "State Security Secretary Juan Pablo Hernández", cat_alt=["other"])],
      published="2023-07-12"),

    P("d69_025",
      "MEXICO CITY, Oct 7 (Reuters) - The mayor of Chilpancingo, capital of the violent southern "
      "Mexican state of Guerrero, was killed on Sunday less than a week after taking office, "
      "state prosecutors said, in an attack condemned by President Claudia Sheinbaum. Alejandro "
      "Arcos, 43, was the second member of the new city administration to be killed in four "
      "days. About 1,500 homicides were recorded in Guerrero last year, according to government "
      "data, and at least 30 people seeking office were killed across Mexico during the campaign "
      "for the June 2 elections, according to the consultancy Integralia. The state government "
      "said 600 soldiers and National Guard members had been sent to Chilpancingo after the "
      "killing.",
      [C("About 1,500", 1500, "about", "killed", "homicides in Guerrero last year",
         "government data"),
       C("at least 30", 30, "at_least", "killed", "people seeking office",
         "the consultancy Integralia", attr_alt=["Integralia"]),
       C("600", 600, "exact", "troops", "soldiers and National Guard members sent",
         "The state government")]),

    P("d69_026",
      "Four children killed in attack on daycare centre in Blumenau\n"
      "By g1 SC — Blumenau\n"
      "05/04/2023 11h52\n"
      "Four children aged between 4 and 7 were killed on Wednesday morning when a man armed with "
      "a hatchet climbed the wall of a private daycare centre in Blumenau, in the state of Santa "
      "Catarina, and attacked them in the playground, the Military Police said. Four other "
      "children were taken to hospital with injuries that were not life-threatening, according "
      "to the state health department. About 40 children were in the building at the time, the "
      "school said. The attacker, a 25-year-old man, turned himself in at a police station "
      "shortly afterwards. It was the second attack on a school in Brazil in nine days, and "
      "Governor Jorginho Mello declared three days of mourning in the state.",
      [C("Four", 4, "exact", "killed", "children in Blumenau (headline)",
         ctx="Four children killed"),
       C("Four", 4, "exact", "killed", "children in Blumenau", "the Military Police",
         ctx="Four children aged"),
       C("Four", 4, "exact", "injured", "children taken to hospital",
         "the state health department", ctx="Four other"),
       C("About 40", 40, "about", "other", "children in the building", "the school")],
      published="2023-04-05"),

    P("d69_027",
      "CARACAS, Venezuela (AP) — Venezuelan investigators have found the bodies of 17 of the 28 "
      "gold miners who vanished near the southeastern mining town of Tumeremo early this month, "
      "Attorney General Luisa Ortega Díaz said late Sunday. The remains were found in a shallow "
      "pit a few kilometers from the mine, and the search for the other 11 is continuing. "
      "Interior Minister Gustavo González López said six suspects linked to a gang that controls "
      "the local gold trade had been arrested. Relatives of the victims, who blocked the highway "
      "to Brazil for five days to demand answers, say as many as 30 men were taken from the "
      "mine. Bolívar state's governor had initially dismissed reports of a massacre as a \"media "
      "show.\"",
      [C("17", 17, "exact", "killed", "bodies of gold miners found",
         "Attorney General Luisa Ortega Díaz"),
       C("28", 28, "exact", "missing", "gold miners who vanished",
         "Attorney General Luisa Ortega Díaz", cat_alt=["killed"]),
       C("11", 11, "exact", "missing", "miners still sought",
         "Attorney General Luisa Ortega Díaz", attr_alt=[None]),
       C("six", 6, "exact", "detained", "suspects arrested",
         "Interior Minister Gustavo González López"),
       C("as many as 30", 30, "at_most", "missing", "men taken from the mine",
         "Relatives of the victims", cat_alt=["killed"])]),

    P("d69_028",
      "BOGOTA, Oct 6 (Reuters) - At least six coca farmers were killed and about 20 wounded on "
      "Thursday in a confrontation with security forces in the southwestern Colombian "
      "municipality of Tumaco, where police were destroying illegal crops, the government said. "
      "Defense Minister Luis Carlos Villegas blamed dissident FARC fighters, who he said had "
      "fired on the police with rifles and explosives, wounding five officers. Farmers' leaders, "
      "however, said police had opened fire on some 1,000 unarmed growers who had formed a human "
      "chain to stop the eradication. Tumaco has about 23,000 hectares of coca, more than any "
      "other municipality in the country, according to the U.N. Office on Drugs and Crime.",
      [C("At least six", 6, "at_least", "killed", "coca farmers in Tumaco", "the government"),
       C("about 20", 20, "about", "injured", "people wounded in Tumaco", "the government"),
       C("five", 5, "exact", "injured", "police officers",
         "Defense Minister Luis Carlos Villegas", attr_alt=["he"]),
       C("some 1,000", 1000, "about", "other", "growers in a human chain", "Farmers' leaders"),
       C("about 23,000", 23000, "about", "other", "hectares of coca in Tumaco",
         "the U.N. Office on Drugs and Crime", optional=True)]),

    P("d69_029",
      "Eight young people massacred at party in Samaniego, Nariño\n"
      "by Adriaan Alsema August 17, 2020\n"
      "Eight young people were shot dead at a house party in the southwestern municipality of "
      "Samaniego on Saturday night, the Nariño governor's office said, the second massacre in "
      "the department in a week. The victims, aged between 17 and 25, were mostly university "
      "students who had come home because of the coronavirus pandemic. According to the human "
      "rights think tank Indepaz, at least 43 massacres, which it defines as the killing of "
      "three or more people in a single incident, have been committed in Colombia so far this "
      "year. Defense Minister Carlos Holmes Trujillo offered a reward of 200 million pesos for "
      "information on the killers, and President Iván Duque said more than 300 troops had "
      "been sent to the area.",
      [C("Eight", 8, "exact", "killed", "young people in Samaniego (headline)",
         ctx="Eight young people massacred"),
       C("Eight", 8, "exact", "killed", "young people in Samaniego",
         "the Nariño governor's office", ctx="Eight young people were"),
       C("at least 43", 43, "at_least", "other", "massacres in Colombia this year",
         "the human rights think tank Indepaz", attr_alt=["Indepaz"]),
       C("three or more", 3, "at_least", "killed", "threshold of a massacre",
         "the human rights think tank Indepaz", optional=True, attr_alt=["Indepaz"]),
       C("more than 300", 300, "more_than", "troops", "troops sent to Samaniego",
         "President Iván Duque")],
      published="2020-08-17"),

    # --- Prisons -------------------------------------------------------------------------------
    P("d69_030",
      "GUATEMALA CITY, Sept 25, 2006 (AFP) - Seven inmates were killed on Monday when some 3,000 "
      "police and soldiers stormed Pavón prison, east of the capital, to retake a facility that "
      "had been run by its prisoners for a decade, the interior ministry said. Interior Minister "
      "Carlos Vielmann said the dead had fired on the troops, a version that human rights groups "
      "questioned. Pavón, built for 800 inmates, held about 1,600 at the time of the raid. "
      "Officials said some 70 inmates regarded as gang leaders had been moved to other jails, "
      "and that troops had found drug laboratories, a chapel and small businesses run by the "
      "prisoners inside the walls.",
      [C("Seven", 7, "exact", "killed", "inmates in Pavón raid", "the interior ministry"),
       C("some 3,000", 3000, "about", "troops", "police and soldiers in the raid",
         "the interior ministry"),
       C("800", 800, "exact", "other", "prison capacity", None, optional=True,
         cat_alt=["detained"]),
       C("about 1,600", 1600, "about", "detained", "inmates held in Pavón", None,
         cat_alt=["population"]),
       C("some 70", 70, "about", "detained", "inmates moved to other jails", "Officials")],
      published="2006-09-25"),

    # --- Protests and crackdowns ---------------------------------------------------------------
    P("d69_031",
      "Tegucigalpa, 21 Dec (EFE).- At least 22 people have died in the protests that followed "
      "Honduras' disputed presidential election of Nov. 26, the National Human Rights "
      "Commission (Conadeh) said Thursday, while the Committee of Relatives of the Detained and "
      "Disappeared in Honduras (Cofadeh) puts the figure at 31. The Security Ministry said more "
      "than 1,300 people had been detained during the 10-day curfew imposed at the start of the "
      "month and that two police officers had also died. Incumbent Juan Orlando Hernández was "
      "declared the winner on Sunday with 42.95% of the vote, about 1.5 percentage points ahead "
      "of Salvador Nasralla. Organizers said about 50,000 people marched through the capital on "
      "Wednesday to reject the result.",
      [C("At least 22", 22, "at_least", "killed", "people in post-election protests",
         "the National Human Rights Commission (Conadeh)", attr_alt=["Conadeh"]),
       C("31", 31, "exact", "killed", "people in post-election protests",
         "the Committee of Relatives of the Detained and Disappeared in Honduras (Cofadeh)",
         attr_alt=["Cofadeh"]),
       C("more than 1,300", 1300, "more_than", "detained", "people detained during the curfew",
         "The Security Ministry"),
       C("two", 2, "exact", "killed", "police officers", "The Security Ministry"),
       C("about 50,000", 50000, "about", "other", "marchers in Tegucigalpa", "Organizers")]),

    P("d69_032",
      "LIMA, Sept 29 (Reuters) - Peru declared a 30-day state of emergency in four provinces of "
      "Apurímac and Cusco on Tuesday after three protesters were killed in clashes with police "
      "near MMG Ltd's $7.4 billion Las Bambas copper project, the government said. Interior "
      "Minister José Luis Pérez Guadalupe told local radio that at least 15 police officers had "
      "been injured and 21 protesters detained in the clashes, which began on Friday in the "
      "district of Challhuahuacho. The ministry said it had sent about 1,500 police officers to "
      "the area. Residents oppose changes to the mine's environmental plan, which they say were "
      "made without consulting them.",
      [C("four", 4, "exact", "other", "provinces under emergency", "the government",
         optional=True),
       C("three", 3, "exact", "killed", "protesters near Las Bambas", "the government"),
       C("at least 15", 15, "at_least", "injured", "police officers",
         "Interior Minister José Luis Pérez Guadalupe"),
       C("21", 21, "exact", "detained", "protesters detained",
         "Interior Minister José Luis Pérez Guadalupe"),
       C("about 1,500", 1500, "about", "troops", "police officers sent to the area",
         "The ministry", attr_alt=["Interior Minister José Luis Pérez Guadalupe"])]),

    # --- Migration -----------------------------------------------------------------------------
    P("d69_033",
      "MIAMI (AP) — The Coast Guard picked up 2,886 Cuban rafters in the Florida Straits on "
      "Tuesday, the most in a single day since the 1980 Mariel boatlift, bringing to more than "
      "8,000 the number rescued since Saturday, a Coast Guard spokesman said. Under the policy "
      "announced last week by President Clinton, all of them are being taken to the U.S. naval "
      "base at Guantanamo Bay rather than to Florida. The Pentagon said tent camps at the base "
      "could hold up to 40,000 people. In Havana, hundreds of people gathered on the seafront "
      "Malecón to watch neighbors push off on rafts made of inner tubes and planks.",
      [C("2,886", 2886, "exact", "displaced", "Cuban rafters picked up",
         "a Coast Guard spokesman", cat_alt=["other"]),
       C("more than 8,000", 8000, "more_than", "displaced", "rafters rescued since Saturday",
         "a Coast Guard spokesman", cat_alt=["other"], attr_alt=[None]),
       C("up to 40,000", 40000, "at_most", "other", "capacity of the tent camps",
         "The Pentagon", optional=True, cat_alt=["displaced"]),
       C("hundreds", 100, "vague", "other", "people watching on the Malecón", None,
         optional=True)]),

    P("d69_034",
      "SANTIAGO (AFP) - Chile expelled 138 migrants, most of them Venezuelans, on Wednesday, "
      "flying them out of the north of the country on two air force planes as part of a "
      "crackdown on irregular crossings from Bolivia, the interior ministry said. The expulsions "
      "came days after Colchane, a border village of about 1,700 inhabitants at 3,700 meters "
      "above sea level, was overwhelmed by the arrival of some 1,800 migrants in a single week. "
      "At least two migrants, a Venezuelan man in his 60s and a Colombian woman, died of "
      "hypothermia and altitude sickness after crossing the border on foot, local authorities "
      "said. The UN refugee agency said some of those expelled may have needed international "
      "protection.",
      [C("138", 138, "exact", "displaced", "migrants expelled", "the interior ministry",
         cat_alt=["other"]),
       C("two", 2, "exact", "other", "air force planes", "the interior ministry",
         optional=True, ctx="two air force"),
       C("about 1,700", 1700, "about", "population", "inhabitants of Colchane", None),
       C("some 1,800", 1800, "about", "displaced", "migrants arriving in Colchane", None,
         cat_alt=["other"]),
       C("At least two", 2, "at_least", "killed", "migrants", "local authorities")]),

    P("d69_035",
      "BOA VISTA, Brazil, Aug 19 (Reuters) - About 1,200 Venezuelans fled back across the "
      "border from the Brazilian town of Pacaraima after residents attacked their makeshift "
      "camps on Saturday, burning tents and belongings, the Brazilian army said on Sunday. The "
      "violence broke out after a local shopkeeper was robbed and beaten, allegedly by "
      "Venezuelans. Three Brazilians and an unknown number of Venezuelans were injured, police "
      "said. Public Security Minister Raul Jungmann said 60 more members of the National Force "
      "would be sent to the town. More than 127,000 Venezuelans have entered Brazil through "
      "Pacaraima since 2017 and about 60,000 have stayed, according to the federal police.",
      [C("About 1,200", 1200, "about", "displaced", "Venezuelans who fled back",
         "the Brazilian army"),
       C("Three", 3, "exact", "injured", "Brazilians injured", "police"),
       C("60", 60, "exact", "troops", "National Force members sent",
         "Public Security Minister Raul Jungmann", ctx="60 more"),
       C("More than 127,000", 127000, "more_than", "displaced", "Venezuelans who entered Brazil",
         "the federal police", cat_alt=["other"]),
       C("about 60,000", 60000, "about", "displaced", "Venezuelans who stayed in Brazil",
         "the federal police", cat_alt=["population"])]),

    P("d69_036",
      "SAN JUAN, Puerto Rico (AP) — At least 11 people died and 38 were rescued after a boat "
      "believed to be carrying Haitian migrants capsized near the uninhabited island of "
      "Desecheo, west of Puerto Rico, the U.S. Coast Guard said Thursday. The survivors, 36 "
      "Haitians and two Dominicans, were taken to the town of Aguadilla, Coast Guard spokesman "
      "Ricardo Castrodad said. It was not clear how many people had been aboard, but survivors "
      "told officials the boat had left the Dominican Republic with between 60 and 75 people. "
      "Since October, Coast Guard crews have stopped more than 6,000 Haitians at sea, according "
      "to agency figures, up from about 1,500 in the previous 12 months.",
      [C("At least 11", 11, "at_least", "killed", "migrants off Desecheo",
         "the U.S. Coast Guard"),
       C("38", 38, "exact", "other", "people rescued", "the U.S. Coast Guard"),
       C("36", 36, "exact", "other", "Haitian survivors",
         "Coast Guard spokesman Ricardo Castrodad"),
       C("two", 2, "exact", "other", "Dominican survivors",
         "Coast Guard spokesman Ricardo Castrodad"),
       C("between 60 and 75", 60, "range", "other", "people aboard the boat", "survivors",
         high=75),
       C("more than 6,000", 6000, "more_than", "displaced", "Haitians stopped at sea",
         "agency figures", cat_alt=["other"]),
       C("about 1,500", 1500, "about", "displaced", "Haitians stopped in the previous year",
         "agency figures", cat_alt=["other"])]),

    # --- Prisons, hostages ---------------------------------------------------------------------
    P("d69_037",
      "QUITO, Sept 1, 2023 (AFP) - Inmates in six Ecuadoran prisons on Friday freed all 57 guards "
      "and seven police officers they had been holding hostage since Wednesday, the SNAI "
      "prisons authority said, after an operation in which nobody was hurt. Hours before the "
      "hostages were taken, two car bombs exploded in Quito, one of them near a former SNAI "
      "office, without causing injuries, police said. Interior Minister Juan Zapata said five "
      "suspects had been arrested over the blasts and that more than 2,700 soldiers and police "
      "officers had taken part in searches of the prisons. More than 430 inmates have been "
      "killed in Ecuador's overcrowded prisons since 2021, according to rights groups.",
      [C("six", 6, "exact", "infrastructure", "prisons where hostages were held",
         "the SNAI prisons authority", optional=True, cat_alt=["other"]),
       C("57", 57, "exact", "hostages", "guards freed", "the SNAI prisons authority",
         attr_alt=["SNAI"]),
       C("seven", 7, "exact", "hostages", "police officers freed", "the SNAI prisons authority",
         attr_alt=["SNAI"]),
       C("two", 2, "exact", "munitions", "car bombs in Quito", "police", cat_alt=["other"]),
       C("five", 5, "exact", "detained", "suspects arrested", "Interior Minister Juan Zapata"),
       C("more than 2,700", 2700, "more_than", "troops", "soldiers and police in prison searches",
         "Interior Minister Juan Zapata"),
       C("More than 430", 430, "more_than", "killed", "inmates killed since 2021",
         "rights groups")],
      published="2023-09-01"),

    # --- Epidemics and health ------------------------------------------------------------------
    P("d69_038",
      "BRASILIA, Jan 23, 2023 (AFP) - Brazil's government has declared a public health "
      "emergency in the Yanomami Indigenous territory, where 570 children died of malnutrition, "
      "mercury poisoning and preventable diseases during the four years of Jair Bolsonaro's "
      "presidency, according to the Ministry of Indigenous Peoples. The Health Ministry said it "
      "had flown in 5,000 food baskets over the weekend. The Yanomami, who number about 30,000, "
      "live on a reserve the size of Portugal on the border with Venezuela that has been invaded "
      "by some 20,000 illegal gold miners, according to Indigenous groups. Dozens of "
      "malnourished children and elderly people have been airlifted to hospitals in Boa Vista.",
      [C("570", 570, "exact", "killed", "Yanomami children",
         "the Ministry of Indigenous Peoples"),
       C("5,000", 5000, "exact", "aid", "food baskets flown in", "The Health Ministry"),
       C("about 30,000", 30000, "about", "population", "Yanomami people", None,
         attr_alt=["Indigenous groups"]),
       C("some 20,000", 20000, "about", "other", "illegal gold miners", "Indigenous groups",
         cat_alt=["population"]),
       C("Dozens", 12, "vague", "other", "malnourished people airlifted to hospitals", None,
         cat_alt=["injured", "displaced"])],
      published="2023-01-23"),

    P("d69_039",
      "SAO PAULO, July 25 (Reuters) - Brazil's Health Ministry confirmed on Thursday the "
      "world's first known deaths from Oropouche fever, two women under 30 in the northeastern "
      "state of Bahia who had no other health conditions. The ministry said it was also "
      "investigating whether the virus, which is spread by biting midges, caused a fetal death "
      "in Pernambuco. Brazil has recorded 7,236 cases of Oropouche so far this year, up from 832 "
      "in all of 2023, according to ministry data. The Pan American Health Organization said "
      "more than 8,000 cases had been confirmed in the Americas since January, in Brazil, "
      "Bolivia, Peru, Colombia and Cuba.",
      [C("two", 2, "exact", "killed", "women who died of Oropouche", "Brazil's Health Ministry"),
       C("7,236", 7236, "exact", "other", "Oropouche cases in Brazil this year", "ministry data"),
       C("832", 832, "exact", "other", "Oropouche cases in Brazil in 2023", "ministry data"),
       C("more than 8,000", 8000, "more_than", "other", "Oropouche cases in the Americas",
         "The Pan American Health Organization")]),

    P("d69_040",
      "Contaminated fentanyl deaths rise to 96, judge says\n"
      "Buenos Aires Times | Thursday, August 14, 2025\n"
      "The number of deaths linked to batches of fentanyl contaminated with bacteria has risen "
      "to 96, according to federal judge Ernesto Kreplak, who is leading the investigation. "
      "Health Ministry sources had put the toll at 87 last week. Most of the victims were "
      "patients in intensive care units in hospitals in Buenos Aires Province and Santa Fe. "
      "Kreplak has charged 24 people, among them the owner of the laboratory that produced the "
      "drug, and barred them from leaving the country. The ANMAT drug regulator said about "
      "45,000 vials from the contaminated batches had been sent to hospitals, of which some "
      "30,000 had already been used by the time they were recalled in May.",
      [C("96", 96, "exact", "killed", "deaths linked to fentanyl (headline)", "judge",
         attr_alt=["federal judge Ernesto Kreplak"], ctx="rise to 96"),
       C("96", 96, "exact", "killed", "deaths linked to fentanyl",
         "federal judge Ernesto Kreplak", ctx="risen to 96"),
       C("87", 87, "exact", "killed", "earlier toll", "Health Ministry sources"),
       C("24", 24, "exact", "detained", "people charged", None, cat_alt=["other"],
         attr_alt=["Kreplak"]),
       C("about 45,000", 45000, "about", "other", "contaminated vials sent to hospitals",
         "The ANMAT drug regulator", cat_alt=["aid"]),
       C("some 30,000", 30000, "about", "other", "contaminated vials used",
         "The ANMAT drug regulator", cat_alt=["aid"])],
      published="2025-08-14"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d69_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
