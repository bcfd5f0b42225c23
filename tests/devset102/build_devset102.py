"""Source of the hundred-and-second development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on kidnappings,
hostage-takings, hijackings, sieges, jailbreaks, prisoner releases and rescues in Africa, Latin
America, South and Southeast Asia and the Caucasus, 1988–2025, written for this set (none copied
from an article) in the style of wire copy (Reuters, AP, AFP, EFE, PTI, ANTARA, Bernama, PNA,
UPI), national dailies and broadcasters with their own date furniture (Vanguard, Premium Times,
the Daily Nation, The Telegraph of Calcutta, Dawn, the Dhaka Tribune, the Bangkok Post, the
Philippine Daily Inquirer, Hindustan Times, an Indian daily of 1993, the BBC, Civil.ge) and police
and army statements quoted in news. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the earlier
sets. Figures follow contemporary reports loosely and some details are invented; the set tests
extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset102/build_devset102.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset102")

ABIY = "Prime Minister Abiy Ahmed's office"
ASMAMAW = "Asmamaw Haile"
FALAE = "Chief Olu Falae"
ONDO = "The Ondo State Police Command"
OGODO = "Wole Ogodo"
ADUBA = "Delta state police commissioner Ikechukwu Aduba"
CM_OFFICIAL = "a Cameroonian official"
FR_MFA = "the foreign ministry"
NCOS = "The Nigerian Correctional Service (NCoS)"
ENOBORE = "Francis Enobore"
SEC_SOURCE = "a security source"
IMB = "The International Maritime Bureau"
ABDI = "local elder Abdi Yusuf"
MUSCAT = "Maltese Prime Minister Joseph Muscat"
FR_OFFICIALS = "French officials"
BURKHARD = "French defence ministry spokesman Thierry Burkhard"
NE_MOI = "Niger's interior ministry"
FR_FM = "the French Foreign Ministry"
LAMU = "Tourism officials in Lamu"
SD_OFFICIAL = "a Sudanese official"

PASSAGES = [
    # --- Africa ---------------------------------------------------------------------------------
    P("d102_001",
      "Ethiopia: Families of abducted Dembi Dollo students lose hope\n"
      "Published 30 January 2020\n"
      "Relatives of university students abducted in western Ethiopia say they have heard nothing "
      "from them for almost two months, despite a government announcement that most had been "
      "freed. The students, who were studying at Dembi Dollo University in the Oromia region, "
      "were seized in early December as they travelled home after unrest on campus. Prime "
      "Minister Abiy Ahmed's office said earlier this month that 21 of them had been released and "
      "that only six remained in captivity. A students' association in Bahir Dar said as many as "
      "27 students had been taken, 13 of them women. But Asmamaw Haile, whose sister Tsige is "
      "among the abducted, told the BBC: \"Not a single one of the 17 students we know about has "
      "come home.\" The army is fighting the Oromo Liberation Army (OLA) in western Oromia; the "
      "group denies holding the students.",
      [C("21", 21, "exact", "hostages", "students released", ABIY),
       C("six", 6, "exact", "hostages", "students still held", ABIY),
       C("as many as 27", 27, "at_most", "hostages", "students abducted",
         "A students' association in Bahir Dar"),
       C("13", 13, "exact", "hostages", "women among the abducted students",
         "A students' association in Bahir Dar"),
       C("17", 17, "exact", "missing", "students not returned", ASMAMAW,
         cat_alt=["hostages"])],
      published="2020-01-30"),

    P("d102_002",
      "Falae regains freedom after four days in kidnappers' den\n"
      "September 25, 2015\n"
      "By Dayo Johnson, Akure\n"
      "Former Secretary to the Government of the Federation, Chief Olu Falae, was on Thursday "
      "released by his abductors, four days after he was seized from his farm at Ilado, near "
      "Akure, the Ondo State capital. The 77-year-old elder statesman told journalists at his "
      "residence that he had been forced to trek through the bush for hours and was beaten with "
      "rifle butts by his captors. \"There were eight of them, all armed with AK-47s,\" he said. "
      "The Ondo State Police Command said about 500 police officers, backed by soldiers and local "
      "hunters, had combed the forest reserves around Ilado since Monday. The command's "
      "spokesman, Wole Ogodo, said two suspects had been arrested and that a ransom of N5 million "
      "had been paid, a claim the family denied. Workers on the farm said the gunmen had also "
      "seized two of their colleagues, who were freed on Tuesday.",
      [C("eight", 8, "exact", "troops", "kidnappers", FALAE, cat_alt=["other"],
         attr_alt=["he", "The 77-year-old elder statesman"]),
       C("about 500", 500, "about", "troops", "police officers deployed", ONDO),
       C("two", 2, "exact", "detained", "suspects arrested", OGODO,
         attr_alt=["The command's spokesman"], ctx="two suspects"),
       C("two", 2, "exact", "hostages", "farm workers seized and freed",
         "Workers on the farm", ctx="two of their colleagues")],
      published="2015-09-25"),

    P("d102_003",
      "LAGOS, Dec 14 (Reuters) - Kidnappers on Friday freed the 82-year-old mother of Nigeria's "
      "finance minister, Ngozi Okonjo-Iweala, five days after she was seized from her home in the "
      "southern Delta state, police said. Kamene Okonjo was taken on Sunday by at least eight "
      "gunmen who stormed the family compound in Ogwashi-Uku, a town about 400 km (250 miles) "
      "east of Lagos. Delta state police commissioner Ikechukwu Aduba said more than 60 suspects "
      "had been rounded up in raids on hideouts in the area, and that three people had been "
      "detained in connection with the abduction itself. More than 300 police and soldiers have "
      "been deployed to Ogwashi-Uku, the commissioner added. A relative, who asked not to be named, "
      "said the kidnappers had demanded that Okonjo-Iweala resign. Kidnapping for ransom is "
      "common in Nigeria's oil-producing south, where hundreds of people, many of them foreign "
      "oil workers, have been seized since 2006.",
      [C("at least eight", 8, "at_least", "troops", "gunmen", "police", cat_alt=["other"],
         attr_alt=[None]),
       C("more than 60", 60, "more_than", "detained", "suspects rounded up", ADUBA),
       C("three", 3, "exact", "detained", "people detained over the abduction", ADUBA),
       C("More than 300", 300, "more_than", "troops", "police and soldiers deployed",
         "the commissioner", attr_alt=[ADUBA]),
       C("hundreds", 100, "vague", "hostages", "people seized in the south since 2006", None)]),

    P("d102_004",
      "YAOUNDE, Dec 31, 2013 (AFP) - French priest Georges Vandenbeusch, who was kidnapped in "
      "northern Cameroon seven weeks ago, has been freed and is in good health, the French "
      "presidency said on Tuesday. The 42-year-old was abducted on the night of November 13 from "
      "his parish in Nguetchewe, near the Nigerian border, by some 15 armed men, according to a "
      "Cameroonian official. The Nigerian Islamist group Boko Haram claimed the kidnapping. "
      "Vandenbeusch had refused to leave his parish despite French government warnings after a "
      "French family of seven, including four children, was seized in the same region in "
      "February and held for two months. France still has at least seven nationals held hostage "
      "around the world, four of them in the Sahel, according to the foreign ministry.",
      [C("some 15", 15, "about", "troops", "kidnappers", CM_OFFICIAL, cat_alt=["other"]),
       C("seven", 7, "exact", "hostages", "French family seized in February", None,
         ctx="family of seven"),
       C("four", 4, "exact", "hostages", "children of the family", None, optional=True,
         ctx="four children"),
       C("at least seven", 7, "at_least", "hostages", "French nationals held", FR_MFA),
       C("four", 4, "exact", "hostages", "French hostages in the Sahel", FR_MFA,
         ctx="four of them in the Sahel")],
      published="2013-12-31"),

    P("d102_005",
      "Oyo jailbreak: 837 inmates escaped, 262 recaptured — NCoS\n"
      "October 24, 2021\n"
      "The Nigerian Correctional Service (NCoS) says 837 inmates escaped when gunmen attacked the "
      "Abolongo custodial centre in Oyo town on Friday night. The service's spokesperson, Francis "
      "Enobore, said in a statement on Saturday that 262 of the escapees had been recaptured or "
      "had returned voluntarily, while 575 were still at large. He said the attackers, who came "
      "in large numbers with sophisticated weapons and explosives, breached the perimeter wall "
      "and overpowered the guards. The facility held 907 inmates at the time, 65 of them "
      "convicts, according to the statement. It was the fourth major jailbreak in the country "
      "this year, after gunmen freed more than 1,800 inmates from the Owerri centre in April.",
      [C("837", 837, "exact", "detained", "inmates escaped (headline)", "NCoS",
         cat_alt=["other"], attr_alt=[NCOS], ctx="837 inmates escaped, 262"),
       C("262", 262, "exact", "detained", "escapees recaptured (headline)", "NCoS",
         attr_alt=[NCOS], ctx="262 recaptured"),
       C("837", 837, "exact", "detained", "inmates escaped", NCOS, cat_alt=["other"],
         ctx="837 inmates escaped when"),
       C("262", 262, "exact", "detained", "escapees recaptured or returned", ENOBORE,
         attr_alt=["The service's spokesperson"], ctx="262 of the escapees"),
       C("575", 575, "exact", "detained", "escapees still at large", ENOBORE,
         cat_alt=["other"], attr_alt=["The service's spokesperson"]),
       C("907", 907, "exact", "detained", "inmates held at the centre", "the statement",
         cat_alt=["population"], attr_alt=[ENOBORE]),
       C("65", 65, "exact", "detained", "convicts among the inmates", "the statement",
         attr_alt=[ENOBORE]),
       C("more than 1,800", 1800, "more_than", "detained", "inmates freed at Owerri", None,
         cat_alt=["other"])],
      published="2021-10-24"),

    P("d102_006",
      "ALGIERS, Sept 25 (AFP) - Algeria has deployed some 3,000 soldiers to hunt down the "
      "jihadists who beheaded French hiker Hervé Gourdel, a security source said Thursday. "
      "Gourdel, 55, a mountain guide from Nice, was seized on Sunday in the rugged Djurdjura "
      "national park, about 100 kilometres (60 miles) east of the capital, by militants of Jund "
      "al-Khilafa, a group that has pledged allegiance to the Islamic State. His four Algerian "
      "companions were freed some 14 hours later, the source said, adding that 12 people "
      "suspected of helping the kidnappers had been arrested. A video released on Wednesday "
      "showed his execution. Jund al-Khilafa, which analysts believe has fewer than 30 fighters, "
      "had given Paris 24 hours to halt its air strikes in Iraq.",
      [C("some 3,000", 3000, "about", "troops", "Algerian soldiers deployed", SEC_SOURCE),
       C("four", 4, "exact", "hostages", "Algerian companions freed", "the source",
         attr_alt=[SEC_SOURCE]),
       C("12", 12, "exact", "detained", "suspected helpers arrested", "the source",
         attr_alt=[SEC_SOURCE]),
       C("fewer than 30", 30, "fewer_than", "troops", "Jund al-Khilafa fighters", "analysts",
         cat_alt=["other"])]),

    P("d102_007",
      "BERLIN (AP) — A German-American journalist kidnapped by pirates in Somalia more than two "
      "and a half years ago has been freed, Germany's foreign minister said Tuesday. Michael "
      "Scott Moore, 45, was seized in January 2012 near the town of Galkayo while researching a "
      "book on piracy. \"He is in the care of German officials,\" Foreign Minister Frank-Walter "
      "Steinmeier said, adding that Moore was \"exhausted but in reasonable condition.\" A local "
      "elder, Abdi Yusuf, told the AP that about 20 pirates had guarded the American in a village "
      "near Hobyo and that he had been moved at least 10 times. The International Maritime Bureau "
      "says Somali pirates still hold at least 30 hostages, most of them crew members of fishing "
      "vessels seized in 2010 and 2011, although attacks off the Horn of Africa have fallen to "
      "just seven so far this year from 237 in 2011.",
      [C("about 20", 20, "about", "troops", "pirates guarding Moore", "Abdi Yusuf",
         cat_alt=["other"], attr_alt=["A local elder"]),
       C("at least 10", 10, "at_least", "other", "times Moore was moved", "Abdi Yusuf",
         optional=True),
       C("at least 30", 30, "at_least", "hostages", "hostages held by Somali pirates", IMB),
       C("seven", 7, "exact", "other", "pirate attacks this year", IMB, cat_alt=["munitions"]),
       C("237", 237, "exact", "other", "pirate attacks in 2011", IMB, cat_alt=["munitions"])]),

    P("d102_008",
      "New Delhi, Jan 5 (PTI) All 21 crew members, including 15 Indians, of the Liberian-flagged "
      "bulk carrier MV Lila Norfolk were safely evacuated on Friday after Indian Navy commandos "
      "boarded the vessel in the northern Arabian Sea, officials said. The ship had sent a "
      "message on the UKMTO portal on Thursday evening saying that five to six armed persons had "
      "boarded it. Marine commandos (MARCOS) from the frontline warship INS Chennai sanitised the "
      "vessel but found no pirates on board, Navy spokesperson Commander Vivek Madhwal said. The "
      "attempted hijacking was possibly abandoned by the pirates after a \"forceful warning\" "
      "from a Navy maritime patrol aircraft, he said. The Navy has deployed at least 10 warships "
      "in the north and central Arabian Sea following a string of attacks on merchant vessels. "
      "It said it had responded to 17 incidents involving merchant ships since December 14.",
      [C("21", 21, "exact", "other", "crew members evacuated", "officials",
         cat_alt=["hostages", "displaced"]),
       C("15", 15, "exact", "other", "Indian crew members", "officials",
         cat_alt=["hostages", "displaced"]),
       C("five to six", 5, "range", "troops", "armed persons who boarded", "The ship", high=6,
         cat_alt=["other"], attr_alt=["officials"]),
       C("at least 10", 10, "at_least", "munitions", "Indian warships deployed", None,
         cat_alt=["troops", "other"], attr_alt=["The Navy"]),
       C("17", 17, "exact", "other", "incidents involving merchant ships", "The Navy",
         attr_alt=["It"])]),

    P("d102_009",
      "VALLETTA, Dec 23 (Reuters) - Two hijackers who forced a Libyan airliner to land in Malta "
      "surrendered on Friday after releasing all 111 passengers and seven crew members, ending a "
      "standoff of several hours on the tarmac. The Afriqiyah Airways Airbus A320, on a domestic "
      "flight from Sabha to Tripoli, was diverted to Malta's international airport with 118 "
      "people on board, Maltese Prime Minister Joseph Muscat said on Twitter. Among the "
      "passengers were 82 men, 28 women and an infant, Muscat said. Malta's armed forces said "
      "some 50 soldiers had surrounded the aircraft. The hijackers, who had "
      "threatened to blow up the plane with hand grenades, were taken into custody, and Libyan "
      "officials said the weapons appeared to be replicas. One of them told a Libyan television "
      "station that he was the leader of a pro-Gaddafi party.",
      [C("Two", 2, "exact", "troops", "hijackers", None, cat_alt=["other", "detained"]),
       C("111", 111, "exact", "hostages", "passengers released", None, cat_alt=["other"]),
       C("seven", 7, "exact", "hostages", "crew members released", None, cat_alt=["other"]),
       C("118", 118, "exact", "hostages", "people on board", MUSCAT, cat_alt=["other"]),
       C("82", 82, "exact", "hostages", "men among the passengers", "Muscat",
         cat_alt=["other"], attr_alt=[MUSCAT]),
       C("28", 28, "exact", "hostages", "women among the passengers", "Muscat",
         cat_alt=["other"], attr_alt=[MUSCAT]),
       C("some 50", 50, "about", "troops", "Maltese soldiers around the plane",
         "Malta's armed forces")]),

    P("d102_010",
      "NIAMEY, Jan 9, 2011 (AFP) - Two young Frenchmen kidnapped from a restaurant in the heart "
      "of Niger's capital were found dead on Saturday after French special forces and Nigerien "
      "troops attacked their abductors near the border with Mali, French officials said. Antoine "
      "de Léocour, 25, and his childhood friend Vincent Delory were seized on Friday evening by "
      "four armed men in turbans who bundled them into a four-wheel-drive vehicle outside the "
      "Toulousain restaurant. Several of the kidnappers were killed in the pursuit, French "
      "defence ministry spokesman Thierry Burkhard said, while two others were captured. Niger's "
      "interior ministry said three gendarmes had been killed during the clashes and that two "
      "had been wounded. Around 1,500 French nationals live in Niger, according to the embassy, "
      "which has urged them to avoid going out at night.",
      [C("Two", 2, "exact", "killed", "Frenchmen found dead", FR_OFFICIALS,
         cat_alt=["hostages"]),
       C("four", 4, "exact", "troops", "kidnappers", FR_OFFICIALS, cat_alt=["other"],
         attr_alt=[None], ctx="four armed men"),
       C("two", 2, "exact", "detained", "kidnappers captured", BURKHARD,
         ctx="two others were captured"),
       C("three", 3, "exact", "killed", "gendarmes", NE_MOI),
       C("two", 2, "exact", "injured", "gendarmes wounded", NE_MOI,
         ctx="two had been wounded"),
       C("Around 1,500", 1500, "about", "population", "French nationals in Niger",
         "the embassy")],
      published="2011-01-09"),

    P("d102_011",
      "French woman abducted from Manda Island dies in captivity\n"
      "Wednesday, October 19, 2011\n"
      "By NATION Correspondent\n"
      "A disabled French woman who was kidnapped from her holiday home on Manda Island near Lamu "
      "has died in the hands of her Somali captors, the French Foreign Ministry said yesterday. "
      "Marie Dedieu, 66, who used a wheelchair, was seized on October 1 by about ten gunmen who "
      "arrived by speedboat and took her across the border into Somalia. The ministry said it had "
      "learned of her death through contacts with the kidnappers, who had apparently denied her "
      "the medication she needed for cancer and heart problems. Kenya has since sent more than "
      "1,600 troops into southern Somalia to pursue al-Shabaab, which it blames for the "
      "kidnappings of four foreigners on its territory in less than a month. Tourism officials "
      "in Lamu said cancellations had hit at least 40 hotels and lodges. Kenyan police said six "
      "people, among them boat operators, had been arrested over the kidnapping.",
      [C("about ten", 10, "about", "troops", "gunmen", FR_FM, cat_alt=["other"],
         attr_alt=[None]),
       C("more than 1,600", 1600, "more_than", "troops", "Kenyan troops sent into Somalia",
         None, attr_alt=["Kenya"]),
       C("four", 4, "exact", "hostages", "foreigners kidnapped in Kenya", None,
         attr_alt=["Kenya"]),
       C("at least 40", 40, "at_least", "infrastructure", "hotels and lodges hit", LAMU,
         cat_alt=["other"]),
       C("six", 6, "exact", "detained", "people arrested", "Kenyan police")],
      published="2011-10-19"),

    P("d102_012",
      "KHARTOUM, March 14 (Reuters) - Kidnappers in Sudan's Darfur region freed three foreign "
      "aid workers from Medecins Sans Frontieres unharmed on Saturday, three days after they "
      "were seized from the charity's compound in Serkole, a Sudanese official said. The "
      "Canadian nurse, Italian doctor and French coordinator were taken by about 10 armed men on "
      "Wednesday night, along with two Sudanese staff who were let go within hours, MSF said. "
      "The kidnapping came a week after the International Criminal Court issued an arrest "
      "warrant for President Omar Hassan al-Bashir and Khartoum expelled 13 foreign aid "
      "agencies, which according to the United Nations had been feeding more than 1 million "
      "people. MSF said it had withdrawn 40 foreign staff from its projects in Darfur.",
      [C("three", 3, "exact", "hostages", "MSF aid workers freed", SD_OFFICIAL,
         ctx="three foreign"),
       C("about 10", 10, "about", "troops", "kidnappers", "MSF", cat_alt=["other"]),
       C("two", 2, "exact", "hostages", "Sudanese staff seized and released", "MSF"),
       C("13", 13, "exact", "other", "aid agencies expelled", None),
       C("more than 1 million", 1_000_000, "more_than", "other", "people fed by the agencies",
         "the United Nations", cat_alt=["aid", "population"]),
       C("40", 40, "exact", "other", "foreign staff withdrawn", "MSF",
         cat_alt=["displaced"])]),

    P("d102_013",
      "BUCHAREST, Aug 9 (AFP) - Romanian Iulian Ghergut, who was kidnapped by jihadists in "
      "Burkina Faso eight years ago, has been freed and is on his way home, the Romanian foreign "
      "ministry said on Wednesday. Ghergut, now 47, was working as a security officer at the "
      "Tambao manganese mine in northern Burkina Faso when he was seized in April 2015 by gunmen "
      "later linked to the Islamic State in the Greater Sahara. He was one of the longest-held "
      "foreign hostages in the Sahel. The ministry gave no details of the circumstances of his "
      "release and said no ransom had been paid. President Klaus Iohannis thanked \"partners\" "
      "for their help and called it a day of joy for all Romanians.",
      []),

    # --- Latin America and the Caribbean --------------------------------------------------------
    P("d102_014",
      "Bogota, Jun 13 (EFE).- Colombian troops rescued four members of the security forces held "
      "by FARC guerrillas for more than a decade in a military operation in the southern jungles "
      "on Sunday, Defense Minister Gabriel Silva said. Police General Luis Mendieta, the "
      "highest-ranking hostage in the rebels' hands, was freed along with Colonel Enrique "
      "Murillo, Colonel William Donato and Sergeant Arbey Delgado. Mendieta had been held since "
      "the rebels overran the town of Mitú in November 1998 and captured 61 police officers. "
      "The operation, codenamed "
      "Chameleon, involved some 300 soldiers and police and took place in the Guaviare "
      "department, Silva told a news conference. No shots were fired at the hostages, he said, "
      "although three guerrillas were killed in skirmishes in the area. The FARC is still holding "
      "about 20 police officers and soldiers it considers \"exchangeable\" for jailed rebels, "
      "according to the Free Country Foundation, which campaigns for hostages.",
      [C("four", 4, "exact", "hostages", "security force members rescued",
         "Defense Minister Gabriel Silva"),
       C("61", 61, "exact", "hostages", "police officers captured at Mitú", None,
         cat_alt=["detained"]),
       C("some 300", 300, "about", "troops", "soldiers and police in the operation", "Silva",
         attr_alt=["Defense Minister Gabriel Silva"]),
       C("three", 3, "exact", "killed", "guerrillas", "Silva", attr_alt=["he"]),
       C("about 20", 20, "about", "hostages", "police and soldiers still held by the FARC",
         "the Free Country Foundation")]),

    P("d102_015",
      "BOGOTA, Colombia (AP) — Leftist rebels who kidnapped eight foreign backpackers near "
      "Colombia's Lost City ruins last week have released a video showing the hostages alive, the "
      "government said Tuesday. The tourists — four Israelis, two Britons, a German and a "
      "Spaniard — were seized Sept. 12 along with their Colombian guides on a trek through the "
      "Sierra Nevada de Santa Marta mountains. One of the Britons, 19-year-old Matthew Scott, "
      "escaped after 12 days and walked through the jungle until indigenous villagers found him. "
      "The National Liberation Army, or ELN, which claimed the kidnapping, has demanded that a "
      "commission investigate human rights abuses in the region. Army commanders say some 2,000 "
      "soldiers are combing the mountains, and police said about 70 people have been kidnapped in "
      "Magdalena department so far this year. Some 2,100 people were kidnapped across Colombia "
      "last year, according to the Defense Ministry.",
      [C("eight", 8, "exact", "hostages", "foreign backpackers kidnapped", None,
         attr_alt=["the government"]),
       C("four", 4, "exact", "hostages", "Israelis", "the government", attr_alt=[None]),
       C("two", 2, "exact", "hostages", "Britons", "the government", attr_alt=[None]),
       C("some 2,000", 2000, "about", "troops", "soldiers combing the mountains",
         "Army commanders"),
       C("about 70", 70, "about", "hostages", "people kidnapped in Magdalena this year",
         "police", cat_alt=["other"]),
       C("Some 2,100", 2100, "about", "hostages", "people kidnapped in Colombia last year",
         "the Defense Ministry", cat_alt=["other"])]),

    P("d102_016",
      "SAO PAULO, Dec 17 (Reuters) - Brazilian police freed supermarket magnate Abilio Diniz on "
      "Sunday after a 36-hour siege of the house where he had been held for six days, and "
      "arrested 10 kidnappers, including five Chileans, two Argentines and two Canadians, police "
      "said. Diniz, 52, owner of the Pao de Acucar chain, was seized on Monday when about a dozen "
      "men dressed as police officers blocked his car in a Sao Paulo street. Police said about "
      "300 officers had surrounded the house in the Jabaquara district since Friday. The "
      "kidnappers had demanded a ransom of $30 million, the magnate's family said. The kidnapping "
      "came in the last week of campaigning for Brazil's first direct presidential election since "
      "1960.",
      [C("10", 10, "exact", "detained", "kidnappers arrested", "police"),
       C("five", 5, "exact", "detained", "Chileans arrested", "police"),
       C("two", 2, "exact", "detained", "Argentines arrested", "police",
         ctx="two Argentines"),
       C("two", 2, "exact", "detained", "Canadians arrested", "police", ctx="two Canadians"),
       C("about a dozen", 12, "about", "troops", "kidnappers", "police", cat_alt=["other"],
         attr_alt=[None]),
       C("about 300", 300, "about", "troops", "police officers around the house", "Police")]),

    P("d102_017",
      "GOIANIA, Brazil (UPI) -- An unemployed tractor driver who hijacked a Brazilian jetliner "
      "and shot its co-pilot dead, saying he wanted to crash it into the presidential palace, "
      "died Friday of wounds suffered when police shot him on the tarmac, officials said. The "
      "hijacker, Raimundo Nonato Alves da Conceicao, 28, had seized the VASP Boeing 737 with 105 "
      "people aboard shortly after it took off from Belo Horizonte on Thursday on a flight to Rio "
      "de Janeiro. The pilot persuaded him that the plane was low on fuel and landed at Goiania, "
      "130 miles southwest of Brasilia. The 98 passengers were allowed off during a standoff that "
      "lasted nearly eight hours, and two of them were slightly hurt in the rush from the plane, "
      "federal police said. The pilot, whom the hijacker used as a shield as he walked down the "
      "steps, suffered a bullet wound in the leg. Some 60 federal agents had surrounded the "
      "aircraft, an air force officer said.",
      [C("105", 105, "exact", "hostages", "people aboard the hijacked jet", "officials",
         cat_alt=["other"], attr_alt=[None]),
       C("98", 98, "exact", "hostages", "passengers released", "federal police",
         cat_alt=["other"]),
       C("two", 2, "exact", "injured", "passengers slightly hurt", "federal police",
         cat_alt=["hostages"]),
       C("Some 60", 60, "about", "troops", "federal agents around the plane",
         "an air force officer")]),

    P("d102_018",
      "MEXICO CITY (AP) — A Bolivian preacher who said he had a bomb hijacked a Mexican airliner "
      "with 104 people aboard on Wednesday, demanding to speak with President Felipe Calderón "
      "about a divine warning, before police stormed the plane on the tarmac and arrested him and "
      "seven other passengers without firing a shot. All the passengers and crew were freed "
      "unharmed, Public Safety Secretary Genaro García Luna said. The \"bomb\" turned out to be a "
      "juice can with lights attached. García Luna said the hijacker, José Mar Flores Pereira, "
      "44, had told investigators he acted alone, and that the seven other men detained would "
      "probably be released. Aeroméxico Flight 576 from Cancún had 97 passengers and seven crew "
      "members aboard, the airline said.",
      [C("104", 104, "exact", "hostages", "people aboard the hijacked plane", None,
         cat_alt=["other"], attr_alt=["Public Safety Secretary Genaro García Luna"]),
       C("seven", 7, "exact", "detained", "passengers arrested with the hijacker", None,
         attr_alt=["Public Safety Secretary Genaro García Luna"],
         ctx="seven other passengers"),
       C("seven", 7, "exact", "detained", "men detained (restated)", "García Luna",
         optional=True, ctx="seven other men"),
       C("97", 97, "exact", "hostages", "passengers", "the airline", cat_alt=["other"]),
       C("seven", 7, "exact", "hostages", "crew members", "the airline", cat_alt=["other"],
         ctx="seven crew")]),

    P("d102_019",
      "PORT OF SPAIN, Trinidad (AP) — Muslim rebels who stormed Trinidad's Parliament and held "
      "Prime Minister A.N.R. Robinson and members of his Cabinet hostage for six days surrendered "
      "to soldiers on Wednesday, freeing their last 40 captives. Yasin Abu Bakr, leader of the "
      "Jamaat al Muslimeen, walked out of the state television station, where his men had held "
      "about 20 people, and was driven away in an army truck. At least 23 people were killed "
      "during the uprising, most of them in looting and arson that swept the capital's business "
      "district after the rebels struck, hospital officials said. Police said more than 100 "
      "businesses had been looted or burned, and hospitals reported treating more than 100 "
      "people for injuries. Robinson, 64, was shot in the leg during the "
      "takeover. Defense Force officials said 114 members of the group had been taken into "
      "custody.",
      [C("40", 40, "exact", "hostages", "captives freed", None),
       C("about 20", 20, "about", "hostages", "people held at the television station", None),
       C("At least 23", 23, "at_least", "killed", "people killed in the uprising",
         "hospital officials"),
       C("more than 100", 100, "more_than", "infrastructure", "businesses looted or burned",
         "Police", ctx="more than 100 businesses"),
       C("more than 100", 100, "more_than", "injured", "people treated for injuries",
         "hospitals", attr_alt=["Police"], ctx="more than 100 people"),
       C("114", 114, "exact", "detained", "Jamaat al Muslimeen members in custody",
         "Defense Force officials")]),

    P("d102_020",
      "Quito, Oct 10 (EFE).- Indigenous protesters on Thursday released eight police officers "
      "they had held for several hours inside the Casa de la Cultura in Quito, where thousands of "
      "demonstrators have gathered during a week of protests against the end of fuel subsidies. "
      "The officers were made to stand on a stage before the crowd and were then handed over to "
      "the Ombudsman's Office and the United Nations, the Confederation of Indigenous "
      "Nationalities of Ecuador (CONAIE) said. Government Minister María Paula Romo said 27 "
      "police officers were still being held by protesters in several provinces. The Ombudsman's "
      "Office said five people had died in the unrest and 554 had been injured, while Romo said "
      "929 people had been arrested since the protests began on Oct. 3.",
      [C("eight", 8, "exact", "hostages", "police officers released by protesters", None,
         cat_alt=["detained"],
         attr_alt=["the Confederation of Indigenous Nationalities of Ecuador (CONAIE)"]),
       C("thousands", 1000, "vague", "other", "demonstrators gathered", None),
       C("27", 27, "exact", "hostages", "police officers still held",
         "Government Minister María Paula Romo", cat_alt=["detained"]),
       C("five", 5, "exact", "killed", "people who died in the unrest",
         "The Ombudsman's Office"),
       C("554", 554, "exact", "injured", "people injured", "The Ombudsman's Office"),
       C("929", 929, "exact", "detained", "people arrested", "Romo",
         attr_alt=["Government Minister María Paula Romo"])]),

    P("d102_021",
      "LIMA, Peru, Jan 4, 2005 (Reuters) - About 150 nationalist army reservists who seized a "
      "police station in the southern Andean town of Andahuaylas surrendered on Tuesday after a "
      "three-day standoff in which four police officers and two rebels were killed, Interior "
      "Minister Javier Reátegui said. Their leader, retired Maj. Antauro Humala, was arrested and "
      "flown to Lima, he said. The reservists had taken 17 police officers hostage when they "
      "stormed the station before dawn on Saturday, demanding the resignation of President "
      "Alejandro Toledo. Hundreds of police commandos were flown in from Lima and Cusco, the "
      "government said. Prime Minister Carlos Ferrero said 20 weapons, including assault rifles "
      "and grenade launchers, had been recovered.",
      [C("About 150", 150, "about", "troops", "reservists who seized the station",
         "Interior Minister Javier Reátegui", cat_alt=["other", "detained"]),
       C("four", 4, "exact", "killed", "police officers", "Interior Minister Javier Reátegui"),
       C("two", 2, "exact", "killed", "rebels", "Interior Minister Javier Reátegui"),
       C("17", 17, "exact", "hostages", "police officers taken hostage",
         "Interior Minister Javier Reátegui", attr_alt=[None, "he"]),
       C("Hundreds", 100, "vague", "troops", "police commandos flown in", "the government"),
       C("20", 20, "exact", "munitions", "weapons recovered", "Prime Minister Carlos Ferrero",
         cat_alt=["other"])],
      published="2005-01-04"),

    P("d102_022",
      "Asunción, Dec 26 (EFE).- Teenager Arlan Fick, kidnapped by the Paraguayan People's Army "
      "(EPP) guerrilla group nearly nine months ago, was released on Thursday night in a rural "
      "area of the northern department of Concepción, the Interior Ministry said. The "
      "17-year-old son of a farmer was seized on April 2 on his family's ranch near the town of "
      "Yby Yaú. As the kidnappers demanded, his family had handed out some 120 tonnes of food "
      "among poor families in at least 30 communities. The EPP, which authorities believe has "
      "fewer than 100 fighters, still holds police officer Edelio Morínigo, captured in July. "
      "Some 1,000 soldiers and police of the Joint Task Force are deployed in the north against "
      "the group, which the ministry blames for about 50 killings since 2008.",
      [C("some 120", 120, "about", "aid", "tonnes of food handed out", None),
       C("at least 30", 30, "at_least", "other", "communities receiving food", None,
         optional=True),
       C("fewer than 100", 100, "fewer_than", "troops", "EPP fighters", "authorities",
         cat_alt=["other"]),
       C("Some 1,000", 1000, "about", "troops", "soldiers and police deployed", None),
       C("about 50", 50, "about", "killed", "killings blamed on the EPP", "the ministry",
         attr_alt=["the Interior Ministry"])]),

    # --- South Asia -----------------------------------------------------------------------------
    P("d102_023",
      "Commandos storm hijacked plane at Amritsar, kill hijacker\n"
      "April 26, 1993\n"
      "Amritsar, April 25: Black Cat commandos of the National Security Guard stormed a hijacked "
      "Indian Airlines Boeing 737 at Raja Sansi airport here early this morning, killing the lone "
      "hijacker and freeing all 141 passengers and crew without a scratch. The operation, "
      "codenamed Ashwamedh, lasted less than five minutes, a Home Ministry spokesman said in New "
      "Delhi. The hijacker, identified as Mohammed Yousuf Shah, had commandeered flight IC-427 "
      "from Delhi to Srinagar on Saturday afternoon and demanded to be flown to Kabul; Pakistan "
      "refused the plane permission to land at Lahore. Officials said he had been carrying a "
      "pistol and two hand grenades. Among the passengers were 12 foreigners, airline officials "
      "said. A team of 52 NSG commandos took part in the assault, "
      "according to the spokesman.",
      [C("141", 141, "exact", "hostages", "passengers and crew freed", None,
         cat_alt=["other"], attr_alt=["a Home Ministry spokesman"]),
       C("two", 2, "exact", "munitions", "hand grenades carried by the hijacker", "Officials",
         cat_alt=["other"]),
       C("12", 12, "exact", "hostages", "foreigners among the passengers", "airline officials",
         cat_alt=["other"]),
       C("52", 52, "exact", "troops", "NSG commandos in the assault", "the spokesman",
         attr_alt=["a Home Ministry spokesman"])],
      published="1993-04-26"),

    P("d102_024",
      "NEW DELHI, Nov 25 (Reuters) - Sikh militants freed kidnapped Romanian diplomat Liviu Radu "
      "on Monday, 48 days after he was snatched from a New Delhi street, police said. Radu, the "
      "Romanian embassy's charge d'affaires, was found unharmed near a railway station north of "
      "the capital. Police said about 2,000 officers had joined the search for him in Delhi and "
      "neighbouring Haryana and that 26 suspects had been detained in raids. The Khalistan Liberation Force had demanded that Romania free three "
      "Sikh militants arrested after an attempt on the life of India's ambassador in Bucharest in "
      "August, and that India release 10 jailed comrades. Home Ministry officials denied that any "
      "prisoner had been freed in exchange. More than 4,000 people have been killed in Punjab "
      "this year in violence linked to the Sikh separatist campaign, according to official "
      "figures.",
      [C("about 2,000", 2000, "about", "troops", "police officers in the search", "Police"),
       C("26", 26, "exact", "detained", "suspects detained in raids", "Police"),
       C("three", 3, "exact", "detained", "Sikh militants held in Romania", None),
       C("10", 10, "exact", "detained", "jailed militants whose release was demanded", None),
       C("More than 4,000", 4000, "more_than", "killed", "people killed in Punjab this year",
         "official figures")]),

    P("d102_025",
      "Maoists storm Jehanabad jail, free 341 inmates\n"
      "Monday, November 14, 2005\n"
      "Patna, Nov. 13: Hundreds of armed Maoists laid siege to Jehanabad town in central Bihar "
      "tonight, stormed the district jail and freed 341 prisoners, including their area "
      "commander Ajay Kanu, police said. The rebels, estimated at about 1,000 by the district "
      "administration, also carried away around 20 members of the Ranbir Sena, a private army of "
      "upper-caste landlords, who were lodged in the jail. Two people were killed in the attack, "
      "among them Ranbir Sena leader Bade Sharma, director-general of police Ashish Ranjan Sinha "
      "said. Paramilitary forces were rushed to the town, and the state government has sought 10 "
      "companies of the CRPF from the Centre. Residents said the rebels had used loudspeakers to "
      "warn people to stay indoors.",
      [C("341", 341, "exact", "detained", "inmates freed (headline)", None, cat_alt=["other"],
         ctx="free 341 inmates"),
       C("Hundreds", 100, "vague", "troops", "armed Maoists", "police", cat_alt=["other"]),
       C("341", 341, "exact", "detained", "prisoners freed", "police", cat_alt=["other"],
         ctx="freed 341 prisoners"),
       C("about 1,000", 1000, "about", "troops", "Maoist rebels", "the district administration",
         cat_alt=["other"]),
       C("around 20", 20, "about", "hostages", "Ranbir Sena members carried away", "police",
         attr_alt=[None, "the district administration"]),
       C("Two", 2, "exact", "killed", "people killed in the attack",
         "director-general of police Ashish Ranjan Sinha"),
       C("10", 10, "exact", "troops", "CRPF companies sought", None,
         attr_alt=["the state government"])],
      published="2005-11-14"),

    P("d102_026",
      "BSF jawan held by Pakistan for 21 days returns home via Attari-Wagah\n"
      "Updated: May 14, 2025 02:41 PM IST\n"
      "Border Security Force constable Purnam Kumar Shaw, who was taken into custody by Pakistan "
      "Rangers after he inadvertently crossed the International Border in Punjab's Ferozepur "
      "sector on April 23, was handed over to India at the Attari-Wagah joint check post on "
      "Wednesday morning, the BSF said in a statement. The handover took place peacefully and "
      "according to established protocols, the force said. In return, India handed back a "
      "Pakistan Rangers jawan who had been detained by the BSF in Rajasthan on May 3. Shaw, 40, "
      "was escorting about 30 farmers harvesting wheat near the border fence when he strayed "
      "across. According to BSF data, 12 of its personnel have inadvertently crossed over to "
      "Pakistan since 2016, and all of them have been returned.",
      [C("about 30", 30, "about", "other", "farmers escorted", None, optional=True),
       C("12", 12, "exact", "detained", "BSF personnel who crossed and were returned",
         "BSF data", cat_alt=["other"])],
      published="2025-05-14"),

    P("d102_027",
      "Maoists free abducted officer after court bails 14 tribal women\n"
      "Friday, October 23, 2009\n"
      "Jhargram, Oct. 22: Maoists this afternoon released Sankrail police station's "
      "officer-in-charge Atindranath Dutta, 52 hours after they abducted him in a raid that left "
      "two of his colleagues dead. Dutta was set free in the Pingboni forest before a crowd of "
      "about 5,000 villagers and mediapersons, hours after a Jhargram court granted bail to 14 of "
      "the 23 tribal women whose release the rebels had demanded in exchange for him. Maoist "
      "leader Kishanji told reporters the rebels had held talks with the state government "
      "through intermediaries. State home secretary Ardhendu Sen denied any deal, saying the "
      "court had bailed the women in the normal course. The raid on the police station on "
      "Tuesday was carried out by about 60 Maoists, who also looted the armoury and a bank "
      "branch nearby, police said.",
      [C("14", 14, "exact", "detained", "tribal women bailed (headline)", None,
         ctx="bails 14"),
       C("two", 2, "exact", "killed", "police colleagues", None),
       C("about 5,000", 5000, "about", "other", "crowd at the release", None),
       C("14", 14, "exact", "detained", "tribal women granted bail", None, ctx="14 of"),
       C("23", 23, "exact", "detained", "tribal women whose release was demanded", None,
         ctx="the 23 tribal"),
       C("about 60", 60, "about", "troops", "Maoists in the raid", "police",
         cat_alt=["other"])],
      published="2009-10-23"),

    P("d102_028",
      "ISLAMABAD, May 17: Pakistan's ambassador to Afghanistan, Tariq Azizuddin, who went missing "
      "in the tribal belt more than three months ago, has been freed and has returned to "
      "Islamabad, Foreign Office spokesman Mohammad Sadiq said on Saturday. The envoy was seized "
      "on February 11 in the Khyber Agency while travelling by road from Peshawar to Kabul. The "
      "two men travelling with him, his driver and a bodyguard, had been released earlier, the "
      "spokesman said, giving no details of the release. Officials who spoke on condition of "
      "anonymity said the ambassador had been freed in exchange for 55 militants held by the "
      "security forces. Some 30 other people, among them a Polish geologist, are still thought to "
      "be held by militants in the tribal areas, according to security officials. The army says "
      "it has about 100,000 troops deployed in the region.",
      [C("two", 2, "exact", "hostages", "driver and bodyguard released", "the spokesman",
         attr_alt=["Foreign Office spokesman Mohammad Sadiq"]),
       C("55", 55, "exact", "detained", "militants freed in exchange",
         "Officials who spoke on condition of anonymity"),
       C("Some 30", 30, "about", "hostages", "people held by militants in the tribal areas",
         "security officials"),
       C("about 100,000", 100000, "about", "troops", "troops in the tribal areas", "The army")]),

    P("d102_029",
      "Four terrorists killed after attack on Gwadar's Pearl Continental hotel: ISPR\n"
      "Published May 12, 2019\n"
      "All four terrorists who stormed the Pearl Continental hotel in Gwadar on Saturday "
      "afternoon were killed in a clearance operation that ended on Sunday, the military's media "
      "wing said. Four hotel employees and a Pakistan Navy soldier were martyred in the attack, "
      "while two army captains, two navy personnel and two hotel staff members were injured, "
      "according to the Inter-Services Public Relations (ISPR). No guests were staying at the "
      "hotel, which was mostly empty because of Ramazan, the ISPR said. The banned Balochistan "
      "Liberation Army claimed responsibility. Balochistan Home Minister Mir Ziaullah Langove "
      "said security forces had moved most of the staff to safety in the early hours of the "
      "operation, and that more than 70 people had been brought out of the building.",
      [C("Four", 4, "exact", "killed", "terrorists (headline)", "ISPR",
         attr_alt=["the Inter-Services Public Relations (ISPR)"], ctx="Four terrorists"),
       C("four", 4, "exact", "killed", "terrorists", "the military's media wing",
         attr_alt=["the Inter-Services Public Relations (ISPR)"]),
       C("Four", 4, "exact", "killed", "hotel employees",
         "the Inter-Services Public Relations (ISPR)", ctx="Four hotel employees"),
       C("two", 2, "exact", "injured", "army captains",
         "the Inter-Services Public Relations (ISPR)", ctx="two army captains"),
       C("two", 2, "exact", "injured", "navy personnel",
         "the Inter-Services Public Relations (ISPR)", ctx="two navy personnel"),
       C("two", 2, "exact", "injured", "hotel staff members",
         "the Inter-Services Public Relations (ISPR)", ctx="two hotel staff"),
       C("more than 70", 70, "more_than", "other", "people brought out of the hotel",
         "Balochistan Home Minister Mir Ziaullah Langove", cat_alt=["displaced"])],
      published="2019-05-12"),

    P("d102_030",
      "COLOMBO, Nov 6, 1988 (Reuters) - Indian navy ships on Sunday captured a freighter carrying "
      "mercenaries who had tried to overthrow the government of the Maldives, and freed the "
      "hostages they had taken with them, an Indian military spokesman said. The spokesman said "
      "the frigate Godavari and other ships had intercepted the Progress Light off Sri Lanka's "
      "coast after a chase of more than two days, and that 17 hostages had been rescued. At least "
      "four hostages were killed by the mercenaries during the chase, Maldivian officials said. "
      "Some 80 Sri Lankan Tamil gunmen, hired by a Maldivian businessman, stormed the capital "
      "Male on Thursday before India flew in about 1,600 paratroopers at President Maumoon Abdul "
      "Gayoom's request. Maldivian officials said 19 people had been killed in the fighting in "
      "Male, most of them members of the National Security Service.",
      [C("17", 17, "exact", "hostages", "hostages rescued", "The spokesman",
         attr_alt=["an Indian military spokesman"]),
       C("At least four", 4, "at_least", "killed", "hostages killed", "Maldivian officials",
         cat_alt=["hostages"]),
       C("Some 80", 80, "about", "troops", "mercenaries who stormed Male", None,
         cat_alt=["other"]),
       C("about 1,600", 1600, "about", "troops", "Indian paratroopers", None,
         attr_alt=["India"]),
       C("19", 19, "exact", "killed", "people killed in Male", "Maldivian officials")],
      published="1988-11-06"),

    P("d102_031",
      "Biman plane hijack attempt foiled, suspect killed in commando operation\n"
      "Published at 09:42 pm February 24th, 2019\n"
      "A man who tried to hijack a Dubai-bound Biman Bangladesh Airlines plane was killed in a "
      "commando operation after the aircraft made an emergency landing at Chittagong's Shah "
      "Amanat International Airport on Sunday evening. All 142 passengers and seven crew members "
      "of flight BG-147 were evacuated safely, said Civil Aviation Authority of Bangladesh "
      "Chairman Air Vice Marshal M Naim Hassan. The suspect, identified as Mahadi, 25, had "
      "demanded to speak to the prime minister and claimed to be carrying a bomb, Major General "
      "Motiur Rahman, general officer commanding of the 24th Infantry Division, told reporters. "
      "He was shot after refusing to surrender and died on the way to hospital; no explosives "
      "were found on him, only a toy pistol, the general said. The operation, by about 100 "
      "commandos from the army, police, Rab and the Air Force, lasted only eight minutes, he "
      "added.",
      [C("142", 142, "exact", "hostages", "passengers evacuated",
         "Civil Aviation Authority of Bangladesh Chairman Air Vice Marshal M Naim Hassan",
         cat_alt=["other", "displaced"]),
       C("seven", 7, "exact", "hostages", "crew members evacuated",
         "Civil Aviation Authority of Bangladesh Chairman Air Vice Marshal M Naim Hassan",
         cat_alt=["other", "displaced"]),
       C("about 100", 100, "about", "troops", "commandos in the operation",
         "Major General Motiur Rahman", attr_alt=["he", "the general"])],
      published="2019-02-24"),

    # --- Southeast Asia -------------------------------------------------------------------------
    P("d102_032",
      "JOLO, Sulu, June 1 (PNA) -- A Dutch birdwatcher held captive by the Abu Sayyaf for more "
      "than seven years was killed on Friday as he tried to escape during a clash between troops "
      "and his captors in Patikul town, the military said. Ewold Horn, 59, was shot by one of the "
      "bandits while running towards the soldiers, said Brig. Gen. Divino Rey Pabayo Jr., "
      "commander of the 1101st Infantry Brigade. Pabayo said six Abu Sayyaf members were killed "
      "in the firefight, including the wife of a sub-leader, and that eight soldiers were "
      "wounded. Horn was abducted in February 2012 in Tawi-Tawi with Swiss national Lorenzo "
      "Vinciguerra, who escaped in December 2014. The bandit group is believed to be holding at "
      "least five other captives in the hinterlands of Sulu. The military said 55 Abu Sayyaf "
      "members had surrendered in the province since January.",
      [C("six", 6, "exact", "killed", "Abu Sayyaf members", "Pabayo",
         attr_alt=["Brig. Gen. Divino Rey Pabayo Jr."]),
       C("eight", 8, "exact", "injured", "soldiers wounded", "Pabayo",
         attr_alt=["Brig. Gen. Divino Rey Pabayo Jr."]),
       C("at least five", 5, "at_least", "hostages", "captives still held in Sulu", None),
       C("55", 55, "exact", "detained", "Abu Sayyaf members who surrendered",
         "The military", cat_alt=["troops"])]),

    P("d102_033",
      "PHNOM PENH, Aug 2, 1994 (Reuters) - Khmer Rouge guerrillas holding three Western tourists seized "
      "in an attack on a train have demanded $50,000 in gold for their release, Cambodian "
      "officials said on Tuesday. The Australian, the Briton and the Frenchman were taken on July "
      "26 when about 200 guerrillas ambushed the Phnom Penh-Kampot train, killing at least 13 "
      "Cambodian passengers and wounding about 40, the provincial governor told reporters. Some 1,000 government "
      "soldiers have surrounded the area around Phnom Voar mountain, where the hostages are "
      "believed to be held. About 100 Cambodian passengers were also led away, but most have "
      "since been released and 12 are still unaccounted for, officials said.",
      [C("three", 3, "exact", "hostages", "Western tourists held", "Cambodian officials"),
       C("about 200", 200, "about", "troops", "guerrillas who ambushed the train",
         "the provincial governor", cat_alt=["other"]),
       C("at least 13", 13, "at_least", "killed", "Cambodian passengers",
         "the provincial governor"),
       C("about 40", 40, "about", "injured", "passengers wounded", "the provincial governor"),
       C("Some 1,000", 1000, "about", "troops", "government soldiers", None),
       C("About 100", 100, "about", "hostages", "Cambodian passengers led away", "officials"),
       C("12", 12, "exact", "missing", "Cambodian passengers unaccounted for", "officials",
         cat_alt=["hostages"])],
      published="1994-08-02"),

    P("d102_034",
      "KUALA LUMPUR, July 6 (Bernama) -- Twenty-nine members of the Al-Ma'unah group surrendered "
      "to security forces at Bukit Jenalik near Sauk, Perak, today, ending a five-day standoff, "
      "Inspector-General of Police Tan Sri Norian Mai said. The group had seized 97 M16 rifles, "
      "five general purpose machine-guns, two rocket launchers and thousands of rounds of "
      "ammunition from two army camps in Gerik on Sunday, disguised as senior army officers. Two "
      "of the four hostages they took, a police corporal and a soldier, were killed, Norian "
      "said, while the other two were freed. One member of the group was killed in the final "
      "assault, he said.",
      [C("Twenty-nine", 29, "exact", "detained", "Al-Ma'unah members who surrendered",
         "Inspector-General of Police Tan Sri Norian Mai", cat_alt=["troops"]),
       C("97", 97, "exact", "munitions", "M16 rifles seized",
         "Inspector-General of Police Tan Sri Norian Mai", cat_alt=["other"],
         attr_alt=[None]),
       C("five", 5, "exact", "munitions", "machine-guns seized",
         "Inspector-General of Police Tan Sri Norian Mai", cat_alt=["other"],
         attr_alt=[None], ctx="five general"),
       C("two", 2, "exact", "munitions", "rocket launchers seized",
         "Inspector-General of Police Tan Sri Norian Mai", cat_alt=["other"],
         attr_alt=[None], ctx="two rocket"),
       C("thousands", 1000, "vague", "munitions", "rounds of ammunition seized",
         "Inspector-General of Police Tan Sri Norian Mai", cat_alt=["other"],
         attr_alt=[None]),
       C("two", 2, "exact", "other", "army camps raided",
         "Inspector-General of Police Tan Sri Norian Mai", optional=True,
         cat_alt=["infrastructure"], attr_alt=[None], ctx="two army camps"),
       C("Two", 2, "exact", "killed", "hostages killed", "Norian", cat_alt=["hostages"],
         attr_alt=["Inspector-General of Police Tan Sri Norian Mai"], ctx="Two of"),
       C("four", 4, "exact", "hostages", "hostages taken", "Norian",
         attr_alt=["Inspector-General of Police Tan Sri Norian Mai"], ctx="four hostages"),
       C("two", 2, "exact", "hostages", "hostages freed", "Norian",
         attr_alt=["Inspector-General of Police Tan Sri Norian Mai"],
         ctx="other two were freed"),
       C("One", 1, "exact", "killed", "group member killed in the assault", "Norian",
         attr_alt=["he", "Inspector-General of Police Tan Sri Norian Mai"])]),

    P("d102_035",
      "Embassy gunmen flown to border after freeing hostages\n"
      "Published: 3 Oct 1999\n"
      "Five armed Burmese student activists who seized the Burmese embassy in Bangkok on Friday "
      "released their last hostages yesterday and were flown by helicopter to the Thai-Burmese "
      "border, accompanied by Deputy Foreign Minister Sukhumbhand Paribatra, who offered himself "
      "as a guarantee of their safe passage. The gunmen, calling themselves the Vigorous Burmese "
      "Student Warriors, had taken 89 people hostage, among them embassy staff, at least 15 "
      "foreigners and visitors applying for visas, police said. Most were let go during the first night, and the last 12 "
      "hostages were freed about 24 hours after the siege began. Interior Minister Sanan "
      "Kachornprasart said about 500 police and soldiers had surrounded the compound throughout "
      "the siege. Rangoon has called the gunmen terrorists and closed its border crossings with "
      "Thailand in protest.",
      [C("Five", 5, "exact", "troops", "gunmen", None, cat_alt=["other"],
         attr_alt=["police"]),
       C("89", 89, "exact", "hostages", "people taken hostage", "police"),
       C("at least 15", 15, "at_least", "hostages", "foreigners among the hostages", "police"),
       C("12", 12, "exact", "hostages", "last hostages freed", "police", attr_alt=[None]),
       C("about 500", 500, "about", "troops", "police and soldiers around the compound",
         "Interior Minister Sanan Kachornprasart")],
      published="1999-10-03"),

    P("d102_036",
      "Hijacker leaps to death after robbing PAL passengers\n"
      "Posted: May 26, 2000\n"
      "A man armed with a pistol and a grenade hijacked a Philippine Airlines Airbus A330 on a "
      "flight from Davao to Manila yesterday, robbed the passengers of their cash and valuables "
      "and then jumped from the plane over Rizal province wearing a homemade parachute, PAL "
      "officials said. None of the 278 passengers and 13 crew members was hurt, although the "
      "hijacker fired a shot into the cockpit door. The pilot depressurised the cabin at the "
      "hijacker's demand and flew at about 6,000 feet so that he could jump. Police said about "
      "100 policemen and volunteers were searching the mountains of Rizal and Quezon for his "
      "body. The hijacker took at least P25,000 from the passengers, police said.",
      [C("278", 278, "exact", "hostages", "passengers aboard the hijacked plane",
         "PAL officials", cat_alt=["other"], attr_alt=[None]),
       C("13", 13, "exact", "hostages", "crew members", "PAL officials", cat_alt=["other"],
         attr_alt=[None]),
       C("about 100", 100, "about", "troops", "policemen and volunteers searching", "Police",
         cat_alt=["other"])],
      published="2000-05-26"),

    P("d102_037",
      "Timika, Papua (ANTARA News) - A joint team of Indonesian Military (TNI) and National Police "
      "personnel evacuated 344 residents of Banti and Kimbely villages in Tembagapura, Mimika "
      "district, on Friday after an armed criminal group had prevented them from leaving for "
      "weeks, a police spokesman said. Papua police spokesman Senior Commissioner Ahmad Mustofa "
      "Kamal said the evacuees, including women and children, were taken to Timika by bus. "
      "Police had earlier said some 1,300 villagers were being held hostage by the group, a claim "
      "the rebels denied. Military spokesman Col. Muhammad Aidi said about 200 personnel had "
      "taken part in the operation and that two members of the armed group had been shot dead. "
      "Mimika officials said 10 tonnes of rice had been delivered to the villages before the "
      "evacuation.",
      [C("344", 344, "exact", "displaced", "residents evacuated", "a police spokesman",
         cat_alt=["hostages"],
         attr_alt=["Papua police spokesman Senior Commissioner Ahmad Mustofa Kamal"]),
       C("some 1,300", 1300, "about", "hostages", "villagers held hostage", "Police"),
       C("about 200", 200, "about", "troops", "personnel in the operation",
         "Military spokesman Col. Muhammad Aidi"),
       C("two", 2, "exact", "killed", "members of the armed group",
         "Military spokesman Col. Muhammad Aidi"),
       C("10", 10, "exact", "aid", "tonnes of rice delivered", "Mimika officials")]),

    # --- The Caucasus ---------------------------------------------------------------------------
    P("d102_038",
      "Gunman takes hostages at Zugdidi bank, demands USD 500,000\n"
      "29/07/2020 16:05\n"
      "An armed man took hostages at a branch of the Bank of Georgia in Zugdidi, western Georgia, "
      "on Wednesday morning, demanding half a million US dollars, the Interior Ministry said. "
      "Deputy Interior Minister Kakhaber Sabanadze told journalists that the assailant had taken "
      "19 people hostage and had released some of them in the course of negotiations; by "
      "evening, 11 hostages were still inside, he said. The ministry said about 100 police "
      "officers, including special forces, had been deployed and the area around the bank had "
      "been cordoned off. It declined to give further details to protect the lives of those "
      "held. Local media reported that 13 of the hostages were bank employees.",
      [C("19", 19, "exact", "hostages", "people taken hostage",
         "Deputy Interior Minister Kakhaber Sabanadze"),
       C("11", 11, "exact", "hostages", "hostages still inside",
         "Deputy Interior Minister Kakhaber Sabanadze", attr_alt=["he"]),
       C("about 100", 100, "about", "troops", "police officers deployed", "The ministry",
         attr_alt=["the Interior Ministry"]),
       C("13", 13, "exact", "hostages", "bank employees among the hostages", "Local media")],
      published="2020-07-29"),

    P("d102_039",
      "TBILISI, Aug 29, 2012 (Reuters) - Georgian special forces killed 11 militants in a clash near the "
      "border with Russia's Dagestan region after the gunmen took five local youths hostage, "
      "Georgia's Interior Ministry said on Wednesday. Three Georgian servicemen, including a "
      "doctor, were also killed and five were wounded in the fighting in the Lopota gorge, the "
      "ministry said in a statement. The hostages, seized on Tuesday near the village of "
      "Lapankuri, had been freed unharmed, it said. About 300 residents of nearby villages were "
      "evacuated during the operation, local officials said. Some Georgian officials said the "
      "militants were part of a group of about 20 that had crossed from Dagestan, but Russia's "
      "FSB border service said it had registered no crossings.",
      [C("11", 11, "exact", "killed", "militants", "Georgia's Interior Ministry"),
       C("five", 5, "exact", "hostages", "local youths taken hostage",
         "Georgia's Interior Ministry", ctx="five local youths"),
       C("Three", 3, "exact", "killed", "Georgian servicemen", "the ministry",
         attr_alt=["Georgia's Interior Ministry"]),
       C("five", 5, "exact", "injured", "Georgian servicemen wounded", "the ministry",
         attr_alt=["Georgia's Interior Ministry"], ctx="five were wounded"),
       C("About 300", 300, "about", "displaced", "residents evacuated", "local officials"),
       C("about 20", 20, "about", "troops", "militants who crossed from Dagestan",
         "Some Georgian officials", cat_alt=["other"])],
      published="2012-08-29"),

    P("d102_040",
      "Britons freed after 14 months' captivity in Chechnya\n"
      "Sunday, September 20, 1998 Published at 17:48 GMT 18:48 UK\n"
      "Two British aid workers held hostage in Chechnya for 14 months have been freed and are on "
      "their way home. Camilla Carr, 41, and Jon James, 36, who ran a rehabilitation centre for "
      "traumatised children in Grozny, were seized by armed men in July last year. Chechen "
      "officials said no ransom had been paid and that the couple had been freed in a special "
      "operation, but gave no details. Kidnapping has become a lucrative business in the "
      "breakaway republic, where the Russian interior ministry says more than 100 people, among "
      "them at least 20 foreigners, are being held. A Chechen security official said about 500 "
      "people had been kidnapped in the region since the 1996 ceasefire.",
      [C("Two", 2, "exact", "hostages", "British aid workers freed", None),
       C("more than 100", 100, "more_than", "hostages", "people held in Chechnya",
         "the Russian interior ministry"),
       C("at least 20", 20, "at_least", "hostages", "foreigners held",
         "the Russian interior ministry"),
       C("about 500", 500, "about", "hostages", "people kidnapped since 1996",
         "A Chechen security official", cat_alt=["other"])],
      published="1998-09-20"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d102_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
