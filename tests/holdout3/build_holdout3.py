"""Source of the third held-out evaluation set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences; wire datelines with and without a year, "Updated:",
"Published" and "Last updated" lines, a Yonhap "(LEAD)" item with its timestamp, two live blogs
with time stamps, headline-plus-body items, bylines, a photo caption and "Read more" lines among
them), written for this set in the style of AP, Reuters, AFP, the BBC, Al Jazeera, the Guardian,
Xinhua, Yonhap, Dawn, The Hindu, the Daily Star, the Daily Nation, Premium Times and Rappler
(none copied from an article), on wars, disasters, protests, terror attacks, kidnappings,
hostage sieges and migrant stories from 2001 to 2021 not used in ``tests/devset`` to
``tests/devset11``, ``tests/holdout`` or ``tests/holdout2``. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded
in the READMEs of the earlier sets. Figures follow contemporary reports loosely; the set tests
extraction, not facts.

The set is held out: never tuned on; only its summary line is read.

Run ``python tests/holdout3/build_holdout3.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

HRW = "Human Rights Watch"
HRW_GROUP = "The New York-based group"
LB_RECORDS = "records from the Lebanese Red Cross and the government hospital in Tyre"
MSF = "Médecins Sans Frontières (MSF)"
SOHR = "the Syrian Observatory for Human Rights"
ICRC = "the International Committee of the Red Cross"
HOUTHI_MOH = "The Houthi-run health ministry"
GAZA_MOH = "the Gaza health ministry"
RU_MOD = "Russia's defence ministry"
PUSHILIN = "Denis Pushilin, the head of the Russian-backed Donetsk People's Republic"
LORENZANA = "Defense Secretary Delfin Lorenzana"
DACANAY = "army spokesman Col. Ernesto Dacanay"
NDMA = "the National Disaster Management Authority (NDMA)"
KHATTAK = "provincial information minister Arshad Khattak"
QH_HQ = "the local rescue headquarters"
BNPB = "Indonesia's disaster agency"
SUTOPO = "Agency spokesman Sutopo Purwo Nugroho"
SQ = "Quebec provincial police"
BRUNET = "police spokesman Sgt. Michel Brunet"
ZHANG = "Zhang Yuping"
MANSOUR = "Transport Minister Mohammed Lutfi Mansour"
CORREA = "President Rafael Correa"
COLLECTOR = "District Collector S. Karthikeyan"
NP_MOHA = "Nepal's home ministry"
MUMBAI_OFFICIALS = "officials"
AASLAND = "police spokesman Einar Aasland"
UZ_PG = "Uzbekistan's prosecutor-general"
EG_MOH = "Egypt's Health Ministry"
EG_MOI = "The Interior Ministry"
UHURU = "President Uhuru Kenyatta"
KRCS = "The Kenya Red Cross"
UA_MOH = "Ukraine's health ministry"
MEDICS = "Opposition medics at a makeshift clinic in the Hotel Ukraina"
BAJWA = "Maj Gen Asim Bajwa"
MOLINS = "Paris prosecutor François Molins"
TOURAINE = "Health Minister Marisol Touraine"
LEKKI_PANEL = "The Lagos judicial panel of inquiry into the #EndSARS protests"
EBRARD = "Mexico's foreign minister, Marcelo Ebrard"
ALLEN = "Police Chief Greg Allen"
TRAORE = "Mali's security minister, Salif Traoré"
DS_ARMY = "Brig Gen Nazmul Hasan"
BAPTIST = "the Baptist Convention in the state"
AYUBA = "Rev. Samuel Ayuba"
UN_LY = "the United Nations"
TRIPOLI_MOH = "the health ministry of the Tripoli-based government"
AT_POLICE = "Austrian police"
HU_POLICE = "Hungarian police"
PL_GUARDS = "Polish border guards"

PASSAGES = [
    # --- Wars and armed conflicts -------------------------------------------------------------
    P("h3_001",
      "BEIRUT, Aug 2, 2006 (Reuters) - Human Rights Watch on Wednesday put the number of people "
      "killed by Sunday's Israeli air strike on a house in the southern Lebanese village of Qana "
      "at 28, with 13 still missing, far fewer than the 54 dead first reported by Lebanese "
      "officials. The New York-based group said the early figure had been drawn from a register of "
      "63 people who had sheltered in the building's basement. At least 22 of them had in fact "
      "escaped before the search began, the group "
      "said, citing records from the Lebanese Red Cross and the government hospital in Tyre. "
      "Sixteen of the confirmed dead were children.",
      [C("28", 28, "exact", "killed", "people", HRW),
       C("13", 13, "exact", "missing", "people", HRW),
       C("54", 54, "exact", "killed", "people (first report)", "Lebanese officials"),
       C("63", 63, "exact", "other", "people sheltering in the basement", HRW_GROUP,
         attr_alt=[HRW]),
       C("At least 22", 22, "at_least", "other", "people who escaped", LB_RECORDS,
         attr_alt=["the group", HRW]),
       C("Sixteen", 16, "exact", "killed", "children", LB_RECORDS,
         attr_alt=["the group", None])],
      published="2006-08-02"),
    P("h3_002",
      "TBILISI, Aug 16 (Reuters) - Russian President Dmitry Medvedev signed a six-point ceasefire "
      "plan on Saturday, a day after Georgian President Mikheil Saakashvili put his name to the "
      "French-brokered deal during a five-hour meeting with U.S. Secretary of State Condoleezza "
      "Rice in Tbilisi. The plan requires both sides' forces to pull back to the positions they "
      "held before Aug. 7. A Russian armoured column was seen about 40 km (25 miles) from the "
      "Georgian capital on Saturday afternoon, and a railway bridge near Kaspi was blown up, "
      "Georgian officials said. No casualties were reported.",
      []),
    P("h3_003",
      "Published 7 October 2015\n"
      "Kunduz hospital strike: MSF raises death toll to 22\n"
      "Médecins Sans Frontières (MSF) says the number of people killed in a US air strike on its "
      "trauma centre in the Afghan city of Kunduz has risen to 22, among them 12 members of staff "
      "and 10 patients, three of whom were children. Another 37 people were hurt, the charity "
      "said. About 105 patients and their carers were inside the hospital when it was hit. The "
      "top US commander in Afghanistan, Gen "
      "John Campbell, has told Congress the hospital was struck by mistake after Afghan forces "
      "called for air support.",
      [C("22", 22, "exact", "killed", "people", "MSF", ctx="death toll to 22"),
       C("22", 22, "exact", "killed", "people", MSF, ctx="risen to 22"),
       C("12", 12, "exact", "killed", "MSF staff", MSF),
       C("10", 10, "exact", "killed", "patients", MSF),
       C("three", 3, "exact", "killed", "children", MSF),
       C("37", 37, "exact", "injured", "people", "the charity", attr_alt=[MSF]),
       C("About 105", 105, "about", "other", "patients and carers inside the hospital",
         "the charity", attr_alt=[None, MSF])],
      published="2015-10-07"),
    P("h3_004",
      "BEIRUT (AP) — The death toll from a suspected chemical attack on the rebel-held town of "
      "Khan Sheikhoun in Syria's Idlib province has climbed to 86, among them 30 children and 20 "
      "women, the Syrian Observatory for Human Rights said Thursday. The Britain-based monitor "
      "said more than 500 people had been treated for symptoms such as foaming at the mouth and "
      "pinpoint pupils. Turkish officials said three of the 32 victims who were brought across "
      "the border for treatment had died in Turkish hospitals. Hours later, U.S. warships in the "
      "eastern Mediterranean fired 59 Tomahawk cruise missiles at Shayrat air base, which the "
      "Pentagon said had been used to launch the attack.",
      [C("86", 86, "exact", "killed", "people", SOHR),
       C("30", 30, "exact", "killed", "children", SOHR),
       C("20", 20, "exact", "killed", "women", SOHR),
       C("more than 500", 500, "more_than", "injured", "people treated for symptoms",
         "The Britain-based monitor", attr_alt=[SOHR]),
       C("three", 3, "exact", "killed", "victims who died in Turkey", "Turkish officials"),
       C("32", 32, "exact", "injured", "victims taken to Turkey for treatment",
         "Turkish officials"),
       C("59", 59, "exact", "munitions", "Tomahawk cruise missiles", None,
         attr_alt=["the Pentagon"])]),
    P("h3_005",
      "Yemen: dozens of children killed as coalition air strike hits school bus\n"
      "Strike on market in Saada province kills at least 29 children, says Red Cross\n"
      "Hannah Ellery Middle East correspondent\n"
      "Fri 10 Aug 2018 06.14 BST\n"
      "At least 29 children were among the dead when a Saudi-led coalition air strike hit a bus "
      "carrying schoolboys through a busy market in northern Yemen, the International Committee "
      "of the Red Cross has said. A hospital it supports in Saada received the bodies of the "
      "children, all under 15, and 48 wounded people, 30 of them children. The Houthi-run health "
      "ministry put the overall toll at 51 dead and 79 injured. The coalition called the strike a "
      "\"legitimate military action\" against fighters who had fired a missile at the Saudi city "
      "of Jizan.\n"
      "Photograph: A wounded boy waits for treatment at a hospital in Saada on Thursday.",
      [C("dozens", 12, "vague", "killed", "children", None),
       C("at least 29", 29, "at_least", "killed", "children", "Red Cross"),
       C("At least 29", 29, "at_least", "killed", "children", ICRC),
       C("48", 48, "exact", "injured", "people", ICRC),
       C("30", 30, "exact", "injured", "children", ICRC),
       C("51", 51, "exact", "killed", "people", HOUTHI_MOH),
       C("79", 79, "exact", "injured", "people", HOUTHI_MOH)],
      published="2018-08-10"),
    P("h3_006",
      "BAMAKO, March 25, 2019 (AFP) - The toll from an attack on a Fulani herding village in "
      "central Mali has risen to 160, a local official and a security source said on Monday, "
      "warning it was likely to rise further. State television had given a provisional figure of "
      "136 dead on Sunday. \"We have counted 160 bodies so far and there are more under the ashes "
      "of the huts,\" councillor Hamidou Barry told AFP. Survivors said about 50 gunmen dressed "
      "as traditional Dozo hunters had surrounded Ogossagou at dawn on Saturday. The UN mission "
      "in Mali, MINUSMA, said it had flown 18 wounded people to Mopti by helicopter.",
      [C("160", 160, "exact", "killed", "people", "a local official and a security source",
         ctx="risen to 160"),
       C("136", 136, "exact", "killed", "people (provisional)", "State television"),
       C("160", 160, "exact", "killed", "bodies counted", "councillor Hamidou Barry",
         ctx="counted 160 bodies"),
       C("about 50", 50, "about", "troops", "gunmen", "Survivors", cat_alt=["other"]),
       C("18", 18, "exact", "injured", "wounded people flown to Mopti",
         "The UN mission in Mali, MINUSMA")],
      published="2019-03-25"),
    P("h3_007",
      "Published On 21 May 2021\n"
      "Palestinians in Gaza began clearing rubble on Friday as a ceasefire between Israel and "
      "Hamas held, after 11 days of Israeli bombardment that the Gaza health ministry says killed "
      "232 Palestinians, including 65 children, and wounded more than 1,900. In Israel, 12 "
      "people, among them two children, were killed by rockets, according to Israeli medical "
      "services. The Israeli military said armed groups in Gaza fired about 4,300 rockets at "
      "Israel during the fighting.\n"
      "Read more: Israel and Hamas agree to ceasefire after 11 days of fighting",
      [C("232", 232, "exact", "killed", "Palestinians", GAZA_MOH),
       C("65", 65, "exact", "killed", "children", GAZA_MOH),
       C("more than 1,900", 1900, "more_than", "injured", "Palestinians", GAZA_MOH),
       C("12", 12, "exact", "killed", "people in Israel", "Israeli medical services"),
       C("two", 2, "exact", "killed", "children in Israel", "Israeli medical services"),
       C("about 4,300", 4300, "about", "munitions", "rockets", "The Israeli military"),
       ],
      published="2021-05-21"),
    P("h3_008",
      "KYIV, July 29, 2022 (Reuters) - Russia's defence ministry said on Friday that 40 Ukrainian "
      "prisoners of war had been killed and 75 wounded when a prison at Olenivka, in the "
      "Russian-held part of Donetsk region, was hit overnight, blaming U.S.-supplied HIMARS "
      "rockets fired by Ukraine. Separatist officials later raised the toll to 53. Ukraine's "
      "military denied shelling the site and accused Russia of blowing up the barracks to hide "
      "the torture and killing of prisoners. Denis Pushilin, the head of the Russian-backed "
      "Donetsk People's Republic, said the prison had held 193 inmates. Many of them had "
      "surrendered at the Azovstal steelworks in Mariupol in May after a siege of almost three "
      "months.",
      [C("40", 40, "exact", "killed", "Ukrainian prisoners of war", RU_MOD),
       C("75", 75, "exact", "injured", "Ukrainian prisoners of war", RU_MOD),
       C("53", 53, "exact", "killed", "prisoners of war", "Separatist officials"),
       C("193", 193, "exact", "detained", "inmates held at the prison", PUSHILIN)],
      published="2022-07-29"),
    P("h3_009",
      "NAIROBI (Reuters) - Scores, and likely hundreds, of civilians were stabbed or hacked to "
      "death in the town of Mai Kadra in Ethiopia's Tigray region on the night of Nov. 9, Amnesty "
      "International said on Thursday, calling it the first confirmed massacre of the conflict. "
      "Ethiopia's state-appointed human rights commission later said at least 600 people, most of "
      "them seasonal labourers from the Amhara region, had been killed by a local youth group "
      "with the help of police and militia. More than 20,000 Ethiopians have fled across the "
      "border into Sudan since the fighting began on Nov. 4, according to Sudan's refugee "
      "commission. The UN refugee agency said it was preparing for up to 200,000 arrivals over "
      "the next six months.",
      [C("Scores", 20, "vague", "killed", "civilians", "Amnesty International"),
       C("hundreds", 100, "vague", "killed", "civilians", "Amnesty International"),
       C("at least 600", 600, "at_least", "killed", "people",
         "Ethiopia's state-appointed human rights commission"),
       C("More than 20,000", 20000, "more_than", "displaced", "Ethiopians who fled to Sudan",
         "Sudan's refugee commission"),
       C("up to 200,000", 200000, "at_most", "displaced", "expected refugee arrivals",
         "The UN refugee agency")]),
    P("h3_010",
      "Published 3:45 PM, October 17, 2017\n"
      "MANILA, Philippines – President Rodrigo Duterte on Tuesday declared Marawi City "
      "\"liberated\" from terrorist influence, five months after fighters loyal to the Islamic "
      "State group overran the lakeside city. Defense Secretary Delfin Lorenzana said 920 "
      "militants, 165 soldiers and police and 47 civilians had been killed in the battle. More "
      "than 350,000 residents of Marawi and nearby towns remain displaced, according to the "
      "Department of Social Welfare and Development. Up to 30 gunmen, among them foreign "
      "fighters, were still holed up in a handful of buildings with about 20 hostages, army "
      "spokesman Col. Ernesto Dacanay told reporters.",
      [C("920", 920, "exact", "killed", "militants", LORENZANA),
       C("165", 165, "exact", "killed", "soldiers and police", LORENZANA),
       C("47", 47, "exact", "killed", "civilians", LORENZANA),
       C("More than 350,000", 350000, "more_than", "displaced", "residents",
         "the Department of Social Welfare and Development"),
       C("Up to 30", 30, "at_most", "troops", "gunmen still holed up", DACANAY,
         cat_alt=["other"]),
       C("about 20", 20, "about", "hostages", "hostages", DACANAY)],
      published="2017-10-17"),

    # --- Natural and industrial disasters, accidents ------------------------------------------
    P("h3_011",
      "ISLAMABAD: The death toll from the floods that have swept down the Indus has passed "
      "1,600, the National Disaster Management Authority (NDMA) said on Monday, while the United "
      "Nations estimated that some 14 million people had been affected. In Khyber Pakhtunkhwa "
      "alone, 1,068 people have died, provincial information minister Arshad Khattak told Dawn. "
      "The UN's humanitarian office said more than 650,000 homes had been damaged or destroyed "
      "and launched an appeal for $459 million. Army helicopters have lifted about 40,000 "
      "stranded people from rooftops and embankments, a military spokesman said.",
      [C("1,600", 1600, "more_than", "killed", "people", NDMA),
       C("some 14 million", 14000000, "about", "other", "people affected", "the United Nations",
         cat_alt=["population"]),
       C("1,068", 1068, "exact", "killed", "people in Khyber Pakhtunkhwa", KHATTAK),
       C("more than 650,000", 650000, "more_than", "infrastructure", "homes damaged or destroyed",
         "The UN's humanitarian office"),
       C("about 40,000", 40000, "about", "other", "stranded people rescued",
         "a military spokesman")]),
    P("h3_012",
      "XINING, April 17 (Xinhua) -- The death toll from Wednesday's 7.1-magnitude earthquake in "
      "Yushu Tibetan Autonomous Prefecture in northwest China's Qinghai Province has risen to "
      "1,144, with 417 people missing and 11,744 injured, the local rescue headquarters said "
      "Saturday. Of the injured, 1,174 were in serious condition. More than 10,000 soldiers, armed "
      "police and firefighters are taking part in the search, and some 100,000 people have been "
      "left homeless, officials said. Most of the houses in Jiegu, the prefecture seat, were made "
      "of earth and wood and collapsed in the first minutes.",
      [C("1,144", 1144, "exact", "killed", "people", QH_HQ),
       C("417", 417, "exact", "missing", "people", QH_HQ),
       C("11,744", 11744, "exact", "injured", "people", QH_HQ),
       C("1,174", 1174, "exact", "injured", "seriously injured", QH_HQ),
       C("More than 10,000", 10000, "more_than", "troops",
         "soldiers, armed police and firefighters", "officials"),
       C("some 100,000", 100000, "about", "displaced", "people left homeless", "officials")]),
    P("h3_013",
      "Updated 9:12 PM ET, Thu October 4, 2018\n"
      "PALU, Indonesia (AP) — The confirmed death toll from the earthquake and tsunami that "
      "struck central Sulawesi has risen to 1,424, Indonesia's disaster agency said Thursday, as "
      "officials warned that whole neighborhoods swallowed by liquefied soil may never be "
      "searched. Agency spokesman Sutopo Purwo Nugroho said 113 people were missing and 2,549 "
      "seriously injured, and that more than 70,000 had been displaced. In Petobo alone, he said, "
      "as many as 1,000 people may be buried under the mud. Nearly 66,000 homes were damaged.",
      [C("1,424", 1424, "exact", "killed", "people", BNPB),
       C("113", 113, "exact", "missing", "people", SUTOPO, attr_alt=[BNPB]),
       C("2,549", 2549, "exact", "injured", "seriously injured", SUTOPO, attr_alt=[BNPB]),
       C("more than 70,000", 70000, "more_than", "displaced", "people", SUTOPO,
         attr_alt=[BNPB]),
       C("as many as 1,000", 1000, "at_most", "missing", "people buried under mud in Petobo",
         SUTOPO, cat_alt=["other"]),
       C("Nearly 66,000", 66000, "about", "infrastructure", "homes damaged", SUTOPO,
         attr_alt=[None])],
      published="2018-10-04"),
    P("h3_014",
      "LAC-MÉGANTIC, Que. — Quebec provincial police said Friday they now believe 47 people were "
      "killed when a runaway train loaded with crude oil derailed and exploded in the centre of "
      "this lakeside town, although the remains of only 42 have been found. The other five are "
      "presumed to have been consumed by the fire, police spokesman Sgt. Michel Brunet said. "
      "About 2,000 of the town's roughly 6,000 residents were forced from their homes in the "
      "hours after the blast, and some 30 buildings in the downtown core were flattened. The "
      "train's engineer, 52, had left it parked on a slope at Nantes, about 11 kilometres away.",
      [C("47", 47, "exact", "killed", "people", SQ),
       C("42", 42, "exact", "killed", "remains found", SQ),
       C("five", 5, "exact", "killed", "victims presumed consumed by the fire", BRUNET,
         cat_alt=["missing"]),
       C("About 2,000", 2000, "about", "displaced", "residents forced from their homes", None),
       C("roughly 6,000", 6000, "about", "population", "residents of Lac-Mégantic", None),
       C("some 30", 30, "about", "infrastructure", "buildings flattened", None)]),
    P("h3_015",
      "Updated: 2015-08-16 20:57\n"
      "TIANJIN — The number of people confirmed dead in Wednesday's warehouse explosions in "
      "Tianjin's Binhai New Area rose to 112 on Sunday, with 95 others still missing, 85 of them "
      "firefighters, officials told a news conference. Of the missing firefighters, 13 were on "
      "active service and 72 belonged to the port's own fire brigade, said Zhang Yuping, deputy "
      "head of the city's publicity department. A total of 722 people remain in hospital, 58 of "
      "them in critical condition.",
      [C("112", 112, "exact", "killed", "people", "officials"),
       C("95", 95, "exact", "missing", "people", "officials"),
       C("85", 85, "exact", "missing", "firefighters", "officials"),
       C("13", 13, "exact", "missing", "active-service firefighters", ZHANG),
       C("72", 72, "exact", "missing", "port fire brigade firefighters", ZHANG),
       C("722", 722, "exact", "injured", "people in hospital", ZHANG, attr_alt=[None]),
       C("58", 58, "exact", "injured", "people in critical condition", ZHANG,
         attr_alt=[None]),
       ],
      published="2015-08-16"),
    P("h3_016",
      "SAFAGA, Egypt (AP) — Rescue boats brought 185 bodies into this Red Sea port by Saturday "
      "evening, a day after an Egyptian ferry carrying more than 1,400 people sank in the middle "
      "of the night on its way back from Saudi Arabia. Transport Minister Mohammed Lutfi Mansour "
      "said 324 passengers and crew had been pulled alive from the water, and hopes were fading "
      "for some 900 others. Most of those on board were Egyptian labourers returning from jobs in "
      "the Gulf. Hundreds of relatives hurled stones at riot police outside the port gates. The "
      "al-Salam Boccaccio 98, built in 1970, had been refitted to carry more passengers.",
      [C("185", 185, "exact", "killed", "bodies recovered", None, attr_alt=[MANSOUR]),
       C("more than 1,400", 1400, "more_than", "other", "people on board", None,
         attr_alt=[MANSOUR]),
       C("324", 324, "exact", "other", "passengers and crew rescued alive", MANSOUR),
       C("some 900", 900, "about", "missing", "passengers and crew", MANSOUR),
       C("Hundreds", 100, "vague", "other", "relatives protesting", None)]),
    P("h3_017",
      "Dorian, now a Category 2 storm, was centred about 105 miles (170 km) east of Cape "
      "Canaveral at 11 p.m. EDT on Tuesday and moving north-northwest at 6 mph, the U.S. National "
      "Hurricane Center said in its latest advisory. Maximum sustained winds had eased to 110 "
      "mph, with hurricane-force winds extending up to 60 miles from the centre. A storm surge "
      "of 4 to 7 feet was possible along parts of the South Carolina coast, forecasters said, "
      "and the centre's next full advisory was due at 5 a.m.",
      []),
    P("h3_018",
      "QUITO (AFP) - President Rafael Correa said Wednesday that the death toll from Saturday's "
      "magnitude-7.8 earthquake had risen to 525, with 231 people still missing and more than "
      "4,600 injured, as aid reached the devastated coastal towns of Manabí province. Some 25,000 "
      "people are sleeping in shelters, the government said. In Pedernales, a beach town of about "
      "55,000, officials estimated that 80 percent of buildings would have to be torn down. "
      "Ecuador has deployed 10,000 soldiers to help with rescue work and prevent looting.",
      [C("525", 525, "exact", "killed", "people", CORREA),
       C("231", 231, "exact", "missing", "people", CORREA),
       C("more than 4,600", 4600, "more_than", "injured", "people", CORREA),
       C("Some 25,000", 25000, "about", "displaced", "people in shelters", "the government"),
       C("about 55,000", 55000, "about", "population", "Pedernales residents", None,
         attr_alt=["officials"]),
       C("80 percent", 80, "exact", "infrastructure", "share of buildings to be demolished",
         "officials", optional=True),
       C("10,000", 10000, "exact", "troops", "soldiers", None),
       ]),
    P("h3_019",
      "KOLLAM: At least 107 people were killed and over 380 injured when a fireworks display at "
      "the Puttingal Devi temple at Paravur near here went wrong early on Sunday, setting off a "
      "blast in a shed packed with firecrackers. District Collector S. Karthikeyan said 350 of the "
      "injured had been admitted to hospitals in Kollam and Thiruvananthapuram, and that 12 of "
      "them were critical. The competitive display had gone on past 3 a.m. although the district "
      "administration had refused permission. Police have registered a case against the temple "
      "managers, and seven "
      "members of the temple committee were taken into custody on Tuesday.",
      [C("At least 107", 107, "at_least", "killed", "people", None, attr_alt=[COLLECTOR]),
       C("over 380", 380, "more_than", "injured", "people", None, attr_alt=[COLLECTOR]),
       C("350", 350, "exact", "injured", "injured admitted to hospitals", COLLECTOR),
       C("12", 12, "exact", "injured", "critically injured", COLLECTOR),
       C("seven", 7, "exact", "detained", "temple committee members", None)]),
    P("h3_020",
      "Nepal earthquake: live updates\n"
      "Last updated: 27 April 2015\n"
      "14:05 Nepal's home ministry now says 4,010 people have died and 7,180 have been injured in "
      "Saturday's earthquake. Another 66 deaths have been reported in India and 25 in the Tibet "
      "region of China, officials there say.\n"
      "13:40 The UN says about 8 million people have been affected, and 1.4 million of them need "
      "food aid.\n"
      "13:12 Our correspondent in Kathmandu says thousands of families spent a third night in the "
      "open, too frightened of aftershocks to go back indoors.\n"
      "12:55 An Indian Air Force C-17 has landed at Kathmandu airport with 40 tonnes of relief "
      "supplies and a team of doctors.",
      [C("4,010", 4010, "exact", "killed", "people", NP_MOHA),
       C("7,180", 7180, "exact", "injured", "people", NP_MOHA),
       C("66", 66, "exact", "killed", "people in India", "officials there"),
       C("25", 25, "exact", "killed", "people in Tibet", "officials there"),
       C("about 8 million", 8000000, "about", "other", "people affected", "The UN",
         cat_alt=["population"]),
       C("1.4 million", 1400000, "exact", "other", "people needing food aid", "The UN",
         cat_alt=["population"]),
       C("thousands", 1000, "vague", "displaced", "families sleeping in the open",
         "Our correspondent in Kathmandu", cat_alt=["other"]),
       C("40", 40, "exact", "aid", "tonnes of relief supplies", None, ctx="40 tonnes")],
      published="2015-04-27"),

    # --- Protests, riots, crackdowns, shootings and terror attacks ----------------------------
    P("h3_021",
      "MUMBAI, Nov 29, 2008 (Reuters) - Indian commandos killed the last three gunmen holed up in "
      "Mumbai's Taj Mahal Palace hotel on Saturday, ending a 60-hour siege of India's financial "
      "capital in which at least 195 people were killed and 295 wounded, officials said. "
      "Maharashtra's chief secretary said at least 22 foreigners were among the dead. Police said "
      "nine attackers had been killed and one, a Pakistani, captured alive.",
      [C("three", 3, "exact", "killed", "gunmen", MUMBAI_OFFICIALS),
       C("at least 195", 195, "at_least", "killed", "people", MUMBAI_OFFICIALS),
       C("295", 295, "exact", "injured", "people", MUMBAI_OFFICIALS),
       C("at least 22", 22, "at_least", "killed", "foreigners", "Maharashtra's chief secretary"),
       C("nine", 9, "exact", "killed", "attackers", "Police"),
       C("one", 1, "exact", "detained", "attacker captured alive", "Police", optional=True),
       ],
      published="2008-11-29"),
    P("h3_022",
      "OSLO, July 25, 2011 (AFP) - Norwegian police on Monday cut the death toll from Friday's "
      "twin attacks to 76 from 93, explaining that some victims on Utoeya island had been counted "
      "twice as rescuers worked through the night. Sixty-eight people were killed at the Labour "
      "Party youth camp on the island and eight in the car bomb that tore through the government "
      "quarter in Oslo, police spokesman Einar Aasland said. Between four and five people were "
      "still unaccounted for, he said. The confessed attacker, Anders Behring Breivik, 32, told a "
      "court on Monday that he had acted alone.",
      [C("76", 76, "exact", "killed", "people", "Norwegian police"),
       C("93", 93, "exact", "killed", "people (earlier toll)", "Norwegian police"),
       C("Sixty-eight", 68, "exact", "killed", "people on Utoeya", AASLAND),
       C("eight", 8, "exact", "killed", "people in Oslo bombing", AASLAND),
       C("Between four and five", 4, "range", "missing", "people", AASLAND, high=5,
         attr_alt=["he"])],
      published="2011-07-25"),
    P("h3_023",
      "TASHKENT, May 17 (Reuters) - Uzbekistan's prosecutor-general said on Tuesday that 169 "
      "people had been killed when troops put down an uprising in the eastern city of Andijan "
      "last week, 32 of them soldiers and police, rejecting accounts by witnesses and rights "
      "groups that hundreds of unarmed protesters were gunned down. An opposition party, Erk, said "
      "its activists had counted 745 bodies in Andijan and the nearby town of Pakhtaabad. The UN "
      "refugee agency said about 500 Uzbeks had crossed into neighbouring Kyrgyzstan, where they "
      "were being housed in a tent camp.",
      [C("169", 169, "exact", "killed", "people", UZ_PG),
       C("32", 32, "exact", "killed", "soldiers and police", UZ_PG),
       C("hundreds", 100, "vague", "killed", "unarmed protesters",
         "witnesses and rights groups", ctx="hundreds of unarmed"),
       C("745", 745, "exact", "killed", "bodies counted", "An opposition party, Erk",
         attr_alt=["Erk"]),
       C("about 500", 500, "about", "displaced", "Uzbeks who crossed into Kyrgyzstan",
         "The UN refugee agency"),
       ]),
    P("h3_024",
      "CAIRO (AP) — Egypt's Health Ministry on Thursday raised the nationwide death toll from "
      "Wednesday's violence to 638, including 288 people killed at the Rabaah al-Adawiya protest "
      "camp, and said nearly 4,000 people had been injured. The Muslim Brotherhood, whose "
      "supporters had occupied the camp for six weeks, says the real figure is far higher and "
      "puts the number of dead at more than 2,000. The Interior Ministry said 43 police officers "
      "were killed during the clearing of the camps and in attacks on police stations that "
      "followed, and that 1,004 Brotherhood members had been arrested. A month-long state of "
      "emergency remains in force.",
      [C("638", 638, "exact", "killed", "people", EG_MOH),
       C("288", 288, "exact", "killed", "people at Rabaa camp", EG_MOH),
       C("nearly 4,000", 4000, "about", "injured", "people", EG_MOH),
       C("more than 2,000", 2000, "more_than", "killed", "people", "The Muslim Brotherhood"),
       C("43", 43, "exact", "killed", "police officers", EG_MOI),
       C("1,004", 1004, "exact", "detained", "Brotherhood members", EG_MOI)]),
    P("h3_025",
      "Westgate: Uhuru says 67 dead, five attackers killed\n"
      "By NATION Team\n"
      "President Uhuru Kenyatta on Tuesday night declared the four-day siege at the Westgate "
      "shopping mall over, saying 61 civilians and six members of the security forces had been "
      "killed. Five of the attackers were shot dead and 11 suspects were in custody, the President "
      "said in a televised address. The Kenya Red Cross said 175 people had been injured and 39 "
      "were still unaccounted for. Part of the mall's three-storey car park collapsed during the "
      "final assault, and bodies are thought to be trapped under the rubble.",
      [C("67", 67, "exact", "killed", "people", "Uhuru", attr_alt=[UHURU]),
       C("five", 5, "exact", "killed", "attackers", "Uhuru", attr_alt=[UHURU]),
       C("61", 61, "exact", "killed", "civilians", UHURU),
       C("six", 6, "exact", "killed", "members of the security forces", UHURU),
       C("Five", 5, "exact", "killed", "attackers", "the President", attr_alt=[UHURU]),
       C("11", 11, "exact", "detained", "suspects", "the President", attr_alt=[UHURU]),
       C("175", 175, "exact", "injured", "people", KRCS),
       C("39", 39, "exact", "missing", "people unaccounted for", KRCS)]),
    P("h3_026",
      "Ukraine crisis: live\n"
      "Thursday 20 February 2014\n"
      "17.42 GMT Ukraine's health ministry says 75 people have been killed in Kiev since Tuesday. "
      "That includes at least 28 who died today, it says, and 571 people have been injured, 363 of "
      "whom are in hospital.\n"
      "17.10 GMT Opposition medics at a makeshift clinic in the Hotel Ukraina told our "
      "correspondent they had counted at least 50 bodies brought in since the morning.\n"
      "16.31 GMT The interior ministry says 67 police officers have been seized by protesters and "
      "are being held in the Kiev city hall.\n"
      "15.58 GMT EU foreign ministers meeting in Brussels have agreed to impose visa bans and "
      "asset freezes on those responsible for the violence.",
      [C("75", 75, "exact", "killed", "people in Kiev", UA_MOH),
       C("at least 28", 28, "at_least", "killed", "people who died today", UA_MOH),
       C("571", 571, "exact", "injured", "people", UA_MOH),
       C("363", 363, "exact", "injured", "people in hospital", UA_MOH),
       C("at least 50", 50, "at_least", "killed", "bodies brought in", MEDICS),
       C("67", 67, "exact", "hostages", "police officers seized by protesters",
         "The interior ministry", cat_alt=["detained"])],
      published="2014-02-20"),
    P("h3_027",
      "PESHAWAR: At least 141 people, 132 of them children, were killed when Taliban gunmen "
      "stormed the Army Public School on Warsak Road on Tuesday and went from classroom to "
      "classroom shooting pupils, in the deadliest militant attack in the country's history. "
      "Inter-Services Public Relations Director General Maj Gen Asim Bajwa told reporters that "
      "all seven attackers, who wore suicide vests, had been killed by SSG commandos in an "
      "operation lasting about eight hours. He said 121 children and three staff members had been "
      "wounded and that around 960 students and staff had been brought out safely. The Khyber "
      "Pakhtunkhwa government announced three days of mourning.",
      [C("At least 141", 141, "at_least", "killed", "people", None, attr_alt=[BAJWA]),
       C("132", 132, "exact", "killed", "children", None, attr_alt=[BAJWA]),
       C("seven", 7, "exact", "killed", "attackers", BAJWA),
       C("121", 121, "exact", "injured", "children", BAJWA, attr_alt=["He"]),
       C("three", 3, "exact", "injured", "staff members", BAJWA, attr_alt=["He"],
         ctx="three staff"),
       C("around 960", 960, "about", "other", "students and staff brought out safely", BAJWA,
         attr_alt=["He"])]),
    P("h3_028",
      "NICE, France, July 16, 2016 (AFP) - The death toll from the Bastille Day truck attack on "
      "Nice's Promenade des Anglais stood at 84 on Saturday, with 10 children and teenagers among "
      "the dead, Paris prosecutor François Molins said. Of the 202 people still in hospital, 52 "
      "were in critical condition and 25 on life support, Health Minister Marisol Touraine said. "
      "The driver, a 31-year-old Tunisian delivery man, drove the 19-tonne lorry for almost two "
      "kilometres through a crowd of some 30,000 people who had gathered to watch the fireworks "
      "before police shot him dead.\n"
      "READ MORE: What we know about the Nice attacker",
      [C("84", 84, "exact", "killed", "people", MOLINS),
       C("10", 10, "exact", "killed", "children and teenagers", MOLINS),
       C("202", 202, "exact", "injured", "people in hospital", TOURAINE),
       C("52", 52, "exact", "injured", "people in critical condition", TOURAINE),
       C("25", 25, "exact", "injured", "people on life support", TOURAINE,
         cat_alt=["other"]),
       C("some 30,000", 30000, "about", "other", "crowd watching the fireworks", None)],
      published="2016-07-16"),
    P("h3_029",
      "Published: November 16, 2021\n"
      "LAGOS — The Lagos judicial panel of inquiry into the #EndSARS protests has found that at "
      "least 11 people were killed by soldiers at the Lekki toll gate on October 20, 2020, and "
      "that four others are missing and presumed dead. In its 309-page report, the panel listed "
      "48 casualties from the shooting, 24 of them with gunshot wounds and 15 who were assaulted "
      "by soldiers and police. Amnesty International, which had put the number of protesters "
      "killed at Lekki and Alausa at 12 or more, said the findings vindicated its investigation. "
      "The army has always denied that its men fired live rounds.",
      [C("at least 11", 11, "at_least", "killed", "people", LEKKI_PANEL),
       C("four", 4, "exact", "killed", "people missing and presumed dead", LEKKI_PANEL,
         cat_alt=["missing"]),
       C("48", 48, "exact", "injured", "casualties", "the panel", cat_alt=["killed", "other"],
         attr_alt=[LEKKI_PANEL]),
       C("24", 24, "exact", "injured", "people with gunshot wounds", "the panel",
         attr_alt=[LEKKI_PANEL]),
       C("15", 15, "exact", "injured", "people assaulted", "the panel",
         attr_alt=[LEKKI_PANEL]),
       C("12 or more", 12, "at_least", "killed", "protesters", "Amnesty International")],
      published="2021-11-16"),
    P("h3_030",
      "EL PASO, Texas (AP) — Two more victims of Saturday's shooting at a crowded Walmart in El "
      "Paso died in hospital on Monday, raising the death toll to 22, police said. Mexico's "
      "foreign minister, Marcelo Ebrard, said eight of the dead were Mexican citizens. "
      "Twenty-four other people were wounded, the youngest of them a 2-year-old boy. Police Chief "
      "Greg Allen said between 1,000 and 3,000 shoppers had been inside the store, a few miles "
      "from the border, when the gunman opened fire with an AK-47-style rifle. The 21-year-old "
      "suspect surrendered to officers at an intersection near the store.",
      [C("Two", 2, "exact", "killed", "victims who died in hospital", "police"),
       C("22", 22, "exact", "killed", "people", "police"),
       C("eight", 8, "exact", "killed", "Mexican citizens", EBRARD),
       C("Twenty-four", 24, "exact", "injured", "people", None),
       C("between 1,000 and 3,000", 1000, "range", "other", "shoppers inside the store", ALLEN,
         high=3000)]),

    # --- Kidnappings, hostage sieges, migrants and refugees ------------------------------------
    P("h3_031",
      "(LEAD) Taliban free 12 more S. Korean hostages\n"
      "2007/08/29 20:41\n"
      "GHAZNI, Afghanistan, Aug. 29 (Yonhap) -- The Taliban released 12 of the 19 South Korean "
      "hostages they were still holding on Wednesday, handing them over to Red Cross officials "
      "outside the central Afghan town of Ghazni, officials said. The remaining seven "
      "are expected to be freed on Thursday, a Taliban spokesman told reporters. The group of 23 "
      "church volunteers was seized from a bus on the Kabul-Kandahar highway on July 19. Two male "
      "hostages were shot dead by their captors and two women were freed earlier this month.",
      [C("12", 12, "exact", "hostages", "South Korean hostages freed", None,
         ctx="free 12 more"),
       C("12", 12, "exact", "hostages", "South Korean hostages freed", "officials",
         ctx="released 12 of"),
       C("19", 19, "exact", "hostages", "South Korean hostages held", "officials",
         ctx="the 19 South"),
       C("seven", 7, "exact", "hostages", "remaining hostages", "a Taliban spokesman"),
       C("23", 23, "exact", "hostages", "church volunteers seized", None),
       C("Two", 2, "exact", "killed", "male hostages", None, cat_alt=["hostages"]),
       C("two", 2, "exact", "hostages", "women freed earlier", None)],
      published="2007-08-29"),
    P("h3_032",
      "BAMAKO (Reuters) - Malian special forces backed by French and U.S. troops freed scores of "
      "hostages on Friday after Islamist gunmen stormed the Radisson Blu hotel in Bamako, taking "
      "about 170 guests and staff captive. At least 27 bodies were seen inside the building after "
      "the assault, a U.N. official told Reuters, while Mali's security minister, Salif Traoré, "
      "said 18 people had died along with at least two attackers. The Rezidor Hotel Group, which "
      "operates the hotel, had said at midday that 138 people were still being held inside.",
      [C("scores", 20, "vague", "hostages", "hostages freed", None),
       C("about 170", 170, "about", "hostages", "guests and staff taken captive", None),
       C("At least 27", 27, "at_least", "killed", "bodies", "a U.N. official"),
       C("18", 18, "exact", "killed", "people", TRAORE),
       C("at least two", 2, "at_least", "killed", "attackers", TRAORE),
       C("138", 138, "exact", "hostages", "people still held", "The Rezidor Hotel Group")]),
    P("h3_033",
      "Published: 12:00 AM, July 03, 2016\n"
      "Twenty hostages, most of them foreigners, were hacked to death by the militants who "
      "stormed the Holey Artisan Bakery in Gulshan on Friday night, the army said yesterday after "
      "commandos ended the 12-hour siege. Nine of the victims were Italian, seven Japanese and one "
      "American, while three were Bangladeshis or of Bangladeshi origin, Brig Gen Nazmul Hasan "
      "told a briefing at Dhaka Cantonment. Six gunmen were killed and one suspect was captured "
      "alive in \"Operation Thunderbolt\", he said, and 13 hostages were rescued.",
      [C("Twenty", 20, "exact", "killed", "hostages", "the army", cat_alt=["hostages"]),
       C("Nine", 9, "exact", "killed", "Italians", DS_ARMY),
       C("seven", 7, "exact", "killed", "Japanese", DS_ARMY),
       C("one", 1, "exact", "killed", "American", DS_ARMY, ctx="one American"),
       C("three", 3, "exact", "killed", "Bangladeshis", DS_ARMY),
       C("Six", 6, "exact", "killed", "gunmen", DS_ARMY),
       C("one", 1, "exact", "detained", "suspect captured alive", DS_ARMY, optional=True,
         ctx="one suspect"),
       C("13", 13, "exact", "hostages", "hostages rescued", DS_ARMY, attr_alt=["he"])],
      published="2016-07-03"),
    P("h3_034",
      "KADUNA — Gunmen who invaded Bethel Baptist High School in Chikun Local Government Area of "
      "Kaduna State on Monday made away with 121 students, the Baptist Convention in the state "
      "has said, revising its earlier figure of 140. The Kaduna State Police Command said its "
      "tactical teams had rescued 26 students found hiding in the bush near the school. The "
      "school had 180 boarders at the time of the attack, the convention's president, Rev. Samuel "
      "Ayuba, told reporters on Wednesday. He said 28 of the abducted students were released on "
      "Sunday after their parents paid a ransom of N250,000 each.",
      [C("121", 121, "exact", "hostages", "students abducted", BAPTIST),
       C("140", 140, "exact", "hostages", "students abducted (earlier figure)", BAPTIST),
       C("26", 26, "exact", "other", "students rescued from the bush",
         "The Kaduna State Police Command", cat_alt=["hostages"]),
       C("180", 180, "exact", "population", "boarders at the school", AYUBA,
         cat_alt=["other"]),
       C("28", 28, "exact", "hostages", "students released", AYUBA, attr_alt=["He"])]),
    P("h3_035",
      "ZAMBOANGA CITY, Philippines (AP) — The military said Tuesday it had sent about 5,000 "
      "soldiers to Basilan island to hunt Abu Sayyaf guerrillas who snatched 20 people, including "
      "three Americans, from an upscale resort in Palawan and took them more than 300 kilometers "
      "across the Sulu Sea. A rebel spokesman, Abu Sabaya, told a radio station the group was "
      "still holding all 20 hostages and threatened to behead the Americans unless the army "
      "pulled back. Officials said four of the captives had escaped during a firefight near the "
      "town of Lamitan on Saturday. Regional police chief Col. Rodolfo Tan said at least 12 "
      "soldiers were killed in the clash.",
      [C("about 5,000", 5000, "about", "troops", "soldiers", "The military"),
       C("20", 20, "exact", "hostages", "people snatched from the resort", None,
         attr_alt=["The military"], ctx="snatched 20 people"),
       C("three", 3, "exact", "hostages", "Americans", None, attr_alt=["The military"]),
       C("20", 20, "exact", "hostages", "hostages still held", "A rebel spokesman, Abu Sabaya",
         attr_alt=["Abu Sabaya"], ctx="all 20 hostages"),
       C("four", 4, "exact", "hostages", "captives who escaped", "Officials"),
       C("at least 12", 12, "at_least", "killed", "soldiers",
         "Regional police chief Col. Rodolfo Tan")]),
    P("h3_036",
      "TRIPOLI, July 3, 2019 (Reuters) - An air strike hit a migrant detention centre in Tajoura, "
      "a suburb of the Libyan capital, late on Tuesday, killing at least 44 people and wounding "
      "more than 130, the United Nations said, in what its envoy called a possible war crime. "
      "About 600 migrants, mostly from African countries, were being held at the centre, "
      "according to the health ministry of the Tripoli-based government, which blamed forces "
      "loyal to eastern commander Khalifa Haftar. A hangar holding around 120 people took a "
      "direct hit, said Ahmed Ben Salem, a spokesman for the emergency services. UN officials "
      "later said the toll had risen to 53.",
      [C("at least 44", 44, "at_least", "killed", "people", UN_LY),
       C("more than 130", 130, "more_than", "injured", "people", UN_LY),
       C("About 600", 600, "about", "detained", "migrants held at the centre", TRIPOLI_MOH,
         cat_alt=["displaced"]),
       C("around 120", 120, "about", "detained", "migrants in the hangar", "Ahmed Ben Salem",
         cat_alt=["displaced", "other"]),
       C("53", 53, "exact", "killed", "people", "UN officials")],
      published="2019-07-03"),
    P("h3_037",
      "VIENNA (AP) — Austrian police said Friday that 71 people — 59 men, eight women and four "
      "children, the youngest a girl aged one or two — had been found dead in an abandoned "
      "refrigerated truck on the A4 motorway near Parndorf, and that they had probably "
      "suffocated. Provincial police chief Hans Peter Leitner said the victims were most likely "
      "Syrians. Hungarian police have detained four suspects. "
      "Austria's interior ministry said more than 2,000 migrants had crossed into the country from "
      "Hungary on Friday alone.",
      [C("71", 71, "exact", "killed", "people found dead in a truck", AT_POLICE),
       C("59", 59, "exact", "killed", "men", AT_POLICE),
       C("eight", 8, "exact", "killed", "women", AT_POLICE),
       C("four", 4, "exact", "killed", "children", AT_POLICE, ctx="four children"),
       C("four", 4, "exact", "detained", "suspects", HU_POLICE, ctx="four suspects"),
       C("more than 2,000", 2000, "more_than", "displaced", "migrants who crossed from Hungary",
         "Austria's interior ministry", cat_alt=["other"])]),
    P("h3_038",
      "Updated: 9 September 2020, 14:22 EEST\n"
      "More than 12,000 asylum seekers were left without shelter on Lesbos on Wednesday after "
      "fires swept through the Moria camp overnight, destroying most of the tents and containers "
      "in Europe's largest migrant camp. The camp, built for fewer than 3,000 people, had been "
      "placed under lockdown last week after 35 residents tested positive for the coronavirus. "
      "The UNHCR said more than 4,000 children were among those displaced. The government said "
      "the 406 unaccompanied minors who had lived in the camp would be flown to the mainland.\n"
      "Photo: Asylum seekers sleep by the roadside near Mytilene. (AP)",
      [C("More than 12,000", 12000, "more_than", "displaced", "asylum seekers left without shelter",
         None),
       C("fewer than 3,000", 3000, "fewer_than", "other", "capacity of the camp", None,
         optional=True),
       C("35", 35, "exact", "other", "residents who tested positive", None),
       C("more than 4,000", 4000, "more_than", "displaced", "children", "The UNHCR"),
       C("406", 406, "exact", "displaced", "unaccompanied minors to be flown to the mainland",
         "The government")],
      published="2020-09-09"),
    P("h3_039",
      "WARSAW, Nov 10 (Reuters) - Poland said on Wednesday it had massed about 15,000 soldiers, "
      "along with police and border guards, on its frontier with Belarus, where between 3,000 and "
      "4,000 migrants were camped in freezing forest near the village of Kuznica. Polish border "
      "guards said there had been 599 attempts to cross illegally on Tuesday alone, and that nine "
      "people had been detained after a group broke through the fence overnight. At least seven "
      "migrants have died in the border zone since the summer, according to Polish officials and "
      "aid groups. Belarus denies engineering the crisis.",
      [C("about 15,000", 15000, "about", "troops", "Polish soldiers", "Poland"),
       C("between 3,000 and 4,000", 3000, "range", "displaced", "migrants camped at the border",
         "Poland", high=4000, cat_alt=["other"], attr_alt=[None]),
       C("599", 599, "exact", "other", "illegal crossing attempts", PL_GUARDS),
       C("nine", 9, "exact", "detained", "people", PL_GUARDS),
       C("At least seven", 7, "at_least", "killed", "migrants",
         "Polish officials and aid groups")]),
    P("h3_040",
      "IDOMENI, Greece (AFP) - Greek police began clearing the makeshift camp at Idomeni on the "
      "border with Macedonia on Tuesday, moving more than 2,000 migrants onto buses bound for "
      "state-run centres near Thessaloniki on the first day, a police source told AFP. Some 400 "
      "riot police were deployed for the operation, which the government says will take up to "
      "10 days. About 8,400 people, many of them Syrian and Iraqi families, have been living in "
      "tents in the fields around the village since Balkan countries shut their borders in "
      "March. Fewer than a dozen reporters from state media were allowed into the camp.",
      [C("more than 2,000", 2000, "more_than", "displaced", "migrants moved by bus",
         "a police source"),
       C("Some 400", 400, "about", "troops", "riot police", None),
       C("About 8,400", 8400, "about", "displaced", "people living in tents at Idomeni", None),
       C("Fewer than a dozen", 12, "fewer_than", "other", "reporters allowed in", None,
         optional=True)]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="h3_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11", "holdout",
                                                   "holdout2")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
