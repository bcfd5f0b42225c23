"""Source of the fifty-fifth development set: writes ``passages.jsonl`` next to it.

Forty passages (4–7 sentences, 4–8 figures each) of plain, typical wire copy (Reuters, AP, AFP,
dpa, EFE, Bloomberg, UPI), 2008–2026, on wars, disasters, attacks, protests and kidnappings in
the Americas and Europe, written for this set (none copied from an article): a dateline, a lead
with the toll and its source, a second paragraph with the breakdown, quotes, and background with
older figures. Annotated by hand and blind by the project's gold conventions (``gold/README.md``
of the shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset54``, ``tests/holdout2`` and ``tests/holdout3``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset55/build_devset55.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 55)] + ["holdout", "holdout2",
                                                                 "holdout3"]

MARKIN = "Vladimir Markin"
RU_EMERC = "the emergencies ministry"
TULEYEV = "regional governor Aman Tuleyev"
KR_EMERC = "The Emergencies Ministry"
IC = "the Investigative Committee"
SOYLU = "Interior Minister Suleyman Soylu"
KURTULMUS = "Deputy Prime Minister Numan Kurtulmus"
TAK = "The Kurdistan Freedom Hawks (TAK)"
MURCIA = "the regional government of Murcia"
TOVAR = "the government delegate in Murcia, Rafael González Tovar"
JODAR = "Francisco Jódar"
AND_HEALTH = "the Andalusian regional health service"
GR_FIRE = "The fire service"
KIKILIAS = "Civil Protection Minister Vassilis Kikilias"
BEAUNE = "Transport Minister Clement Beaune"
EDF = "Electricite de France SA"
BYSTROM = "police spokesman Lars Bystrom"
HERRMANN = "Joachim Herrmann"
DARMANIN = "Interior Minister Gerald Darmanin"
LAS = "The London Ambulance Service"
ROWLEY = "Metropolitan Police Assistant Commissioner Mark Rowley"
RU_EMERC_LY = "Russia's Emergencies Ministry"
RU_MOD = "Russia's defence ministry"
HAIDAI = "Luhansk Gov. Serhiy Haidai"
UK_MOD = "Britain's Defense Ministry"
HARRIS = "police chief Drew Harris"
NL_SPOKES = "a police spokeswoman"
HENDERSON = "Assistant Chief Constable Ryan Henderson"
PSNI = "Police in Northern Ireland"
TDEM = "the Texas Governor's Division of Emergency Management"
THOMAS = "Galveston Mayor Lyda Ann Thomas"
HT_DPC = "the civil protection department"
PENAILILLO = "Interior Minister Rodrigo Penailillo"
ONEMI = "the National Emergency Office (Onemi)"
PENAILILLO_ES = "Interior Minister Rodrigo Peñailillo"
AVILA = "México state Gov. Eruviel Ávila"
MX_COMMISSIONER = "the government's security commissioner for the state"
CASTILLO = "Alfredo Castillo"
VER_AUTH = "authorities in the state of Veracruz"
VER_PROS = "the state prosecutor's office"
GARCIA = "Veracruz Governor Cuitlahuac Garcia"
LANIER = "Washington Police Chief Cathy Lanier"
GRAY = "Mayor Vincent Gray"
MEMA = "the Mississippi Emergency Management Agency"
BROWN = "Santa Barbara County Sheriff Bill Brown"
BLACKMORE = ("Royal Canadian Mounted Police Assistant Commissioner Rhonda Blackmore")
SHA = "The Saskatchewan Health Authority"
SCHIAVI = "Transport Secretary Juan Pablo Schiavi"
CRESCENTI = "city emergency services chief Alberto Crescenti"
BULLRICH = "Security Minister Patricia Bullrich"
RAMIREZ = "Energy and Oil Minister Rafael Ramirez"
JAUA = "Vice President Elias Jaua"
RIO_FIRE = "the Rio de Janeiro fire department"
PE_MOI = "Peru's Interior Ministry"
ORTEGA = "Attorney General Luisa Ortega"
ACEVEDO = "Interior Minister Euclides Acevedo"
JAL_AUTH = "Authorities in the western Mexico state of Jalisco"
JAL_PROS = "The Jalisco state prosecutor's office"
MOLANO = "Defense Minister Diego Molano"
ARAUCA_OMB = "Arauca's human rights ombudsman"

PASSAGES = [
    # --- Russia and Turkey: attacks and disasters ------------------------------------------------
    P("d55_001",
      "VOLGOGRAD, Russia, Dec 29, 2013 (Reuters) - A suicide bomber blew herself up at the main "
      "railway station in the southern Russian city of Volgograd on Sunday, killing at least 16 "
      "people and wounding dozens, investigators said, six weeks before Russia hosts the Winter "
      "Olympics in Sochi. The blast went off near the metal detectors inside the entrance, and a "
      "police officer who tried to stop the bomber was among the dead, the Investigative "
      "Committee said. The Health Ministry said 41 people had been taken to hospital, 10 of them "
      "in critical condition. The device contained the equivalent of up to 10 kg of TNT, a "
      "committee spokesman, Vladimir Markin, told state television. In October, a suicide "
      "bombing on a city bus in Volgograd killed six people.",
      [C("at least 16", 16, "at_least", "killed", "people at Volgograd station",
         "investigators"),
       C("dozens", 12, "vague", "injured", "people at Volgograd station", "investigators"),
       C("41", 41, "exact", "injured", "people taken to hospital", "The Health Ministry",
         cat_alt=["other"]),
       C("10", 10, "exact", "injured", "people in critical condition", "The Health Ministry",
         ctx="10 of them"),
       C("up to 10", 10, "at_most", "munitions", "kg of TNT in the device", MARKIN,
         optional=True, cat_alt=["other"], attr_alt=["a committee spokesman"]),
       C("six", 6, "exact", "killed", "people on a Volgograd bus in October",
         ctx="killed six people")],
      published="2013-12-29"),

    P("d55_002",
      "MEZHDURECHENSK, Russia, May 10, 2010 (AFP) - Rescuers on Monday pulled 12 more bodies "
      "from Russia's largest underground coal mine, raising the death toll from two weekend "
      "methane blasts at the Raspadskaya mine in Siberia to 52, the emergencies ministry said. "
      "Another 38 miners were still trapped underground, the ministry said, and hopes of finding "
      "them alive were fading as water flooded the lower galleries. Of the 359 miners who were "
      "in the pit when the first explosion hit late on Saturday, 280 made it to the surface, "
      "according to the company. Many of the dead were rescuers who had gone down after the "
      "first blast; the second, about four hours later, killed at least 15 of them, regional "
      "governor Aman Tuleyev said. Prime Minister Vladimir Putin ordered an inquiry and "
      "promised 1 million rubles to the family of each victim.",
      [C("12", 12, "exact", "killed", "bodies pulled from the mine", RU_EMERC),
       C("two", 2, "exact", "other", "methane blasts", RU_EMERC, cat_alt=["munitions"],
         ctx="two weekend"),
       C("52", 52, "exact", "killed", "people in the Raspadskaya blasts", RU_EMERC),
       C("38", 38, "exact", "other", "miners trapped underground", "the ministry",
         cat_alt=["missing"], attr_alt=[RU_EMERC]),
       C("359", 359, "exact", "other", "miners in the pit", "the company"),
       C("280", 280, "exact", "other", "miners who reached the surface", "the company",
         cat_alt=["displaced"]),
       C("at least 15", 15, "at_least", "killed", "rescuers in the second blast", TULEYEV)],
      published="2010-05-10"),

    P("d55_003",
      "KRYMSK, Russia (AP) — Flash floods that swept through towns in Russia's southern Krasnodar "
      "region overnight killed at least 150 people, most of them in the town of Krymsk, regional "
      "officials said Sunday. Many of the victims were elderly residents who drowned in their "
      "homes as water rose up to 7 meters (23 feet) in some streets before dawn. The Emergencies "
      "Ministry said about 13,000 people had been affected and more than 1,000 had taken "
      "shelter in schools and tents; some 3,500 rescuers were at work in the area. As many as "
      "5,000 homes were flooded, and the ministry flew in 50 tons of drinking water and food. "
      "Residents of Krymsk, a town of some 57,000, accused officials of failing to warn them. "
      "Police said looters had been detained but gave no number.",
      [C("at least 150", 150, "at_least", "killed", "people in Krasnodar floods",
         "regional officials"),
       C("about 13,000", 13000, "about", "other", "people affected", KR_EMERC,
         cat_alt=["population"]),
       C("more than 1,000", 1000, "more_than", "displaced", "people sheltering", KR_EMERC),
       C("some 3,500", 3500, "about", "troops", "rescuers at work", KR_EMERC,
         cat_alt=["other"], attr_alt=[None]),
       C("As many as 5,000", 5000, "at_most", "infrastructure", "homes flooded", KR_EMERC,
         attr_alt=["the ministry", None]),
       C("50", 50, "exact", "aid", "tons of water and food flown in", None,
         attr_alt=["the ministry", KR_EMERC]),
       C("some 57,000", 57000, "about", "population", "residents of Krymsk")]),

    P("d55_004",
      "MOSCOW, May 6, 2019 (Reuters) - Forty-one people were killed when a Sukhoi Superjet 100 "
      "passenger plane burst into flames during an emergency landing at Moscow's Sheremetyevo "
      "airport on Sunday, Russian investigators said. The Aeroflot plane was carrying 73 "
      "passengers and five crew members, the Investigative Committee said; 37 people survived, "
      "it said, among them four crew. Two children were among the dead, a regional health "
      "official said. Aeroflot said the aircraft had turned back shortly after take-off for "
      "Murmansk, and that 11 people had been taken to hospital. The plane had gone into service "
      "in 2017 and had last been checked in April, Russia's aviation regulator said.",
      [C("Forty-one", 41, "exact", "killed", "people on the Superjet",
         "Russian investigators"),
       C("73", 73, "exact", "other", "passengers on board", IC),
       C("five", 5, "exact", "other", "crew on board", IC),
       C("37", 37, "exact", "other", "survivors", IC, attr_alt=["it"]),
       C("four", 4, "exact", "other", "crew who survived", IC, attr_alt=["it"]),
       C("Two", 2, "exact", "killed", "children", "a regional health official"),
       C("11", 11, "exact", "injured", "people taken to hospital", "Aeroflot",
         cat_alt=["other"])],
      published="2019-05-06"),

    P("d55_005",
      "YAROSLAVL, Russia (AP) — A Russian jet carrying the Lokomotiv ice hockey team crashed and "
      "burst into flames moments after takeoff Wednesday, killing 43 of the 45 people on board, "
      "including some of the sport's best-known international names, officials said. The Yak-42 "
      "clipped a radio mast and plunged onto the bank of the Volga River about 2 kilometers (1.2 "
      "miles) from the airport. Two men, a player and a crew member, were pulled alive from the "
      "wreckage with severe burns, the Emergencies Ministry said. The team had 36 players, "
      "coaches and staff on the plane, according to the Kontinental Hockey League, which "
      "postponed the opening game of its season. Lokomotiv had won the Russian championship "
      "three times, most recently in 2003.",
      [C("43", 43, "exact", "killed", "people on the Lokomotiv plane", "officials"),
       C("45", 45, "exact", "other", "people on board", "officials"),
       C("Two", 2, "exact", "other", "people pulled alive", "the Emergencies Ministry",
         cat_alt=["injured"]),
       C("36", 36, "exact", "other", "players, coaches and staff on board",
         "the Kontinental Hockey League")]),

    P("d55_006",
      "ISTANBUL, Dec 11, 2016 (Reuters) - Twin bombings outside a soccer stadium in central "
      "Istanbul killed 38 people and wounded 155 late on Saturday, Interior Minister Suleyman "
      "Soylu said, in an attack claimed by a Kurdish militant group. Thirty of the dead were "
      "police officers, Soylu told reporters, adding that 14 people were still in intensive "
      "care. A car bomb went off near a bus carrying riot police outside the Vodafone Arena about "
      "two hours after a match between Besiktas and Bursaspor, and less than a minute later a "
      "suicide bomber blew himself up in the nearby Macka park. Ten people had been detained "
      "over the attack, Deputy Prime Minister Numan Kurtulmus said. The Kurdistan Freedom Hawks "
      "(TAK), an offshoot of the PKK, said on its website that two of its members had carried "
      "out the bombings.",
      [C("38", 38, "exact", "killed", "people in Istanbul bombings", SOYLU),
       C("155", 155, "exact", "injured", "people in Istanbul bombings", SOYLU),
       C("Thirty", 30, "exact", "killed", "police officers", "Soylu", attr_alt=[SOYLU]),
       C("14", 14, "exact", "injured", "people in intensive care", "Soylu",
         cat_alt=["other"], attr_alt=[SOYLU]),
       C("Ten", 10, "exact", "detained", "people detained", KURTULMUS),
       C("two", 2, "exact", "troops", "TAK members who carried out the bombings", TAK,
         cat_alt=["other"], attr_alt=["TAK"], ctx="two of its members")],
      published="2016-12-11"),

    # --- Western Europe: storms, earthquakes, rail -----------------------------------------------
    P("d55_007",
      "PARIS, March 1, 2010 (AFP) - The death toll from storm Xynthia, which battered France's "
      "Atlantic coast with hurricane-force winds and a tidal surge over the weekend, rose to 51 "
      "on Monday, the interior ministry said, with at least 12 people still missing. Most of the "
      "victims drowned in the Vendée and Charente-Maritime departments, where sea walls gave way "
      "in the night and water rose to the ceilings of single-storey homes; 29 died in the "
      "seaside town of La Faute-sur-Mer alone, local officials said. Some 500,000 homes were "
      "still without electricity on Monday evening, down from more than a million on Sunday, "
      "grid operator ERDF said. President Nicolas Sarkozy, who toured the area, called the storm "
      "\"a national catastrophe\" and promised 3 million euros in emergency aid. Xynthia also "
      "killed at least six people in Spain, Portugal and Germany.",
      [C("51", 51, "exact", "killed", "people in France (Xynthia)", "the interior ministry"),
       C("at least 12", 12, "at_least", "missing", "people missing", "the interior ministry"),
       C("29", 29, "exact", "killed", "people in La Faute-sur-Mer", "local officials"),
       C("Some 500,000", 500000, "about", "other", "homes without electricity",
         "grid operator ERDF", cat_alt=["infrastructure"]),
       C("more than a million", 1_000_000, "more_than", "other",
         "homes without electricity on Sunday", "grid operator ERDF",
         cat_alt=["infrastructure"]),
       C("at least six", 6, "at_least", "killed", "people in Spain, Portugal and Germany")],
      published="2010-03-01"),

    P("d55_008",
      "Lorca (Murcia), May 12 (EFE).- Nine people were killed and 293 were treated for injuries "
      "after two earthquakes shook the southeastern Spanish town of Lorca on Wednesday evening, "
      "the regional government of Murcia said on Thursday. The second quake, of magnitude 5.1, "
      "struck at 6:47 p.m., less than two hours after the first, and brought cornices and bell "
      "towers down onto streets full of people who had run outside. Around 10,000 residents "
      "spent the night in the open air or in tents put up by the Military Emergencies Unit "
      "(UME), which deployed 350 soldiers, said the government delegate in Murcia, Rafael "
      "González Tovar. Municipal architects had inspected some 1,200 buildings by midday and 80 "
      "of them would have to be demolished, Lorca's mayor, Francisco Jódar, told reporters. "
      "Lorca, a town of about 92,000 inhabitants, lies some 60 kilometres from Murcia.",
      [C("Nine", 9, "exact", "killed", "people in Lorca", MURCIA),
       C("293", 293, "exact", "injured", "people treated for injuries", MURCIA),
       C("two", 2, "exact", "other", "earthquakes", MURCIA, optional=True,
         ctx="two earthquakes"),
       C("Around 10,000", 10000, "about", "displaced", "residents sleeping outdoors or in tents",
         TOVAR, cat_alt=["other"]),
       C("350", 350, "exact", "troops", "UME soldiers deployed", None, attr_alt=[TOVAR]),
       C("some 1,200", 1200, "about", "infrastructure", "buildings inspected", JODAR,
         attr_alt=["Lorca's mayor"]),
       C("80", 80, "exact", "infrastructure", "buildings to be demolished", JODAR,
         attr_alt=["Lorca's mayor"]),
       C("about 92,000", 92000, "about", "population", "inhabitants of Lorca")]),

    P("d55_009",
      "MADRID, Jan 19, 2026 (Reuters) - At least 39 people were killed when a high-speed train "
      "derailed and was struck by an oncoming train near the town of Adamuz in southern Spain on "
      "Sunday evening, the Interior Ministry said on Monday, the country's worst rail accident in "
      "more than a decade. Another 122 people were taken to hospital, 24 of them in serious "
      "condition, the Andalusian regional health service said. The Iryo train from Malaga to "
      "Madrid, with around 300 passengers on board, left the rails at about 7:45 p.m. and crossed "
      "onto the adjacent track, where a Renfe Alvia service bound for Huelva hit it, rail "
      "infrastructure operator Adif said. Transport Minister Oscar Puente said rescuers were "
      "still cutting through the wreckage of the Alvia's front carriages and that the toll could "
      "rise. Prime Minister Pedro Sanchez declared three days of official mourning.",
      [C("At least 39", 39, "at_least", "killed", "people in the Adamuz crash",
         "the Interior Ministry"),
       C("122", 122, "exact", "injured", "people taken to hospital", AND_HEALTH,
         cat_alt=["other"]),
       C("24", 24, "exact", "injured", "people in serious condition", AND_HEALTH),
       C("around 300", 300, "about", "other", "passengers on the Iryo train",
         "rail infrastructure operator Adif")],
      published="2026-01-19"),

    P("d55_010",
      "ATHENS, Greece (AP) — Rescue crews in central Greece used boats and helicopters on Friday "
      "to reach villagers stranded on rooftops by floods that have killed at least 10 people, "
      "as the toll from Storm Daniel rose and officials warned it would climb further. The fire "
      "service said it had rescued more than 2,850 people since Tuesday, 1,550 of them in the "
      "past 24 hours, and that four people were still listed as missing in the Thessaly region. "
      "Some 900 people spent the night in hotels and schools in the port city of Volos, regional "
      "authorities said. \"Entire villages are under water,\" Civil Protection Minister Vassilis "
      "Kikilias told state broadcaster ERT, adding that the army had sent 30 boats and 10 "
      "helicopters to the area. Parts of Thessaly received more rain in 24 hours than they "
      "usually get in a year.",
      [C("at least 10", 10, "at_least", "killed", "people in Greek floods", None,
         attr_alt=[GR_FIRE, "officials"]),
       C("more than 2,850", 2850, "more_than", "other", "people rescued", GR_FIRE),
       C("1,550", 1550, "exact", "other", "people rescued in 24 hours", GR_FIRE),
       C("four", 4, "exact", "missing", "people missing in Thessaly", GR_FIRE),
       C("Some 900", 900, "about", "displaced", "people sheltering in Volos",
         "regional authorities"),
       C("30", 30, "exact", "other", "army boats sent", KIKILIAS, optional=True,
         cat_alt=["troops", "munitions"]),
       C("10", 10, "exact", "other", "army helicopters sent", KIKILIAS, optional=True,
         cat_alt=["troops", "munitions"], ctx="10 helicopters")]),

    P("d55_011",
      "Storm Ciaran cuts power to 1.2 million homes in France\n"
      "November 2, 2023 at 10:41 AM GMT+1\n"
      "(Bloomberg) -- Storm Ciaran left about 1.2 million homes without electricity in "
      "northwestern France on Thursday after gusts of more than 200 kilometers an hour battered "
      "Brittany and Normandy overnight, grid operator Enedis said. A truck driver was killed when "
      "a tree fell on his vehicle in the Aisne region, Transport Minister Clement Beaune said, "
      "and 15 people were injured, seven of them firefighters. In the UK, about 150,000 "
      "properties in southwest England were without power and National Rail warned of severe "
      "disruption. Electricite de France SA said 3,000 technicians had been mobilized to restore "
      "supplies. French power for next-day delivery rose 12% on the Epex Spot exchange.",
      [C("1.2 million", 1_200_000, "exact", "other", "homes without power (headline)",
         cat_alt=["infrastructure"], ctx="to 1.2 million homes"),
       C("about 1.2 million", 1_200_000, "about", "other", "homes without electricity",
         "grid operator Enedis", cat_alt=["infrastructure"]),
       C("15", 15, "exact", "injured", "people in France", BEAUNE, attr_alt=[None]),
       C("seven", 7, "exact", "injured", "firefighters", BEAUNE, attr_alt=[None]),
       C("about 150,000", 150000, "about", "other", "UK properties without power",
         cat_alt=["infrastructure"]),
       C("3,000", 3000, "exact", "other", "technicians mobilized", EDF,
         cat_alt=["troops"])],
      published="2023-11-02"),

    # --- Protests and attacks in Western Europe ----------------------------------------------
    P("d55_012",
      "STOCKHOLM, May 23, 2013 (AFP) - Youths torched cars and a school in Stockholm's immigrant "
      "suburbs for a fourth straight night, police said on Thursday, as Prime Minister Fredrik "
      "Reinfeldt appealed for calm. About 30 cars were set ablaze overnight and eight people were "
      "arrested, police spokesman Lars Bystrom told AFP, bringing to 13 the number held since the "
      "unrest began in Husby on Sunday. Two police officers were slightly hurt by stones, he said. "
      "The riots broke out after police shot dead a 69-year-old man wielding a machete in Husby, "
      "where some 80 percent of the roughly 12,000 residents have a foreign background. Some 200 "
      "extra officers from Gothenburg and Malmo were being sent to the capital, police said.",
      [C("About 30", 30, "about", "other", "cars set ablaze", BYSTROM, optional=True,
         cat_alt=["infrastructure"]),
       C("eight", 8, "exact", "detained", "people arrested overnight", BYSTROM),
       C("13", 13, "exact", "detained", "people held since Sunday", BYSTROM),
       C("Two", 2, "exact", "injured", "police officers", BYSTROM, attr_alt=["he"]),
       C("some 80 percent", 80, "about", "other", "residents with a foreign background",
         optional=True, cat_alt=["population"]),
       C("roughly 12,000", 12000, "about", "population", "residents of Husby"),
       C("Some 200", 200, "about", "troops", "extra officers sent", "police",
         cat_alt=["other"])],
      published="2013-05-23"),

    P("d55_013",
      "Würzburg (dpa) - A man armed with a kitchen knife killed three women and seriously injured "
      "five other people in the centre of the Bavarian city of Würzburg on Friday afternoon, "
      "police said. Two more people suffered minor injuries, a police spokesman said on "
      "Saturday. Officers stopped the 24-year-old Somali, who had lived in the city since 2015, "
      "with a shot to the thigh after passers-by had held him at bay with chairs and sticks. "
      "Bavaria's interior minister, Joachim Herrmann, said investigators were examining whether "
      "the attacker had an Islamist motive; around 30 officers were searching his room at a "
      "homeless shelter. Several of the injured were still in a critical condition.",
      [C("three", 3, "exact", "killed", "women", "police"),
       C("five", 5, "exact", "injured", "people seriously injured", "police"),
       C("Two", 2, "exact", "injured", "people with minor injuries", "a police spokesman"),
       C("around 30", 30, "about", "troops", "officers searching his room", HERRMANN,
         cat_alt=["other"], attr_alt=["Bavaria's interior minister", None])]),

    P("d55_014",
      "ANNECY, France, June 8, 2023 (AFP) - A man armed with a knife attacked children in a "
      "playground beside the lake in the French Alpine town of Annecy on Thursday, wounding six "
      "people, including four children aged under three, officials said. Two of the children and "
      "an adult were in a life-threatening condition, Interior Minister Gerald Darmanin said. "
      "The suspect, a 31-year-old Syrian who had been granted refugee status in Sweden ten years "
      "ago, was arrested at the scene, prosecutor Line Bonnet-Mathis told reporters. Police said "
      "he had no known links to extremist groups, and the anti-terrorism prosecutor's office did "
      "not take up the case. More than 20 police officers and 30 firefighters were sent to the "
      "scene, the prefecture said.",
      [C("six", 6, "exact", "injured", "people in Annecy", "officials"),
       C("four", 4, "exact", "injured", "children", "officials"),
       C("Two", 2, "exact", "injured", "children in a life-threatening condition", DARMANIN),
       C("More than 20", 20, "more_than", "troops", "police officers sent", "the prefecture",
         cat_alt=["other"]),
       C("30", 30, "exact", "troops", "firefighters sent", "the prefecture",
         cat_alt=["other"])],
      published="2023-06-08"),

    P("d55_015",
      "Sept. 15, 2017 / 10:48 AM\n"
      "LONDON, Sept. 15 (UPI) -- At least 22 people were injured Friday when a homemade bomb "
      "partly exploded on a packed London Underground train at Parsons Green station during the "
      "morning rush hour, police and health officials said. The London Ambulance Service said it "
      "had taken 18 people to hospitals, none of them with life-threatening injuries, and that "
      "several more had made their own way there. Most of the injured suffered \"flash burns,\" "
      "NHS England said. Metropolitan Police Assistant Commissioner Mark Rowley said hundreds of "
      "detectives, helped by MI5, were hunting those responsible. The device, in a white bucket "
      "inside a supermarket bag, was found in the rear carriage. Five attacks in London and "
      "Manchester this year have killed 36 people.",
      [C("At least 22", 22, "at_least", "injured", "people at Parsons Green",
         "police and health officials"),
       C("18", 18, "exact", "injured", "people taken to hospitals", LAS, cat_alt=["other"]),
       C("hundreds", 100, "vague", "troops", "detectives hunting the bombers", ROWLEY,
         cat_alt=["other"]),
       C("Five", 5, "exact", "other", "attacks in Britain this year", cat_alt=["munitions"]),
       C("36", 36, "exact", "killed", "people in attacks this year")],
      published="2017-09-15"),

    # --- War in Ukraine ------------------------------------------------------------------------
    P("d55_016",
      "MOSCOW, Feb 4 (Reuters) - The death toll from a strike on a bakery in the Russian-held "
      "city of Lysychansk in eastern Ukraine rose to 28 on Sunday, Russia's Emergencies Ministry "
      "said, after rescuers pulled more bodies from the rubble of the collapsed building. Ten "
      "people were rescued alive from under the debris and 11 were in hospital, the ministry "
      "said. Russia's defence ministry said Ukraine had fired a U.S.-made HIMARS multiple rocket "
      "launcher at the city, and that air defences had shot down four of the rockets. Ukraine's "
      "military did not comment directly on the strike. Lysychansk, which had a pre-war "
      "population of about 95,000, has been held by Russian forces since July 2022.",
      [C("28", 28, "exact", "killed", "people in Lysychansk bakery", RU_EMERC_LY),
       C("Ten", 10, "exact", "other", "people rescued alive", "the ministry",
         attr_alt=[RU_EMERC_LY]),
       C("11", 11, "exact", "injured", "people in hospital", "the ministry",
         attr_alt=[RU_EMERC_LY], cat_alt=["other"]),
       C("four", 4, "exact", "munitions", "rockets shot down", RU_MOD),
       C("about 95,000", 95000, "about", "population", "pre-war population of Lysychansk")]),

    P("d55_017",
      "KYIV, Ukraine (AP) — More than 500 civilians, among them 38 children, are sheltering with "
      "Ukrainian fighters inside a chemical plant in the eastern city of Sievierodonetsk as "
      "Russian forces pound it with artillery, the regional governor said Friday. Luhansk Gov. "
      "Serhiy Haidai said Russian troops now controlled about 80% of the city, which had a "
      "population of around 100,000 before the war, and were trying to encircle its last "
      "defenders. Pro-Moscow separatists said they had offered a humanitarian corridor from the "
      "Azot plant, but Haidai said constant shelling made any evacuation impossible. Britain's "
      "Defense Ministry said Russia had probably committed between 20 and 25 battalion tactical "
      "groups to the Sievierodonetsk area. Ukraine's military says 100 to 200 of its soldiers "
      "are being killed every day across the front.",
      [C("More than 500", 500, "more_than", "displaced",
         "civilians sheltering in the Azot plant", "the regional governor",
         cat_alt=["other"], attr_alt=[HAIDAI]),
       C("38", 38, "exact", "displaced", "children sheltering in the plant",
         "the regional governor", cat_alt=["other"], attr_alt=[HAIDAI]),
       C("about 80%", 80, "about", "other", "share of the city under Russian control", HAIDAI,
         optional=True),
       C("around 100,000", 100000, "about", "population", "pre-war population", None,
         attr_alt=[HAIDAI]),
       C("between 20 and 25", 20, "range", "troops", "battalion tactical groups", UK_MOD,
         high=25),
       C("100 to 200", 100, "range", "killed", "Ukrainian soldiers killed per day",
         "Ukraine's military", high=200, optional=True)]),

    # --- Riots and a hostage-taking -------------------------------------------------------------
    P("d55_018",
      "DUBLIN, Nov 24, 2023 (Reuters) - Irish police arrested 34 people after rioters set fire to "
      "buses and a tram and looted shops in central Dublin on Thursday night, hours after a knife "
      "attack outside a school in which three young children were hurt, police chief Drew Harris "
      "said. A five-year-old girl remained in a critical condition in hospital on Friday, as did a "
      "care worker who had tried to shield the children, Harris said. Thirteen shops were damaged "
      "and 11 police vehicles were destroyed, he said, while about 400 officers in riot gear were "
      "deployed to clear the streets. Justice Minister Helen McEntee called the scenes \"utterly "
      "shameful\".",
      [C("34", 34, "exact", "detained", "people arrested", HARRIS),
       C("three", 3, "exact", "injured", "children in the knife attack", None,
         attr_alt=[HARRIS]),
       C("Thirteen", 13, "exact", "infrastructure", "shops damaged", "Harris",
         attr_alt=["he", HARRIS]),
       C("11", 11, "exact", "other", "police vehicles destroyed", "Harris", optional=True,
         cat_alt=["infrastructure"], attr_alt=["he", HARRIS]),
       C("about 400", 400, "about", "troops", "riot officers deployed", "Harris",
         cat_alt=["other"], attr_alt=["he", HARRIS, None])],
      published="2023-11-24"),

    P("d55_019",
      "THE HAGUE (AFP) - Dutch police on Saturday arrested a man who had held four people hostage "
      "for several hours in a bar in the central town of Ede, after a standoff that forced the "
      "evacuation of around 150 homes, police said. The last of the hostages, three young men, "
      "walked out unharmed shortly after 3:00 pm (1400 GMT), and the suspect gave himself up "
      "minutes later, a police spokeswoman told AFP. One hostage had been freed earlier in the "
      "afternoon. Police said the suspect, a 28-year-old local man, was known to them and that "
      "there was no sign of a terrorist motive. Around 100 officers, including special forces, "
      "were deployed in the town centre.",
      [C("four", 4, "exact", "hostages", "people held in the bar", "police"),
       C("around 150", 150, "about", "displaced", "homes evacuated", "police", optional=True,
         cat_alt=["infrastructure", "other"]),
       C("three", 3, "exact", "hostages", "hostages freed last", NL_SPOKES),
       C("One", 1, "exact", "hostages", "hostage freed earlier", NL_SPOKES, attr_alt=[None]),
       C("Around 100", 100, "about", "troops", "officers deployed", None,
         cat_alt=["other"], attr_alt=["Police"])]),

    P("d55_020",
      "BALLYMENA, Northern Ireland (AP) — Police in Northern Ireland said 17 officers were injured "
      "on a second night of rioting in the town of Ballymena, where masked youths hurled bricks, "
      "fireworks and gasoline bombs at lines of riot police on Tuesday. Officers fired 16 "
      "attenuating energy projectiles and used water cannon to disperse the crowd, Assistant "
      "Chief Constable Ryan Henderson said, adding that four people had been arrested. At least "
      "five homes were set on fire, and the families living in them, who were from ethnic "
      "minorities, had been moved to emergency accommodation, he said. The violence followed a "
      "vigil over an alleged sexual assault on a teenage girl, for which two 14-year-old boys "
      "have been charged. In all, 41 officers have been hurt since Monday, police said.",
      [C("17", 17, "exact", "injured", "police officers on Tuesday", PSNI),
       C("16", 16, "exact", "munitions", "energy projectiles fired", HENDERSON,
         cat_alt=["other"]),
       C("four", 4, "exact", "detained", "people arrested", HENDERSON),
       C("At least five", 5, "at_least", "infrastructure", "homes set on fire", HENDERSON,
         attr_alt=["he"]),
       C("two", 2, "exact", "detained", "boys charged", None, cat_alt=["other"]),
       C("41", 41, "exact", "injured", "police officers since Monday", "police")]),

    # --- Americas: hurricanes and earthquakes ----------------------------------------------------
    P("d55_021",
      "GALVESTON, Texas (AP) — Search teams going door to door on Galveston Island found more "
      "bodies Monday as the death toll from Hurricane Ike rose to at least 30 across Texas, "
      "Louisiana and Tennessee. About 2,000 people have been rescued from flooded homes along the "
      "Texas coast since the storm came ashore early Saturday, the Texas Governor's Division of "
      "Emergency Management said. More than 2 million customers in the Houston area were still "
      "without power, and officials said it could take weeks to restore it. Galveston Mayor Lyda "
      "Ann Thomas said roughly 20,000 of the island's residents had ignored orders to leave "
      "before the storm. The Coast Guard said its helicopters had plucked 375 people from "
      "rooftops and flooded cars.",
      [C("at least 30", 30, "at_least", "killed", "people in three states", None,
         attr_alt=[TDEM]),
       C("About 2,000", 2000, "about", "other", "people rescued", TDEM),
       C("More than 2 million", 2_000_000, "more_than", "other", "customers without power",
         None, cat_alt=["infrastructure"], attr_alt=["officials"]),
       C("roughly 20,000", 20000, "about", "population", "residents who stayed", THOMAS,
         cat_alt=["other"]),
       C("375", 375, "exact", "other", "people rescued by helicopter", "The Coast Guard")]),

    P("d55_022",
      "PORT-AU-PRINCE, Nov 6, 2010 (AFP) - Hurricane Tomas killed at least 20 people in Haiti as "
      "it lashed the quake-ravaged country with torrential rain on Friday, flooding towns in the "
      "west and south, the civil protection department said on Saturday. Seven people were still "
      "missing and 36 injured, the department said in its latest report, while more than 30,000 "
      "had been evacuated to shelters. Leogane, near the epicentre of the January earthquake, was "
      "under up to a metre of water, witnesses said. Aid groups fear the floods will spread "
      "cholera, which has already killed 442 people since it broke out last month, according to "
      "the health ministry. Around 1.3 million Haitians have lived in tents and makeshift camps "
      "since the January 12 quake. The World Food Programme said it had stockpiled 1,600 tonnes "
      "of food in the south.",
      [C("at least 20", 20, "at_least", "killed", "people in Haiti", HT_DPC),
       C("Seven", 7, "exact", "missing", "people missing", "the department",
         attr_alt=[HT_DPC]),
       C("36", 36, "exact", "injured", "people injured", "the department", attr_alt=[HT_DPC]),
       C("more than 30,000", 30000, "more_than", "displaced", "people evacuated to shelters",
         "the department", attr_alt=[HT_DPC, None]),
       C("442", 442, "exact", "killed", "cholera deaths", "the health ministry",
         attr_alt=[None]),
       C("Around 1.3 million", 1_300_000, "about", "displaced",
         "Haitians living in tents and camps"),
       C("1,600", 1600, "exact", "aid", "tonnes of food stockpiled",
         "The World Food Programme")],
      published="2010-11-06"),

    P("d55_023",
      "SANTIAGO, April 2, 2014 (Reuters) - A magnitude 8.2 earthquake struck off the coast of "
      "northern Chile on Tuesday night, killing six people and triggering a small tsunami that "
      "forced the evacuation of some 900,000 people along the Pacific coast, authorities said. "
      "Interior Minister Rodrigo Penailillo said 293 inmates had escaped from a women's prison in "
      "the port city of Iquique in the chaos after the quake, and that 39 had since been "
      "recaptured. Some 300 soldiers were flown in to help keep order in Iquique and neighboring "
      "Arica, the government said. The five men and one woman who died were crushed by falling "
      "walls or suffered heart attacks, officials said. Waves of up to 2.11 meters (7 feet) hit "
      "the coast, according to the navy's hydrographic service.",
      [C("six", 6, "exact", "killed", "people in northern Chile", "authorities"),
       C("some 900,000", 900000, "about", "displaced", "people evacuated", "authorities"),
       C("293", 293, "exact", "detained", "inmates who escaped", PENAILILLO,
         cat_alt=["other"]),
       C("39", 39, "exact", "detained", "escaped inmates recaptured", PENAILILLO),
       C("Some 300", 300, "about", "troops", "soldiers flown in", "the government"),
       C("five", 5, "exact", "killed", "men who died", "officials"),
       C("one", 1, "exact", "killed", "woman who died", "officials", ctx="one woman")],
      published="2014-04-02"),

    P("d55_024",
      "Valparaíso (Chile), Apr 14 (EFE).- The death toll from the fire that has ravaged the hills "
      "of the Chilean port city of Valparaíso since Saturday rose to 15 on Monday, while the "
      "number of homes destroyed exceeded 2,500, the National Emergency Office (Onemi) said. "
      "Some 11,000 people have lost their homes and about 5,000 are staying in shelters set up in "
      "schools, Interior Minister Rodrigo Peñailillo said. The fire, which has burned some 1,000 "
      "hectares, was still active in the upper parts of the city, where 1,250 firefighters and 20 "
      "aircraft were fighting the flames, according to Onemi. Around 3,000 soldiers and police "
      "officers have been deployed to keep order and prevent looting.",
      [C("15", 15, "exact", "killed", "people in Valparaíso fire", ONEMI),
       C("2,500", 2500, "more_than", "infrastructure", "homes destroyed", ONEMI),
       C("Some 11,000", 11000, "about", "displaced", "people who lost their homes",
         PENAILILLO_ES),
       C("about 5,000", 5000, "about", "displaced", "people in shelters", PENAILILLO_ES),
       C("some 1,000", 1000, "about", "other", "hectares burned", None, optional=True,
         attr_alt=[ONEMI]),
       C("1,250", 1250, "exact", "troops", "firefighters", "Onemi", cat_alt=["other"],
         attr_alt=[ONEMI]),
       C("20", 20, "exact", "other", "aircraft fighting the fire", "Onemi", optional=True,
         cat_alt=["munitions"], attr_alt=[ONEMI]),
       C("Around 3,000", 3000, "about", "troops", "soldiers and police deployed", None,
         attr_alt=["Onemi"])]),

    # --- Mexico: explosions, clashes, shootings, the missing --------------------------------------
    P("d55_025",
      "TULTEPEC, Mexico (AP) — A chain of explosions tore through Mexico's best-known fireworks "
      "market on the outskirts of the capital Tuesday, killing at least 29 people and injuring "
      "more than 70, authorities said. México state Gov. Eruviel Ávila said 26 people died at the "
      "scene and three others in hospitals. Seven children were among the injured, and 12 people "
      "were in critical condition, several with burns over 90 percent of their bodies, he said. "
      "The San Pablito market, which had some 300 stalls packed with gunpowder for the holiday "
      "season, was reduced to ash and twisted metal. A similar blast destroyed the market in "
      "September 2005.",
      [C("at least 29", 29, "at_least", "killed", "people at San Pablito market",
         "authorities"),
       C("more than 70", 70, "more_than", "injured", "people at the market", "authorities"),
       C("26", 26, "exact", "killed", "people who died at the scene", AVILA),
       C("three", 3, "exact", "killed", "people who died in hospitals", AVILA),
       C("Seven", 7, "exact", "injured", "children", AVILA, attr_alt=["he"]),
       C("12", 12, "exact", "injured", "people in critical condition", AVILA,
         attr_alt=["he"]),
       C("some 300", 300, "about", "other", "market stalls", optional=True,
         cat_alt=["infrastructure"])]),

    P("d55_026",
      "MEXICO CITY, Jan 7 (Reuters) - Nine people were killed and 44 arrested in clashes between "
      "federal forces and armed civilians in the city of Apatzingan in Mexico's western state of "
      "Michoacan, the government's security commissioner for the state said on Wednesday. "
      "Alfredo Castillo told reporters that most of the dead had been killed in a car crash or by "
      "\"friendly fire\" during a shootout before dawn on Tuesday, and that federal police had "
      "seized 40 firearms. Castillo said the detainees belonged to a former vigilante group that "
      "had refused to disband. Relatives of the dead gave a different account, telling Reuters "
      "that at least 16 people had died and that police had fired on unarmed people sleeping in "
      "the town square. More than 10,000 federal police and soldiers were sent to Michoacan a "
      "year ago to restore order after vigilante groups took up arms against the Knights Templar "
      "drug cartel.",
      [C("Nine", 9, "exact", "killed", "people in Apatzingan", MX_COMMISSIONER,
         attr_alt=[CASTILLO]),
       C("44", 44, "exact", "detained", "people arrested", MX_COMMISSIONER,
         attr_alt=[CASTILLO]),
       C("40", 40, "exact", "munitions", "firearms seized", CASTILLO, cat_alt=["other"]),
       C("at least 16", 16, "at_least", "killed", "people in Apatzingan",
         "Relatives of the dead"),
       C("More than 10,000", 10000, "more_than", "troops",
         "federal police and soldiers sent to Michoacan")]),

    P("d55_027",
      "MEXICO CITY, April 20, 2019 (AFP) - Gunmen burst into a family party in the southern "
      "Mexican city of Minatitlan and opened fire, killing 13 people including a one-year-old "
      "boy, authorities in the state of Veracruz said on Saturday. Four people were wounded in "
      "the attack late on Friday, the state prosecutor's office said in a statement, adding that "
      "a group of six to eight gunmen had arrived in several vehicles. Veracruz Governor "
      "Cuitlahuac Garcia blamed the massacre on a dispute between criminal groups and said 10 "
      "suspects had been identified. Veracruz recorded 1,727 homicides in 2018, according to "
      "government figures, making it one of Mexico's most violent states.",
      [C("13", 13, "exact", "killed", "people at a party in Minatitlan", VER_AUTH),
       C("Four", 4, "exact", "injured", "people wounded", VER_PROS),
       C("six to eight", 6, "range", "troops", "gunmen", VER_PROS, high=8,
         cat_alt=["other"]),
       C("10", 10, "exact", "detained", "suspects identified", GARCIA, cat_alt=["other"]),
       C("1,727", 1727, "exact", "killed", "homicides in Veracruz in 2018",
         "government figures")],
      published="2019-04-20"),

    # --- United States and Canada: shootings, tornadoes, mudslides ------------------------------
    P("d55_028",
      "Sept. 16, 2013 / 11:02 PM\n"
      "WASHINGTON, Sept. 16 (UPI) -- A gunman opened fire inside a building at the Washington "
      "Navy Yard on Monday morning, killing 12 people before he was shot dead by police, "
      "officials said. Washington Police Chief Cathy Lanier said eight people were wounded, three "
      "of them by gunfire; a police officer was among those shot. The FBI identified the gunman "
      "as Aaron Alexis, 34, a former Navy reservist who worked for a defense contractor. About "
      "3,000 people work in Building 197, the headquarters of Naval Sea Systems Command, where "
      "the shooting began at 8:20 a.m. Mayor Vincent Gray said there was no evidence of a second "
      "gunman, after police had searched for two other possible suspects for much of the day.",
      [C("12", 12, "exact", "killed", "people at the Navy Yard", "officials"),
       C("eight", 8, "exact", "injured", "people wounded", LANIER),
       C("three", 3, "exact", "injured", "people wounded by gunfire", LANIER),
       C("About 3,000", 3000, "about", "population", "people who work in Building 197",
         cat_alt=["other"]),
       C("two", 2, "exact", "troops", "possible suspects searched for", None,
         cat_alt=["other"], attr_alt=[GRAY])],
      published="2013-09-16"),

    P("d55_029",
      "ROLLING FORK, Miss. (AP) — Rescuers searched flattened homes on Saturday after a tornado "
      "tore through the Mississippi Delta overnight, killing at least 25 people and injuring "
      "dozens, the Mississippi Emergency Management Agency said. One man was killed in "
      "neighboring Alabama, authorities there said. The twister, on the ground for more than an "
      "hour, wiped out much of Rolling Fork, a town of about 1,700 people, where Mayor Eldridge "
      "Walker said \"my city is gone.\" At least 2,000 homes were damaged or destroyed across the "
      "state, the agency said, and four people remained unaccounted for. The National Weather "
      "Service gave the tornado a preliminary rating of EF4, with winds of up to 170 mph.",
      [C("at least 25", 25, "at_least", "killed", "people in Mississippi", MEMA),
       C("dozens", 12, "vague", "injured", "people in Mississippi", MEMA),
       C("One", 1, "exact", "killed", "man in Alabama", "authorities there"),
       C("about 1,700", 1700, "about", "population", "people in Rolling Fork", None,
         attr_alt=["Mayor Eldridge Walker"]),
       C("At least 2,000", 2000, "at_least", "infrastructure", "homes damaged or destroyed",
         "the agency", attr_alt=[MEMA]),
       C("four", 4, "exact", "missing", "people unaccounted for", "the agency",
         attr_alt=[MEMA])]),

    P("d55_030",
      "MONTECITO, Calif., Jan 11, 2018 (Reuters) - The death toll from mudslides that engulfed "
      "homes in the Southern California enclave of Montecito rose to 17 on Thursday, authorities "
      "said, and they were still looking for 17 people who remained unaccounted for. Santa "
      "Barbara County Sheriff Bill Brown said more than 500 rescue workers, some with search "
      "dogs, were combing the mud and debris for survivors. Some 100 homes were destroyed and 300 "
      "damaged, and about 28 people were injured, the county said. A 14-year-old girl was pulled "
      "alive from the wreckage of her home on Tuesday. Half an inch of rain fell in five minutes "
      "on hillsides stripped bare by last month's Thomas Fire.",
      [C("17", 17, "exact", "killed", "people in Montecito mudslides", "authorities",
         ctx="to 17 on Thursday"),
       C("17", 17, "exact", "missing", "people unaccounted for", "authorities",
         attr_alt=["they"], ctx="for 17 people"),
       C("more than 500", 500, "more_than", "troops", "rescue workers", BROWN,
         cat_alt=["other"]),
       C("Some 100", 100, "about", "infrastructure", "homes destroyed", "the county"),
       C("300", 300, "exact", "infrastructure", "homes damaged", "the county"),
       C("about 28", 28, "about", "injured", "people injured", "the county")],
      published="2018-01-11"),

    P("d55_031",
      "TORONTO, Sept 5 (Reuters) - Canadian police were hunting on Monday for two suspects in a "
      "series of stabbings that killed 10 people and wounded 15 others in an indigenous community "
      "and a nearby village in the province of Saskatchewan, one of the deadliest mass killings "
      "in the country's history. The victims were found at 13 locations in the James Smith Cree "
      "Nation and in Weldon, Royal Canadian Mounted Police Assistant Commissioner Rhonda "
      "Blackmore told reporters. \"Some of the victims appear to have been targeted by the "
      "suspects and others appear to have been attacked randomly,\" she said. The Saskatchewan "
      "Health Authority said 10 of the wounded were being treated in hospitals in Saskatoon, "
      "Melfort and Prince Albert. Police named the suspects as Damien Sanderson, 31, and Myles "
      "Sanderson, 30. The James Smith Cree Nation has about 3,400 members.",
      [C("two", 2, "exact", "troops", "suspects at large", None, cat_alt=["other"],
         attr_alt=[BLACKMORE]),
       C("10", 10, "exact", "killed", "people in the stabbings", None, attr_alt=[BLACKMORE],
         ctx="killed 10 people"),
       C("15", 15, "exact", "injured", "people in the stabbings", None,
         attr_alt=[BLACKMORE]),
       C("13", 13, "exact", "other", "locations where victims were found", BLACKMORE,
         optional=True),
       C("10", 10, "exact", "injured", "wounded in hospitals", SHA, cat_alt=["other"],
         ctx="10 of the wounded"),
       C("about 3,400", 3400, "about", "population", "members of the James Smith Cree Nation")]),

    # --- South America: rail, floods, refinery, football fire, bus -------------------------------
    P("d55_032",
      "BUENOS AIRES, Feb 22, 2012 (AFP) - A packed commuter train slammed into the buffers at a "
      "busy Buenos Aires station during the morning rush hour on Wednesday, killing 49 people and "
      "injuring more than 600, officials said. The train, which was carrying more than 1,000 "
      "passengers, failed to stop as it pulled into Once station at about 20 kilometres an hour, "
      "crushing the first two carriages, Transport Secretary Juan Pablo Schiavi said. Firefighters "
      "worked for hours to free passengers trapped in the mangled cars, and 250 rescuers were "
      "deployed, city emergency services chief Alberto Crescenti said. The 28-year-old driver was "
      "taken to hospital and will be questioned. It was the city's deadliest train crash since "
      "1970, when 142 people were killed in a collision at Benavidez.",
      [C("49", 49, "exact", "killed", "people at Once station", "officials"),
       C("more than 600", 600, "more_than", "injured", "people at Once station", "officials"),
       C("more than 1,000", 1000, "more_than", "other", "passengers on the train", None,
         attr_alt=[SCHIAVI]),
       C("two", 2, "exact", "other", "carriages crushed", SCHIAVI, optional=True,
         ctx="two carriages"),
       C("250", 250, "exact", "troops", "rescuers deployed", CRESCENTI, cat_alt=["other"]),
       C("142", 142, "exact", "killed", "people in the 1970 Benavidez collision")],
      published="2012-02-22"),

    P("d55_033",
      "BUENOS AIRES (AFP) - The death toll from torrential rain that flooded the Argentine port "
      "city of Bahia Blanca rose to 16 on Sunday, with two young sisters among more than 100 "
      "people still missing, officials said. More than 400 millimetres of rain, close to the "
      "city's average for a whole year, fell in about eight hours on Friday, municipal authorities "
      "said. Some 1,400 people remained in evacuation centres, Security Minister Patricia Bullrich "
      "said, and 300,000 residents had no drinking water. The sisters, aged one and five, were "
      "swept away when the current overturned the pick-up truck their family was trying to "
      "escape in. The national government has sent 1,000 troops and federal police officers to "
      "the city.",
      [C("16", 16, "exact", "killed", "people in Bahia Blanca floods", "officials"),
       C("two", 2, "exact", "missing", "young sisters", "officials"),
       C("more than 100", 100, "more_than", "missing", "people missing", "officials"),
       C("Some 1,400", 1400, "about", "displaced", "people in evacuation centres", BULLRICH),
       C("300,000", 300000, "exact", "other", "residents without drinking water", BULLRICH,
         cat_alt=["population"], attr_alt=[None]),
       C("1,000", 1000, "exact", "troops", "troops and federal police sent", None,
         attr_alt=["The national government"])]),

    P("d55_034",
      "Venezuela refinery blast death toll climbs to 39, Ramirez says\n"
      "August 26, 2012, 4:05 PM EDT\n"
      "(Bloomberg) -- The death toll from an explosion and fire at Venezuela's Amuay refinery, one "
      "of the world's largest, rose to 39, Energy and Oil Minister Rafael Ramirez said, as "
      "firefighters battled flames at storage tanks for a second day. Eighteen of the dead were "
      "National Guard troops stationed at the complex, Vice President Elias Jaua said on state "
      "television, and 86 people were injured. Petroleos de Venezuela SA halted processing at "
      "Amuay, which can refine 645,000 barrels a day, and expects to restart it within two days, "
      "Ramirez said. At least 209 homes near the refinery were damaged by the blast, which hit at "
      "about 1 a.m. local time on Saturday, the government said.",
      [C("39", 39, "exact", "killed", "people at Amuay (headline)", "Ramirez",
         attr_alt=[RAMIREZ], ctx="climbs to 39"),
       C("39", 39, "exact", "killed", "people at Amuay", RAMIREZ, ctx="rose to 39"),
       C("Eighteen", 18, "exact", "killed", "National Guard troops", JAUA),
       C("86", 86, "exact", "injured", "people injured", JAUA, attr_alt=[None]),
       C("At least 209", 209, "at_least", "infrastructure", "homes damaged",
         "the government")],
      published="2012-08-26"),

    P("d55_035",
      "RIO DE JANEIRO (AP) — A fire swept through a dormitory at the training center of Brazil's "
      "Flamengo soccer club before dawn Friday, killing 10 people, most of them youth players aged "
      "14 to 16, officials said. Three other people were injured, one of them seriously, the Rio "
      "de Janeiro fire department said. The blaze broke out at about 5 a.m. in a container-like "
      "structure used to house the club's under-17 players, where 26 boys were asleep, according "
      "to the club. The state football federation postponed Sunday's derby against Fluminense. "
      "Mayor Marcelo Crivella declared three days of mourning in the city.",
      [C("10", 10, "exact", "killed", "people at Flamengo training center", "officials"),
       C("Three", 3, "exact", "injured", "people injured", RIO_FIRE),
       C("one", 1, "exact", "injured", "person seriously injured", RIO_FIRE,
         ctx="one of them"),
       C("26", 26, "exact", "other", "boys asleep in the dormitory", "the club")]),

    P("d55_036",
      "Lima, Jan 3 (EFE).- At least 48 people died when a bus plunged off a cliff on the Pasamayo "
      "highway north of Lima on Tuesday after being hit by a truck, Peru's Interior Ministry "
      "said. The bus was carrying 57 passengers from the coastal town of Huacho to the capital "
      "and fell some 100 meters onto a rocky beach, police said. Six survivors were taken to "
      "hospitals in Huaral and Lima, the Health Ministry said. Firefighters and police had "
      "recovered 36 bodies from the beach by nightfall; the rest remained trapped in the wreckage, "
      "which was partly covered by the sea. Peru recorded 2,697 road deaths in 2016, according to "
      "the National Road Safety Council.",
      [C("At least 48", 48, "at_least", "killed", "people in the Pasamayo bus crash", PE_MOI),
       C("57", 57, "exact", "other", "passengers on the bus", "police"),
       C("Six", 6, "exact", "injured", "survivors taken to hospital", "the Health Ministry",
         cat_alt=["other"]),
       C("36", 36, "exact", "killed", "bodies recovered"),
       C("2,697", 2697, "exact", "killed", "road deaths in Peru in 2016",
         "the National Road Safety Council")]),

    # --- Protests, kidnappings and armed conflict in Latin America -------------------------------
    P("d55_037",
      "CARACAS, Feb 20, 2014 (Reuters) - The death toll from more than a week of political unrest "
      "in Venezuela rose to five on Thursday after a 22-year-old student and beauty queen died of "
      "a gunshot wound in the city of Valencia, officials said. Attorney General Luisa Ortega said "
      "137 people had been arrested during the protests and 66 injured, including police officers. "
      "Opposition leader Leopoldo Lopez was in a military jail a day after he handed himself over "
      "to National Guard troops in front of thousands of supporters. Rights group Foro Penal said "
      "at least 45 of those detained had reported being beaten. President Nicolas Maduro has sent "
      "3,000 troops and a paratrooper battalion to the western state of Tachira.",
      [C("five", 5, "exact", "killed", "people in Venezuela unrest", "officials"),
       C("137", 137, "exact", "detained", "people arrested", ORTEGA),
       C("66", 66, "exact", "injured", "people injured", ORTEGA),
       C("thousands", 1000, "vague", "other", "Lopez supporters"),
       C("at least 45", 45, "at_least", "detained", "detainees who reported beatings",
         "Rights group Foro Penal", cat_alt=["injured"]),
       C("3,000", 3000, "exact", "troops", "troops sent to Tachira", None,
         attr_alt=["President Nicolas Maduro"])],
      published="2014-02-20"),

    P("d55_038",
      "ASUNCION, Sept 10, 2020 (AFP) - Paraguayan guerrillas have kidnapped former vice president "
      "Oscar Denis and a farmhand on his ranch in the north of the country and demanded food aid "
      "worth $2 million for poor communities, authorities said on Thursday. The Paraguayan "
      "People's Army (EPP) freed the worker, Adelio Mendoza, 21, on Thursday but is still holding "
      "Denis, 74, Interior Minister Euclides Acevedo told reporters. The kidnappers want the "
      "family to hand out food in 40 communities in the departments of Concepcion and San Pedro, "
      "and the release of two jailed leaders of the group, he said. Some 1,000 police and soldiers "
      "have been deployed to search the area, the Joint Task Force said. The EPP, believed to have "
      "fewer than 50 fighters, is still holding at least three other captives seized years ago, "
      "according to the prosecutor's office.",
      [C("40", 40, "exact", "other", "communities to receive food", ACEVEDO, optional=True,
         cat_alt=["aid"], attr_alt=["he"]),
       C("two", 2, "exact", "detained", "jailed EPP leaders", ACEVEDO, attr_alt=["he"]),
       C("Some 1,000", 1000, "about", "troops", "police and soldiers deployed",
         "the Joint Task Force"),
       C("fewer than 50", 50, "fewer_than", "troops", "EPP fighters", None,
         cat_alt=["other"], attr_alt=["the prosecutor's office"]),
       C("at least three", 3, "at_least", "hostages", "other captives held by the EPP",
         "the prosecutor's office")],
      published="2020-09-10"),

    P("d55_039",
      "MEXICO CITY (AP) — Authorities in the western Mexico state of Jalisco said Thursday they "
      "had found human remains in bags at the bottom of a ravine near Guadalajara, where they "
      "were searching for seven young people who went missing after working at a call center. "
      "The Jalisco state prosecutor's office said 45 bags containing the remains of men and women "
      "had been recovered so far from the ravine in Zapopan, on the city's outskirts. Relatives "
      "reported the five men and two women missing between May 20 and 22. The missing workers, "
      "aged between 19 and 30, had worked at a call center that prosecutors said was linked to "
      "illegal activities. Jalisco has more than 15,000 missing people, the highest number of any "
      "state, according to federal figures.",
      [C("seven", 7, "exact", "missing", "call center workers", None,
         cat_alt=["hostages"], attr_alt=[JAL_AUTH]),
       C("45", 45, "exact", "other", "bags of human remains recovered", JAL_PROS,
         cat_alt=["killed"]),
       C("five", 5, "exact", "missing", "men reported missing", "Relatives",
         attr_alt=[None]),
       C("two", 2, "exact", "missing", "women reported missing", "Relatives",
         attr_alt=[None]),
       C("more than 15,000", 15000, "more_than", "missing", "missing people in Jalisco",
         "federal figures")]),

    P("d55_040",
      "BOGOTA, Jan 4, 2022 (Reuters) - Fighting between National Liberation Army (ELN) rebels and "
      "dissidents of the former FARC guerrilla group has killed at least 23 people in Colombia's "
      "eastern Arauca province since Sunday, the government said on Monday, as it sent more "
      "troops to the region on the border with Venezuela. Defense Minister Diego Molano said 1,600 "
      "soldiers would reinforce the 5,000 already in the province. Arauca's human rights "
      "ombudsman said hundreds of families had fled their homes around Tame, Fortul and Saravena, "
      "and that several bodies had been found on the Venezuelan side of the border. The ELN, "
      "which has about 2,400 fighters, is still holding at least 20 hostages, according to the "
      "army.",
      [C("at least 23", 23, "at_least", "killed", "people in Arauca fighting",
         "the government"),
       C("1,600", 1600, "exact", "troops", "soldiers sent to reinforce", MOLANO),
       C("5,000", 5000, "exact", "troops", "soldiers already in Arauca", MOLANO),
       C("hundreds", 100, "vague", "displaced", "families who fled", ARAUCA_OMB),
       C("about 2,400", 2400, "about", "troops", "ELN fighters", None, cat_alt=["other"],
         attr_alt=["the army"]),
       C("at least 20", 20, "at_least", "hostages", "hostages held by the ELN", "the army")],
      published="2022-01-04"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d55_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
