"""Source of the sixtieth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on kidnappings, hostage-takings, piracy, jailbreaks, sieges and
rescues, and on crime and policing with casualty and detention figures (gang massacres, prison
riots and fires, police operations, mass arrests, trials, sentences and executions) between
1992 and 2024, written for this set (none copied from an article) in the styles of wire copy
(Reuters, AP, AFP, dpa, Kyodo, ANSA), national papers (The Hindu, the Hindustan Times, Dawn,
The Jakarta Post, the Daily Monitor, the Daily Nation, a Nigerian daily, the Philippine Daily
Inquirer, the El Paso Times, The Japan Times, a Brazilian news portal, the New York Times),
broadcasters' web copy (BBC, Al Jazeera, DW, ABC, Channels TV) and a police agency's press
release. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures
follow contemporary reports loosely and some details are invented; the set tests extraction,
not facts. One passage holds only non-claims.

Run ``python tests/devset60/build_devset60.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 60)] + ["holdout", "holdout2",
                                                                 "holdout3"]

IL_OFFICIALS = "Israeli officials"
IPS = "The Israel Prison Service"
ELYSEE = "the Elysee"
MORIN = "Defence Minister Herve Morin"
LB = "the shipping company Leonhardt & Blumberg"
IMB = "the International Maritime Bureau"
UG_ARMY = "an army spokesman"
LY_POLICE = "the police statement"
LY_MOH = "the health ministry"
BAINE = "Uganda Prisons Service spokesperson Frank Baine"
JIMENEZ = "Interior Minister Francisco Jiménez"
MP_GT = "the Public Ministry"
RUBIDO = "National Security Commissioner Monte Alejandro Rubido"
MODI = "the Chief Minister, Narendra Modi"
CIVIL_HOSP = "officials at the Civil Hospital"
KEMENKUMHAM = "the Law and Human Rights Ministry"
MEDAN_POLICE = "a regional police spokesman"
WASISTO = "national police spokesman Setyo Wasisto"
AMAQ = "its Amaq news agency"
NCOS = "the Nigerian Correctional Service"
ENOBORE = "The service's spokesman, Francis Enobore"
FANWO = "The state's Commissioner for Information, Kingsley Fanwo"
FBI = "an FBI spokesman"
RO_GOV = "the government"
ROSPIGLIOSI = "Interior Minister Fernando Rospigliosi"
MAYOR_OREJA = "Interior Minister Jaime Mayor Oreja"
US_OFFICIAL = "a senior U.S. official"
BUNEI = "North Eastern regional police commander Rono Bunei"
PROSECUTORS_DE = "Federal prosecutors"
BFV = "the domestic intelligence agency"
NCA = "The National Crime Agency"
EUROPOL = "Europol"
KERSHAW = "Australian Federal Police Commissioner Reece Kershaw"
CASIO = ("Presidential Anti-Organized Crime Commission (PAOCC) spokesperson Winston Casio")
INPEC = "the national prisons agency"
CASTELLANOS = "INPEC director Tito Castellanos"
DORIA = "Governor Joao Doria"
OVP = "The Venezuelan Prison Observatory"
CHIH = "Chihuahua state officials"
DOMENE = "Nuevo Leon state security spokesman Jorge Domene"
VER_OFFICIALS = "Veracruz state officials"
GARCIA = "Veracruz Gov. Cuitláhuac García"
VARELA = "Prisons Minister Iris Varela"
CABELLO = "Justice Minister Margarita Cabello"
KAKAS = "Acting Superintendent George Kakas"
SPA = "the Saudi Press Agency"
PSIA = "The Public Security Intelligence Agency"

PASSAGES = [
    # --- Jailbreaks ----------------------------------------------------------------------------
    P("d60_001",
      "JERUSALEM, Sept 6, 2021 (Reuters) - Six Palestinian prisoners escaped from Israel's "
      "high-security Gilboa prison before dawn on Monday through a tunnel they had dug beneath a "
      "sink in their cell, setting off a manhunt across northern Israel and the occupied West "
      "Bank, Israeli officials said. Five of the men belong to Islamic Jihad; the sixth, Zakaria "
      "Zubeidi, 45, is a former commander of Fatah's al-Aqsa Martyrs' Brigades in Jenin. The "
      "Israel Prison Service said it would disperse some 360 Islamic Jihad inmates among other "
      "jails to stop them coordinating. Police said they had set up 200 roadblocks and were "
      "using drones and dog units in the search.",
      [C("Six", 6, "exact", "detained", "Palestinian prisoners who escaped", IL_OFFICIALS,
         cat_alt=["other"]),
       C("Five", 5, "exact", "detained", "escapees from Islamic Jihad", IL_OFFICIALS,
         cat_alt=["other"], attr_alt=[None]),
       C("some 360", 360, "about", "detained", "Islamic Jihad inmates to be dispersed", IPS),
       C("200", 200, "exact", "other", "roadblocks set up", "Police")],
      published="2021-09-06"),

    P("d60_002",
      "TRIPOLI, Sept 2 (Reuters) - About 400 inmates escaped from a prison in Tripoli's southern "
      "suburbs on Sunday as rival militias battled nearby, police said. Guards at Ain Zara prison "
      "could not stop the detainees from forcing the gates open and fled for their lives, the "
      "police statement said, adding that fewer than 100 of the escapees had been returned to "
      "their cells by evening. Most were serving sentences for common crimes, though some were "
      "Gaddafi loyalists convicted of killings during the 2011 uprising. A week of clashes in the "
      "capital has killed at least 47 people and wounded 129, according to the health ministry, "
      "and the United Nations says nearly 1,900 families have fled their homes.",
      [C("About 400", 400, "about", "detained", "inmates who escaped", "police",
         cat_alt=["other"], attr_alt=[LY_POLICE]),
       C("fewer than 100", 100, "fewer_than", "detained", "escapees returned to their cells",
         LY_POLICE, cat_alt=["other"], attr_alt=["police"]),
       C("at least 47", 47, "at_least", "killed", "people in Tripoli clashes", LY_MOH),
       C("129", 129, "exact", "injured", "people in Tripoli clashes", LY_MOH),
       C("nearly 1,900", 1900, "about", "displaced", "families who fled their homes",
         "the United Nations")]),

    P("d60_003",
      "Moroto inmates overpower warders, flee with guns\n"
      "Published: Thursday, September 10, 2020\n"
      "MOROTO. More than 200 inmates overpowered warders at Moroto Government Prison yesterday, "
      "changed out of their yellow uniforms and fled towards Mt Moroto with at least 15 guns "
      "taken from the armoury. Uganda Prisons Service spokesperson Frank Baine said 219 "
      "prisoners, most of them serving sentences for cattle rustling and murder, had escaped. One "
      "soldier was killed in the exchange of fire. By evening the army said its troops had shot "
      "dead two of the fugitives and recaptured 10. \"We have deployed more than 100 soldiers and "
      "warders to hunt them down in the hills,\" Mr Baine said.",
      [C("More than 200", 200, "more_than", "detained", "inmates who fled", None,
         cat_alt=["other"], attr_alt=[BAINE]),
       C("at least 15", 15, "at_least", "munitions", "guns taken from the armoury", None,
         cat_alt=["other"], attr_alt=[BAINE]),
       C("219", 219, "exact", "detained", "prisoners who escaped", BAINE, cat_alt=["other"]),
       C("One", 1, "exact", "killed", "soldier", BAINE, attr_alt=[None]),
       C("two", 2, "exact", "killed", "fugitives shot dead", "the army"),
       C("10", 10, "exact", "detained", "fugitives recaptured", "the army",
         cat_alt=["other"], ctx="recaptured 10"),
       C("more than 100", 100, "more_than", "troops", "soldiers and warders deployed",
         "Mr Baine", cat_alt=["other"], attr_alt=[BAINE])],
      published="2020-09-10"),

    P("d60_004",
      "GUATEMALA CITY (AP) — Guatemala's prisons director was fired Tuesday after authorities "
      "acknowledged that 20 members of the Barrio 18 gang had escaped from a maximum-security "
      "prison east of the capital, apparently days before anyone noticed. Interior Minister "
      "Francisco Jiménez told reporters the men had walked out of Fraijanes II in small groups "
      "and that some guards had been paid to look away. Police have recaptured four of the "
      "fugitives, and a reward of 50,000 quetzals ($6,500) is being offered for each of the "
      "others, he said. More than 1,000 police officers and soldiers are taking part in the "
      "search. Seventeen prison guards have been detained for questioning, the Public Ministry "
      "said.",
      [C("20", 20, "exact", "detained", "Barrio 18 members who escaped", "authorities",
         cat_alt=["other"]),
       C("four", 4, "exact", "detained", "fugitives recaptured", JIMENEZ, cat_alt=["other"],
         attr_alt=["he"]),
       C("More than 1,000", 1000, "more_than", "troops", "police and soldiers in the search",
         JIMENEZ, cat_alt=["other"], attr_alt=[None, "he"]),
       C("Seventeen", 17, "exact", "detained", "prison guards detained for questioning",
         MP_GT)]),

    P("d60_005",
      "MEXICO CITY, July 12 (Reuters) - Mexico's most powerful drug lord, Joaquin \"El Chapo\" "
      "Guzman, escaped from the maximum-security Altiplano prison through a mile-long tunnel "
      "that opened into the shower of his cell, the government said on Sunday, dealing a heavy "
      "blow to President Enrique Pena Nieto. National Security Commissioner Monte Alejandro "
      "Rubido said 18 prison employees were being questioned. The tunnel, about 1.5 km long and "
      "10 meters deep, was fitted with lighting, ventilation and a motorbike on rails. "
      "Authorities deployed hundreds of federal police to road checkpoints and suspended flights "
      "at nearby Toluca airport. More than 100,000 people have been killed in violence linked to "
      "organized crime since 2007.",
      [C("18", 18, "exact", "detained", "prison employees questioned", RUBIDO,
         cat_alt=["other"]),
       C("hundreds", 100, "vague", "troops", "federal police deployed", None,
         cat_alt=["other"], attr_alt=["Authorities"]),
       C("More than 100,000", 100000, "more_than", "killed",
         "people killed in organized crime violence since 2007")]),

    P("d60_006",
      "Medan / Fri, July 12, 2013 / 10:15 am\n"
      "Around 200 inmates remained at large on Friday after a riot at the overcrowded Tanjung "
      "Gusta prison in Medan, North Sumatra, in which five people were killed, two of them prison "
      "officers. The riot broke out on Thursday evening after a power and water outage; inmates "
      "set fire to offices and took 15 officers hostage, the Law and Human Rights Ministry said. "
      "The prison, built for 1,054 inmates, held more than 2,600, officials said. Police said 95 "
      "of the escapees had been recaptured or had turned themselves in, among them two convicted "
      "terrorists. Some 500 police and soldiers had been sent to restore order, a regional police "
      "spokesman said.",
      [C("Around 200", 200, "about", "detained", "inmates at large", None, cat_alt=["other"],
         attr_alt=[KEMENKUMHAM]),
       C("five", 5, "exact", "killed", "people in the prison riot", None,
         attr_alt=[KEMENKUMHAM]),
       C("two", 2, "exact", "killed", "prison officers", None, attr_alt=[KEMENKUMHAM],
         ctx="two of them prison"),
       C("15", 15, "exact", "hostages", "officers taken hostage", KEMENKUMHAM,
         ctx="15 officers"),
       C("1,054", 1054, "exact", "detained", "prison capacity", "officials", optional=True,
         cat_alt=["population", "other"]),
       C("more than 2,600", 2600, "more_than", "detained", "inmates held", "officials",
         cat_alt=["population"]),
       C("95", 95, "exact", "detained", "escapees recaptured or returned", "Police",
         cat_alt=["other"]),
       C("two", 2, "exact", "detained", "convicted terrorists among the recaptured", "Police",
         cat_alt=["other"], ctx="two convicted"),
       C("Some 500", 500, "about", "troops", "police and soldiers sent", MEDAN_POLICE,
         cat_alt=["other"])],
      published="2013-07-12"),

    P("d60_007",
      "JAKARTA, May 10, 2018 (Reuters) - Indonesian police regained control of a high-security "
      "detention centre outside Jakarta on Thursday after a 36-hour standoff with Islamist "
      "inmates that left five police officers and one prisoner dead, officials said. The 155 "
      "inmates, many of them convicted or awaiting trial on terrorism charges, surrendered after "
      "an ultimatum, national police spokesman Setyo Wasisto said. A sixth officer, who had been "
      "held hostage for more than a day, was freed and taken to hospital. Wasisto said the "
      "inmates had seized about 30 firearms from an evidence room. Islamic State claimed the "
      "riot through its Amaq news agency, which said the group's fighters had killed 10 "
      "officers.",
      [C("five", 5, "exact", "killed", "police officers", "officials"),
       C("one", 1, "exact", "killed", "prisoner", "officials"),
       C("155", 155, "exact", "detained", "inmates who surrendered", WASISTO),
       C("about 30", 30, "about", "munitions", "firearms seized by inmates", "Wasisto",
         cat_alt=["other"], attr_alt=[WASISTO]),
       C("10", 10, "exact", "killed", "officers (Islamic State claim)", AMAQ,
         attr_alt=["Islamic State"], ctx="killed 10")],
      published="2018-05-10"),

    P("d60_008",
      "Monday, November 29, 2021\n"
      "JOS: Gunmen armed with explosives and AK-47 rifles attacked the Medium Security Custodial "
      "Centre in Jos on Sunday evening and freed 262 inmates, the Nigerian Correctional Service "
      "has said. The service's spokesman, Francis Enobore, said in a statement that one officer "
      "and nine inmates were killed in the exchange of fire, and that 10 of the escapees had "
      "since been recaptured. He said the facility held 560 inmates at the time of the attack. "
      "It was the second assault on a custodial centre in Plateau State since the #EndSARS "
      "unrest of October 2020 and the latest of at least 20 jailbreaks across the country in "
      "two years.",
      [C("262", 262, "exact", "detained", "inmates freed", NCOS, cat_alt=["other"]),
       C("one", 1, "exact", "killed", "correctional officer", ENOBORE),
       C("nine", 9, "exact", "killed", "inmates", ENOBORE),
       C("10", 10, "exact", "detained", "escapees recaptured", ENOBORE, cat_alt=["other"],
         ctx="10 of the escapees"),
       C("560", 560, "exact", "detained", "inmates held at the facility", ENOBORE,
         cat_alt=["population"], attr_alt=["He"]),
       C("at least 20", 20, "at_least", "other", "jailbreaks in two years")],
      published="2021-11-29"),

    P("d60_009",
      "Gunmen attack Kogi custodial centre, free 240 inmates\n"
      "Gunmen on Sunday night stormed the Kabba Medium Security Custodial Centre in Kogi State "
      "and freed 240 inmates, the Nigerian Correctional Service said on Monday. The facility "
      "held 294 inmates when the attackers, who came in large numbers, blew a hole in the "
      "perimeter wall, the service said. The state's Commissioner for Information, Kingsley "
      "Fanwo, said 12 of the fugitives had been recaptured by Monday afternoon and that two "
      "warders were being treated for gunshot wounds.",
      [C("240", 240, "exact", "detained", "inmates freed", None, cat_alt=["other"],
         ctx="free 240"),
       C("240", 240, "exact", "detained", "inmates freed", NCOS, cat_alt=["other"],
         ctx="freed 240"),
       C("294", 294, "exact", "detained", "inmates held at the facility", "the service",
         cat_alt=["population"], attr_alt=[NCOS]),
       C("12", 12, "exact", "detained", "fugitives recaptured", FANWO, cat_alt=["other"]),
       C("two", 2, "exact", "injured", "warders with gunshot wounds", FANWO)]),

    # --- Hostages, kidnappings, piracy, sieges and rescues --------------------------------------
    P("d60_010",
      "PARIS, April 10, 2009 (AFP) - French special forces stormed a sailing boat held by "
      "Somali pirates in the Gulf of Aden on Friday, freeing four hostages including a "
      "three-year-old boy, but the yacht's skipper was killed in the assault, the presidency "
      "said. Two pirates were killed and three others captured, the Elysee said in a statement. "
      "The Tanit, a 12.5-metre yacht, had been seized on April 4 with five people on board as it "
      "sailed towards Zanzibar. Defence Minister Herve Morin told reporters that about 30 "
      "commandos had taken part and that the pirates had threatened to execute their captives.",
      [C("four", 4, "exact", "hostages", "hostages freed", "the presidency"),
       C("Two", 2, "exact", "killed", "pirates", ELYSEE, attr_alt=["the presidency"]),
       C("three", 3, "exact", "detained", "pirates captured", ELYSEE,
         attr_alt=["the presidency"], ctx="three others"),
       C("five", 5, "exact", "hostages", "people on board when seized", None,
         cat_alt=["other"]),
       C("about 30", 30, "about", "troops", "commandos in the assault", MORIN)],
      published="2009-04-10"),

    P("d60_011",
      "HAMBURG (dpa) - Somali pirates on Monday released the German container ship Hansa "
      "Stavanger and its 24 crew members after four months in captivity, the shipping company "
      "Leonhardt & Blumberg said. The crew - five Germans, three Russians, two Ukrainians, two "
      "Filipinos and 12 men from Tuvalu - were said to be exhausted but unharmed. A ransom of "
      "2.75 million dollars was reportedly dropped onto the deck by plane on Sunday. The vessel, "
      "seized in April roughly 400 nautical miles off the Kenyan coast, is heading for Mombasa "
      "escorted by a German navy frigate. As many as 10 ships and some 200 sailors are still being "
      "held by pirates off Somalia, according to the International Maritime Bureau.",
      [C("24", 24, "exact", "hostages", "crew members released", LB),
       C("five", 5, "exact", "hostages", "German crew", LB, attr_alt=[None]),
       C("three", 3, "exact", "hostages", "Russian crew", LB, attr_alt=[None]),
       C("two", 2, "exact", "hostages", "Ukrainian crew", LB, attr_alt=[None],
         ctx="two Ukrainians"),
       C("two", 2, "exact", "hostages", "Filipino crew", LB, attr_alt=[None],
         ctx="two Filipinos"),
       C("12", 12, "exact", "hostages", "crew from Tuvalu", LB, attr_alt=[None]),
       C("As many as 10", 10, "at_most", "other", "ships held by pirates", IMB,
         cat_alt=["hostages"]),
       C("some 200", 200, "about", "hostages", "sailors held by pirates", IMB)]),

    P("d60_012",
      "KAMPALA, Uganda (AP) — Rwandan Hutu rebels hacked and clubbed to death eight foreign "
      "tourists they had kidnapped from a camp in Uganda's Bwindi Impenetrable National Park, "
      "officials said Tuesday. The dead were four Britons, two Americans and two New Zealanders, "
      "an army spokesman said. Some 150 rebels attacked the park headquarters at dawn Monday, "
      "killing four Ugandans, among them a game warden, before marching 14 tourists into the "
      "forest. Six of the captives were later let go, one of them carrying a note that denounced "
      "U.S. and British support for Uganda and Rwanda. The rebels are believed to belong to the "
      "Interahamwe militia behind the 1994 genocide in Rwanda, in which up to 800,000 people "
      "were killed.",
      [C("eight", 8, "exact", "killed", "foreign tourists", "officials",
         cat_alt=["hostages"]),
       C("four", 4, "exact", "killed", "British tourists", UG_ARMY, cat_alt=["hostages"],
         ctx="four Britons"),
       C("two", 2, "exact", "killed", "American tourists", UG_ARMY, cat_alt=["hostages"],
         ctx="two Americans"),
       C("two", 2, "exact", "killed", "New Zealand tourists", UG_ARMY, cat_alt=["hostages"],
         ctx="two New Zealanders"),
       C("Some 150", 150, "about", "troops", "rebels in the attack", UG_ARMY,
         cat_alt=["other"], attr_alt=[None]),
       C("four", 4, "exact", "killed", "Ugandans at park headquarters", UG_ARMY,
         attr_alt=[None], ctx="four Ugandans"),
       C("14", 14, "exact", "hostages", "tourists taken into the forest", UG_ARMY,
         attr_alt=[None]),
       C("Six", 6, "exact", "hostages", "captives let go", UG_ARMY, attr_alt=[None]),
       C("one", 1, "exact", "hostages", "freed captive carrying a note", UG_ARMY,
         optional=True, attr_alt=[None]),
       C("up to 800,000", 800000, "at_most", "killed", "people in the 1994 genocide")]),

    P("d60_013",
      "GANDHINAGAR, SEPT. 25. National Security Guard commandos today ended the 14-hour siege of "
      "the Akshardham temple complex here, killing the two terrorists who had stormed it on "
      "Tuesday evening with AK-56 rifles and grenades. The toll rose to 31, including 16 women "
      "and children, a commando and two State policemen, the Chief Minister, Narendra Modi, told "
      "reporters. Over 80 persons were injured, 23 of them seriously, according to officials at "
      "the Civil Hospital. About 600 devotees were inside the complex when the firing began, the "
      "police said; many hid in the exhibition halls until the NSG moved in around 1 a.m.",
      [C("two", 2, "exact", "killed", "terrorists", None, attr_alt=[MODI],
         ctx="two terrorists"),
       C("31", 31, "exact", "killed", "people in the Akshardham attack", MODI),
       C("16", 16, "exact", "killed", "women and children", MODI),
       C("two", 2, "exact", "killed", "State policemen", MODI, ctx="two State policemen"),
       C("Over 80", 80, "more_than", "injured", "persons", CIVIL_HOSP),
       C("23", 23, "exact", "injured", "persons seriously injured", CIVIL_HOSP),
       C("About 600", 600, "about", "other", "devotees inside the complex", "the police")]),

    P("d60_014",
      "NAPLES, Idaho (AP) — White separatist Randy Weaver surrendered to federal agents Monday, "
      "ending an 11-day standoff at his mountaintop cabin in which three people were killed: a "
      "deputy U.S. marshal, Weaver's wife, Vicki, and his 14-year-old son, Sam. More than 300 "
      "federal, state and local officers had ringed Ruby Ridge since Aug. 21. About 200 "
      "supporters gathered daily at a roadblock at the foot of the mountain, and police arrested "
      "at least 10 of them during the siege, an FBI spokesman said. Weaver's friend Kevin "
      "Harris, wounded in the first shootout, gave himself up on Sunday.",
      [C("three", 3, "exact", "killed", "people in the standoff", None, attr_alt=[FBI]),
       C("More than 300", 300, "more_than", "troops", "officers around Ruby Ridge", None,
         cat_alt=["other"], attr_alt=[FBI]),
       C("About 200", 200, "about", "other", "supporters at the roadblock", FBI),
       C("at least 10", 10, "at_least", "detained", "supporters arrested", FBI)]),

    P("d60_015",
      "LIMA, Peru, June 10, 2003 (Reuters) - Shining Path guerrillas on Tuesday freed unharmed "
      "all 71 hostages they had seized at a gas pipeline camp in Peru's southern Andes less than "
      "two days earlier, the government said. The captives were 68 workers for the Argentine "
      "contractor Techint and three police officers guarding the camp near Toccate, in Ayacucho "
      "province. Interior Minister Fernando Rospigliosi said the rebels, numbering between 30 "
      "and 40, had demanded a ransom of $1 million but that none had been paid. Some 500 police "
      "and soldiers backed by helicopters were combing the area, the army said.",
      [C("71", 71, "exact", "hostages", "hostages freed", RO_GOV),
       C("68", 68, "exact", "hostages", "Techint workers", RO_GOV, attr_alt=[None]),
       C("three", 3, "exact", "hostages", "police officers held", RO_GOV, attr_alt=[None]),
       C("between 30 and 40", 30, "range", "troops", "Shining Path rebels", ROSPIGLIOSI,
         high=40, cat_alt=["other"]),
       C("Some 500", 500, "about", "troops", "police and soldiers searching", "the army",
         cat_alt=["other"])],
      published="2003-06-10"),

    P("d60_016",
      "MADRID, July 1 (Reuters) - Spanish police on Tuesday freed prison officer Jose Antonio "
      "Ortega Lara, who had been held by the Basque separatist group ETA for 532 days in a "
      "cramped underground cell, Interior Minister Jaime Mayor Oreja said. Four suspected ETA "
      "members were arrested in the raid on a disused factory in Mondragon, the minister said. "
      "Ortega Lara, 39, had lost 23 kilograms during his captivity. More than 60 Civil Guard "
      "officers took part in the operation, a Civil Guard spokesman said. ETA has killed some "
      "800 people in its 29-year campaign for independence.",
      [C("Four", 4, "exact", "detained", "suspected ETA members arrested", "the minister",
         attr_alt=[MAYOR_OREJA]),
       C("More than 60", 60, "more_than", "troops", "Civil Guard officers in the operation",
         "a Civil Guard spokesman", cat_alt=["other"]),
       C("some 800", 800, "about", "killed", "people killed by ETA")]),

    P("d60_017",
      "WASHINGTON (AP) — U.S. Navy SEALs parachuted into Somalia overnight and freed two aid "
      "workers, an American woman and a Danish man, who had been held hostage for three months, "
      "killing all nine of their captors, officials said Wednesday. Jessica Buchanan, 32, and "
      "Poul Hagen Thisted, 60, who worked for the Danish Refugee Council's demining unit, were "
      "unharmed, the group said. About two dozen SEALs took part in the raid, a senior U.S. "
      "official said, and none was hurt. Pirates and kidnappers in Somalia are still holding at "
      "least seven other foreigners, including an American journalist seized last week, "
      "according to the International Maritime Bureau's piracy reporting centre.",
      [C("two", 2, "exact", "hostages", "aid workers freed", "officials",
         ctx="two aid workers"),
       C("nine", 9, "exact", "killed", "captors", "officials"),
       C("About two dozen", 24, "about", "troops", "SEALs in the raid", US_OFFICIAL),
       C("at least seven", 7, "at_least", "hostages", "foreigners held in Somalia",
         "the International Maritime Bureau's piracy reporting centre")]),

    P("d60_018",
      "Friday April 12 2019\n"
      "By NATION CORRESPONDENT\n"
      "Security agencies have launched a manhunt for suspected al-Shabaab militants who abducted "
      "two Cuban doctors in Mandera town on Friday morning. North Eastern regional police "
      "commander Rono Bunei said the gunmen, travelling in two vehicles, ambushed the doctors as "
      "they were being driven to work, shooting dead one of the two police officers escorting "
      "them. The doctors, a general physician and a surgeon, were among 100 Cuban specialists "
      "posted to Kenya's 47 counties last year under a deal between the two governments.",
      [C("two", 2, "exact", "hostages", "Cuban doctors abducted", None, attr_alt=[BUNEI],
         ctx="two Cuban doctors"),
       C("two", 2, "exact", "other", "vehicles used by the gunmen", BUNEI, optional=True,
         ctx="two vehicles"),
       C("one", 1, "exact", "killed", "police officer escorting the doctors", BUNEI,
         ctx="one of the two police"),
       C("two", 2, "exact", "troops", "police officers escorting the doctors", BUNEI,
         cat_alt=["other"], ctx="two police officers"),
       C("100", 100, "exact", "other", "Cuban specialists posted to Kenya",
         cat_alt=["population"]),
       C("47", 47, "exact", "other", "Kenyan counties", optional=True)],
      published="2019-04-12"),

    # --- Police operations and mass arrests ---------------------------------------------------
    P("d60_019",
      "Germany: 25 detained over suspected far-right coup plot\n"
      "Date 07.12.2022\n"
      "Some 3,000 police officers searched more than 130 properties in 11 of Germany's 16 states "
      "on Wednesday in one of the biggest counterterrorism operations in the country's history, "
      "targeting members of the so-called Reichsbürger movement. Federal prosecutors said 25 "
      "people had been detained, among them Heinrich XIII Prince Reuss, 71, and a former "
      "far-right member of parliament. Another 27 people are under investigation. According to "
      "the domestic intelligence agency, the Reichsbürger scene has about 21,000 adherents.",
      [C("25", 25, "exact", "detained", "people detained", None, ctx="25 detained"),
       C("Some 3,000", 3000, "about", "troops", "police officers in the raids", None,
         cat_alt=["other"]),
       C("more than 130", 130, "more_than", "infrastructure", "properties searched", None,
         optional=True, cat_alt=["other"]),
       C("11", 11, "exact", "other", "states with raids", optional=True),
       C("16", 16, "exact", "other", "German states", optional=True),
       C("25", 25, "exact", "detained", "people detained", PROSECUTORS_DE,
         ctx="said 25 people"),
       C("27", 27, "exact", "other", "people under investigation", PROSECUTORS_DE,
         cat_alt=["detained"], attr_alt=[None]),
       C("about 21,000", 21000, "about", "other", "Reichsbürger adherents", BFV)],
      published="2022-12-07"),

    P("d60_020",
      "News release\n"
      "2 July 2020\n"
      "Operation Venetic: UK's biggest ever law enforcement operation\n"
      "The National Crime Agency and police forces across the UK have arrested 746 suspects and "
      "seized 77 firearms, more than 1,800 rounds of ammunition and over £54 million in "
      "criminal cash after infiltrating EncroChat, an encrypted phone network used exclusively by "
      "criminals. Two tonnes of drugs and 55 high-value cars have also been seized. Officers have "
      "so far prevented more than 200 threats to life, including kidnaps and murders. EncroChat "
      "had around 60,000 users worldwide, some 10,000 of them in the UK.",
      [C("746", 746, "exact", "detained", "suspects arrested", None, attr_alt=[NCA]),
       C("77", 77, "exact", "munitions", "firearms seized", None, cat_alt=["other"],
         attr_alt=[NCA]),
       C("more than 1,800", 1800, "more_than", "munitions", "rounds of ammunition seized",
         None, cat_alt=["other"], attr_alt=[NCA]),
       C("Two", 2, "exact", "other", "tonnes of drugs seized", None, optional=True,
         attr_alt=[NCA]),
       C("55", 55, "exact", "other", "high-value cars seized", None, optional=True,
         attr_alt=[NCA]),
       C("more than 200", 200, "more_than", "other", "threats to life prevented", None,
         attr_alt=[NCA]),
       C("around 60,000", 60000, "about", "other", "EncroChat users worldwide", None,
         attr_alt=[NCA]),
       C("some 10,000", 10000, "about", "other", "EncroChat users in the UK", None,
         attr_alt=[NCA])],
      published="2020-07-02"),

    P("d60_021",
      "THE HAGUE, June 8, 2021 (AFP) - More than 800 suspected criminals have been arrested "
      "worldwide in a sting in which the FBI secretly ran an encrypted phone app used by "
      "organised crime gangs, Europol said on Tuesday. Police seized more than eight tonnes of "
      "cocaine, 250 firearms and $48 million in various currencies and cryptocurrencies in raids "
      "in 16 countries, the EU police agency said. The app, ANOM, had been installed on some "
      "12,000 devices used by more than 300 criminal syndicates. In Australia alone police "
      "arrested 224 people and acted on 21 threats to kill, Australian Federal Police "
      "Commissioner Reece Kershaw told reporters.",
      [C("More than 800", 800, "more_than", "detained", "suspected criminals arrested",
         EUROPOL),
       C("more than eight", 8, "more_than", "other", "tonnes of cocaine seized", EUROPOL,
         optional=True, attr_alt=["the EU police agency"]),
       C("250", 250, "exact", "munitions", "firearms seized", EUROPOL, cat_alt=["other"],
         attr_alt=["the EU police agency"]),
       C("16", 16, "exact", "other", "countries with raids", EUROPOL, optional=True,
         attr_alt=["the EU police agency"]),
       C("some 12,000", 12000, "about", "other", "devices with the app", EUROPOL,
         attr_alt=["the EU police agency", None]),
       C("more than 300", 300, "more_than", "other", "criminal syndicates using the app",
         EUROPOL, attr_alt=["the EU police agency", None]),
       C("224", 224, "exact", "detained", "people arrested in Australia", KERSHAW),
       C("21", 21, "exact", "other", "threats to kill acted on", KERSHAW)],
      published="2021-06-08"),

    P("d60_022",
      "By: Jun Villanueva - @inquirerdotnet\n"
      "Philippine Daily Inquirer / 05:36 AM March 15, 2024\n"
      "BAMBAN, Tarlac, Philippines — Authorities raided a walled compound behind the town hall "
      "here on Wednesday and rescued nearly 900 workers who had been forced to run online scams "
      "for an offshore gaming operator. Presidential Anti-Organized Crime Commission (PAOCC) "
      "spokesperson Winston Casio said 383 Filipinos and 202 Chinese nationals were among those "
      "found inside, along with Vietnamese, Malaysians and Rwandans. Some of the workers said "
      "they had been beaten for failing to meet quotas, Casio said. Eight people, including a "
      "Chinese national believed to run the compound, were arrested. The social welfare department said it had handed out 1,800 food packs to "
      "the rescued workers. Bamban, a farming town of "
      "some 78,000 people, has drawn national attention over questions about its mayor's "
      "citizenship.",
      [C("nearly 900", 900, "about", "other", "scam workers rescued", None,
         cat_alt=["hostages"], attr_alt=[CASIO]),
       C("383", 383, "exact", "other", "Filipino workers found", CASIO,
         cat_alt=["hostages"]),
       C("202", 202, "exact", "other", "Chinese workers found", CASIO,
         cat_alt=["hostages"]),
       C("Eight", 8, "exact", "detained", "people arrested", "Casio",
         attr_alt=[CASIO, None]),
       C("1,800", 1800, "exact", "aid", "food packs handed out",
         "The social welfare department"),
       C("some 78,000", 78000, "about", "population", "people in Bamban")],
      published="2024-03-15"),

    P("d60_023",
      "SAO PAULO, Dec 1 (Reuters) - Nine people, most of them teenagers, were crushed to death "
      "in Sao Paulo's Paraisopolis favela early on Sunday when police chasing two men on a "
      "motorcycle fired rubber bullets and tear gas into a crowd of about 5,000 at a street "
      "party, witnesses and relatives said. Police said officers had been attacked with stones "
      "and bottles and that the crowd had stampeded into narrow alleys. Twelve people were taken "
      "to hospital, the state security secretariat said. Governor Joao Doria said 31 officers "
      "involved in the operation had been taken off the streets pending an investigation.",
      [C("Nine", 9, "exact", "killed", "people crushed to death", "witnesses and relatives"),
       C("two", 2, "exact", "other", "men chased by police", "witnesses and relatives",
         optional=True, cat_alt=["detained"]),
       C("about 5,000", 5000, "about", "other", "crowd at the street party",
         "witnesses and relatives"),
       C("Twelve", 12, "exact", "injured", "people taken to hospital",
         "the state security secretariat"),
       C("31", 31, "exact", "other", "officers taken off the streets", DORIA,
         cat_alt=["troops"])]),

    # --- Gang massacres ------------------------------------------------------------------------
    P("d60_024",
      "Posted: 02/01/2010 12:00:00 AM MST\n"
      "CIUDAD JUÁREZ — Gunmen burst into a birthday party in the Villas de Salvárcar "
      "neighborhood late Saturday and opened fire on about 60 teenagers, killing 16 people, "
      "Chihuahua state officials said Sunday. At least 12 others were wounded, several of them "
      "critically. Witnesses said 15 to 20 gunmen, who arrived in seven vehicles, blocked the "
      "street before going inside. Most of the victims were high school and university "
      "students. Juárez recorded more than 2,600 killings in 2009, making it one of the most "
      "violent cities in the world.",
      [C("about 60", 60, "about", "other", "teenagers at the party", CHIH),
       C("16", 16, "exact", "killed", "people at the party", CHIH),
       C("At least 12", 12, "at_least", "injured", "people wounded", CHIH, attr_alt=[None]),
       C("15 to 20", 15, "range", "troops", "gunmen", "Witnesses", high=20,
         cat_alt=["other"]),
       C("seven", 7, "exact", "other", "vehicles", "Witnesses", optional=True),
       C("more than 2,600", 2600, "more_than", "killed", "killings in Juárez in 2009")],
      published="2010-02-01"),

    P("d60_025",
      "MONTERREY, Mexico, May 13 (Reuters) - Mexican authorities found 49 decapitated and "
      "mutilated bodies dumped beside a highway near the northern city of Monterrey on Sunday, "
      "the latest in a wave of gruesome killings blamed on warring drug cartels. The remains of "
      "43 men and six women were found near the town of Cadereyta, Nuevo Leon state security "
      "spokesman Jorge Domene said. Their heads, hands and feet had been cut off, making "
      "identification difficult, and the victims may have been killed up to two days earlier, "
      "he said. Nearly 50,000 people have died in drug-related violence since President Felipe "
      "Calderon sent the army against the cartels in late 2006.",
      [C("49", 49, "exact", "killed", "bodies found near Monterrey", None,
         attr_alt=[DOMENE, "Mexican authorities"]),
       C("43", 43, "exact", "killed", "men", DOMENE),
       C("six", 6, "exact", "killed", "women", DOMENE),
       C("Nearly 50,000", 50000, "about", "killed", "people in drug-related violence")]),

    P("d60_026",
      "MEXICO CITY (AP) — Assailants blocked the exits of a bar in the Gulf coast city of "
      "Coatzacoalcos and set it on fire late Tuesday, killing at least 26 people, Veracruz state "
      "officials said. Veracruz Gov. Cuitláhuac García said at least 11 others were injured in "
      "the attack on the Caballo Blanco bar in the oil port, home to some 300,000 people. Among "
      "the dead were 10 women, the governor said. On Thursday state prosecutors raised the toll "
      "to 28, saying two of the injured had died in hospital.",
      [C("at least 26", 26, "at_least", "killed", "people in the bar fire", VER_OFFICIALS),
       C("at least 11", 11, "at_least", "injured", "people in the bar fire", GARCIA),
       C("some 300,000", 300000, "about", "population", "residents of Coatzacoalcos", None,
         attr_alt=[GARCIA]),
       C("10", 10, "exact", "killed", "women among the dead", "the governor",
         attr_alt=[GARCIA]),
       C("28", 28, "exact", "killed", "people in the bar fire", "state prosecutors"),
       C("two", 2, "exact", "killed", "injured who died in hospital", "state prosecutors")]),

    P("d60_027",
      "At least 64 men have been killed in an ambush in Papua New Guinea's Enga province, police "
      "say, in the worst outbreak of tribal fighting in the Highlands in years.\n"
      "Posted Mon 19 Feb 2024 at 2:04pm\n"
      "Acting Superintendent George Kakas told the ABC that 53 bodies had been recovered from the "
      "roadside, the hills and riverbanks near the village of Akom on Sunday morning, and that "
      "more were brought in through the day. At least a dozen men are still missing, he said. "
      "Hundreds of people have fled the area, according to local officials, and at least 30 "
      "houses have been burned. The UN said it had delivered 12 tonnes of food and shelter kits "
      "to families sheltering at a church near Wabag, some 50 kilometres away.",
      [C("At least 64", 64, "at_least", "killed", "men in the Enga ambush", "police"),
       C("53", 53, "exact", "killed", "bodies recovered", KAKAS),
       C("At least a dozen", 12, "at_least", "missing", "men still missing", KAKAS,
         attr_alt=["he"]),
       C("Hundreds", 100, "vague", "displaced", "people who fled", "local officials"),
       C("at least 30", 30, "at_least", "infrastructure", "houses burned", "local officials",
         attr_alt=[None]),
       C("12", 12, "exact", "aid", "tonnes of food and shelter kits", "The UN")],
      published="2024-02-19"),

    # --- Prison riots and fires ----------------------------------------------------------------
    P("d60_028",
      "BOGOTA, June 28, 2022 (AFP) - At least 51 inmates died and 24 were injured in a fire that "
      "broke out during a riot at a prison in the southwestern Colombian city of Tulua, the "
      "national prisons agency said Tuesday. The blaze started before dawn when prisoners set "
      "mattresses alight during a fight, and the flames tore through the cell block, INPEC "
      "director Tito Castellanos told Caracol Radio. Eight guards were also hurt as they tried "
      "to pull inmates out, he said. The prison held 1,267 inmates, although it was built for "
      "976. Two inmates were still unaccounted for on Tuesday evening, the agency said.",
      [C("At least 51", 51, "at_least", "killed", "inmates in the fire", INPEC),
       C("24", 24, "exact", "injured", "inmates in the fire", INPEC),
       C("Eight", 8, "exact", "injured", "guards", CASTELLANOS, attr_alt=["he"]),
       C("1,267", 1267, "exact", "detained", "inmates held in Tulua prison", CASTELLANOS,
         cat_alt=["population"], attr_alt=[None]),
       C("976", 976, "exact", "detained", "capacity of Tulua prison", CASTELLANOS,
         optional=True, cat_alt=["population", "other"], attr_alt=[None]),
       C("Two", 2, "exact", "missing", "inmates unaccounted for", "the agency",
         attr_alt=[INPEC])],
      published="2022-06-28"),

    P("d60_029",
      "CARACAS, Venezuela (AP) — A riot at a prison in western Venezuela left 47 inmates dead and "
      "75 injured, a human rights group said Saturday. The Venezuelan Prison Observatory said "
      "the violence broke out Friday at the Los Llanos penitentiary in Guanare after inmates, "
      "hungry because relatives had been barred from bringing food during the pandemic, tried to "
      "break out. The Prisons Ministry said a group of inmates had attacked guards and that the "
      "prison's director had been wounded by a grenade. The facility, built for 750 prisoners, "
      "held about 2,500, the observatory said.",
      [C("47", 47, "exact", "killed", "inmates", "a human rights group", attr_alt=[OVP]),
       C("75", 75, "exact", "injured", "inmates", "a human rights group", attr_alt=[OVP]),
       C("750", 750, "exact", "detained", "prison capacity", "the observatory",
         optional=True, cat_alt=["population", "other"], attr_alt=[OVP]),
       C("about 2,500", 2500, "about", "detained", "inmates held", "the observatory",
         cat_alt=["population"], attr_alt=[OVP])]),

    P("d60_030",
      "CARACAS, Jan 26, 2013 (AFP) - At least 50 people were killed and more than 120 wounded "
      "in a riot at a prison in western Venezuela after National Guard troops went in to search "
      "for weapons, officials said Saturday. Prisons Minister Iris Varela said one National "
      "Guard soldier was among the dead. The Venezuelan Observatory of Prisons, a rights group, "
      "put the toll at 61. Doctors at the central hospital in Barquisimeto said they had "
      "received 54 bodies. Some 2,000 inmates of Uribana prison were being moved to other jails, "
      "the minister said.",
      [C("At least 50", 50, "at_least", "killed", "people in the Uribana riot", "officials"),
       C("more than 120", 120, "more_than", "injured", "people in the Uribana riot",
         "officials"),
       C("one", 1, "exact", "killed", "National Guard soldier", VARELA),
       C("61", 61, "exact", "killed", "people in the Uribana riot",
         "The Venezuelan Observatory of Prisons"),
       C("54", 54, "exact", "killed", "bodies received",
         "Doctors at the central hospital in Barquisimeto"),
       C("Some 2,000", 2000, "about", "detained", "inmates being moved", "the minister",
         attr_alt=[VARELA])],
      published="2013-01-26"),

    P("d60_031",
      "BOGOTA, March 22 (Reuters) - Twenty-three inmates were killed and 83 injured in a riot at "
      "La Modelo prison in Bogota overnight, as prisoners across Colombia protested about "
      "overcrowding and health risks from the coronavirus, Justice Minister Margarita Cabello "
      "said on Sunday. Thirty-two inmates and seven guards were taken to hospital, two of them "
      "in critical condition, she said. There had been no escape from La Modelo, Cabello said, "
      "calling the riot a \"criminal plan\". Colombia's 132 prisons hold more than 120,000 "
      "inmates, far more than they were designed for.",
      [C("Twenty-three", 23, "exact", "killed", "inmates at La Modelo", CABELLO),
       C("83", 83, "exact", "injured", "people at La Modelo", CABELLO),
       C("Thirty-two", 32, "exact", "injured", "inmates taken to hospital", CABELLO,
         attr_alt=["she"]),
       C("seven", 7, "exact", "injured", "guards taken to hospital", CABELLO,
         attr_alt=["she"]),
       C("two", 2, "exact", "injured", "people in critical condition", CABELLO,
         attr_alt=["she"]),
       C("132", 132, "exact", "infrastructure", "prisons in Colombia", None,
         cat_alt=["other"]),
       C("more than 120,000", 120000, "more_than", "detained", "inmates in Colombia", None,
         cat_alt=["population"])]),

    # --- Trials, sentences, executions ---------------------------------------------------------
    P("d60_032",
      "Fortaleza (CE) — 25/06/2023 06h00\n"
      "Four military police officers were sentenced early on Sunday to more than 270 years in "
      "prison each for their part in the Curió massacre, in which 11 people were shot dead on "
      "the outskirts of Fortaleza in November 2015. The jury deliberated for more than 12 hours "
      "after a trial that lasted six days. In all, 30 police officers were charged over the "
      "killings, which followed the murder of an off-duty colleague; eight of them were "
      "acquitted at an earlier sitting. Three other people survived the attacks with gunshot "
      "wounds.",
      [C("Four", 4, "exact", "detained", "police officers sentenced"),
       C("11", 11, "exact", "killed", "people in the Curió massacre"),
       C("30", 30, "exact", "detained", "police officers charged", cat_alt=["other"]),
       C("eight", 8, "exact", "detained", "officers acquitted", cat_alt=["other"]),
       C("Three", 3, "exact", "injured", "survivors with gunshot wounds",
         cat_alt=["other"])],
      published="2023-06-25"),

    P("d60_033",
      "LAMEZIA TERME (ANSA) - A court in Calabria on Monday convicted 207 people and acquitted "
      "131 at the end of Italy's biggest trial against the 'Ndrangheta in more than three "
      "decades. The sentences, read out by the presiding judge in a converted call "
      "centre for almost two hours, total more than 2,100 years. The trial, which opened in "
      "January 2021 with more than 330 defendants, grew out of raids in December 2019 in which "
      "some 3,000 police officers arrested 334 people in Italy, Germany, Switzerland and "
      "Bulgaria.",
      [C("207", 207, "exact", "detained", "people convicted"),
       C("131", 131, "exact", "detained", "people acquitted", cat_alt=["other"]),
       C("more than 330", 330, "more_than", "detained", "defendants", cat_alt=["other"]),
       C("some 3,000", 3000, "about", "troops", "police officers in the 2019 raids",
         cat_alt=["other"]),
       C("334", 334, "exact", "detained", "people arrested in 2019")]),

    P("d60_034",
      "New Delhi | Updated: Oct 31, 2018 14:20 IST\n"
      "The Delhi high court on Wednesday sentenced 16 former personnel of Uttar Pradesh's "
      "Provincial Armed Constabulary (PAC) to life imprisonment for the killing of 42 Muslim men "
      "in Hashimpura, Meerut, in May 1987, overturning their acquittal by a trial court three "
      "years ago. PAC men had rounded up about 50 men from the locality during a search "
      "operation, driven them away in a truck and shot them at a canal, the court noted. Of the "
      "19 men originally accused, three died during the trial. Five survivors, who escaped by "
      "pretending to be dead, gave evidence.",
      [C("16", 16, "exact", "detained", "former PAC personnel sentenced"),
       C("42", 42, "exact", "killed", "Muslim men in Hashimpura"),
       C("about 50", 50, "about", "detained", "men rounded up in 1987", None,
         cat_alt=["hostages"], attr_alt=["the court"]),
       C("19", 19, "exact", "detained", "men originally accused", None, cat_alt=["other"],
         attr_alt=["the court"]),
       C("three", 3, "exact", "other", "accused who died during the trial", None,
         optional=True, cat_alt=["killed", "detained"], attr_alt=["the court"],
         ctx="three died"),
       C("Five", 5, "exact", "other", "survivors who gave evidence", None,
         attr_alt=["the court"])],
      published="2018-10-31"),

    P("d60_035",
      "Saudi Arabia executes 81 people in a single day\n"
      "Published On 12 Mar 2022\n"
      "Saudi Arabia has executed 81 men convicted of crimes ranging from murder to belonging to "
      "\"terrorist\" groups, the kingdom's official news agency said, the largest known mass "
      "execution in its modern history. Among them were 73 Saudis, seven Yemenis and one Syrian, "
      "the Saudi Press Agency said. The kingdom carried out 67 executions in all of 2021. The "
      "UK-based rights group Reprieve said at least 41 of those put to death were Shia Muslims "
      "from the Eastern Province.",
      [C("81", 81, "exact", "killed", "people executed", None, cat_alt=["detained"],
         ctx="executes 81"),
       C("81", 81, "exact", "killed", "men executed", "the kingdom's official news agency",
         cat_alt=["detained"], attr_alt=[SPA], ctx="executed 81"),
       C("73", 73, "exact", "killed", "Saudis executed", SPA, cat_alt=["detained"]),
       C("seven", 7, "exact", "killed", "Yemenis executed", SPA, cat_alt=["detained"]),
       C("one", 1, "exact", "killed", "Syrian executed", SPA, cat_alt=["detained"]),
       C("67", 67, "exact", "killed", "executions in 2021", None,
         cat_alt=["other", "detained"]),
       C("at least 41", 41, "at_least", "killed", "Shia Muslims executed", "Reprieve",
         cat_alt=["detained"], attr_alt=["The UK-based rights group Reprieve"])],
      published="2022-03-12"),

    P("d60_036",
      "BY STAFF WRITER\n"
      "JUL 6, 2018\n"
      "Japan on Friday hanged Aum Shinrikyo founder Shoko Asahara and six of his followers for a "
      "string of crimes including the 1995 sarin gas attack on the Tokyo subway, which killed 13 "
      "people and sickened more than 6,000. Asahara, 63, had been on death row since 2006. Six "
      "other former cult members remain under sentence of death, Justice Minister Yoko Kamikawa "
      "told a news conference. The Public Security Intelligence Agency says groups that "
      "succeeded the cult still have about 1,650 members.",
      [C("six", 6, "exact", "killed", "Aum followers hanged", None, cat_alt=["detained"],
         ctx="six of his followers"),
       C("13", 13, "exact", "killed", "people in the 1995 sarin attack"),
       C("more than 6,000", 6000, "more_than", "injured", "people sickened in the sarin attack"),
       C("Six", 6, "exact", "detained", "former cult members on death row",
         "Justice Minister Yoko Kamikawa", ctx="Six other"),
       C("about 1,650", 1650, "about", "other", "members of successor groups", PSIA)],
      published="2018-07-06"),

    P("d60_037",
      "TOKYO, June 8 (Kyodo) -- A man drove a truck into a crowd of pedestrians in Tokyo's "
      "Akihabara electronics district on Sunday afternoon and then stabbed people at random, "
      "killing seven and injuring 10, police said. Tomohiro Kato, a 25-year-old temporary worker "
      "from Shizuoka Prefecture, was arrested at the scene on suspicion of attempted murder. "
      "Three of the dead were hit by the 2-ton truck before the man got out and attacked "
      "passers-by with a dagger, the Metropolitan Police Department said. The street had been "
      "closed to cars for the weekly pedestrian day and was crowded with thousands of shoppers.",
      [C("seven", 7, "exact", "killed", "people in Akihabara", "police"),
       C("10", 10, "exact", "injured", "people in Akihabara", "police"),
       C("Three", 3, "exact", "killed", "people hit by the truck",
         "the Metropolitan Police Department"),
       C("thousands", 1000, "vague", "other", "shoppers in the street", optional=True)]),

    P("d60_038",
      "LAHORE: Four people, among them a woman and her 13-year-old daughter, were killed when "
      "personnel of the Counter Terrorism Department (CTD) opened fire on a car near a toll "
      "plaza in Sahiwal on Saturday, in what the department called an operation against "
      "militants. Three children who were in the car survived, one of them with a bullet wound "
      "to the hand. Eyewitnesses told Dawn that no shots had been fired from the car. Chief "
      "Minister Usman Buzdar ordered action against those involved, and police said 16 CTD "
      "officials had been booked and six of them taken into custody.",
      [C("Four", 4, "exact", "killed", "people in the car"),
       C("Three", 3, "exact", "other", "children who survived"),
       C("one", 1, "exact", "injured", "child with a bullet wound", ctx="one of them"),
       C("16", 16, "exact", "detained", "CTD officials booked", "police",
         cat_alt=["other"]),
       C("six", 6, "exact", "detained", "CTD officials in custody", "police")]),

    P("d60_039",
      "Published 26 August 2014\n"
      "At least 1,400 children were sexually exploited in Rotherham between 1997 and 2013, an "
      "independent report has found. Children as young as 11 were raped by multiple "
      "perpetrators, abducted, trafficked to other towns in the north of England, beaten and "
      "intimidated, it said. Its author, Prof Alexis Jay, said three earlier reports had "
      "warned of the abuse but had been ignored by senior officials. Five men were jailed in "
      "2010 for sexual offences against girls in the town, the first convictions of their kind "
      "there.",
      [C("At least 1,400", 1400, "at_least", "other", "children sexually exploited",
         "an independent report", cat_alt=["injured"]),
       C("three", 3, "exact", "other", "earlier reports", "Prof Alexis Jay", optional=True),
       C("Five", 5, "exact", "detained", "men jailed in 2010")],
      published="2014-08-26"),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d60_040",
      "July 17, 2019\n"
      "Joaquín Guzmán Loera, the Sinaloa drug lord known as El Chapo, was sentenced on Wednesday "
      "to life in prison plus 30 years by a federal judge in Brooklyn. Judge Brian Cogan also "
      "ordered Mr. Guzmán, 62, to forfeit $12.6 billion. Speaking through an interpreter for "
      "about 10 minutes, Mr. Guzmán complained about his conditions in jail, where he said he "
      "had been held in solitary confinement for more than two years. His trial lasted nearly "
      "three months. He is expected to serve his sentence at the federal supermax prison in "
      "Florence, Colo., where inmates spend 23 hours a day in their cells.",
      [],
      published="2019-07-17"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d60_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
