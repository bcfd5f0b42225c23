"""Source of the sixty-sixth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on mass-casualty attacks from 1995 to 2023 (bombings, mass
shootings, attacks on schools, markets, places of worship, trains and rallies, and their
trials and anniversaries), written for this set (none copied from an article) in the style of
wire copy (AP, Reuters, AFP, Kyodo, PTI, Belga), national papers (The Hindu, Dawn, the Express
Tribune, the Times of India, Punch, the Daily Monitor, Ahram Online, El País in English,
Hürriyet Daily News), broadcasters' web copy (BBC, Al Jazeera, DW, Rappler, NDTV) and follow-up
stories days or years later. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the
set tests extraction, not facts.

Run ``python tests/devset66/build_devset66.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 66)]
           + [f"devset{n}" for n in range(67, 80)] + ["holdout", "holdout2", "holdout3"])

MARRS = "Fire Chief Gary Marrs"
OKC_FD = "the fire department"
RADHA = "the Police Commissioner, Mr. K. Radhakrishnan"
OSAKA_POL = "the Osaka prefectural police"
MDA = "Magen David Adom ambulance service"
SCHLATTER = "cantonal police spokesman Marcel Schlatter"
OMBUDSMAN = "the Colombian government's human rights ombudsman"
CIFUENTES = "Eduardo Cifuentes"
IGC = "the Iraqi Governing Council"
US_MIL = "The U.S. military"
KARBALA_HOSP = "Hospital officials in Karbala"
ARROYO = "President Gloria Arroyo"
DELHI_POL = "the Delhi Police"
PASRICHA = "Maharashtra Director General of Police P S Pasricha"
REDDY = "Andhra Pradesh Home Minister K Jana Reddy"
LRH = "officials at Lady Reading Hospital"
IQBAL = "The hospital's chief executive, Dr Zafar Iqbal"
RU_OFF = "Russian officials"
EMERCOM = "Emergencies Ministry officials"
BORTNIKOV = "The head of the Federal Security Service (FSB), Alexander Bortnikov"
KAYIHURA = "Inspector General of Police Kale Kayihura"
RAGE = "al-Shabaab spokesman Sheikh Ali Mohamud Rage"
NEMA = "the National Emergency Management Agency (NEMA)"
KARGAR = "Health Ministry spokesman Ghulam Sakhi Kargar"
DURRANI = "Mazar police spokesman Sher Jan Durrani"
NEMA_NG = "the National Emergency Management Agency"
MOHAMMED = "NEMA's coordinator for Abuja, Mr. Abdulsalam Mohammed"
CHANGEZI = "Qayyum Changezi"
KAMAL = "Deputy Interior Minister Hussein Kamal"
HILLAH_MOI = "An Interior Ministry official in Baghdad"
RAVINDRA = "health minister D L Ravindra Reddy"
JAMIL = "Lady Reading Hospital spokesperson Jamil Shah"
POTISKUM_DR = "A doctor at Potiskum General Hospital"
KW_MOI = "the interior ministry"
SAINI = "Punjab DGP Sumedh Singh Saini"
HANLIN = "Douglas County Sheriff John Hanlin"
ATF = "the federal Bureau of Alcohol, Tobacco, Firearms and Explosives"
MUEZZINOGLU = "Health Minister Mehmet Müezzinoğlu"
NCRPO = "the National Capital Region Police Office (NCRPO)"
ALBAYALDE = "NCRPO chief Director Oscar Albayalde"
CATALAN_GOV = "the Catalan regional government"
SEM = "Catalan emergency services"
TRAPERO = "Catalan police chief Josep Lluís Trapero"
BUNGALZAI = "Balochistan Home Minister Agha Umar Bungalzai"
CTD = "the Counter Terrorism Department"
IMPD = "Indianapolis Metropolitan Police Department officials"
SIKH = "the Sikh Coalition"
HH_POL = "Police in Hamburg"
GROTE = "Interior senator Andy Grote"

PASSAGES = [
    P("d66_001",
      "OKLAHOMA CITY (AP) — Rescue workers pulled three more bodies from the shattered Alfred P. "
      "Murrah Federal Building on Sunday, raising the death toll from Wednesday's truck bombing "
      "to 78, Fire Chief Gary Marrs said. At least 150 people remain unaccounted for, among them "
      "an unknown number of children from the building's second-floor day-care center, and more "
      "than 400 were injured, according to the fire department. Federal investigators believe "
      "the bomb, packed into a rented Ryder truck, contained about 4,800 pounds of ammonium "
      "nitrate and fuel oil. Timothy McVeigh, 27, was charged Friday in the blast; a second man, "
      "Terry Nichols, 40, is being held as a material witness, the FBI said. \"We're still "
      "finding people under slabs of concrete the size of a living room,\" said an Oklahoma City "
      "firefighter who declined to give his name. About 1,000 rescue workers and 250 National "
      "Guard troops are working the site around the clock.",
      [C("three", 3, "exact", "killed", "bodies pulled out on Sunday", MARRS),
       C("78", 78, "exact", "killed", "people killed in the bombing", MARRS),
       C("At least 150", 150, "at_least", "missing", "people unaccounted for", OKC_FD),
       C("more than 400", 400, "more_than", "injured", "people injured", OKC_FD),
       C("about 4,800", 4800, "about", "munitions", "pounds of explosives in the truck",
         "Federal investigators", optional=True, cat_alt=["other"]),
       C("About 1,000", 1000, "about", "troops", "rescue workers at the site",
         cat_alt=["other"]),
       C("250", 250, "exact", "troops", "National Guard troops at the site")]),

    P("d66_002",
      "Toll in Coimbatore blasts rises to 46\n"
      "COIMBATORE, FEB. 15. The death toll in Saturday's serial bomb blasts in this city rose to "
      "46 today, with six of the injured succumbing in hospitals overnight, the Police "
      "Commissioner, Mr. K. Radhakrishnan, said. Of the more than 200 people injured, 58 are "
      "still in the Coimbatore Medical College Hospital, 19 of them in a critical condition. "
      "Police said 12 bombs had gone off within a radius of 12 km in about 40 minutes, the first "
      "barely a few hundred metres from the ground where the BJP leader, Mr. L. K. Advani, was to "
      "address an election meeting. Six more devices were found and defused on Sunday. Nearly "
      "5,000 policemen, including 15 companies of the Rapid Action Force, have been deployed in "
      "the city, and 28 persons have been taken into custody.",
      [C("46", 46, "exact", "killed", "people killed (headline)", None, ctx="rises to 46"),
       C("46", 46, "exact", "killed", "people killed in the blasts", RADHA, ctx="46 today"),
       C("six", 6, "exact", "killed", "injured who died overnight", RADHA,
         ctx="six of the injured"),
       C("more than 200", 200, "more_than", "injured", "people injured", RADHA,
         attr_alt=[None]),
       C("58", 58, "exact", "injured", "injured still in hospital", RADHA, attr_alt=[None]),
       C("19", 19, "exact", "injured", "injured in a critical condition", RADHA,
         attr_alt=[None]),
       C("12", 12, "exact", "munitions", "bombs that went off", "Police", ctx="12 bombs"),
       C("Six", 6, "exact", "munitions", "devices found and defused", "Police",
         attr_alt=[None], cat_alt=["other"]),
       C("Nearly 5,000", 5000, "about", "troops", "policemen deployed", cat_alt=["other"]),
       C("15", 15, "exact", "troops", "Rapid Action Force companies", optional=True,
         ctx="15 companies",
         cat_alt=["other"]),
       C("28", 28, "exact", "detained", "persons taken into custody")]),

    P("d66_003",
      "OSAKA, June 8 (Kyodo) -- A man armed with a kitchen knife burst into an elementary school "
      "attached to Osaka Kyoiku University in Ikeda on Friday morning and attacked children and "
      "teachers, killing eight pupils and wounding 15 other people, police said. The dead, seven "
      "girls and one boy, were first- and second-graders aged 6 to 8. Thirteen of the injured are "
      "children and two are teachers, according to the Osaka prefectural police. The suspect, "
      "Mamoru Takuma, 37, a former school janitor, was overpowered by teachers and arrested at "
      "the scene. Some 680 pupils attend the school, and about 100 parents had gathered outside "
      "its gates by midday, NHK reported.",
      [C("eight", 8, "exact", "killed", "pupils", "police"),
       C("15", 15, "exact", "injured", "other people", "police"),
       C("seven", 7, "exact", "killed", "girls", "police", attr_alt=[None]),
       C("one", 1, "exact", "killed", "boy", "police", attr_alt=[None], ctx="one boy"),
       C("Thirteen", 13, "exact", "injured", "children", OSAKA_POL),
       C("two", 2, "exact", "injured", "teachers", OSAKA_POL, ctx="two are teachers"),
       C("Some 680", 680, "about", "population", "pupils at the school", "NHK",
         cat_alt=["other"], attr_alt=[None]),
       C("about 100", 100, "about", "other", "parents gathered at the gates", "NHK")]),

    P("d66_004",
      "TEL AVIV, June 2, 2001 (Reuters) - A Palestinian suicide bomber blew himself up in a crowd "
      "of young people queuing outside a Tel Aviv beachfront discotheque late on Friday, killing "
      "17 people, most of them teenagers, police said. Magen David Adom ambulance service said 86 "
      "people had been wounded, about 20 of them seriously. Two of the wounded died in hospital "
      "on Saturday morning, raising the toll to 19, hospital officials said. Many of the victims "
      "were recent immigrants from the former Soviet Union. The bomber, who detonated a belt "
      "packed with nails and ball bearings shortly before midnight, also died. A leaflet in the "
      "name of Hamas claimed the attack, but a senior official of the group in Gaza denied it.",
      [C("17", 17, "exact", "killed", "people outside the discotheque", "police"),
       C("86", 86, "exact", "injured", "people wounded", MDA),
       C("about 20", 20, "about", "injured", "people seriously wounded", MDA),
       C("Two", 2, "exact", "killed", "wounded who died in hospital", "hospital officials"),
       C("19", 19, "exact", "killed", "people killed", "hospital officials")],
      published="2001-06-02"),

    P("d66_005",
      "Twenty years after Sbarro bombing, families still wait for justice\n"
      "Published: August 9, 2021\n"
      "JERUSALEM — Two decades ago today, a Hamas suicide bomber walked into the crowded Sbarro "
      "pizzeria at the corner of King George Street and Jaffa Road and set off a guitar case "
      "packed with explosives and nails. Fifteen people were killed, seven of them children, and "
      "around 130 were wounded. One victim, Chana Nachenberg, has been in a coma ever since. Ahlam "
      "Tamimi, who drove the bomber to the restaurant, was sentenced to 16 life terms but was "
      "freed in 2011 in the exchange for soldier Gilad Shalit, along with 1,026 other prisoners. "
      "She lives in Jordan, which has refused a U.S. request to extradite her. \"They took my "
      "daughter, and they let her killer go,\" said Frimet Roth, whose 15-year-old daughter Malki "
      "was among the dead.",
      [C("Fifteen", 15, "exact", "killed", "people killed in the bombing"),
       C("seven", 7, "exact", "killed", "children among the dead"),
       C("around 130", 130, "about", "injured", "people wounded"),
       C("1,026", 1026, "exact", "detained", "other prisoners freed in the Shalit exchange")],
      published="2021-08-09"),
    P("d66_006",
      "Gunman kills 14 in Zug parliament\n"
      "September 27, 2001 - 17:45\n"
      "A gunman dressed as a policeman opened fire in the cantonal parliament of Zug in central "
      "Switzerland on Thursday, killing 14 politicians before turning a gun on himself. Police "
      "said 14 other people were wounded, several of them critically; the dead include three "
      "members of the cantonal government. The attacker, identified as Friedrich Leibacher, 57, "
      "fired at least 90 rounds from an assault rifle, a pistol and a shotgun, and set off a "
      "home-made explosive device in the chamber. Some 80 people were in the building at the "
      "time, cantonal police spokesman Marcel Schlatter told swissinfo. It was the worst attack "
      "of its kind in modern Swiss history.",
      [C("14", 14, "exact", "killed", "people killed (headline)", None, ctx="kills 14"),
       C("14", 14, "exact", "killed", "politicians", None, attr_alt=["Police"],
         ctx="killing 14"),
       C("14", 14, "exact", "injured", "other people", "Police", ctx="14 other"),
       C("three", 3, "exact", "killed", "members of the cantonal government", "Police",
         attr_alt=[None]),
       C("at least 90", 90, "at_least", "munitions", "rounds fired by the gunman", "Police",
         attr_alt=[None], cat_alt=["other"]),
       C("Some 80", 80, "about", "other", "people in the building", SCHLATTER)],
      published="2001-09-27"),

    P("d66_007",
      "Last Updated: Thursday, 28 March, 2002, 09:14 GMT\n"
      "Israel vows response after Passover massacre\n"
      "Israel's security cabinet is meeting after a Palestinian suicide bomber killed 20 people "
      "at a Passover meal in a hotel in the coastal town of Netanya. More than 140 people were "
      "injured when the bomber walked into the dining room of the Park Hotel, where about 250 "
      "guests, many of them elderly, had sat down for the Seder. The militant group Hamas said it "
      "had carried out the attack. Israeli officials said the death toll could rise, as at least "
      "20 of the wounded were in a serious condition. Army radio said the military was preparing "
      "to call up thousands of reservists.",
      [C("20", 20, "exact", "killed", "people at the Passover meal", ctx="killed 20"),
       C("More than 140", 140, "more_than", "injured", "people injured"),
       C("about 250", 250, "about", "other", "guests in the dining room"),
       C("at least 20", 20, "at_least", "injured", "wounded in a serious condition",
         "Israeli officials"),
       C("thousands", 1000, "vague", "troops", "reservists to be called up", "Army radio")],
      published="2002-03-28"),

    P("d66_008",
      "BOGOTA, May 6, 2002 (AFP) - The death toll from a gas-cylinder bomb that struck a church "
      "in the remote northwestern village of Bojayá has risen to 117, including 45 children, the "
      "Colombian government's human rights ombudsman said Monday. Eduardo Cifuentes said FARC "
      "rebels fired the home-made mortar on Thursday during fighting with right-wing "
      "paramilitaries, and it crashed through the roof of the church, where some 300 villagers "
      "had taken shelter. Another 98 people were wounded, according to the Red Cross. Some 1,200 "
      "residents have fled by boat down the Atrato River to Vigía del Fuerte and to Quibdó, the "
      "capital of Chocó department, officials said. The government has sent 1,000 troops to the "
      "area, which is reachable only by river, and a navy vessel carrying 15 tonnes of food and "
      "medicine reached Vigía del Fuerte on Sunday.",
      [C("117", 117, "exact", "killed", "people in the church bombing", OMBUDSMAN),
       C("45", 45, "exact", "killed", "children among the dead", OMBUDSMAN),
       C("some 300", 300, "about", "other", "villagers sheltering in the church", None,
         cat_alt=["displaced"], attr_alt=[CIFUENTES]),
       C("98", 98, "exact", "injured", "people wounded", "the Red Cross"),
       C("Some 1,200", 1200, "about", "displaced", "residents who fled", "officials"),
       C("1,000", 1000, "exact", "troops", "troops sent to the area", None,
         attr_alt=["The government"]),
       C("15", 15, "exact", "aid", "tonnes of food and medicine", None,
         attr_alt=["The government"])],
      published="2002-05-06"),

    P("d66_009",
      "BAGHDAD, Aug 20 (Reuters) - The death toll from the truck bomb that wrecked the United "
      "Nations headquarters in Baghdad rose to 20 on Wednesday, among them the U.N.'s top envoy "
      "in Iraq, Sergio Vieira de Mello, a U.N. spokesman said. More than 100 people were wounded "
      "in Tuesday's blast at the Canal Hotel, U.S. military officials said, and rescuers were "
      "still searching the rubble for at least two staff members believed trapped. "
      "Secretary-General Kofi Annan said the world body would not be intimidated but ordered a "
      "review of security for its roughly 300 international staff in Iraq. The cement truck was "
      "packed with an estimated 1,000 lb (450 kg) of explosives, including old Soviet-made "
      "munitions, a U.S. official told reporters.",
      [C("20", 20, "exact", "killed", "people killed at the U.N. headquarters",
         "a U.N. spokesman", ctx="to 20 on"),
       C("More than 100", 100, "more_than", "injured", "people wounded",
         "U.S. military officials"),
       C("at least two", 2, "at_least", "missing", "staff members believed trapped",
         "U.S. military officials", cat_alt=["other"], attr_alt=[None]),
       C("roughly 300", 300, "about", "population", "U.N. international staff in Iraq",
         "Secretary-General Kofi Annan", cat_alt=["other"], attr_alt=[None]),
       C("an estimated 1,000", 1000, "about", "munitions", "pounds of explosives",
         "a U.S. official", optional=True, cat_alt=["other"]),
       C("450", 450, "exact", "munitions", "kilograms of explosives", "a U.S. official",
         optional=True, cat_alt=["other"])]),

    P("d66_010",
      "KARBALA, Iraq (AP) — Coordinated suicide bombings and mortar fire tore through crowds of "
      "Shiite pilgrims at shrines in Karbala and Baghdad on Tuesday, the holiest day of the "
      "Shiite calendar, killing at least 143 people, according to the Iraqi Governing Council. "
      "The U.S. military put the toll lower, at 117 dead — 58 in Karbala and 59 in Baghdad's "
      "Kadhimiya district — and said it had detained four suspects. Hospital officials in "
      "Karbala said more than 230 wounded had been brought in, and doctors in Baghdad said their "
      "count was similar. Up to a million pilgrims had thronged Karbala for the Ashura "
      "commemorations, the first in decades to be held without restrictions.",
      [C("at least 143", 143, "at_least", "killed", "pilgrims in Karbala and Baghdad", IGC),
       C("117", 117, "exact", "killed", "people in Karbala and Baghdad", US_MIL),
       C("58", 58, "exact", "killed", "people in Karbala", US_MIL),
       C("59", 59, "exact", "killed", "people in Kadhimiya", US_MIL),
       C("four", 4, "exact", "detained", "suspects", US_MIL, attr_alt=["it"]),
       C("more than 230", 230, "more_than", "injured", "wounded brought to Karbala hospitals",
         KARBALA_HOSP),
       C("Up to a million", 1_000_000, "at_most", "other", "pilgrims in Karbala")]),
    P("d66_011",
      "MANILA, Oct 11, 2004 (AFP) - Investigators have concluded that a bomb planted by Abu "
      "Sayyaf militants caused the fire that sank the SuperFerry 14 in February, killing 116 "
      "people, President Gloria Arroyo said on Monday. A television set packed with about 4 kg "
      "of TNT had been placed in the ship's tourist class, she said. Six suspects have been "
      "arrested, including a man who confessed to planting the bomb, and police are hunting for "
      "several others. The ferry, carrying 899 passengers and crew, caught fire an hour after "
      "leaving Manila for the southern Philippines; 63 bodies were recovered and 53 people are "
      "still listed as missing and presumed dead.",
      [C("116", 116, "exact", "killed", "people killed in the ferry bombing", ARROYO),
       C("about 4", 4, "about", "munitions", "kilograms of TNT", ARROYO, optional=True,
         cat_alt=["other"], attr_alt=["she"]),
       C("Six", 6, "exact", "detained", "suspects arrested", ARROYO, attr_alt=[None, "she"]),
       C("899", 899, "exact", "other", "passengers and crew on board", None,
         attr_alt=[ARROYO]),
       C("63", 63, "exact", "killed", "bodies recovered", None, attr_alt=[ARROYO]),
       C("53", 53, "exact", "killed", "people missing and presumed dead", None,
         cat_alt=["missing"], attr_alt=[ARROYO])],
      published="2004-10-11"),

    P("d66_012",
      "Delhi serial blasts: toll rises to 59\n"
      "NEW DELHI, OCT. 30. The toll in Saturday evening's three serial blasts in the Capital rose "
      "to 59 on Sunday, with the Delhi Police saying 210 people had been injured, many of them "
      "with severe burns. Of the dead, 43 were killed at the crowded Sarojini Nagar market, "
      "where the bomb went off near a juice stall two days before Deepavali, and 16 at Paharganj "
      "near the New Delhi railway station. The third bomb, on a DTC bus at Govindpuri, injured "
      "only a handful of passengers after the driver, Kuldeep Singh, spotted the bag and threw "
      "it out; he lost his right eye. A little-known group, Islamic Inquilab Mahaz, claimed "
      "responsibility in a phone call to a Srinagar news agency. The Centre has rushed 20 "
      "additional companies of paramilitary forces to the Capital, and more than 150 people "
      "have been detained for questioning.",
      [C("59", 59, "exact", "killed", "people killed (headline)", None, ctx="rises to 59"),
       C("three", 3, "exact", "munitions", "serial blasts", None, cat_alt=["other"],
         attr_alt=[DELHI_POL]),
       C("59", 59, "exact", "killed", "people killed in the blasts", None,
         attr_alt=[DELHI_POL], ctx="to 59 on"),
       C("210", 210, "exact", "injured", "people injured", DELHI_POL),
       C("43", 43, "exact", "killed", "people at Sarojini Nagar market", DELHI_POL,
         attr_alt=[None]),
       C("16", 16, "exact", "killed", "people at Paharganj", DELHI_POL, attr_alt=[None]),
       C("20", 20, "exact", "troops", "paramilitary companies sent to Delhi", None,
         optional=True, cat_alt=["other"], attr_alt=["The Centre"]),
       C("more than 150", 150, "more_than", "detained", "people detained for questioning")]),

    P("d66_013",
      "Malegaon, Sep 9 (PTI) Thirty-one people were killed and 297 injured when a series of bomb "
      "blasts ripped through a crowded mosque complex and a nearby square in this powerloom town "
      "after Friday prayers on Shab-e-Baraat, officials said today. The Nashik district "
      "collector said three bombs, fitted to bicycles, had exploded within minutes of one "
      "another near the Hamidia mosque and at Mushawarat Chowk. Among the dead were at least 12 "
      "children, hospital sources said. A curfew was imposed and about 4,000 policemen were "
      "patrolling the streets, Maharashtra Director General of Police P S Pasricha told "
      "reporters in Mumbai. The toll could rise as 40 of the injured were critical, he said.",
      [C("Thirty-one", 31, "exact", "killed", "people killed in Malegaon", "officials"),
       C("297", 297, "exact", "injured", "people injured", "officials"),
       C("three", 3, "exact", "munitions", "bombs fitted to bicycles",
         "The Nashik district collector", cat_alt=["other"]),
       C("at least 12", 12, "at_least", "killed", "children among the dead",
         "hospital sources"),
       C("about 4,000", 4000, "about", "troops", "policemen patrolling", PASRICHA,
         cat_alt=["other"]),
       C("40", 40, "exact", "injured", "injured in a critical condition", PASRICHA,
         attr_alt=["he"])]),

    P("d66_014",
      "Blast at Hyderabad's Mecca Masjid kills 11; five more die in police firing\n"
      "Updated: May 18, 2007 22:40 IST\n"
      "Hyderabad: A bomb hidden near the ablution tank of the 17th-century Mecca Masjid went off "
      "during Friday prayers this afternoon, killing 11 worshippers and injuring over 50, Andhra "
      "Pradesh Home Minister K Jana Reddy said. About 10,000 people were inside the mosque at the "
      "time. Two more bombs, fitted with mobile-phone timers, were later found and defused. In "
      "the violence that followed, police opened fire on stone-throwing crowds outside the "
      "mosque, killing five people, the city police commissioner confirmed. Rapid Action Force "
      "personnel have been deployed across the Old City and prohibitory orders imposed.",
      [C("11", 11, "exact", "killed", "people killed (headline)", None, ctx="kills 11"),
       C("five", 5, "exact", "killed", "people killed by police fire (headline)", None,
         ctx="five more die"),
       C("11", 11, "exact", "killed", "worshippers", REDDY, ctx="killing 11"),
       C("over 50", 50, "more_than", "injured", "worshippers", REDDY),
       C("About 10,000", 10000, "about", "other", "people inside the mosque", REDDY,
         attr_alt=[None]),
       C("Two", 2, "exact", "munitions", "bombs found and defused", REDDY,
         cat_alt=["other"], attr_alt=[None]),
       C("five", 5, "exact", "killed", "people killed by police fire",
         "the city police commissioner", ctx="killing five")],
      published="2007-05-18"),

    P("d66_015",
      "Peshawar car bomb toll climbs to 105\n"
      "Published October 29, 2009\n"
      "PESHAWAR: The death toll from Wednesday's car bombing in the city's crowded Meena Bazaar, "
      "a market popular with women and children, rose to 105 on Thursday as more bodies were "
      "pulled from the rubble of collapsed buildings, officials at Lady Reading Hospital said. "
      "The hospital's chief executive, Dr Zafar Iqbal, said over 200 injured had been brought "
      "in, and that 30 were still in intensive care. \"Most of the dead are women and "
      "children,\" he said. Police said the car was laden with around 150 kilograms of "
      "explosives, which brought down at least two buildings and set dozens of shops ablaze. No "
      "group has claimed responsibility. The blast came hours after US Secretary of State "
      "Hillary Clinton arrived in Islamabad on a three-day visit.",
      [C("105", 105, "exact", "killed", "people killed (headline)", None, ctx="climbs to 105"),
       C("105", 105, "exact", "killed", "people killed in Meena Bazaar", LRH,
         ctx="rose to 105"),
       C("over 200", 200, "more_than", "injured", "injured brought to hospital", IQBAL),
       C("30", 30, "exact", "injured", "injured in intensive care", IQBAL),
       C("around 150", 150, "about", "munitions", "kilograms of explosives", "Police",
         optional=True, cat_alt=["other"]),
       C("at least two", 2, "at_least", "infrastructure", "buildings brought down", "Police",
         attr_alt=[None]),
       C("dozens", 12, "vague", "infrastructure", "shops set ablaze", "Police",
         attr_alt=[None])],
      published="2009-10-29"),
    P("d66_016",
      "MOSCOW, Nov 28 (Reuters) - A bomb derailed an express train travelling from Moscow to St "
      "Petersburg, killing 26 people and injuring about 100, Russian officials said on Saturday, "
      "in what investigators called an act of terrorism. Emergencies Ministry officials said 18 "
      "people were still missing after the Nevsky Express, carrying 661 passengers, came off the "
      "tracks late on Friday near the village of Uglovka, about 400 km (250 miles) northwest of "
      "Moscow. The head of the Federal Security Service (FSB), Alexander Bortnikov, said the "
      "device had contained the equivalent of 7 kg of TNT; a second, smaller bomb went off on "
      "Saturday as investigators worked at the scene, slightly injuring one of them. Three of "
      "the train's 14 carriages were derailed.",
      [C("26", 26, "exact", "killed", "people on the train", RU_OFF),
       C("about 100", 100, "about", "injured", "people on the train", RU_OFF),
       C("18", 18, "exact", "missing", "people still missing", EMERCOM),
       C("661", 661, "exact", "other", "passengers on board", None, attr_alt=[EMERCOM]),
       C("7", 7, "exact", "munitions", "kilograms of TNT equivalent", BORTNIKOV,
         optional=True, cat_alt=["other"]),
       C("one", 1, "exact", "injured", "investigator", BORTNIKOV, attr_alt=[None],
         ctx="one of them"),
       C("Three", 3, "exact", "other", "carriages derailed", optional=True,
         cat_alt=["infrastructure"]),
       C("14", 14, "exact", "other", "carriages of the train", optional=True)]),

    P("d66_017",
      "Posted Tuesday, July 13 2010\n"
      "Kampala blasts: death toll rises to 74\n"
      "The number of people killed in Sunday night's twin bomb attacks on World Cup fans in "
      "Kampala has risen to 74, police said yesterday, as Somalia's al-Shabaab militants claimed "
      "their first attack outside Somalia. Inspector General of Police Kale Kayihura told "
      "journalists that 71 people had been admitted to Mulago hospital and that 32 were still "
      "undergoing treatment. The first bomb went off at the Ethiopian Village restaurant in "
      "Kabalagala, where 15 people died, and two more exploded minutes apart at Kyadondo Rugby "
      "Club, where about 1,000 fans were watching the final between Spain and the Netherlands. "
      "Among the dead was an American aid worker, Nate Henn, 25. \"We are ready to do more,\" "
      "said al-Shabaab spokesman Sheikh Ali Mohamud Rage, who warned Uganda and Burundi, the "
      "two countries that contribute troops to the 6,000-strong African Union force in "
      "Mogadishu. Police said four suspects had been arrested.",
      [C("74", 74, "exact", "killed", "people killed (headline)", None, ctx="rises to 74"),
       C("74", 74, "exact", "killed", "people killed in the Kampala bombings", "police",
         ctx="risen to 74"),
       C("71", 71, "exact", "injured", "people admitted to Mulago hospital", KAYIHURA),
       C("32", 32, "exact", "injured", "people still in treatment", KAYIHURA),
       C("15", 15, "exact", "killed", "people at the Ethiopian Village restaurant", KAYIHURA,
         attr_alt=[None]),
       C("two", 2, "exact", "munitions", "bombs at Kyadondo Rugby Club", KAYIHURA,
         cat_alt=["other"], attr_alt=[None], ctx="two more exploded"),
       C("about 1,000", 1000, "about", "other", "fans at Kyadondo Rugby Club", None,
         attr_alt=[KAYIHURA]),
       C("two", 2, "exact", "other", "countries contributing troops", None, optional=True,
         ctx="two countries"),
       C("6,000", 6000, "exact", "troops", "African Union force in Mogadishu", None,
         attr_alt=[RAGE]),
       C("four", 4, "exact", "detained", "suspects arrested", "Police")],
      published="2010-07-13"),

    P("d66_018",
      "Gunman kills six in Alphen shopping centre\n"
      "April 10, 2011\n"
      "A 24-year-old man armed with an automatic rifle killed six people and wounded 17 at the "
      "Ridderhof shopping centre in Alphen aan den Rijn on Saturday before shooting himself, "
      "police said. The gunman, named as Tristan van der V., fired more than 100 shots, a police "
      "spokeswoman told broadcaster NOS. Police sealed off the area, and hundreds of shoppers "
      "were led out through the emergency exits. In a note found in his car the man claimed to "
      "have planted explosives in three other shopping centres in the town; all of them were "
      "searched, but no bombs were found.",
      [C("six", 6, "exact", "killed", "people killed (headline)", None, ctx="kills six"),
       C("six", 6, "exact", "killed", "people at the Ridderhof centre", "police",
         ctx="killed six"),
       C("17", 17, "exact", "injured", "people at the Ridderhof centre", "police"),
       C("more than 100", 100, "more_than", "munitions", "shots fired by the gunman",
         "a police spokeswoman", cat_alt=["other"]),
       C("hundreds", 100, "vague", "displaced", "shoppers led out", None,
         cat_alt=["other"], attr_alt=["Police"]),
       C("three", 3, "exact", "infrastructure", "shopping centres named in the note",
         "the man", optional=True, cat_alt=["other"])],
      published="2011-04-10"),

    P("d66_019",
      "UN House bombing: Death toll hits 23\n"
      "By Emeka Mamah & Kingsley Omonobi, Abuja\n"
      "THE death toll in Friday's suicide car bombing of the United Nations building in Abuja "
      "has risen to 23, the UN said yesterday, as the world body's deputy secretary-general, "
      "Asha-Rose Migiro, arrived to assess the damage. Of the dead, 11 were UN staff members, a UN "
      "spokesman in New York said. More than 80 others were wounded, according to the National "
      "Emergency Management Agency (NEMA), which said 60 of them had been treated and discharged "
      "from the National Hospital and other facilities. The bomber rammed a Honda Accord through "
      "two gates before setting off the explosives in the reception area. The Islamist sect Boko "
      "Haram claimed responsibility in a telephone call to the BBC Hausa service. About 400 "
      "people work in the building, which houses 26 UN agencies.",
      [C("23", 23, "exact", "killed", "people killed (headline)", None, ctx="hits 23"),
       C("23", 23, "exact", "killed", "people killed at UN House", "the UN",
         ctx="risen to 23"),
       C("11", 11, "exact", "killed", "UN staff members", "a UN spokesman in New York"),
       C("More than 80", 80, "more_than", "injured", "others wounded", NEMA),
       C("60", 60, "exact", "injured", "wounded treated and discharged", NEMA,
         cat_alt=["other"]),
       C("two", 2, "exact", "infrastructure", "gates rammed", optional=True,
         cat_alt=["other"]),
       C("About 400", 400, "about", "population", "people working in the building",
         cat_alt=["other"]),
       C("26", 26, "exact", "other", "UN agencies in the building", optional=True)]),

    P("d66_020",
      "KABUL, Dec 6 (Reuters) - A suicide bomber blew himself up among Shi'ite worshippers packed "
      "into a Kabul shrine for the Ashura religious festival on Tuesday, killing at least 54 "
      "people, officials said. Health Ministry spokesman Ghulam Sakhi Kargar said more than 150 "
      "people had been wounded, many of them women and children. Minutes later, a bomb strapped "
      "to a bicycle went off near a mosque in the northern city of Mazar-i-Sharif, killing four "
      "people and wounding 21, said Mazar police spokesman Sher Jan Durrani. A third, smaller "
      "bomb in Kandahar wounded two. Pakistan-based Lashkar-e-Jhangvi claimed the Kabul attack "
      "in a call to a radio station, but the Taliban condemned it. President Hamid Karzai, who "
      "cut short a visit to Germany, said it was the first time such an attack had happened on "
      "an important religious day in Afghanistan.",
      [C("at least 54", 54, "at_least", "killed", "worshippers at the Kabul shrine",
         "officials"),
       C("more than 150", 150, "more_than", "injured", "people in Kabul", KARGAR),
       C("four", 4, "exact", "killed", "people in Mazar-i-Sharif", DURRANI),
       C("21", 21, "exact", "injured", "people in Mazar-i-Sharif", DURRANI),
       C("two", 2, "exact", "injured", "people in Kandahar", None, attr_alt=[DURRANI],
         ctx="wounded two")]),
    P("d66_021",
      "December 26, 2011\n"
      "Christmas Day bombing: Toll rises to 35\n"
      "The death toll from Sunday's bomb blast at St. Theresa's Catholic Church, Madalla, Niger "
      "State, has risen to 35, the National Emergency Management Agency has said. NEMA's "
      "coordinator for Abuja, Mr. Abdulsalam Mohammed, said on Monday that 52 injured persons "
      "were receiving treatment at the Suleja General Hospital and the National Hospital, Abuja. "
      "The explosion occurred as worshippers were leaving the church after the 8am Mass; many of "
      "the dead were burnt in their cars. Two other blasts on the same day, in Jos and Damaturu, "
      "killed at least five people, including a police officer, the police said. The Boko Haram "
      "sect claimed responsibility for all the attacks.",
      [C("35", 35, "exact", "killed", "people killed (headline)", None, ctx="rises to 35"),
       C("35", 35, "exact", "killed", "people at St. Theresa's church", NEMA_NG,
         ctx="risen to 35"),
       C("52", 52, "exact", "injured", "injured persons in hospital", MOHAMMED),
       C("Two", 2, "exact", "munitions", "other blasts", "the police", cat_alt=["other"]),
       C("at least five", 5, "at_least", "killed", "people in Jos and Damaturu",
         "the police")],
      published="2011-12-26"),

    P("d66_022",
      "BAGHDAD (AP) — Iraqi officials said Monday that 58 people were killed and 75 wounded when "
      "security forces stormed a Catholic church where al-Qaida-linked gunmen had held more than "
      "100 worshippers hostage during Sunday evening Mass. Deputy Interior Minister Hussein Kamal "
      "said most of the victims died when the militants set off suicide vests as commandos burst "
      "in, about four hours after the siege began. The dead included two priests and between 10 "
      "and 12 policemen and soldiers, he said, and five of the attackers were killed. More than 40 "
      "hostages were led out unharmed. Fewer than 30 of the wounded remained in hospital on "
      "Monday night, a Health Ministry official said. Iraq's Christian population has fallen to "
      "an estimated 500,000 from as many as 1.5 million before the 2003 U.S.-led invasion.",
      [C("58", 58, "exact", "killed", "people killed in the church siege", "Iraqi officials"),
       C("75", 75, "exact", "injured", "people wounded", "Iraqi officials"),
       C("more than 100", 100, "more_than", "hostages", "worshippers held hostage", None,
         attr_alt=["Iraqi officials"]),
       C("two", 2, "exact", "killed", "priests", KAMAL, attr_alt=["he"]),
       C("between 10 and 12", 10, "range", "killed", "policemen and soldiers", KAMAL,
         high=12, attr_alt=["he"]),
       C("five", 5, "exact", "killed", "attackers", KAMAL, attr_alt=["he", None]),
       C("More than 40", 40, "more_than", "hostages", "hostages led out unharmed", KAMAL,
         cat_alt=["other"], attr_alt=[None]),
       C("Fewer than 30", 30, "fewer_than", "injured", "wounded still in hospital",
         "a Health Ministry official"),
       C("an estimated 500,000", 500000, "about", "population", "Christians in Iraq"),
       C("as many as 1.5 million", 1_500_000, "at_most", "population",
         "Christians in Iraq before 2003")]),

    P("d66_023",
      "QUETTA: The death toll from Thursday's twin bombings at a snooker hall on Alamdar Road "
      "rose to 92 on Friday, as members of the Hazara community refused to bury their dead and "
      "staged a sit-in with the coffins, officials said. A suicide bomber struck the packed "
      "snooker hall, and a second, larger car bomb exploded about 10 minutes later as police, "
      "rescue workers and journalists rushed to the scene. Among the dead were nine policemen, "
      "at least three journalists and several volunteers of the Edhi Foundation, according to "
      "police. Over 120 people were injured. \"We will not bury our loved ones until the army "
      "takes control of the city,\" said Qayyum Changezi, chairman of the Quetta Yakjehti "
      "Council, who said the bodies of 86 victims lay on the road.",
      [C("92", 92, "exact", "killed", "people killed in the twin bombings", "officials"),
       C("nine", 9, "exact", "killed", "policemen", "police"),
       C("at least three", 3, "at_least", "killed", "journalists", "police"),
       C("Over 120", 120, "more_than", "injured", "people injured", "police",
         attr_alt=[None]),
       C("86", 86, "exact", "killed", "bodies on the road", CHANGEZI)]),

    P("d66_024",
      "Twin blasts rip through Dilsukhnagar, 16 dead\n"
      "TNN | Feb 22, 2013, 04.12AM IST\n"
      "HYDERABAD: Two bombs planted on bicycles went off within minutes of each other in the "
      "crowded Dilsukhnagar shopping area on Thursday evening, killing 16 people and injuring "
      "119, police said. The first blast took place outside Konark theatre at 7.01pm and the "
      "second about 150 metres away near Venkatadri theatre. Of the injured, 23 are in a serious "
      "condition at Osmania General Hospital and private hospitals, said health minister D L "
      "Ravindra Reddy. Union home minister Sushil Kumar Shinde, who is to visit the spot on "
      "Friday, said the Centre had shared general intelligence inputs with the state two days "
      "earlier. The state government has announced an ex gratia of Rs 6 lakh to the families of "
      "the dead.",
      [C("16", 16, "exact", "killed", "people killed (headline)", None, ctx="16 dead"),
       C("Two", 2, "exact", "munitions", "bombs planted on bicycles", "police",
         cat_alt=["other"]),
       C("16", 16, "exact", "killed", "people in Dilsukhnagar", "police", ctx="killing 16"),
       C("119", 119, "exact", "injured", "people in Dilsukhnagar", "police"),
       C("23", 23, "exact", "injured", "injured in a serious condition", RAVINDRA)],
      published="2013-02-22"),

    P("d66_025",
      "Serial blasts at Bodh Gaya; two monks injured\n"
      "Updated: July 8, 2013 02:14 IST\n"
      "GAYA, July 7. Nine low-intensity bombs went off in and around the Mahabodhi temple "
      "complex in the early hours of Sunday, injuring two Buddhist monks, one from Tibet and one "
      "from Myanmar, police said. No one was killed and the sacred Bodhi tree was unharmed. "
      "Three more bombs were found and defused, including one placed near an 80-foot Buddha "
      "statue. The first blast occurred at 5.30 a.m.; the ninth went off about half an hour "
      "later. The National Investigation Agency has registered a case, and security has been "
      "stepped up at all major shrines in Bihar.",
      [C("two", 2, "exact", "injured", "monks (headline)", None, ctx="two monks injured"),
       C("Nine", 9, "exact", "munitions", "low-intensity bombs", "police",
         cat_alt=["other"]),
       C("two", 2, "exact", "injured", "Buddhist monks", "police", ctx="injuring two"),
       C("one", 1, "exact", "injured", "monk from Tibet", "police", optional=True,
         ctx="one from Tibet"),
       C("one", 1, "exact", "injured", "monk from Myanmar", "police", optional=True,
         ctx="one from Myanmar"),
       C("Three", 3, "exact", "munitions", "bombs found and defused", "police",
         cat_alt=["other"], attr_alt=[None])],
      published="2013-07-08"),
    P("d66_026",
      "Published: September 23, 2013\n"
      "PESHAWAR: The death toll from Sunday's twin suicide attack on the historic All Saints "
      "Church in Kohati Gate rose to 81 on Monday, making it the deadliest attack on Pakistan's "
      "Christian minority, hospital officials said. Lady Reading Hospital spokesperson Jamil Shah "
      "said 37 of the more than 140 injured were still under treatment, some of them in critical "
      "condition. Two suicide bombers set off their explosives as some 600 worshippers were "
      "leaving after Sunday service and gathering for a free meal on the church lawn, police "
      "said. Among the dead were 34 women and seven children. Christians protested in Karachi, "
      "Lahore and Islamabad, and the provincial government announced three days of mourning.",
      [C("81", 81, "exact", "killed", "people killed at All Saints Church",
         "hospital officials"),
       C("37", 37, "exact", "injured", "injured still under treatment", JAMIL),
       C("more than 140", 140, "more_than", "injured", "people injured", JAMIL),
       C("Two", 2, "exact", "troops", "suicide bombers", "police",
         cat_alt=["other", "killed"]),
       C("some 600", 600, "about", "other", "worshippers leaving the service", "police"),
       C("34", 34, "exact", "killed", "women", "police", attr_alt=[None]),
       C("seven", 7, "exact", "killed", "children", "police", attr_alt=[None])],
      published="2013-09-23"),

    P("d66_027",
      "KANO, Nigeria, Nov 10 (Reuters) - A suicide bomber disguised in a school uniform blew "
      "himself up at a morning assembly at a boys' secondary school in the northeastern Nigerian "
      "town of Potiskum on Monday, killing 48 students and wounding 79, police said. Witnesses "
      "said about 2,000 students had gathered for the assembly at the Government Technical "
      "Science College when the blast struck at around 7:50 a.m. A doctor at Potiskum General "
      "Hospital, who asked not to be named, said the hospital had received 58 bodies, most of "
      "them boys aged between 11 and 20. \"There were bodies everywhere, and some of my "
      "classmates had no legs,\" said Musa Ibrahim, 17, who was wounded in the arm. No group "
      "claimed responsibility, but suspicion fell on Boko Haram, which has attacked schools "
      "across the northeast.",
      [C("48", 48, "exact", "killed", "students", "police"),
       C("79", 79, "exact", "injured", "students", "police"),
       C("about 2,000", 2000, "about", "other", "students at the assembly", "Witnesses"),
       C("58", 58, "exact", "killed", "bodies received by the hospital", POTISKUM_DR)]),

    P("d66_028",
      "Published On 27 Jun 2015\n"
      "Kuwait mosque bombing toll rises to 27\n"
      "Kuwait has arrested several people in connection with the suicide bombing of a Shia mosque "
      "that killed 27 worshippers during Friday prayers, the interior ministry said. The "
      "ministry said on Saturday that 227 people had been wounded in the blast at the Imam Jaafar "
      "al-Sadiq mosque in Kuwait City, where some 2,000 people were praying. The Islamic State of "
      "Iraq and the Levant (ISIL) group said in a statement that one of its fighters had carried "
      "out the attack. The emir, Sheikh Sabah al-Ahmad al-Sabah, visited the mosque minutes after "
      "the blast. It was the first attack of its kind in Kuwait in more than two decades.",
      [C("27", 27, "exact", "killed", "people killed (headline)", None, ctx="rises to 27"),
       C("27", 27, "exact", "killed", "worshippers", KW_MOI, ctx="killed 27"),
       C("227", 227, "exact", "injured", "people wounded", "The ministry",
         attr_alt=[KW_MOI]),
       C("some 2,000", 2000, "about", "other", "people praying in the mosque", None,
         attr_alt=["The ministry"])],
      published="2015-06-27"),

    P("d66_029",
      "Written by Navjeevan Gopal | Gurdaspur | Updated: July 28, 2015 4:10 am\n"
      "Three heavily armed militants in army fatigues stormed a police station in Punjab's "
      "Dinanagar town on Monday, killing seven people, including a Superintendent of Police, "
      "before they were shot dead at the end of an 11-hour gunbattle, officials said. Punjab DGP "
      "Sumedh Singh Saini said three civilians and four policemen were among the dead, and 15 "
      "people, including 10 policemen, were injured. Five live bombs were found on the "
      "Pathankot-Amritsar railway track near Parmanand station and were defused before a train "
      "passed. Over 200 personnel of the Punjab Police, along with army and NSG commandos, took "
      "part in the operation.",
      [C("Three", 3, "exact", "troops", "militants who stormed the police station",
         "officials", cat_alt=["other", "killed"]),
       C("seven", 7, "exact", "killed", "people in Dinanagar", "officials"),
       C("three", 3, "exact", "killed", "civilians", SAINI),
       C("four", 4, "exact", "killed", "policemen", SAINI),
       C("15", 15, "exact", "injured", "people", SAINI),
       C("10", 10, "exact", "injured", "policemen", SAINI, ctx="10 policemen"),
       C("Five", 5, "exact", "munitions", "live bombs on the railway track", SAINI,
         cat_alt=["other"], attr_alt=[None]),
       C("Over 200", 200, "more_than", "troops", "Punjab Police personnel in the operation",
         None, attr_alt=[SAINI])],
      published="2015-07-28"),

    P("d66_030",
      "ROSEBURG, Ore. (AP) — A gunman who opened fire at an Oregon community college killed nine "
      "people and wounded nine others before he died in a shootout with police, Douglas County "
      "Sheriff John Hanlin said Friday. The shooter, identified by law enforcement officials as "
      "Chris Harper Mercer, 26, brought six guns to Umpqua Community College and left eight more "
      "at his apartment, all of them bought legally, according to the federal Bureau of "
      "Alcohol, Tobacco, Firearms and Explosives. Two officers who arrived within minutes "
      "exchanged fire with him; he was hit once and then killed himself, the sheriff said. The "
      "victims ranged in age from 18 to 67. About 3,000 students attend the campus, which had one "
      "unarmed security guard on duty that day.",
      [C("nine", 9, "exact", "killed", "people at Umpqua Community College", HANLIN,
         ctx="killed nine"),
       C("nine", 9, "exact", "injured", "others", HANLIN, ctx="nine others"),
       C("six", 6, "exact", "munitions", "guns brought to the college", ATF,
         cat_alt=["other"]),
       C("eight", 8, "exact", "munitions", "guns left at his apartment", ATF,
         cat_alt=["other"]),
       C("Two", 2, "exact", "troops", "officers who exchanged fire", "the sheriff",
         cat_alt=["other"], attr_alt=[HANLIN]),
       C("About 3,000", 3000, "about", "population", "students at the campus",
         cat_alt=["other"]),
       C("one", 1, "exact", "troops", "security guard on duty", optional=True,
         cat_alt=["other"], ctx="one unarmed")]),
    P("d66_031",
      "ANKARA\n"
      "Death toll in Ankara car bombing rises to 37\n"
      "March 14 2016\n"
      "The death toll from a car bomb attack in the heart of Ankara has risen to 37, including two "
      "attackers, Health Minister Mehmet Müezzinoğlu said on March 14, as police detained 11 "
      "people in raids in the southern province of Şanlıurfa. The explosives-laden car struck a "
      "bus stop near Güvenpark in the Kızılay district at around 6:45 p.m. on March 13. Of the "
      "125 people wounded, 71 were still being treated in hospitals and 15 of them were in "
      "critical condition, Müezzinoğlu said. Officials said one of the bombers was a woman born in "
      "1992 who had joined the outlawed Kurdistan Workers' Party (PKK) in 2013. It was the third "
      "bombing in the capital in five months.",
      [C("37", 37, "exact", "killed", "people killed (headline)", None, ctx="rises to 37"),
       C("37", 37, "exact", "killed", "people killed in Ankara", MUEZZINOGLU,
         ctx="risen to 37"),
       C("two", 2, "exact", "killed", "attackers", MUEZZINOGLU, cat_alt=["troops"],
         ctx="two attackers"),
       C("11", 11, "exact", "detained", "people detained in Şanlıurfa", None,
         attr_alt=["police", MUEZZINOGLU]),
       C("125", 125, "exact", "injured", "people wounded", MUEZZINOGLU,
         attr_alt=["Müezzinoğlu"]),
       C("71", 71, "exact", "injured", "wounded still in hospital", MUEZZINOGLU,
         attr_alt=["Müezzinoğlu"]),
       C("15", 15, "exact", "injured", "wounded in critical condition", MUEZZINOGLU,
         attr_alt=["Müezzinoğlu"])],
      published="2016-03-14"),

    P("d66_032",
      "LIEGE, Belgium, Dec 13, 2011 (AFP) - A gunman armed with grenades and an assault rifle "
      "attacked a crowded square in the centre of the Belgian city of Liège at lunchtime on "
      "Tuesday, killing four people, including a 17-month-old baby, and wounding 123 before "
      "shooting himself, prosecutors said. The attacker, Nordine Amrani, 33, who had a criminal "
      "record for weapons and drugs offences, threw three grenades at people waiting at a bus "
      "shelter on Place Saint-Lambert. Prosecutor Danièle Reynders said five of the wounded were "
      "in a critical condition; officials had earlier said 75 people were hurt. Police later "
      "found the body of a woman in a shed Amrani used, bringing the toll to five. About 200 "
      "police officers were sent to the city centre and its Christmas market was closed.",
      [C("four", 4, "exact", "killed", "people on Place Saint-Lambert", "prosecutors"),
       C("123", 123, "exact", "injured", "people wounded", "prosecutors"),
       C("three", 3, "exact", "munitions", "grenades thrown", "prosecutors",
         cat_alt=["other"], attr_alt=[None]),
       C("five", 5, "exact", "injured", "wounded in a critical condition",
         "Prosecutor Danièle Reynders", ctx="five of the wounded"),
       C("75", 75, "exact", "injured", "people hurt (earlier figure)", "officials"),
       C("five", 5, "exact", "killed", "people killed", None, attr_alt=["Police"],
         ctx="toll to five"),
       C("About 200", 200, "about", "troops", "police officers sent to the city centre",
         cat_alt=["other"])],
      published="2011-12-13"),

    P("d66_033",
      "HILLAH, Iraq, Feb 28 (Reuters) - A suicide car bomber blew himself up among a crowd of "
      "police and army recruits queuing for medical checks outside a government building in the "
      "town of Hillah on Monday, killing at least 122 people in the deadliest single attack since "
      "the fall of Saddam Hussein. Hospital officials said more than 130 people were wounded, "
      "many of them critically. An Interior Ministry official in Baghdad, speaking on condition "
      "of anonymity, put the toll at 125 and said about 400 recruits had been waiting outside "
      "when the bomber struck. Police said an earlier count of 115 had not included bodies "
      "collected by relatives before they reached hospital. The U.S. military said it had sent "
      "30 soldiers to help secure the area.",
      [C("at least 122", 122, "at_least", "killed", "people in Hillah", None,
         attr_alt=["Hospital officials"]),
       C("more than 130", 130, "more_than", "injured", "people wounded",
         "Hospital officials"),
       C("125", 125, "exact", "killed", "people killed", HILLAH_MOI),
       C("about 400", 400, "about", "other", "recruits waiting outside", HILLAH_MOI,
         attr_alt=[None]),
       C("115", 115, "exact", "killed", "earlier count of dead", "Police"),
       C("30", 30, "exact", "troops", "U.S. soldiers sent to Hillah", "The U.S. military",
         attr_alt=[None])]),

    P("d66_034",
      "Published On 3 Nov 2020\n"
      "Afghanistan mourns after Kabul University attack kills 22\n"
      "Afghanistan observed a day of national mourning on Tuesday after gunmen stormed Kabul "
      "University, killing 22 people, most of them students, and wounding 22 others, according to "
      "the interior ministry. Interior ministry spokesman Tariq Arian said three attackers were "
      "killed in a six-hour gun battle with Afghan security forces, who evacuated hundreds of "
      "students and staff from the campus. The attack came as the university was hosting a book "
      "fair attended by Iranian diplomats. ISIL (ISIS) claimed responsibility, while the Taliban "
      "denied involvement. Hamid Obaidi, a spokesman for the higher education ministry, said "
      "about 17,000 students were enrolled at the university but far fewer were on campus "
      "because of COVID-19 restrictions.",
      [C("22", 22, "exact", "killed", "people killed (headline)", None, ctx="kills 22"),
       C("22", 22, "exact", "killed", "people at Kabul University", "the interior ministry",
         ctx="killing 22"),
       C("22", 22, "exact", "injured", "others wounded", "the interior ministry",
         ctx="22 others"),
       C("three", 3, "exact", "killed", "attackers", "Interior ministry spokesman Tariq Arian",
         cat_alt=["troops"]),
       C("hundreds", 100, "vague", "displaced", "students and staff evacuated",
         "Interior ministry spokesman Tariq Arian", cat_alt=["other"], attr_alt=[None]),
       C("about 17,000", 17000, "about", "population", "students enrolled", "Hamid Obaidi",
         cat_alt=["other"])],
      published="2020-11-03"),

    P("d66_035",
      "Published 3:45 PM, June 02, 2017\n"
      "MANILA, Philippines – Thirty-seven people died, most of them from smoke inhalation, after a "
      "lone gunman stormed Resorts World Manila early Friday, June 2, and set fire to gaming "
      "tables, the National Capital Region Police Office (NCRPO) said. NCRPO chief Director Oscar "
      "Albayalde said the dead – 25 guests and 12 employees – were found mostly in the "
      "second-floor casino and in a VIP room on the third floor. At least 70 people were hurt, "
      "many of them in the stampede to escape, according to the Department of Health. The "
      "gunman, later identified as Jessie Javier Carlos, 42, a former finance department employee "
      "deep in gambling debt, was found dead in a hotel room after setting himself on fire. "
      "Police said he had tried to steal casino chips worth P113 million.",
      [C("Thirty-seven", 37, "exact", "killed", "people at Resorts World Manila", NCRPO),
       C("25", 25, "exact", "killed", "guests", ALBAYALDE),
       C("12", 12, "exact", "killed", "employees", ALBAYALDE),
       C("At least 70", 70, "at_least", "injured", "people hurt",
         "the Department of Health")],
      published="2017-06-02"),
    P("d66_036",
      "Barcelona 18 AUG 2017 - 12:43 CEST\n"
      "The death toll from Thursday's van attack on Barcelona's Las Ramblas boulevard has risen "
      "to 13, the Catalan regional government said on Friday, as police confirmed they had shot "
      "dead five suspected terrorists in the coastal town of Cambrils in a second, linked attack "
      "overnight. More than 100 people from 34 countries were injured in Barcelona, and 17 of "
      "them remain in a critical condition, according to Catalan emergency services. In "
      "Cambrils, where the attackers drove an Audi A3 into pedestrians on the seafront, a woman "
      "later died of her injuries and six other people were hurt. Police have arrested four "
      "people, three Moroccans and a Spaniard, in connection with the attacks, Catalan police "
      "chief Josep Lluís Trapero told a press conference. The driver of the van in Barcelona is "
      "still at large.",
      [C("13", 13, "exact", "killed", "people in Las Ramblas", CATALAN_GOV),
       C("five", 5, "exact", "killed", "suspected terrorists shot dead in Cambrils", "police",
         attr_alt=[CATALAN_GOV]),
       C("More than 100", 100, "more_than", "injured", "people in Barcelona", SEM),
       C("34", 34, "exact", "other", "countries of the injured", SEM, optional=True),
       C("17", 17, "exact", "injured", "injured in a critical condition", SEM),
       C("six", 6, "exact", "injured", "other people in Cambrils", None, attr_alt=[SEM]),
       C("four", 4, "exact", "detained", "people arrested", TRAPERO),
       C("three", 3, "exact", "detained", "Moroccans arrested", TRAPERO)],
      published="2017-08-18"),

    P("d66_037",
      "Updated July 14, 2018\n"
      "Mastung attack death toll rises to 128\n"
      "QUETTA: The death toll from Friday's suicide bombing at an election rally in Mastung's "
      "Dringarh area rose to 128 on Saturday, including Balochistan Awami Party candidate "
      "Nawabzada Siraj Raisani, officials said. Balochistan Home Minister Agha Umar Bungalzai told "
      "reporters that over 150 people had been injured, many of whom had been shifted to "
      "hospitals in Quetta. About 1,000 people had gathered in a hall for the rally when the "
      "bomber struck. The bomber set off between 16 and 20 kilograms of explosives packed with "
      "ball bearings, according to the Counter Terrorism Department. The militant Islamic State "
      "group said in a statement carried by its news agency that it was behind the attack. The "
      "caretaker provincial government announced two days of mourning.",
      [C("128", 128, "exact", "killed", "people killed (headline)", None, ctx="rises to 128"),
       C("128", 128, "exact", "killed", "people at the Mastung rally", "officials",
         ctx="rose to 128"),
       C("over 150", 150, "more_than", "injured", "people injured", BUNGALZAI),
       C("About 1,000", 1000, "about", "other", "people at the rally", None,
         attr_alt=[BUNGALZAI]),
       C("between 16 and 20", 16, "range", "munitions", "kilograms of explosives", CTD,
         high=20, optional=True, cat_alt=["other"])],
      published="2018-07-14"),

    P("d66_038",
      "Published 11:12 a.m. ET April 16, 2021\n"
      "INDIANAPOLIS — Eight people were killed and at least five others wounded when a gunman "
      "opened fire at a FedEx Ground facility on the city's southwest side late Thursday, "
      "Indianapolis Metropolitan Police Department officials said. Deputy Chief Craig McCartt "
      "said the gunman, a former employee, began shooting in the parking lot and then went "
      "inside the building, where he killed himself; the shooting lasted one to two minutes. "
      "Four of the dead were members of the city's Sikh community, according to the Sikh "
      "Coalition, which said many of the facility's roughly 4,000 workers are Sikh. Police said "
      "the shooter, 19, had legally bought two rifles last year, months after officers seized a "
      "shotgun from him when his mother warned them about his state of mind.",
      [C("Eight", 8, "exact", "killed", "people at the FedEx facility", IMPD),
       C("at least five", 5, "at_least", "injured", "others wounded", IMPD),
       C("Four", 4, "exact", "killed", "members of the Sikh community", SIKH),
       C("roughly 4,000", 4000, "about", "population", "workers at the facility", SIKH,
         cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "rifles bought by the shooter", "Police",
         cat_alt=["other"], ctx="two rifles")],
      published="2021-04-16"),

    P("d66_039",
      "Oxford school shooter sentenced to life without parole\n"
      "Published 5:02 p.m. ET Dec. 8, 2023\n"
      "PONTIAC — The teenager who killed four students and wounded seven other people at Oxford "
      "High School two years ago was sentenced Friday to life in prison without the possibility "
      "of parole. Ethan Crumbley, now 17, pleaded guilty last year to 24 charges, including "
      "terrorism and first-degree murder. Six of the wounded were students and one was a "
      "teacher. Prosecutors said he fired more than 30 rounds in the school's hallways in about "
      "five minutes, and that 18 more rounds were still in his gun when deputies arrested him. "
      "His parents, James and Jennifer Crumbley, face four counts each of involuntary "
      "manslaughter in separate trials next year.",
      [C("four", 4, "exact", "killed", "students", ctx="four students"),
       C("seven", 7, "exact", "injured", "other people"),
       C("24", 24, "exact", "other", "charges he pleaded guilty to", optional=True),
       C("Six", 6, "exact", "injured", "students among the wounded"),
       C("one", 1, "exact", "injured", "teacher", ctx="one was a teacher"),
       C("more than 30", 30, "more_than", "munitions", "rounds fired", "Prosecutors",
         cat_alt=["other"]),
       C("18", 18, "exact", "munitions", "rounds still in his gun", "Prosecutors",
         cat_alt=["other"]),
       C("four", 4, "exact", "other", "counts of manslaughter each parent faces",
         optional=True, ctx="four counts")],
      published="2023-12-08"),

    P("d66_040",
      "Hamburg shooting: Gunman kills 7 at Jehovah's Witness hall\n"
      "Date 10.03.2023\n"
      "Police in Hamburg say a former member of the Jehovah's Witnesses shot dead seven people, "
      "including an unborn child, at a meeting of the religious community on Thursday night "
      "before killing himself. Eight others were wounded, four of them seriously, police said "
      "on Friday. About 50 people had been attending the meeting in the Alsterdorf district when "
      "the gunman, identified as Philipp F., 35, opened fire. Interior senator Andy Grote said "
      "the man had fired more than 100 rounds, and that officers found 20 more loaded magazines "
      "at the scene. Police reached the hall within four minutes and the gunman shot himself as "
      "they entered.",
      [C("7", 7, "exact", "killed", "people killed (headline)", None),
       C("seven", 7, "exact", "killed", "people at the Jehovah's Witness hall", HH_POL),
       C("Eight", 8, "exact", "injured", "others wounded", "police", attr_alt=[HH_POL]),
       C("four", 4, "exact", "injured", "seriously wounded", "police", attr_alt=[HH_POL],
         ctx="four of them"),
       C("About 50", 50, "about", "other", "people at the meeting", "police",
         attr_alt=[None, HH_POL]),
       C("more than 100", 100, "more_than", "munitions", "rounds fired", GROTE,
         cat_alt=["other"]),
       C("20", 20, "exact", "munitions", "loaded magazines found", GROTE,
         cat_alt=["other"])],
      published="2023-03-10"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d66_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
