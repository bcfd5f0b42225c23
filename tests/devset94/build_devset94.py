"""Source of the ninety-fourth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) from regional and national press outside the US and UK, in their
English editions, 1985–2025: wars and attacks, disasters and accidents, protests, kidnappings
and epidemics, written for this set (none copied from an article) in the house styles of The
Daily Star and New Age (Bangladesh), The Kathmandu Post, the Daily Nation (Kenya), The Citizen
(Tanzania), Vanguard and Daily Trust (Nigeria), the Mail & Guardian, the Jakarta Globe, the
Philippine Daily Inquirer, the Bangkok Post and The Nation, The Korea Herald, the Taipei Times,
Hürriyet Daily News, the Kyiv Post, the Buenos Aires Times, MercoPress, the Tehran Times, Arab
News, L'Orient Today and Egypt Independent, with each outlet's own date and dateline furniture
and house idioms (titles and honorifics, "martyred", "neutralised", "miscreants", lakh and
crore). Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures
follow contemporary reports loosely and some details are invented; the set tests extraction,
not facts.

Run ``python tests/devset94/build_devset94.py`` after editing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import devset_build
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset94")

# The shared span reader does not know lakh and crore; teach it (as devset49 does):
# 1 lakh = 100,000 and 1 crore = 10,000,000. Money in lakh or crore is not a claim.
# South African copy spaces thousands ("15 000"); the reader learns that too.
_INDIAN_SCALES = ((" lakh", 100_000), (" crore", 10_000_000))
_plain_number = devset_build._number


_SPACED = re.compile(r"^\d{1,3}(?: \d{3})+$")


def _number_with_lakh(text: str) -> float | None:
    """The shared reader, plus lakh and crore, and thousands spaced as in South Africa
    ("15 000")."""
    if _SPACED.match(text):
        return float(text.replace(" ", ""))
    for word, factor in _INDIAN_SCALES:
        if text.lower().endswith(word):
            n = _plain_number(text[: -len(word)])
            return None if n is None else n * factor
    return _plain_number(text)


devset_build._number = _number_with_lakh
# Nigerian and Indian copy writes "no fewer than 57" and "not less than 20": "at least".
devset_build._PREFIXES[:0] = [("no fewer than", "at_least"), ("not less than", "at_least")]

# --- sources used more than once ----------------------------------------------------------------
AHSAN = "Brig Gen Fakhrul Ahsan"
HAQUE = "hospital director Brig Gen Mahbubul Haque"
NURUL = "Narayanganj Superintendent of Police Syed Nurul Islam"
DC_CHANDPUR = "the district administration"
MAHMUDUR = "Dr Mahmudur Rahman"
PROBE = "a report of the probe commission"
NDRRMA = "the National Disaster Risk Reduction and Management Authority"
KIMENCHU = "Eastern Provincial Police Officer Stephen Kimenchu"
KETER = "Rift Valley Provincial Police Officer Joseph Keter"
ADOLI = "Coast Provincial Police Officer Aggrey Adoli"
KRCS = "The Kenya Red Cross Society"
MATIANGI = "Education Cabinet Secretary Fred Matiang'i"
MKUMBO = "Arusha Regional Police Commander Charles Mkumbo"
GAMBO = "Arusha Regional Commissioner Mrisho Gambo"
PINDA = "Prime Minister Mizengo Pinda"
TRCS = "The Tanzania Red Cross Society"
SINZUMWA = "Mtwara Regional Police Commander Linus Sinzumwa"
MWEMA = "Inspector General of Police Said Mwema"
CHANDE = "Arusha Regional Medical Officer Dr Omari Chande"

# --- Bangladesh, Nepal, Kenya and Tanzania ------------------------------------------------------
PART1 = [
    P("d94_001",
      "Twin blasts near Sylhet militant den kill 6\n"
      "Star Online Report\n"
      "Sun Mar 26, 2017 10:41 PM Last update on: Mon Mar 27, 2017 02:15 AM\n"
      "At least six people, including two police officers, were killed and around 40 others "
      "injured in two explosions near the besieged Atia Mahal in Sylhet's Shibbari area last "
      "evening, police said. The bombs went off about 400 yards from the five-storey building, "
      "where army para-commandos have been conducting \"Operation Twilight\" since Saturday "
      "morning. \"The militants are still inside and they have planted explosives at the "
      "entrances,\" said Brig Gen Fakhrul Ahsan, director of military intelligence, at a "
      "briefing in the city. He said the commandos had so far evacuated 78 residents, including "
      "27 women and 30 children, from the building's 30 flats. Of the injured, 21 were admitted "
      "to Sylhet MAG Osmani Medical College Hospital, hospital director Brig Gen Mahbubul Haque "
      "said. Lt Col Abul Kalam Azad, intelligence chief of the elite Rapid Action Battalion, was "
      "among the injured and was later flown to Dhaka by air ambulance.",
      [C("6", 6, "exact", "killed", "people in the Sylhet blasts (headline)"),
       C("At least six", 6, "at_least", "killed", "people in the Sylhet blasts", "police"),
       C("two", 2, "exact", "killed", "police officers", "police", ctx="two police officers"),
       C("around 40", 40, "about", "injured", "people in the Sylhet blasts", "police"),
       C("78", 78, "exact", "displaced", "residents evacuated from Atia Mahal", AHSAN,
         attr_alt=["He"]),
       C("27", 27, "exact", "displaced", "women evacuated", AHSAN, attr_alt=["He"],
         ctx="27 women"),
       C("30", 30, "exact", "displaced", "children evacuated", AHSAN, attr_alt=["He"],
         ctx="30 children"),
       C("30", 30, "exact", "infrastructure", "flats in the building", AHSAN,
         attr_alt=["He", None], cat_alt=["other"], optional=True, ctx="30 flats"),
       C("21", 21, "exact", "injured", "injured admitted to hospital", HAQUE,
         attr_alt=["Brig Gen Mahbubul Haque"])],
      published="2017-03-26"),

    P("d94_002",
      "Staff Correspondent, Narayanganj\n"
      "Police yesterday recovered six more bodies from the Shitalakshya river, three days after "
      "Narayanganj City Corporation panel mayor Nazrul Islam and four of his associates were "
      "abducted along with a lawyer and his driver from the Dhaka-Narayanganj link road. The "
      "bodies of all seven abductees have now been found, Narayanganj Superintendent of Police "
      "Syed Nurul Islam told reporters on the river bank. Each body had been tied to sacks "
      "filled with bricks, 24 to a sack, and the stomachs had been slit so that they would not "
      "float, said Md Asaduzzaman, a physician at the Narayanganj General Hospital morgue. "
      "Nazrul's father-in-law Shahidul Islam alleged that three officers of Rab-11 had been "
      "paid Tk 6 crore to carry out the killings. Angry residents blocked the highway for around "
      "five hours, torching at least a dozen vehicles.",
      [C("six", 6, "exact", "killed", "bodies recovered from the river", None, attr_alt=[NURUL]),
       C("four", 4, "exact", "killed", "associates of the panel mayor abducted", None,
         cat_alt=["hostages"], attr_alt=[NURUL]),
       C("seven", 7, "exact", "killed", "abductees found dead", NURUL, cat_alt=["hostages"]),
       C("24", 24, "exact", "other", "bricks to a sack", "Md Asaduzzaman", optional=True),
       C("three", 3, "exact", "other", "Rab officers accused", "Shahidul Islam",
         cat_alt=["detained"], attr_alt=["Nazrul's father-in-law Shahidul Islam"],
         optional=True, ctx="three officers"),
       C("at least a dozen", 12, "at_least", "other", "vehicles torched", None,
         cat_alt=["infrastructure"], optional=True)]),

    P("d94_003",
      "CHANDPUR, July 10 — Divers and fishermen recovered 37 more bodies from the Meghna today, "
      "raising the number of dead from the capsize of the Dhaka-Bhola launch MV Nasrin-1 to "
      "109, the district administration said. Relatives keeping vigil at the Chandpur launch "
      "terminal said hundreds of passengers were still missing. The double-decker launch, "
      "licensed to carry 400 passengers, had more than 750 people and a heavy load of cargo on "
      "board when it sank near the confluence of the Padma and the Meghna on Tuesday night, "
      "survivors said. Only around 200 people are known to have swum ashore or been picked up "
      "by trawlers. \"The salvage vessel Hamza reached the spot 22 hours after the capsize,\" "
      "said a BIWTA official who did not want to be named. Police have arrested the launch's "
      "owner and two of its staff. The shipping ministry has announced Tk 1 lakh in "
      "compensation for the family of each passenger who died.",
      [C("37", 37, "exact", "killed", "bodies recovered from the Meghna", DC_CHANDPUR),
       C("109", 109, "exact", "killed", "dead in the MV Nasrin-1 capsize", DC_CHANDPUR),
       C("hundreds", 100, "vague", "missing", "passengers still missing",
         "Relatives keeping vigil at the Chandpur launch terminal"),
       C("400", 400, "exact", "other", "licensed passenger capacity", "survivors",
         attr_alt=[None], optional=True),
       C("more than 750", 750, "more_than", "other", "people on board", "survivors"),
       C("around 200", 200, "about", "other", "survivors", None, attr_alt=["survivors"]),
       C("two", 2, "exact", "detained", "launch staff arrested", None, attr_alt=["Police"],
         ctx="two of its staff")]),

    P("d94_004",
      "Mysterious disease claims 2 more lives in Faridpur\n"
      "Our Correspondent, Faridpur\n"
      "Two more people died of Nipah virus infection at Faridpur Medical College Hospital "
      "yesterday, taking the death toll in the district to 17 since the outbreak began in early "
      "January, health officials said. Another nine patients are undergoing treatment in the "
      "isolation ward, three of them in critical condition, said Dr Mahmudur Rahman, director of "
      "the Institute of Epidemiology, Disease Control and Research (IEDCR). He said samples from "
      "23 suspected patients had been sent to the US Centers for Disease Control and Prevention "
      "in Atlanta and that 12 of them had tested positive. The virus appears to have passed "
      "from person to person: at least 19 of those infected had cared for or visited a local "
      "religious leader who died in February, the IEDCR chief said. The civil surgeon's office "
      "has formed 32 medical teams to screen nearly 2.5 lakh people in seven upazilas.",
      [C("2", 2, "exact", "killed", "Nipah deaths (headline)"),
       C("Two", 2, "exact", "killed", "Nipah deaths", "health officials"),
       C("17", 17, "exact", "killed", "Nipah deaths in Faridpur district", "health officials"),
       C("nine", 9, "exact", "other", "patients under treatment", MAHMUDUR,
         cat_alt=["injured"]),
       C("three", 3, "exact", "other", "patients in critical condition", MAHMUDUR,
         cat_alt=["injured"]),
       C("23", 23, "exact", "other", "suspected patients sampled", MAHMUDUR,
         attr_alt=["He"]),
       C("12", 12, "exact", "other", "samples positive", MAHMUDUR, attr_alt=["He"]),
       C("at least 19", 19, "at_least", "other", "infected who had contact with the first case",
         "the IEDCR chief", attr_alt=[MAHMUDUR]),
       C("32", 32, "exact", "other", "medical teams formed", None,
         attr_alt=["The civil surgeon's office"], optional=True),
       C("nearly 2.5 lakh", 250000, "about", "other", "people to be screened", None,
         attr_alt=["The civil surgeon's office"], cat_alt=["population"]),
       C("seven", 7, "exact", "other", "upazilas covered", None, optional=True)]),

    P("d94_005",
      "Thirty-one years on, families of Dasarath stadium victims still wait for justice\n"
      "Post Report\n"
      "Published at : March 12, 2019\n"
      "On March 12, 1988, a sudden hailstorm sent a crowd of some 30,000 football fans at "
      "Dasarath Rangasala running for the exits during a match between Janakpur Cigarette "
      "Factory and Liberation Army of Bangladesh. The gates were locked, and 93 people were "
      "crushed to death in the tunnel leading to the southern gate, according to a report of "
      "the probe commission formed at the time. More than 100 others were injured. Relatives "
      "say the toll was higher: Bishnu Maya Shrestha, 67, who lost her two sons, said she saw "
      "\"at least 70 bodies\" laid out at Bir Hospital alone that night. The commission "
      "recommended action against seven officials of the National Sports Council, but none was "
      "ever charged. The stadium, rebuilt in 1999, now seats 25,000.",
      [C("some 30,000", 30000, "about", "other", "football fans in the stadium"),
       C("93", 93, "exact", "killed", "people crushed at Dasarath Rangasala", PROBE,
         attr_alt=["the probe commission"]),
       C("More than 100", 100, "more_than", "injured", "people injured in the crush", PROBE,
         attr_alt=[None, "the probe commission"]),
       C("two", 2, "exact", "killed", "sons of Bishnu Maya Shrestha", "Bishnu Maya Shrestha",
         optional=True, ctx="two sons"),
       C("at least 70", 70, "at_least", "killed", "bodies at Bir Hospital",
         "Bishnu Maya Shrestha"),
       C("seven", 7, "exact", "other", "officials the commission recommended action against",
         "The commission", optional=True),
       C("25,000", 25000, "exact", "other", "stadium capacity", None, optional=True)],
      published="2019-03-12"),

    P("d94_006",
      "Bajhang quakes injure 17, damage hundreds of houses\n"
      "Post Report\n"
      "Published at : October 4, 2023\n"
      "Seventeen people were injured, two of them seriously, when a series of earthquakes, the "
      "largest measuring 6.3, struck Bajhang district in far-western Nepal on Tuesday afternoon, "
      "the District Police Office said. According to the National Disaster Risk Reduction and "
      "Management Authority, at least 480 houses were damaged, 37 of them fully, and the "
      "district hospital in Chainpur had to treat patients in tents after cracks appeared in its "
      "walls. The Nepali Army has deployed 120 personnel and a helicopter to Chhabis Pathibhera "
      "and Talkot rural municipalities, where landslides blocked the Khaptad road. \"Nearly 1,500 "
      "families are sleeping in the open in my ward alone,\" said Bikram Bohara, chair of Ward "
      "No 5 of Talkot. The National Earthquake Monitoring and Research Centre recorded 18 "
      "aftershocks above magnitude 4 by Wednesday morning.",
      [C("17", 17, "exact", "injured", "people injured in Bajhang (headline)"),
       C("hundreds", 100, "vague", "infrastructure", "houses damaged (headline)"),
       C("Seventeen", 17, "exact", "injured", "people injured in Bajhang",
         "the District Police Office"),
       C("two", 2, "exact", "injured", "seriously injured", "the District Police Office",
         ctx="two of them seriously"),
       C("at least 480", 480, "at_least", "infrastructure", "houses damaged", NDRRMA),
       C("37", 37, "exact", "infrastructure", "houses fully damaged", NDRRMA),
       C("120", 120, "exact", "troops", "army personnel deployed", None,
         attr_alt=["The Nepali Army"]),
       C("Nearly 1,500", 1500, "about", "displaced", "families sleeping in the open",
         "Bikram Bohara", cat_alt=["other"]),
       C("18", 18, "exact", "other", "aftershocks recorded",
         "The National Earthquake Monitoring and Research Centre", optional=True)],
      published="2023-10-04"),

    P("d94_007",
      "Machakos school fire: Death toll rises to 58\n"
      "By NATION Team\n"
      "Tuesday, March 27, 2001\n"
      "The number of students who died in Sunday night's fire at Kyanguli Secondary School rose "
      "to 58 yesterday after four more boys succumbed to burns at Machakos District Hospital, "
      "police said. Eastern Provincial Police Officer Stephen Kimenchu said 28 students were "
      "still admitted in various hospitals, nine of them at Kenyatta National Hospital in a "
      "critical condition. The dormitory housed 130 Form One and Form Two students; at least 30 "
      "escaped through the windows before the roof caved in, he said. Two Form Four students "
      "were arrested on Monday night over the fire, which is believed to have been started with "
      "petrol, police said. Education Minister Kalonzo Musyoka, who toured the school, said the "
      "Government would meet the burial costs of all the victims and ordered the 460 boys still "
      "at the school sent home for three weeks.",
      [C("58", 58, "exact", "killed", "students in the Kyanguli fire (headline)", None,
         ctx="rises to 58\n"),
       C("58", 58, "exact", "killed", "students in the Kyanguli fire", "police",
         ctx="rose to 58 yesterday"),
       C("four", 4, "exact", "killed", "boys who died of burns", "police"),
       C("28", 28, "exact", "injured", "students still in hospital", KIMENCHU),
       C("nine", 9, "exact", "injured", "students in critical condition", KIMENCHU),
       C("130", 130, "exact", "other", "students in the dormitory", KIMENCHU,
         attr_alt=["he", None], cat_alt=["population"]),
       C("at least 30", 30, "at_least", "other", "students who escaped", KIMENCHU,
         attr_alt=["he"]),
       C("Two", 2, "exact", "detained", "students arrested", "police", ctx="Two Form Four"),
       C("460", 460, "exact", "population", "boys still at the school",
         "Education Minister Kalonzo Musyoka", attr_alt=[None], cat_alt=["other"])],
      published="2001-03-27"),

    P("d94_008",
      "By NATION Correspondent\n"
      "MARALAL, Sunday\n"
      "The number of police officers killed in an ambush by suspected cattle rustlers in the "
      "Suguta Valley rose to 42 yesterday after security teams recovered 10 more bodies, Rift "
      "Valley Provincial Police Officer Joseph Keter has said. Mr Keter said 13 officers were "
      "still unaccounted for and that the bandits had made off with 31 guns, among them G3 "
      "rifles. The officers, drawn from the General Service Unit, the Administration Police and "
      "the regular police, had been sent to recover about 500 head of cattle stolen from the "
      "Samburu community. Local leaders said the raiders, numbering more than 1,000, were armed "
      "with AK-47 rifles and knew the terrain well. Police Commissioner Mathew Iteere yesterday "
      "said 1,200 officers had been deployed to the area, backed by two helicopters.",
      [C("42", 42, "exact", "killed", "police officers killed in the Suguta Valley", KETER),
       C("10", 10, "exact", "killed", "bodies recovered", KETER),
       C("13", 13, "exact", "missing", "officers unaccounted for", "Mr Keter",
         attr_alt=[KETER]),
       C("31", 31, "exact", "munitions", "guns taken by the bandits", "Mr Keter",
         attr_alt=[KETER], cat_alt=["other"]),
       C("about 500", 500, "about", "other", "head of cattle stolen"),
       C("more than 1,000", 1000, "more_than", "troops", "raiders", "Local leaders",
         cat_alt=["other"]),
       C("1,200", 1200, "exact", "troops", "officers deployed",
         "Police Commissioner Mathew Iteere"),
       C("two", 2, "exact", "other", "helicopters backing the officers",
         "Police Commissioner Mathew Iteere", cat_alt=["munitions", "troops"], optional=True,
         ctx="two helicopters")]),

    P("d94_009",
      "Tana Delta clashes: 52 dead as raiders torch village\n"
      "Posted  Thursday, August 23  2012 at  22:30\n"
      "At least 52 people, among them 31 women and 11 children, were hacked or burnt to death "
      "when about 200 raiders armed with guns, spears, and bows and arrows attacked Riketa "
      "village in Tana Delta before dawn on Wednesday. Coast Provincial Police Officer Aggrey "
      "Adoli said 165 houses had been torched and more than 200 head of cattle killed. The Kenya "
      "Red Cross Society said more than 1,000 people had fled to Garsen and Tarasaa, and that 22 "
      "of the injured were being treated at Malindi District Hospital. Prime Minister Raila "
      "Odinga, who visited the area, described the attack as \"barbaric\" and said 300 General "
      "Service Unit officers would be sent to the delta. The area has seen repeated clashes over "
      "grazing land and water since 2001, when more than 100 people were killed.",
      [C("52", 52, "exact", "killed", "people in Riketa (headline)", None, ctx="52 dead"),
       C("At least 52", 52, "at_least", "killed", "people in Riketa"),
       C("31", 31, "exact", "killed", "women"),
       C("11", 11, "exact", "killed", "children"),
       C("about 200", 200, "about", "troops", "raiders", None, cat_alt=["other"]),
       C("165", 165, "exact", "infrastructure", "houses torched", ADOLI),
       C("more than 200", 200, "more_than", "other", "head of cattle killed", ADOLI),
       C("more than 1,000", 1000, "more_than", "displaced", "people who fled", KRCS),
       C("22", 22, "exact", "injured", "injured treated in Malindi", KRCS,
         ctx="22 of the injured"),
       C("300", 300, "exact", "troops", "GSU officers to be sent",
         "Prime Minister Raila Odinga"),
       C("more than 100", 100, "more_than", "killed", "people killed in 2001 clashes")],
      published="2012-08-23"),

    P("d94_010",
      "Nine students dead in Moi Girls School fire\n"
      "SATURDAY SEPTEMBER 2 2017\n"
      "Nine students died and 10 others were injured when fire razed a dormitory at Moi Girls "
      "School in Nairobi's Kibra area in the early hours of Saturday, Education Cabinet Secretary "
      "Fred Matiang'i has said. Dr Matiang'i, who spoke at the school, said the injured had been "
      "taken to Kenyatta National Hospital and Nairobi Women's Hospital, where two were in the "
      "intensive care unit. The fire broke out at about 2am in the Helena dormitory, which housed "
      "360 Form One students. Police spokesman George Kinoti said 52 students had been treated "
      "for minor injuries and shock and discharged. Detectives are investigating claims that "
      "the blaze was started deliberately.",
      [C("Nine", 9, "exact", "killed", "students (headline)", None, ctx="Nine students dead"),
       C("Nine", 9, "exact", "killed", "students", MATIANGI, ctx="Nine students died"),
       C("10", 10, "exact", "injured", "students injured", MATIANGI),
       C("two", 2, "exact", "injured", "students in intensive care", "Dr Matiang'i",
         attr_alt=[MATIANGI]),
       C("360", 360, "exact", "other", "students in the dormitory", None,
         cat_alt=["population"]),
       C("52", 52, "exact", "injured", "students treated and discharged",
         "Police spokesman George Kinoti", cat_alt=["other"])],
      published="2017-09-02"),

    P("d94_011",
      "Monday May 8 2017\n"
      "Arusha. Thirty-five people — 32 pupils, two teachers and the driver — died on Saturday "
      "when a school bus belonging to Lucky Vincent Primary School plunged into a gorge at Rhotia "
      "in Karatu District, Arusha Regional Police Commander Charles Mkumbo said. The pupils, all "
      "in Standard Seven, were travelling to Karatu for a joint examination with another school. "
      "Only three pupils survived, and they were admitted to Mount Meru Regional Hospital in a "
      "serious condition, the RPC said. President John Magufuli declared three days of mourning "
      "in the region. Arusha Regional Commissioner Mrisho Gambo said the bus, registration number "
      "T 871 BYS, had been carrying 38 people although it was licensed for 30.",
      [C("Thirty-five", 35, "exact", "killed", "people in the Karatu bus crash", MKUMBO),
       C("32", 32, "exact", "killed", "pupils", MKUMBO),
       C("two", 2, "exact", "killed", "teachers", MKUMBO),
       C("three", 3, "exact", "other", "pupils who survived", "the RPC", attr_alt=[MKUMBO],
         cat_alt=["injured"], ctx="three pupils survived"),
       C("38", 38, "exact", "other", "people on the bus", GAMBO),
       C("30", 30, "exact", "other", "licensed capacity of the bus", GAMBO, optional=True)],
      published="2017-05-08"),

    P("d94_012",
      "Dar es Salaam. The death toll from Wednesday night's explosions at the Gongo la Mboto "
      "military depot rose to 20 yesterday, as thousands of residents who fled their homes spent "
      "a second night at the National Stadium and in schools. Prime Minister Mizengo Pinda told "
      "Parliament in Dodoma that 145 people had been admitted to Amana, Temeke and Muhimbili "
      "hospitals, and that the government had counted 4,000 people at the stadium alone. The "
      "Tanzania Red Cross Society said about 600 children had been separated from their parents "
      "in the chaos and that 240 of them had been reunited with their families by last evening. "
      "JWTZ spokesman Kapambala Mgawe said army experts had so far collected more than 300 "
      "unexploded shells from homes up to 10 kilometres away. Residents of Majohe and Pugu said "
      "at least 60 houses had been flattened by the blasts, the second at a Dar es Salaam "
      "armoury in less than two years.",
      [C("20", 20, "exact", "killed", "people in the Gongo la Mboto explosions", None,
         attr_alt=[PINDA]),
       C("thousands", 1000, "vague", "displaced", "residents who fled", None, attr_alt=[PINDA]),
       C("145", 145, "exact", "injured", "people admitted to hospital", PINDA),
       C("4,000", 4000, "exact", "displaced", "people at the National Stadium", "the government",
         attr_alt=[PINDA]),
       C("about 600", 600, "about", "missing", "children separated from their parents", TRCS,
         cat_alt=["other"]),
       C("240", 240, "exact", "other", "children reunited with their families", TRCS,
         cat_alt=["missing"]),
       C("more than 300", 300, "more_than", "munitions", "unexploded shells collected",
         "JWTZ spokesman Kapambala Mgawe", cat_alt=["other"]),
       C("at least 60", 60, "at_least", "infrastructure", "houses flattened",
         "Residents of Majohe and Pugu")]),

    P("d94_013",
      "Mtwara. Three people were killed and several others injured as police and soldiers "
      "battled rioters opposed to plans to pipe natural gas from Mtwara to Dar es Salaam, Mtwara "
      "Regional Police Commander Linus Sinzumwa said yesterday. He said 91 suspects had been "
      "arrested and would be arraigned today, while others had fled into the bush. The rioters "
      "burnt the houses of a Member of Parliament and at least nine other officials, as well as "
      "a court building and the offices of the Tanzania Broadcasting Corporation, witnesses "
      "said. Up to 400 soldiers of the Tanzania People's Defence Force were patrolling Magomeni "
      "and Chikongola on Thursday, according to residents, who said they had been beaten in "
      "their homes. The Home Affairs minister, Dr Emmanuel Nchimbi, told Parliament that some "
      "2,000 residents had fled to Lindi and Nanyamba, and he appealed to the \"miscreants\" to "
      "stop destroying property.",
      [C("Three", 3, "exact", "killed", "people in the Mtwara riots", SINZUMWA),
       C("91", 91, "exact", "detained", "suspects arrested", SINZUMWA, attr_alt=["He"]),
       C("at least nine", 9, "at_least", "infrastructure", "officials' houses burnt",
         "witnesses", cat_alt=["other"]),
       C("Up to 400", 400, "at_most", "troops", "soldiers patrolling Mtwara", "residents"),
       C("some 2,000", 2000, "about", "displaced", "residents who fled",
         "Dr Emmanuel Nchimbi", attr_alt=["The Home Affairs minister"])]),

    P("d94_014",
      "Arusha church blast: Police arrest 12\n"
      "Tuesday, May 7, 2013\n"
      "Police in Arusha have arrested 12 people, among them four Saudi Arabian nationals, in "
      "connection with Sunday's bomb attack at St Joseph the Worker Catholic Parish at Olasiti, "
      "Inspector General of Police Said Mwema said yesterday. The blast, which went off as the "
      "Apostolic Nuncio, Archbishop Francisco Padilla, was about to inaugurate the new church, "
      "killed three people and injured more than 60. Arusha Regional Medical Officer Dr Omari "
      "Chande said 41 of the injured were still admitted at Mount Meru and Selian hospitals, six "
      "of them in critical condition. Mr Mwema said the explosive device was hurled from about "
      "20 metres away by a young man who then fled on a motorcycle. President Jakaya Kikwete, "
      "who cut short a visit to Kuwait, described the attack as \"an act of terrorism\".",
      [C("12", 12, "exact", "detained", "people arrested (headline)", None,
         attr_alt=["Police"], ctx="arrest 12"),
       C("12", 12, "exact", "detained", "people arrested", MWEMA, ctx="arrested 12"),
       C("four", 4, "exact", "detained", "Saudi nationals arrested", MWEMA),
       C("three", 3, "exact", "killed", "people in the Olasiti church blast", None,
         attr_alt=[MWEMA]),
       C("more than 60", 60, "more_than", "injured", "people in the Olasiti church blast",
         None, attr_alt=[MWEMA]),
       C("41", 41, "exact", "injured", "injured still in hospital", CHANDE),
       C("six", 6, "exact", "injured", "injured in critical condition", CHANDE)],
      published="2013-05-07"),
]

# --- Nigeria, South Africa, Indonesia, the Philippines, Thailand and Korea ----------------------
ADSEMA = "the Adamawa State Emergency Management Agency"
YUSUF = "Mr. Yusuf Mohammed"
GOLDSTONE = "The Goldstone Commission"
POWELL = "Spokesperson Charlotte Powell"
BNPB = "the National Disaster Mitigation Agency"
SUTOPO = "BNPB spokesman Sutopo Purwo Nugroho"
SETYO = "National Police spokesman Insp. Gen. Setyo Wasisto"
OCD = "the Office of Civil Defense"
DSWD = "the Department of Social Welfare and Development"
SOMPONG = "Provincial police chief Pol Maj Gen Sompong Chuensiri"
THEERA = "Transport Minister Theera Haocharoen"
CHUN = "presidential spokesman Chun Ho-seon"
KFS = "the Korea Forest Service"

PART2 = [
    P("d94_015",
      "Madagali market blasts: Death toll rises to 57\n"
      "On December 10, 2016 7:52 am / In News / by Ishaya Ibrahim\n"
      "YOLA—NO fewer than 57 persons were confirmed dead and 177 others injured when two female "
      "suicide bombers, suspected to be members of the Boko Haram sect, detonated explosives in "
      "a crowded market at Madagali, Adamawa State, yesterday. The Chairman of Madagali Local "
      "Government Area, Mr. Yusuf Mohammed, who confirmed the incident, said the girls, believed "
      "to be aged between 12 and 15, mingled with traders before blowing themselves up. But the "
      "Adamawa State Emergency Management Agency, ADSEMA, put the toll at 45, saying 33 of the "
      "injured had been referred to the Federal Medical Centre, Yola. The Nigerian Army, in a "
      "statement by its spokesman, Brig.-Gen. Sani Kukasheka Usman, said troops had cordoned off "
      "the area and that the \"miscreants\" behind the attack would be hunted down.",
      [C("57", 57, "exact", "killed", "people in the Madagali blasts (headline)", None,
         ctx="rises to 57"),
       C("NO fewer than 57", 57, "at_least", "killed", "people in the Madagali blasts", None,
         attr_alt=[YUSUF]),
       C("177", 177, "exact", "injured", "people in the Madagali blasts", None,
         attr_alt=[YUSUF]),
       C("two", 2, "exact", "other", "female suicide bombers", None,
         cat_alt=["troops", "killed"], optional=True, ctx="two female"),
       C("45", 45, "exact", "killed", "people in the Madagali blasts", ADSEMA,
         attr_alt=["ADSEMA"]),
       C("33", 33, "exact", "injured", "injured referred to Yola", ADSEMA,
         attr_alt=["ADSEMA"])],
      published="2016-12-10"),

    P("d94_016",
      "Bandits kill 43 in Sokoto market attack\n"
      "By Shehu Umar, Sokoto\n"
      "Tue, 19 Oct 2021 5:03:12 WAT\n"
      "At least 43 people were killed when bandits on motorcycles stormed the weekly market at "
      "Goronyo on Sunday evening and shot indiscriminately at traders and buyers, residents have "
      "told Daily Trust. Ibrahim Goronyo, a community leader, said 37 corpses were buried in the "
      "town on Monday while six others were taken to their villages for burial. The Sokoto State "
      "Police Command, however, put the death toll at 30. The command's spokesman, ASP Sanusi "
      "Abubakar, said 10 of the injured were receiving treatment at Usmanu Danfodiyo University "
      "Teaching Hospital. \"The gunmen, numbering over 100, came from the direction of the "
      "forest,\" a trader, Malam Musa Sani, said. In a separate statement, Defence Headquarters "
      "said troops had \"neutralised\" 19 bandits and rescued 11 kidnapped persons in "
      "neighbouring Zamfara State last week.",
      [C("43", 43, "exact", "killed", "people in the Goronyo attack (headline)", None,
         ctx="kill 43"),
       C("At least 43", 43, "at_least", "killed", "people in the Goronyo attack", "residents"),
       C("37", 37, "exact", "killed", "corpses buried in Goronyo", "Ibrahim Goronyo"),
       C("six", 6, "exact", "killed", "bodies taken to villages", "Ibrahim Goronyo"),
       C("30", 30, "exact", "killed", "people in the Goronyo attack",
         "The Sokoto State Police Command"),
       C("10", 10, "exact", "injured", "injured in hospital", "ASP Sanusi Abubakar",
         attr_alt=["The command's spokesman"]),
       C("over 100", 100, "more_than", "troops", "gunmen", "Malam Musa Sani",
         cat_alt=["other"], attr_alt=["a trader"]),
       C("19", 19, "exact", "killed", "bandits neutralised in Zamfara", "Defence Headquarters",
         ctx="19 bandits"),
       C("11", 11, "exact", "hostages", "kidnapped persons rescued", "Defence Headquarters")],
      published="2021-10-19"),

    P("d94_017",
      "08 Feb 2016\n"
      "Rescue efforts at Lily Mine near Barberton in Mpumalanga were suspended on Sunday because "
      "of fresh rockfalls, leaving three workers trapped in a lamp-room container that plunged "
      "into a sinkhole when the crown pillar collapsed on Friday. Of the 90 workers underground "
      "at the time, 87 were brought to the surface, the company, Vantage Goldfields, said in a "
      "statement. Mineral Resources Minister Ngoako Ramatlhodi, who visited the site, said 13 of "
      "those rescued had been treated for minor injuries. The trapped workers are Pretty "
      "Nkambule, Yvonne Mnisi and Solomon Nyirenda, a Mozambican national. The National Union "
      "of Mineworkers said more than 700 of the mine's employees had been sent home, and that "
      "the company owed them two months' wages.",
      [C("three", 3, "exact", "other", "workers trapped in the container", None,
         cat_alt=["missing"], attr_alt=["Vantage Goldfields"]),
       C("90", 90, "exact", "other", "workers underground", "Vantage Goldfields",
         attr_alt=["the company"]),
       C("87", 87, "exact", "other", "workers brought to the surface", "Vantage Goldfields",
         attr_alt=["the company"]),
       C("13", 13, "exact", "injured", "rescued workers treated",
         "Mineral Resources Minister Ngoako Ramatlhodi"),
       C("more than 700", 700, "more_than", "other", "employees sent home",
         "The National Union of Mineworkers", cat_alt=["population"])],
      published="2016-02-08"),

    P("d94_018",
      "Bhisho massacre: 20 years later, still no one held to account\n"
      "07 Sep 2012 00:00\n"
      "Twenty years ago today, soldiers of the Ciskei Defence Force opened fire on ANC marchers "
      "outside the Bhisho stadium, killing 28 of them and one of their own. About 80 000 people "
      "had marched from King William's Town to demand that the homeland's military ruler, "
      "Brigadier Oupa Gqozo, step down and allow free political activity. The Goldstone "
      "Commission found that the soldiers had fired some 425 rounds over about two minutes and "
      "wounded more than 200 marchers. Survivors say the toll was higher. \"We buried 31 "
      "comrades from my area alone,\" said Xola Mgudlwa, who was shot in the leg. The Truth and "
      "Reconciliation Commission later heard amnesty applications from 10 former CDF soldiers, "
      "and no one has been prosecuted.",
      [C("28", 28, "exact", "killed", "ANC marchers at Bhisho"),
       C("About 80 000", 80000, "about", "other", "marchers"),
       C("some 425", 425, "about", "munitions", "rounds fired", GOLDSTONE, cat_alt=["other"]),
       C("more than 200", 200, "more_than", "injured", "marchers wounded", GOLDSTONE),
       C("31", 31, "exact", "killed", "comrades buried from one area", "Xola Mgudlwa"),
       C("10", 10, "exact", "other", "former soldiers who applied for amnesty", None,
         attr_alt=["The Truth and Reconciliation Commission"], cat_alt=["detained"],
         optional=True)],
      published="2012-09-07"),

    P("d94_019",
      "Cape Town - About 15 000 people were left homeless after a fire tore through the Imizamo "
      "Yethu informal settlement in Hout Bay on Saturday, the City of Cape Town's disaster risk "
      "management centre said. Spokesperson Charlotte Powell said an estimated 3 500 structures "
      "had been destroyed and that three people had died, one of them an elderly man who went "
      "back for his belongings. More than 200 firefighters, supported by four helicopters, "
      "fought the blaze for more than 12 hours, she said. The Gift of the Givers Foundation said "
      "it had handed out 6 000 blankets and 20 tonnes of food by Sunday afternoon. \"The city "
      "cannot even count us. We are over 20 000 here,\" said community leader Zola Mnyaka.",
      [C("About 15 000", 15000, "about", "displaced", "people left homeless",
         "the City of Cape Town's disaster risk management centre"),
       C("an estimated 3 500", 3500, "about", "infrastructure", "structures destroyed",
         POWELL),
       C("three", 3, "exact", "killed", "people in the Imizamo Yethu fire", POWELL),
       C("one", 1, "exact", "killed", "elderly man among the dead", POWELL, optional=True,
         ctx="one of them an elderly"),
       C("More than 200", 200, "more_than", "troops", "firefighters", POWELL,
         attr_alt=["she"], cat_alt=["other"]),
       C("four", 4, "exact", "other", "helicopters", POWELL, attr_alt=["she"],
         cat_alt=["munitions"], optional=True),
       C("6 000", 6000, "exact", "aid", "blankets handed out",
         "The Gift of the Givers Foundation"),
       C("20", 20, "exact", "aid", "tonnes of food", "The Gift of the Givers Foundation",
         ctx="20 tonnes"),
       C("over 20 000", 20000, "more_than", "population", "residents of Imizamo Yethu",
         "community leader Zola Mnyaka", attr_alt=["Zola Mnyaka"])]),

    P("d94_020",
      "January 2, 2019 | 6:47 pm\n"
      "Sukabumi. Rescuers have found 15 bodies and are searching for 20 more people after a "
      "landslide buried 30 houses in Cisolok, Sukabumi, West Java, on Monday evening, the "
      "National Disaster Mitigation Agency, or BNPB, said on Wednesday. BNPB spokesman Sutopo "
      "Purwo Nugroho said in a statement that 64 people had been evacuated from the area and "
      "three were being treated for injuries at Pelabuhan Ratu General Hospital. About 400 "
      "personnel from the National Search and Rescue Agency (Basarnas), the military, the police "
      "and volunteers had been deployed with four excavators, he said. \"The soil is still "
      "unstable and the rain makes the search dangerous,\" Sutopo said. The village, Sirnaresmi, "
      "is home to around 1,200 people, most of them rice farmers.",
      [C("15", 15, "exact", "killed", "bodies found in Cisolok", BNPB, attr_alt=["BNPB"]),
       C("20", 20, "exact", "missing", "people searched for", BNPB, attr_alt=["BNPB"]),
       C("30", 30, "exact", "infrastructure", "houses buried", BNPB, attr_alt=["BNPB"]),
       C("64", 64, "exact", "displaced", "people evacuated", SUTOPO),
       C("three", 3, "exact", "injured", "people treated for injuries", SUTOPO),
       C("About 400", 400, "about", "troops", "rescue personnel deployed", SUTOPO,
         attr_alt=["he"], cat_alt=["other"]),
       C("four", 4, "exact", "other", "excavators", SUTOPO, attr_alt=["he"], optional=True),
       C("around 1,200", 1200, "about", "population", "people in Sirnaresmi")],
      published="2019-01-02"),

    P("d94_021",
      "Jakarta. Three police officers were killed and 10 people — five police officers and five "
      "civilians — were injured when two suicide bombers blew themselves up at the Kampung "
      "Melayu bus terminal in East Jakarta on Wednesday night, National Police spokesman Insp. "
      "Gen. Setyo Wasisto said on Thursday. The two attackers also died. The officers had been "
      "guarding a torch parade ahead of the fasting month of Ramadan. Setyo said the bombs were "
      "pressure-cooker devices filled with nails and that the bombers belonged to a cell of "
      "Jamaah Ansharut Daulah (JAD). Densus 88 counterterrorism officers arrested three suspects "
      "in Bandung on Friday.",
      [C("Three", 3, "exact", "killed", "police officers", SETYO),
       C("10", 10, "exact", "injured", "people in the Kampung Melayu bombing", SETYO),
       C("five", 5, "exact", "injured", "police officers injured", SETYO,
         ctx="five police officers"),
       C("five", 5, "exact", "injured", "civilians injured", SETYO, ctx="five civilians"),
       C("two", 2, "exact", "other", "suicide bombers", SETYO, attr_alt=[None],
         cat_alt=["troops", "killed"], optional=True, ctx="two suicide bombers"),
       C("two", 2, "exact", "killed", "attackers who died", SETYO, attr_alt=[None],
         ctx="two attackers"),
       C("three", 3, "exact", "detained", "suspects arrested in Bandung", None,
         attr_alt=["Densus 88 counterterrorism officers"], ctx="three suspects")]),

    P("d94_022",
      "Cherry Hills death toll climbs to 58\n"
      "First Posted 04:12:00 08/05/1999\n"
      "ANTIPOLO CITY—The death toll in the landslide that buried Cherry Hills Subdivision climbed "
      "to 58 yesterday as rescuers dug out 11 more bodies, the Office of Civil Defense (OCD) "
      "said. At least 30 residents remained missing, according to Antipolo Mayor Danilo "
      "Leyble. Some 378 houses were buried or damaged when the hillside gave way at the height "
      "of Typhoon Olga's rains on Tuesday night, the Department of Social Welfare and "
      "Development said. The agency said 1,432 families were staying in 14 evacuation centers in "
      "the city. A geologist from the Mines and Geosciences Bureau, who asked not to be named, "
      "said the bureau had warned the developer about the slope as early as 1997.",
      [C("58", 58, "exact", "killed", "dead in Cherry Hills (headline)", None,
         ctx="climbs to 58"),
       C("58", 58, "exact", "killed", "dead in Cherry Hills", OCD, attr_alt=["OCD"],
         ctx="to 58 yesterday"),
       C("11", 11, "exact", "killed", "bodies dug out", OCD, attr_alt=["OCD"]),
       C("At least 30", 30, "at_least", "missing", "residents missing",
         "Antipolo Mayor Danilo Leyble"),
       C("Some 378", 378, "about", "infrastructure", "houses buried or damaged", DSWD),
       C("1,432", 1432, "exact", "displaced", "families in evacuation centers", "The agency",
         attr_alt=[DSWD]),
       C("14", 14, "exact", "infrastructure", "evacuation centers", "The agency",
         attr_alt=[DSWD], cat_alt=["other"])],
      published="1999-08-05"),

    P("d94_023",
      "NAKHON RATCHASIMA — Rescue workers pulled 11 more bodies from the rubble of the Royal "
      "Plaza Hotel yesterday, bringing the number of dead to 114, the provincial disaster relief "
      "centre said. Provincial police chief Pol Maj Gen Sompong Chuensiri said 227 people had "
      "been injured, 40 of them seriously, and that the hotel's owner had been summoned for "
      "questioning. About 100 guests and staff are still unaccounted for, according to the "
      "hotel's register. The six-storey building, to which three floors had been added without "
      "permission, collapsed on Friday morning while a conference was being held in the lobby. "
      "A total of 1,200 rescue workers, soldiers and volunteers from the Poh Teck Tung and Ruam "
      "Katanyu foundations are at the site.",
      [C("11", 11, "exact", "killed", "bodies pulled from the rubble",
         "the provincial disaster relief centre"),
       C("114", 114, "exact", "killed", "dead in the Royal Plaza Hotel collapse",
         "the provincial disaster relief centre"),
       C("227", 227, "exact", "injured", "people injured", SOMPONG),
       C("40", 40, "exact", "injured", "seriously injured", SOMPONG),
       C("About 100", 100, "about", "missing", "guests and staff unaccounted for",
         "the hotel's register"),
       C("1,200", 1200, "exact", "troops", "rescue workers, soldiers and volunteers", None,
         cat_alt=["other"])]),

    P("d94_024",
      "Monday September 17, 2007\n"
      "PHUKET: At least 88 people, 55 of them foreigners, were killed when a One-Two-Go "
      "Airlines MD-82 carrying 130 passengers and crew crashed while landing in heavy rain at "
      "Phuket International Airport yesterday afternoon, Transport Minister Theera Haocharoen "
      "said. Forty-one people survived, many with severe burns, and were taken to Bangkok "
      "Phuket, Vachira Phuket and Mission hospitals, provincial health officials said. Flight "
      "OG269 from Don Mueang skidded off the runway, broke in two and burst into flames. Phuket "
      "governor Niran Kalayanamit said at least 15 bodies had been identified by last night. "
      "One-Two-Go, a low-cost subsidiary of Orient Thai Airlines, has suspended all flights "
      "pending an inquiry.",
      [C("At least 88", 88, "at_least", "killed", "people in the Phuket crash", THEERA),
       C("55", 55, "exact", "killed", "foreigners among the dead", THEERA),
       C("130", 130, "exact", "other", "passengers and crew on board", THEERA),
       C("Forty-one", 41, "exact", "other", "survivors", "provincial health officials",
         cat_alt=["injured"]),
       C("at least 15", 15, "at_least", "killed", "bodies identified",
         "Phuket governor Niran Kalayanamit", cat_alt=["other"], optional=True)],
      published="2007-09-17"),

    P("d94_025",
      "Nine killed as building under demolition collapses onto bus in Gwangju\n"
      "By Kim Arin\n"
      "Published : Jun 10, 2021 - 14:52 Updated : Jun 10, 2021 - 18:31\n"
      "Nine people were killed and eight others seriously injured when a five-story building "
      "being demolished collapsed onto a bus at a stop in Hakdong, Gwangju, on Wednesday "
      "afternoon, according to fire authorities. All 17 victims were aboard the No. 54 bus, "
      "which was buried under the debris for nearly two hours. The dead included a 17-year-old "
      "high school student who was on his way home. Police said Thursday they had booked seven "
      "people, including a site manager of HDC Hyundai Development Co. and the head of a "
      "subcontractor, on charges of professional negligence resulting in death, and raided nine "
      "locations. President Moon Jae-in ordered a thorough investigation.",
      [C("Nine", 9, "exact", "killed", "people in the Gwangju collapse (headline)", None,
         ctx="Nine killed"),
       C("Nine", 9, "exact", "killed", "people in the Gwangju collapse", "fire authorities",
         ctx="Nine people"),
       C("eight", 8, "exact", "injured", "seriously injured", "fire authorities"),
       C("17", 17, "exact", "injured", "victims aboard the bus", "fire authorities",
         attr_alt=[None], cat_alt=["killed", "other"], ctx="All 17"),
       C("seven", 7, "exact", "detained", "people booked", "Police", cat_alt=["other"]),
       C("nine", 9, "exact", "other", "locations raided", "Police", optional=True,
         ctx="nine locations")],
      published="2021-06-10"),

    P("d94_026",
      "By Kim So-hyun\n"
      "The remaining seven South Korean hostages held by the Taliban in Afghanistan were freed "
      "Thursday, ending a six-week ordeal that left two of the captives dead, Cheong Wa Dae "
      "said. The 19 survivors of the group of 23 volunteers from Saemmul Presbyterian Church in "
      "Bundang, Gyeonggi Province, were handed over to the International Committee of the Red "
      "Cross in Ghazni province over two days, presidential spokesman Chun Ho-seon told a "
      "briefing. Twelve were released Wednesday. The Taliban had demanded the release of eight "
      "of its fighters held by the Afghan government in exchange for the hostages. Two women "
      "had been freed earlier as a goodwill gesture. Seoul had already said it would withdraw "
      "its 200-strong contingent of military engineers and medics by the end of the year.",
      [C("seven", 7, "exact", "hostages", "South Korean hostages freed", "Cheong Wa Dae"),
       C("two", 2, "exact", "killed", "captives killed", "Cheong Wa Dae",
         cat_alt=["hostages"], ctx="two of the captives"),
       C("19", 19, "exact", "hostages", "survivors handed over", CHUN),
       C("23", 23, "exact", "hostages", "church volunteers abducted", CHUN),
       C("Twelve", 12, "exact", "hostages", "hostages released Wednesday", CHUN,
         attr_alt=[None]),
       C("eight", 8, "exact", "detained", "Taliban fighters held by Kabul"),
       C("Two", 2, "exact", "hostages", "women freed earlier", None, ctx="Two women"),
       C("200", 200, "exact", "troops", "South Korean contingent", "Seoul",
         attr_alt=[None])]),

    P("d94_027",
      "ULJIN, North Gyeongsang Province — The wildfire that started in Uljin on Friday and "
      "spread north into Samcheok, Gangwon Province, had burned through 15,420 hectares of "
      "forest as of Sunday morning, the Korea Forest Service said. About 6,280 residents had been "
      "evacuated, and 343 homes and 72 warehouses and other buildings had been destroyed. The "
      "Forest Service said 7,600 firefighters, soldiers and officials and 83 helicopters were "
      "fighting the blaze, which came within 100 meters of the Hanul nuclear power plant on "
      "Friday. No casualties have been reported. Police are investigating whether the fire was "
      "started by a cigarette butt tossed from a car.",
      [C("15,420", 15420, "exact", "other", "hectares burned", KFS, optional=True),
       C("About 6,280", 6280, "about", "displaced", "residents evacuated", KFS,
         attr_alt=[None]),
       C("343", 343, "exact", "infrastructure", "homes destroyed", KFS, attr_alt=[None]),
       C("72", 72, "exact", "infrastructure", "warehouses and other buildings destroyed", KFS,
         attr_alt=[None]),
       C("7,600", 7600, "exact", "troops", "firefighters, soldiers and officials",
         "The Forest Service", attr_alt=[KFS], cat_alt=["other"]),
       C("83", 83, "exact", "other", "helicopters", "The Forest Service", attr_alt=[KFS],
         cat_alt=["munitions"], optional=True)]),
]

# --- Taiwan, Turkey, Ukraine, Argentina, Iran, Saudi Arabia, Lebanon and Egypt ------------------
CHIAYI_FIRE = "the Chiayi County Fire Bureau"
CDC_TW = "The Centers for Disease Control"
CHOU = "CDC Deputy Director-General Chou Jih-haw"
YILDIZ = "Energy Minister Taner Yıldız"
DAVUTOGLU = "Prime Minister Ahmet Davutoğlu"
LVIV_HEALTH = "the Lviv regional health department"
BALBI = "Navy spokesman Captain Enrique Balbi"
OFFICIAL_1995 = "the official figures of the time"
KHORASAN = "the provincial governor general's office"
IRCS = "the Iranian Red Crescent Society"
AZAD = "Sistan-Baluchestan Governor General Ali Mohammad Azad"
ABDOLLAHI = "Deputy Interior Minister for Security Affairs Ali Abdollahi"
LB_MOH = "the Health Ministry"
EG_MOI = "the Interior Ministry"

PART3 = [
    P("d94_028",
      "Five Chinese tourists killed in Alishan train accident\n"
      "By Staff writers, with CNA\n"
      "Thu, Apr 28, 2011 - Page 1\n"
      "Five tourists from China were killed and more than 100 people injured yesterday when a "
      "tree fell onto an Alishan Forest Railway train near Shenmu Station in Chiayi County, "
      "causing three cars to derail and roll down a slope, the Chiayi County Fire Bureau said. "
      "Of the 169 passengers on board, 154 were from China, the Forestry Bureau said. Between 60 "
      "and 70 of the injured were taken to hospitals in Chiayi City by ambulance and helicopter, "
      "while fewer than 10 remained in intensive care last night, a bureau official said. "
      "Premier Wu Den-yih (吳敦義) ordered the railway shut until a safety review is completed.",
      [C("Five", 5, "exact", "killed", "Chinese tourists (headline)", None,
         ctx="Five Chinese"),
       C("Five", 5, "exact", "killed", "Chinese tourists", CHIAYI_FIRE, ctx="Five tourists"),
       C("more than 100", 100, "more_than", "injured", "people injured", CHIAYI_FIRE),
       C("three", 3, "exact", "other", "cars derailed", CHIAYI_FIRE, optional=True),
       C("169", 169, "exact", "other", "passengers on board", "the Forestry Bureau"),
       C("154", 154, "exact", "other", "passengers from China", "the Forestry Bureau"),
       C("Between 60 and 70", 60, "range", "injured", "injured taken to Chiayi hospitals",
         "a bureau official", high=70),
       C("fewer than 10", 10, "fewer_than", "injured", "injured in intensive care",
         "a bureau official")],
      published="2011-04-28"),

    P("d94_029",
      "By Shelley Huang / STAFF REPORTER\n"
      "The Centers for Disease Control (CDC) yesterday confirmed two more deaths from "
      "enterovirus infection, bringing the number of children who have died of severe "
      "complications this year to 10. CDC Deputy Director-General Chou Jih-haw (周志浩) said 227 "
      "severe cases had been reported nationwide since March, 81 of them in central Taiwan, and "
      "that more than 50,000 people had visited outpatient clinics with symptoms of hand, foot "
      "and mouth disease last week. Schools must suspend a class for seven days if two or more "
      "pupils in it are diagnosed within a week; 156 classes have been suspended so far, the "
      "Ministry of Education said. Nearly all of the fatal cases were children under five. In "
      "the 1998 epidemic, the worst on record, 78 children died.",
      [C("two", 2, "exact", "killed", "enterovirus deaths", CDC_TW, attr_alt=["CDC"],
         ctx="two more deaths"),
       C("10", 10, "exact", "killed", "children dead this year", CDC_TW, attr_alt=["CDC"]),
       C("227", 227, "exact", "other", "severe cases", CHOU),
       C("81", 81, "exact", "other", "severe cases in central Taiwan", CHOU),
       C("more than 50,000", 50000, "more_than", "other", "outpatient visits", CHOU),
       C("two or more", 2, "at_least", "other", "pupils diagnosed (suspension threshold)",
         "the Ministry of Education", attr_alt=[None], optional=True),
       C("156", 156, "exact", "other", "classes suspended", "the Ministry of Education",
         cat_alt=["infrastructure"]),
       C("78", 78, "exact", "killed", "children in the 1998 epidemic")]),

    P("d94_030",
      "Eighteen miners trapped after water floods coal mine in Karaman\n"
      "KARAMAN – Doğan News Agency\n"
      "October 29 2014\n"
      "Eighteen miners were trapped some 350 meters underground after water flooded a coal mine "
      "in the Ermenek district of the central Anatolian province of Karaman on Oct. 28, Energy "
      "Minister Taner Yıldız said. Yıldız said 32 workers had been in the gallery at the time "
      "and 14 had managed to escape. \"The water is still rising; our pumps are removing up to "
      "1,200 tons an hour,\" he said. Some 400 rescue workers from the Disaster and Emergency "
      "Management Authority (AFAD) and nearby mining companies were at the site, the governor's "
      "office said. Labor Ministry records show the mine had been inspected seven times since "
      "2012 and that no serious violations had been found.",
      [C("Eighteen", 18, "exact", "other", "miners trapped (headline)", None,
         cat_alt=["missing"], ctx="Eighteen miners trapped"),
       C("Eighteen", 18, "exact", "other", "miners trapped", YILDIZ, cat_alt=["missing"],
         ctx="Eighteen miners were"),
       C("32", 32, "exact", "other", "workers in the gallery", "Yıldız", attr_alt=[YILDIZ]),
       C("14", 14, "exact", "other", "miners who escaped", "Yıldız", attr_alt=[YILDIZ]),
       C("Some 400", 400, "about", "troops", "rescue workers", "the governor's office",
         cat_alt=["other"]),
       C("seven", 7, "exact", "other", "inspections of the mine", "Labor Ministry records",
         optional=True)],
      published="2014-10-29"),

    P("d94_031",
      "Turkey's 49 hostages held by ISIL freed, return home\n"
      "ANKARA\n"
      "September 20 2014\n"
      "Forty-nine people, including Turkey's Consul General in Mosul Öztürk Yılmaz, diplomats' "
      "children and special forces soldiers, who were seized by the Islamic State of Iraq and "
      "the Levant (ISIL) at the consulate on June 11, were freed early on Sept. 20 and flown to "
      "Ankara, Prime Minister Ahmet Davutoğlu said. The hostages — 46 Turkish citizens and three "
      "Iraqi employees of the consulate — had been held for 101 days. Davutoğlu said the "
      "release had been secured by an operation of the National Intelligence Organization (MİT), "
      "and that no ransom had been paid and no shots fired. Separately, 32 Turkish truck "
      "drivers seized by the group in Mosul on June 10 were released in early July.",
      [C("49", 49, "exact", "hostages", "hostages freed (headline)"),
       C("Forty-nine", 49, "exact", "hostages", "hostages freed", DAVUTOGLU),
       C("46", 46, "exact", "hostages", "Turkish citizens among the hostages", DAVUTOGLU,
         attr_alt=[None]),
       C("three", 3, "exact", "hostages", "Iraqi employees among the hostages", DAVUTOGLU,
         attr_alt=[None]),
       C("32", 32, "exact", "hostages", "truck drivers released in July")],
      published="2014-09-20"),

    P("d94_032",
      "LVIV – The death toll from the crash of a Ukrainian Air Force Su-27 fighter into "
      "spectators at an air show at Sknyliv airfield rose to 83 on July 29, among them 27 "
      "children, the Emergencies Ministry said. More than 100 people remain in hospital, 25 of "
      "them in grave condition, according to the Lviv regional health department. About 10,000 "
      "people had gathered to watch the show, held to mark the 60th anniversary of the 14th Air "
      "Corps. Both pilots ejected and survived. Military prosecutors detained them and three "
      "senior officers, including the corps commander, on charges of negligence.",
      [C("83", 83, "exact", "killed", "people at the Sknyliv air show",
         "the Emergencies Ministry"),
       C("27", 27, "exact", "killed", "children", "the Emergencies Ministry"),
       C("More than 100", 100, "more_than", "injured", "people in hospital", LVIV_HEALTH),
       C("25", 25, "exact", "injured", "people in grave condition", LVIV_HEALTH),
       C("About 10,000", 10000, "about", "other", "spectators"),
       C("three", 3, "exact", "detained", "senior officers detained", None,
         attr_alt=["Military prosecutors"])]),

    P("d94_033",
      "Argentine submarine with 44 crew missing in South Atlantic\n"
      "Friday, November 17th 2017 - 08:12 UTC\n"
      "The Argentine Navy said on Thursday it had lost contact with the ARA San Juan, a TR-1700 "
      "class diesel-electric submarine with 44 crew members on board, while it was sailing from "
      "Ushuaia to its base at Mar del Plata. Navy spokesman Captain Enrique Balbi said the last "
      "communication had been received on Wednesday morning, when the vessel was some 432 "
      "kilometres off the Patagonian coast in the San Jorge Gulf. Four ships and two aircraft "
      "had joined the search, along with a NASA P-3 Orion, he added. The crew includes "
      "Lieutenant Eliana Krawczyk, 35, the country's first female submarine officer. The San "
      "Juan, built in Germany, was commissioned in 1985.",
      [C("44", 44, "exact", "missing", "submarine crew (headline)", None, cat_alt=["other"],
         ctx="with 44 crew missing"),
       C("44", 44, "exact", "missing", "crew on board the ARA San Juan", "The Argentine Navy",
         cat_alt=["other"], ctx="44 crew members"),
       C("Four", 4, "exact", "other", "ships searching", BALBI, attr_alt=["he"],
         cat_alt=["troops"], optional=True),
       C("two", 2, "exact", "other", "aircraft searching", BALBI, attr_alt=["he"],
         cat_alt=["troops"], optional=True, ctx="two aircraft")],
      published="2017-11-17"),

    P("d94_034",
      "Río Tercero remembers the blasts that shook the city 25 years ago\n"
      "03-11-2020 09:31\n"
      "At 8.55am on November 3, 1995, the first of a series of explosions tore through the "
      "Fabricaciones Militares munitions plant in Río Tercero, Córdoba province, raining shells "
      "and shrapnel on the city of 45,000. Seven people were killed and more than 300 injured, "
      "according to the official figures of the time, and about 15,000 residents fled to "
      "nearby towns. Some 12,000 projectiles, from howitzer shells to mortar rounds, were "
      "hurled over the city. A court ruled in 2014 that the blasts had been set off "
      "deliberately to cover up the illegal sale of weapons to Croatia and Ecuador. A "
      "residents' association says hundreds of homes were damaged and that no family was "
      "ever fully compensated.",
      [C("45,000", 45000, "exact", "population", "inhabitants of Río Tercero"),
       C("Seven", 7, "exact", "killed", "people in the Río Tercero blasts", OFFICIAL_1995),
       C("more than 300", 300, "more_than", "injured", "people in the Río Tercero blasts",
         OFFICIAL_1995),
       C("about 15,000", 15000, "about", "displaced", "residents who fled", OFFICIAL_1995,
         attr_alt=[None]),
       C("Some 12,000", 12000, "about", "munitions", "projectiles hurled over the city"),
       C("hundreds", 100, "vague", "infrastructure", "homes damaged",
         "A residents' association")],
      published="2020-11-03"),

    P("d94_035",
      "TEHRAN – At least 295 people, among them 182 rescue workers and firefighters, were "
      "martyred when runaway wagons loaded with sulphur, petrol and fertiliser exploded near "
      "Khayyam village outside Neyshabur in Khorasan Province on Wednesday, the provincial "
      "governor general's office announced. Some 460 people were injured, and the blast "
      "destroyed or damaged about 1,000 homes in five nearby villages, the Iranian Red Crescent "
      "Society said. The 51 wagons had rolled some 20 kilometres down the track from Abu "
      "Moslem station before derailing. Deputy Interior Minister Ali Asghar Ahmadi said the "
      "toll could rise to 320 as rescuers searched the rubble. IRNA quoted the governor of "
      "Neyshabur as saying that fewer than 40 of the dead had so far been identified.",
      [C("At least 295", 295, "at_least", "killed", "people in the Neyshabur explosion",
         KHORASAN),
       C("182", 182, "exact", "killed", "rescue workers and firefighters", KHORASAN),
       C("Some 460", 460, "about", "injured", "people injured", IRCS),
       C("about 1,000", 1000, "about", "infrastructure", "homes destroyed or damaged", IRCS),
       C("five", 5, "exact", "other", "villages", IRCS, optional=True),
       C("51", 51, "exact", "other", "wagons", None, optional=True),
       C("320", 320, "exact", "killed", "projected toll",
         "Deputy Interior Minister Ali Asghar Ahmadi"),
       C("fewer than 40", 40, "fewer_than", "killed", "dead identified",
         "the governor of Neyshabur", attr_alt=["IRNA"], cat_alt=["other"], optional=True)]),

    P("d94_036",
      "Terrorist attack in Chabahar martyrs 39 mourners\n"
      "December 16, 2010\n"
      "TEHRAN – Thirty-nine mourners were martyred and more than 90 others wounded when two "
      "suicide bombers blew themselves up among worshippers outside the Imam Hussein Mosque in "
      "the southeastern port city of Chabahar on Wednesday, Sistan-Baluchestan Governor General "
      "Ali Mohammad Azad said. The attack came as thousands of people marked Tasua, the day "
      "before Ashura. Police have arrested 5 people suspected of links to the terrorist "
      "Jundallah group, which claimed responsibility, Deputy Interior Minister for Security "
      "Affairs Ali Abdollahi told IRNA. A Jundallah statement posted online claimed that "
      "\"dozens\" of Revolutionary Guards had been killed, which Abdollahi denied.",
      [C("39", 39, "exact", "killed", "mourners in Chabahar (headline)"),
       C("Thirty-nine", 39, "exact", "killed", "mourners in Chabahar", AZAD),
       C("more than 90", 90, "more_than", "injured", "people wounded", AZAD),
       C("two", 2, "exact", "other", "suicide bombers", AZAD, cat_alt=["troops", "killed"],
         optional=True),
       C("thousands", 1000, "vague", "other", "people marking Tasua", None, optional=True),
       C("5", 5, "exact", "detained", "suspects arrested", ABDOLLAHI),
       C("dozens", 12, "vague", "killed", "Revolutionary Guards", "A Jundallah statement",
         attr_alt=["Jundallah"])],
      published="2010-12-16"),

    P("d94_037",
      "Four martyred as suicide bomber targets Dammam mosque\n"
      "Updated 30 May 2015\n"
      "DAMMAM: Four people were martyred when a suicide bomber disguised in women's clothing "
      "blew himself up in the parking lot of the Imam Hussein Mosque in Dammam's Al-Anoud "
      "district during Friday prayers, the Interior Ministry said. Security spokesman Maj. Gen. "
      "Mansour Al-Turki said guards had stopped the bomber at the gate, averting a far higher "
      "toll; as many as 500 worshippers were inside at the time. Four others were injured and "
      "taken to Dammam Medical Complex, the Eastern Province health directorate said. The "
      "ministry said later that 16 suspects linked to the cell had been arrested.",
      [C("Four", 4, "exact", "killed", "people in the Dammam bombing (headline)", None,
         ctx="Four martyred"),
       C("Four", 4, "exact", "killed", "people in the Dammam bombing", EG_MOI,
         ctx="Four people"),
       C("as many as 500", 500, "at_most", "other", "worshippers inside the mosque",
         "Security spokesman Maj. Gen. Mansour Al-Turki"),
       C("Four", 4, "exact", "injured", "people injured",
         "the Eastern Province health directorate", ctx="Four others"),
       C("16", 16, "exact", "detained", "suspects arrested", "The ministry",
         attr_alt=[EG_MOI])],
      published="2015-05-30"),

    P("d94_038",
      "At least 28 killed in fuel tank explosion in Akkar\n"
      "August 15, 2021 16:38\n"
      "BEIRUT — At least 28 people were killed and 79 injured when a fuel tank exploded in the "
      "village of Tleil in Akkar early Sunday as residents crowded around it to fill jerry cans, "
      "the Health Ministry said. The army had seized the tank, which held gasoline hoarded by a "
      "local businessman, and was handing out its contents when the blast occurred. Seven "
      "soldiers were among the dead, the army said. Health Minister Hamad Hassan said some of "
      "the injured had burns over 60 to 70 percent of their bodies and that between 10 and 15 "
      "of them would be flown abroad for treatment. The Lebanese Red Cross said it had sent 14 "
      "ambulances to the village.",
      [C("At least 28", 28, "at_least", "killed", "people in Tleil (headline)", None,
         ctx="At least 28 killed"),
       C("At least 28", 28, "at_least", "killed", "people in Tleil", LB_MOH,
         ctx="At least 28 people"),
       C("79", 79, "exact", "injured", "people in Tleil", LB_MOH),
       C("Seven", 7, "exact", "killed", "soldiers among the dead", "the army"),
       C("between 10 and 15", 10, "range", "injured", "injured to be flown abroad",
         "Health Minister Hamad Hassan", high=15),
       C("14", 14, "exact", "other", "ambulances sent", "The Lebanese Red Cross",
         optional=True)],
      published="2021-08-15"),

    P("d94_039",
      "16 police killed in Wahat shootout, Interior Ministry says\n"
      "October 21, 2017\n"
      "Sixteen police personnel — 11 officers and five conscripts — were martyred and 13 others "
      "injured in clashes with militants in the Western Desert's al-Wahat area on Friday, the "
      "Interior Ministry said in a statement. One officer remains missing. The ministry said "
      "security forces had killed or injured 15 \"terrorist elements\" during the gun battle, "
      "which lasted several hours. Security sources had earlier told Reuters that at least 52 "
      "policemen had been killed, a figure the ministry dismissed as \"baseless\".",
      [C("16", 16, "exact", "killed", "police (headline)", "Interior Ministry",
         attr_alt=[EG_MOI]),
       C("Sixteen", 16, "exact", "killed", "police personnel", EG_MOI),
       C("11", 11, "exact", "killed", "officers", EG_MOI),
       C("five", 5, "exact", "killed", "conscripts", EG_MOI),
       C("13", 13, "exact", "injured", "police injured", EG_MOI),
       C("One", 1, "exact", "missing", "officer missing", EG_MOI, attr_alt=[None]),
       C("15", 15, "exact", "injured", "militants killed or injured", "The ministry",
         attr_alt=[EG_MOI], cat_alt=["killed", "other"]),
       C("at least 52", 52, "at_least", "killed", "policemen", "Security sources")],
      published="2017-10-21"),

    # --- Only non-claims ------------------------------------------------------------------------
    P("d94_040",
      "TEHRAN – A 4.9-magnitude earthquake jolted the city of Ravar in Kerman Province at 03:12 "
      "local time on Tuesday, the Iranian Seismological Centre affiliated with the University of "
      "Tehran announced. The quake struck at a depth of 10 kilometres, 32 kilometres north of the "
      "city, and was followed by aftershocks of magnitude 3.1 and 3.4. The head of the "
      "provincial crisis management headquarters said there had been no reports of casualties "
      "or damage, and that Red Crescent teams had been dispatched as a precaution. It was the "
      "second tremor above magnitude 4 to hit the province in a week.",
      []),
]

PASSAGES = PART1 + PART2 + PART3


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d94_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
