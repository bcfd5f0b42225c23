"""Source of the seventy-fifth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on Europe, Russia and the
Caucasus between 1990 and 2025: bombings and shootings, the wars in Chechnya, Abkhazia, the
former Yugoslavia and Ukraine, riots, protests and police crackdowns, migrant shipwrecks, floods,
wildfires, heatwaves, building collapses and transport disasters, in the styles of Reuters, AFP,
AP, dpa, ANSA, EFE, PAP, BBC, DW, France 24, Euronews, the Kyiv Independent, Meduza, the Moscow
Times, Balkan Insight and national papers. Written for this set (none copied from an article),
annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

Run ``python tests/devset75/build_devset75.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

DAG_EMERC = "the regional emergencies ministry"
RUSHAILO = "Russian Interior Minister Vladimir Rushailo"
NO_OFFICIALS = "officials in North Ossetia"
NO_MOH = "The health ministry of the republic"
DAG_MVD = "Dagestan's Interior Ministry"
TSVETANOV = "Interior Minister Tsvetan Tsvetanov"
PNAT = "the national anti-terrorism prosecutor's office (PNAT)"
DARMANIN = "Interior Minister Gérald Darmanin"
MEMORIAL_FULL = "The human rights group Memorial"
TROSHEV = "General Gennady Troshev"
KAVKAZ = "The rebels' website Kavkaz.org"
SHEVARDNADZE = "Eduard Shevardnadze"
UNHCR_93 = "The U.N. High Commissioner for Refugees"
NSS = "Armenia's National Security Service"
RFE = "the Armenian service of Radio Free Europe"
BOYD = "spokesman Shannon Boyd"
KNIN = "Serb authorities in Knin"
ZADAR_HQ = "The Zadar crisis headquarters"
TANJUG = "the Yugoslav news agency Tanjug"
NIS_DOCS = "Doctors at the city's clinical centre"
UA_POLICE = "the National Police"
KULEBA = "Kyiv Oblast Governor Oleksiy Kuleba"
MARKUSHYN = "Irpin's mayor, Oleksandr Markushyn"
ZELENSKY = "President Volodymyr Zelensky"
UA_SES = "Ukraine's State Emergency Service"
RU_MOD = "Russia's Defence Ministry"
MO_MOH = "Moscow Oblast Health Ministry"
KAR_POLICE = "Karelia's police chief"
MSK_HEALTH = "a source in the city's health department"
EE_MVD = "the interior ministry"
TALLINN_EMS = "the Tallinn emergency service"
SAXONY = "Saxony police"
SAXONY_CHIEF = "Saxony's police chief"
SEM = "Catalonia's emergency medical service (SEM)"
CAT_INTERIOR = "The regional interior department"
ES_MIR = "Spain's interior ministry"
ING_MVD = "Ingushetia's Interior Ministry"
FORTANGA = "the independent outlet Fortanga"
MEMORIAL_HRC = "the human rights center Memorial"
GR_MMM = "the merchant marine ministry"
BRINDISI = "Survivors interviewed at the port of Brindisi"
PL_COMMITTEE = "the government's flood committee"
MILLER = "Interior Minister Leszek Miller"
DOUROU = "Regional governor Rena Dourou"
IT_DPC = "the civil protection department"
LETTA = "Premier Enrico Letta"
RU_MCHS = "the Emergency Situations Ministry"
LEVCHENKO = "Regional governor Sergei Levchenko"
KH_MCHS = "the Emergencies Ministry"
KH_HEALTH = "the regional health ministry"
ZIMIN = "regional governor Viktor Zimin"
SILESIA = "the regional governor's office"
AM_MES = "the Ministry of Emergency Situations"
KOSTANYAN = "ministry spokesperson Hayk Kostanyan"
BARI = "the latest figures from the prefecture of Bari"

PASSAGES = [
    # --- bombings and shootings ----------------------------------------------------------------
    P("d75_001",
      "MAKHACHKALA, Russia, Sept 5 (Reuters) - The death toll from a truck bomb that tore through "
      "a five-storey apartment block housing army officers and their families in the Dagestani "
      "town of Buynaksk rose to 62 on Sunday, the regional emergencies ministry said. "
      "Twenty-three of the dead were children, it said, and 146 people were being treated in "
      "hospitals in Buynaksk and Makhachkala. Interfax news agency, quoting a local police "
      "source, said a second lorry carrying about 2.7 tonnes of explosives had been found and "
      "defused near a military hospital in the town. Russian Interior Minister Vladimir Rushailo "
      "said the blast bore the hallmarks of Islamist rebels who crossed into Dagestan from "
      "Chechnya last month, and flew to the region with 400 extra police officers. No group has "
      "claimed responsibility.",
      [C("62", 62, "exact", "killed", "people in Buynaksk apartment bombing", DAG_EMERC),
       C("Twenty-three", 23, "exact", "killed", "children among the dead", DAG_EMERC,
         attr_alt=["it"]),
       C("146", 146, "exact", "injured", "people treated in hospitals", DAG_EMERC,
         attr_alt=["it"]),
       C("about 2.7", 2.7, "about", "munitions", "tonnes of explosives in second lorry",
         "a local police source", attr_alt=["Interfax news agency"], optional=True),
       C("400", 400, "exact", "troops", "extra police officers flown to Dagestan", None,
         cat_alt=["other"], attr_alt=[RUSHAILO])]),

    P("d75_002",
      "VLADIKAVKAZ, Russia, Sept 9, 2010 (AFP) - A suicide bomber blew up a car packed with "
      "explosives at the entrance to Vladikavkaz's central market on Thursday, killing at least "
      "16 people and wounding more than 130, officials in North Ossetia said. The health ministry "
      "of the republic later said 17 people had died, among them a 13-year-old girl, and that 37 "
      "of the wounded were in a serious condition. Investigators said the Mercedes had been "
      "carrying the equivalent of 40 kilograms of TNT, packed with bolts and ball bearings. The "
      "market, which draws up to 5,000 shoppers on a weekday morning, was hit by a minibus bomb "
      "in 2008 that killed 12 people. President Dmitry Medvedev ordered security chiefs to "
      "\"find and destroy\" those responsible.",
      [C("at least 16", 16, "at_least", "killed", "people at Vladikavkaz market", NO_OFFICIALS),
       C("more than 130", 130, "more_than", "injured", "people at Vladikavkaz market",
         NO_OFFICIALS),
       C("17", 17, "exact", "killed", "people at Vladikavkaz market", NO_MOH),
       C("37", 37, "exact", "injured", "seriously wounded", NO_MOH),
       C("40", 40, "exact", "munitions", "kilograms of TNT equivalent", "Investigators",
         optional=True),
       C("up to 5,000", 5000, "at_most", "other", "shoppers on a weekday morning", None,
         optional=True),
       C("12", 12, "exact", "killed", "people in 2008 minibus bombing", None)],
      published="2010-09-09"),

    P("d75_003",
      "KASPIYSK, Russia (AP) — A remote-controlled bomb hidden in bushes exploded as a military "
      "band led a Victory Day parade through this Caspian Sea port on Thursday, killing at least "
      "34 people, 12 of them children, officials said. Dagestan's Interior Ministry said more "
      "than 130 people were wounded, and doctors at the city hospital said several had lost "
      "limbs. Most of the dead were musicians from the band of the Caspian Flotilla and veterans "
      "marching behind it, according to Dagestani Prime Minister Khizri Shikhsaidov. By evening "
      "the toll had climbed to 41, the Itar-Tass news agency reported. The device, packed with "
      "metal fragments, was equivalent to about 5 kilograms of TNT, investigators said.",
      [C("at least 34", 34, "at_least", "killed", "people at Victory Day parade", "officials"),
       C("12", 12, "exact", "killed", "children among the dead", "officials"),
       C("more than 130", 130, "more_than", "injured", "people at Victory Day parade", DAG_MVD),
       C("41", 41, "exact", "killed", "people at Victory Day parade",
         "the Itar-Tass news agency"),
       C("about 5", 5, "about", "munitions", "kilograms of TNT equivalent", "investigators",
         optional=True)]),

    P("d75_004",
      "Bulgaria bus bombing: Israeli tourists killed at Burgas airport\n"
      "Published 19 July 2012\n"
      "Five Israeli tourists, the Bulgarian driver of their bus and the suspected bomber were "
      "killed when an explosion ripped through the vehicle at Burgas airport on Wednesday, "
      "Bulgarian officials say. Interior Minister Tsvetan Tsvetanov said 32 Israelis had been "
      "injured, three of them seriously, and that two had been flown to Sofia for surgery. The "
      "tourists had arrived on a charter flight from Tel Aviv carrying 154 passengers. Israeli "
      "Prime Minister Benjamin Netanyahu blamed Iran and the Lebanese militant group Hezbollah. "
      "Israel later sent two military planes to bring the wounded and the bodies home.",
      [C("Five", 5, "exact", "killed", "Israeli tourists", "Bulgarian officials"),
       C("32", 32, "exact", "injured", "Israelis", TSVETANOV),
       C("three", 3, "exact", "injured", "seriously injured Israelis", TSVETANOV),
       C("two", 2, "exact", "injured", "injured flown to Sofia", TSVETANOV,
         cat_alt=["other"], ctx="two had been flown"),
       C("154", 154, "exact", "other", "passengers on charter flight", None),
       C("two", 2, "exact", "other", "Israeli military planes", None, optional=True,
         cat_alt=["munitions"], attr_alt=["Israel"], ctx="two military planes")],
      published="2012-07-19"),

    P("d75_005",
      "BRATISLAVA (dpa) - Two men were shot dead outside a gay bar in the centre of the Slovak "
      "capital late on Wednesday, police said on Thursday. A woman working at the bar, Tepláreň "
      "on Zámocká Street, was wounded and is in hospital in a stable condition, according to the "
      "police. The suspected gunman, a 19-year-old, was found dead the next morning; police said "
      "he had posted a manifesto online hours before the attack. Thousands of people gathered in "
      "the old town on Friday evening to remember the victims, the organisers said, while police "
      "put the crowd at fewer than 5,000. Prime Minister Eduard Heger called the killings an act of "
      "terrorism.",
      [C("Two", 2, "exact", "killed", "men shot outside gay bar", "police"),
       C("Thousands", 1000, "vague", "other", "people at vigil", "the organisers"),
       C("fewer than 5,000", 5000, "fewer_than", "other", "people at vigil", "police")]),
    P("d75_006",
      "Teacher killed, three hurt in knife attack at Arras school\n"
      "Published on: 13/10/2023 - 18:47\n"
      "A former pupil armed with a knife killed a French teacher and wounded three other people "
      "at the Gambetta-Carnot school in the northern city of Arras on Friday, the national "
      "anti-terrorism prosecutor's office (PNAT) said. One of the injured, a security guard, was "
      "in a critical condition, Interior Minister Gérald Darmanin told reporters at the scene. "
      "The suspect, a 20-year-old Russian national of Chechen origin who was on a security "
      "services watch list, was arrested along with his younger brother; police later detained "
      "four more people, among them his mother. President Emmanuel Macron, who travelled to "
      "Arras, said the country had once again been struck by \"the barbarity of Islamist "
      "terrorism\". The government raised its Vigipirate alert to the highest level and said "
      "7,000 soldiers would be deployed across France by Monday evening.",
      [C("three", 3, "exact", "injured", "people hurt at Arras school (headline)", None,
         ctx="three hurt"),
       C("three", 3, "exact", "injured", "people wounded at Arras school", PNAT,
         ctx="three other people"),
       C("One", 1, "exact", "injured", "injured in critical condition", DARMANIN,
         optional=True),
       C("four", 4, "exact", "detained", "more people detained", None, attr_alt=["police"]),
       C("7,000", 7000, "exact", "troops", "soldiers deployed across France",
         "The government")],
      published="2023-10-13"),

    # --- Chechnya and the Caucasus -------------------------------------------------------------
    P("d75_007",
      "STRASBOURG, Feb 24 (Reuters) - The European Court of Human Rights ruled on Thursday that "
      "Russia had violated the right to life of civilians when its aircraft bombed the Chechen "
      "village of Katyr-Yurt in February 2000, in one of its first judgments on the conflict. "
      "Russian forces had promised residents a safe exit, but dropped heavy free-falling bombs "
      "on the village and on a column of fleeing civilians, the court found. Zara Isayeva, who "
      "brought the case, lost her son and three nieces in the attack. The human rights group "
      "Memorial says at least 170 civilians died in Katyr-Yurt over the two days, while Russian "
      "officials at the time acknowledged 46 deaths, saying most of the dead were rebels. The "
      "village had swollen to some 25,000 people as refugees from Grozny sheltered there, "
      "Memorial says. Russia was ordered to pay Isayeva 25,000 euros in damages.",
      [C("three", 3, "exact", "killed", "Isayeva's nieces", None),
       C("at least 170", 170, "at_least", "killed", "civilians in Katyr-Yurt", MEMORIAL_FULL),
       C("46", 46, "exact", "killed", "deaths acknowledged by Russia", "Russian officials"),
       C("some 25,000", 25000, "about", "population", "people in Katyr-Yurt with refugees",
         "Memorial", cat_alt=["displaced"], attr_alt=[MEMORIAL_FULL])]),

    P("d75_008",
      "MOSCOW, March 10, 2000 (AFP) - Russia's military admitted Friday that 84 paratroopers "
      "from the Pskov division had been killed in a battle with Chechen rebels near the village "
      "of Ulus-Kert in the Argun gorge last week, the heaviest single loss of the campaign. Only "
      "six men of the company survived, said General Gennady Troshev, commander of federal forces "
      "in the North Caucasus. He said the unit had been attacked by between 1,500 and 2,000 "
      "rebels trying to break out of the gorge, and that about 400 of them had been killed. The "
      "rebels' website Kavkaz.org claimed \"more than 700\" Russian soldiers had died in the "
      "gorge since late February. Officials had for days denied reports of heavy losses, and "
      "defence ministry spokesmen initially put the number of dead at 31.",
      [C("84", 84, "exact", "killed", "Pskov paratroopers", "Russia's military"),
       C("six", 6, "exact", "other", "survivors of the company", TROSHEV),
       C("between 1,500 and 2,000", 1500, "range", "troops", "rebels who attacked the unit",
         TROSHEV, high=2000, cat_alt=["other"], attr_alt=["He"]),
       C("about 400", 400, "about", "killed", "rebels killed", TROSHEV, attr_alt=["He"]),
       C("more than 700", 700, "more_than", "killed", "Russian soldiers in Argun gorge",
         KAVKAZ),
       C("31", 31, "exact", "killed", "paratroopers (initial figure)",
         "defence ministry spokesmen")],
      published="2000-03-10"),

    P("d75_009",
      "TBILISI, Georgia (AP) — Georgian refugees fleeing the fall of Sukhumi streamed across "
      "snow-covered mountain passes into the Svaneti region on Thursday, and officials said "
      "dozens had died of cold and hunger on the way. Eduard Shevardnadze, Georgia's leader, who "
      "escaped from the besieged city on Monday, said about 80,000 people had left Sukhumi and "
      "nearby villages in the past four days. The U.N. High Commissioner for Refugees estimated "
      "that as many as 200,000 people, most of them ethnic Georgians, had been driven from their "
      "homes in Abkhazia since the war began 13 months ago. A UNHCR spokeswoman in Geneva said "
      "the agency was flying in 40 tons of blankets, tents and food. Abkhaz separatist forces, "
      "backed by volunteers from the North Caucasus, took the city on Monday after 10 days of "
      "fighting.",
      [C("dozens", 12, "vague", "killed", "refugees dead of cold and hunger", "officials"),
       C("about 80,000", 80000, "about", "displaced", "people who left Sukhumi", SHEVARDNADZE,
         attr_alt=["Georgia's leader"]),
       C("as many as 200,000", 200000, "at_most", "displaced", "people driven from homes in "
         "Abkhazia", UNHCR_93),
       C("40", 40, "exact", "aid", "tons of blankets, tents and food",
         "A UNHCR spokeswoman in Geneva")]),

    P("d75_010",
      "YEREVAN, July 18 (Reuters) - Armed opposition supporters holding a police station in the "
      "Armenian capital freed two more hostages on Monday but were still holding four police "
      "officers, among them a deputy head of the capital's police, Armenia's National Security "
      "Service said. The gunmen, who stormed the station in Yerevan's Erebuni district on Sunday, "
      "killed one police officer and wounded two others, officials said. They are demanding the "
      "release of opposition figure Jirair Sefilian, who was arrested in June. The security "
      "service put the number of gunmen at between 20 and 30. Police detained 165 people at a "
      "rally of the group's supporters near the station overnight, the Armenian service of Radio "
      "Free Europe reported, citing lawyers.",
      [C("two", 2, "exact", "hostages", "hostages freed", NSS, ctx="two more hostages"),
       C("four", 4, "exact", "hostages", "police officers held", NSS),
       C("one", 1, "exact", "killed", "police officer", "officials"),
       C("two", 2, "exact", "injured", "police officers wounded", "officials",
         ctx="two others"),
       C("between 20 and 30", 20, "range", "troops", "gunmen holding the station",
         "The security service", high=30, cat_alt=["other"], attr_alt=[NSS]),
       C("165", 165, "exact", "detained", "people at supporters' rally", "lawyers",
         attr_alt=[RFE, "Police"])]),


    # --- the former Yugoslavia -----------------------------------------------------------------
    P("d75_011",
      "ZAGREB, Sept 17 (Reuters) - Canadian U.N. peacekeepers who moved into the Medak pocket "
      "after Croatian troops pulled back found \"total destruction\" in the Serb villages there, a "
      "U.N. spokesman said on Friday. Not a single house was left standing in at least 11 "
      "villages, and soldiers had found the bodies of 16 civilians, some of them burned, "
      "spokesman Shannon Boyd told reporters. The Croatian army seized the pocket, about 3 km "
      "deep and 5 km wide, in an offensive on September 9 and agreed to withdraw under a "
      "ceasefire brokered by the United Nations. Serb authorities in Knin said about 50 civilians "
      "were unaccounted for. Croatian soldiers had exchanged fire with the Canadians for about 15 "
      "minutes as they arrived, and the Canadian battalion later said up to 27 Croatian soldiers "
      "had been killed or wounded in the exchange.",
      [C("at least 11", 11, "at_least", "other", "villages with no house standing", BOYD,
         cat_alt=["infrastructure"]),
       C("16", 16, "exact", "killed", "civilians found dead in Medak pocket", BOYD),
       C("about 50", 50, "about", "missing", "civilians unaccounted for", KNIN),
       C("up to 27", 27, "at_most", "injured", "Croatian soldiers killed or wounded",
         "the Canadian battalion", cat_alt=["killed", "other"])]),

    P("d75_012",
      "ZADAR, Nov 21 (Hina) - Croatian authorities said on Thursday that the bodies of at least "
      "38 civilians had been found in Škabrnja, a village 12 kilometres east of Zadar taken by "
      "the Yugoslav People's Army and Serb paramilitaries on Monday. Residents who escaped to "
      "Zadar told Hina that soldiers had gone from house to house and that many of the dead were "
      "elderly. The Zadar crisis headquarters said around 1,000 people had fled the village and "
      "neighbouring Nadin and were being housed in hotels on the coast. Of the Croatian defenders "
      "who held the village, 14 were killed and dozens were captured, it said. The army has not "
      "commented.",
      [C("at least 38", 38, "at_least", "killed", "civilians in Škabrnja",
         "Croatian authorities"),
       C("around 1,000", 1000, "about", "displaced", "people who fled Škabrnja and Nadin",
         ZADAR_HQ),
       C("14", 14, "exact", "killed", "Croatian defenders", ZADAR_HQ, attr_alt=["it"]),
       C("dozens", 12, "vague", "detained", "Croatian defenders captured", ZADAR_HQ,
         cat_alt=["hostages"], attr_alt=["it"])]),

    P("d75_013",
      "BELGRADE, May 31, 1999 (AFP) - NATO warplanes struck a bridge in the central Serbian "
      "town of Varvarin on Sunday afternoon as crowds gathered for a market day and a church "
      "holiday, killing at least 10 civilians and injuring 17 seriously, the Yugoslav news "
      "agency Tanjug said. The jets returned minutes later and fired again as people rushed to "
      "help the wounded, local officials told AFP. Among the dead was a 15-year-old girl, Sanja "
      "Milenković. NATO said in Brussels that the bridge was a \"legitimate\" target on a major "
      "line of communication and that its aircraft had used precision-guided munitions. Serbian "
      "officials said four missiles were fired in two passes.",
      [C("at least 10", 10, "at_least", "killed", "civilians in Varvarin", TANJUG),
       C("17", 17, "exact", "injured", "seriously injured in Varvarin", TANJUG),
       C("four", 4, "exact", "munitions", "missiles fired at Varvarin bridge",
         "Serbian officials"),
       C("two", 2, "exact", "other", "passes by the jets", "Serbian officials",
         optional=True, cat_alt=["munitions"])],
      published="1999-05-31"),

    P("d75_014",
      "Friday, 7 May, 1999, 21:58 GMT\n"
      "Nato admits cluster bombs hit Nis\n"
      "Nato has admitted that one of its cluster bombs may have gone astray and hit a market and "
      "a hospital in the southern Serbian city of Nis, where Yugoslav officials say at least 15 "
      "civilians were killed. Serbian television showed bodies lying in the street near the "
      "market and said more than 60 people had been wounded. A Nato spokesman in Brussels, Jamie "
      "Shea, said the target had been the city's airfield, about 2 kilometres away. Doctors at "
      "the city's clinical centre told reporters that 28 of the injured had undergone surgery "
      "overnight. Belgrade says more than 1,200 civilians have died in six weeks of air strikes; "
      "Nato has not given an estimate of its own.",
      [C("at least 15", 15, "at_least", "killed", "civilians in Nis", "Yugoslav officials"),
       C("more than 60", 60, "more_than", "injured", "people in Nis", "Serbian television"),
       C("28", 28, "exact", "injured", "injured operated on", NIS_DOCS),
       C("more than 1,200", 1200, "more_than", "killed", "civilians in six weeks of strikes",
         "Belgrade")],
      published="1999-05-07"),

    # --- Ukraine -------------------------------------------------------------------------------
    P("d75_015",
      "Helicopter crash in Brovary kills Interior Minister Monastyrskyi, 13 others\n"
      "January 18, 2023 9:41 pm\n"
      "A State Emergency Service helicopter crashed next to a kindergarten in Brovary, a town "
      "just east of Kyiv, on the morning of Jan. 18, killing 14 people, including Interior "
      "Minister Denys Monastyrskyi, his first deputy Yevhen Yenin and one child, the National "
      "Police reported. The toll was revised down from 18 during the day after rescuers had "
      "counted some of the dead twice, the police said. All nine people on board were killed. "
      "Another 25 people were injured, including 11 children, according to Kyiv Oblast Governor "
      "Oleksiy Kuleba. Most of the children were inside the kindergarten building, which was "
      "partially destroyed. The cause of the crash has not yet been established.",
      [C("13", 13, "exact", "killed", "others killed in Brovary crash (headline)", None),
       C("14", 14, "exact", "killed", "people in Brovary helicopter crash", UA_POLICE),
       C("one", 1, "exact", "killed", "child among the dead", UA_POLICE),
       C("18", 18, "exact", "killed", "earlier toll", "the police", attr_alt=[UA_POLICE],
         ctx="from 18 during"),
       C("nine", 9, "exact", "killed", "people on board", "the police",
         attr_alt=[None, UA_POLICE]),
       C("25", 25, "exact", "injured", "people in Brovary", KULEBA),
       C("11", 11, "exact", "injured", "children injured", KULEBA)],
      published="2023-01-18"),

    P("d75_016",
      "IRPIN, Ukraine (AP) — Russian mortar shells slammed into a street on Sunday where "
      "civilians were trying to flee Irpin across a destroyed bridge toward Kyiv, killing a "
      "mother, her two children and a church volunteer who was helping them, witnesses and local "
      "officials said. Irpin's mayor, Oleksandr Markushyn, said at least eight civilians had been "
      "killed in the town on Sunday as Russian forces pressed toward the capital. Thousands of "
      "residents have crossed the makeshift planks under the wrecked bridge over the past three "
      "days, carrying children and pets, and police estimated that about 2,000 people made the "
      "crossing on Sunday alone. Ukrainian soldiers and volunteers carried elderly people across "
      "on stretchers. There was no immediate comment from Moscow, which denies targeting "
      "civilians.",
      [C("two", 2, "exact", "killed", "children killed fleeing Irpin",
         "witnesses and local officials"),
       C("at least eight", 8, "at_least", "killed", "civilians in Irpin", MARKUSHYN),
       C("Thousands", 1000, "vague", "displaced", "residents who crossed under the bridge",
         None),
       C("about 2,000", 2000, "about", "displaced", "people who crossed on Sunday", "police")]),

    P("d75_017",
      "Zelensky: 87 killed in Russian strike on Desna training base\n"
      "May 17, 2022 11:07 pm\n"
      "A Russian missile strike on a military training centre in Desna, Chernihiv Oblast, early "
      "on May 17 killed 87 people, President Volodymyr Zelensky said in a video address to the "
      "Lithuanian parliament. The bodies were found under the rubble, Zelensky said, without "
      "specifying whether the victims were soldiers or civilians. Earlier in the day, Ukraine's "
      "State Emergency Service said eight people had been killed and 12 injured in the attack, "
      "and rescuers were still searching the ruins. Russia's Defence Ministry said it had struck "
      "the base with high-precision Kalibr missiles and had killed \"up to 100\" Ukrainian "
      "servicemen training there. Ukraine's military did not comment on its losses.",
      [C("87", 87, "exact", "killed", "people at Desna base (headline)", "Zelensky",
         attr_alt=[ZELENSKY], ctx="Zelensky: 87"),
       C("87", 87, "exact", "killed", "people at Desna training centre", ZELENSKY,
         ctx="killed 87 people"),
       C("eight", 8, "exact", "killed", "people at Desna (earlier toll)", UA_SES),
       C("12", 12, "exact", "injured", "people at Desna", UA_SES),
       C("up to 100", 100, "at_most", "killed", "Ukrainian servicemen (Russian claim)",
         RU_MOD)],
      published="2022-05-17"),

    P("d75_018",
      "12:58 pm, June 16, 2023\n"
      "Explosion at Piromash plant near Moscow: what we know so far\n"
      "An explosion at a warehouse of the Piromash pyrotechnics plant in Sergiev Posad, about 70 "
      "kilometres north-east of Moscow, injured dozens of people on Friday morning. Here is what "
      "we know:\n"
      "- One person was killed, according to the regional government.\n"
      "- 56 people sought medical help and 6 of them were hospitalised (Moscow Oblast Health "
      "Ministry).\n"
      "- The blast damaged 38 apartment buildings and shattered windows in several schools and "
      "kindergartens, local officials said.\n"
      "- About 400 residents of nearby streets were evacuated.\n"
      "- The Investigative Committee has opened a criminal case over violations of industrial "
      "safety rules.",
      [C("dozens", 12, "vague", "injured", "people injured in Sergiev Posad", None),
       C("One", 1, "exact", "killed", "person killed", "the regional government"),
       C("56", 56, "exact", "injured", "people who sought medical help", MO_MOH,
         cat_alt=["other"]),
       C("6", 6, "exact", "injured", "people hospitalised", MO_MOH),
       C("38", 38, "exact", "infrastructure", "apartment buildings damaged", "local officials"),
       C("About 400", 400, "about", "displaced", "residents evacuated", None)],
      published="2023-06-16"),

    # --- riots, protests and crackdowns --------------------------------------------------------
    P("d75_019",
      "Kondopoga Tense After Riots Drive Out Chechens\n"
      "By Anatoly Medetsky\n"
      "Staff Writer\n"
      "KONDOPOGA, Karelia — Riot police patrolled the streets of this paper-mill town of 35,000 "
      "on Monday after two nights of rioting in which crowds set fire to a restaurant and market "
      "stalls owned by people from the Caucasus. Two local men died after a bar brawl with a "
      "group of Chechens last Wednesday, sparking the unrest. Karelia's police chief said 109 "
      "people had been detained, most of them for public order offenses, and that 25 had been "
      "charged. Human rights activists said dozens of Chechen families had left the town for fear "
      "of reprisals; local officials put the figure at about 60 people. Prosecutors said on "
      "Monday that an ethnic Chechen suspected of the killings had been arrested in Petrozavodsk.",
      [C("35,000", 35000, "exact", "population", "residents of Kondopoga", None),
       C("Two", 2, "exact", "killed", "local men killed in bar brawl", None),
       C("109", 109, "exact", "detained", "people detained in Kondopoga", KAR_POLICE),
       C("25", 25, "exact", "detained", "people charged", KAR_POLICE, cat_alt=["other"]),
       C("dozens", 12, "vague", "displaced", "Chechen families who left Kondopoga",
         "Human rights activists"),
       C("about 60", 60, "about", "displaced", "people who left Kondopoga", "local officials")]),

    P("d75_020",
      "Police Detain 1,200 at Moscow Vegetable Warehouse After Riot\n"
      "Oct. 14, 2013\n"
      "Police rounded up about 1,200 migrant workers at a vegetable warehouse in southern Moscow "
      "on Monday, a day after a crowd of nationalists ransacked a shopping centre in the "
      "Biryulyovo district in protest over the killing of a local man. City police said 380 "
      "people had been detained during Sunday's riot, in which protesters smashed windows, "
      "overturned cars and chanted nationalist slogans. At least 23 people were injured, among "
      "them eight police officers, Interfax reported, citing a source in the city's health "
      "department. Egor Shcherbakov, 25, was stabbed to death in front of his girlfriend last "
      "Thursday. Police said the suspect had not yet been identified and that the detained "
      "workers would be questioned about possible links to the crime.",
      [C("1,200", 1200, "exact", "detained", "migrant workers (headline)", None,
         ctx="Detain 1,200"),
       C("about 1,200", 1200, "about", "detained", "migrant workers rounded up", None,
         attr_alt=["Police"]),
       C("380", 380, "exact", "detained", "people detained in Biryulyovo riot", "City police"),
       C("At least 23", 23, "at_least", "injured", "people in Biryulyovo riot", MSK_HEALTH,
         attr_alt=["Interfax"]),
       C("eight", 8, "exact", "injured", "police officers injured", MSK_HEALTH,
         attr_alt=["Interfax"])],
      published="2013-10-14"),

    P("d75_021",
      "TALLINN, April 28, 2007 (AFP) - Estonian police detained more than 600 people during a "
      "second night of rioting in the capital over the removal of a Soviet war memorial, "
      "bringing to over 1,000 the number held since the unrest began, the interior ministry said "
      "on Saturday. A 20-year-old Russian citizen stabbed during the first night of clashes died "
      "in hospital, and 57 people, 13 of them police officers, needed medical treatment after "
      "Friday's violence, the Tallinn emergency service said. Rioters smashed shop windows and "
      "looted stores in the old town, and police used tear gas and water cannon to disperse "
      "crowds of up to 1,000, mostly ethnic Russian youths. The government moved the Bronze "
      "Soldier statue overnight to an undisclosed location. Moscow warned of \"serious "
      "consequences\" for relations.",
      [C("more than 600", 600, "more_than", "detained", "people detained on second night",
         EE_MVD),
       C("over 1,000", 1000, "more_than", "detained", "people held since unrest began",
         EE_MVD),
       C("57", 57, "exact", "injured", "people treated after Friday's violence", TALLINN_EMS,
         cat_alt=["other"]),
       C("13", 13, "exact", "injured", "police officers treated", TALLINN_EMS,
         cat_alt=["other"]),
       C("up to 1,000", 1000, "at_most", "other", "rioters in crowds", None)],
      published="2007-04-28"),

    P("d75_022",
      "Chemnitz: Police outnumbered as far-right and counter-protesters clash\n"
      "Date 28.08.2018\n"
      "About 6,000 supporters of far-right groups and some 1,500 counter-demonstrators took to "
      "the streets of the eastern German city of Chemnitz on Monday evening, Saxony police said "
      "on Tuesday. Eighteen people were injured, two of them police officers, as the groups threw "
      "fireworks and bottles at each other, the police said. Saxony's police chief admitted that "
      "the force had underestimated the turnout and had only 591 officers on duty. The protests "
      "followed the fatal stabbing of a 35-year-old German man on Sunday; two men, an Iraqi and "
      "a Syrian, have been arrested. Chancellor Angela Merkel said there was \"no place\" for "
      "hunting people down in the streets.",
      [C("About 6,000", 6000, "about", "other", "far-right protesters", SAXONY),
       C("some 1,500", 1500, "about", "other", "counter-demonstrators", SAXONY),
       C("Eighteen", 18, "exact", "injured", "people in Chemnitz clashes", "the police",
         attr_alt=[SAXONY]),
       C("two", 2, "exact", "injured", "police officers injured", "the police",
         attr_alt=[SAXONY], ctx="two of them police"),
       C("591", 591, "exact", "troops", "police officers on duty", SAXONY_CHIEF,
         cat_alt=["other"]),
       C("two", 2, "exact", "detained", "men arrested over stabbing", None,
         ctx="two men, an Iraqi")],
      published="2018-08-28"),

    P("d75_023",
      "BARCELONA, Oct 19 (EFE).- More than half a million people marched in Barcelona on Friday "
      "against the prison sentences handed to nine Catalan independence leaders, according to "
      "the city's Guardia Urbana, before the day ended in the worst street clashes the city has "
      "seen in years around Plaza Urquinaona. Catalonia's emergency medical service (SEM) said "
      "182 people had been treated overnight, 152 of them in Barcelona, and that 33 were taken to "
      "hospital. The regional interior department said 83 people had been arrested across "
      "Catalonia, bringing to 194 the number detained since Monday. Spain's interior ministry "
      "said 207 police officers had been hurt during the week. Protesters set fire to barricades "
      "and hurled rocks and acid at police, who responded with foam bullets and tear gas.",
      [C("More than half a million", 500000, "more_than", "other", "marchers in Barcelona",
         "the city's Guardia Urbana"),
       C("nine", 9, "exact", "detained", "Catalan leaders sentenced", None),
       C("182", 182, "exact", "injured", "people treated overnight", SEM, cat_alt=["other"]),
       C("152", 152, "exact", "injured", "people treated in Barcelona", SEM,
         cat_alt=["other"]),
       C("33", 33, "exact", "injured", "people taken to hospital", SEM, cat_alt=["other"]),
       C("83", 83, "exact", "detained", "people arrested across Catalonia", CAT_INTERIOR),
       C("194", 194, "exact", "detained", "people detained since Monday", CAT_INTERIOR),
       C("207", 207, "exact", "injured", "police officers hurt during the week", ES_MIR)]),

    P("d75_024",
      "ATHENS, May 5 (Reuters) - Three bank employees died on Wednesday when protesters hurled "
      "petrol bombs into a Marfin Egnatia Bank branch in central Athens during a general strike "
      "against austerity cuts, police said. A pregnant woman was among the dead, a hospital "
      "official said. Firefighters pulled four other people out of the burning building alive. "
      "Police said about 100,000 people had marched on parliament, while the ADEDY and GSEE "
      "unions put the turnout at over 200,000, the biggest protest since the debt crisis began. "
      "At least 12 people were arrested and 28 were injured in clashes, a police spokesman said. "
      "Greece has agreed to 30 billion euros of spending cuts in exchange for a 110 billion euro "
      "bailout.",
      [C("Three", 3, "exact", "killed", "bank employees", "police"),
       C("four", 4, "exact", "other", "people pulled out alive", None,
         attr_alt=["Firefighters"]),
       C("about 100,000", 100000, "about", "other", "marchers on parliament", "Police"),
       C("over 200,000", 200000, "more_than", "other", "marchers on parliament",
         "the ADEDY and GSEE unions"),
       C("At least 12", 12, "at_least", "detained", "people arrested", "a police spokesman"),
       C("28", 28, "exact", "injured", "people injured in clashes", "a police spokesman")]),

    P("d75_025",
      "Ingushetia protest: dozens detained after clashes with police in Magas\n"
      "11:34 pm, March 27, 2019\n"
      "Security forces detained dozens of people in Magas on Wednesday after a rally against the "
      "border deal with Chechnya ended in clashes with the National Guard, local media reported. "
      "Ingushetia's Interior Ministry said 17 police officers were injured, three of them "
      "seriously, and that a criminal case had been opened over violence against officials. The "
      "rally's organisers said around 10,000 people had come to the square; the authorities, who "
      "had allowed the rally only until Tuesday evening, gave no estimate. Troops from "
      "neighbouring regions were flown in during the night, according to the independent outlet "
      "Fortanga, which said \"hundreds\" had arrived. At least seven organisers were later "
      "detained, the human rights center Memorial said.",
      [C("dozens", 12, "vague", "detained", "people detained in Magas (headline)", None,
         ctx="dozens detained"),
       C("dozens", 12, "vague", "detained", "people detained in Magas", "local media",
         attr_alt=["Security forces"], ctx="dozens of people"),
       C("17", 17, "exact", "injured", "police officers injured", ING_MVD),
       C("three", 3, "exact", "injured", "seriously injured officers", ING_MVD),
       C("around 10,000", 10000, "about", "other", "people at rally", "The rally's organisers"),
       C("hundreds", 100, "vague", "troops", "troops flown in", FORTANGA),
       C("At least seven", 7, "at_least", "detained", "organisers detained", MEMORIAL_HRC)],
      published="2019-03-27"),

    # --- migrant shipwrecks --------------------------------------------------------------------
    P("d75_026",
      "ATHENS, Greece (AP) — Greek coast guard divers recovered the bodies of two more children "
      "from a sunken migrant boat off the island of Farmakonisi on Tuesday, raising the death "
      "toll to 11, officials said. Three women and eight children drowned when the fishing boat "
      "carrying 28 Afghans and Syrians capsized early Monday as a coast guard patrol vessel towed "
      "it, according to the merchant marine ministry. Sixteen people were rescued. Survivors told "
      "the U.N. refugee agency that the coast guard had been towing them at high speed back "
      "toward Turkish waters, a claim the ministry denied. Amnesty International called for an "
      "independent investigation.",
      [C("two", 2, "exact", "killed", "children's bodies recovered", "officials",
         attr_alt=[None]),
       C("11", 11, "exact", "killed", "migrants off Farmakonisi", "officials"),
       C("Three", 3, "exact", "killed", "women drowned", GR_MMM),
       C("eight", 8, "exact", "killed", "children drowned", GR_MMM),
       C("28", 28, "exact", "other", "people on board", GR_MMM),
       C("Sixteen", 16, "exact", "other", "people rescued", GR_MMM, attr_alt=[None])]),

    P("d75_027",
      "(ANSA) - BRINDISI, 29 MAR - The Italian navy has recovered 34 survivors and the bodies of "
      "five people after an Albanian motor launch packed with refugees sank in the Strait of "
      "Otranto on Friday night following a collision with the corvette Sibilla, the defence "
      "ministry said. Survivors interviewed at the port of Brindisi said there had been at least "
      "100 people aboard, many of them women and children from Vlora; the navy put the number at "
      "about 70. The launch, the Kater i Rades, had been ordered to turn back under a naval "
      "blockade agreed with Tirana this week. Defence Minister Beniamino Andreatta said the "
      "corvette had followed its rules of engagement. More than 13,000 Albanians have reached "
      "Italy's southern coast since the start of the month, according to the interior ministry.",
      [C("34", 34, "exact", "other", "survivors recovered", "the defence ministry"),
       C("five", 5, "exact", "killed", "bodies recovered", "the defence ministry"),
       C("at least 100", 100, "at_least", "other", "people aboard the launch", BRINDISI),
       C("about 70", 70, "about", "other", "people aboard the launch", "the navy"),
       C("More than 13,000", 13000, "more_than", "displaced", "Albanians who reached Italy",
         "the interior ministry", cat_alt=["other"])]),

    P("d75_028",
      "Five migrants, including a child, die in Channel crossing attempt\n"
      "Published on: 23/04/2024 - 12:31\n"
      "Five people, including a seven-year-old girl, died early on Tuesday when an overcrowded "
      "small boat ran into difficulty off the beach at Wimereux, on France's northern coast, the "
      "regional prefecture said. Authorities said 110 people had crammed onto the inflatable; 49 "
      "of them refused to be rescued and continued towards England, while 47 others were picked "
      "up by a French navy vessel and brought to Boulogne-sur-Mer. Four people were taken to "
      "hospital, one of them in a critical condition, a local official told AFP. The deaths came "
      "hours after the British parliament passed a bill to deport asylum seekers to Rwanda. At "
      "least 15 migrants have died trying to cross the Channel this year, according to the AFP "
      "tally.",
      [C("Five", 5, "exact", "killed", "migrants (headline)", None, ctx="Five migrants"),
       C("Five", 5, "exact", "killed", "people off Wimereux", "the regional prefecture",
         ctx="Five people"),
       C("110", 110, "exact", "other", "people on the inflatable", "Authorities"),
       C("49", 49, "exact", "displaced", "migrants who continued towards England",
         "Authorities", cat_alt=["other"]),
       C("47", 47, "exact", "other", "people picked up by navy vessel", "Authorities"),
       C("Four", 4, "exact", "injured", "people taken to hospital", "a local official",
         cat_alt=["other"]),
       C("one", 1, "exact", "injured", "person in critical condition", "a local official",
         optional=True),
       C("At least 15", 15, "at_least", "killed", "migrants dead in Channel this year",
         "the AFP tally")],
      published="2024-04-23"),

    # --- floods --------------------------------------------------------------------------------
    P("d75_029",
      "WARSAW, July 14 (PAP) - The death toll from floods in southern and western Poland has "
      "risen to 37, the government's flood committee said on Monday, as the crest of the Oder "
      "moved towards Wroclaw. More than 70,000 people have been evacuated from their homes, and "
      "about 650 towns and villages are under water, according to the committee. Interior "
      "Minister Leszek Miller said 8,000 soldiers and 3,500 firefighters were taking part in the "
      "rescue operation, together with some 60 army helicopters. In Opole, residents said the "
      "water had reached the first floor of buildings in the city centre. The Czech government "
      "said 29 people had died on its side of the border.",
      [C("37", 37, "exact", "killed", "people in Polish floods", PL_COMMITTEE),
       C("More than 70,000", 70000, "more_than", "displaced", "people evacuated",
         "the committee", attr_alt=[PL_COMMITTEE]),
       C("about 650", 650, "about", "other", "towns and villages under water", "the committee",
         optional=True, cat_alt=["infrastructure"], attr_alt=[PL_COMMITTEE]),
       C("8,000", 8000, "exact", "troops", "soldiers in rescue operation", MILLER),
       C("3,500", 3500, "exact", "troops", "firefighters in rescue operation", MILLER,
         cat_alt=["other"]),
       C("some 60", 60, "about", "other", "army helicopters", MILLER, optional=True,
         cat_alt=["munitions"]),
       C("29", 29, "exact", "killed", "people in Czech floods", "The Czech government")]),

    P("d75_030",
      "Mandra flash flood toll rises to 19 as search goes on\n"
      "ekathimerini.com | Thursday, November 16, 2017\n"
      "The number of people killed by flash floods that swept through the town of Mandra and "
      "neighbouring Nea Peramos, west of Athens, rose to 19 on Thursday, the fire service said, as "
      "rescuers searched for at least four people still missing. Torrents of mud and water tore "
      "through the towns early on Wednesday after a night of heavy rain, sweeping away cars and "
      "flooding hundreds of homes. Regional governor Rena Dourou said 500 homes and 70 businesses "
      "had been damaged in Mandra alone. The army sent 30 soldiers and 12 vehicles to help clear "
      "the streets, the defence ministry said. Prime Minister Alexis Tsipras declared three days of "
      "national mourning for the victims.",
      [C("19", 19, "exact", "killed", "people in Mandra floods (headline)", None,
         ctx="rises to 19"),
       C("19", 19, "exact", "killed", "people in Mandra and Nea Peramos", "the fire service",
         ctx="rose to 19"),
       C("at least four", 4, "at_least", "missing", "people still missing", "the fire service"),
       C("hundreds", 100, "vague", "infrastructure", "homes flooded", None),
       C("500", 500, "exact", "infrastructure", "homes damaged in Mandra", DOUROU),
       C("70", 70, "exact", "infrastructure", "businesses damaged in Mandra", DOUROU),
       C("30", 30, "exact", "troops", "soldiers sent to clear streets", "the defence ministry",
         attr_alt=["The army"]),
       C("12", 12, "exact", "other", "army vehicles", "the defence ministry", optional=True,
         attr_alt=["The army"])],
      published="2017-11-16"),

    P("d75_031",
      "(ANSA) - Olbia, November 19 - At least 16 people died after Cyclone Cleopatra dumped 450 "
      "millimetres of rain on Sardinia in 24 hours, the civil protection department said Tuesday, "
      "while Premier Enrico Letta said the toll stood at 18. A family of four, including two "
      "children, drowned in their basement flat in Arzachena, police in Arzachena said, and a "
      "police officer died when a bridge collapsed under his car near Dorgali. Some 2,700 people "
      "have been left homeless, most of them in and around Olbia, whose mayor said the city had "
      "been \"devastated\". The government declared a state of emergency and set aside 20 million "
      "euros for the first relief efforts. A man is still missing near Torpè.",
      [C("At least 16", 16, "at_least", "killed", "people in Sardinia floods", IT_DPC),
       C("18", 18, "exact", "killed", "people in Sardinia floods", LETTA),
       C("four", 4, "exact", "killed", "family drowned in Arzachena", "police in Arzachena"),
       C("two", 2, "exact", "killed", "children drowned in Arzachena", "police in Arzachena"),
       C("Some 2,700", 2700, "about", "displaced", "people left homeless", None)]),

    P("d75_032",
      "Siberian Floods Death Toll Rises to 18\n"
      "July 2, 2019\n"
      "The number of people killed in floods in the Irkutsk region of Siberia has risen to 18, "
      "with 11 others still missing, the Emergency Situations Ministry said Tuesday. More than "
      "4,000 residential buildings have been inundated in the town of Tulun and surrounding "
      "districts, and about 33,000 people have been affected, the ministry said. Regional "
      "governor Sergei Levchenko said 4,500 people had been placed in temporary accommodation "
      "centres. The ministry has flown in 80 tons of humanitarian aid, including drinking water "
      "and food. President Vladimir Putin, who visited the region on Friday, criticized local "
      "officials for a slow response.",
      [C("18", 18, "exact", "killed", "people in Irkutsk floods (headline)", None,
         ctx="Rises to 18"),
       C("18", 18, "exact", "killed", "people in Irkutsk floods", RU_MCHS, ctx="risen to 18"),
       C("11", 11, "exact", "missing", "people missing", RU_MCHS),
       C("More than 4,000", 4000, "more_than", "infrastructure", "residential buildings "
         "inundated", "the ministry", attr_alt=[RU_MCHS]),
       C("about 33,000", 33000, "about", "other", "people affected", "the ministry",
         cat_alt=["population"], attr_alt=[RU_MCHS]),
       C("4,500", 4500, "exact", "displaced", "people in temporary accommodation", LEVCHENKO),
       C("80", 80, "exact", "aid", "tons of humanitarian aid", None,
         attr_alt=["The ministry"])],
      published="2019-07-02"),

    # --- wildfires and heat --------------------------------------------------------------------
    P("d75_033",
      "ABAKAN, Russia, April 13 (Reuters) - Wildfires fanned by strong winds have killed 23 "
      "people and destroyed more than 1,200 homes in the Siberian region of Khakassia, the "
      "Emergencies Ministry said on Monday, as the government declared a state of emergency. "
      "Some 900 people were injured or sought medical help, 37 of them with serious burns, the "
      "regional health ministry said. About 5,000 people have been left homeless, regional "
      "governor Viktor Zimin told state television, blaming farmers who set fire to dry grass in "
      "violation of a ban. Nearly 5,000 firefighters and soldiers, backed by 30 aircraft, were "
      "battling blazes in Khakassia and the neighbouring Zabaykalsky region, where 8 people have "
      "died. Investigators have opened a criminal case against local officials.",
      [C("23", 23, "exact", "killed", "people in Khakassia wildfires", KH_MCHS),
       C("more than 1,200", 1200, "more_than", "infrastructure", "homes destroyed", KH_MCHS),
       C("Some 900", 900, "about", "injured", "people injured or seeking help", KH_HEALTH,
         cat_alt=["other"]),
       C("37", 37, "exact", "injured", "people with serious burns", KH_HEALTH),
       C("About 5,000", 5000, "about", "displaced", "people left homeless", ZIMIN),
       C("Nearly 5,000", 5000, "about", "troops", "firefighters and soldiers", None,
         cat_alt=["other"]),
       C("30", 30, "exact", "other", "firefighting aircraft", None, optional=True,
         cat_alt=["munitions"]),
       C("8", 8, "exact", "killed", "people in Zabaykalsky region", None)]),

    P("d75_034",
      "Heatwave: Bodies of missing hikers found on Greek islands\n"
      "Updated: 18/06/2024 - 16:20\n"
      "The bodies of two more foreign tourists have been found on Greek islands as an "
      "early-season heatwave pushed temperatures above 40C, bringing to at least five the number "
      "of hikers who have died or gone missing this month. A Dutch man, 74, was found dead on "
      "Samos on Monday, and the body of a 55-year-old American was recovered on Mathraki, police "
      "said. British broadcaster Michael Mosley was found dead on Symi on 9 June after setting off "
      "on a walk in temperatures of around 37C. Two French women, aged 73 and 64, are still "
      "missing on Sikinos, the coast guard said. The Acropolis closed for a second day in the "
      "afternoon, and firefighters tackled 40 wildfires in 24 hours, the fire service said.",
      [C("two", 2, "exact", "killed", "foreign tourists found dead", None,
         attr_alt=["police"], ctx="two more foreign"),
       C("at least five", 5, "at_least", "killed", "hikers dead or missing this month", None,
         cat_alt=["missing"], attr_alt=["police"]),
       C("Two", 2, "exact", "missing", "French women missing on Sikinos", "the coast guard"),
       C("40", 40, "exact", "other", "wildfires in 24 hours", "the fire service")],
      published="2024-06-18"),

    P("d75_035",
      "ROME, July 18 (ANSA) - Italy's health ministry issued its highest heat alert for the "
      "coming days as the anticyclone nicknamed Cerberus pushed temperatures towards 43C in Rome, "
      "where the previous record of 40.5C was set in 2007. Forecasters said Sardinia could see "
      "47C on Wednesday, close to the European record of 48.8C set in Sicily in August 2021. "
      "Tourists queued for up to two hours in the sun outside the Colosseum, where the city has "
      "set up water points. The ministry advised people to stay indoors between 11am and 6pm. "
      "No heat-related deaths have been confirmed.",
      []),

    # --- building collapses and transport disasters --------------------------------------------
    P("d75_036",
      "KATOWICE, Jan 29 (PAP) - Rescuers have pulled 62 bodies from the ruins of an exhibition "
      "hall in Katowice whose snow-laden roof collapsed during a pigeon-racing fair on Saturday "
      "evening, the regional governor's office said on Sunday. More than 140 people were "
      "injured, and doctors said 13 of them were in a serious condition. About 500 people were "
      "thought to have been inside the hall when the roof gave way, and firefighters said none of "
      "those still trapped could have survived a night of temperatures of minus 15 degrees. "
      "Among the dead were visitors from Germany, the Czech Republic, Belgium and the "
      "Netherlands. President Lech Kaczyński declared three days of national mourning.",
      [C("62", 62, "exact", "killed", "bodies pulled from exhibition hall", SILESIA),
       C("More than 140", 140, "more_than", "injured", "people injured in hall collapse",
         SILESIA, attr_alt=[None]),
       C("13", 13, "exact", "injured", "seriously injured", "doctors"),
       C("About 500", 500, "about", "other", "people inside the hall", None)]),

    P("d75_037",
      "Surmalu explosion: death toll reaches 16, search continues\n"
      "YEREVAN, AUGUST 16, ARMENPRESS. The number of people killed in Sunday's explosion at the "
      "Surmalu trade centre in Yerevan has reached 16, the Ministry of Emergency Situations said "
      "on Tuesday. Rescuers are still searching the rubble for 3 people who remain unaccounted "
      "for, ministry spokesperson Hayk Kostanyan told reporters. Sixty-one people were injured in "
      "the blast, and 12 of them are still in hospital, according to the Health Ministry. The "
      "explosion, which investigators say began in a warehouse storing fireworks, destroyed part "
      "of the building, which housed around 200 shops. Prime Minister Nikol Pashinyan has "
      "ordered an inquiry into how the fireworks came to be stored there.",
      [C("16", 16, "exact", "killed", "people in Surmalu explosion (headline)", None,
         ctx="reaches 16"),
       C("16", 16, "exact", "killed", "people in Surmalu explosion", AM_MES,
         ctx="has reached 16"),
       C("3", 3, "exact", "missing", "people unaccounted for", KOSTANYAN),
       C("Sixty-one", 61, "exact", "injured", "people injured in blast", "the Health Ministry"),
       C("12", 12, "exact", "injured", "people still in hospital", "the Health Ministry"),
       C("around 200", 200, "about", "infrastructure", "shops in the building", None,
         cat_alt=["other"])]),

    P("d75_038",
      "BUDAPEST, May 30 (Reuters) - Hungarian rescuers searched the Danube on Thursday for 21 "
      "people missing after a sightseeing boat carrying South Korean tourists sank in the centre "
      "of Budapest after colliding with a river cruise ship, police said. Seven South Koreans "
      "were confirmed dead and seven others were rescued, the police said. The Hableány was "
      "carrying 33 South Korean tourists and two Hungarian crew members when it capsized in heavy "
      "rain on Wednesday night; both crew members are among the missing. South Korea sent a team "
      "of 18 rescuers, including divers, and its foreign minister flew to Budapest. The captain "
      "of the Viking Sigyn, a 64-year-old Ukrainian, was detained.",
      [C("21", 21, "exact", "missing", "people missing in the Danube", "police"),
       C("Seven", 7, "exact", "killed", "South Koreans confirmed dead", "the police",
         attr_alt=["police"]),
       C("seven", 7, "exact", "other", "people rescued", "the police", attr_alt=["police"]),
       C("33", 33, "exact", "other", "South Korean tourists on board", "the police",
         attr_alt=[None, "police"]),
       C("two", 2, "exact", "other", "Hungarian crew members on board", "the police",
         attr_alt=[None, "police"]),
       C("18", 18, "exact", "troops", "South Korean rescuers", None, cat_alt=["other"],
         attr_alt=["South Korea"])]),

    P("d75_039",
      "Italy train crash: 23 dead in head-on collision in Puglia\n"
      "Last updated: 13/07/2016\n"
      "Twenty-three people were killed and more than 50 injured when two commuter trains collided "
      "head-on on a single-track line between Andria and Corato in southern Italy, according to "
      "the latest figures from the prefecture of Bari. Rescuers worked through the night with "
      "cranes and their bare hands to free passengers from the twisted carriages in temperatures "
      "of over 35 degrees. Transport Minister Graziano Delrio said the line, run by the private "
      "company Ferrotramviaria, was due to be doubled. Investigators are examining whether a "
      "station master gave the wrong signal. The trains were each travelling at around 100 km/h "
      "and had four carriages each, according to Italian media.",
      [C("23", 23, "exact", "killed", "people in train crash (headline)", None),
       C("Twenty-three", 23, "exact", "killed", "people in Andria–Corato crash", BARI,
         attr_alt=["the prefecture of Bari"]),
       C("more than 50", 50, "more_than", "injured", "people in Andria–Corato crash", BARI,
         attr_alt=["the prefecture of Bari"]),
       C("two", 2, "exact", "other", "commuter trains", BARI, optional=True,
         attr_alt=[None, "the prefecture of Bari"]),
       C("four", 4, "exact", "other", "carriages per train", "Italian media", optional=True)],
      published="2016-07-13"),

    P("d75_040",
      "MILAN, Oct 8 (Reuters) - A Scandinavian Airlines jet carrying 104 passengers and six crew "
      "collided with a small private plane on take-off in thick fog at Milan's Linate airport on "
      "Monday and crashed into a baggage hangar, killing everyone on board, airport officials "
      "said. The four people in the Cessna also died, and at least four baggage handlers were "
      "killed in the hangar, bringing the toll to 118, the officials said. Three more airport "
      "workers were badly burned and are in hospital. Visibility at the time was under 200 "
      "metres, and the airport's ground radar had been out of service, according to air traffic "
      "controllers' unions. Prosecutors have opened a manslaughter investigation.",
      [C("104", 104, "exact", "other", "passengers on SAS jet", "airport officials",
         cat_alt=["killed"]),
       C("six", 6, "exact", "other", "crew on SAS jet", "airport officials",
         cat_alt=["killed"]),
       C("four", 4, "exact", "killed", "people in the Cessna", "the officials",
         attr_alt=["airport officials"], ctx="four people in"),
       C("at least four", 4, "at_least", "killed", "baggage handlers", "the officials",
         attr_alt=["airport officials"]),
       C("118", 118, "exact", "killed", "people in Linate crash", "the officials",
         attr_alt=["airport officials"]),
       C("Three", 3, "exact", "injured", "airport workers badly burned", "the officials",
         attr_alt=[None, "airport officials"])]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 75)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d75_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=None if "--partial" in sys.argv else 40)
