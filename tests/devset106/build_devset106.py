"""Source of the hundred-and-sixth development set: writes ``passages.jsonl`` next to it.

Thirty-eight passages (3–7 sentences) on disasters in the Americas and Oceania from 1982 to
2023 (eruptions, earthquakes, hurricanes and cyclones, floods, a blizzard, a tornado, bushfires,
a mudslide, pipeline and sewer explosions, a club fire, a prison fire, air crashes, a rig and a
ship lost at sea, a yacht race, a train collision and wartime ordnance), written for this set
(none copied from an article) in the style of wire copy (AP, UPI, Reuters, AFP, EFE, CP, AAP,
NZPA) and of regional outlets (the Dallas and Miami papers, The Oklahoman, an Arkansas daily, the
Los Angeles Times, the Florida Times-Union, the New York Times archive, USA Today, the Tico
Times, the Buenos Aires Herald, the Daily Herald of St. Maarten, the Sydney Morning Herald, the
Daily Telegraph, the Canberra Times, the Cairns Post, the Advertiser, the NZ Herald, ABC News,
the Solomon Star). Tolls rise and are revised, official and unofficial figures sit side by side,
and the injured, missing, evacuated, homeless, homes destroyed, aid and rescuers deployed are
counted. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

Run ``python tests/devset106/build_devset106.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
HERE = Path(__file__).resolve().parent

ORTEGA = "President Daniel Ortega"
CNE_CR = "the National Emergency Commission (CNE)"
INDECI = "the National Civil Defence Institute (INDECI)"
CNE_09 = "The National Emergency Commission (CNE)"
AMARAL = "Air Force Colonel Jorge Amaral"
SEC_MIN = "the province's security minister"

PASSAGES = [
    # --- Mexico, Central America and the Caribbean ------------------------------------------
    P("d106_001",
      "PICHUCALCO, Mexico (UPI) — Soldiers on Thursday reached villages buried by ash from El "
      "Chichón volcano and found at least 100 bodies, an army officer said, as officials warned "
      "that the toll from the week's eruptions could climb far higher. The Chiapas state "
      "government said between 1,500 and 2,000 people were missing from hamlets on the volcano's "
      "slopes, most of them Zoque Indians who had refused to leave after the first blast on March "
      "28. More than 20,000 people have been evacuated to shelters in Pichucalco, Villahermosa "
      "and Tuxtla Gutiérrez, the government said. The second eruption, on Sunday night, threw a "
      "column of ash about 20 kilometres into the air and closed airports as far away as Mérida. "
      "\"We counted 14 bodies in one house,\" said a corporal who asked not to be named.",
      [C("at least 100", 100, "at_least", "killed", "bodies found in villages",
         "an army officer"),
       C("between 1,500 and 2,000", 1500, "range", "missing", "people on the volcano's slopes",
         "The Chiapas state government", high=2000),
       C("More than 20,000", 20000, "more_than", "displaced", "people evacuated to shelters",
         "the government", attr_alt=["The Chiapas state government"]),
       C("14", 14, "exact", "killed", "bodies in one house",
         "a corporal who asked not to be named", optional=True)]),

    P("d106_002",
      "SAO PAULO, Feb 25 (Reuters) - Fire from a leaking Petrobras gasoline pipeline swept "
      "through a shantytown built on stilts over a swamp in the industrial city of Cubatao "
      "overnight, killing at least 93 people, civil defence officials said. Hospitals in "
      "Cubatao and the port of Santos treated more than 150 people for burns, and about 30 were "
      "in critical condition, a Santos health official said. The fire destroyed some 500 shacks "
      "in the Vila Soco slum, home to around 6,000 people, firemen said. Residents said the toll "
      "would be much higher because many children had been alone at home when the flames spread "
      "shortly before midnight. State oil company Petrobras said an operator's error had sent "
      "gasoline into a pipeline that was not ready to take it.",
      [C("at least 93", 93, "at_least", "killed", "people in Vila Soco",
         "civil defence officials"),
       C("more than 150", 150, "more_than", "injured", "people treated for burns",
         "a Santos health official"),
       C("about 30", 30, "about", "injured", "people in critical condition",
         "a Santos health official"),
       C("some 500", 500, "about", "infrastructure", "shacks destroyed", "firemen"),
       C("around 6,000", 6000, "about", "population", "residents of Vila Soco", None,
         attr_alt=["firemen"])]),

    P("d106_003",
      "ACAPULCO, Mexico (AP) — Soldiers dug through mud-choked streets on Friday searching for "
      "victims of Hurricane Pauline, whose floods and landslides killed at least 217 people in "
      "Guerrero and Oaxaca states, the Red Cross said. Government figures were lower: the "
      "Interior Ministry put the dead at 173 and said 46 people were missing. In Acapulco, where "
      "rivers of mud and boulders swept through the hillside slums, some 20,000 people were "
      "homeless, Mayor Juan Salgado Tenorio said. The army said it had deployed 5,000 troops and "
      "flown 80 tons of food and bottled water to isolated Indian villages in Oaxaca's coastal "
      "mountains. Pauline came ashore as a Category 4 storm with winds of 215 kph.",
      [C("at least 217", 217, "at_least", "killed", "people in Guerrero and Oaxaca",
         "the Red Cross"),
       C("173", 173, "exact", "killed", "people (official toll)", "the Interior Ministry"),
       C("46", 46, "exact", "missing", "people", "the Interior Ministry"),
       C("some 20,000", 20000, "about", "displaced", "homeless in Acapulco",
         "Mayor Juan Salgado Tenorio"),
       C("5,000", 5000, "exact", "troops", "troops deployed", "The army",
         attr_alt=["it"]),
       C("80", 80, "exact", "aid", "tons of food and water", "The army",
         attr_alt=["it"])]),

    P("d106_004",
      "MANAGUA, Oct 24 (AFP) - Hurricane Joan killed at least 111 people in Nicaragua and left "
      "some 300,000 homeless as it tore across the country from the Caribbean coast to the "
      "Pacific, President Daniel Ortega said Monday. Ortega told a news conference that 178 "
      "people were missing and that the port of Bluefields, a town of 35,000, had been \"95 "
      "percent destroyed.\" Civil defence chief Colonel Carlos Morales said 22,000 homes had "
      "been wrecked nationwide. Cuba has flown in 40 tonnes of medicines and food and sent a "
      "team of 60 doctors, the official Barricada newspaper reported. The storm, packing winds "
      "of 200 kilometres per hour, had earlier killed at least 30 people in Costa Rica, Panama "
      "and Colombia.",
      [C("at least 111", 111, "at_least", "killed", "people in Nicaragua", ORTEGA),
       C("some 300,000", 300000, "about", "displaced", "people left homeless", ORTEGA),
       C("178", 178, "exact", "missing", "people", "Ortega", attr_alt=[ORTEGA]),
       C("35,000", 35000, "exact", "population", "inhabitants of Bluefields", None,
         attr_alt=["Ortega"]),
       C("95 percent", 95, "exact", "infrastructure", "share of Bluefields destroyed",
         "Ortega", optional=True),
       C("22,000", 22000, "exact", "infrastructure", "homes wrecked",
         "Civil defence chief Colonel Carlos Morales"),
       C("40", 40, "exact", "aid", "tonnes of medicines and food from Cuba",
         "the official Barricada newspaper"),
       C("60", 60, "exact", "troops", "Cuban doctors sent", "the official Barricada newspaper",
         cat_alt=["other"]),
       C("at least 30", 30, "at_least", "killed",
         "people in Costa Rica, Panama and Colombia", None,
         attr_alt=["the official Barricada newspaper"])]),

    P("d106_005",
      "CHRISTIANSTED, Virgin Islands (AP) — The first of 1,100 military police and federal "
      "agents ordered to St. Croix by President Bush landed Wednesday to stop the looting that "
      "erupted after Hurricane Hugo wrecked the island. Gov. Alexander Farrelly said 90 percent "
      "of the island's buildings had been damaged or destroyed and that at least three people "
      "had been killed there. Police have arrested more than 100 people on looting charges, a "
      "police spokesman said, but residents said armed gangs still roamed Christiansted after "
      "dark. Some 150 inmates escaped from the territory's Golden Grove prison when the storm "
      "tore down its fences, officials said. Hugo, which killed at least 21 people across the "
      "Caribbean before it hit St. Croix, was expected to strike the Carolinas by Thursday "
      "night.",
      [C("1,100", 1100, "exact", "troops", "military police and federal agents sent", None,
         attr_alt=["President Bush"]),
       C("90 percent", 90, "exact", "infrastructure", "share of buildings damaged",
         "Gov. Alexander Farrelly", optional=True),
       C("at least three", 3, "at_least", "killed", "people on St. Croix",
         "Gov. Alexander Farrelly"),
       C("more than 100", 100, "more_than", "detained", "people arrested for looting",
         "a police spokesman"),
       C("Some 150", 150, "about", "detained", "inmates who escaped", "officials",
         cat_alt=["other"]),
       C("at least 21", 21, "at_least", "killed", "people across the Caribbean", None,
         attr_alt=["officials"])]),

    P("d106_006",
      "GUADALAJARA, Mexico, April 24, 1992 (Reuters) - Mexico's attorney general ordered the "
      "detention of nine officials, four of them from the state oil monopoly Pemex, over the "
      "sewer explosions that tore through Guadalajara's Reforma district on Wednesday, as the "
      "official death toll rose to 190. The Jalisco state government said 470 people were still "
      "in hospital and that 1,470 had been treated in all. Unofficial estimates from the Red "
      "Cross put the dead at more than 200, and neighbours said 40 to 50 people remained "
      "unaccounted for. The blasts, blamed on gasoline that leaked into the sewer from a Pemex "
      "pipeline, ripped open about 8 kilometres of streets and destroyed about 1,100 homes, city "
      "officials said. Some 15,000 people have been moved out of the area.",
      [C("nine", 9, "exact", "detained", "officials ordered detained", None,
         attr_alt=["Mexico's attorney general"]),
       C("four", 4, "exact", "detained", "Pemex officials among them", None, optional=True,
         attr_alt=["Mexico's attorney general"]),
       C("190", 190, "exact", "killed", "people (official toll)", None,
         attr_alt=["The Jalisco state government"]),
       C("470", 470, "exact", "injured", "people in hospital", "The Jalisco state government"),
       C("1,470", 1470, "exact", "injured", "people treated", "The Jalisco state government"),
       C("more than 200", 200, "more_than", "killed", "people (unofficial estimate)",
         "Unofficial estimates from the Red Cross", attr_alt=["the Red Cross"]),
       C("40 to 50", 40, "range", "missing", "people unaccounted for", "neighbours", high=50),
       C("about 1,100", 1100, "about", "infrastructure", "homes destroyed", "city officials"),
       C("Some 15,000", 15000, "about", "displaced", "people moved out", None,
         attr_alt=["city officials"])],
      published="1992-04-24"),

    P("d106_007",
      "Quake Toll Rises to 23 as Search for Missing Continues\n"
      "Posted: Friday, January 16, 2009\n"
      "The National Emergency Commission (CNE) raised the death toll from last week's "
      "magnitude 6.2 earthquake to 23 on Thursday, after rescuers found two more bodies in the "
      "mud below the La Paz waterfall. Seven people remain missing around Cinchona, a hamlet "
      "that landslides all but wiped off the map, the CNE said. Some 2,300 people are staying "
      "in shelters in Alajuela and Heredia, and Red Cross and police helicopters have lifted "
      "more than 400 people out of villages cut off by collapsed roads and bridges. \"Cinchona "
      "no longer exists,\" President Óscar Arias said after flying over the area. Officials put "
      "the damage at more than $100 million.",
      [C("23", 23, "exact", "killed", "people (headline)", None, ctx="Rises to 23"),
       C("23", 23, "exact", "killed", "people", CNE_09, ctx="to 23 on"),
       C("two", 2, "exact", "killed", "bodies found", CNE_09),
       C("Seven", 7, "exact", "missing", "people around Cinchona", "the CNE",
         attr_alt=[CNE_09]),
       C("Some 2,300", 2300, "about", "displaced", "people in shelters", "the CNE",
         attr_alt=[None, CNE_09]),
       C("more than 400", 400, "more_than", "displaced", "people lifted out of villages",
         "the CNE", cat_alt=["other"], attr_alt=[None, CNE_09])],
      published="2009-01-16"),

    P("d106_008",
      "Caribbean Coast Reels After Monday's Quake\n"
      "The Tico Times | April 26, 1991\n"
      "LIMÓN — Rescue workers and Civil Guard troops were still digging through collapsed homes "
      "on Thursday in the Caribbean province hardest hit by Monday's earthquake, which the "
      "National Emergency Commission (CNE) says killed 47 people and injured at least 400 in "
      "Costa Rica. Across the border in Panama's Bocas del Toro province, officials reported 28 "
      "deaths. The CNE estimates that some 7,000 people have lost their homes; about 3,000 of "
      "them are staying in schools and churches in Limón, Cieneguita and the Valle de la "
      "Estrella. The magnitude 7.4 quake lifted parts of the coastline by more than a metre and "
      "buckled the railway to San José. President Rafael Ángel Calderón said the United States "
      "had sent four Chinook helicopters to ferry food to isolated communities.",
      [C("47", 47, "exact", "killed", "people in Costa Rica", CNE_CR),
       C("at least 400", 400, "at_least", "injured", "people in Costa Rica", CNE_CR),
       C("28", 28, "exact", "killed", "people in Bocas del Toro", "officials"),
       C("some 7,000", 7000, "about", "displaced", "people who lost their homes", "The CNE",
         attr_alt=[CNE_CR]),
       C("about 3,000", 3000, "about", "displaced", "people in schools and churches",
         "The CNE", attr_alt=[CNE_CR]),
       C("four", 4, "exact", "other", "US Chinook helicopters sent",
         "President Rafael Ángel Calderón", optional=True, cat_alt=["munitions", "aid"])],
      published="1991-04-26"),

    P("d106_009",
      "Luis leaves island in ruins\n"
      "PHILIPSBURG — Hurricane Luis killed at least nine people on St. Maarten and destroyed or "
      "damaged most of its homes, Lt. Governor Dennis Richardson said on Thursday. Some 2,000 "
      "people spent a second night in the island's 14 emergency shelters, the Red Cross said. "
      "The Netherlands has flown in 200 marines from Curaçao and Aruba to help keep order and "
      "clear roads, and a Dutch navy frigate is on its way with water and generators. On the "
      "French side, the prefect's office reported two deaths and said about 1,000 people had "
      "been left homeless in Marigot and Grand Case. Police said 35 people had been arrested "
      "for looting since Tuesday night.",
      [C("at least nine", 9, "at_least", "killed", "people on St. Maarten",
         "Lt. Governor Dennis Richardson"),
       C("Some 2,000", 2000, "about", "displaced", "people in shelters", "the Red Cross"),
       C("14", 14, "exact", "infrastructure", "emergency shelters", "the Red Cross",
         cat_alt=["other", "aid"]),
       C("200", 200, "exact", "troops", "Dutch marines flown in", None,
         attr_alt=["The Netherlands", "the Red Cross"]),
       C("two", 2, "exact", "killed", "people on the French side", "the prefect's office"),
       C("about 1,000", 1000, "about", "displaced", "people left homeless on the French side",
         "the prefect's office"),
       C("35", 35, "exact", "detained", "people arrested for looting", "Police")]),

    P("d106_010",
      "FORT-DE-FRANCE, Martinique, Aug 17, 2005 (AFP) - Martinique was in mourning on Wednesday "
      "after 152 people from the French Caribbean island died when a chartered West Caribbean "
      "Airways jet crashed in a remote area of western Venezuela, local officials said. All 160 "
      "people on board the MD-82, including eight Colombian crew members, were killed when the "
      "plane went down in Zulia state on Tuesday after the pilot reported engine trouble, "
      "Venezuelan civil protection officials said. Soldiers and rescuers had recovered 103 "
      "bodies by Wednesday evening, Zulia state governor Manuel Rosales told local radio. The "
      "families had saved for months for the week-long holiday in Panama, and many of the dead "
      "came from the small town of Ducos, home to some 16,000 people.",
      [C("152", 152, "exact", "killed", "people from Martinique", "local officials"),
       C("160", 160, "exact", "killed", "people on board",
         "Venezuelan civil protection officials"),
       C("eight", 8, "exact", "killed", "Colombian crew members",
         "Venezuelan civil protection officials"),
       C("103", 103, "exact", "killed", "bodies recovered",
         "Zulia state governor Manuel Rosales"),
       C("some 16,000", 16000, "about", "population", "inhabitants of Ducos", None,
         attr_alt=["Zulia state governor Manuel Rosales"])],
      published="2005-08-17"),

    P("d106_011",
      "Santiago del Estero jail fire kills 34\n"
      "Buenos Aires Herald | Monday, November 5, 2007\n"
      "SANTIAGO DEL ESTERO — Thirty-four inmates died yesterday when a fire started by "
      "prisoners during a protest swept through a cellblock of the provincial jail in this "
      "northern city, the province's security minister said. The inmates had set mattresses "
      "alight after holding two guards hostage for about an hour to demand transfers, he said; "
      "both guards were freed unhurt. Another five prisoners and three guards were treated for "
      "smoke inhalation at the regional hospital. The jail, built for 240 inmates, held about "
      "420 at the time, according to the provincial ombudsman. Relatives who gathered outside "
      "threw stones at police, who fired rubber bullets.",
      [C("34", 34, "exact", "killed", "inmates (headline)", None),
       C("Thirty-four", 34, "exact", "killed", "inmates", SEC_MIN),
       C("two", 2, "exact", "hostages", "guards held hostage", SEC_MIN, attr_alt=["he"],
         ctx="two guards"),
       C("five", 5, "exact", "injured", "prisoners treated", SEC_MIN, attr_alt=[None]),
       C("three", 3, "exact", "injured", "guards treated", SEC_MIN, attr_alt=[None]),
       C("240", 240, "exact", "detained", "jail capacity", "the provincial ombudsman",
         optional=True, cat_alt=["other"], attr_alt=[None]),
       C("about 420", 420, "about", "detained", "inmates held", "the provincial ombudsman",
         cat_alt=["population"])],
      published="2007-11-05"),

    # --- North America ----------------------------------------------------------------------
    P("d106_012",
      "ST. JOHN'S, Nfld. (CP) — Searchers have recovered the bodies of 22 of the 84 men who were "
      "aboard the drilling rig Ocean Ranger when it capsized and sank in a storm on the Grand "
      "Banks early Monday, the company that owned it said Wednesday. Mobil Oil Canada, which "
      "operated the rig, said there was no hope of finding anyone alive. The semi-submersible "
      "rig, billed as unsinkable, went down about 315 kilometres east of St. John's in seas of up "
      "to 15 metres. A Soviet freighter, the Mekhanik Tarasov, sank in the same storm with the "
      "loss of 33 crew members. Of the men on the Ocean Ranger, 56 were from Newfoundland.",
      [C("22", 22, "exact", "killed", "bodies recovered", "the company that owned it"),
       C("84", 84, "exact", "other", "men aboard the rig", "the company that owned it",
         cat_alt=["killed"]),
       C("33", 33, "exact", "killed", "Soviet crew members"),
       C("56", 56, "exact", "other", "men from Newfoundland", None, cat_alt=["killed"])]),

    P("d106_013",
      "Jet crashes at D/FW; 133 dead\n"
      "Delta L-1011 hit by wind shear on approach, officials say\n"
      "A Delta Air Lines jumbo jet trying to land in a violent thunderstorm crashed short of a "
      "runway at Dallas/Fort Worth International Airport on Friday, killing at least 133 "
      "people, airport officials said. Thirty-one of the 163 people on board survived, Delta "
      "spokesman Bill Berry said, many of them seated in the tail section, which broke away. "
      "The L-1011 TriStar, Flight 191 from Fort Lauderdale to Los Angeles, struck a car on State "
      "Highway 114 before slamming into water tanks, killing the driver. Parkland Memorial "
      "Hospital said 12 survivors were in critical condition.",
      [C("133", 133, "exact", "killed", "people (headline)", None, ctx="; 133 dead"),
       C("at least 133", 133, "at_least", "killed", "people", "airport officials"),
       C("Thirty-one", 31, "exact", "other", "survivors", "Delta spokesman Bill Berry"),
       C("163", 163, "exact", "other", "people on board", "Delta spokesman Bill Berry"),
       C("12", 12, "exact", "injured", "survivors in critical condition",
         "Parkland Memorial Hospital")]),

    P("d106_014",
      "87 Die in Blaze at Illegal Bronx Club; Man Is Held\n"
      "Published: March 26, 1990\n"
      "Eighty-seven people were killed early yesterday when fire swept through the Happy Land "
      "Social Club, an unlicensed dance hall in the East Tremont section of the Bronx, in the "
      "deadliest fire in New York City since 1911. Fire officials said most of the victims, many "
      "of them young Hondurans, died of smoke inhalation on the second floor, where the only way "
      "out was a narrow stairway. Six people survived, among them a woman who had been working "
      "at the coat check. The police said a 36-year-old Cuban refugee had been arrested and "
      "charged with 87 counts of murder after buying $1 worth of gasoline. Mayor David N. "
      "Dinkins said the city would inspect 1,400 other social clubs; the building had been "
      "ordered closed in November 1988.",
      [C("87", 87, "exact", "killed", "people (headline)", None, ctx="87 Die"),
       C("Eighty-seven", 87, "exact", "killed", "people", None, attr_alt=["Fire officials"]),
       C("Six", 6, "exact", "other", "survivors", None, attr_alt=["Fire officials"]),
       C("87", 87, "exact", "other", "counts of murder", "The police", optional=True,
         cat_alt=["detained"], ctx="87 counts"),
       C("1,400", 1400, "exact", "infrastructure", "social clubs to be inspected",
         "Mayor David N. Dinkins", optional=True, cat_alt=["other"])],
      published="1990-03-26"),

    P("d106_015",
      "USA TODAY — Monday, March 15, 1993\n"
      "Storm of the century: More than 200 dead as East digs out\n"
      "The storm that buried the East from Alabama to Maine over the weekend has killed at least "
      "213 people, state and local authorities said Monday. In Florida, where tornadoes and a "
      "storm surge struck the Gulf Coast, 44 people died, the state emergency management office "
      "said. The Coast Guard plucked 93 people from ships and boats in the Gulf of Mexico, "
      "including 33 crew from a Honduran freighter that sank. About 3 million homes and "
      "businesses lost power at the height of the storm, utilities said, and every major airport "
      "on the East Coast was closed at some point. Snow fell at up to 3 inches an hour in parts "
      "of Tennessee.",
      [C("More than 200", 200, "more_than", "killed", "people (headline)"),
       C("at least 213", 213, "at_least", "killed", "people in the East",
         "state and local authorities"),
       C("44", 44, "exact", "killed", "people in Florida",
         "the state emergency management office"),
       C("93", 93, "exact", "other", "people rescued by the Coast Guard", None,
         attr_alt=["The Coast Guard", "the state emergency management office"]),
       C("33", 33, "exact", "other", "freighter crew rescued", None,
         attr_alt=["The Coast Guard", "the state emergency management office"]),
       C("About 3 million", 3_000_000, "about", "other",
         "homes and businesses without power", "utilities", cat_alt=["infrastructure"])],
      published="1993-03-15"),

    P("d106_016",
      "Divers find few remains in Everglades muck\n"
      "The Miami Herald — May 13, 1996\n"
      "Metro-Dade police divers working in waist-deep water and sawgrass recovered parts of the "
      "fuselage of ValuJet Flight 592 on Sunday but only scattered human remains, two days "
      "after the DC-9 plunged into the Everglades with 110 people aboard. Investigators from "
      "the National Transportation Safety Board said they were looking at a cargo of up to 144 "
      "oxygen generators that had been loaded into the forward hold. About 100 searchers, many "
      "in protective suits against jet fuel, worked the site on Sunday, a Metro-Dade police "
      "spokesman said. Among the 105 passengers was San Diego Chargers running back Rodney "
      "Culver, who was travelling with his wife.",
      [C("110", 110, "exact", "other", "people aboard", None, cat_alt=["killed"]),
       C("up to 144", 144, "at_most", "other", "oxygen generators in the cargo",
         "Investigators from the National Transportation Safety Board",
         attr_alt=["the National Transportation Safety Board"]),
       C("About 100", 100, "about", "troops", "searchers at the site",
         "a Metro-Dade police spokesman", cat_alt=["other"]),
       C("105", 105, "exact", "other", "passengers", None, cat_alt=["killed"],
         attr_alt=["a Metro-Dade police spokesman"])],
      published="1996-05-13"),

    P("d106_017",
      "Tornado toll reaches 41; 1,500 homes lost in Moore\n"
      "The Daily Oklahoman | Wednesday, May 5, 1999\n"
      "The death toll from Monday's tornadoes rose to 41 on Tuesday as searchers found more "
      "bodies in the rubble of Bridge Creek and Moore, the state medical examiner's office "
      "said. Hospitals across central Oklahoma had treated 665 injured, the state Health "
      "Department said. In Moore alone, 1,500 homes were destroyed, city officials said, and "
      "Oklahoma City put its count at about 2,300. Gov. Frank Keating said 650 National Guard "
      "troops were on the streets to guard neighborhoods and direct traffic. The F5 tornado, "
      "with winds clocked by a mobile Doppler radar at 318 mph, carved a path nearly a mile "
      "wide.",
      [C("41", 41, "exact", "killed", "people (headline)", None, ctx="reaches 41"),
       C("1,500", 1500, "exact", "infrastructure", "homes lost in Moore (headline)", None,
         ctx="1,500 homes lost"),
       C("41", 41, "exact", "killed", "people", "the state medical examiner's office",
         ctx="to 41 on"),
       C("665", 665, "exact", "injured", "people treated", "the state Health Department"),
       C("1,500", 1500, "exact", "infrastructure", "homes destroyed in Moore",
         "city officials", ctx="alone, 1,500"),
       C("about 2,300", 2300, "about", "infrastructure", "homes destroyed in Oklahoma City",
         "Oklahoma City"),
       C("650", 650, "exact", "troops", "National Guard troops", "Gov. Frank Keating")],
      published="1999-05-05"),

    P("d106_018",
      "LITTLE ROCK — Nine people were killed and more than 80 injured when American Airlines "
      "Flight 1420 skidded off the end of a runway at Little Rock National Airport late Tuesday "
      "in a thunderstorm, broke apart and burst into flames, officials said. The MD-80 was "
      "carrying 139 passengers and six crew members from Dallas/Fort Worth. Among the dead was "
      "the captain, a 20-year American veteran. Fire crews pulled at least 20 passengers from "
      "the burning wreckage, the Little Rock Fire Department said. The toll rose to 10 on "
      "Wednesday when a woman died of her burns at University Hospital, a hospital spokeswoman "
      "said.",
      [C("Nine", 9, "exact", "killed", "people", "officials"),
       C("more than 80", 80, "more_than", "injured", "people", "officials"),
       C("139", 139, "exact", "other", "passengers on board", None, attr_alt=["officials"]),
       C("six", 6, "exact", "other", "crew members on board", None, attr_alt=["officials"]),
       C("at least 20", 20, "at_least", "other", "passengers pulled from the wreckage",
         "the Little Rock Fire Department"),
       C("10", 10, "exact", "killed", "people", "a hospital spokeswoman")]),

    P("d106_019",
      "PORT HUENEME, Calif. — Coast Guard and Navy ships searching the Santa Barbara Channel "
      "recovered four bodies and pieces of fuselage on Tuesday, a day after Alaska Airlines "
      "Flight 261 dove into the Pacific with 88 people aboard, Coast Guard officials said. "
      "\"This is now a recovery effort,\" said Capt. George Wright. The MD-83, bound from Puerto "
      "Vallarta to San Francisco and Seattle, had reported trouble with its stabilizer. At least "
      "30 of those aboard were headed for the San Francisco Bay Area, Alaska Airlines said, and "
      "about a dozen were airline employees or their relatives. Boaters who raced to the scene "
      "said they saw no survivors.",
      [C("four", 4, "exact", "killed", "bodies recovered", "Coast Guard officials"),
       C("88", 88, "exact", "other", "people aboard", "Coast Guard officials",
         cat_alt=["killed"]),
       C("At least 30", 30, "at_least", "other", "passengers bound for the Bay Area",
         "Alaska Airlines", cat_alt=["killed"], ctx="At least 30 of those"),
       C("about a dozen", 12, "about", "other", "airline employees and relatives aboard",
         "Alaska Airlines", cat_alt=["killed"])]),

    P("d106_020",
      "Coast Guard ends search for El Faro's 33\n"
      "The Florida Times-Union | Posted October 7, 2015\n"
      "The Coast Guard on Wednesday called off its search for survivors of the cargo ship El "
      "Faro, which sank near the Bahamas with 33 crew members aboard, 28 of them Americans and "
      "five Polish nationals, after it sailed into Hurricane Joaquin. Searchers had found one "
      "body, in a survival suit, and a badly damaged lifeboat but no one alive, Capt. Mark "
      "Fedor said at a news conference in Miami. Crews covered more than 183,000 square "
      "nautical miles over six days. The 790-foot ship left Jacksonville on Sept. 29 bound for "
      "San Juan, Puerto Rico. At the Seafarers International Union hall in Jacksonville, about "
      "200 relatives and friends held a vigil Wednesday night.",
      [C("33", 33, "exact", "other", "crew (headline)", None, cat_alt=["missing", "killed"],
         ctx="El Faro's 33"),
       C("33", 33, "exact", "other", "crew members aboard", None,
         cat_alt=["missing", "killed"], attr_alt=["Capt. Mark Fedor"], ctx="with 33 crew"),
       C("28", 28, "exact", "other", "American crew members", None,
         cat_alt=["missing", "killed"], attr_alt=["Capt. Mark Fedor"]),
       C("five", 5, "exact", "other", "Polish crew members", None,
         cat_alt=["missing", "killed"], attr_alt=["Capt. Mark Fedor"]),
       C("one", 1, "exact", "killed", "body found", "Capt. Mark Fedor", ctx="one body"),
       C("more than 183,000", 183000, "more_than", "other", "square nautical miles searched",
         None, optional=True),
       C("about 200", 200, "about", "other", "relatives and friends at a vigil")],
      published="2015-10-07"),

    # --- South America ----------------------------------------------------------------------
    P("d106_021",
      "CHILE QUAKE TOLL RISES TO 146\n"
      "Special to The New York Times\n"
      "March 5, 1985\n"
      "SANTIAGO, Chile, March 4 — The Interior Ministry said today that 146 people had been "
      "killed and more than 2,000 injured in Sunday's earthquake, which struck central Chile with "
      "a magnitude of 7.8. The ministry had said on Sunday night that 62 people were dead. "
      "Officials said about 150,000 people were homeless, most of them in the port of San "
      "Antonio and in Valparaíso, Llolleo and Melipilla, where thousands of adobe houses "
      "collapsed. President Augusto Pinochet declared a state of emergency in the region and "
      "flew over San Antonio by helicopter. The United States said it would send 25 tons of "
      "tents and blankets.",
      [C("146", 146, "exact", "killed", "people (headline)", None, ctx="TO 146"),
       C("146", 146, "exact", "killed", "people", "The Interior Ministry", ctx="that 146"),
       C("more than 2,000", 2000, "more_than", "injured", "people", "The Interior Ministry"),
       C("62", 62, "exact", "killed", "people (earlier toll)", "The ministry",
         attr_alt=["The Interior Ministry"]),
       C("about 150,000", 150000, "about", "displaced", "people made homeless", "Officials"),
       C("thousands", 1000, "vague", "infrastructure", "adobe houses collapsed", "Officials",
         attr_alt=[None]),
       C("25", 25, "exact", "aid", "tons of tents and blankets", "The United States")],
      published="1985-03-05"),

    P("d106_022",
      "LIMA, May 31 (Reuters) - The death toll from an earthquake that shook the jungle region of "
      "northern Peru has risen to 115, with 680 people injured, the civil defence office said on "
      "Thursday. In the town of Moyobamba, capital of San Martin department, about 1,800 adobe "
      "houses collapsed or were left uninhabitable, leaving some 15,000 people without shelter, "
      "a civil defence spokesman said. President Alan Garcia flew to the area with 12 tonnes of "
      "food and medicine aboard an air force Hercules. Rains and landslides had cut the highway "
      "from the coast, and relief workers said dozens of hamlets in the Alto Mayo valley had not "
      "yet been reached. The quake, measuring 6.4 on the Richter scale, struck shortly before 9 "
      "p.m. on Tuesday.",
      [C("115", 115, "exact", "killed", "people", "the civil defence office"),
       C("680", 680, "exact", "injured", "people", "the civil defence office"),
       C("about 1,800", 1800, "about", "infrastructure", "adobe houses collapsed",
         "a civil defence spokesman"),
       C("some 15,000", 15000, "about", "displaced", "people without shelter",
         "a civil defence spokesman"),
       C("12", 12, "exact", "aid", "tonnes of food and medicine", None,
         attr_alt=["President Alan Garcia"]),
       C("dozens", 12, "vague", "other", "hamlets not yet reached", "relief workers",
         optional=True)]),

    P("d106_023",
      "ANTOFAGASTA, Chile, June 19 (EFE) - Rescuers pulled more bodies from mud and boulders on "
      "Wednesday after a torrent of water and debris rushed down the dry ravines above this "
      "northern port, raising the death toll to 91, the regional governor's office said. "
      "Another 19 people were still missing and 700 homes had been destroyed, it said. About "
      "20,000 residents had no drinking water and around 3,500 people were sleeping in schools "
      "and a sports stadium. The rain that set off the avalanche, some 14 millimetres in a few "
      "hours, was the heaviest recorded in a city that often goes years without any. Interior "
      "Minister Enrique Krauss said the government would send 2,000 mattresses and 500 tents.",
      [C("91", 91, "exact", "killed", "people", "the regional governor's office"),
       C("19", 19, "exact", "missing", "people", "the regional governor's office",
         attr_alt=["it"], ctx="Another 19"),
       C("700", 700, "exact", "infrastructure", "homes destroyed",
         "the regional governor's office", attr_alt=["it"]),
       C("About 20,000", 20000, "about", "other", "residents without drinking water",
         "the regional governor's office", cat_alt=["population"], attr_alt=[None]),
       C("around 3,500", 3500, "about", "displaced", "people sleeping in schools and a stadium",
         "the regional governor's office", attr_alt=[None]),
       C("2,000", 2000, "exact", "aid", "mattresses", "Interior Minister Enrique Krauss"),
       C("500", 500, "exact", "aid", "tents", "Interior Minister Enrique Krauss")]),

    P("d106_024",
      "LIMA, Oct 3 (Reuters) - Navy divers and fishermen recovered nine bodies from the Pacific "
      "on Thursday after an Aeroperu Boeing 757 carrying 70 people plunged into the sea shortly "
      "after taking off from Lima, the airline said. There was no sign of survivors, a navy "
      "spokesman said, adding that four ships and two helicopters were searching an area some "
      "80 km northwest of the capital. The pilots had radioed that their instruments were giving "
      "conflicting readings and that they could not tell how high they were flying. Aeroperu "
      "said nine of those aboard were crew members and most of the 61 passengers were Peruvians.",
      [C("nine", 9, "exact", "killed", "bodies recovered", "the airline",
         attr_alt=["Aeroperu"], ctx="nine bodies"),
       C("70", 70, "exact", "other", "people on board", "the airline",
         cat_alt=["killed", "missing"], attr_alt=["Aeroperu"]),
       C("four", 4, "exact", "other", "ships searching", "a navy spokesman", optional=True,
         cat_alt=["troops"]),
       C("two", 2, "exact", "other", "helicopters searching", "a navy spokesman",
         optional=True, cat_alt=["troops", "munitions"]),
       C("nine", 9, "exact", "other", "crew members aboard", "Aeroperu",
         cat_alt=["killed", "missing"], ctx="nine of those"),
       C("61", 61, "exact", "other", "passengers aboard", "Aeroperu",
         cat_alt=["killed", "missing"])]),

    P("d106_025",
      "NAZCA, Peru (AFP) - Soldiers and civil defence workers handed out tents and blankets on "
      "Wednesday in Nazca and Acarí, where Tuesday's earthquake killed 15 people and left about "
      "1,600 injured, according to the National Civil Defence Institute (INDECI). INDECI said "
      "some 5,000 homes had collapsed and 12,000 more were damaged, and that around 77,000 "
      "people had been affected across the departments of Ica and Arequipa. \"In Nazca nearly "
      "every adobe house has cracked,\" said the mayor of Nazca. \"We need 3,000 tents, not "
      "300.\" The quake, measuring 6.4 on the Richter scale, was felt as far away as Lima, 450 "
      "km to the north.",
      [C("15", 15, "exact", "killed", "people", INDECI),
       C("about 1,600", 1600, "about", "injured", "people", INDECI),
       C("some 5,000", 5000, "about", "infrastructure", "homes collapsed", "INDECI",
         attr_alt=[INDECI]),
       C("12,000", 12000, "exact", "infrastructure", "homes damaged", "INDECI",
         attr_alt=[INDECI]),
       C("around 77,000", 77000, "about", "other", "people affected", "INDECI",
         cat_alt=["population"], attr_alt=[INDECI]),
       C("3,000", 3000, "exact", "aid", "tents needed", "the mayor of Nazca", optional=True),
       C("300", 300, "exact", "aid", "tents received", "the mayor of Nazca", optional=True)]),

    P("d106_026",
      "RECIFE, Brazil, June 8 — The Brazilian Navy has recovered 24 bodies from the Atlantic in "
      "the area where Air France Flight 447 disappeared a week ago, Air Force Colonel Jorge "
      "Amaral said on Monday. Eight more bodies had been spotted and were being brought aboard "
      "the frigate Constituição, he said. The Airbus A330, flying from Rio de Janeiro to Paris, "
      "was carrying 228 people, among them 58 Brazilians and 72 French nationals. The bodies "
      "are being taken to the Fernando de Noronha archipelago and then flown to Recife, where a "
      "team of 46 forensic experts will work to identify them. Brazil has 14 aircraft and five "
      "ships in the search, and France has sent a nuclear submarine.",
      [C("24", 24, "exact", "killed", "bodies recovered", AMARAL),
       C("Eight", 8, "exact", "killed", "bodies spotted", AMARAL, attr_alt=["he"]),
       C("228", 228, "exact", "other", "people on board", None, cat_alt=["killed"],
         attr_alt=[AMARAL]),
       C("58", 58, "exact", "other", "Brazilians on board", None, cat_alt=["killed"],
         attr_alt=[AMARAL]),
       C("72", 72, "exact", "other", "French nationals on board", None, cat_alt=["killed"],
         attr_alt=[AMARAL]),
       C("46", 46, "exact", "other", "forensic experts", None, cat_alt=["troops"]),
       C("14", 14, "exact", "other", "Brazilian aircraft in the search", None, optional=True,
         cat_alt=["munitions", "troops"]),
       C("five", 5, "exact", "other", "Brazilian ships in the search", None, optional=True,
         cat_alt=["troops"])]),

    # --- Australia --------------------------------------------------------------------------
    P("d106_027",
      "The Sydney Morning Herald, Friday, December 29, 1989\n"
      "NEWCASTLE: Rescuers worked through the night under floodlights at the Newcastle Workers "
      "Club, where the roof fell in on dozens of people at lunchtime yesterday, after Australia's "
      "deadliest earthquake killed at least 12 people in the city. Nine of the dead had been "
      "inside the club and three were crushed by falling awnings in Beaumont Street, Hamilton, "
      "police said. The Hunter Area Health Service said 120 people had been taken to hospital, "
      "12 of them in a serious condition. The quake, of magnitude 5.6, left about 300 buildings "
      "in the city centre that engineers must inspect before anyone can go back inside, the "
      "city council's chief engineer said. The Army sent 150 soldiers from Singleton to help "
      "clear rubble.",
      [C("dozens", 12, "vague", "other", "people inside the club", None,
         attr_alt=["police"]),
       C("at least 12", 12, "at_least", "killed", "people in Newcastle", None,
         attr_alt=["police"]),
       C("Nine", 9, "exact", "killed", "people in the Workers Club", "police"),
       C("three", 3, "exact", "killed", "people in Beaumont Street", "police"),
       C("120", 120, "exact", "injured", "people taken to hospital",
         "The Hunter Area Health Service"),
       C("12", 12, "exact", "injured", "people in serious condition",
         "The Hunter Area Health Service", ctx="12 of them"),
       C("about 300", 300, "about", "infrastructure", "buildings to be inspected",
         "the city council's chief engineer"),
       C("150", 150, "exact", "troops", "soldiers sent", None,
         attr_alt=["The Army", "the city council's chief engineer"])],
      published="1989-12-29"),

    P("d106_028",
      "NYNGAN, April 24 (AAP) - Almost the entire population of this western NSW town, about "
      "2,500 people, was airlifted to safety by RAAF and Army helicopters last night after the "
      "Bogan River broke through a sandbag levee. Authorities said it was the largest "
      "evacuation by helicopter in Australia's history. Fewer than 20 SES volunteers and police "
      "officers stayed behind to man the pumps, a State Emergency Service spokesman said, and "
      "they too were flown out this morning as floodwaters reached the eaves of some houses. "
      "The evacuees are being housed in Dubbo, 160 km to the east, where the council has opened "
      "schools and the showground. Premier Nick Greiner said the damage bill could top $50 "
      "million.",
      [C("about 2,500", 2500, "about", "displaced", "people airlifted out of Nyngan", None,
         cat_alt=["population"], attr_alt=["Authorities"]),
       C("Fewer than 20", 20, "fewer_than", "troops", "SES volunteers and police who stayed",
         "a State Emergency Service spokesman", cat_alt=["other"])]),

    P("d106_029",
      "Seven dead as trains collide in Blue Mountains\n"
      "The Daily Telegraph, Friday, December 3, 1999\n"
      "Seven people were killed and 51 injured yesterday morning when a crowded Blue Mountains "
      "commuter train ploughed into the back of the Indian Pacific near Glenbrook station, "
      "police said. All of the dead were travelling in the front carriage of the commuter "
      "train, which was carrying about 200 people. Ambulance officers said 10 of the injured "
      "were taken to Nepean Hospital with serious injuries. The Indian Pacific, bound for Perth "
      "with 126 passengers, had been stopped at a red signal. Rescue workers took more than "
      "four hours to free the last of the trapped passengers from the buckled carriage, State "
      "Rail said.",
      [C("Seven", 7, "exact", "killed", "people (headline)", None, ctx="Seven dead"),
       C("Seven", 7, "exact", "killed", "people", "police", ctx="Seven people"),
       C("51", 51, "exact", "injured", "people", "police"),
       C("about 200", 200, "about", "other", "people on the commuter train", None,
         attr_alt=["police"]),
       C("10", 10, "exact", "injured", "people seriously injured", "Ambulance officers"),
       C("126", 126, "exact", "other", "passengers on the Indian Pacific", None,
         attr_alt=["Ambulance officers"])],
      published="1999-12-03"),

    P("d106_030",
      "HOBART, Dec 29 (AAP) - Race organisers said today that six sailors had died when a storm "
      "battered the Sydney to Hobart fleet in Bass Strait, among them Briton Glyn Charles, who "
      "was washed off Sword of Orion and whose body has not been found. Only 44 of the 115 "
      "yachts that started on Boxing Day are still racing, the Cruising Yacht Club of Australia "
      "said. Navy and air force helicopters winched 55 sailors from the water and from disabled "
      "boats in what the Australian Maritime Safety Authority called the biggest search and "
      "rescue operation in peacetime Australia. Seven yachts were abandoned and five sank. Winds "
      "gusting to 80 knots whipped up waves as high as a 10-storey building.",
      [C("six", 6, "exact", "killed", "sailors", "Race organisers"),
       C("44", 44, "exact", "other", "yachts still racing",
         "the Cruising Yacht Club of Australia"),
       C("115", 115, "exact", "other", "yachts that started",
         "the Cruising Yacht Club of Australia"),
       C("55", 55, "exact", "other", "sailors winched to safety", None,
         attr_alt=["the Australian Maritime Safety Authority",
                   "the Cruising Yacht Club of Australia"]),
       C("Seven", 7, "exact", "other", "yachts abandoned"),
       C("five", 5, "exact", "other", "yachts sunk")]),

    P("d106_031",
      "The Canberra Times, Monday, January 20, 2003\n"
      "The death toll from Saturday's firestorm rose to four yesterday after the body of a man "
      "was found in his burnt-out home in Duffy, ACT Chief Police Officer John Murray said. The "
      "ACT Emergency Services Bureau said 419 homes had been destroyed, most of them in Duffy, "
      "Chapman and Holder, and that about 4,000 people had spent Saturday night in evacuation "
      "centres. Canberra Hospital and Calvary Hospital treated 435 people, mostly for smoke "
      "inhalation and burns; three were still in intensive care. More than 1,000 firefighters, "
      "some from NSW and Victoria, were still battling blazes in the Brindabella Ranges. Chief "
      "Minister Jon Stanhope declared a state of emergency, the first in the territory's "
      "history.",
      [C("four", 4, "exact", "killed", "people", "ACT Chief Police Officer John Murray"),
       C("419", 419, "exact", "infrastructure", "homes destroyed",
         "ACT Emergency Services Bureau"),
       C("about 4,000", 4000, "about", "displaced", "people in evacuation centres",
         "ACT Emergency Services Bureau"),
       C("435", 435, "exact", "injured", "people treated", None,
         attr_alt=["Canberra Hospital and Calvary Hospital"]),
       C("three", 3, "exact", "injured", "people in intensive care", None,
         attr_alt=["Canberra Hospital and Calvary Hospital"]),
       C("More than 1,000", 1000, "more_than", "troops", "firefighters", None,
         cat_alt=["other"])],
      published="2003-01-20"),

    P("d106_032",
      "The Cairns Post, Wednesday, March 22, 2006\n"
      "INNISFAIL — Soldiers from Townsville's 3rd Brigade began clearing roads yesterday as "
      "residents of this battered town queued for water, two days after Cyclone Larry tore "
      "through the Cassowary Coast. Premier Peter Beattie said about 7,000 homes had been "
      "damaged across the region, up to 120 of them so badly that they would have to be "
      "demolished. Innisfail, a town of about 8,500 people, has been without power since Monday, "
      "and Ergon Energy said it could be weeks before all 60,000 of its customers in the area "
      "were reconnected. Remarkably, no one was killed, and Queensland Health said only 30 "
      "people had been treated for injuries. Major General Peter Cosgrove, appointed to lead "
      "the recovery, said the army would have 500 personnel on the ground by the weekend.",
      [C("about 7,000", 7000, "about", "infrastructure", "homes damaged",
         "Premier Peter Beattie"),
       C("up to 120", 120, "at_most", "infrastructure", "homes to be demolished",
         "Premier Peter Beattie"),
       C("about 8,500", 8500, "about", "population", "inhabitants of Innisfail", None,
         attr_alt=["Ergon Energy"]),
       C("60,000", 60000, "exact", "other", "customers without power", "Ergon Energy",
         cat_alt=["population"]),
       C("30", 30, "exact", "injured", "people treated for injuries", "Queensland Health"),
       C("500", 500, "exact", "troops", "army personnel",
         "Major General Peter Cosgrove")],
      published="2006-03-22"),

    P("d106_033",
      "Wujal Wujal evacuated as Cairns counts cost of record flood\n"
      "Posted Tue 19 Dec 2023 at 6:12am\n"
      "The entire population of the remote Indigenous community of Wujal Wujal, about 300 "
      "people, is being flown out to Cooktown and Cairns after floodwaters cut the town off, "
      "Queensland Police said. By Tuesday morning fewer than 40 were left, a police spokeswoman "
      "said. Nine people, including a child, spent Monday night on the roof of the community's "
      "health clinic before they were winched to safety. In Cairns, where the airport runway "
      "went under water, crews carried out more than 60 swift-water rescues, Queensland Fire "
      "and Emergency Services said. About 14,000 homes and businesses were still without "
      "power, Ergon Energy said.",
      [C("about 300", 300, "about", "displaced", "people flown out of Wujal Wujal",
         "Queensland Police", cat_alt=["population"]),
       C("fewer than 40", 40, "fewer_than", "population", "people left in Wujal Wujal",
         "a police spokeswoman", cat_alt=["displaced"]),
       C("Nine", 9, "exact", "other", "people winched from a roof", None,
         cat_alt=["missing"], attr_alt=["a police spokeswoman"]),
       C("more than 60", 60, "more_than", "other", "swift-water rescues",
         "Queensland Fire and Emergency Services"),
       C("About 14,000", 14000, "about", "other", "homes and businesses without power",
         "Ergon Energy", cat_alt=["infrastructure"])],
      published="2023-12-19"),

    P("d106_034",
      "Pinery bushfire: Second person dies as 91 homes confirmed lost\n"
      "November 26, 2015 9:45pm\n"
      "A second person has died in the Pinery bushfire, which burned through more than 85,000 "
      "hectares of farmland north of Adelaide, SA Police said today. The woman, who was in her "
      "60s, died in the Royal Adelaide Hospital. The Country Fire Service said 91 homes had "
      "been destroyed, along with hundreds of sheds and more than 1,000 head of livestock. "
      "Sixteen people remain in hospital, four of them in a critical condition with burns, SA "
      "Health said. Some 400 CFS volunteers were still working the fire ground on Thursday.",
      [C("91", 91, "exact", "infrastructure", "homes lost (headline)", None, ctx="as 91"),
       C("more than 85,000", 85000, "more_than", "other", "hectares burned", None,
         optional=True, attr_alt=["SA Police"]),
       C("91", 91, "exact", "infrastructure", "homes destroyed", "The Country Fire Service",
         ctx="said 91"),
       C("hundreds", 100, "vague", "infrastructure", "sheds destroyed",
         "The Country Fire Service"),
       C("more than 1,000", 1000, "more_than", "other", "livestock lost",
         "The Country Fire Service"),
       C("Sixteen", 16, "exact", "injured", "people in hospital", "SA Health"),
       C("four", 4, "exact", "injured", "people in critical condition", "SA Health"),
       C("Some 400", 400, "about", "troops", "CFS volunteers", None, cat_alt=["other"],
         attr_alt=["SA Health"])],
      published="2015-11-26"),

    # --- New Zealand and the Pacific --------------------------------------------------------
    P("d106_035",
      "APIA, Dec 12 (Reuters) - Cyclone Val killed at least 12 people in Western Samoa and "
      "destroyed or damaged about 90 percent of the houses on the island of Savai'i, the "
      "government said on Thursday. Prime Minister Tofilau Eti Alesana said more than 10,000 "
      "people were living in churches and schools, and he appealed for international help. New "
      "Zealand has sent two air force Hercules with 30 tonnes of tents, tarpaulins and food. "
      "The storm, with gusts of up to 240 kph, lashed the islands for five days. In neighbouring "
      "American Samoa, the Federal Emergency Management Agency said 3,000 people had been left "
      "homeless.",
      [C("at least 12", 12, "at_least", "killed", "people in Western Samoa", "the government"),
       C("about 90 percent", 90, "about", "infrastructure", "share of houses on Savai'i damaged",
         "the government", optional=True),
       C("more than 10,000", 10000, "more_than", "displaced",
         "people in churches and schools", "Prime Minister Tofilau Eti Alesana"),
       C("two", 2, "exact", "other", "air force Hercules sent", None, optional=True,
         cat_alt=["aid", "munitions"],
         attr_alt=["New Zealand", "Prime Minister Tofilau Eti Alesana"]),
       C("30", 30, "exact", "aid", "tonnes of tents, tarpaulins and food", None,
         attr_alt=["New Zealand", "Prime Minister Tofilau Eti Alesana"]),
       C("3,000", 3000, "exact", "displaced", "people homeless in American Samoa",
         "the Federal Emergency Management Agency")]),

    P("d106_036",
      "CHRISTCHURCH (NZPA) - A magnitude 7.1 earthquake struck 40 km west of Christchurch at "
      "4.35am on Saturday, toppling chimneys and shop facades and buckling roads across "
      "Canterbury, but no deaths were reported. The quake was centred 10 km below the township "
      "of Darfield, GNS Science said, and was followed by strong aftershocks through the "
      "morning, the largest of magnitude 5.4. Civil Defence declared a state of emergency for "
      "the city at 10.16am, the first such declaration for Christchurch since the Wahine storm "
      "of 1968. Mayor Bob Parker urged residents to stay at home and to boil their drinking "
      "water.",
      []),

    P("d106_037",
      "Auckland floods: Fourth person confirmed dead as city counts the cost\n"
      "28 Jan, 2023 08:15 PM\n"
      "The body of a man who was swept away by floodwaters at Onewhero, south of the city, was "
      "recovered this morning, police said, bringing the number of dead from Friday's record "
      "downpour to four. Auckland Emergency Management said 350 people had spent the night in "
      "evacuation centres and that building inspectors had red-stickered 180 homes. Fire and "
      "Emergency New Zealand received 2,000 calls for help on Friday night, and crews carried "
      "out dozens of rescues, a spokesperson said. The airport recorded 249mm of rain in 24 "
      "hours, about as much as it normally gets over a whole summer. Mayor Wayne Brown, who has "
      "been criticised over the council's slow response, said he would not resign.",
      [C("four", 4, "exact", "killed", "people", "police"),
       C("350", 350, "exact", "displaced", "people in evacuation centres",
         "Auckland Emergency Management"),
       C("180", 180, "exact", "infrastructure", "homes red-stickered",
         "Auckland Emergency Management"),
       C("2,000", 2000, "exact", "other", "calls for help", "a spokesperson",
         attr_alt=["Fire and Emergency New Zealand"]),
       C("dozens", 12, "vague", "other", "rescues", "a spokesperson",
         attr_alt=["Fire and Emergency New Zealand"])],
      published="2023-01-28"),

    P("d106_038",
      "Solomon Star | Monday, 21 September 2020\n"
      "Two bomb disposal workers with Norwegian People's Aid (NPA) were killed on Sunday evening "
      "when a World War II bomb exploded at a residence in Tasahe, west Honiara, police said. "
      "The two men, a Briton and an Australian, had been mapping unexploded ordnance left over "
      "from the 1942-43 Guadalcanal campaign. Police Commissioner Mostyn Mangau said officers "
      "had since removed 16 items of ordnance from the house, including mortar rounds and "
      "grenades. The police explosive ordnance disposal unit destroys hundreds of bombs, shells "
      "and grenades every year, many of them dug up by gardeners and builders. NPA said it had "
      "suspended its work in the country.",
      [C("Two", 2, "exact", "killed", "bomb disposal workers", "police"),
       C("two", 2, "exact", "killed", "men (restated)", None, optional=True,
         ctx="The two men", attr_alt=["police"]),
       C("16", 16, "exact", "munitions", "items of ordnance removed",
         "Police Commissioner Mostyn Mangau"),
       C("hundreds", 100, "vague", "munitions", "bombs, shells and grenades destroyed a year")],
      published="2020-09-21"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d106_{:03d}",
                          checks=[no_sentence_from(*other_sets(HERE.name))])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=38)
