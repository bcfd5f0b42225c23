"""Source of the hundred-and-fifth development set: writes ``passages.jsonl`` next to it.

Thirty-five passages (3–7 sentences) on wars and armed conflicts from 1981 to 2023 in Europe,
the former Soviet Union, the Middle East and North Africa, written for this set (none copied
from an article) in the styles of regional outlets' English editions and of wire services:
Tanjug, HINA, Itar-Tass, Ukrinform, UNIAN, the Kyiv Post, Ukrainska Pravda, Kabar, IRNA, Tehran
radio as monitored by Reuters, The Irish Times, the News Letter, Hürriyet Daily News, the Daily
Star of Lebanon, Al Arabiya English, Asbarez, Kurdistan24, Middle East Eye, Haaretz, the Libya
Herald, Trend, and Reuters, AP, AFP and UPI datelines. Offensives, sieges, shelling and air
raids, massacres, losses claimed by both sides, prisoners and captives, civilians killed and
wounded, troops deployed. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the set
tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset105/build_devset105.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
HERE = Path(__file__).resolve().parent

JNA = "The Yugoslav People's Army"
LDK = "The Democratic League of Kosovo"
TANJUG = "the official Tanjug news agency"
MANOJLOVIC = "Surdulica's mayor, Novica Manojlović"
SR_JUSTICE = "The Serbian justice ministry"
FED_COMMAND = "the joint federal forces command in Chechnya"
BORDER_COMMAND = "the Russian border troops command"
BORDER_SPOKESMAN = "A command spokesman in Moscow"
ZHYV = "the head of the Sumy Regional State Administration, Dmytro Zhyvytskyi"
ZAWIYA_DOCTOR = "a doctor at the town's makeshift field hospital"
KG_MOH = "the Ministry of Health"
KG_MES = "the Ministry of Emergency Situations"
SUGHD = "the regional authorities of Sughd"
NSDC = "the National Security and Defense Council"
LYSENKO = "Council spokesman Andriy Lysenko"
TURCHYNOV = "acting President Oleksandr Turchynov"
SELEZNYOV = "Military spokesman Vladyslav Seleznyov"
DNA = "The separatists' Donetsk News Agency"
SHAKHRAI = "Deputy Prime Minister Sergei Shakhrai"
CHEREVATYI = "the spokesman of the Eastern Group of Forces, Serhii Cherevatyi"
RU_MOD = "Russia's Ministry of Defence"
SUSAK = "Croatian Defence Minister Gojko Šušak"
WA_GOVERNOR = "the governor-general of West Azarbaijan"
IRNA = "the Islamic Republic News Agency"
IRCS = "The Iranian Red Crescent Society"
NLA = "The Mujahideen's National Liberation Army"
IL_COMMAND = "the Israeli military command"
PH_RADIO = "Phalangist radio"
LB_RELIEF = "The government's relief committee"
SRIFA_MAYOR = "the village's mayor"
LB_MOH = "The Health Ministry"
SOHR = "The Syrian Observatory for Human Rights"
PRELACY = "The Armenian Prelacy in Latakia"
BALI = "Mustafa Bali"
COALITION = "the US-led coalition"
OCHA = "the UN humanitarian office"
ICRC = "The International Committee of the Red Cross"
SURVIVORS = "testimony from survivors"
UN_OCHA = "The United Nations humanitarian office"
GAZA_MOH = "the Gaza health ministry"
BENI_DOCTOR = "one doctor at Beni Messous hospital"
TGS = "the Turkish General Staff"
SAHIN = "Interior Minister İdris Naim Şahin"
IQ_MOD = "Iraq's defense ministry"
JASSIM = "Brig. Gen. Abdul-Aziz Mohammed Jassim"
EMC = "the Emergency Medicine Centre"
TMC = "The Tripoli Medical Centre"

PASSAGES = [
    # --- Bosnia, Kosovo, Serbia, Macedonia ----------------------------------------------------
    P("d105_001",
      "SARAJEVO, May 4 (Tanjug) - The Yugoslav People's Army said on Monday that at least 42 of "
      "its soldiers had been killed when Bosnian Muslim forces attacked a column of army vehicles "
      "withdrawing from its district command in Sarajevo's Dobrovoljačka street. An army statement "
      "said 73 officers and soldiers had been wounded and that about 200 were still being held by "
      "the Muslim-led Territorial Defence in the city. The column had been evacuating the command "
      "under an agreement reached after the detention of Bosnian President Alija Izetbegović at "
      "Sarajevo airport a day earlier. The Bosnian presidency put the number of dead at six and "
      "said the convoy's escort had opened fire first. Sarajevo radio said 12 people had been "
      "killed in the city over the weekend by mortar fire from the surrounding hills.",
      [C("at least 42", 42, "at_least", "killed", "Yugoslav army soldiers", JNA),
       C("73", 73, "exact", "injured", "officers and soldiers", "An army statement",
         attr_alt=[JNA]),
       C("about 200", 200, "about", "detained", "soldiers held by the Territorial Defence",
         "An army statement", cat_alt=["hostages"], attr_alt=[JNA]),
       C("six", 6, "exact", "killed", "soldiers (presidency's toll)",
         "The Bosnian presidency"),
       C("12", 12, "exact", "killed", "people killed by mortar fire in Sarajevo",
         "Sarajevo radio")]),

    P("d105_002",
      "PRISTINA, Serbia, March 8, 1998 (Reuters) - Ethnic Albanians in Kosovo buried 51 people on "
      "Sunday in a field near the village of Prekaz, victims of a three-day Serbian police "
      "assault on the compound of the Jashari clan, whom Belgrade accuses of leading the "
      "separatist Kosovo Liberation Army. The Democratic League of Kosovo, the main ethnic "
      "Albanian party, said at least 58 Albanians had been killed in the Drenica region since "
      "Thursday, among them 18 women and 10 children. Serbia's Interior Ministry said its forces "
      "had \"liquidated\" a terrorist group, that two policemen had been killed and several "
      "wounded, and that 12 suspects had been detained. Western diplomats who reached Prekaz on Saturday said nearly every house in the "
      "compound had been shelled. Thousands of mourners, kept away from the graves by police "
      "checkpoints, gathered on the hillsides around the village.",
      [C("51", 51, "exact", "killed", "people buried near Prekaz", None),
       C("at least 58", 58, "at_least", "killed", "Albanians in Drenica", LDK),
       C("18", 18, "exact", "killed", "women", LDK),
       C("10", 10, "exact", "killed", "children", LDK),
       C("two", 2, "exact", "killed", "Serbian policemen", "Serbia's Interior Ministry"),
       C("12", 12, "exact", "detained", "suspects detained", "Serbia's Interior Ministry"),
       C("Thousands", 1000, "vague", "other", "mourners", None)],
      published="1998-03-08"),

    P("d105_003",
      "BELGRADE, April 6 (Reuters) - At least 12 civilians were killed and dozens wounded when "
      "NATO missiles struck the centre of Aleksinac, a town 200 km (125 miles) south of Belgrade, "
      "late on Monday, the official Tanjug news agency said. Tanjug said the missiles had "
      "destroyed about 10 houses and damaged a medical centre, and that between 30 and 40 people "
      "had been treated at the town's health centre for their injuries. NATO said on Tuesday its "
      "aircraft had targeted a military barracks and that one laser-guided bomb had gone astray "
      "and hit a residential area. \"We regret any loss of civilian life,\" a NATO spokesman said "
      "in Brussels. The alliance has flown more than 1,000 sorties since the air campaign began "
      "on March 24.",
      [C("At least 12", 12, "at_least", "killed", "civilians in Aleksinac", TANJUG),
       C("dozens", 12, "vague", "injured", "people in Aleksinac", TANJUG),
       C("about 10", 10, "about", "infrastructure", "houses destroyed", "Tanjug",
         attr_alt=[TANJUG]),
       C("between 30 and 40", 30, "range", "injured", "people treated for injuries", "Tanjug",
         high=40, attr_alt=[TANJUG]),
       C("one", 1, "exact", "munitions", "bomb that went astray", "NATO",
         ctx="one laser-guided bomb"),
       C("more than 1,000", 1000, "more_than", "other", "NATO sorties flown", None,
         optional=True, cat_alt=["munitions"])]),

    P("d105_004",
      "SURDULICA, Yugoslavia, April 28 (AFP) - Rescuers dug through the ruins of a residential "
      "street in this southern Serbian town on Wednesday after a NATO air raid that local "
      "officials said had killed 20 civilians, 12 of them children. Surdulica's mayor, Novica "
      "Manojlović, told AFP that at least 100 people had been injured and that 300 houses had "
      "been damaged, many beyond repair. \"We have buried some of the dead already; others we are "
      "still looking for,\" he said. NATO said its aircraft had been aiming at an army barracks on "
      "the edge of the town. Serbian television showed the bodies of two women being carried "
      "from a cellar where they had been sheltering.",
      [C("20", 20, "exact", "killed", "civilians in Surdulica", "local officials"),
       C("12", 12, "exact", "killed", "children", "local officials"),
       C("at least 100", 100, "at_least", "injured", "people in Surdulica", MANOJLOVIC),
       C("300", 300, "exact", "infrastructure", "houses damaged", MANOJLOVIC),
       C("two", 2, "exact", "killed", "women carried from a cellar", "Serbian television",
         optional=True)]),

    P("d105_005",
      "BELGRADE, May 24, 1999 (Reuters) - Serbian authorities said on Monday that 19 inmates had "
      "been killed in NATO air strikes on the Dubrava prison near Istok in western Kosovo, the "
      "largest jail in the province, and that the toll from a second raid on Sunday was still "
      "being counted. The Serbian justice ministry later put the number of prisoners killed in "
      "both raids at 93, and said 196 had been wounded. NATO said the prison compound was being "
      "used by Yugoslav army and police units. Kosovo Albanian rights groups said most of the "
      "roughly 1,000 inmates held at Dubrava before the raids were ethnic Albanians jailed on "
      "political charges, and accused guards of shooting prisoners who tried to flee. Reporters "
      "taken to the prison by Serbian officials on Saturday were shown at least 20 bodies in a "
      "courtyard.",
      [C("19", 19, "exact", "killed", "inmates at Dubrava", "Serbian authorities"),
       C("93", 93, "exact", "killed", "prisoners in both raids", SR_JUSTICE),
       C("196", 196, "exact", "injured", "prisoners", SR_JUSTICE),
       C("roughly 1,000", 1000, "about", "detained", "inmates held at Dubrava",
         "Kosovo Albanian rights groups", cat_alt=["population"]),
       C("at least 20", 20, "at_least", "killed", "bodies shown to reporters", None)],
      published="1999-05-24"),

    P("d105_006",
      "SKOPJE, Macedonia (AP) — NATO-hired buses carried about 300 ethnic Albanian rebels out of "
      "the village of Aracinovo on Monday under a deal that ended a government offensive to "
      "dislodge them from the edge of the capital, alliance officials said. The rebels of the "
      "National Liberation Army were allowed to keep their weapons. Macedonian officials said "
      "the army had been close to taking the village and that the deal had been imposed by the "
      "West. By nightfall about 5,000 protesters, among them police reservists firing in the air, "
      "had gathered outside parliament in Skopje, and some broke into the building. The village, "
      "home to some 10,000 people before the fighting began on June 22, was almost empty; the "
      "Red Cross said about 8,000 of them had fled to Skopje. "
      "Macedonia's Interior Ministry said three police officers had been wounded in the fighting.",
      [C("about 300", 300, "about", "troops", "rebels bussed out of Aracinovo",
         "alliance officials", cat_alt=["displaced", "other"]),
       C("about 5,000", 5000, "about", "other", "protesters outside parliament", None),
       C("some 10,000", 10000, "about", "population", "residents of Aracinovo", None),
       C("about 8,000", 8000, "about", "displaced", "residents who fled to Skopje",
         "the Red Cross"),
       C("three", 3, "exact", "injured", "police officers", "Macedonia's Interior Ministry")]),

    # --- Chechnya, Tajikistan, Ukraine (2022), Libya -----------------------------------------
    P("d105_007",
      "MOSCOW, April 17 (Itar-Tass) -- Chechen separatists ambushed a federal army convoy near the "
      "village of Yaryshmardy on Tuesday, killing 53 servicemen and wounding 52, the joint "
      "federal forces command in Chechnya said on Wednesday. The column, of about 30 vehicles, "
      "had been carrying fuel and ammunition to a regiment stationed at Shatoi. A command "
      "spokesman said \"dozens of bandits\" had been killed in the battle, which lasted several "
      "hours. The separatists, through their Kavkaz news agency, claimed that more than 100 "
      "Russian soldiers had died and that they had destroyed 26 vehicles, including six armoured "
      "personnel carriers. Interfax, quoting a military source in Khankala, later put the number "
      "of dead at 73.",
      [C("53", 53, "exact", "killed", "Russian servicemen", FED_COMMAND),
       C("52", 52, "exact", "injured", "Russian servicemen", FED_COMMAND),
       C("about 30", 30, "about", "other", "vehicles in the convoy", None, optional=True,
         cat_alt=["munitions"], attr_alt=[FED_COMMAND]),
       C("dozens", 12, "vague", "killed", "separatist fighters", "A command spokesman"),
       C("more than 100", 100, "more_than", "killed", "Russian soldiers", "The separatists",
         attr_alt=["their Kavkaz news agency"]),
       C("26", 26, "exact", "munitions", "vehicles destroyed", "The separatists",
         cat_alt=["other"], attr_alt=["their Kavkaz news agency"]),
       C("six", 6, "exact", "munitions", "armoured personnel carriers destroyed",
         "The separatists", cat_alt=["other"], attr_alt=["their Kavkaz news agency"]),
       C("73", 73, "exact", "killed", "Russian servicemen", "a military source in Khankala",
         attr_alt=["Interfax"])]),

    P("d105_008",
      "DUSHANBE, July 14 (Reuters) - Russian border guards on the Tajik-Afghan frontier lost 25 "
      "men when hundreds of Tajik opposition fighters and Afghan mujahideen overran their 12th "
      "post near the village of Sarigor, the Russian border troops command said on Wednesday. A "
      "command spokesman in Moscow said 18 guards had been wounded and that reinforcements sent "
      "on Tuesday had found the post burned out. He said at least 35 of the attackers had been "
      "killed. Russian jets and artillery later pounded villages on the Afghan side of the Panj "
      "river, and Afghan officials in Kunduz said more than 100 civilians had been killed there. "
      "Russia has about 3,500 border guards in Tajikistan, backed by the 201st Motor Rifle "
      "Division.",
      [C("25", 25, "exact", "killed", "Russian border guards", BORDER_COMMAND),
       C("hundreds", 100, "vague", "troops", "opposition fighters and mujahideen attacking",
         BORDER_COMMAND, cat_alt=["other"]),
       C("18", 18, "exact", "injured", "border guards", BORDER_SPOKESMAN),
       C("at least 35", 35, "at_least", "killed", "attackers", BORDER_SPOKESMAN,
         attr_alt=["He"]),
       C("more than 100", 100, "more_than", "killed", "Afghan civilians",
         "Afghan officials in Kunduz"),
       C("about 3,500", 3500, "about", "troops", "Russian border guards in Tajikistan", None)]),

    P("d105_009",
      "Over 70 Ukrainian soldiers killed in Okhtyrka artillery strike – governor\n"
      "01.03.2022 12:07\n"
      "More than 70 Ukrainian servicemen were killed when Russian forces shelled a military unit "
      "in Okhtyrka, Sumy region, on Monday, the head of the Sumy Regional State Administration, "
      "Dmytro Zhyvytskyi, reported on Facebook. Rescuers were still sorting through the rubble of "
      "a four-storey building of the unit, he said, and the bodies of several Russian soldiers "
      "and local residents had also been recovered. On Friday, Russian Uragan rockets with "
      "cluster munitions struck the Sonechko kindergarten in the town, killing three people, "
      "including a seven-year-old girl, according to local authorities. Ukraine's General Staff "
      "said on Tuesday that Russia had lost about 5,710 personnel, 29 aircraft and 198 tanks "
      "since the start of the invasion.",
      [C("Over 70", 70, "more_than", "killed", "Ukrainian soldiers (headline)", "governor",
         attr_alt=[ZHYV]),
       C("More than 70", 70, "more_than", "killed", "Ukrainian servicemen", ZHYV),
       C("three", 3, "exact", "killed", "people at the kindergarten", "local authorities"),
       C("about 5,710", 5710, "about", "killed", "Russian personnel lost",
         "Ukraine's General Staff", cat_alt=["other", "injured"]),
       C("29", 29, "exact", "munitions", "Russian aircraft lost", "Ukraine's General Staff",
         cat_alt=["other"]),
       C("198", 198, "exact", "munitions", "Russian tanks lost", "Ukraine's General Staff",
         cat_alt=["other"])],
      published="2022-03-01"),

    P("d105_010",
      "ZAWIYA, Libya, March 6 (Reuters) - Forces loyal to Muammar Gaddafi attacked the rebel-held "
      "town of Zawiya with tanks and artillery for a second day on Saturday, and a doctor at the "
      "town's makeshift field hospital said at least 30 people had been killed, most of them "
      "civilians. \"We have more than 100 wounded here and no more blood,\" the doctor, who gave "
      "his name only as Mohamed, told Reuters by telephone. Rebels said they had beaten back the "
      "assault, captured 11 tanks and taken 15 soldiers prisoner. Libyan state television said "
      "government forces had \"cleansed\" the town of armed gangs. Zawiya, 50 km west of Tripoli, "
      "has a population of about 200,000. The United Nations says more than 190,000 people have "
      "fled Libya across the borders with Tunisia and Egypt since mid-February.",
      [C("at least 30", 30, "at_least", "killed", "people in Zawiya", ZAWIYA_DOCTOR),
       C("more than 100", 100, "more_than", "injured", "wounded at the field hospital",
         "the doctor", attr_alt=[ZAWIYA_DOCTOR]),
       C("11", 11, "exact", "munitions", "tanks captured", "Rebels", cat_alt=["other"]),
       C("15", 15, "exact", "hostages", "Gaddafi soldiers captured", "Rebels",
         cat_alt=["detained"]),
       C("about 200,000", 200000, "about", "population", "population of Zawiya", None),
       C("more than 190,000", 190000, "more_than", "displaced", "people who fled Libya",
         "The United Nations")]),

    # --- Central Asia and Ukraine (2014–2022) ------------------------------------------------
    P("d105_011",
      "BISHKEK (Kabar) — Posted 03.05.2021 10:42\n"
      "The number of Kyrgyz citizens killed in the clashes on the Kyrgyz-Tajik border has reached "
      "36, the Ministry of Health reported. A total of 189 people were injured, of whom 29 remain "
      "in hospitals in Batken region, among them a 15-year-old boy in serious condition. More "
      "than 58,000 residents of border villages were evacuated, according to the Ministry of "
      "Emergency Situations; about 33,000 have already returned home. On the Tajik side, the "
      "regional authorities of Sughd said 19 people had been killed and 87 wounded. Kyrgyzstan "
      "says 105 houses, a school and 12 shops in Kok-Tash and neighbouring villages were burned.",
      [C("36", 36, "exact", "killed", "Kyrgyz citizens", KG_MOH),
       C("189", 189, "exact", "injured", "people", KG_MOH, attr_alt=[None]),
       C("29", 29, "exact", "injured", "people still in hospital", KG_MOH, attr_alt=[None]),
       C("More than 58,000", 58000, "more_than", "displaced", "residents evacuated", KG_MES),
       C("about 33,000", 33000, "about", "displaced", "evacuees who returned home", KG_MES,
         attr_alt=[None]),
       C("19", 19, "exact", "killed", "people on the Tajik side", SUGHD),
       C("87", 87, "exact", "injured", "people on the Tajik side", SUGHD),
       C("105", 105, "exact", "infrastructure", "houses burned", "Kyrgyzstan"),
       C("12", 12, "exact", "infrastructure", "shops burned", "Kyrgyzstan")],
      published="2021-05-03"),

    P("d105_012",
      "Kyiv Post | July 11, 2014, 6:12 p.m.\n"
      "Nineteen Ukrainian servicemen were killed and 93 wounded early on Friday when "
      "Russian-backed militants fired Grad rockets at a military camp near the village of "
      "Zelenopillya in Luhansk Oblast, the National Security and Defense Council said. Council "
      "spokesman Andriy Lysenko said the camp, which housed units of the 24th and 72nd "
      "mechanized brigades and the State Border Guard Service, had been hit by at least four "
      "salvos lasting about three minutes. Border guards said four of their men were among the "
      "dead. President Petro Poroshenko vowed that the militants would pay \"with tens and "
      "hundreds of their lives\" for every soldier killed. Lysenko said more than 30 armored "
      "vehicles had been destroyed or damaged.",
      [C("Nineteen", 19, "exact", "killed", "Ukrainian servicemen", NSDC),
       C("93", 93, "exact", "injured", "Ukrainian servicemen", NSDC),
       C("at least four", 4, "at_least", "munitions", "rocket salvos", LYSENKO,
         cat_alt=["other"]),
       C("four", 4, "exact", "killed", "border guards", "Border guards",
         ctx="four of their men"),
       C("hundreds", 100, "vague", "killed", "militants (rhetorical)",
         "President Petro Poroshenko", optional=True),
       C("more than 30", 30, "more_than", "munitions", "armored vehicles destroyed or damaged",
         "Lysenko", cat_alt=["other"], attr_alt=[LYSENKO])],
      published="2014-07-11"),

    P("d105_013",
      "UNIAN, 29 May 2014, 18:20\n"
      "Separatists shot down a Ukrainian army Mi-8 helicopter near Sloviansk on Thursday, killing "
      "14 servicemen, among them Major General Serhiy Kulchytsky, head of combat training of the "
      "National Guard, acting President Oleksandr Turchynov told parliament. Turchynov said the "
      "helicopter, which was carrying troops to a checkpoint on Mount Karachun for a rotation, had "
      "been hit by a portable air-defence missile. One soldier survived with serious injuries, a "
      "spokesman for the anti-terrorist operation said. The self-proclaimed \"people's mayor\" of "
      "Sloviansk, Vyacheslav Ponomaryov, told reporters his fighters had brought the helicopter "
      "down. The Interior Ministry said about 150 separatist fighters had been killed in fighting "
      "around the city and Donetsk airport over the past three days. Ukraine's health ministry "
      "says 181 people have been killed in the east since the operation began in April.",
      [C("14", 14, "exact", "killed", "Ukrainian servicemen on the helicopter", TURCHYNOV),
       C("One", 1, "exact", "injured", "soldier who survived",
         "a spokesman for the anti-terrorist operation", cat_alt=["other"]),
       C("about 150", 150, "about", "killed", "separatist fighters", "The Interior Ministry"),
       C("181", 181, "exact", "killed", "people in eastern Ukraine",
         "Ukraine's health ministry")],
      published="2014-05-29"),

    P("d105_014",
      "KIEV, Jan 21 (Reuters) - Ukraine's military acknowledged on Wednesday that its forces had "
      "been driven out of most of the new terminal at Donetsk airport after separatists blew up "
      "part of the building, and said six soldiers had been killed and 16 taken prisoner in the "
      "past day. Military spokesman Vladyslav Seleznyov said \"dozens\" of others had been "
      "wounded. The separatists' Donetsk News Agency put the number of Ukrainian prisoners at 22 "
      "and showed footage of captured soldiers being led through the ruins. Rebel leader "
      "Alexander Zakharchenko said his fighters had killed \"hundreds\" of Ukrainian troops at the "
      "airport since the autumn. More than 5,000 people have been killed since the conflict "
      "began in April, according to the United Nations.",
      [C("six", 6, "exact", "killed", "Ukrainian soldiers", "Ukraine's military"),
       C("16", 16, "exact", "hostages", "Ukrainian soldiers taken prisoner",
         "Ukraine's military", cat_alt=["detained"]),
       C("dozens", 12, "vague", "injured", "Ukrainian soldiers", SELEZNYOV),
       C("22", 22, "exact", "hostages", "Ukrainian prisoners", DNA, cat_alt=["detained"]),
       C("hundreds", 100, "vague", "killed", "Ukrainian troops at the airport",
         "Rebel leader Alexander Zakharchenko"),
       C("More than 5,000", 5000, "more_than", "killed", "people in the conflict",
         "the United Nations")]),

    P("d105_015",
      "VLADIKAVKAZ, Russia (AP) — Russian paratroopers and Interior Ministry troops moved into the "
      "Prigorodny district on Monday to separate Ossetian and Ingush fighters after a week of "
      "ethnic clashes that officials said had killed at least 300 people. Deputy Prime Minister "
      "Sergei Shakhrai, sent by President Boris Yeltsin to head a temporary administration, said "
      "about 3,000 troops had been deployed and that a state of emergency would stay in force for "
      "a month. North Ossetian officials said 180 Ingush had been taken hostage and were being "
      "held in Vladikavkaz to be exchanged for Ossetians held by Ingush groups. Ingush leaders "
      "said more than 30,000 Ingush had fled their homes in Prigorodny for neighboring "
      "Ingushetia, and accused the troops of siding with the Ossetians. The Ossetian Interior "
      "Ministry said its forces had seized 1,000 assault rifles and 20 armored vehicles from "
      "Ingush fighters.",
      [C("at least 300", 300, "at_least", "killed", "people in the Prigorodny clashes",
         "officials"),
       C("about 3,000", 3000, "about", "troops", "Russian troops deployed", SHAKHRAI),
       C("180", 180, "exact", "hostages", "Ingush held in Vladikavkaz",
         "North Ossetian officials"),
       C("more than 30,000", 30000, "more_than", "displaced", "Ingush who fled Prigorodny",
         "Ingush leaders"),
       C("1,000", 1000, "exact", "munitions", "assault rifles seized",
         "The Ossetian Interior Ministry", cat_alt=["other"]),
       C("20", 20, "exact", "munitions", "armored vehicles seized",
         "The Ossetian Interior Ministry", cat_alt=["other"])]),

    P("d105_016",
      "Saturday, 1 October 2022, 16:20\n"
      "Ukraine's Armed Forces have entered Lyman after encircling the Russian grouping in the "
      "town, the spokesman of the Eastern Group of Forces, Serhii Cherevatyi, said. According to "
      "him, between 5,000 and 5,500 Russian troops were inside the encirclement when it closed, "
      "although part of the grouping tried to break out along forest roads. \"Their number is "
      "now smaller: some were destroyed, some were captured,\" he said. Russia's Ministry of "
      "Defence announced that its units had been withdrawn \"to more advantageous lines\" because "
      "of the threat of encirclement. The ministry claimed that over the past day Ukrainian "
      "forces had lost more than 200 servicemen, 11 tanks and 20 other armoured vehicles near "
      "Lyman. Before the full-scale invasion, about 20,000 people lived in the town.",
      [C("between 5,000 and 5,500", 5000, "range", "troops", "Russian troops encircled",
         CHEREVATYI, high=5500, attr_alt=["him"]),
       C("more than 200", 200, "more_than", "killed", "Ukrainian servicemen lost",
         "The ministry", cat_alt=["injured", "other"], attr_alt=[RU_MOD]),
       C("11", 11, "exact", "munitions", "Ukrainian tanks lost", "The ministry",
         cat_alt=["other"], attr_alt=[RU_MOD]),
       C("20", 20, "exact", "munitions", "Ukrainian armoured vehicles lost", "The ministry",
         cat_alt=["other"], attr_alt=[RU_MOD], ctx="20 other"),
       C("about 20,000", 20000, "about", "population", "pre-war population of Lyman", None)],
      published="2022-10-01"),

    # --- Northern Ireland and Croatia --------------------------------------------------------
    P("d105_017",
      "THE IRISH TIMES, Monday, August 22, 1988\n"
      "Eight young soldiers died and 28 others were injured when an IRA landmine wrecked their "
      "bus on the main Omagh to Ballygawley road on Saturday night, the worst single loss for the "
      "British Army in Northern Ireland since 1979. The soldiers, all members of the 1st "
      "Battalion, the Light Infantry, had just returned from leave in England. The RUC said the "
      "bomb had been detonated by command wire from a nearby field and that 36 soldiers had "
      "been on the bus. The IRA said in a statement "
      "issued in Dublin that it had carried out the attack. Last night the Northern Ireland "
      "Secretary, Mr Tom King, said the Government would \"look at all options\", including "
      "internment. Six of the injured were still in hospital in Omagh and Belfast last night.",
      [C("Eight", 8, "exact", "killed", "British soldiers", None),
       C("28", 28, "exact", "injured", "soldiers", None),
       C("36", 36, "exact", "other", "soldiers on the bus", "The RUC", cat_alt=["troops"]),
       C("Six", 6, "exact", "injured", "soldiers still in hospital", None)],
      published="1988-08-22"),

    P("d105_018",
      "Saturday, January 18, 1992\n"
      "Seven Protestant workmen were killed and six injured yesterday when the IRA blew up their "
      "minibus at Teebane crossroads, between Cookstown and Omagh, as they travelled home from "
      "work at an Army base. The 14 men had been repairing buildings at Lisanelly barracks in Omagh; "
      "the IRA said in a statement that it regarded them as \"collaborators\". An RUC spokesman "
      "said the bomb, hidden in a ditch, had been detonated as the minibus passed. Doctors at the "
      "Mid-Ulster Hospital in Magherafelt said two of the injured were critically ill. Since 1985 "
      "the IRA has killed 29 people it accused of working for the security forces, according to "
      "figures compiled by this newspaper.",
      [C("Seven", 7, "exact", "killed", "Protestant workmen", None),
       C("six", 6, "exact", "injured", "workmen", None),
       C("14", 14, "exact", "other", "men in the minibus", None),
       C("two", 2, "exact", "injured", "workmen critically ill",
         "Doctors at the Mid-Ulster Hospital in Magherafelt"),
       C("29", 29, "exact", "killed", "people accused of working for the security forces",
         None, attr_alt=["figures compiled by this newspaper"])],
      published="1992-01-18"),

    P("d105_019",
      "ZAGREB, May 3 (Hina) - Rebel Serb Orkan rockets carrying cluster bombs struck central "
      "Zagreb for a second day on Wednesday, hitting the Children's Hospital in Klaićeva street "
      "and the Croatian National Theatre, Croatian police said. Police said one person had been "
      "killed and 54 wounded in Wednesday's attack, after five people died and more than 140 were "
      "wounded on Tuesday. Krajina Serb leader Milan Martić said the rockets were retaliation for "
      "Croatia's offensive in western Slavonia, where government forces recaptured the Okučani "
      "area in 36 hours this week. The United Nations said about 10,000 Serbs had fled western "
      "Slavonia across the Sava river into Bosnia. Croatian Defence Minister Gojko Šušak said 33 "
      "Croatian soldiers had been killed in the operation and 120 wounded.",
      [C("one", 1, "exact", "killed", "person in Zagreb on Wednesday", "Police",
         attr_alt=["Croatian police"], ctx="one person"),
       C("54", 54, "exact", "injured", "people in Zagreb on Wednesday", "Police",
         attr_alt=["Croatian police"]),
       C("five", 5, "exact", "killed", "people in Zagreb on Tuesday", "Police",
         attr_alt=["Croatian police"]),
       C("more than 140", 140, "more_than", "injured", "people in Zagreb on Tuesday", "Police",
         attr_alt=["Croatian police"]),
       C("about 10,000", 10000, "about", "displaced", "Serbs who fled western Slavonia",
         "The United Nations"),
       C("33", 33, "exact", "killed", "Croatian soldiers", SUSAK),
       C("120", 120, "exact", "injured", "Croatian soldiers", SUSAK)]),

    # --- Iran and Iraq (1980s) ---------------------------------------------------------------
    P("d105_020",
      "TEHRAN, June 29 (IRNA) -- Iraqi warplanes dropped chemical bombs on four residential areas "
      "of the Kurdish town of Sardasht in West Azarbaijan province on Sunday, killing at least 10 "
      "people and affecting about 8,000 others, the Islamic Republic News Agency reported. "
      "Quoting the governor-general of West Azarbaijan, IRNA said 650 of the injured had been "
      "taken to hospitals in Tehran, Tabriz and Urmia, some of them in critical condition. The "
      "town has a population of about 12,000. The Iranian Red Crescent Society said it had "
      "dispatched 20 tonnes of medicines and a team of 40 doctors to the area. Iran has asked the "
      "United Nations to send specialists to confirm the use of mustard gas, its seventh such "
      "request since 1984.",
      [C("four", 4, "exact", "other", "residential areas hit", IRNA, optional=True,
         cat_alt=["infrastructure"]),
       C("at least 10", 10, "at_least", "killed", "people in Sardasht", IRNA),
       C("about 8,000", 8000, "about", "other", "people affected by the gas", IRNA,
         cat_alt=["injured", "population"]),
       C("650", 650, "exact", "injured", "injured taken to hospitals", WA_GOVERNOR,
         attr_alt=["IRNA"]),
       C("about 12,000", 12000, "about", "population", "population of Sardasht", None),
       C("20", 20, "exact", "aid", "tonnes of medicines", IRCS),
       C("40", 40, "exact", "troops", "doctors sent", IRCS, cat_alt=["other"])]),

    P("d105_021",
      "NICOSIA, July 30 (Reuters) - Iran said on Saturday its forces had killed 4,500 members of "
      "the Iraq-based People's Mujahideen in a counter-offensive that drove the exiled rebels "
      "back from the western town of Islamabad-e Gharb, Tehran radio reported. The radio, "
      "monitored in Nicosia, said more than 1,000 rebels had been captured and about 200 of their "
      "tanks and armoured vehicles destroyed. The Mujahideen's National Liberation Army, in a "
      "statement issued in Baghdad, said it had pulled back after killing or wounding 55,000 "
      "Revolutionary Guards and regular troops, a figure no independent source could check. Iran "
      "accepted U.N. Security Council Resolution 598 on July 18 after nearly eight years of war "
      "with Iraq.",
      [C("4,500", 4500, "exact", "killed", "People's Mujahideen members", "Iran",
         attr_alt=["Tehran radio"]),
       C("more than 1,000", 1000, "more_than", "detained", "rebels captured", "The radio",
         attr_alt=["Tehran radio"]),
       C("about 200", 200, "about", "munitions", "tanks and armoured vehicles destroyed",
         "The radio", cat_alt=["other"], attr_alt=["Tehran radio"]),
       C("55,000", 55000, "exact", "injured", "Iranian troops killed or wounded", NLA,
         cat_alt=["killed", "other"])]),

    # --- Lebanon -----------------------------------------------------------------------------
    P("d105_022",
      "BEIRUT, Lebanon (UPI) — Israeli jets shot down two Syrian helicopters over Lebanon's Bekaa "
      "Valley on Tuesday, the Israeli military command said, in the first direct clash between "
      "the two countries' forces since the civil war began. The helicopters had been ferrying "
      "troops to the mountain ridge above Zahle, the Christian town that Syrian forces have "
      "besieged for four weeks. Phalangist radio said Syrian artillery fired more than 1,500 "
      "shells into Zahle on Monday and Tuesday, killing 12 people. The town's 100,000 residents "
      "have been living in basements, the radio said, and the Lebanese Red Cross said it had been "
      "able to evacuate only 37 wounded since the siege began. Syria said its forces had been "
      "provoked by Phalangist militiamen.",
      [C("two", 2, "exact", "munitions", "Syrian helicopters shot down", IL_COMMAND,
         cat_alt=["other"], ctx="two Syrian"),
       C("two", 2, "exact", "other", "countries whose forces clashed", None, optional=True,
         ctx="two countries"),
       C("more than 1,500", 1500, "more_than", "munitions", "shells fired into Zahle",
         PH_RADIO, cat_alt=["other"]),
       C("12", 12, "exact", "killed", "people in Zahle", PH_RADIO),
       C("100,000", 100000, "exact", "population", "residents of Zahle", "the radio",
         attr_alt=[PH_RADIO]),
       C("37", 37, "exact", "injured", "wounded evacuated from Zahle",
         "the Lebanese Red Cross", cat_alt=["displaced"])]),

    P("d105_023",
      "BEIRUT, July 31, 1993 (AFP) - A U.S.-brokered ceasefire held in south Lebanon on Saturday "
      "after a week-long Israeli offensive that Lebanese officials said had killed 128 people, "
      "almost all of them civilians, and wounded about 500. Up to 300,000 people who fled north "
      "to Beirut and Sidon during the bombardment began returning to their villages, officials "
      "said, many to find their homes in ruins. The government's relief committee said more than "
      "1,000 houses had been destroyed and about 2,000 damaged in 55 villages. Israel said its "
      "forces had fired more than 22,000 artillery shells and some 1,000 bombs and missiles at "
      "\"terrorist targets\". Two Israeli civilians were killed by Katyusha rockets fired into "
      "northern Israel during the week, the Israeli army said. The U.N. relief agency said 12 "
      "trucks of food and medicine had reached Tyre.",
      [C("128", 128, "exact", "killed", "people in south Lebanon", "Lebanese officials"),
       C("about 500", 500, "about", "injured", "people in south Lebanon",
         "Lebanese officials"),
       C("Up to 300,000", 300000, "at_most", "displaced", "people who fled north", "officials",
         attr_alt=["Lebanese officials"]),
       C("more than 1,000", 1000, "more_than", "infrastructure", "houses destroyed",
         LB_RELIEF),
       C("about 2,000", 2000, "about", "infrastructure", "houses damaged", LB_RELIEF),
       C("55", 55, "exact", "other", "villages hit", LB_RELIEF, optional=True,
         cat_alt=["infrastructure"]),
       C("more than 22,000", 22000, "more_than", "munitions", "artillery shells fired",
         "Israel"),
       C("some 1,000", 1000, "about", "munitions", "bombs and missiles", "Israel"),
       C("Two", 2, "exact", "killed", "Israeli civilians", "the Israeli army"),
       C("12", 12, "exact", "aid", "trucks of food and medicine", "The U.N. relief agency")],
      published="1993-07-31"),

    P("d105_024",
      "Thursday, July 20, 2006\n"
      "Rescue workers in the southern village of Srifa pulled 14 bodies from the rubble of a row "
      "of houses flattened by Israeli air strikes on Wednesday, and the village's mayor said at "
      "least 20 more residents were still missing. Civil Defense officials in Tyre said they had "
      "been unable to reach the village for most of the day because of continued bombardment. "
      "The Health Ministry said the number of people killed in Lebanon since July 12 had risen to "
      "306, while 1,000 have been wounded and about half a million displaced. Israel said two of "
      "its soldiers had been killed in clashes with Hezbollah fighters near the border village of "
      "Avivim, and that Hezbollah had fired more than 100 rockets into northern Israel on "
      "Wednesday. Hezbollah is still holding the two soldiers it seized in a cross-border raid on "
      "July 12.",
      [C("14", 14, "exact", "killed", "bodies pulled from the rubble in Srifa", None),
       C("at least 20", 20, "at_least", "missing", "residents of Srifa", SRIFA_MAYOR),
       C("306", 306, "exact", "killed", "people in Lebanon", LB_MOH),
       C("1,000", 1000, "exact", "injured", "people in Lebanon", LB_MOH),
       C("about half a million", 500000, "about", "displaced", "people in Lebanon", LB_MOH),
       C("two", 2, "exact", "killed", "Israeli soldiers", "Israel", ctx="two of its"),
       C("more than 100", 100, "more_than", "munitions", "Hezbollah rockets", "Israel"),
       C("two", 2, "exact", "hostages", "Israeli soldiers held by Hezbollah", None,
         ctx="two soldiers it seized")],
      published="2006-07-20"),

    # --- Syria -------------------------------------------------------------------------------
    P("d105_025",
      "Al Arabiya English | Wednesday, 5 June 2013\n"
      "Syrian troops and Hezbollah fighters seized full control of Qusayr on Wednesday after a "
      "17-day battle, Syrian state television said, dealing a heavy blow to rebels who had held "
      "the town near the Lebanese border for more than a year. The Syrian Observatory for Human "
      "Rights said rebel fighters had withdrawn overnight, leaving behind hundreds of wounded; "
      "opposition activists put their number at 1,000 and appealed for a humanitarian corridor. "
      "The International Committee of the Red Cross said it had been asking for access to the "
      "town for weeks. The Observatory said at least 500 rebels and 75 Hezbollah fighters had "
      "been killed since the offensive began on May 19. Before the war, about 30,000 people "
      "lived in Qusayr.",
      [C("hundreds", 100, "vague", "injured", "wounded left in Qusayr", SOHR),
       C("1,000", 1000, "exact", "injured", "wounded left in Qusayr", "opposition activists"),
       C("at least 500", 500, "at_least", "killed", "rebels", "The Observatory",
         attr_alt=[SOHR]),
       C("75", 75, "exact", "killed", "Hezbollah fighters", "The Observatory",
         attr_alt=[SOHR]),
       C("about 30,000", 30000, "about", "population", "pre-war population of Qusayr", None)],
      published="2013-06-05"),

    P("d105_026",
      "By Asbarez Staff | March 24, 2014\n"
      "Nearly 670 Armenian families from Kessab have taken refuge in Latakia after rebel groups, "
      "including the al-Qaeda-linked Nusra Front, crossed from Turkey and attacked the town at "
      "dawn on Friday, community leaders told Asbarez. The Armenian Prelacy in Latakia said the "
      "families were sheltering in the Armenian church and with relatives, that about 20 elderly "
      "residents who had refused to leave were unaccounted for, and that fewer than 100 "
      "Armenians remained in the town. Syrian state television said the army had killed dozens "
      "of \"terrorists\" in the fighting around the Kessab border crossing and Observatory 45, a "
      "strategic hilltop. On Sunday Turkish F-16s shot down a Syrian MiG-23 that Ankara said had "
      "violated its airspace. About 2,000 Armenians lived in Kessab before the attack.",
      [C("Nearly 670", 670, "about", "displaced", "Armenian families from Kessab",
         "community leaders"),
       C("about 20", 20, "about", "missing", "elderly residents", PRELACY),
       C("fewer than 100", 100, "fewer_than", "population", "Armenians left in Kessab",
         PRELACY),
       C("dozens", 12, "vague", "killed", "rebel fighters", "Syrian state television"),
       C("About 2,000", 2000, "about", "population", "Armenians in Kessab before the attack",
         None)],
      published="2014-03-24"),

    P("d105_027",
      "ERBIL, Kurdistan Region (Kurdistan24) – Dec 14, 2018\n"
      "The Syrian Democratic Forces (SDF) have captured the town of Hajin, the largest remaining "
      "Islamic State stronghold in eastern Syria, after three months of fighting, an SDF "
      "spokesperson told Kurdistan24 on Friday. Mustafa Bali said SDF fighters were clearing the "
      "town's streets of mines and that \"dozens\" of IS militants had been killed in the final "
      "assault. According to the US-led coalition, about 2,000 IS fighters remain in the pocket "
      "along the Euphrates between Hajin and the Iraqi border. The Syrian Observatory for Human "
      "Rights has counted 217 civilians killed in coalition air strikes in the area since "
      "September, among them 72 children; the coalition has not given its own figure. More than "
      "7,000 people have fled the pocket toward SDF-held areas in the past month, the UN "
      "humanitarian office said.",
      [C("dozens", 12, "vague", "killed", "IS militants", BALI),
       C("about 2,000", 2000, "about", "troops", "IS fighters in the pocket", COALITION),
       C("217", 217, "exact", "killed", "civilians in coalition air strikes", SOHR),
       C("72", 72, "exact", "killed", "children", SOHR),
       C("More than 7,000", 7000, "more_than", "displaced", "people who fled the pocket", OCHA)],
      published="2018-12-14"),

    # --- Gaza and Israel ---------------------------------------------------------------------
    P("d105_028",
      "JERUSALEM, Jan 8 (Reuters) - The International Committee of the Red Cross said on Thursday "
      "its staff had found four small children huddled next to the bodies of their mothers in a "
      "house in Gaza City's Zeitoun district, and accused the Israeli army of keeping ambulances "
      "from reaching the wounded for four days. Twelve corpses were lying on mattresses in the "
      "house, the ICRC said. The United Nations humanitarian office, citing testimony from "
      "survivors, said Israeli soldiers had on January 4 ordered about 110 members of the "
      "extended Samouni family into a single house, which was shelled a day later, killing about "
      "30 of them. Gaza health officials say more than 680 Palestinians have been killed since "
      "Israel launched its offensive on December 27. The Israeli army said it was looking into "
      "the report.",
      [C("four", 4, "exact", "other", "children found alive", ICRC, ctx="four small children"),
       C("Twelve", 12, "exact", "killed", "corpses in the house", "the ICRC", attr_alt=[ICRC]),
       C("about 110", 110, "about", "other", "Samouni family members in the house", SURVIVORS,
         attr_alt=[UN_OCHA]),
       C("about 30", 30, "about", "killed", "Samouni family members", SURVIVORS,
         attr_alt=[UN_OCHA]),
       C("more than 680", 680, "more_than", "killed", "Palestinians in Gaza",
         "Gaza health officials")]),

    P("d105_029",
      "Published date: 16 May 2021 17:40 BST\n"
      "At least 42 Palestinians, including 10 children, were killed early on Sunday when Israeli "
      "air strikes flattened three residential buildings on al-Wehda street in central Gaza City, "
      "the Gaza health ministry said, the deadliest single attack since the fighting began. Rescue "
      "workers said 50 people had been wounded and that several families were still believed to "
      "be under the rubble. Among the dead were Dr Ayman Abu al-Ouf, head of internal medicine at "
      "al-Shifa hospital, and 12 members of his family, relatives said. The Israeli military said "
      "it had struck an underground network of tunnels used by Hamas and that their collapse had "
      "brought the buildings down. Hamas and other groups have fired more than 3,000 rockets "
      "toward Israel since Monday, according to the army, killing 10 people in Israel.",
      [C("At least 42", 42, "at_least", "killed", "Palestinians on al-Wehda street", GAZA_MOH),
       C("10", 10, "exact", "killed", "children", GAZA_MOH, ctx="10 children"),
       C("three", 3, "exact", "infrastructure", "residential buildings flattened", GAZA_MOH,
         attr_alt=[None]),
       C("50", 50, "exact", "injured", "people wounded", "Rescue workers"),
       C("12", 12, "exact", "killed", "members of Dr Abu al-Ouf's family", "relatives"),
       C("more than 3,000", 3000, "more_than", "munitions", "rockets fired toward Israel",
         "the army"),
       C("10", 10, "exact", "killed", "people in Israel", "the army", attr_alt=[None],
         ctx="10 people in Israel")],
      published="2021-05-16"),

    P("d105_030",
      "Kibbutz Nir Oz lost a quarter of its people\n"
      "Oct 27, 2023 | 4:12 pm IDT\n"
      "About a quarter of the roughly 400 residents of Kibbutz Nir Oz were either murdered or "
      "abducted when Hamas terrorists overran the community on October 7, the kibbutz said on "
      "Friday in its first full accounting. Of them, 76 were taken into Gaza, among them children "
      "as young as nine months; the rest were killed in their homes and safe rooms. Residents "
      "have told Haaretz that the army did not reach the kibbutz until the afternoon, hours after "
      "the last of the attackers had left. The army says some 1,400 people were killed in Israel "
      "that day and that at least 224 are being held hostage in Gaza. The surviving members of "
      "Nir Oz are now staying at a hotel in Eilat.",
      [C("a quarter", 0.25, "exact", "other", "share of Nir Oz residents lost (headline)", None,
         optional=True, cat_alt=["killed", "hostages"], ctx="a quarter of its people"),
       C("About a quarter", 0.25, "about", "other", "share of residents killed or abducted",
         "the kibbutz", optional=True, cat_alt=["killed", "hostages"]),
       C("roughly 400", 400, "about", "population", "residents of Nir Oz", "the kibbutz",
         attr_alt=[None]),
       C("76", 76, "exact", "hostages", "Nir Oz residents taken into Gaza", "the kibbutz",
         attr_alt=[None]),
       C("some 1,400", 1400, "about", "killed", "people in Israel on October 7", "The army"),
       C("at least 224", 224, "at_least", "hostages", "hostages in Gaza", "The army")],
      published="2023-10-27"),

    # --- Algeria, Turkey, Iraq, Libya --------------------------------------------------------
    P("d105_031",
      "ALGIERS, Sept 7 (AFP) - Armed men killed 87 people in an overnight raid on Sidi Youcef, a "
      "poor quarter of Beni Messous on the western edge of Algiers, the government said in a "
      "statement carried by the official APS news agency on Sunday. Hospital sources and "
      "residents told AFP the toll was higher, with one doctor at Beni Messous hospital saying he "
      "had counted more than 100 bodies. Survivors said the attackers, about 50 of them armed "
      "with knives and axes, had cut the throats of their victims and set houses on fire before "
      "leaving at dawn unchallenged. \"They took some of the young women with them,\" one resident "
      "said. It was the third massacre near the capital in two weeks; local newspapers say as "
      "many as 300 people have been killed in such raids around Algiers since late August. The "
      "authorities blame the "
      "Armed Islamic Group (GIA) for the killings.",
      [C("87", 87, "exact", "killed", "people in Sidi Youcef", "the government",
         attr_alt=["the official APS news agency"]),
       C("one", 1, "exact", "other", "doctor quoted (a count of sources)",
         "Hospital sources and residents", optional=True, ctx="one doctor"),
       C("more than 100", 100, "more_than", "killed", "bodies counted at the hospital",
         BENI_DOCTOR, attr_alt=["Hospital sources and residents"]),
       C("about 50", 50, "about", "troops", "attackers", "Survivors", cat_alt=["other"]),
       C("one", 1, "exact", "other", "resident quoted (a count of sources)", None,
         optional=True, ctx="one resident"),
       C("as many as 300", 300, "at_most", "killed", "people killed in raids around Algiers",
         "local newspapers")]),

    P("d105_032",
      "ANKARA - Hürriyet Daily News\n"
      "Thursday, October 20, 2011\n"
      "Twenty-four soldiers were killed and 18 others wounded in simultaneous PKK attacks on "
      "military outposts and police stations in the Çukurca and Yüksekova districts of Hakkari "
      "early yesterday, the Turkish General Staff said. The General Staff said ground troops "
      "backed by warplanes and attack helicopters had crossed into northern Iraq in pursuit of "
      "the militants, and that 15 militants had been killed in the first hours of the operation. "
      "Interior Minister İdris Naim Şahin put the number of attackers at about 200. The attacks "
      "were the deadliest on the army since 1993, when 33 unarmed soldiers were shot dead near "
      "Bingöl. Prime Minister Recep Tayyip Erdoğan cancelled a visit to Kazakhstan.",
      [C("Twenty-four", 24, "exact", "killed", "Turkish soldiers", TGS),
       C("18", 18, "exact", "injured", "Turkish soldiers", TGS),
       C("15", 15, "exact", "killed", "PKK militants", "The General Staff", attr_alt=[TGS]),
       C("about 200", 200, "about", "troops", "PKK attackers", SAHIN, cat_alt=["other"]),
       C("33", 33, "exact", "killed", "unarmed soldiers near Bingöl in 1993", None)],
      published="2011-10-20"),

    P("d105_033",
      "TAL AFAR, Iraq (AP) — Iraqi and U.S. troops swept through the insurgent stronghold of Tal "
      "Afar on Sunday, searching house to house in the ancient Sarai district, after a two-day "
      "offensive that Iraq's defense ministry said had killed 156 insurgents and netted 246 "
      "suspects. The ministry said about 5,000 Iraqi soldiers and 3,500 Americans were taking "
      "part. Two Iraqi soldiers were killed, the U.S. military said. Most of the city's 200,000 "
      "residents had left before the assault, after the army warned them to go, and about 5,000 "
      "families were in a tent camp outside the city, said Brig. Gen. Abdul-Aziz Mohammed Jassim. "
      "Iraqi Prime Minister Ibrahim al-Jaafari said the operation would \"liberate\" the city from "
      "foreign fighters.",
      [C("156", 156, "exact", "killed", "insurgents", IQ_MOD),
       C("246", 246, "exact", "detained", "suspects", IQ_MOD),
       C("about 5,000", 5000, "about", "troops", "Iraqi soldiers", "The ministry",
         attr_alt=[IQ_MOD], ctx="about 5,000 Iraqi soldiers"),
       C("3,500", 3500, "exact", "troops", "US troops", "The ministry", attr_alt=[IQ_MOD]),
       C("Two", 2, "exact", "killed", "Iraqi soldiers", "the U.S. military"),
       C("200,000", 200000, "exact", "population", "residents of Tal Afar", JASSIM),
       C("about 5,000", 5000, "about", "displaced", "families in a tent camp", JASSIM,
         ctx="about 5,000 families")]),

    P("d105_034",
      "By Libya Herald reporter | 16/08/2023\n"
      "The death toll from Monday and Tuesday's clashes between the 444 Brigade and the Special "
      "Deterrence Force (Rada) in Tripoli has risen to 55, the Emergency Medicine Centre said in "
      "an update last night. It said 146 people had been wounded and that its teams had evacuated "
      "234 families from the front lines in Ain Zara, Souq Al-Juma and Al-Furnaj. The fighting "
      "broke out after Rada detained the commander of the 444 Brigade, Mahmoud Hamza, at Mitiga "
      "airport. Flights at the airport, the capital's only working one, were suspended for more "
      "than 24 hours. The Tripoli Medical Centre said it had received 14 bodies, among them two "
      "civilians. Hamza was released into the custody of a neutral party on Tuesday night.",
      [C("55", 55, "exact", "killed", "people in the Tripoli clashes", EMC),
       C("146", 146, "exact", "injured", "people", "It", attr_alt=[EMC]),
       C("234", 234, "exact", "displaced", "families evacuated", "It", attr_alt=[EMC]),
       C("14", 14, "exact", "killed", "bodies received", TMC),
       C("two", 2, "exact", "killed", "civilians", TMC)],
      published="2023-08-16"),

    P("d105_035",
      "RABAT, Nov 14 (Reuters) - Moroccan troops moved into the Guerguerat buffer zone on the "
      "border with Mauritania on Friday to reopen a road blocked for three weeks by Polisario "
      "Front supporters, and the army said no one had been hurt. About 60 protesters had stopped "
      "traffic on the only road linking Morocco to West Africa, leaving some 200 trucks stranded "
      "on the Mauritanian side, Morocco's foreign ministry said. The Polisario Front, which seeks "
      "independence for Western Sahara, declared that the 1991 ceasefire was over and said its "
      "fighters had attacked Moroccan positions at four points along the 2,700-km sand berm. "
      "Morocco's army said it had suffered no losses. The United Nations has about 225 personnel "
      "in its MINURSO mission in the territory.",
      [C("About 60", 60, "about", "other", "protesters blocking the road",
         "Morocco's foreign ministry"),
       C("some 200", 200, "about", "other", "trucks stranded", "Morocco's foreign ministry"),
       C("four", 4, "exact", "other", "Moroccan positions attacked", "The Polisario Front",
         optional=True, cat_alt=["infrastructure"]),
       C("about 225", 225, "about", "troops", "MINURSO personnel", None, cat_alt=["other"])]),

    P("d105_036",
      "Updated 01 August 2019 16:45\n"
      "A Houthi ballistic missile and a drone struck a military parade at al-Jalaa camp in Aden's "
      "Buraiqa district on Thursday, killing at least 36 people, among them a senior commander of "
      "the Security Belt forces, Brig. Gen. Munir al-Yafei, medical sources said. Yemen's "
      "interior ministry said a separate suicide car bombing at a police station in the city's "
      "Sheikh Othman district had killed 13 police officers earlier in the day; Daesh claimed "
      "that attack. The Houthis' Al-Masirah television said the group had fired a medium-range "
      "missile at the parade and that \"dozens\" of soldiers had been killed or wounded. Doctors "
      "at Aden's al-Jumhuriya hospital said they had received more than 50 wounded. The "
      "coalition said it would respond \"with force\".",
      [C("at least 36", 36, "at_least", "killed", "people at the parade", "medical sources"),
       C("13", 13, "exact", "killed", "police officers", "Yemen's interior ministry"),
       C("dozens", 12, "vague", "injured", "soldiers killed or wounded",
         "The Houthis' Al-Masirah television", cat_alt=["killed", "other"]),
       C("more than 50", 50, "more_than", "injured", "wounded received",
         "Doctors at Aden's al-Jumhuriya hospital")],
      published="2019-08-01"),

    # --- Only non-claims ---------------------------------------------------------------------
    P("d105_037",
      "BAKU, Azerbaijan, July 23. Today marks 30 years since Armenian armed forces occupied the "
      "Aghdam district of Azerbaijan, Trend reports. The district was returned to Azerbaijan on "
      "November 20, 2020, under the trilateral statement signed by the leaders of Azerbaijan, "
      "Russia and Armenia on the night of November 9-10. Aghdam city, once called the "
      "\"Hiroshima of the Caucasus\" for the scale of its destruction, lies 26 kilometers east of "
      "Khankendi. Its Juma mosque, built in 1868-1870, is one of the few buildings in the city "
      "that survived. A master plan envisages rebuilding the city within 10 years.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d105_{:03d}",
                          checks=[no_sentence_from(*other_sets(HERE.name))])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=37)
