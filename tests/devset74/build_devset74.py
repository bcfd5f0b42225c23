"""Source of the seventy-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) of news from South
and Central Asia between 1995 and 2025 (India, Pakistan, Afghanistan, Bangladesh, Nepal, Sri
Lanka, the India–Myanmar border, Kazakhstan, Kyrgyzstan and Tajikistan): fires, rail, road and
air crashes, stampedes, earthquakes, landslides, floods, a blizzard, factory and gas explosions,
militant and sectarian attacks, and a palace massacre, written for this set (none copied from an
article) in the styles of Dawn, The Express Tribune, The Hindu, Hindustan Times, NDTV, PTI, The
Daily Star, the Kathmandu Post, TOLOnews, Pajhwok, the Daily Mirror (Sri Lanka), RFE/RL, AKIpress
and the wire agencies (Reuters, AP, AFP), with their furniture in about half the passages.
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

The shared span reader does not read lakh; as in ``tests/devset49`` and ``tests/devset68``, this
file teaches it the Indian scales at run time (1 lakh = 100,000; 1 crore = 10,000,000) without
editing the shared file.

Run ``python tests/devset74/build_devset74.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import devset_build
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 74)]
           + [f"devset{n}" for n in range(75, 90)] + ["holdout", "holdout2", "holdout3"])

_INDIAN_SCALES = ((" lakh", 100_000), (" crore", 10_000_000))
_plain_number = devset_build._number


def _number_with_lakh(text: str) -> float | None:
    """The shared reader, plus "1.5 lakh" (150,000) and "two crore" (20,000,000)."""
    for word, factor in _INDIAN_SCALES:
        if text.lower().endswith(word):
            n = _plain_number(text[: -len(word)])
            return None if n is None else n * factor
    return _plain_number(text)


devset_build._number = _number_with_lakh

# --- sources used more than once ----------------------------------------------------------------
SIRSA = "the Sirsa district administration"
RLY_OFF = "railway officials"
NR_OFF = "Northern Railway officials"
AFP_POLICE = "police"
UNITED_FRONT = "the anti-Taliban alliance that controls the region"
ICRC = "the International Committee of the Red Cross"
PUNJAB_IG = "Punjab's police chief"
DPO_CHARSADDA = "Charsadda's District Police Officer"
DIAMER = "the police chief of Diamer district"
KOIRALA = "Yadav Koirala of the home ministry"
EG_COLLECTOR = "the East Godavari Collector"
ANDMA = "the Afghanistan National Disaster Management Authority (ANDMA)"
KISH_SP = "the Kishoreganj superintendent of police"
TONGI_OFF = "police and fire officials"
NEWAZ = "fire service director Major Shakil Newaz"
KG_MES = "the Ministry of Emergency Situations"
DMC = "the Disaster Management Centre (DMC)"
KODIPPILI = "DMC spokesman Pradeep Kodippili"
TJ_MVD = "the Tajik Interior Ministry"
RAHIMI = "Ministry of Interior spokesman Nasrat Rahimi"
ZILLUR = ("Fire Service and Civil Defence Director (Operations and Maintenance) Lt Col Zillur "
          "Rahman")
SEN = "its coordinator Dr Samanta Lal Sen"
ANJUM = "Lasbela Assistant Commissioner Hamza Anjum"
BD_MIN = "the disaster management and relief ministry"
KZ_BORDER = "the Border Service of the National Security Committee"

PASSAGES = [
    # --- 1995-1998 ---------------------------------------------------------------------------------
    P("d74_001",
      "Dabwali (Haryana), Dec 24 (PTI) The toll in the fire that swept through a pandal during the "
      "annual day function of a DAV school here yesterday rose to 360 today, the Sirsa district "
      "administration said, adding that more than 170 of the dead were children. Over 200 injured "
      "persons have been admitted to hospitals in Dabwali, Bathinda, Ludhiana and Rohtak, and 32 "
      "of them are stated to be critical. The fire, believed to have been caused by a short "
      "circuit, spread through the shamiana within minutes, and the only exit gate was blocked by "
      "the crowd of about 1,500 parents and pupils, eyewitnesses said. Army personnel from the "
      "Bathinda cantonment joined the rescue operation late last night. The Chief Minister "
      "announced an ex gratia of Rs 1 lakh for the next of kin of each of the deceased.",
      [C("360", 360, "exact", "killed", "people in the Dabwali fire", SIRSA),
       C("more than 170", 170, "more_than", "killed", "children among the dead", SIRSA),
       C("Over 200", 200, "more_than", "injured", "persons in hospital", SIRSA, attr_alt=[None]),
       C("32", 32, "exact", "injured", "persons in critical condition", SIRSA,
         attr_alt=[None]),
       C("about 1,500", 1500, "about", "other", "parents and pupils in the crowd",
         "eyewitnesses")]),

    P("d74_002",
      "FIROZABAD, Aug. 20. At least 250 persons were killed and over 400 injured when the New "
      "Delhi-bound Purushottam Express rammed into the stationary Kalindi Express near Firozabad "
      "in Uttar Pradesh early this morning, railway officials said. The Kalindi Express had "
      "stopped after hitting a nilgai, and the Purushottam Express, travelling at about 100 km an "
      "hour, ploughed into its last three coaches. Unofficial estimates put the toll at 350 or "
      "more, as several bodies were still trapped under the mangled coaches late tonight. The "
      "Railway Minister, who visited the site, said 12 medical teams and three relief trains had "
      "been rushed from Agra and Tundla. Most of the dead were asleep when the collision occurred "
      "at 2.55 a.m.",
      [C("At least 250", 250, "at_least", "killed", "persons in the Firozabad collision", RLY_OFF),
       C("over 400", 400, "more_than", "injured", "persons", RLY_OFF),
       C("three", 3, "exact", "other", "coaches hit", None, optional=True,
         cat_alt=["infrastructure"], ctx="last three coaches"),
       C("350 or more", 350, "at_least", "killed", "persons (unofficial estimate)",
         "Unofficial estimates"),
       C("12", 12, "exact", "other", "medical teams rushed", "The Railway Minister",
         optional=True, cat_alt=["troops", "aid"]),
       C("three", 3, "exact", "other", "relief trains rushed", "The Railway Minister",
         optional=True, cat_alt=["aid"], ctx="three relief trains")]),

    P("d74_003",
      "NEW DELHI, Nov 13, 1996 (Reuters) - Rescue workers on Wednesday recovered the last of the "
      "bodies from the wreckage of two airliners that collided over Charkhi Dadri, west of New "
      "Delhi, killing all 349 people on board in the world's worst mid-air collision, officials "
      "said. The Saudi Arabian Airlines Boeing 747, which had just taken off from Indira Gandhi "
      "International Airport bound for Dhahran, was carrying 312 people, and the Kazakhstan "
      "Airlines Ilyushin Il-76 arriving from Chimkent carried 37, the Civil Aviation Ministry "
      "said. Police said about 200 bodies had been identified by Wednesday evening. Most of the "
      "Saudi jet's passengers were Indian workers heading to jobs in the Gulf, airline officials "
      "said. Villagers said they saw a ball of fire in the sky before wreckage rained down on "
      "mustard fields several kilometres apart.",
      [C("two", 2, "exact", "other", "airliners that collided", None, optional=True),
       C("349", 349, "exact", "killed", "people on the two airliners", "officials"),
       C("312", 312, "exact", "other", "people on the Saudi jet", "the Civil Aviation Ministry"),
       C("37", 37, "exact", "other", "people on the Kazakh plane",
         "the Civil Aviation Ministry"),
       C("about 200", 200, "about", "killed", "bodies identified", "Police", optional=True,
         cat_alt=["other"])],
      published="1996-11-13"),

    P("d74_004",
      "Khanna train disaster: toll rises to 190\n"
      "HT Correspondent\n"
      "Khanna, November 27\n"
      "The toll in the collision between the Frontier Golden Temple Mail and three derailed "
      "coaches of the Jammu Tawi-Sealdah Express near Khanna rose to 190 today, Northern Railway "
      "officials said, up from the 108 announced last night. Another 150-odd passengers were "
      "admitted to hospitals in Khanna, Ludhiana and Patiala. The Sealdah-bound train had "
      "derailed after running over a fractured rail, and the Golden Temple Mail, coming from the "
      "opposite direction, ploughed into the coaches minutes later, before the guard could raise "
      "an alarm. Railway Minister Nitish Kumar said the Commissioner of Railway Safety would hold "
      "an inquiry. Villagers from nearby hamlets pulled dozens of passengers out of the mangled "
      "coaches with their bare hands, police said.",
      [C("190", 190, "exact", "killed", "people (headline)", None, ctx="rises to 190"),
       C("three", 3, "exact", "other", "derailed coaches", None, optional=True),
       C("190", 190, "exact", "killed", "people in the Khanna collision", NR_OFF,
         ctx="rose to 190"),
       C("108", 108, "exact", "killed", "people (earlier toll)", NR_OFF),
       C("150-odd", 150, "about", "injured", "passengers in hospital", NR_OFF, attr_alt=[None]),
       C("dozens", 12, "vague", "other", "passengers pulled out by villagers", "police")]),

    P("d74_005",
      "COLOMBO, Jan 25 (AFP) - Suspected Tamil Tiger rebels drove an explosives-laden truck into "
      "the Temple of the Tooth in the central hill town of Kandy early Sunday, killing at least 11 "
      "people, including three of the suicide attackers, police said. Another 23 people were "
      "wounded, among them four children, and the temple's facade and roof were badly damaged, "
      "the officials said. The attackers shot dead two security guards at a checkpoint before "
      "detonating the bomb at the gate, a military spokesman said. The blast came ten days before "
      "Sri Lanka marks 50 years of independence with celebrations planned in Kandy. Buddhist "
      "monks described the attack as an assault on the nation's soul.",
      [C("at least 11", 11, "at_least", "killed", "people in the Kandy temple bombing",
         AFP_POLICE),
       C("three", 3, "exact", "killed", "suicide attackers", AFP_POLICE),
       C("23", 23, "exact", "injured", "people", "the officials", attr_alt=[AFP_POLICE]),
       C("four", 4, "exact", "injured", "children", "the officials", attr_alt=[AFP_POLICE]),
       C("two", 2, "exact", "killed", "security guards", "a military spokesman")]),

    P("d74_006",
      "ISLAMABAD, Pakistan (AP) — An earthquake that flattened villages in northeastern "
      "Afghanistan killed more than 4,000 people, the anti-Taliban alliance that controls the "
      "region said Saturday, though U.N. officials said they could confirm only about 2,300 "
      "deaths. The quake on Wednesday night destroyed some 8,000 homes in and around the town of "
      "Rustaq in Takhar province, leaving at least 15,000 people without shelter in freezing "
      "temperatures, according to the International Committee of the Red Cross. Snow and fog "
      "have kept most relief flights grounded; a single U.N. helicopter reached the area Friday "
      "with blankets and medicine, and aid workers said 30 tons of supplies were waiting in "
      "Dushanbe, Tajikistan. The affected districts are home to about 150,000 people, the World "
      "Food Program said.",
      [C("more than 4,000", 4000, "more_than", "killed", "people in the Takhar earthquake",
         UNITED_FRONT),
       C("about 2,300", 2300, "about", "killed", "deaths confirmed", "U.N. officials"),
       C("some 8,000", 8000, "about", "infrastructure", "homes destroyed", ICRC),
       C("at least 15,000", 15000, "at_least", "displaced", "people without shelter", ICRC),
       C("30", 30, "exact", "aid", "tons of supplies waiting in Dushanbe", "aid workers"),
       C("about 150,000", 150000, "about", "population", "people in the affected districts",
         "the World Food Program")]),

    # --- 2001-2009 ---------------------------------------------------------------------------------
    P("d74_007",
      "KATHMANDU, June 2 - Nine members of the royal family, including King Birendra and Queen "
      "Aishwarya, were killed in a shooting at the Narayanhiti Royal Palace on Friday night, the "
      "palace said in a brief statement, without explaining how they died. Crown Prince "
      "Dipendra, who was proclaimed king this morning, is in a critical condition at the "
      "Birendra Army Hospital in Chhauni, where four other members of the royal family are being "
      "treated for gunshot wounds, hospital sources said. Thousands of mourners lined the streets "
      "as the funeral procession moved from the hospital to the Aryaghat at Pashupati this "
      "evening. Some 2,000 police personnel have been deployed in the capital, and the "
      "government has declared 13 days of national mourning.",
      [C("Nine", 9, "exact", "killed", "members of the royal family", "the palace"),
       C("four", 4, "exact", "injured", "members of the royal family", "hospital sources"),
       C("Thousands", 1000, "vague", "other", "mourners on the streets"),
       C("Some 2,000", 2000, "about", "troops", "police personnel deployed in Kathmandu",
         cat_alt=["other"])]),

    P("d74_008",
      "The Hindu : Online edition of India's National Newspaper\n"
      "Saturday, Jul 17, 2004\n"
      "Kumbakonam school fire: toll 93\n"
      "KUMBAKONAM, JULY 16. Ninety-three children, most of them aged between six and 10, were "
      "charred to death when a fire broke out in the thatched roof of the Sri Krishna Aided "
      "Primary School here this morning, the Thanjavur district administration said. Twenty-two "
      "other children were admitted to the Government Hospital here and the Thanjavur Medical "
      "College Hospital with burns, and the condition of six of them was critical. The fire is "
      "believed to have started in the kitchen where the noon meal was being cooked and spread to "
      "the roof above the classrooms, where nearly 200 pupils were seated. Police said three "
      "persons, including the school's correspondent and its headmistress, had been arrested. "
      "The Chief Minister announced a solatium of Rs 1 lakh each to the families of the victims.",
      [C("93", 93, "exact", "killed", "children (headline)", None),
       C("Ninety-three", 93, "exact", "killed", "children in the school fire",
         "the Thanjavur district administration"),
       C("Twenty-two", 22, "exact", "injured", "children in hospital",
         "the Thanjavur district administration", attr_alt=[None]),
       C("six", 6, "exact", "injured", "children in critical condition",
         "the Thanjavur district administration", attr_alt=[None], ctx="six of them"),
       C("nearly 200", 200, "about", "other", "pupils seated under the roof"),
       C("three", 3, "exact", "detained", "persons arrested", "Police")],
      published="2004-07-17"),

    P("d74_009",
      "KARACHI, April 11: At least 47 people, including almost the entire top leadership of the "
      "Sunni Tehreek, were killed and over 100 injured when a suicide bomber blew himself up in "
      "the middle of a gathering held at Nishtar Park to mark Eid Milad-un-Nabi on Tuesday "
      "evening. The dead included ST chief Abbas Qadri and his deputies Akram Qadri and "
      "Iftikhar Bhatti, police said. Hospital officials said 11 of the injured were in a critical "
      "condition at the Jinnah Postgraduate Medical Centre and the Civil Hospital. Angry mobs set "
      "fire to at least 20 vehicles and a petrol pump on M.A. Jinnah Road after the blast, police "
      "added. Between 8,000 and 10,000 people were estimated to have been at the gathering when "
      "the bomber, "
      "who had been sitting in the front rows, struck during the Maghrib prayer.",
      [C("At least 47", 47, "at_least", "killed", "people at Nishtar Park", None,
         attr_alt=["police"]),
       C("over 100", 100, "more_than", "injured", "people at Nishtar Park", None,
         attr_alt=["police"]),
       C("11", 11, "exact", "injured", "people in critical condition", "Hospital officials",
         ctx="11 of the injured"),
       C("at least 20", 20, "at_least", "other", "vehicles set on fire", "police",
         optional=True, cat_alt=["infrastructure"]),
       C("Between 8,000 and 10,000", 8000, "range", "other", "people at the gathering",
         high=10000)]),

    P("d74_010",
      "Hindustan Times\n"
      "Bilaspur (HP), August 03, 2008\n"
      "First Published: 23:14 IST(3/8/2008)\n"
      "At least 145 pilgrims, including 40 children, were killed and over 40 injured in a "
      "stampede at the hilltop Naina Devi shrine on Sunday afternoon after a rumour of a "
      "landslide spread through the crowd, the Bilaspur deputy commissioner said. Around 25,000 "
      "devotees had thronged the temple on the second day of the Shravan Ashtami mela, officials "
      "said. Many were crushed when a railing along the narrow path gave way and people fell "
      "down the slope. Chief Minister Prem Kumar Dhumal announced an ex gratia of Rs 1 lakh to "
      "the next of kin of each of the dead. Police have deployed 500 additional personnel at the "
      "shrine for the rest of the fair.",
      [C("At least 145", 145, "at_least", "killed", "pilgrims at Naina Devi",
         "the Bilaspur deputy commissioner"),
       C("40", 40, "exact", "killed", "children", "the Bilaspur deputy commissioner",
         ctx="40 children"),
       C("over 40", 40, "more_than", "injured", "pilgrims", "the Bilaspur deputy commissioner"),
       C("Around 25,000", 25000, "about", "other", "devotees at the temple", "officials"),
       C("500", 500, "exact", "troops", "additional police personnel deployed", None,
         attr_alt=["Police"], cat_alt=["other"])],
      published="2008-08-03"),

    P("d74_011",
      "LAHORE, March 30: Gunmen armed with grenades and automatic rifles stormed the Police "
      "Training School at Manawan on the outskirts of the city early on Monday, holding scores of "
      "recruits hostage during an eight-hour siege that ended when army and Elite Force "
      "commandos retook the building. Eight policemen and two civilians were killed and more "
      "than 90 people wounded, Punjab's police chief told reporters. He said four of the attackers "
      "had been killed, three of them by blowing themselves up, and that three others had been "
      "captured alive, one of them an Afghan national. About 750 trainees were on the parade "
      "ground when the attack began at 7.20am, officials said. Rescue 1122 said 54 of the injured "
      "had been shifted to Services Hospital and the rest to Jinnah Hospital. Bomb disposal "
      "squads later recovered 11 hand grenades and three suicide jackets from the building, "
      "police said.",
      [C("scores", 20, "vague", "hostages", "recruits held hostage", attr_alt=[PUNJAB_IG]),
       C("Eight", 8, "exact", "killed", "policemen", PUNJAB_IG),
       C("two", 2, "exact", "killed", "civilians", PUNJAB_IG),
       C("more than 90", 90, "more_than", "injured", "people", PUNJAB_IG),
       C("four", 4, "exact", "killed", "attackers", PUNJAB_IG, attr_alt=["He"]),
       C("three", 3, "exact", "killed", "attackers who blew themselves up", PUNJAB_IG,
         attr_alt=["He"], ctx="three of them"),
       C("three", 3, "exact", "detained", "attackers captured alive", PUNJAB_IG,
         attr_alt=["He"], ctx="three others"),
       C("one", 1, "exact", "detained", "captured attacker who is Afghan", PUNJAB_IG,
         attr_alt=["He"], optional=True),
       C("About 750", 750, "about", "other", "trainees on the parade ground", "officials",
         cat_alt=["troops", "population"]),
       C("54", 54, "exact", "injured", "people taken to Services Hospital", "Rescue 1122"),
       C("11", 11, "exact", "munitions", "hand grenades recovered", "police",
         cat_alt=["other"]),
       C("three", 3, "exact", "munitions", "suicide jackets recovered", "police",
         cat_alt=["other"], ctx="three suicide")]),

    # --- 2010-2014 ---------------------------------------------------------------------------------
    P("d74_012",
      "Gyaneshwari Express derailment: 71 dead, Maoists suspected\n"
      "Updated: May 28, 2010 21:40 IST\n"
      "Jhargram: At least 71 people were killed and over 200 injured when 13 coaches of the "
      "Mumbai-bound Gyaneshwari Express derailed near Sardiha in West Bengal's West Midnapore "
      "district after midnight and were hit by a goods train coming from the opposite direction, "
      "railway officials said. Railway Minister Mamata Banerjee called it \"sabotage\" and said a "
      "46-cm stretch of rail had been removed. Police said posters of the People's Committee "
      "Against Police Atrocities, a Maoist-backed group, had been found at the site. Rescue "
      "workers with gas cutters were still trying to reach passengers trapped in the mangled "
      "sleeper coaches, and an army column of 150 soldiers reached the site by the afternoon. "
      "Officials fear more than 100 may have died.",
      [C("71", 71, "exact", "killed", "people (headline)", None, ctx="71 dead"),
       C("At least 71", 71, "at_least", "killed", "people in the derailment", RLY_OFF),
       C("over 200", 200, "more_than", "injured", "people", RLY_OFF),
       C("13", 13, "exact", "other", "coaches derailed", RLY_OFF, optional=True,
         cat_alt=["infrastructure"]),
       C("150", 150, "exact", "troops", "army soldiers at the site"),
       C("more than 100", 100, "more_than", "killed", "people feared dead", "Officials",
         cat_alt=["missing"])],
      published="2010-05-28"),

    P("d74_013",
      "Mangalore, May 22 (PTI) An Air India Express flight from Dubai overshot the tabletop "
      "runway at Bajpe airport here and plunged into a gorge this morning, killing 158 of the 166 "
      "people on board, officials said. The eight survivors, who escaped by jumping out of the "
      "burning aircraft, were admitted to hospitals in the city, the Dakshina Kannada Deputy "
      "Commissioner said. The Boeing 737-800, flight IX-812, was carrying 160 passengers, "
      "including four infants, and six crew members, Air India said. About 100 bodies had been "
      "identified by late evening, police said. Civil Aviation Minister Praful Patel, who reached "
      "Mangalore in the afternoon, said the cockpit voice recorder was yet to be found.",
      [C("158", 158, "exact", "killed", "people on the Air India Express flight", "officials"),
       C("166", 166, "exact", "other", "people on board", "officials"),
       C("eight", 8, "exact", "other", "survivors", "the Dakshina Kannada Deputy Commissioner"),
       C("160", 160, "exact", "other", "passengers", "Air India"),
       C("four", 4, "exact", "other", "infants on board", "Air India", optional=True),
       C("six", 6, "exact", "other", "crew members", "Air India"),
       C("About 100", 100, "about", "killed", "bodies identified", "police", optional=True,
         cat_alt=["other"])]),

    P("d74_014",
      "Twin blasts at FC centre kill 80\n"
      "Published: May 14, 2011\n"
      "CHARSADDA: At least 80 people, most of them young Frontier Constabulary recruits, were "
      "killed and over 120 injured when two suicide bombers struck outside the FC training centre "
      "in Shabqadar on Friday morning, officials said. The recruits had just completed their "
      "training and were boarding vans to go home on leave when the first bomber, riding a "
      "motorcycle, blew himself up; the second struck minutes later as people rushed to help the "
      "wounded. Of the dead, 66 were FC personnel and 14 were civilians, Charsadda's District "
      "Police Officer told The Express Tribune. The Tehreek-e-Taliban Pakistan claimed "
      "responsibility, calling it the first revenge for the killing of Osama bin Laden in "
      "Abbottabad. Around 900 recruits had passed out from the centre that morning, a senior FC "
      "official said.",
      [C("80", 80, "exact", "killed", "people (headline)", None, ctx="kill 80"),
       C("At least 80", 80, "at_least", "killed", "people in Shabqadar", "officials"),
       C("over 120", 120, "more_than", "injured", "people", "officials"),
       C("two", 2, "exact", "troops", "suicide bombers", "officials", optional=True,
         cat_alt=["other", "killed"]),
       C("66", 66, "exact", "killed", "FC personnel", DPO_CHARSADDA),
       C("14", 14, "exact", "killed", "civilians", DPO_CHARSADDA, ctx="14 were"),
       C("Around 900", 900, "about", "other", "recruits who passed out that morning",
         "a senior FC official", cat_alt=["troops"])],
      published="2011-05-14"),

    P("d74_015",
      "Bhoja Air crash: all 127 on board killed\n"
      "Dawn.com | Updated April 21, 2012\n"
      "ISLAMABAD: A Bhoja Air Boeing 737 flying from Karachi crashed into a village near "
      "Islamabad's Benazir Bhutto International Airport in bad weather on Friday evening, "
      "killing all 127 people on board, officials said. The flight, B4-213, was carrying 121 "
      "passengers, among them 11 children, and six crew members, according to the airline. "
      "Rescue 1122 officials said the wreckage was strewn across fields and houses in Hussain "
      "Abad, near Chaklala, and that several houses had caught fire. \"We have recovered 110 "
      "bodies so far, most of them badly burnt,\" a rescue official said late at night. Defence "
      "Minister Ahmed Mukhtar said an inquiry had been ordered and that the airline's owner had "
      "been placed on the Exit Control List.",
      [C("127", 127, "exact", "killed", "people on board (headline)", None,
         ctx="127 on board"),
       C("127", 127, "exact", "killed", "people on the Bhoja Air flight", "officials",
         ctx="127 people"),
       C("121", 121, "exact", "other", "passengers", "the airline"),
       C("11", 11, "exact", "other", "children on board", "the airline", optional=True),
       C("six", 6, "exact", "other", "crew members", "the airline"),
       C("110", 110, "exact", "killed", "bodies recovered", "a rescue official")],
      published="2012-04-21"),

    P("d74_016",
      "SIVAKASI, September 5, 2012\n"
      "At least 34 persons were killed and over 40 injured in a series of explosions at a "
      "fireworks unit at Mudalipatti near here on Wednesday afternoon. The fire broke out when "
      "workers were filling chemicals into fancy crackers in one of the sheds, and spread to the "
      "other sheds within minutes, the Virudhunagar Collector said. Many of the dead were "
      "villagers who had rushed to the spot to rescue the workers and were caught in the "
      "subsequent blasts, police said. Fifteen of the injured, with over 80 per cent burns, were "
      "referred to the Government Rajaji Hospital in Madurai, hospital sources said. Of the "
      "around 300 workers employed at the unit, fewer than 50 were in the sheds when the first "
      "blast occurred, according to fire and rescue services officials, who said 30 fire tenders "
      "battled the blaze for over four hours.",
      [C("At least 34", 34, "at_least", "killed", "persons at the fireworks unit", None,
         attr_alt=["the Virudhunagar Collector"]),
       C("over 40", 40, "more_than", "injured", "persons", None,
         attr_alt=["the Virudhunagar Collector"]),
       C("Fifteen", 15, "exact", "injured", "injured referred to Madurai", "hospital sources"),
       C("around 300", 300, "about", "population", "workers employed at the unit",
         "fire and rescue services officials", cat_alt=["other"]),
       C("fewer than 50", 50, "fewer_than", "other", "workers in the sheds at the first blast",
         "fire and rescue services officials"),
       C("30", 30, "exact", "other", "fire tenders", "fire and rescue services officials",
         optional=True, cat_alt=["troops"])],
      published="2012-09-05"),

    P("d74_017",
      "KATHMANDU, SEPT 29 - All 19 people on board a Sita Air Dornier that crashed on the bank of "
      "the Manohara river in Bhaktapur shortly after take-off from Tribhuvan International "
      "Airport on Friday morning were killed, the Civil Aviation Authority of Nepal (CAAN) said. "
      "The Lukla-bound aircraft was carrying 16 passengers—seven Britons, five Chinese and four "
      "Nepalis—and three crew members, according to the airline. Eyewitnesses said the plane, "
      "which appeared to have hit a bird, was on fire before it hit the ground. Police said 18 "
      "bodies had been brought to the Tribhuvan University Teaching Hospital in Maharajgunj for "
      "post-mortem, and the last body was identified later in the afternoon. It was the second "
      "deadly air crash in the country this year.",
      [C("19", 19, "exact", "killed", "people on the Sita Air flight",
         "the Civil Aviation Authority of Nepal (CAAN)"),
       C("16", 16, "exact", "other", "passengers", "the airline"),
       C("seven", 7, "exact", "other", "British passengers", "the airline",
         cat_alt=["killed"]),
       C("five", 5, "exact", "other", "Chinese passengers", "the airline", cat_alt=["killed"]),
       C("four", 4, "exact", "other", "Nepali passengers", "the airline", cat_alt=["killed"]),
       C("three", 3, "exact", "other", "crew members", "the airline"),
       C("18", 18, "exact", "killed", "bodies brought for post-mortem", "Police")]),

    P("d74_018",
      "ISLAMABAD, June 23 (Reuters) - Gunmen dressed in the uniforms of a paramilitary police "
      "force shot dead 10 foreign climbers and a Pakistani guide at a base camp on Nanga Parbat, "
      "the world's ninth-highest mountain, late on Saturday, officials said. The dead included "
      "three Ukrainians, two Slovaks and three Chinese, one of whom held U.S. citizenship, an "
      "interior ministry official said. A Chinese climber escaped and raised the alarm, he said. "
      "The Pakistani Taliban told Reuters by telephone that its fighters had carried out the "
      "attack to avenge a U.S. drone strike that killed their deputy leader last month. About 15 "
      "gunmen took part, according to the police chief of Diamer district, who said 10 porters "
      "who had guided the climbers up to the camp had been taken in for questioning.",
      [C("10", 10, "exact", "killed", "foreign climbers", "officials", ctx="10 foreign"),
       C("three", 3, "exact", "killed", "Ukrainians", "an interior ministry official",
         ctx="three Ukrainians"),
       C("two", 2, "exact", "killed", "Slovaks", "an interior ministry official"),
       C("three", 3, "exact", "killed", "Chinese", "an interior ministry official",
         ctx="three Chinese"),
       C("one", 1, "exact", "killed", "dead Chinese climber with U.S. citizenship",
         "an interior ministry official", optional=True),
       C("About 15", 15, "about", "troops", "gunmen", DIAMER, cat_alt=["other"]),
       C("10", 10, "exact", "detained", "porters taken in for questioning", DIAMER,
         ctx="10 porters")]),

    P("d74_019",
      "Jure landslide: 156 feared buried, Sunkoshi dammed\n"
      "Aug 3, 2014-\n"
      "SINDHUPALCHOWK - At least 33 bodies have been retrieved from the debris of a massive "
      "landslide that swept away the Jure settlement in Mankha VDC early on Saturday, while over "
      "120 people remain missing, the District Administration Office said. The landslide, which "
      "struck around 2:30 am, blocked the Sunkoshi river, creating an artificial lake nearly 3 km "
      "long that submerged a hydropower project and a section of the Araniko Highway. "
      "Authorities have evacuated about 1,000 people living downstream in Sindhupalchowk and "
      "Kavre, fearing a flash flood. Nepal Army, Armed Police Force and Nepal Police personnel, "
      "700 in all, are involved in the search, the Chief District Officer told the Post. At least "
      "40 houses were buried, he said.",
      [C("156", 156, "exact", "killed", "people feared buried (headline)", None,
         cat_alt=["missing"]),
       C("At least 33", 33, "at_least", "killed", "bodies retrieved", "the District Administration Office"),
       C("over 120", 120, "more_than", "missing", "people", "the District Administration Office"),
       C("about 1,000", 1000, "about", "displaced", "people evacuated downstream", None,
         attr_alt=["Authorities"]),
       C("700", 700, "exact", "troops", "army, APF and police personnel in the search",
         "the Chief District Officer"),
       C("At least 40", 40, "at_least", "infrastructure", "houses buried",
         "the Chief District Officer", attr_alt=["he"])],
      published="2014-08-03"),

    P("d74_020",
      "KATHMANDU (AFP) - The death toll from a blizzard and avalanches that hit trekkers in "
      "Nepal's Annapurna region climbed to 39 on Friday as rescuers found more bodies buried in "
      "snow near the Thorong La pass, officials said. Those killed included at least 21 foreign "
      "trekkers from Canada, India, Israel, Poland and Slovakia, as well as Nepali guides, "
      "porters and villagers, said Yadav Koirala of the home ministry. The army and private "
      "helicopter operators have airlifted 289 people to safety since Wednesday, among them 150 "
      "foreigners, he said, adding that around 40 people were still unaccounted for. \"We are "
      "still getting calls from families about missing trekkers,\" Koirala told AFP. The "
      "snowstorm was triggered by the tail of Cyclone Hudhud, which hit India's east coast at the "
      "weekend.",
      [C("39", 39, "exact", "killed", "people in the Annapurna blizzard", "officials"),
       C("at least 21", 21, "at_least", "killed", "foreign trekkers", KOIRALA),
       C("289", 289, "exact", "other", "people airlifted to safety", KOIRALA,
         attr_alt=["he"], cat_alt=["displaced"]),
       C("150", 150, "exact", "other", "foreigners airlifted", KOIRALA, attr_alt=["he"],
         cat_alt=["displaced"]),
       C("around 40", 40, "about", "missing", "people unaccounted for", KOIRALA,
         attr_alt=["he"])]),

    # --- 2015-2019 ---------------------------------------------------------------------------------
    P("d74_021",
      "Pushkaram stampede: 27 pilgrims killed\n"
      "RAJAHMUNDRY, July 14, 2015\n"
      "Twenty-seven pilgrims, 23 of them women, were killed and over 30 injured in a stampede at "
      "the Pushkar ghat here on the opening day of the Godavari Maha Pushkaram on Tuesday "
      "morning, the East Godavari Collector said. The crowd surged forward when the gates to the "
      "ghat were opened after Chief Minister N. Chandrababu Naidu and his family finished their "
      "ritual bath, eyewitnesses alleged. Officials estimated that nearly 3 lakh pilgrims had "
      "gathered at the Pushkar ghat alone by 8 a.m., and over 10 lakh in the town during the day. "
      "The government announced an ex gratia of Rs 10 lakh each to the families of the deceased. "
      "About 1,500 police personnel were on duty at the ghats, the Superintendent of Police said.",
      [C("27", 27, "exact", "killed", "pilgrims (headline)", None),
       C("Twenty-seven", 27, "exact", "killed", "pilgrims at the Pushkar ghat", EG_COLLECTOR),
       C("23", 23, "exact", "killed", "women", EG_COLLECTOR),
       C("over 30", 30, "more_than", "injured", "pilgrims", EG_COLLECTOR),
       C("nearly 3 lakh", 300_000, "about", "other", "pilgrims at the Pushkar ghat",
         "Officials"),
       C("over 10 lakh", 1_000_000, "more_than", "other", "pilgrims in the town", "Officials"),
       C("About 1,500", 1500, "about", "troops", "police personnel on duty",
         "the Superintendent of Police", cat_alt=["other"])],
      published="2015-07-14"),

    P("d74_022",
      "Oct 27, 2015 - 15:12\n"
      "KABUL (Pajhwok): At least 115 people were killed and 538 others injured in Afghanistan by "
      "Monday's 7.5-magnitude earthquake, the Afghanistan National Disaster Management Authority "
      "(ANDMA) said on Tuesday. More than 7,600 houses were destroyed or damaged, with "
      "Badakhshan, Nangarhar and Kunar among the worst-hit provinces, the authority said. In "
      "Takhar's capital Taloqan, 12 schoolgirls were killed in a stampede as students rushed out "
      "of their building, a provincial official told Pajhwok Afghan News. In Pakistan, officials "
      "put the toll at 248, most of them in Khyber Pakhtunkhwa, and said as many as 1,600 "
      "people had been injured. Relief materials, including 2,000 "
      "tents and 3,500 blankets, have been dispatched to the affected areas, ANDMA said.",
      [C("At least 115", 115, "at_least", "killed", "people in Afghanistan", ANDMA),
       C("538", 538, "exact", "injured", "people in Afghanistan", ANDMA),
       C("More than 7,600", 7600, "more_than", "infrastructure", "houses destroyed or damaged",
         "the authority", attr_alt=[ANDMA]),
       C("12", 12, "exact", "killed", "schoolgirls in Taloqan", "a provincial official",
         ctx="12 schoolgirls"),
       C("248", 248, "exact", "killed", "people in Pakistan", "officials"),
       C("as many as 1,600", 1600, "at_most", "injured", "people in Pakistan", "officials"),
       C("2,000", 2000, "exact", "aid", "tents dispatched", "ANDMA"),
       C("3,500", 3500, "exact", "aid", "blankets dispatched", "ANDMA")],
      published="2015-10-27"),

    P("d74_023",
      "Death Toll In Aktobe Attacks Rises To 17\n"
      "June 06, 2016 09:15 GMT\n"
      "By RFE/RL's Kazakh Service\n"
      "Authorities in Kazakhstan say the death toll from attacks by gunmen on two gun shops and a "
      "National Guard base in the northwestern city of Aktobe has risen to 17, including 11 of the "
      "attackers. The Interior Ministry said on June 6 that six people -- three National Guard "
      "servicemen and three civilians -- were killed in the June 5 attacks, and that seven "
      "suspected attackers had been detained. Another 10 people, most of them police officers and "
      "servicemen, are being treated in hospital for gunshot wounds, the city's health department "
      "said. The gunmen hijacked a bus, holding its driver and nine passengers hostage, and "
      "rammed it through the gates of the National Guard unit, "
      "according to the ministry. A \"red\" terrorism-threat level has been declared in Aktobe, a "
      "city of some 400,000 people.",
      [C("17", 17, "exact", "killed", "people (headline)", None, ctx="Rises To 17"),
       C("two", 2, "exact", "other", "gun shops attacked", None, optional=True,
         cat_alt=["infrastructure"], attr_alt=["Authorities in Kazakhstan"]),
       C("17", 17, "exact", "killed", "people in the Aktobe attacks",
         "Authorities in Kazakhstan", ctx="risen to 17"),
       C("11", 11, "exact", "killed", "attackers", "Authorities in Kazakhstan"),
       C("six", 6, "exact", "killed", "people killed by the attackers", "The Interior Ministry"),
       C("three", 3, "exact", "killed", "National Guard servicemen", "The Interior Ministry",
         ctx="three National"),
       C("three", 3, "exact", "killed", "civilians", "The Interior Ministry",
         ctx="three civilians"),
       C("seven", 7, "exact", "detained", "suspected attackers", "The Interior Ministry"),
       C("10", 10, "exact", "injured", "people in hospital", "the city's health department"),
       C("nine", 9, "exact", "hostages", "bus passengers held hostage", "the ministry",
         attr_alt=["The Interior Ministry"]),
       C("some 400,000", 400000, "about", "population", "people in Aktobe")],
      published="2016-06-06"),

    P("d74_024",
      "Militants strike near Sholakia Eid jamaat\n"
      "12:00 AM, July 08, 2016 / Last update: 01:45 AM, July 08, 2016\n"
      "Our Correspondent, Kishoreganj\n"
      "Two policemen and a housewife were killed when militants attacked a police checkpost near "
      "the Sholakia Eidgah, the country's largest Eid congregation ground, yesterday morning, "
      "about half an hour before the jamaat was due to begin. One of the attackers was killed in "
      "a gunfight with police and another was arrested, the Kishoreganj superintendent of police "
      "told The Daily Star. At least 12 policemen were injured, six of them critically, he said. "
      "The jamaat, attended by nearly three lakh people, went ahead as the firing continued less "
      "than a kilometre away. The attack came less than a week after the siege of the Holey "
      "Artisan Bakery in Gulshan, in which 20 hostages were killed.",
      [C("Two", 2, "exact", "killed", "policemen", None, attr_alt=[KISH_SP]),
       C("One", 1, "exact", "killed", "attacker", KISH_SP, optional=True),
       C("At least 12", 12, "at_least", "injured", "policemen", KISH_SP, attr_alt=["he"]),
       C("six", 6, "exact", "injured", "policemen critically injured", KISH_SP,
         attr_alt=["he"]),
       C("nearly three lakh", 300_000, "about", "other", "people at the Eid jamaat"),
       C("20", 20, "exact", "killed", "hostages killed at the Holey Artisan Bakery",
         cat_alt=["hostages"])],
      published="2016-07-08"),

    P("d74_025",
      "DHAKA, Sept 11, 2016 (Reuters) - At least 24 people were killed and more than 70 injured "
      "when a boiler exploded at a packaging factory near Bangladesh's capital on Saturday, "
      "setting off a fire that brought down part of the five-storey building, police and fire "
      "officials said. About 75 workers were on the night shift at the Tampaco Foils plant in "
      "Tongi, 25 km (15 miles) north of Dhaka, when the blast occurred at around 6 a.m., factory "
      "workers said. Firefighters were still battling the blaze 24 hours later, and up to 10 "
      "people were believed to be trapped inside, fire service director Major Shakil Newaz told "
      "Reuters. Thirty-five fire engines and 300 firefighters had been deployed, with army "
      "engineers helping, he said. Bangladesh's garment and packaging industry has a poor safety "
      "record: more than 1,100 people died when the Rana Plaza building collapsed in 2013.",
      [C("At least 24", 24, "at_least", "killed", "people at the Tampaco factory", TONGI_OFF),
       C("more than 70", 70, "more_than", "injured", "people", TONGI_OFF),
       C("About 75", 75, "about", "other", "workers on the night shift", "factory workers"),
       C("up to 10", 10, "at_most", "missing", "people believed trapped", NEWAZ,
         cat_alt=["killed", "other"]),
       C("Thirty-five", 35, "exact", "other", "fire engines deployed", NEWAZ, optional=True,
         attr_alt=["he"], cat_alt=["troops"]),
       C("300", 300, "exact", "troops", "firefighters deployed", NEWAZ, attr_alt=["he"],
         cat_alt=["other"]),
       C("more than 1,100", 1100, "more_than", "killed", "people in the Rana Plaza collapse")],
      published="2016-09-11"),

    P("d74_026",
      "Kanpur, Nov 20 (PTI) At least 120 people were killed and over 200 injured when 14 coaches "
      "of the Indore-Patna Express derailed near Pukhrayan, about 60 km from here, in the early "
      "hours today, officials said. Most of the victims were in two sleeper coaches, S1 and S2, "
      "which were crushed beyond recognition, Kanpur Zone IG Zaki Ahmed said. \"We have pulled "
      "out 76 injured passengers from the S1 coach alone,\" an NDRF official said at the site. "
      "Over 30 ambulances and teams of the NDRF, SDRF and the Army were pressed into service. "
      "Railway Minister Suresh Prabhu announced an ex gratia of Rs 3.5 lakh to the families of "
      "the deceased and Rs 50,000 for the seriously injured. Railway officials said the toll "
      "could rise as some passengers were still trapped under the mangled coaches.",
      [C("At least 120", 120, "at_least", "killed", "people in the Pukhrayan derailment",
         "officials"),
       C("over 200", 200, "more_than", "injured", "people", "officials"),
       C("14", 14, "exact", "other", "coaches derailed", "officials", optional=True,
         cat_alt=["infrastructure"]),
       C("two", 2, "exact", "other", "sleeper coaches crushed", "Kanpur Zone IG Zaki Ahmed",
         optional=True, cat_alt=["infrastructure"]),
       C("76", 76, "exact", "injured", "injured passengers pulled out of S1",
         "an NDRF official", cat_alt=["other"]),
       C("Over 30", 30, "more_than", "other", "ambulances", None, optional=True)]),

    P("d74_027",
      "Death toll in Dacha-Suu plane crash rises to 39\n"
      "Jan 17, 2017 10:22\n"
      "BISHKEK (AKIpress) - The death toll from the crash of a Turkish Boeing 747 cargo jet on "
      "the village of Dacha-Suu near Manas International Airport has reached 39, including 13 "
      "children, the Ministry of Emergency Situations said on January 17. Four crew members were "
      "among the dead, the ministry said. Fifteen people, among them six children, have been "
      "hospitalized with injuries, the Health Ministry said. The aircraft, operated by ACT "
      "Airlines for Turkish Airlines, was flying from Hong Kong to Istanbul via Bishkek when it "
      "attempted to land in thick fog. The jet destroyed 32 houses in the village, which has about "
      "1,700 residents, and more than 1,000 rescuers and volunteers are working at the site, the "
      "ministry said.",
      [C("39", 39, "exact", "killed", "people (headline)", None, ctx="rises to 39"),
       C("39", 39, "exact", "killed", "people in the Dacha-Suu crash", KG_MES,
         ctx="reached 39"),
       C("13", 13, "exact", "killed", "children", KG_MES),
       C("Four", 4, "exact", "killed", "crew members", "the ministry", attr_alt=[KG_MES]),
       C("Fifteen", 15, "exact", "injured", "people hospitalized", "the Health Ministry"),
       C("six", 6, "exact", "injured", "children hospitalized", "the Health Ministry"),
       C("32", 32, "exact", "infrastructure", "houses destroyed", "the ministry",
         attr_alt=[KG_MES]),
       C("about 1,700", 1700, "about", "population", "residents of Dacha-Suu", None,
         attr_alt=["the ministry", KG_MES]),
       C("more than 1,000", 1000, "more_than", "troops", "rescuers and volunteers at the site",
         "the ministry", attr_alt=[KG_MES], cat_alt=["other"])],
      published="2017-01-17"),

    P("d74_028",
      "Gorakhpur hospital deaths: 30 children died in 48 hours, oxygen supplier's dues unpaid\n"
      "Hindustan Times, Gorakhpur | Updated: Aug 12, 2017 23:10 IST\n"
      "Thirty children died at the Baba Raghav Das (BRD) Medical College in Gorakhpur over 48 "
      "hours on Thursday and Friday, district magistrate Rajeev Rautela said, as allegations "
      "surfaced that the supply of liquid oxygen had been disrupted because of unpaid bills. At "
      "least 23 of the deaths occurred between Thursday night and Friday evening, when the "
      "hospital ran short of oxygen and staff pumped air into the lungs of newborns by hand, "
      "doctors and families said. The supplier had written to the hospital that dues of over Rs "
      "68 lakh were pending. Uttar Pradesh health minister Siddharth Nath Singh denied that "
      "the oxygen shortage had caused \"a single death\", adding that the hospital recorded 18 to "
      "20 child deaths a day on average in August every year. Around 100 children were still "
      "being treated in the encephalitis ward, a hospital official said.",
      [C("30", 30, "exact", "killed", "children (headline)", None),
       C("Thirty", 30, "exact", "killed", "children at BRD Medical College",
         "district magistrate Rajeev Rautela"),
       C("At least 23", 23, "at_least", "killed", "children during the oxygen shortage",
         "doctors and families"),
       C("18 to 20", 18, "range", "killed", "child deaths a day in August (average)",
         "Uttar Pradesh health minister Siddharth Nath Singh", high=20, optional=True),
       C("Around 100", 100, "about", "other", "children in the encephalitis ward",
         "a hospital official", cat_alt=["injured"])],
      published="2017-08-12"),

    P("d74_029",
      "Floods, landslides: Death toll rises to 146, 112 missing\n"
      "2017-05-28 11:45:32\n"
      "The death toll from the floods and landslides triggered by heavy monsoon rains has risen "
      "to 146, while 112 persons are still missing, the Disaster Management Centre (DMC) said "
      "this morning. DMC spokesman Pradeep Kodippili said over 470,000 people from 112,000 "
      "families had been affected in 15 districts, and that 75,000 people were housed in 350 "
      "safety centres. Ratnapura district has recorded the highest number of deaths, 79, followed "
      "by Kalutara with 44. The tri-forces have deployed over 1,600 personnel, along with 100 "
      "boats and seven helicopters, for rescue operations, a military spokesman said. Two Indian "
      "naval ships carrying relief supplies arrived in Colombo yesterday.",
      [C("146", 146, "exact", "killed", "people (headline)", None, ctx="rises to 146"),
       C("112", 112, "exact", "missing", "people (headline)", None, ctx="112 missing"),
       C("146", 146, "exact", "killed", "people in floods and landslides", DMC,
         ctx="to 146, while"),
       C("112", 112, "exact", "missing", "persons", DMC, ctx="112 persons"),
       C("over 470,000", 470000, "more_than", "other", "people affected", KODIPPILI,
         cat_alt=["population"]),
       C("112,000", 112000, "exact", "other", "families affected", KODIPPILI,
         cat_alt=["population"]),
       C("15", 15, "exact", "other", "districts affected", KODIPPILI, optional=True),
       C("75,000", 75000, "exact", "displaced", "people in safety centres", KODIPPILI),
       C("350", 350, "exact", "infrastructure", "safety centres", KODIPPILI,
         cat_alt=["other", "aid"]),
       C("79", 79, "exact", "killed", "people in Ratnapura district", KODIPPILI,
         attr_alt=[None]),
       C("44", 44, "exact", "killed", "people in Kalutara district", KODIPPILI,
         attr_alt=[None]),
       C("over 1,600", 1600, "more_than", "troops", "tri-forces personnel deployed",
         "a military spokesman"),
       C("100", 100, "exact", "other", "boats deployed", "a military spokesman", optional=True),
       C("seven", 7, "exact", "other", "helicopters deployed", "a military spokesman",
         optional=True, cat_alt=["munitions"]),
       C("Two", 2, "exact", "other", "Indian naval ships with relief", None, optional=True,
         cat_alt=["aid", "munitions"])],
      published="2017-05-28"),

    P("d74_030",
      "By RFE/RL's Tajik Service\n"
      "DUSHANBE -- Four foreign cyclists were killed and three others injured when a car rammed "
      "into their group on a highway in Tajikistan's Danghara district and its occupants attacked "
      "the survivors with knives, the Tajik Interior Ministry says. Two U.S. citizens, a Swiss "
      "national and a Dutch national died in the July 29 attack, the ministry said on July 30. "
      "Four suspects were killed while resisting arrest and a fifth was detained, it said. The "
      "Islamic State extremist group claimed responsibility through its Amaq news agency, while "
      "Tajik authorities blamed the banned Islamic Renaissance Party of Tajikistan, which denied "
      "any involvement. The cyclists were among seven foreigners riding through the country "
      "toward the Pamir Highway, a route popular with adventure tourists.",
      [C("Four", 4, "exact", "killed", "foreign cyclists", TJ_MVD, ctx="Four foreign"),
       C("three", 3, "exact", "injured", "cyclists", TJ_MVD),
       C("Two", 2, "exact", "killed", "U.S. citizens", "the ministry", attr_alt=[TJ_MVD]),
       C("Four", 4, "exact", "killed", "suspects", TJ_MVD, attr_alt=["it", "the ministry"],
         ctx="Four suspects"),
       C("seven", 7, "exact", "other", "foreigners riding together", None)]),

    P("d74_031",
      "Death toll in Kabul wedding attack rises to 63\n"
      "18 August 2019\n"
      "At least 63 people were killed and 182 others wounded in a suicide attack on a wedding hall "
      "in the west of Kabul on Saturday night, Ministry of Interior spokesman Nasrat Rahimi said "
      "on Sunday. The explosion took place in the men's section of the Dubai City wedding hall, "
      "where about 1,200 guests had gathered, the hall's owner told TOLOnews. \"Women and "
      "children are among the victims,\" Rahimi said. Daesh claimed responsibility in a statement "
      "released through its Amaq news agency. The groom, Mirwais, told TOLOnews that 14 members "
      "of his family, including his younger brother, had been killed. \"I have lost all hope,\" "
      "he said.",
      [C("63", 63, "exact", "killed", "people (headline)", None, ctx="rises to 63"),
       C("At least 63", 63, "at_least", "killed", "people at the wedding hall", RAHIMI),
       C("182", 182, "exact", "injured", "people", RAHIMI),
       C("about 1,200", 1200, "about", "other", "wedding guests", "the hall's owner"),
       C("14", 14, "exact", "killed", "members of the groom's family", "The groom",
         attr_alt=["Mirwais"])],
      published="2019-08-18"),

    # --- 2021-2025 ---------------------------------------------------------------------------------
    P("d74_032",
      "Moghbazar blast: 7 killed, over 50 injured\n"
      "Star Online Report\n"
      "Mon Jun 28, 2021 12:00 AM Last update on: Mon Jun 28, 2021 03:20 AM\n"
      "At least seven people were killed and over 50 injured in a powerful explosion at a "
      "three-storey building in the capital's Moghbazar last evening, police and fire service "
      "officials said. The blast, which occurred around 7:30pm, damaged at least seven buildings "
      "and three buses standing on the road, Fire Service and Civil Defence Director (Operations "
      "and Maintenance) Lt Col Zillur Rahman told The Daily Star. Of the injured, 37 were taken to "
      "the Sheikh Hasina National Institute of Burn and Plastic Surgery, where 12 were in critical "
      "condition, said its coordinator Dr Samanta Lal Sen. Fire officials suspect that gas "
      "accumulated in the building caused the explosion. Twelve firefighting units worked at the "
      "scene.",
      [C("7", 7, "exact", "killed", "people (headline)", None, ctx="7 killed"),
       C("over 50", 50, "more_than", "injured", "people (headline)", None,
         ctx="over 50 injured\n"),
       C("At least seven", 7, "at_least", "killed", "people in the Moghbazar blast",
         "police and fire service officials"),
       C("over 50", 50, "more_than", "injured", "people", "police and fire service officials",
         ctx="over 50 injured in"),
       C("at least seven", 7, "at_least", "infrastructure", "buildings damaged", ZILLUR),
       C("three", 3, "exact", "other", "buses damaged", ZILLUR, optional=True,
         cat_alt=["infrastructure"], ctx="three buses"),
       C("37", 37, "exact", "injured", "injured taken to the burn institute", SEN),
       C("12", 12, "exact", "injured", "patients in critical condition", SEN,
         ctx="12 were"),
       C("Twelve", 12, "exact", "other", "firefighting units", None, optional=True,
         cat_alt=["troops"])],
      published="2021-06-28"),

    P("d74_033",
      "Published: April 26, 2022\n"
      "KARACHI: Three Chinese nationals and their Pakistani driver were killed when a burqa-clad "
      "woman blew herself up next to a van carrying staff of the Confucius Institute at the "
      "University of Karachi on Tuesday afternoon, police said. Four others, including a Chinese "
      "national and a Rangers guard, were injured, Karachi police chief Ghulam Nabi Memon told "
      "The Express Tribune. The Baloch Liberation Army (BLA) claimed responsibility, saying the "
      "attack was carried out by its Majeed Brigade and was the first by a woman suicide bomber "
      "in its history. The institute, set up at the university in 2013, has taught Mandarin to "
      "thousands of students, according to its website. Prime Minister Shehbaz Sharif visited "
      "the Chinese consulate in the evening and promised that the culprits would be brought to "
      "justice.",
      [C("Three", 3, "exact", "killed", "Chinese nationals", "police"),
       C("Four", 4, "exact", "injured", "people", "Karachi police chief Ghulam Nabi Memon"),
       C("thousands", 1000, "vague", "population", "students taught Mandarin", "its website",
         optional=True, cat_alt=["other"])],
      published="2022-04-26"),

    P("d74_034",
      "At least 41 killed as Karachi-bound coach plunges into ravine in Lasbela\n"
      "Published January 29, 2023\n"
      "QUETTA: At least 41 people were killed when a passenger coach travelling from Quetta to "
      "Karachi plunged into a ravine near Bela in Balochistan's Lasbela district and caught fire "
      "early on Sunday, officials said. Lasbela Assistant Commissioner Hamza Anjum said the "
      "coach, carrying 48 passengers, hit a pillar of a bridge while making a U-turn at high "
      "speed, fell into the ravine and burst into flames. \"Only three people, including a child "
      "and a woman, were pulled out alive,\" he said. Edhi Foundation volunteers said most of the "
      "bodies were charred beyond recognition and would be shifted to Karachi for DNA "
      "identification. The single-carriageway N-25, on which hundreds of people die in accidents "
      "every year, is known locally as the \"killer highway\".",
      [C("At least 41", 41, "at_least", "killed", "people (headline)", None,
         ctx="At least 41 killed"),
       C("At least 41", 41, "at_least", "killed", "people in the coach crash", "officials",
         ctx="At least 41 people"),
       C("48", 48, "exact", "other", "passengers on the coach", ANJUM),
       C("three", 3, "exact", "other", "people pulled out alive", ANJUM, attr_alt=["he"]),
       C("hundreds", 100, "vague", "killed", "people who die on the N-25 every year",
         optional=True)],
      published="2023-01-29"),

    P("d74_035",
      "DHAKA (AFP) - At least 17 people were killed and more than 100 injured when a powerful "
      "explosion tore through a seven-storey building in Dhaka's old quarter on Tuesday, "
      "officials said. The blast ripped the facade off the building in Siddique Bazar, which "
      "housed shops selling sanitary ware on its lower floors, and shattered the windows of a "
      "bus passing by. \"Several people are still trapped in the basement,\" fire service "
      "spokesman Shahjahan Sikder told AFP, adding that the toll could rise. Dhaka Medical College "
      "Hospital's police camp inspector Bacchu Mia said 14 bodies had been brought to the "
      "hospital morgue. It was the third deadly blast in the country in four days, after an "
      "explosion at an oxygen plant in Sitakunda killed seven people and a blast in a building in "
      "Dhaka's Science Lab area killed three.",
      [C("At least 17", 17, "at_least", "killed", "people in the Siddique Bazar blast",
         "officials"),
       C("more than 100", 100, "more_than", "injured", "people", "officials"),
       C("14", 14, "exact", "killed", "bodies at the morgue",
         "Dhaka Medical College Hospital's police camp inspector Bacchu Mia"),
       C("seven", 7, "exact", "killed", "people in the Sitakunda oxygen plant blast",
         ctx="killed seven people"),
       C("three", 3, "exact", "killed", "people in the Science Lab blast",
         ctx="killed three")]),

    P("d74_036",
      "Aizawl, Jan 23 (PTI) A Myanmar military aircraft that had come to take back soldiers who "
      "fled into Mizoram skidded off the runway at Lengpui airport on Tuesday morning, injuring "
      "eight of the 14 people on board, officials said. The injured were taken to a hospital in "
      "Lengpui, and two of them are in a serious condition, a senior police officer said. A total "
      "of 276 Myanmar soldiers have crossed into Mizoram since January 17, when the Arakan Army "
      "overran their camps across the border, according to the Assam Rifles. Of them, 184 were "
      "flown back from Lengpui on Monday, and the remaining 92 were to be repatriated on the "
      "aircraft that crashed. The soldiers had surrendered their weapons to the paramilitary "
      "force on arrival.",
      [C("eight", 8, "exact", "injured", "people on the Myanmar plane", "officials"),
       C("14", 14, "exact", "other", "people on board", "officials"),
       C("two", 2, "exact", "injured", "people in serious condition", "a senior police officer"),
       C("276", 276, "exact", "troops", "Myanmar soldiers who crossed into Mizoram",
         "the Assam Rifles", cat_alt=["displaced", "detained"]),
       C("184", 184, "exact", "troops", "soldiers flown back", "the Assam Rifles",
         attr_alt=[None], cat_alt=["displaced", "detained"]),
       C("92", 92, "exact", "troops", "soldiers awaiting repatriation", "the Assam Rifles",
         attr_alt=[None], cat_alt=["displaced", "detained"])]),

    P("d74_037",
      "Flood: 18 dead, nearly 49 lakh people affected in 11 districts\n"
      "Sat Aug 24, 2024 12:00 AM Last update on: Sat Aug 24, 2024 02:04 AM\n"
      "At least 18 people have died in the floods that hit 11 districts in the east and "
      "southeast of the country, while nearly 49 lakh people have been affected, the disaster "
      "management and relief ministry said yesterday. Over 9 lakh families remain marooned, and "
      "1.9 lakh people have taken shelter in 3,165 flood shelters, said Kamrul Hasan, secretary "
      "of the ministry, at a press briefing. Feni is the worst-hit district, where all six "
      "upazilas are under water, according to the district administration. The army, navy, "
      "coast guard and fire service have so far rescued about 20,000 people from Feni and "
      "Noakhali, the ISPR said in a statement. The ministry has allocated 3,000 tonnes of rice "
      "and Tk 3.5 crore for the affected districts.",
      [C("18", 18, "exact", "killed", "people (headline)", None, ctx="18 dead"),
       C("nearly 49 lakh", 4_900_000, "about", "other", "people affected (headline)", None,
         cat_alt=["population"], ctx="nearly 49 lakh people affected"),
       C("11", 11, "exact", "other", "districts (headline)", None, optional=True,
         ctx="11 districts\n"),
       C("At least 18", 18, "at_least", "killed", "people in the floods", BD_MIN),
       C("11", 11, "exact", "other", "districts hit", BD_MIN, optional=True,
         ctx="11 districts in"),
       C("nearly 49 lakh", 4_900_000, "about", "other", "people affected", BD_MIN,
         cat_alt=["population"], ctx="nearly 49 lakh people have"),
       C("Over 9 lakh", 900_000, "more_than", "other", "families marooned", "Kamrul Hasan",
         cat_alt=["population"]),
       C("1.9 lakh", 190_000, "exact", "displaced", "people in flood shelters", "Kamrul Hasan"),
       C("3,165", 3165, "exact", "infrastructure", "flood shelters", "Kamrul Hasan",
         cat_alt=["other", "aid"]),
       C("six", 6, "exact", "other", "upazilas under water", "the district administration",
         optional=True),
       C("about 20,000", 20000, "about", "other", "people rescued", "the ISPR"),
       C("3,000", 3000, "exact", "aid", "tonnes of rice allocated", None,
         attr_alt=["The ministry", BD_MIN])],
      published="2024-08-24"),

    P("d74_038",
      "Jaisalmer Bus Fire: 20 Charred To Death, 15 Injured\n"
      "Updated: October 14, 2025 11:58 pm IST\n"
      "Jaisalmer: At least 20 passengers were charred to death and 15 others suffered severe "
      "burns when a private air-conditioned sleeper bus travelling from Jaisalmer to Jodhpur "
      "caught fire minutes after it left the city on Tuesday afternoon, officials said. The bus "
      "was carrying 57 passengers, the Jaisalmer District Collector said. Several passengers "
      "could not get out because the bus had only one door, which jammed after the fire broke "
      "out, survivors told NDTV. The injured were rushed to Jodhpur through a green corridor, "
      "and doctors said most of them had over 70 per cent burns. Prime Minister Narendra Modi "
      "announced an ex gratia of Rs 2 lakh from the PMNRF for the next of kin of each deceased "
      "and Rs 50,000 for the injured.",
      [C("20", 20, "exact", "killed", "passengers (headline)", None, ctx="20 Charred"),
       C("15", 15, "exact", "injured", "passengers (headline)", None, ctx="15 Injured"),
       C("At least 20", 20, "at_least", "killed", "passengers in the bus fire", "officials"),
       C("15", 15, "exact", "injured", "passengers with severe burns", "officials",
         ctx="15 others"),
       C("57", 57, "exact", "other", "passengers on the bus",
         "the Jaisalmer District Collector")],
      published="2025-10-14"),

    P("d74_039",
      "ASTANA, June 1 (Reuters) - Kazakhstan said on Friday that 14 border guards and a forest "
      "ranger had been found dead, some of them with gunshot wounds, at a remote outpost on the "
      "border with China, and that one more guard was missing. The bodies were found on Wednesday "
      "after a patrol spotted smoke rising from the post's burned buildings, the Border Service "
      "of the National Security Committee said in a statement. Sixteen Kalashnikov rifles and "
      "two pistols were missing from the post's armoury, it said. Hundreds of troops and police "
      "were combing the mountains near the Arkankergen pass for the missing guard, a source in "
      "the security service told Reuters. President Nursultan Nazarbayev ordered a day of "
      "national mourning.",
      [C("14", 14, "exact", "killed", "border guards", "Kazakhstan"),
       C("one", 1, "exact", "missing", "border guard", "Kazakhstan"),
       C("Sixteen", 16, "exact", "munitions", "Kalashnikov rifles missing", KZ_BORDER,
         attr_alt=["it"], cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "pistols missing", KZ_BORDER, attr_alt=["it"],
         cat_alt=["other"]),
       C("Hundreds", 100, "vague", "troops", "troops and police searching",
         "a source in the security service")]),

    # --- Only non-claims ---------------------------------------------------------------------------
    P("d74_040",
      "New Delhi, Feb 17 (PTI) An earthquake of magnitude 4.0 jolted Delhi and its adjoining "
      "areas at 5.36 am on Monday, waking up residents and sending many of them rushing out of "
      "their homes. The epicentre was near Dhaula Kuan in south-west Delhi, at a depth of 5 km, "
      "according to the National Centre for Seismology. No loss of life or damage to property "
      "was reported, police said. Delhi lies in seismic zone IV, the second-highest of the "
      "country's zones. Prime Minister Narendra Modi urged people to stay calm and to be alert "
      "for possible aftershocks in a post on X.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d74_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
