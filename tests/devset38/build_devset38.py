"""Source of the thirty-eighth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines), ten each on wars,
disasters, protests and kidnappings in Asia, Europe and the former Soviet Union between 1995 and
2025, written for this set (none copied from an article) in the styles of the outlets that
covered them: international wires (Reuters, AP, AFP, dpa, Xinhua, Interfax-Ukraine, RIA
Novosti, PTI), national papers in English (The Hindu, the Daily Star, Dawn, the Taipei Times,
The Moscow Times, the Kyiv Post, The Kyiv Independent, The Irrawaddy, the South China Morning
Post, the Guardian), UN, OSCE and UNICEF releases, TV sites (BBC, Al Jazeera, France 24,
Euronews, NDTV, RFE/RL) and a live blog. Long sentences with several figures and sources,
headlines, a bullet list, quotes that run over sentences, a correction, tolls revised in the same
passage, and non-claims of many kinds. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of the earlier sets. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset38/build_devset38.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 38)), "holdout", "holdout2", "holdout3")

TKACHENKO = "Tymur Tkachenko"
KLITSCHKO = "Kyiv mayor Vitali Klitschko"
SES = "the State Emergency Service"
CRISIS = "the government's crisis centre"
MOSCOW_POLICE = "The city police department"
KAPRUN_LIST = "a preliminary list released by the Interior Ministry"
BRIGADE = "a fire brigade spokesman"
SEOUL = "Seoul city officials"
PINHEIRO = "Paulo Sérgio Pinheiro"
RAPPORTEUR = "The Special Rapporteur on the situation of human rights in Myanmar"
EMERCOM = "the Emergencies Ministry"
SPOKESWOMAN = "a ministry spokeswoman"
AM_MOH = "The Health Ministry"
HOVSEPIAN = "Prosecutor-General Aghvan Hovsepian"
DHAKA_OFFICIALS = "fire service and hospital officials"
SEN = "Dr Samanta Lal Sen"
FSCD = "the Fire Service and Civil Defence"
MET = "the Metropolitan Police"
TANJUG = "the state news agency Tanjug"
CEOC = "the Central Emergency Operations Center"
COLLOMB = "Interior Minister Gérard Collomb"
MOLINS = "prosecutor François Molins"
FERNANDES = "Defence Minister George Fernandes"
PAPUC = "Interior Minister Gheorghe Papuc"
AF_MOH = "Afghan health ministry officials"
MUJAHID = "Kabul police spokesman Basir Mujahid"
TATAR = "the Tatarstan emergencies department"
UA_MOI = "the Interior Ministry"
SYARIFUDIN = "armed forces spokesman Brig. Gen. Amir Syarifudin"
GPD = "the General Police Department"
IN_MOD = "the Defence Ministry"
RU_MOI_EST = "Russian interior ministry estimates"
GAUDIN = "national police chief Michel Gaudin"
SHERPAO = "Interior Minister Aftab Ahmad Sherpao"
ZARIVNA = "the office's spokesperson Daria Zarivna"
HOSP_AUTH = "The Hospital Authority"
UNICEF_STAFF = "UNICEF staff"
PATNAIK = "Chief Minister Naveen Patnaik"
MEDIA_EST = "estimates by local media"
DIGI24 = "the Digi24 television station"
LUZHKOV = "Mayor Yuri Luzhkov"
ESM = "the Emergency Situations Ministry"
AA = "the Arakan Army (AA)"
IRRAWADDY_DATA = "data compiled by The Irrawaddy"
MATIOS = "Military Prosecutor Anatoliy Matios"

PASSAGES = [
    # --- Wars: a live blog --------------------------------------------------------------------
    P("d38_001",
      "Russian strike on Kyiv: live updates\n"
      "08:15 — Russia launched 598 drones and 31 missiles at Ukraine overnight, the air force "
      "said, adding that air defences had shot down or jammed 563 drones and 26 missiles.\n"
      "09:02 — The death toll in Kyiv has risen to 14, including three children, Tymur "
      "Tkachenko, head of the city military administration, said on Telegram. At least 38 "
      "people were injured.\n"
      "11:40 — Rescuers are still digging through the rubble of a five-storey apartment "
      "building in the Darnytskyi district, where most of the victims were found. Kyiv mayor "
      "Vitali Klitschko said 45 people had been taken to hospital, among them a 14-year-old "
      "girl.\n"
      "14:25 — The toll has climbed to 18, the State Emergency Service said; 48 people have "
      "been injured. It is the deadliest attack on the capital since July 31, when 31 people "
      "were killed.\n"
      "17:55 — The EU's delegation office and the British Council building were also damaged, "
      "officials said. No staff were hurt.",
      [C("598", 598, "exact", "munitions", "drones launched at Ukraine", "the air force"),
       C("31", 31, "exact", "munitions", "missiles launched at Ukraine", "the air force",
         ctx="31 missiles"),
       C("563", 563, "exact", "munitions", "drones shot down or jammed", "the air force",
         cat_alt=["other"]),
       C("26", 26, "exact", "munitions", "missiles shot down", "the air force",
         cat_alt=["other"]),
       C("14", 14, "exact", "killed", "people in Kyiv", TKACHENKO, ctx="risen to 14"),
       C("three", 3, "exact", "killed", "children in Kyiv", TKACHENKO),
       C("At least 38", 38, "at_least", "injured", "people in Kyiv", TKACHENKO,
         attr_alt=[None]),
       C("45", 45, "exact", "injured", "people taken to hospital", KLITSCHKO,
         attr_alt=["Vitali Klitschko"], cat_alt=["other"]),
       C("18", 18, "exact", "killed", "people in Kyiv", SES),
       C("48", 48, "exact", "injured", "people in Kyiv", SES, attr_alt=[None]),
       C("31", 31, "exact", "killed", "people in Kyiv on July 31", ctx="31 people were")]),

    # --- Disasters -------------------------------------------------------------------------------
    P("d38_002",
      "IZMIT, Turkey, Aug 19, 1999 (Reuters) - The death toll from Tuesday's earthquake in "
      "northwest Turkey rose to 4,532 on Thursday, the government's crisis centre said, with "
      "more than 18,000 people injured and thousands still believed trapped under collapsed "
      "apartment blocks. Prime Minister Bulent Ecevit said the final figure could be more than "
      "10,000. At the Golcuk naval base, where a barracks building collapsed on sleeping "
      "sailors, navy officials said 167 personnel were missing. The quake, which measured 7.4 "
      "on the Richter scale, struck at 3:02 a.m. (0002 GMT) and lasted 45 seconds. Foreign "
      "rescue teams from 19 countries, including some 300 specialists from Israel and Germany, "
      "were pulling survivors from the rubble; Turkish television said 2,600 people had been "
      "brought out alive since Tuesday. Some 200,000 people spent the night in parks and on "
      "roadsides, afraid to return to damaged homes, the Red Crescent said.",
      [C("4,532", 4532, "exact", "killed", "people in the earthquake", CRISIS),
       C("more than 18,000", 18000, "more_than", "injured", "people in the earthquake", CRISIS,
         attr_alt=[None]),
       C("thousands", 1000, "vague", "missing", "people believed trapped", CRISIS,
         attr_alt=[None], cat_alt=["other"]),
       C("more than 10,000", 10000, "more_than", "killed", "projected final toll",
         "Prime Minister Bulent Ecevit"),
       C("167", 167, "exact", "missing", "navy personnel at Golcuk", "navy officials",
         cat_alt=["troops"]),
       C("19", 19, "exact", "other", "countries sending rescue teams", optional=True,
         ctx="19 countries"),
       C("some 300", 300, "about", "troops", "foreign rescue specialists",
         attr_alt=["Turkish television"], cat_alt=["other"]),
       C("2,600", 2600, "exact", "other", "people brought out alive", "Turkish television"),
       C("Some 200,000", 200000, "about", "displaced", "people sleeping outdoors",
         "the Red Crescent", cat_alt=["other"])],
      published="1999-08-19"),

    # --- Wars -------------------------------------------------------------------------------------
    P("d38_003",
      "20 Indian soldiers killed in clash with Chinese troops in Galwan Valley\n"
      "Updated - June 17, 2020 01:12 am IST\n"
      "NEW DELHI: Twenty Indian Army personnel, including the commanding officer of 16 Bihar, "
      "Colonel B. Santosh Babu, were killed in a \"violent face-off\" with Chinese troops in the "
      "Galwan Valley of eastern Ladakh on Monday night, the Army said in a statement on "
      "Tuesday. Seventeen of them had been \"critically injured in the line of duty and exposed "
      "to sub-zero temperatures in the high altitude terrain\" and succumbed to their injuries, "
      "it said. The Army had earlier said an officer and two soldiers had been killed. There "
      "was no firearm used in the clash, which took place at an altitude of more than 14,000 "
      "feet, officials said. Beijing has not disclosed its casualties; Indian government "
      "sources said the Chinese side had suffered 43 casualties, including dead and seriously "
      "injured.",
      [C("20", 20, "exact", "killed", "Indian soldiers (headline)"),
       C("Twenty", 20, "exact", "killed", "Indian Army personnel", "the Army"),
       C("Seventeen", 17, "exact", "killed", "soldiers who succumbed to injuries", "the Army",
         attr_alt=["it"]),
       C("two", 2, "exact", "killed", "soldiers (earlier toll)", "The Army",
         attr_alt=["the Army"]),
       C("43", 43, "exact", "injured", "Chinese casualties", "Indian government sources",
         cat_alt=["killed", "other"])],
      published="2020-06-17"),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_004",
      "Police Detain Hundreds as March Ends in Clashes\n"
      "May. 07 2012\n"
      "Riot police detained more than 400 people on Bolotnaya Ploshchad on Sunday after a "
      "protest on the eve of Vladimir Putin's inauguration turned into the worst clashes of "
      "the opposition's five-month campaign. The city police department put the number of "
      "detainees at 436 and said 29 officers had been hurt, one of them with a serious head "
      "wound. OVD-Info, which monitors detentions, counted at least 650 across the city by "
      "midnight. Organizers said more than 50,000 people had joined the march down Bolshaya "
      "Yakimanka; police said fewer than 8,000 had taken part. Among those detained were "
      "opposition leaders Alexei Navalny, Boris Nemtsov and Sergei Udaltsov, all three "
      "released by Monday morning.",
      [C("Hundreds", 100, "vague", "detained", "protesters (headline)"),
       C("more than 400", 400, "more_than", "detained", "people at Bolotnaya",
         attr_alt=[MOSCOW_POLICE]),
       C("436", 436, "exact", "detained", "detainees", MOSCOW_POLICE),
       C("29", 29, "exact", "injured", "police officers", MOSCOW_POLICE),
       C("one", 1, "exact", "injured", "officer seriously hurt", MOSCOW_POLICE,
         ctx="one of them"),
       C("at least 650", 650, "at_least", "detained", "people across Moscow", "OVD-Info"),
       C("more than 50,000", 50000, "more_than", "other", "marchers", "Organizers"),
       C("fewer than 8,000", 8000, "fewer_than", "other", "marchers", "police"),
       C("three", 3, "exact", "detained", "opposition leaders released", optional=True,
         ctx="all three")],
      published="2012-05-07"),

    P("d38_005",
      "KAPRUN, Austria (dpa) - Rescuers on Sunday began recovering the remains of 155 people "
      "killed when fire engulfed a funicular train in a mountain tunnel near the Austrian ski "
      "resort of Kaprun, police said. Only 12 people survived, all of them passengers who "
      "smashed a window and fled downhill through the smoke, said Franz Schausberger, governor "
      "of Salzburg province. The train, which was carrying mostly skiers and snowboarders "
      "heading for the Kitzsteinhorn glacier, caught fire about 600 metres into the "
      "3.3-kilometre tunnel on Saturday morning. Among the dead were 92 Austrians, 37 Germans, "
      "10 Japanese and eight Americans, according to a preliminary list released by the "
      "Interior Ministry. Two people in the descending train and three at the top station also "
      "died, killed by smoke that rose up the tunnel \"like a chimney,\" a fire brigade "
      "spokesman said.",
      [C("155", 155, "exact", "killed", "people in the Kaprun tunnel fire", "police"),
       C("12", 12, "exact", "other", "survivors", "Franz Schausberger"),
       C("92", 92, "exact", "killed", "Austrians", KAPRUN_LIST,
         attr_alt=["the Interior Ministry"]),
       C("37", 37, "exact", "killed", "Germans", KAPRUN_LIST,
         attr_alt=["the Interior Ministry"]),
       C("10", 10, "exact", "killed", "Japanese", KAPRUN_LIST,
         attr_alt=["the Interior Ministry"]),
       C("eight", 8, "exact", "killed", "Americans", KAPRUN_LIST,
         attr_alt=["the Interior Ministry"]),
       C("Two", 2, "exact", "killed", "people in the descending train", BRIGADE),
       C("three", 3, "exact", "killed", "people at the top station", BRIGADE)]),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_006",
      "KIZLYAR, Russia (AP) — Chechen rebels who seized a hospital in this Dagestani town freed "
      "most of their hostages on Wednesday but drove off toward Chechnya with about 160 others "
      "in a convoy of buses, officials said. The gunmen, led by Salman Raduyev, had herded as "
      "many as 2,000 people into the hospital and a nearby apartment block on Tuesday after an "
      "attack on a helicopter base in which at least 23 people died, the Interior Ministry "
      "said. Dagestan's government put the number of rebels at between 200 and 300. \"They "
      "promised to let the women and children go once they reach the border,\" said Magomed "
      "Magomedov, chairman of Dagestan's State Council. \"We have agreed to give them 11 buses "
      "and safe passage. We cannot risk another Budyonnovsk.\" Last June, more than 100 people "
      "died when Russian forces twice stormed a hospital in Budyonnovsk where Chechen gunmen "
      "held about 1,500 hostages.",
      [C("about 160", 160, "about", "hostages", "hostages taken toward Chechnya", "officials"),
       C("as many as 2,000", 2000, "at_most", "hostages", "people herded into the hospital",
         "the Interior Ministry"),
       C("at least 23", 23, "at_least", "killed", "people in the helicopter base attack",
         "the Interior Ministry"),
       C("between 200 and 300", 200, "range", "troops", "Chechen rebels",
         "Dagestan's government", high=300, cat_alt=["other"]),
       C("11", 11, "exact", "other", "buses for the rebels", "Magomed Magomedov",
         optional=True),
       C("more than 100", 100, "more_than", "killed", "people in Budyonnovsk (1995)"),
       C("about 1,500", 1500, "about", "hostages", "hostages in Budyonnovsk (1995)")]),

    P("d38_007",
      "SEOUL, July 1, 1995 (AFP) - Rescue workers pulled a 20-year-old store clerk alive from "
      "the ruins of the Sampoong Department Store on Saturday, more than 50 hours after the "
      "five-storey building collapsed, as the confirmed death toll rose to 128. Seoul city "
      "officials said 311 people were still listed as missing and that 871 had been treated in "
      "hospitals, 196 of whom remained hospitalised. The store in the southern Seocho district "
      "was packed with an estimated 1,500 shoppers and staff when its roof and floors gave way "
      "on Thursday evening. Prosecutors said they had detained the store's chairman, Lee Joon, "
      "and his son, the company's president, along with two district officials, on suspicion "
      "of negligence. Witnesses said cracks had appeared in the ceiling of the fifth floor "
      "hours before the collapse.",
      [C("128", 128, "exact", "killed", "people in the Sampoong collapse", attr_alt=[SEOUL]),
       C("311", 311, "exact", "missing", "people listed as missing", SEOUL),
       C("871", 871, "exact", "injured", "people treated in hospitals", SEOUL),
       C("196", 196, "exact", "injured", "people still hospitalised", SEOUL),
       C("an estimated 1,500", 1500, "about", "other", "shoppers and staff inside the store"),
       C("two", 2, "exact", "detained", "district officials", "Prosecutors")],
      published="1995-07-01"),

    # --- Protests: a UN release -----------------------------------------------------------------
    P("d38_008",
      "Myanmar: UN rights expert confirms at least 31 killed in September crackdown\n"
      "GENEVA, 7 December 2007 – The Special Rapporteur on the situation of human rights in "
      "Myanmar, Paulo Sérgio Pinheiro, said today that at least 31 people were killed when "
      "security forces crushed peaceful demonstrations in Yangon in late September, more than "
      "three times the figure of 10 given by the Government. In a report to the Human Rights "
      "Council, Mr. Pinheiro said he had also received credible reports of 74 people who remain "
      "missing, and that between 3,000 and 4,000 people, including monks and nuns, had been "
      "detained, of whom some 500 to 700 were believed to be still held. \"The use of force "
      "against monks, in particular, has been excessive,\" he said. The Special Rapporteur "
      "visited the country from 11 to 15 November, his first visit in four years.",
      [C("at least 31", 31, "at_least", "killed", "people in the crackdown (headline)",
         "UN rights expert", attr_alt=[PINHEIRO], ctx="at least 31 killed"),
       C("at least 31", 31, "at_least", "killed", "people in the crackdown", PINHEIRO,
         attr_alt=[RAPPORTEUR], ctx="at least 31 people"),
       C("10", 10, "exact", "killed", "people (government figure)", "the Government"),
       C("74", 74, "exact", "missing", "people missing", "Mr. Pinheiro",
         attr_alt=[PINHEIRO]),
       C("between 3,000 and 4,000", 3000, "range", "detained", "people detained",
         "Mr. Pinheiro", high=4000, attr_alt=[PINHEIRO]),
       C("some 500 to 700", 500, "range", "detained", "people still held", "Mr. Pinheiro",
         high=700, attr_alt=[PINHEIRO])],
      published="2007-12-07"),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_009",
      "Hijacked IA plane lands in Kandahar; 27 passengers freed in Dubai\n"
      "NEW DELHI, Dec 25 (PTI) — The hijacked Indian Airlines flight IC-814 with about 160 "
      "passengers and crew on board landed at Kandahar in Afghanistan this morning after the "
      "hijackers freed 27 passengers, most of them women and children, during a stopover in "
      "Dubai, official sources said. The body of a passenger stabbed by the hijackers, "
      "25-year-old Rupin Katyal, was also handed over in Dubai. The Airbus A300, which was "
      "seized shortly after it took off from Kathmandu on Friday afternoon with 178 passengers "
      "and 11 crew, had earlier touched down at Amritsar and Lahore. Civil Aviation Minister "
      "Sharad Yadav said the five hijackers, armed with pistols and grenades, had not yet made "
      "any demands. The Taliban said its fighters had surrounded the aircraft.",
      [C("27", 27, "exact", "hostages", "passengers freed (headline)",
         ctx="27 passengers freed"),
       C("about 160", 160, "about", "hostages", "passengers and crew still on board",
         "official sources", cat_alt=["other"]),
       C("27", 27, "exact", "hostages", "passengers freed in Dubai", "official sources",
         ctx="27 passengers, most"),
       C("178", 178, "exact", "other", "passengers on board at take-off",
         attr_alt=["official sources"], cat_alt=["hostages"]),
       C("11", 11, "exact", "other", "crew on board", attr_alt=["official sources"],
         cat_alt=["hostages"]),
       C("five", 5, "exact", "troops", "hijackers", "Civil Aviation Minister Sharad Yadav",
         cat_alt=["other"])]),

    # --- Disasters: a revised toll ---------------------------------------------------------------
    P("d38_010",
      "PERM, December 5 (RIA Novosti) - The death toll from a fire at the Khromaya Loshad "
      "(Lame Horse) nightclub in the Urals city of Perm has risen to 109, the Emergencies "
      "Ministry said on Saturday, revising down an earlier figure of 112 after some bodies were "
      "found to have been counted twice. Another 134 people were hospitalised with burns and "
      "smoke poisoning, 79 of them in a grave condition, a ministry spokeswoman said. Around "
      "300 people were celebrating the club's eighth anniversary when indoor fireworks set fire "
      "to a ceiling of twigs and plastic shortly after 1 a.m. Most of the victims died in a "
      "crush at the only exit or were poisoned by toxic smoke, investigators said. Four people, "
      "including the club's co-owner and its executive director, have been detained. "
      "Emergencies Minister Sergei Shoigu said three planes would fly the most seriously "
      "injured to hospitals in Moscow and St Petersburg.",
      [C("109", 109, "exact", "killed", "people in the Perm nightclub fire", EMERCOM),
       C("112", 112, "exact", "killed", "people (earlier toll)", EMERCOM),
       C("134", 134, "exact", "injured", "people hospitalised", SPOKESWOMAN),
       C("79", 79, "exact", "injured", "people in a grave condition", SPOKESWOMAN),
       C("Around 300", 300, "about", "other", "people inside the club"),
       C("Four", 4, "exact", "detained", "people detained"),
       C("three", 3, "exact", "other", "planes for the injured",
         "Emergencies Minister Sergei Shoigu", optional=True)]),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_011",
      "Armenia: State Of Emergency Declared After Deadly Clashes In Yerevan\n"
      "March 02, 2008\n"
      "Outgoing President Robert Kocharian declared a 20-day state of emergency in Yerevan late "
      "on March 1 after police clashed with supporters of opposition leader Levon "
      "Ter-Petrossian, who had been camped in Freedom Square since the disputed February 19 "
      "presidential election. The Health Ministry said eight people were killed — seven "
      "civilians and one police officer — and 131 injured, 33 of them police. Opposition "
      "representatives said the real toll was higher. Prosecutor-General Aghvan Hovsepian said "
      "30 people had been arrested and that police had found \"a large quantity\" of weapons "
      "at the opposition camp. Some 15,000 Ter-Petrossian supporters had regrouped outside the "
      "French Embassy and city hall after riot police dispersed the tent camp at dawn.",
      [C("eight", 8, "exact", "killed", "people in Yerevan clashes", AM_MOH),
       C("seven", 7, "exact", "killed", "civilians", AM_MOH),
       C("one", 1, "exact", "killed", "police officer", AM_MOH, ctx="one police officer"),
       C("131", 131, "exact", "injured", "people in Yerevan clashes", AM_MOH),
       C("33", 33, "exact", "injured", "police officers", AM_MOH),
       C("30", 30, "exact", "detained", "people arrested", HOVSEPIAN),
       C("Some 15,000", 15000, "about", "other", "opposition supporters regrouped")],
      published="2008-03-02"),

    # --- Disasters ------------------------------------------------------------------------------
    P("d38_012",
      "Old Dhaka inferno: death toll rises to 117\n"
      "Published: 12:00 AM, June 5, 2010\n"
      "Staff Correspondent\n"
      "The death toll from Thursday night's fire at Nimtoli in Old Dhaka rose to 117 yesterday "
      "as three more victims died at Dhaka Medical College Hospital (DMCH), fire service and "
      "hospital officials said. At least 40 others are undergoing treatment at the hospital's "
      "burn unit, 12 of them in critical condition, said Dr Samanta Lal Sen, coordinator of the "
      "unit. The fire, which started in a chemical warehouse on the ground floor of a "
      "five-storey building, spread to four adjoining buildings and burned for about three "
      "hours, according to the Fire Service and Civil Defence. Among the dead were 11 members "
      "of a family who had gathered for a wedding reception. The government declared a day of "
      "national mourning today.",
      [C("117", 117, "exact", "killed", "people in the Nimtoli fire (headline)",
         ctx="rises to 117"),
       C("117", 117, "exact", "killed", "people in the Nimtoli fire", DHAKA_OFFICIALS,
         ctx="rose to 117"),
       C("three", 3, "exact", "killed", "victims who died in hospital", DHAKA_OFFICIALS,
         ctx="three more"),
       C("At least 40", 40, "at_least", "injured", "people treated at the burn unit", SEN),
       C("12", 12, "exact", "injured", "people in critical condition", SEN, ctx="12 of them"),
       C("four", 4, "exact", "infrastructure", "adjoining buildings burned", FSCD),
       C("11", 11, "exact", "killed", "members of one family",
         attr_alt=[DHAKA_OFFICIALS, FSCD])],
      published="2010-06-05"),

    # --- Wars: an OSCE report -----------------------------------------------------------------
    P("d38_013",
      "Spot Report by the OSCE Special Monitoring Mission to Ukraine (SMM), 13 January 2015: "
      "Civilian casualties near Buhas\n"
      "The SMM visited the site of an incident at a Ukrainian Armed Forces checkpoint near "
      "Buhas, 35km south-west of Donetsk city, where a civilian bus had been hit at around "
      "14:30hrs. The SMM observed the bus, which had been travelling from Zlatoustivka to "
      "Donetsk, and saw 10 bodies. According to the head of the regional police, 12 people "
      "were killed and 17 injured, and those injured had been taken to hospitals in Volnovakha "
      "and Mariupol. The SMM's crater analysis indicated that the rockets had been fired from "
      "a north-north-easterly direction. The SMM counted 19 craters in the area, the closest "
      "of which was 15 metres from the bus.",
      [C("10", 10, "exact", "killed", "bodies seen by monitors", attr_alt=["The SMM"]),
       C("12", 12, "exact", "killed", "bus passengers", "the head of the regional police"),
       C("17", 17, "exact", "injured", "bus passengers", "the head of the regional police"),
       C("19", 19, "exact", "other", "craters", attr_alt=["The SMM"], optional=True,
         cat_alt=["munitions"])],
      published="2015-01-13"),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_014",
      "England riots: More than 1,000 arrested as police flood streets\n"
      "Published 10 August 2011\n"
      "More than 1,100 people have been arrested across England since the disorder began in "
      "Tottenham on Saturday night, police forces said. In London alone, the Metropolitan "
      "Police said 768 people had been arrested and 167 charged, and that 111 officers had been "
      "injured. Some 16,000 officers were on the capital's streets on Tuesday night, up from "
      "6,000 on Monday, and the night passed largely quietly. In Birmingham, three men were "
      "killed when they were struck by a car as they tried to protect shops in the Winson "
      "Green area; a 32-year-old man has been arrested on suspicion of murder. Home Secretary "
      "Theresa May said the use of water cannon had not been ruled out.",
      [C("More than 1,000", 1000, "more_than", "detained", "people arrested (headline)"),
       C("More than 1,100", 1100, "more_than", "detained", "people arrested in England",
         "police forces"),
       C("768", 768, "exact", "detained", "people arrested in London", MET),
       C("167", 167, "exact", "detained", "people charged in London", MET,
         cat_alt=["other"]),
       C("111", 111, "exact", "injured", "police officers", MET),
       C("Some 16,000", 16000, "about", "troops", "police officers on London's streets", MET,
         attr_alt=[None], cat_alt=["other"]),
       C("6,000", 6000, "exact", "troops", "police officers on Monday", MET,
         attr_alt=[None], cat_alt=["other"]),
       C("three", 3, "exact", "killed", "men in Birmingham")],
      published="2011-08-10"),

    # --- Wars -------------------------------------------------------------------------------------
    P("d38_015",
      "BELGRADE, April 12 (Reuters) - NATO missiles hit a passenger train crossing a railway "
      "bridge in southern Serbia on Monday, killing at least 10 people, the state news agency "
      "Tanjug said. Tanjug said 16 passengers had been injured and that rescuers were still "
      "searching the wreckage of two carriages that caught fire in the Grdelica gorge, about "
      "300 km (190 miles) south of Belgrade. Local officials later put the toll at 14, and "
      "Serbian television said it could rise further. In Brussels, NATO's Supreme Allied "
      "Commander, General Wesley Clark, said the train had crossed onto the bridge \"at the "
      "last instant\" after the pilot had launched his weapon at the bridge. NATO has flown "
      "more than 6,000 sorties since the air campaign began on March 24.",
      [C("at least 10", 10, "at_least", "killed", "train passengers", TANJUG,
         attr_alt=["Tanjug"]),
       C("16", 16, "exact", "injured", "train passengers", "Tanjug", attr_alt=[TANJUG]),
       C("two", 2, "exact", "other", "carriages burned", "Tanjug", optional=True,
         cat_alt=["infrastructure"]),
       C("14", 14, "exact", "killed", "train passengers", "Local officials"),
       C("more than 6,000", 6000, "more_than", "other", "NATO sorties", optional=True,
         cat_alt=["munitions"])]),

    # --- Disasters -------------------------------------------------------------------------------
    P("d38_016",
      "Quake death toll passes 2,000\n"
      "Wednesday, Sep 22, 1999, Page 1\n"
      "The death toll from Tuesday's magnitude 7.3 earthquake in central Taiwan had passed "
      "2,000 by last night, the Central Emergency Operations Center said, with 6,300 people "
      "injured and about 2,000 more believed buried under collapsed buildings. Nantou and "
      "Taichung counties were hardest hit. In Taipei, the 12-storey Tunghsing building in "
      "Sungshan district toppled, trapping scores of residents; firefighters had pulled out 52 "
      "survivors by nightfall. More than 5,000 soldiers have been dispatched to the disaster "
      "areas, the defense ministry said, while more than 100,000 people spent a second night "
      "in tents and schoolyards. The quake struck at 1:47 am and was followed by more than "
      "1,000 aftershocks.",
      [C("2,000", 2000, "more_than", "killed", "people in the earthquake (headline)",
         ctx="passes 2,000"),
       C("2,000", 2000, "more_than", "killed", "people in the earthquake", CEOC,
         ctx="passed 2,000"),
       C("6,300", 6300, "exact", "injured", "people in the earthquake", CEOC,
         attr_alt=[None]),
       C("about 2,000", 2000, "about", "missing", "people believed buried", CEOC,
         attr_alt=[None], cat_alt=["other", "killed"]),
       C("scores", 20, "vague", "other", "residents trapped in the Tunghsing building",
         cat_alt=["missing"]),
       C("52", 52, "exact", "other", "survivors pulled out"),
       C("More than 5,000", 5000, "more_than", "troops", "soldiers dispatched",
         "the defense ministry"),
       C("more than 100,000", 100000, "more_than", "displaced", "people in tents",
         "the defense ministry", attr_alt=[None], cat_alt=["other", "aid"]),
       C("more than 1,000", 1000, "more_than", "other", "aftershocks", optional=True)],
      published="1999-09-22"),

    P("d38_017",
      "MOSCOW, Aug 21 (AFP) - A team of seven Norwegian divers opened the rescue hatch of the "
      "sunken nuclear submarine Kursk on Monday and found it flooded, ending any hope that any "
      "of the 118 men aboard had survived, the Russian navy said. \"Unfortunately, all the crew "
      "are dead,\" Vice-Admiral Mikhail Motsak, chief of staff of the Northern Fleet, told "
      "Russian television. The Oscar II-class submarine sank in the Barents Sea on August 12 "
      "after two explosions, the second of which registered 3.5 on seismographs in Norway. "
      "Navy officials had said for days that some crew members might still be alive in the "
      "stern, and President Vladimir Putin, who stayed on holiday for five days after the "
      "disaster, faced mounting criticism. Relatives of 23 sailors believed to have survived "
      "the blasts in the ninth compartment demanded to know why foreign help had been refused "
      "for so long.",
      [C("seven", 7, "exact", "troops", "Norwegian divers", "the Russian navy",
         attr_alt=[None], cat_alt=["other"]),
       C("118", 118, "exact", "killed", "crew aboard the Kursk", "the Russian navy",
         cat_alt=["other"]),
       C("two", 2, "exact", "other", "explosions", optional=True, cat_alt=["munitions"]),
       C("23", 23, "exact", "other", "sailors who survived the blasts", cat_alt=["killed"])]),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_018",
      "French police officer who swapped places with hostage dies of his wounds\n"
      "Last updated: 24/03/2018\n"
      "Lieutenant-Colonel Arnaud Beltrame, the gendarme who offered himself in exchange for a "
      "woman held hostage by a jihadist gunman in a supermarket in Trèbes, has died of his "
      "injuries, Interior Minister Gérard Collomb said on Saturday, bringing the number of "
      "people killed in Friday's attacks in southern France to four. The gunman, Radouane "
      "Lakdim, 25, also wounded 15 people, one of them seriously, prosecutor François Molins "
      "said. Molins said Lakdim first shot dead a passenger in a car he hijacked in Carcassonne "
      "and wounded a police officer who was out jogging, before driving to the Super U, where "
      "he killed two more people. About 50 people were in the store when he burst in; most "
      "escaped through an emergency exit, while some hid in a cold room. Two people, including "
      "Lakdim's 18-year-old girlfriend, have been taken into custody.",
      [C("four", 4, "exact", "killed", "people killed in the attacks", COLLOMB,
         attr_alt=[None]),
       C("15", 15, "exact", "injured", "people wounded", MOLINS),
       C("one", 1, "exact", "injured", "person seriously wounded", MOLINS,
         ctx="one of them"),
       C("two", 2, "exact", "killed", "people in the Super U", "Molins",
         attr_alt=[MOLINS]),
       C("About 50", 50, "about", "other", "people in the store"),
       C("Two", 2, "exact", "detained", "people taken into custody")],
      published="2018-03-24"),

    # --- Disasters -------------------------------------------------------------------------------
    P("d38_019",
      "BHUJ, India, Jan 30, 2001 (Reuters) - Indian officials said on Tuesday that the death "
      "toll from last week's earthquake in Gujarat could reach 30,000 or more, as rescuers "
      "gave up hope of finding survivors under the rubble of Bhuj and dozens of other towns. "
      "Gujarat's government put the official count at 7,305 dead and 25,000 injured, but "
      "Defence Minister George Fernandes, who toured the area, said he feared as many as "
      "100,000 might have died. In the town of Anjar, about 400 children who were marching in "
      "a Republic Day parade were crushed when buildings on both sides of a narrow street "
      "collapsed on them, officials said. The Army has deployed more than 10,000 troops in "
      "Kutch district alone, and relief flights have brought in 150 tonnes of tents, blankets "
      "and medicines. The magnitude 7.9 quake struck at 8:46 a.m. on Friday as India "
      "celebrated its 51st Republic Day.",
      [C("30,000 or more", 30000, "at_least", "killed", "projected toll", "Indian officials"),
       C("dozens", 12, "vague", "other", "towns hit", attr_alt=["Indian officials"],
         optional=True, cat_alt=["infrastructure"]),
       C("7,305", 7305, "exact", "killed", "people (official count)", "Gujarat's government"),
       C("25,000", 25000, "exact", "injured", "people (official count)",
         "Gujarat's government"),
       C("as many as 100,000", 100000, "at_most", "killed", "people feared dead", FERNANDES),
       C("about 400", 400, "about", "killed", "children in Anjar", "officials"),
       C("more than 10,000", 10000, "more_than", "troops", "troops in Kutch",
         attr_alt=["The Army"]),
       C("150", 150, "exact", "aid", "tonnes of tents, blankets and medicines")],
      published="2001-01-30"),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_020",
      "Moldova protesters storm parliament\n"
      "Page last updated at 19:40 GMT, Tuesday, 7 April 2009 20:40 UK\n"
      "Thousands of young protesters have stormed Moldova's parliament and presidential "
      "offices in the capital, Chisinau, accusing the governing Communist Party of rigging "
      "Sunday's election. Police estimated the crowd at 10,000 at its peak, though organisers "
      "said up to 15,000 had turned out. At least 100 people, most of them police officers, "
      "were injured, the health ministry said, and one woman died of carbon monoxide poisoning "
      "after part of the parliament building was set on fire. Interior Minister Gheorghe Papuc "
      "said 193 people had been detained. President Vladimir Voronin, who called the "
      "protesters \"fascists\", said the Communists had won just under 50% of the vote.",
      [C("Thousands", 1000, "vague", "other", "protesters who stormed parliament"),
       C("10,000", 10000, "exact", "other", "crowd at its peak", "Police"),
       C("up to 15,000", 15000, "at_most", "other", "protesters", "organisers"),
       C("At least 100", 100, "at_least", "injured", "people, mostly police",
         "the health ministry"),
       C("one", 1, "exact", "killed", "woman", "the health ministry", attr_alt=[None],
         ctx="one woman"),
       C("193", 193, "exact", "detained", "people detained", PAPUC)],
      published="2009-04-07"),

    # --- Wars -------------------------------------------------------------------------------------
    P("d38_021",
      "Kabul bomb: Dozens killed in blast near diplomatic area\n"
      "Published On 31 May 2017\n"
      "A huge truck bomb tore through Kabul's diplomatic quarter during the morning rush hour "
      "on Wednesday, killing at least 80 people and wounding more than 350, according to "
      "Afghan health ministry officials. The explosion, near Zanbaq Square and the German "
      "embassy, left a crater several metres deep and damaged buildings hundreds of metres "
      "away. Ismail Kawasi, a health ministry spokesman, said the toll was likely to rise "
      "because many bodies were still being pulled from the rubble. Earlier in the day, "
      "officials had put the number of dead at 49. Kabul police spokesman Basir Mujahid said "
      "at least 30 houses and 50 vehicles had been damaged. Afghanistan's spy agency blamed "
      "the Haqqani network; the Taliban denied involvement.",
      [C("Dozens", 12, "vague", "killed", "people (headline)"),
       C("at least 80", 80, "at_least", "killed", "people in the Kabul bombing", AF_MOH),
       C("more than 350", 350, "more_than", "injured", "people in the Kabul bombing", AF_MOH),
       C("49", 49, "exact", "killed", "people (earlier toll)", "officials"),
       C("at least 30", 30, "at_least", "infrastructure", "houses damaged", MUJAHID),
       C("50", 50, "exact", "other", "vehicles damaged", MUJAHID, optional=True,
         cat_alt=["infrastructure"])],
      published="2017-05-31"),

    # --- Disasters: a bullet list -------------------------------------------------------------
    P("d38_022",
      "Bulgaria river cruise disaster: what we know\n"
      "- The Bulgaria, a 56-year-old double-decker river cruise ship, sank in the Kuibyshev "
      "Reservoir on the Volga in Tatarstan on Sunday afternoon during a storm.\n"
      "- 79 people were rescued, most of them by the passing cruise ship Arabella (Emergencies "
      "Ministry).\n"
      "- 208 people are believed to have been on board, though the vessel was licensed to "
      "carry 120.\n"
      "- Divers have so far recovered 41 bodies from inside the hull, the Tatarstan "
      "emergencies department said; more than 60 children were on the trip.\n"
      "- President Dmitry Medvedev has declared 12 July a national day of mourning and ordered "
      "checks on all passenger vessels.\n"
      "- Investigators have detained two officials of the company that leased the ship.",
      [C("79", 79, "exact", "other", "people rescued", "Emergencies Ministry"),
       C("208", 208, "exact", "other", "people on board"),
       C("120", 120, "exact", "other", "licensed capacity", optional=True),
       C("41", 41, "exact", "killed", "bodies recovered", TATAR),
       C("more than 60", 60, "more_than", "other", "children on the trip", TATAR,
         attr_alt=[None]),
       C("two", 2, "exact", "detained", "company officials", attr_alt=["Investigators"])]),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_023",
      "Death toll in Odesa clashes, fire rises to 46\n"
      "May. 03, 2014 14:18\n"
      "ODESA — At least 46 people died in Odesa on May 2, most of them in a fire at the Trade "
      "Unions House, the Interior Ministry said on May 3. Of those, 38 died in the burning "
      "building, either from smoke inhalation or after jumping from windows, and eight were "
      "killed in street clashes earlier in the day, a ministry spokesman said. More than 200 "
      "people were injured, according to the Health Ministry, including police officers. "
      "Police said they had detained 144 people. The violence began when a march by about "
      "1,500 supporters of Ukrainian unity was attacked by pro-Russian activists in the city "
      "centre.",
      [C("46", 46, "exact", "killed", "people in Odesa (headline)", ctx="rises to 46"),
       C("At least 46", 46, "at_least", "killed", "people in Odesa", UA_MOI),
       C("38", 38, "exact", "killed", "people in the Trade Unions House",
         "a ministry spokesman", attr_alt=[UA_MOI]),
       C("eight", 8, "exact", "killed", "people in street clashes", "a ministry spokesman",
         attr_alt=[UA_MOI]),
       C("More than 200", 200, "more_than", "injured", "people in Odesa", "the Health Ministry"),
       C("144", 144, "exact", "detained", "people detained", "Police"),
       C("about 1,500", 1500, "about", "other", "marchers")],
      published="2014-05-03"),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_024",
      "JAKARTA, Indonesia (AP) — Indonesian troops stormed a rebel hideout in the jungles of "
      "Irian Jaya on Wednesday and freed nine hostages, including four Britons and two Dutch "
      "nationals, after 130 days in captivity, the military said. Two Indonesian hostages were "
      "killed by their captors during the raid, armed forces spokesman Brig. Gen. Amir "
      "Syarifudin told reporters. He said eight rebels of the Free Papua Movement were killed "
      "and two soldiers were wounded. The rebels had seized 26 people, members of a research "
      "team and their local guides, in the village of Mapenduma on Jan. 8, and released most "
      "of the Indonesians within weeks. The International Committee of the Red Cross, which "
      "had mediated for months, said it had not been told of the operation in advance.",
      [C("nine", 9, "exact", "hostages", "hostages freed", "the military"),
       C("four", 4, "exact", "hostages", "British hostages freed", "the military"),
       C("two", 2, "exact", "hostages", "Dutch hostages freed", "the military",
         ctx="two Dutch"),
       C("Two", 2, "exact", "killed", "Indonesian hostages killed", SYARIFUDIN,
         cat_alt=["hostages"]),
       C("eight", 8, "exact", "killed", "rebels", SYARIFUDIN, attr_alt=["He"]),
       C("two", 2, "exact", "injured", "soldiers", SYARIFUDIN, attr_alt=["He"],
         ctx="two soldiers"),
       C("26", 26, "exact", "hostages", "people seized at Mapenduma")]),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_025",
      "ULAN BATOR, July 2 (Xinhua) -- Five people were killed and 329 injured in rioting in the "
      "Mongolian capital on Tuesday night, the Health Ministry said Wednesday, after protesters "
      "alleging fraud in Sunday's parliamentary elections set fire to the headquarters of the "
      "ruling Mongolian People's Revolutionary Party. Of the injured, 108 were police "
      "officers, a police spokesman said. Police have detained more than 700 people, the "
      "General Police Department said. President Nambaryn Enkhbayar declared a four-day state "
      "of emergency in the city, the first in Mongolia's history, and banned gatherings. About "
      "1,000 soldiers and police were patrolling the central Sukhbaatar Square on Wednesday "
      "morning, witnesses said.",
      [C("Five", 5, "exact", "killed", "people in Ulan Bator riots", "the Health Ministry"),
       C("329", 329, "exact", "injured", "people in Ulan Bator riots", "the Health Ministry"),
       C("108", 108, "exact", "injured", "police officers", "a police spokesman"),
       C("more than 700", 700, "more_than", "detained", "people detained", GPD),
       C("About 1,000", 1000, "about", "troops", "soldiers and police patrolling",
         "witnesses")]),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_026",
      "Omar Sheikh sentenced to death in Pearl case\n"
      "HYDERABAD, July 15: An anti-terrorism court on Monday sentenced British-born militant "
      "Ahmed Omar Saeed Sheikh to death and three co-accused to life imprisonment for the "
      "kidnapping and murder of Wall Street Journal reporter Daniel Pearl. Pearl, 38, was "
      "abducted in Karachi on January 23 while researching a story on militant groups, and a "
      "videotape showing his killing was delivered to the US consulate a month later. The "
      "trial, held inside Hyderabad jail for security reasons, heard 23 prosecution witnesses "
      "over three months. Defence lawyers said they would appeal within seven days. Police say "
      "seven other suspects, including the men believed to have killed Pearl, are still at "
      "large.",
      [C("three", 3, "exact", "detained", "co-accused sentenced to life",
         attr_alt=["An anti-terrorism court"], ctx="three co-accused"),
       C("23", 23, "exact", "other", "prosecution witnesses", optional=True,
         ctx="23 prosecution"),
       C("seven", 7, "exact", "other", "suspects at large", "Police", ctx="seven other",
         cat_alt=["detained"])]),

    # --- Wars -------------------------------------------------------------------------------------
    P("d38_027",
      "Kargil: 407 soldiers killed, says Defence Ministry\n"
      "NEW DELHI, July 14 — The Army has lost 407 officers and men in the Kargil conflict so "
      "far, with 584 wounded and six missing, the Defence Ministry said today in its first "
      "detailed casualty figures since the fighting began in May. The Ministry put Pakistani "
      "losses at 696 killed, based on bodies counted on recaptured peaks and on intercepted "
      "radio traffic, a figure Islamabad dismissed as \"propaganda\". Officials said the "
      "Indian Air Force had lost two fighter jets and a helicopter. Defence Minister George "
      "Fernandes said the withdrawal of intruders from the Batalik and Mushkoh sectors would "
      "be complete by Friday, adding that about 30,000 troops would remain deployed along the "
      "Line of Control through the winter.",
      [C("407", 407, "exact", "killed", "Indian soldiers (headline)", "Defence Ministry",
         attr_alt=[IN_MOD], ctx="407 soldiers"),
       C("407", 407, "exact", "killed", "Indian officers and men", IN_MOD,
         ctx="407 officers"),
       C("584", 584, "exact", "injured", "Indian soldiers", IN_MOD),
       C("six", 6, "exact", "missing", "Indian soldiers", IN_MOD),
       C("696", 696, "exact", "killed", "Pakistani soldiers", "The Ministry",
         attr_alt=[IN_MOD]),
       C("two", 2, "exact", "munitions", "Indian fighter jets lost", "Officials",
         cat_alt=["other"]),
       C("about 30,000", 30000, "about", "troops", "Indian troops on the Line of Control",
         FERNANDES)]),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_028",
      "Heads of four kidnapped engineers found in Chechnya\n"
      "Wednesday 9 December 1998 02.00 GMT\n"
      "The severed heads of three Britons and a New Zealander kidnapped in Chechnya two months "
      "ago were found beside a road west of Grozny yesterday, Chechen officials said. The four "
      "men, who worked for Granger Telecom, a British firm installing a mobile telephone "
      "network, had been seized from their house in Grozny on October 3 by about 20 gunmen who "
      "overpowered their guards. The Chechen president, Aslan Maskhadov, said their killers "
      "would be found and punished. More than 100 foreigners and about 1,000 Russians are "
      "being held by kidnap gangs in the region, according to Russian interior ministry "
      "estimates. The Foreign Office said it had repeatedly warned Britons against travelling "
      "to Chechnya.",
      [C("four", 4, "exact", "killed", "kidnapped engineers (headline)", ctx="of four",
         cat_alt=["hostages"]),
       C("three", 3, "exact", "killed", "British hostages", "Chechen officials",
         cat_alt=["hostages"]),
       C("four", 4, "exact", "hostages", "engineers seized", optional=True, ctx="four men",
         cat_alt=["killed"]),
       C("about 20", 20, "about", "troops", "gunmen", cat_alt=["other"]),
       C("More than 100", 100, "more_than", "hostages", "foreigners held in Chechnya",
         RU_MOI_EST, attr_alt=["Russian interior ministry"]),
       C("about 1,000", 1000, "about", "hostages", "Russians held in Chechnya", RU_MOI_EST,
         attr_alt=["Russian interior ministry"])],
      published="1998-12-09"),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_029",
      "PARIS, Nov 7, 2005 (AFP) - Rioters torched 1,408 vehicles across France overnight, the "
      "highest number since the unrest began 11 nights ago, and police made 395 arrests, "
      "national police chief Michel Gaudin said on Monday. Violence spread to 274 towns, up "
      "from about 200 the previous night, he said, and 36 police officers were injured, two "
      "of them seriously, when youths fired buckshot at them in Grigny, south of Paris. In "
      "all, some 4,700 cars have been burned since two teenagers were electrocuted in an "
      "electricity substation in Clichy-sous-Bois on October 27 while hiding from police. "
      "Prime Minister Dominique de Villepin said the government would consider imposing "
      "curfews.",
      [C("1,408", 1408, "exact", "other", "vehicles torched overnight", GAUDIN, optional=True,
         cat_alt=["infrastructure"]),
       C("395", 395, "exact", "detained", "arrests overnight", GAUDIN),
       C("274", 274, "exact", "other", "towns hit by violence", GAUDIN, attr_alt=["he"],
         optional=True),
       C("about 200", 200, "about", "other", "towns the previous night", GAUDIN,
         attr_alt=["he"], optional=True),
       C("36", 36, "exact", "injured", "police officers", GAUDIN, attr_alt=["he"]),
       C("two", 2, "exact", "injured", "officers seriously hurt", GAUDIN, attr_alt=["he"],
         ctx="two of them"),
       C("some 4,700", 4700, "about", "other", "cars burned since Oct 27", optional=True,
         cat_alt=["infrastructure"]),
       C("two", 2, "exact", "killed", "teenagers electrocuted", ctx="two teenagers")],
      published="2005-11-07"),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_030",
      "WANA, Oct 14: One of the two Chinese engineers kidnapped in South Waziristan was killed "
      "and the other freed when commandos stormed a mud-walled compound near the village of "
      "Chagmalai on Thursday, officials said. All five kidnappers were killed in the "
      "operation, which lasted about five hours, Interior Minister Aftab Ahmad Sherpao told a "
      "news conference in Islamabad. Wang Ende, who was rescued with minor injuries, was flown "
      "to Islamabad by helicopter. The engineers were among 14 Chinese working on the Gomal "
      "Zam dam who had been travelling with a police escort when they were seized on Saturday. "
      "Beijing has about 3,000 workers on projects in Pakistan, according to the Chinese "
      "embassy.",
      [C("One", 1, "exact", "killed", "Chinese hostage killed", "officials", ctx="One of",
         cat_alt=["hostages"]),
       C("two", 2, "exact", "hostages", "Chinese engineers kidnapped", "officials"),
       C("five", 5, "exact", "killed", "kidnappers", SHERPAO, ctx="five kidnappers"),
       C("14", 14, "exact", "population", "Chinese workers on the Gomal Zam dam", ctx="14 Chinese",
         cat_alt=["other"]),
       C("about 3,000", 3000, "about", "population", "Chinese workers in Pakistan",
         "the Chinese embassy", cat_alt=["other"])]),

    P("d38_031",
      "Melitopol mayor freed in exchange for nine Russian conscripts\n"
      "March 16, 2022 11:04 PM 2 min read\n"
      "Melitopol Mayor Ivan Fedorov, who was abducted by Russian forces on March 11, has been "
      "released, the President's Office said on March 16. In exchange, Ukraine handed over "
      "nine Russian conscripts born in 2002 and 2003, the office's spokesperson Daria Zarivna "
      "said. Fedorov was seized by about 10 armed men in the city's crisis center and taken "
      "away with a bag over his head. His abduction prompted protests in occupied Melitopol, "
      "where some 2,000 residents rallied outside the city hall demanding his release. Russian "
      "forces also detained Dniprorudne Mayor Yevhen Matveyev on March 13, and Ukraine's "
      "Foreign Ministry says at least eight Ukrainian local officials are now being held by "
      "Russia.",
      [C("nine", 9, "exact", "detained", "Russian conscripts exchanged (headline)",
         ctx="for nine"),
       C("nine", 9, "exact", "detained", "Russian conscripts handed over", ZARIVNA,
         attr_alt=["Daria Zarivna"], ctx="over nine"),
       C("about 10", 10, "about", "troops", "armed men who seized the mayor",
         cat_alt=["other"]),
       C("some 2,000", 2000, "about", "other", "residents at the rally"),
       C("at least eight", 8, "at_least", "hostages", "Ukrainian local officials held",
         "Ukraine's Foreign Ministry", cat_alt=["detained"])],
      published="2022-03-16"),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_032",
      "Yuen Long attack: 45 injured as mob in white attacks train passengers\n"
      "Published: 9:30pm, 22 Jul, 2019\n"
      "A mob of more than 100 men in white T-shirts, some armed with rattan canes and metal "
      "rods, stormed Yuen Long MTR station late on Sunday night and attacked passengers, "
      "including protesters returning from a march on Hong Kong Island. The Hospital Authority "
      "said 45 people had been injured, one of them critically. Police said on Monday they had "
      "arrested six men, aged 24 to 54, some with triad backgrounds, on suspicion of unlawful "
      "assembly. Lawmaker Lam Cheuk-ting, who was cut on the mouth, accused police of taking "
      "39 minutes to arrive after the first emergency calls. Organisers of Sunday's march "
      "said 430,000 people took part, while police put the peak turnout at 138,000.",
      [C("45", 45, "exact", "injured", "people (headline)", ctx="45 injured as"),
       C("more than 100", 100, "more_than", "troops", "attackers in white",
         cat_alt=["other"]),
       C("45", 45, "exact", "injured", "people in Yuen Long station", HOSP_AUTH,
         ctx="said 45"),
       C("one", 1, "exact", "injured", "person critically injured", HOSP_AUTH,
         ctx="one of them"),
       C("six", 6, "exact", "detained", "men arrested", "Police"),
       C("430,000", 430000, "exact", "other", "marchers", "Organisers of Sunday's march",
         attr_alt=["Organisers"]),
       C("138,000", 138000, "exact", "other", "marchers at peak", "police")],
      published="2019-07-22"),

    # --- Wars: a UNICEF release -------------------------------------------------------------------
    P("d38_033",
      "UNICEF condemns killing of students in Mullaitivu air strike\n"
      "COLOMBO, 15 August 2006 – UNICEF staff who visited the site of yesterday's air strike "
      "in Vallipunam, Mullaitivu district, confirmed that at least 19 students were killed and "
      "that dozens more were wounded. The victims were girls aged 16 to 18 who had been "
      "attending a two-day first-aid training course in a compound run by the Liberation "
      "Tigers of Tamil Eelam (LTTE), said Joanna van Gerpen, UNICEF Representative in Sri "
      "Lanka. The LTTE said 61 girls had been killed and more than 150 injured; the Sri Lankan "
      "Government maintains that the compound was a rebel training camp. Since fighting "
      "escalated in late July, more than 160,000 people have been displaced in the north and "
      "east, UNICEF estimates. UNICEF has sent 3,000 family kits and water purification "
      "tablets to Mullaitivu and Trincomalee districts.",
      [C("at least 19", 19, "at_least", "killed", "students", UNICEF_STAFF,
         attr_alt=["UNICEF"]),
       C("dozens", 12, "vague", "injured", "students", UNICEF_STAFF, attr_alt=["UNICEF"]),
       C("61", 61, "exact", "killed", "girls", "The LTTE"),
       C("more than 150", 150, "more_than", "injured", "girls", "The LTTE"),
       C("more than 160,000", 160000, "more_than", "displaced", "people in the north and east",
         "UNICEF"),
       C("3,000", 3000, "exact", "aid", "family kits sent", attr_alt=["UNICEF"])],
      published="2006-08-15"),

    # --- Kidnappings ----------------------------------------------------------------------------
    P("d38_034",
      "Maoists free Italian hostage after 29 days\n"
      "BHUBANESWAR, April 12, 2012\n"
      "Italian tour operator Paolo Bosusco, who was abducted by Maoists in Kandhamal district "
      "on March 14, was released on Thursday, 29 days after he was taken, and handed over to "
      "mediators in Ganjam district. His fellow hostage, Claudio Colangelo, had been freed on "
      "March 25. Chief Minister Naveen Patnaik told the Assembly last week that the government "
      "had agreed to release five prisoners named by the rebels, including the wife of a "
      "Maoist leader. The Maoists had initially demanded the release of 13 prisoners. "
      "Separately, the rebels are still holding Biju Janata Dal legislator Jhina Hikaka, whom "
      "they seized in Koraput district on March 24; they want 30 of their cadres freed in "
      "return.",
      [C("five", 5, "exact", "detained", "prisoners to be released", PATNAIK),
       C("13", 13, "exact", "detained", "prisoners whose release was demanded", "The Maoists",
         attr_alt=[None]),
       C("30", 30, "exact", "detained", "cadres whose release is demanded", "the rebels",
         attr_alt=["they", None])],
      published="2012-04-12"),

    P("d38_035",
      "Sukma Collector Alex Paul Menon released by Maoists after 12 days\n"
      "Updated: May 03, 2012 20:32 IST\n"
      "Raipur: Sukma district Collector Alex Paul Menon was released by Maoists this evening, "
      "12 days after he was abducted from a village meeting in Majhipara. The 32-year-old IAS "
      "officer was handed over to the two mediators, B.D. Sharma and G. Haragopal, in the "
      "forests of Tadmetla. Two of his personal security officers were shot dead by the "
      "Maoists when he was kidnapped on April 21. The Maoists had demanded the release of 17 "
      "jailed cadres; the Chhattisgarh government has agreed only to set up a high-powered "
      "committee to review the cases of tribals in jail. Over 300 security personnel had been "
      "kept on standby on the outskirts of Chintalnar, police sources said.",
      [C("two", 2, "exact", "other", "mediators", optional=True),
       C("Two", 2, "exact", "killed", "personal security officers"),
       C("17", 17, "exact", "detained", "jailed cadres whose release was demanded",
         "The Maoists", attr_alt=[None]),
       C("Over 300", 300, "more_than", "troops", "security personnel on standby",
         "police sources")],
      published="2012-05-03"),

    # --- Protests -------------------------------------------------------------------------------
    P("d38_036",
      "BUCHAREST, Feb 5 (Reuters) - Around half a million Romanians protested across the "
      "country on Sunday, according to estimates by local media, the biggest demonstrations "
      "since the fall of communism in 1989, despite the government's decision to repeal a "
      "decree that would have decriminalised some graft offences. In Bucharest, some 250,000 "
      "people gathered outside the government headquarters in Victoria Square, the Digi24 "
      "television station said. Police gave no overall figure but said 12 people had been "
      "detained after clashes late at night and that five gendarmes had been lightly injured. "
      "Protests were held in more than 50 cities and towns, from Cluj to Timisoara. The decree "
      "would have made abuse of office a crime only if the sums involved exceeded 200,000 lei "
      "($47,800).",
      [C("Around half a million", 500000, "about", "other", "protesters across Romania",
         MEDIA_EST, attr_alt=["local media"]),
       C("some 250,000", 250000, "about", "other", "protesters in Bucharest", DIGI24,
         attr_alt=["Digi24"]),
       C("12", 12, "exact", "detained", "people detained", "Police"),
       C("five", 5, "exact", "injured", "gendarmes", "Police"),
       C("more than 50", 50, "more_than", "other", "cities and towns with protests",
         optional=True)]),

    # --- Wars: a correction ---------------------------------------------------------------------
    P("d38_037",
      "MOSCOW (AP) — A powerful bomb tore through an eight-story apartment building on "
      "Kashirskoye Highway in southern Moscow before dawn Monday, killing at least 64 people, "
      "city officials said, the second such blast in the capital in five days. Emergency "
      "workers pulled 10 survivors from the rubble, including a baby, but officials said there "
      "was little hope for dozens of residents still unaccounted for. Last Thursday's "
      "explosion at an apartment block on Guryanova Street killed 94 people and injured 249, "
      "according to the Emergency Situations Ministry. Mayor Yuri Luzhkov ordered police to "
      "check all 30,000 basements and attics in the city and said 1,500 extra officers would "
      "patrol residential areas overnight.\n"
      "Correction: An earlier version of this story said 94 people had been killed in Monday's "
      "blast. That figure is the toll from the Guryanova Street explosion; city officials put "
      "Monday's toll at 64.",
      [C("at least 64", 64, "at_least", "killed", "people on Kashirskoye Highway",
         "city officials"),
       C("10", 10, "exact", "other", "survivors pulled from the rubble"),
       C("dozens", 12, "vague", "missing", "residents unaccounted for", "officials"),
       C("94", 94, "exact", "killed", "people on Guryanova Street", ESM,
         ctx="killed 94 people"),
       C("249", 249, "exact", "injured", "people on Guryanova Street", ESM),
       C("30,000", 30000, "exact", "infrastructure", "basements and attics to be checked",
         attr_alt=[LUZHKOV], optional=True, cat_alt=["other"]),
       C("1,500", 1500, "exact", "troops", "extra police officers", LUZHKOV,
         cat_alt=["other"]),
       C("94", 94, "exact", "killed", "people (retracted figure)", optional=True,
         ctx="said 94 people"),
       C("64", 64, "exact", "killed", "people on Kashirskoye Highway (corrected)",
         "city officials", ctx="toll at 64")]),

    P("d38_038",
      "Junta Airstrike Kills 40 in Rakhine Village, AA Says\n"
      "By THE IRRAWADDY 9 January 2025\n"
      "A junta airstrike on Kyauk Ni Maw village on Ramree Island in Rakhine State on "
      "Wednesday killed at least 40 civilians and injured 20 others, the Arakan Army (AA) said "
      "on Thursday. The AA said a fighter jet dropped bombs on the village, home to about "
      "3,000 people, at around 1 pm, and that the resulting fire destroyed more than 500 "
      "houses. \"We have buried 41 bodies so far,\" a village administrator told The "
      "Irrawaddy. \"Another 12 people are still missing, and thousands have fled to the "
      "hills.\" The military regime has not commented on the attack. Since the AA launched its "
      "offensive in November 2023, more than 600 civilians have been killed in Rakhine, "
      "according to data compiled by The Irrawaddy.",
      [C("40", 40, "exact", "killed", "civilians (headline)", "AA", attr_alt=[AA],
         ctx="Kills 40"),
       C("at least 40", 40, "at_least", "killed", "civilians in Kyauk Ni Maw", AA),
       C("20", 20, "exact", "injured", "civilians in Kyauk Ni Maw", AA),
       C("about 3,000", 3000, "about", "population", "residents of Kyauk Ni Maw",
         attr_alt=["The AA"]),
       C("more than 500", 500, "more_than", "infrastructure", "houses destroyed", "The AA",
         attr_alt=[AA]),
       C("41", 41, "exact", "killed", "bodies buried", "a village administrator"),
       C("12", 12, "exact", "missing", "people missing", "a village administrator"),
       C("thousands", 1000, "vague", "displaced", "people who fled to the hills",
         "a village administrator"),
       C("more than 600", 600, "more_than", "killed", "civilians in Rakhine since Nov 2023",
         IRRAWADDY_DATA, attr_alt=["The Irrawaddy"])],
      published="2025-01-09"),

    P("d38_039",
      "KYIV, Oct 20 (Interfax-Ukraine) – A total of 241 Ukrainian servicemen were killed in the "
      "encirclement at Ilovaisk in late August, Military Prosecutor Anatoliy Matios said on "
      "Monday, a figure far higher than the 107 deaths acknowledged by the Defence Ministry in "
      "September. Matios told a briefing that 158 servicemen were still listed as missing and "
      "that 128 had been taken prisoner, of whom 83 had since been released in exchanges. "
      "\"Many of them were shot while leaving the 'green corridor' that had been promised by "
      "the Russian side,\" he said. Volunteer battalions Donbas and Dnipro-1 suffered some of "
      "the heaviest losses. A parliamentary commission has yet to publish its own findings.",
      [C("241", 241, "exact", "killed", "Ukrainian servicemen at Ilovaisk", MATIOS),
       C("107", 107, "exact", "killed", "servicemen (Defence Ministry figure)",
         "the Defence Ministry"),
       C("158", 158, "exact", "missing", "servicemen", "Matios", attr_alt=[MATIOS]),
       C("128", 128, "exact", "detained", "servicemen taken prisoner", "Matios",
         attr_alt=[MATIOS], cat_alt=["hostages"]),
       C("83", 83, "exact", "detained", "prisoners released in exchanges", "Matios",
         attr_alt=[MATIOS])]),

    # --- Only non-claims ------------------------------------------------------------------------
    P("d38_040",
      "NEW DELHI, Feb 9 (Reuters) - India's Supreme Court on Thursday ordered real estate "
      "tycoon Gopal Ansal, 69, to serve the remaining one year of his prison sentence over the "
      "1997 fire at Delhi's Uphaar cinema, but spared his elder brother Sushil, 77, on account "
      "of his age. A three-judge bench ruled 2-1 in the case, which has dragged on for nearly "
      "20 years. In 2015 the court had let the brothers off with a fine of 300 million rupees "
      "($4.5 million) each, a verdict that victims' families called an insult. The fire broke "
      "out during a matinee of the 1997 war film \"Border\" when a transformer in the "
      "building's basement car park caught fire. Neelam Krishnamoorthy, who lost both her "
      "children in the blaze and has led the families' campaign for two decades, said she "
      "would keep fighting.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d38_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
