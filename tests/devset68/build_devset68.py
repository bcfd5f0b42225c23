"""Source of the sixty-eighth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on accidents, disasters,
epidemics and security incidents between 2012 and 2025, written for this set (none copied from an
article) in the English-service style of non-Western state and national news agencies and papers:
Xinhua, TASS, Anadolu, Yonhap, Kyodo, PTI, IANS, APP, Bernama, Antara, Prensa Latina, IRNA,
KUNA, MENA, NAN, ENA, the Vietnam News Agency, the Philippine News Agency, BSS, Kazinform and SANA,
with their furniture (datelines, "Source: Xinhua | ... | Editor: huaxia" lines, TASS date lines,
Yonhap timestamps, bylines) and idiom ("a total of", "were confirmed dead", "sustained injuries",
"lakh", "martyred", "rescue work is under way"). Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of the earlier sets. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

The shared span reader does not read lakh; as in ``tests/devset49``, this file teaches it the
Indian scales at run time (1 lakh = 100,000; 1 crore = 10,000,000) without editing the shared
file.

Run ``python tests/devset68/build_devset68.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import devset_build
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 68)]
           + [f"devset{n}" for n in range(69, 80)] + ["holdout", "holdout2", "holdout3"])

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
XY_PRESS = "a press conference held by the city government"
MAG_PRESS = "the press service of the Emergencies Ministry's Chelyabinsk regional department"
SITNIKOV = "Governor Sergei Sitnikov"
QIXIA_HQ = "the rescue headquarters"

PASSAGES = [
    # --- Xinhua ------------------------------------------------------------------------------------
    P("d68_001",
      "NANCHANG, Jan. 25 (Xinhua) -- The death toll from a fire that broke out in a street-front "
      "building in Xinyu City, east China's Jiangxi Province, on Wednesday afternoon has risen to "
      "39, local authorities said Thursday. Nine others were injured and are receiving treatment "
      "in hospital, according to a press conference held by the city government. The fire started "
      "in the basement of the building at around 3:24 p.m. and spread to an internet cafe and a "
      "training institution on the upper floors. A total of 32 fire trucks and 150 firefighters "
      "were dispatched to the scene, and the blaze was put out at around 8 p.m. Police have placed "
      "12 people under criminal compulsory measures over the fire.",
      [C("39", 39, "exact", "killed", "people in the Xinyu fire", "local authorities"),
       C("Nine", 9, "exact", "injured", "people in hospital", XY_PRESS,
         attr_alt=["the city government"]),
       C("32", 32, "exact", "other", "fire trucks dispatched", None, optional=True,
         cat_alt=["troops"]),
       C("150", 150, "exact", "troops", "firefighters dispatched", None, cat_alt=["other"]),
       C("12", 12, "exact", "detained", "people held over the fire", None,
         attr_alt=["Police"])]),

    P("d68_002",
      "Source: Xinhua | 2022-09-18 16:42:07 | Editor: huaxia\n"
      "GUIYANG, Sept. 18 (Xinhua) -- Twenty-seven people were killed and 20 others injured after a "
      "bus overturned on an expressway in southwest China's Guizhou Province early Sunday, local "
      "authorities said. The bus, which was carrying 47 people including the driver, rolled over at "
      "about 2:40 a.m. on a section of the Guiyang-Guilin expressway in Sandu Shui Autonomous "
      "County, according to the county's publicity department. The injured were rushed to "
      "hospitals and are in stable condition. The cause of the accident is under investigation.",
      [C("Twenty-seven", 27, "exact", "killed", "people on the bus", "local authorities"),
       C("20", 20, "exact", "injured", "people on the bus", "local authorities"),
       C("47", 47, "exact", "other", "people on board the bus",
         "the county's publicity department")],
      published="2022-09-18"),

    P("d68_003",
      "QIXIA, Shandong, Jan. 25 (Xinhua) -- Rescuers have found the bodies of nine workers trapped "
      "in a gold mine in east China's Shandong Province since an explosion on Jan. 10, bringing the "
      "confirmed death toll to 10, the rescue headquarters said Monday. Eleven miners were lifted "
      "to the surface alive on Sunday, 14 days after the blast, and one remains missing. A total of "
      "22 workers were trapped about 600 meters underground when the explosion ripped through the "
      "Hushan mine, which was under construction. More than 600 rescuers and 20 drilling rigs have "
      "been working around the clock at the site. The Party chief and mayor of Qixia were removed "
      "from their posts for reporting the accident more than 30 hours late.",
      [C("nine", 9, "exact", "killed", "bodies of trapped workers found", QIXIA_HQ),
       C("10", 10, "exact", "killed", "workers in the Hushan mine", QIXIA_HQ,
         ctx="toll to 10"),
       C("Eleven", 11, "exact", "other", "miners brought up alive", QIXIA_HQ, attr_alt=[None]),
       C("one", 1, "exact", "missing", "miner", QIXIA_HQ, attr_alt=[None],
         ctx="one remains missing"),
       C("22", 22, "exact", "other", "workers trapped underground", None,
         cat_alt=["missing"], attr_alt=[QIXIA_HQ]),
       C("More than 600", 600, "more_than", "troops", "rescuers at the mine", None,
         cat_alt=["other"], attr_alt=[QIXIA_HQ]),
       C("20", 20, "exact", "other", "drilling rigs", None, optional=True)]),

    # --- TASS --------------------------------------------------------------------------------------
    P("d68_004",
      "MAGNITOGORSK, January 2. /TASS/. The death toll from the domestic gas explosion that brought "
      "down part of a residential building in Magnitogorsk has reached 37, the press service of the "
      "Emergencies Ministry's Chelyabinsk regional department told TASS on Wednesday. Four more "
      "people remain unaccounted for under the rubble, it said. According to the ministry, six "
      "people have been pulled from the debris alive, among them an 11-month-old boy who was found "
      "after spending about 35 hours in the freezing cold. More than 1,400 rescuers and 290 pieces "
      "of equipment are involved in the operation. A total of 48 apartments in the ten-storey "
      "building were destroyed, and about 1,100 residents of the surviving part of the block have "
      "been given temporary accommodation, the regional government said.",
      [C("37", 37, "exact", "killed", "people in the Magnitogorsk collapse", MAG_PRESS),
       C("Four", 4, "exact", "missing", "people under the rubble", "it", attr_alt=[MAG_PRESS]),
       C("six", 6, "exact", "other", "people pulled out alive", "the ministry",
         attr_alt=[MAG_PRESS]),
       C("More than 1,400", 1400, "more_than", "troops", "rescuers", None, cat_alt=["other"]),
       C("290", 290, "exact", "other", "pieces of equipment", None, optional=True),
       C("48", 48, "exact", "infrastructure", "apartments destroyed", "the regional government",
         attr_alt=[None]),
       C("about 1,100", 1100, "about", "displaced", "residents given temporary accommodation",
         "the regional government")]),

    P("d68_005",
      "5 NOV 2022, 14:18\n"
      "KOSTROMA, November 5. /TASS/. Thirteen people died in a fire at the Poligon cafe in Kostroma "
      "early on Saturday, Governor Sergei Sitnikov said on his Telegram channel. Five more people "
      "were hospitalized, one of them in grave condition, he added. According to the regional "
      "department of the Emergencies Ministry, around 250 people were evacuated from the building, "
      "and the fire spread over an area of 3,500 square meters before it was put out. A source in "
      "the law enforcement agencies told TASS that a 23-year-old man had fired a flare gun inside "
      "the cafe during a quarrel. Two people, the suspect and the cafe's administrator, have been "
      "detained, the Investigative Committee said.",
      [C("Thirteen", 13, "exact", "killed", "people in the Poligon cafe fire", SITNIKOV),
       C("Five", 5, "exact", "injured", "people hospitalized", "he", attr_alt=[SITNIKOV]),
       C("one", 1, "exact", "injured", "person in grave condition", "he", attr_alt=[SITNIKOV],
         ctx="one of them in grave"),
       C("around 250", 250, "about", "displaced", "people evacuated from the building",
         "the regional department of the Emergencies Ministry"),
       C("3,500", 3500, "exact", "other", "square meters burned", None, optional=True,
         attr_alt=["the regional department of the Emergencies Ministry"]),
       C("Two", 2, "exact", "detained", "suspect and cafe administrator",
         "the Investigative Committee")],
      published="2022-11-05"),
    # --- Anadolu -----------------------------------------------------------------------------------
    P("d68_006",
      "09.07.2018\n"
      "TEKIRDAG, Turkey (AA) - The death toll from Sunday's train derailment in northwestern "
      "Tekirdag province has risen to 24, Health Minister Ahmet Demircan said on Monday. A total "
      "of 318 people were injured in the accident near the village of Sarilar in Corlu district, "
      "Demircan told reporters, adding that 124 of them had been discharged after treatment. The "
      "train, carrying 362 passengers and six staff, was travelling from Uzunkopru near the Greek "
      "and Bulgarian borders to Istanbul's Halkali station when its carriages came off the rails. "
      "According to the Disaster and Emergency Management Authority (AFAD), heavy rain had washed "
      "away the soil beneath the tracks. More than 100 ambulances and several military "
      "helicopters were sent to the area.",
      [C("24", 24, "exact", "killed", "people in the Corlu derailment",
         "Health Minister Ahmet Demircan"),
       C("318", 318, "exact", "injured", "people in the derailment", "Demircan",
         attr_alt=["Health Minister Ahmet Demircan"]),
       C("124", 124, "exact", "injured", "injured discharged after treatment", "Demircan",
         cat_alt=["other"], attr_alt=["Health Minister Ahmet Demircan"]),
       C("362", 362, "exact", "other", "passengers on board", None),
       C("six", 6, "exact", "other", "train staff on board", None, optional=True),
       C("More than 100", 100, "more_than", "other", "ambulances sent", None, optional=True)],
      published="2018-07-09"),

    P("d68_007",
      "KASTAMONU (AA) - The death toll from flash floods that hit Türkiye's Black Sea region has "
      "risen to 77, the Disaster and Emergency Management Authority (AFAD) said on Sunday. Of the "
      "victims, 66 lost their lives in Kastamonu province, 10 in Sinop and one in Bartin, AFAD "
      "said in a statement. Search and rescue efforts continue for 47 people who are still missing "
      "in the Bozkurt district, where the Ezine river burst its banks and swept away buildings and "
      "bridges. A total of 2,137 people have been evacuated from the affected areas, some of them "
      "by helicopter, and 7,952 personnel are taking part in the operations along with 18 "
      "helicopters, the statement said.",
      [C("77", 77, "exact", "killed", "people in the Black Sea floods",
         "the Disaster and Emergency Management Authority (AFAD)"),
       C("66", 66, "exact", "killed", "people in Kastamonu", "AFAD",
         attr_alt=["the Disaster and Emergency Management Authority (AFAD)"]),
       C("10", 10, "exact", "killed", "people in Sinop", "AFAD",
         attr_alt=["the Disaster and Emergency Management Authority (AFAD)"]),
       C("one", 1, "exact", "killed", "person in Bartin", "AFAD",
         attr_alt=["the Disaster and Emergency Management Authority (AFAD)"]),
       C("47", 47, "exact", "missing", "people in Bozkurt", "AFAD", attr_alt=[None]),
       C("2,137", 2137, "exact", "displaced", "people evacuated", "the statement",
         attr_alt=["AFAD"]),
       C("7,952", 7952, "exact", "troops", "personnel in the operations", "the statement",
         cat_alt=["other"], attr_alt=["AFAD"]),
       C("18", 18, "exact", "other", "helicopters in the operations", "the statement",
         cat_alt=["munitions"], optional=True)]),

    P("d68_008",
      "ISTANBUL (AA) - Thirty-nine people, 27 of them foreign nationals, were killed when a gunman "
      "opened fire at the Reina nightclub in Istanbul's Ortakoy neighborhood during New Year "
      "celebrations, Interior Minister Suleyman Soylu said on Sunday. Soylu said 69 people were "
      "wounded and were being treated at hospitals across the city, four of them in critical "
      "condition. Two members of the security staff at the entrance, a police officer and a guard, "
      "were martyred in the first seconds of the attack, he said. Hundreds of people had gathered at the club to welcome 2017 when the attacker, "
      "armed with a long-barrelled weapon, forced his way in at around 1.15 a.m. (2215GMT). "
      "According to security sources, he fired some 180 rounds before fleeing in the confusion. "
      "Police have detained eight suspects in connection with the attack.",
      [C("Thirty-nine", 39, "exact", "killed", "people at the Reina nightclub",
         "Interior Minister Suleyman Soylu"),
       C("27", 27, "exact", "killed", "foreign nationals", "Interior Minister Suleyman Soylu"),
       C("69", 69, "exact", "injured", "people wounded", "Soylu",
         attr_alt=["Interior Minister Suleyman Soylu"]),
       C("four", 4, "exact", "injured", "wounded in critical condition", "Soylu",
         attr_alt=["Interior Minister Suleyman Soylu"]),
       C("Two", 2, "exact", "killed", "security staff at the entrance", "he",
         attr_alt=["Interior Minister Suleyman Soylu", "Soylu"]),
       C("Hundreds", 100, "vague", "other", "people at the club", None, optional=True),
       C("some 180", 180, "about", "munitions", "rounds fired by the gunman", "security sources",
         cat_alt=["other"]),
       C("eight", 8, "exact", "detained", "suspects detained", None, attr_alt=["Police"])]),

    # --- Yonhap ------------------------------------------------------------------------------------
    P("d68_009",
      "(LEAD) Death toll in Jecheon sports center fire rises to 29\n"
      "2017/12/22 10:31\n"
      "JECHEON, South Korea, Dec. 22 (Yonhap) -- The death toll from a fire that engulfed an "
      "eight-story sports complex in this central city rose to 29 on Friday, with 20 of the dead "
      "found in a women's sauna on the second floor, fire authorities said. Thirty-six others were "
      "injured, including the building's owner, and several of them remain in serious condition, "
      "they said. The fire broke out at 3:53 p.m. Thursday in the ground-floor parking lot and "
      "quickly spread up the building. Firefighters said they could not break into the sauna for "
      "about 40 minutes because of the flames and cars parked near the building. About 120 "
      "firefighters and 30 fire engines were mobilized to put out the blaze.",
      [C("29", 29, "exact", "killed", "people in the Jecheon fire (headline)", None,
         ctx="rises to 29"),
       C("29", 29, "exact", "killed", "people in the Jecheon fire", "fire authorities",
         ctx="rose to 29"),
       C("20", 20, "exact", "killed", "dead found in the women's sauna", "fire authorities"),
       C("Thirty-six", 36, "exact", "injured", "people", "they", attr_alt=["fire authorities"]),
       C("About 120", 120, "about", "troops", "firefighters mobilized", None, cat_alt=["other"]),
       C("30", 30, "exact", "other", "fire engines mobilized", None, optional=True)],
      published="2017-12-22"),

    P("d68_010",
      "SEOUL, April 30 (Yonhap) -- Police on Thursday launched a large-scale investigation into "
      "the fire at a logistics warehouse construction site in Icheon that killed 38 workers, the "
      "country's deadliest workplace blaze in more than a decade. A total of 78 workers from nine "
      "subcontractors were at the site when the blaze broke out at around 1:32 p.m. Wednesday, "
      "according to the fire department. Ten were injured, eight of them seriously. The Gyeonggi "
      "Provincial Police Agency formed a 125-member special investigation team and raided the "
      "offices of the contractor and the design firm. Investigators suspect that sparks from "
      "welding work set fire to urethane foam in the basement.",
      [C("38", 38, "exact", "killed", "workers in the Icheon warehouse fire", None),
       C("78", 78, "exact", "other", "workers at the site", "the fire department"),
       C("nine", 9, "exact", "other", "subcontractors at the site", "the fire department",
         optional=True),
       C("Ten", 10, "exact", "injured", "workers", "the fire department", attr_alt=[None]),
       C("eight", 8, "exact", "injured", "workers seriously injured", "the fire department",
         attr_alt=[None]),
       C("125", 125, "exact", "troops", "police investigators on the team", None,
         cat_alt=["other"], optional=True,
         attr_alt=["The Gyeonggi Provincial Police Agency"])]),
    # --- Kyodo -------------------------------------------------------------------------------------
    P("d68_011",
      "OSAKA, Dec. 18 (Kyodo) -- The death toll from a fire at a psychiatric clinic in Osaka's "
      "Kitashinchi business district rose to 24 on Saturday, police said, as investigators "
      "searched the home of a 61-year-old former patient suspected of starting the blaze. Of the "
      "28 people found in cardiac and respiratory arrest at the fourth-floor clinic, 24 have been "
      "confirmed dead, while the suspect and three others remain in critical condition. Security "
      "camera footage shows the man entering the clinic with a paper bag and setting fire to "
      "liquid he had spilled near the reception desk, investigative sources said. The fire, "
      "reported at around 10:20 a.m. Friday, was put out about 30 minutes later, but smoke filled "
      "the clinic, which had only one emergency exit. About 70 fire engines were sent to the "
      "eight-story building, the Osaka Municipal Fire Department said.",
      [C("24", 24, "exact", "killed", "people in the Osaka clinic fire", "police",
         ctx="rose to 24"),
       C("28", 28, "exact", "injured", "people found in cardiac and respiratory arrest", "police",
         cat_alt=["killed", "other"], attr_alt=[None]),
       C("24", 24, "exact", "killed", "people confirmed dead", "police", attr_alt=[None],
         ctx="24 have been"),
       C("three", 3, "exact", "injured", "people in critical condition", "police",
         attr_alt=[None]),
       C("one", 1, "exact", "other", "emergency exit", None, optional=True,
         cat_alt=["infrastructure"]),
       C("About 70", 70, "about", "other", "fire engines sent",
         "the Osaka Municipal Fire Department", optional=True)]),

    P("d68_012",
      "Dec 3, 2012\n"
      "OTSUKI, Yamanashi Pref. — Nine people were confirmed dead Monday after concrete ceiling "
      "panels in a tunnel on the Chuo Expressway collapsed onto passing vehicles the previous "
      "morning, police said. The victims included five men and women in their 20s who were "
      "traveling together in a rental van that caught fire. Some 270 concrete panels, each "
      "weighing about 1.2 tons, fell along a 130-meter stretch of the Sasago Tunnel, which opened "
      "in 1977, according to Central Nippon Expressway Co. Three vehicles were buried under the "
      "debris and two other people were injured, the company said. Inspectors had checked the "
      "bolts holding the panels only visually when they last examined the tunnel in September, "
      "the operator admitted.",
      [C("Nine", 9, "exact", "killed", "people in the Sasago Tunnel collapse", "police"),
       C("five", 5, "exact", "killed", "young people in a rental van", "police",
         attr_alt=[None]),
       C("Some 270", 270, "about", "other", "ceiling panels that fell",
         "Central Nippon Expressway Co.", optional=True, cat_alt=["infrastructure"]),
       C("Three", 3, "exact", "other", "vehicles buried", "the company",
         attr_alt=["Central Nippon Expressway Co."], optional=True,
         cat_alt=["infrastructure"]),
       C("two", 2, "exact", "injured", "people", "the company",
         attr_alt=["Central Nippon Expressway Co."])],
      published="2012-12-03"),

    # --- PTI and IANS ------------------------------------------------------------------------------
    P("d68_013",
      "Kurnool (AP), Oct 24 (PTI) At least 20 people were charred to death when a private bus "
      "travelling from Hyderabad to Bengaluru caught fire after hitting a motorcycle near "
      "Chinnatekur village in Kurnool district in the early hours of Friday, police said. The bus "
      "was carrying 44 passengers and two drivers, Kurnool Range DIG Koya Praveen told PTI, adding "
      "that 27 passengers managed to escape by breaking the windows, some of them with burn "
      "injuries. The biker, who was dragged under the bus, was also among the dead, he said. The "
      "Prime Minister announced an ex gratia of Rs 2 lakh from the PMNRF to the next of kin of each "
      "deceased and Rs 50,000 for the injured. Eleven of the bodies were charred beyond "
      "recognition and DNA samples are being collected for identification, a senior official "
      "said.",
      [C("At least 20", 20, "at_least", "killed", "people in the Kurnool bus fire", "police"),
       C("44", 44, "exact", "other", "passengers on board", "Kurnool Range DIG Koya Praveen"),
       C("two", 2, "exact", "other", "drivers on board", "Kurnool Range DIG Koya Praveen",
         optional=True),
       C("27", 27, "exact", "other", "passengers who escaped", "Kurnool Range DIG Koya Praveen"),
       C("Eleven", 11, "exact", "killed", "bodies charred beyond recognition",
         "a senior official", cat_alt=["other"], optional=True)]),

    P("d68_014",
      "New Delhi, Dec 9 (PTI) Defence Minister Rajnath Singh on Thursday informed Parliament that "
      "13 of the 14 people on board the IAF Mi-17V5 helicopter that crashed near Coonoor in Tamil "
      "Nadu, including Chief of Defence Staff Gen Bipin Rawat and his wife Madhulika Rawat, had "
      "died. The lone survivor, Group Captain Varun Singh, is on life support at the Military "
      "Hospital in Wellington, he said. The helicopter had taken off from the Sulur air base at "
      "11:48 am and lost contact with air traffic control around 12:08 pm, the minister said in "
      "his statement in both Houses. A tri-service inquiry headed by Air Marshal Manavendra Singh "
      "has been ordered. Of the 13 deceased, only three have been identified so far, Army "
      "officials said.",
      [C("13", 13, "exact", "killed", "people on board the helicopter",
         "Defence Minister Rajnath Singh", ctx="13 of the 14"),
       C("14", 14, "exact", "other", "people on board the Mi-17V5",
         "Defence Minister Rajnath Singh"),
       C("13", 13, "exact", "killed", "deceased (restated)", "Army officials", optional=True,
         ctx="Of the 13 deceased"),
       C("three", 3, "exact", "killed", "deceased identified", "Army officials",
         cat_alt=["other"], optional=True)]),

    P("d68_015",
      "New Delhi, Dec 8 (IANS) At least 43 people were killed and several others injured in a "
      "massive fire that broke out in a four-storey building in north Delhi's Anaj Mandi area "
      "early on Sunday, officials said. Most of the victims were labourers from Bihar and Uttar "
      "Pradesh who worked and slept in the illegal bag and toy manufacturing units housed in the "
      "building. Delhi Fire Services (DFS) Chief Fire Officer Atul Garg told IANS that 63 people "
      "were rescued from the building, and that the call about the fire was received at 5.22 a.m. "
      "As many as 30 fire tenders were rushed to the spot. Delhi Police have arrested two people, "
      "the owner of the building, Mohammad Rehan, and its manager, Furqan, on charges of culpable "
      "homicide not amounting to murder, a senior police officer said. Chief Minister Arvind "
      "Kejriwal announced compensation of Rs 10 lakh each to the families of the deceased.",
      [C("At least 43", 43, "at_least", "killed", "people in the Anaj Mandi fire", "officials"),
       C("63", 63, "exact", "other", "people rescued from the building",
         "Delhi Fire Services (DFS) Chief Fire Officer Atul Garg"),
       C("As many as 30", 30, "at_most", "other", "fire tenders rushed to the spot", None,
         optional=True, attr_alt=["Delhi Fire Services (DFS) Chief Fire Officer Atul Garg"]),
       C("two", 2, "exact", "detained", "owner and manager arrested", "a senior police officer",
         attr_alt=["Delhi Police"])]),
    P("d68_016",
      "Updated: May 27, 2024 06:42 AM IST\n"
      "New Delhi: Seven newborns died and five others were injured after a fire broke out at a "
      "baby care hospital in east Delhi's Vivek Vihar late on Saturday night, police said. Twelve "
      "babies were rescued from the building by firefighters and local residents, but one of them "
      "had already died and six others died later at another hospital, Deputy Commissioner of "
      "Police (Shahdara) Surendra Choudhary said. The hospital was licensed to keep only five beds "
      "but 12 newborns were admitted at the time of the fire, he said. The owner of the hospital, "
      "Dr Naveen Khichi, and a doctor who was on duty have been arrested. Delhi Fire Services said "
      "it received the call at 11.32 pm and sent 16 fire tenders, and that oxygen cylinders stored "
      "on the ground floor exploded in the heat.",
      [C("Seven", 7, "exact", "killed", "newborns", "police"),
       C("five", 5, "exact", "injured", "newborns", "police", ctx="five others"),
       C("Twelve", 12, "exact", "other", "babies rescued",
         "Deputy Commissioner of Police (Shahdara) Surendra Choudhary"),
       C("one", 1, "exact", "killed", "baby dead before rescue",
         "Deputy Commissioner of Police (Shahdara) Surendra Choudhary", ctx="one of them"),
       C("six", 6, "exact", "killed", "babies who died later",
         "Deputy Commissioner of Police (Shahdara) Surendra Choudhary"),
       C("five", 5, "exact", "other", "licensed beds", "he", optional=True,
         ctx="only five beds"),
       C("12", 12, "exact", "other", "newborns admitted at the time", "he",
         attr_alt=["Deputy Commissioner of Police (Shahdara) Surendra Choudhary"],
         cat_alt=["population"]),
       C("16", 16, "exact", "other", "fire tenders sent", "Delhi Fire Services", optional=True)],
      published="2024-05-27"),

    # --- APP and Pakistani papers ------------------------------------------------------------------
    P("d68_017",
      "KARACHI, May 23 (APP): Sindh Health Minister Dr Azra Fazal Pechuho has confirmed that 97 "
      "people were killed when a Pakistan International Airlines (PIA) plane crashed into a "
      "residential area near Jinnah International Airport on Friday. Two passengers, including "
      "Bank of Punjab President Zafar Masud, survived the crash, she said. The Airbus A320, flight "
      "PK-8303 from Lahore, was carrying 91 passengers and eight crew members, according to the "
      "PIA spokesman. The aircraft came down on houses in Model Colony moments before landing; at "
      "least 25 houses were damaged and eight residents on the ground sustained injuries, the "
      "Sindh government said in a statement. Rescue work was completed overnight and the bodies "
      "were shifted to Jinnah Postgraduate Medical Centre and Civil Hospital Karachi, where only "
      "21 had been identified by Saturday afternoon.",
      [C("97", 97, "exact", "killed", "people in the PIA crash",
         "Sindh Health Minister Dr Azra Fazal Pechuho"),
       C("Two", 2, "exact", "other", "passengers who survived", "she",
         attr_alt=["Sindh Health Minister Dr Azra Fazal Pechuho"]),
       C("91", 91, "exact", "other", "passengers on board", "the PIA spokesman"),
       C("eight", 8, "exact", "other", "crew members on board", "the PIA spokesman",
         optional=True, ctx="eight crew"),
       C("at least 25", 25, "at_least", "infrastructure", "houses damaged",
         "the Sindh government"),
       C("eight", 8, "exact", "injured", "residents on the ground", "the Sindh government",
         ctx="eight residents"),
       C("21", 21, "exact", "killed", "bodies identified", None, cat_alt=["other"],
         optional=True)]),

    P("d68_018",
      "November 26, 2023\n"
      "KARACHI: At least 11 people lost their lives and several others were injured when a fire "
      "erupted at a shopping mall on Rashid Minhas Road on Saturday morning. According to rescue "
      "officials, 42 people were rescued from the building, which housed call centres and software "
      "houses on its upper floors, and 22 of them were shifted to Jinnah hospital. Chief Fire "
      "Officer Mubeen Ahmed said eight fire tenders and two snorkels took part in the operation "
      "and the fire was brought under control after nearly 10 hours. Police Surgeon Dr Summaiya "
      "Syed said most of the victims had died of suffocation, and seven of the bodies had been "
      "handed over to their families after identification.",
      [C("At least 11", 11, "at_least", "killed", "people in the RJ Mall fire", None,
         attr_alt=["rescue officials"]),
       C("42", 42, "exact", "other", "people rescued", "rescue officials"),
       C("22", 22, "exact", "injured", "people shifted to hospital", "rescue officials"),
       C("eight", 8, "exact", "other", "fire tenders", "Chief Fire Officer Mubeen Ahmed",
         optional=True),
       C("two", 2, "exact", "other", "snorkels", "Chief Fire Officer Mubeen Ahmed",
         optional=True),
       C("seven", 7, "exact", "killed", "bodies handed over", "Police Surgeon Dr Summaiya Syed",
         cat_alt=["other"], optional=True)],
      published="2023-11-26"),

    # --- Bernama and Antara ------------------------------------------------------------------------
    P("d68_019",
      "23/04/2024 01:15 PM\n"
      "LUMUT, April 23 (Bernama) -- Ten Royal Malaysian Navy (RMN) personnel were killed when two "
      "helicopters collided in mid-air during a rehearsal for the RMN's 90th anniversary "
      "celebrations at the Lumut naval base this morning. In a statement, the RMN said the "
      "incident occurred at 9.32 am and that all the victims were confirmed dead at the scene. The "
      "HOM helicopter was carrying seven crew members, while the Fennec had three people on "
      "board, it said. The bodies have been sent to the Lumut Armed Forces Hospital for "
      "identification, and a board of inquiry has been set up to investigate the cause of the "
      "crash.",
      [C("Ten", 10, "exact", "killed", "RMN personnel", None, attr_alt=["the RMN"]),
       C("two", 2, "exact", "other", "helicopters that collided", None, optional=True,
         cat_alt=["munitions"]),
       C("seven", 7, "exact", "other", "crew on the HOM helicopter", "it",
         cat_alt=["killed"], attr_alt=["the RMN"]),
       C("three", 3, "exact", "other", "people on the Fennec", "it", cat_alt=["killed"],
         attr_alt=["the RMN"])],
      published="2024-04-23"),

    P("d68_020",
      "Jakarta (ANTARA) - All 53 crew members of the KRI Nanggala-402 submarine, which sank "
      "during a torpedo drill in waters north of Bali, have been declared dead, Indonesian "
      "Military (TNI) Commander Air Chief Marshal Hadi Tjahjanto stated on Sunday. The crew "
      "comprised 49 sailors, the submarine's commander and three weapons engineers, he noted. "
      "Search teams had located the broken hull at a depth of 838 meters, and the items "
      "retrieved earlier, including a prayer rug and a grease bottle, came from the vessel, "
      "Tjahjanto said. The 44-year-old submarine lost contact early on Wednesday. More than 20 "
      "ships, including vessels from Singapore, Malaysia and India, had joined the search, Navy "
      "Chief of Staff Admiral Yudo Margono added.",
      [C("53", 53, "exact", "killed", "crew members of the KRI Nanggala-402",
         "Indonesian Military (TNI) Commander Air Chief Marshal Hadi Tjahjanto"),
       C("49", 49, "exact", "other", "sailors among the crew", "he",
         cat_alt=["killed", "troops"],
         attr_alt=["Indonesian Military (TNI) Commander Air Chief Marshal Hadi Tjahjanto"]),
       C("three", 3, "exact", "other", "weapons engineers among the crew", "he",
         cat_alt=["killed", "troops"],
         attr_alt=["Indonesian Military (TNI) Commander Air Chief Marshal Hadi Tjahjanto"]),
       C("More than 20", 20, "more_than", "other", "ships in the search",
         "Navy Chief of Staff Admiral Yudo Margono", optional=True)]),
    P("d68_021",
      "Bandung, W Java (ANTARA) - The number of people confirmed dead in the landslides that struck "
      "Cihanjuang village in Cimanggung, Sumedang District, on January 9 has climbed to 32, with "
      "eight others still being searched for, the Bandung Search and Rescue Office said on "
      "Monday. Head of the office Deden Ridwansyah said his team had retrieved two more bodies "
      "from the rubble on Sunday. The second landslide, which struck while rescuers were "
      "evacuating victims of the first, also buried several members of the joint team. A total of "
      "1,020 residents have been evacuated to 11 shelters, according to the National Disaster "
      "Mitigation Agency (BNPB). Some 400 personnel from the SAR team, the TNI, the police and "
      "volunteers are involved in the search, which has been extended by three days.",
      [C("32", 32, "exact", "killed", "people in the Sumedang landslides",
         "the Bandung Search and Rescue Office"),
       C("eight", 8, "exact", "missing", "people still searched for",
         "the Bandung Search and Rescue Office"),
       C("two", 2, "exact", "killed", "bodies retrieved on Sunday",
         "Head of the office Deden Ridwansyah"),
       C("1,020", 1020, "exact", "displaced", "residents evacuated",
         "the National Disaster Mitigation Agency (BNPB)"),
       C("11", 11, "exact", "infrastructure", "shelters",
         "the National Disaster Mitigation Agency (BNPB)", cat_alt=["other", "aid"]),
       C("Some 400", 400, "about", "troops", "personnel in the search", None,
         cat_alt=["other"])]),

    P("d68_022",
      "Monday, 6th March 2023 14:05 WIB\n"
      "Jakarta (ANTARA) - The death toll from the fire that spread from the Pertamina Plumpang "
      "fuel depot to nearby residential areas in Koja, North Jakarta, on Friday night has risen to "
      "19, while 13 people remain missing, the North Jakarta disaster mitigation agency noted. As "
      "many as 49 residents sustained injuries, mostly burns, and are being treated at eight "
      "hospitals, it stated. Some 1,085 residents are taking refuge in temporary shelters set up "
      "at a sports hall and a government office. A total of 52 fire engines and 260 firefighters "
      "were deployed to put out the blaze, which was triggered by a pipe leak during heavy rain.",
      [C("19", 19, "exact", "killed", "people in the Plumpang depot fire",
         "the North Jakarta disaster mitigation agency"),
       C("13", 13, "exact", "missing", "people", "the North Jakarta disaster mitigation agency"),
       C("As many as 49", 49, "at_most", "injured", "residents", "it",
         attr_alt=["the North Jakarta disaster mitigation agency"]),
       C("eight", 8, "exact", "infrastructure", "hospitals treating the injured", "it",
         optional=True, cat_alt=["other"],
         attr_alt=["the North Jakarta disaster mitigation agency"]),
       C("Some 1,085", 1085, "about", "displaced", "residents in temporary shelters",
         "the North Jakarta disaster mitigation agency", attr_alt=[None]),
       C("52", 52, "exact", "other", "fire engines deployed", None, optional=True),
       C("260", 260, "exact", "troops", "firefighters deployed", None, cat_alt=["other"])],
      published="2023-03-06"),

    # --- IRNA and Iranian papers -------------------------------------------------------------------
    P("d68_023",
      "Tehran, IRNA – All 32 crew members of the Iranian oil tanker Sanchi, which sank on Sunday "
      "after burning for more than a week off China's east coast, are dead, the spokesman of the "
      "Iranian rescue team, Mohammad Rastad, said. \"There is no hope of finding survivors,\" "
      "Rastad told reporters in Tehran. The crew comprised 30 Iranians and two Bangladeshi "
      "nationals. Chinese rescue vessels had recovered three bodies from the burning ship and a "
      "lifeboat before it went down. The tanker, carrying 136,000 tonnes of condensate, collided "
      "with the Hong Kong-registered freighter CF Crystal on January 6; all 21 crew members of "
      "the freighter were rescued.",
      [C("32", 32, "exact", "killed", "crew members of the Sanchi",
         "the spokesman of the Iranian rescue team, Mohammad Rastad"),
       C("30", 30, "exact", "other", "Iranian crew members", "Rastad", cat_alt=["killed"],
         attr_alt=[None, "the spokesman of the Iranian rescue team, Mohammad Rastad"]),
       C("two", 2, "exact", "other", "Bangladeshi crew members", "Rastad", cat_alt=["killed"],
         attr_alt=[None, "the spokesman of the Iranian rescue team, Mohammad Rastad"]),
       C("three", 3, "exact", "killed", "bodies recovered", None,
         attr_alt=["Chinese rescue vessels"]),
       C("136,000", 136000, "exact", "other", "tonnes of condensate on board", None,
         optional=True),
       C("21", 21, "exact", "other", "freighter crew rescued", None)]),

    P("d68_024",
      "TEHRAN – All 65 people on board an Aseman Airlines passenger plane that crashed in the "
      "Zagros mountains in southwestern Iran on Sunday are believed to have been killed, the "
      "airline's spokesman, Mohammad Tabatabai, said. The ATR 72-500, flying from Tehran to "
      "Yasuj, was carrying 59 passengers and six crew members when it disappeared from radar "
      "about 50 minutes after take-off, IRNA reported. Rescue teams reached the wreckage on Mount "
      "Dena, at an altitude of about 4,000 meters, on Tuesday, after heavy snow and fog grounded "
      "helicopters for two days. The Red Crescent said more than 100 rescuers and mountaineers had "
      "been dispatched to the area, and that the bodies of 32 victims had been recovered by "
      "Friday.",
      [C("65", 65, "exact", "killed", "people on board the Aseman plane",
         "the airline's spokesman, Mohammad Tabatabai", cat_alt=["missing"]),
       C("59", 59, "exact", "other", "passengers on board", "IRNA"),
       C("six", 6, "exact", "other", "crew members on board", "IRNA", optional=True),
       C("more than 100", 100, "more_than", "troops", "rescuers and mountaineers dispatched",
         "The Red Crescent", cat_alt=["other"]),
       C("32", 32, "exact", "killed", "bodies recovered", "The Red Crescent")]),

    # --- KUNA --------------------------------------------------------------------------------------
    P("d68_025",
      "17/08/2025 11:40\n"
      "KUWAIT, Aug 17 (KUNA) -- The Ministry of Health said on Sunday that the number of methanol "
      "poisoning cases recorded since August 9 had reached 160, including 23 deaths, all of them "
      "Asian expatriates. In a press statement, the ministry said 51 patients had undergone urgent "
      "kidney dialysis, 31 had required mechanical ventilation and 21 had suffered permanent or "
      "partial loss of vision. The Ministry of Interior announced that its security agencies had "
      "arrested 67 people over the production and sale of the tainted beverages and shut down six "
      "illegal factories in several governorates. The ministry urged anyone who had consumed such "
      "drinks to seek medical care immediately.",
      [C("160", 160, "exact", "other", "methanol poisoning cases", "The Ministry of Health",
         cat_alt=["injured"]),
       C("23", 23, "exact", "killed", "deaths from methanol poisoning",
         "The Ministry of Health"),
       C("51", 51, "exact", "injured", "patients on kidney dialysis", "the ministry",
         cat_alt=["other"], attr_alt=["The Ministry of Health"]),
       C("31", 31, "exact", "injured", "patients on mechanical ventilation", "the ministry",
         cat_alt=["other"], attr_alt=["The Ministry of Health"]),
       C("21", 21, "exact", "injured", "patients with loss of vision", "the ministry",
         cat_alt=["other"], attr_alt=["The Ministry of Health"]),
       C("67", 67, "exact", "detained", "people arrested", "The Ministry of Interior"),
       C("six", 6, "exact", "other", "illegal factories shut down", "The Ministry of Interior",
         cat_alt=["infrastructure"], optional=True)],
      published="2025-08-17"),
    # --- MENA and Egyptian papers ------------------------------------------------------------------
    P("d68_026",
      "Sunday 14 Aug 2022\n"
      "Forty-one people were killed and 14 others injured on Sunday when a fire broke out during "
      "mass at the Abu Sefein Church in Giza's Imbaba district, the Health Ministry said, "
      "according to MENA. Most of the victims died of smoke inhalation and in a stampede as "
      "worshippers rushed towards the exits, ministry spokesman Hossam Abdel-Ghaffar said. The "
      "Interior Ministry said an electrical fault in an air conditioner on the second floor of the "
      "four-storey building had caused the fire. A total of 15 fire engines were sent to the scene "
      "and 30 ambulances took the injured to Imbaba General Hospital and Agouza Hospital, the "
      "ministry added. Prime Minister Mostafa Madbouly ordered compensation of EGP 100,000 for the "
      "family of each victim.",
      [C("Forty-one", 41, "exact", "killed", "people in the Abu Sefein Church fire",
         "the Health Ministry", attr_alt=["MENA"]),
       C("14", 14, "exact", "injured", "people", "the Health Ministry", attr_alt=["MENA"],
         ctx="14 others"),
       C("15", 15, "exact", "other", "fire engines sent", "the ministry", optional=True,
         attr_alt=["The Interior Ministry"]),
       C("30", 30, "exact", "other", "ambulances", "the ministry", optional=True,
         attr_alt=["The Interior Ministry"])],
      published="2022-08-14"),

    P("d68_027",
      "CAIRO, April 18 (MENA) - Eleven people were killed and 98 others injured when four "
      "carriages of a passenger train travelling from Cairo to the Delta city of Mansoura derailed "
      "near the town of Toukh in Qalyubia governorate on Sunday afternoon, the Health Ministry "
      "said. The ministry had earlier put the death toll at 23 before revising it, saying some of "
      "the injured had been wrongly counted among the dead. Some 60 ambulances were sent to the "
      "scene and the injured were transferred to Toukh Central Hospital and Banha University "
      "Hospital, ministry spokesman Khaled Megahed said. Egyptian National Railways said the "
      "train had been moving at 60 km per hour, below the limit on that section of the line.",
      [C("Eleven", 11, "exact", "killed", "people in the Toukh derailment", "the Health Ministry"),
       C("98", 98, "exact", "injured", "people", "the Health Ministry"),
       C("four", 4, "exact", "other", "carriages derailed", "the Health Ministry",
         optional=True),
       C("23", 23, "exact", "killed", "earlier death toll", "The ministry",
         attr_alt=["the Health Ministry"]),
       C("Some 60", 60, "about", "other", "ambulances sent",
         "ministry spokesman Khaled Megahed", optional=True)]),

    # --- NAN ---------------------------------------------------------------------------------------
    P("d68_028",
      "Akure, June 9, 2022 (NAN) The Ondo State Government has put the death toll from Sunday's "
      "attack on St Francis Xavier Catholic Church, Owo, at 22, while 58 injured persons are still "
      "receiving treatment in various hospitals. The state Commissioner for Information and "
      "Orientation, Mr Bamidele Ademola-Olateju, told newsmen in Akure on Thursday that a total "
      "of 127 victims had been received at hospitals after the attack, of whom 41 had been "
      "discharged. The government's figure is far lower than the toll of more than 50 given by "
      "medical sources in the town on Sunday. The gunmen, who posed as worshippers, opened fire "
      "with AK-47 rifles and detonated explosives inside the church during the Pentecost Sunday "
      "mass.",
      [C("22", 22, "exact", "killed", "people in the Owo church attack",
         "The Ondo State Government"),
       C("58", 58, "exact", "injured", "injured persons in hospital",
         "The Ondo State Government"),
       C("127", 127, "exact", "injured", "victims received at hospitals",
         "The state Commissioner for Information and Orientation, Mr Bamidele Ademola-Olateju"),
       C("41", 41, "exact", "injured", "victims discharged",
         "The state Commissioner for Information and Orientation, Mr Bamidele Ademola-Olateju",
         cat_alt=["other"]),
       C("more than 50", 50, "more_than", "killed", "people in the attack", "medical sources")],
      published="2022-06-09"),

    P("d68_029",
      "Lagos, June 4, 2012 (NAN) The Lagos State Emergency Management Agency (LASEMA) says rescue "
      "workers have recovered 137 bodies from the wreckage of the Dana Air plane that crashed into "
      "a residential area of Iju-Ishaga on Sunday. The MD-83 aircraft, flying from Abuja, had 153 "
      "people on board, 146 passengers and seven crew members, according to the airline's "
      "manifest. The Minister of Aviation, Princess Stella Oduah, said none of those on board "
      "survived. NAN reports that at least 10 people on the ground were also killed when the "
      "aircraft ploughed into a two-storey building, a printing press and a church.",
      [C("137", 137, "exact", "killed", "bodies recovered",
         "The Lagos State Emergency Management Agency (LASEMA)"),
       C("153", 153, "exact", "other", "people on board", "the airline's manifest",
         cat_alt=["killed"]),
       C("146", 146, "exact", "other", "passengers on board", "the airline's manifest",
         cat_alt=["killed"]),
       C("seven", 7, "exact", "other", "crew members on board", "the airline's manifest",
         optional=True),
       C("at least 10", 10, "at_least", "killed", "people on the ground", None)],
      published="2012-06-04"),

    # --- ENA and Ethiopian papers ------------------------------------------------------------------
    P("d68_030",
      "Addis Abeba – At least 71 people, 68 of them men and three women, were killed when an Isuzu "
      "truck carrying wedding guests plunged into a river at the Gelan bridge in Bona Zuria "
      "woreda, Sidama Regional State, on Sunday, the region's communication bureau said. Five "
      "people who sustained injuries are receiving treatment at Bona General Hospital, the bureau "
      "said. A police official in the woreda told ENA that the driver had lost control of the "
      "vehicle on a sharp bend and that rescue work was still under way on Monday. Ethiopia "
      "records an estimated 4,000 road deaths each year, according to government figures.",
      [C("At least 71", 71, "at_least", "killed", "people in the Gelan bridge crash",
         "the region's communication bureau"),
       C("68", 68, "exact", "killed", "men", "the region's communication bureau"),
       C("three", 3, "exact", "killed", "women", "the region's communication bureau"),
       C("Five", 5, "exact", "injured", "people", "the bureau",
         attr_alt=["the region's communication bureau"]),
       C("an estimated 4,000", 4000, "about", "killed", "road deaths a year in Ethiopia",
         "government figures")]),
    P("d68_031",
      "Addis Ababa, January 7/2025 (ENA) - More than 51,000 residents have been relocated from "
      "areas affected by the series of earthquakes in Awash Fentale and Dulecha woredas of Afar "
      "State and Fentale woreda of Oromia State, the Ethiopian Disaster Risk Management Commission "
      "(EDRMC) said. Commissioner Ambassador Shiferaw Teklemariam told ENA that the relocation of "
      "residents living near the epicentre is continuing and that between 60,000 and 80,000 people "
      "are expected to be moved in total. He said the commission had dispatched 14 trucks loaded "
      "with food and non-food items, including 2,000 tents, to the relocation sites. Thousands of "
      "heads of livestock are also being moved to safer grazing areas. Hundreds of houses were "
      "damaged in Segento kebele by the strongest tremor, a magnitude 5.8 quake on Saturday night, "
      "residents said.",
      [C("More than 51,000", 51000, "more_than", "displaced", "residents relocated",
         "the Ethiopian Disaster Risk Management Commission (EDRMC)"),
       C("between 60,000 and 80,000", 60000, "range", "displaced",
         "people expected to be relocated",
         "Commissioner Ambassador Shiferaw Teklemariam", high=80000),
       C("14", 14, "exact", "aid", "trucks of food and non-food items", "He",
         attr_alt=["Commissioner Ambassador Shiferaw Teklemariam"]),
       C("2,000", 2000, "exact", "aid", "tents", "He",
         attr_alt=["Commissioner Ambassador Shiferaw Teklemariam"]),
       C("Thousands", 1000, "vague", "other", "heads of livestock moved",
         "Commissioner Ambassador Shiferaw Teklemariam", attr_alt=["He", None]),
       C("Hundreds", 100, "vague", "infrastructure", "houses damaged in Segento", "residents")],
      published="2025-01-07"),

    # --- Vietnam News Agency -----------------------------------------------------------------------
    P("d68_032",
      "Hà Nội (VNA) — Thirteen members of a rescue team, including Major General Nguyễn Văn Man, "
      "deputy commander of Military Region 4, were killed when a landslide buried the forest "
      "ranger station where they were resting on their way to the Rào Trăng 3 hydropower plant in "
      "Thừa Thiên-Huế Province, the Ministry of National Defence confirmed on October 13. The "
      "21-member team had set out to reach 17 workers missing at the plant since a landslide hit "
      "their camp two days earlier; eight members survived, the ministry said. Hundreds of "
      "soldiers, police officers and militiamen have been mobilised to continue the search. "
      "Successive storms and floods in the central region this month have left 105 people dead "
      "and 27 missing, according to the Central Steering Committee for Natural Disaster "
      "Prevention and Control.",
      [C("Thirteen", 13, "exact", "killed", "rescue team members",
         "the Ministry of National Defence"),
       C("21", 21, "exact", "troops", "members of the rescue team", "the ministry",
         cat_alt=["other"], attr_alt=["the Ministry of National Defence", None]),
       C("17", 17, "exact", "missing", "workers at Rào Trăng 3", "the ministry",
         attr_alt=["the Ministry of National Defence", None]),
       C("eight", 8, "exact", "other", "team members who survived", "the ministry",
         attr_alt=["the Ministry of National Defence"]),
       C("Hundreds", 100, "vague", "troops", "soldiers, police and militiamen mobilised", None,
         cat_alt=["other"]),
       C("105", 105, "exact", "killed", "people in central Vietnam's floods",
         "the Central Steering Committee for Natural Disaster Prevention and Control"),
       C("27", 27, "exact", "missing", "people in central Vietnam's floods",
         "the Central Steering Committee for Natural Disaster Prevention and Control")]),

    P("d68_033",
      "Tuesday, September 10, 2024, 18:05 (GMT+7)\n"
      "Phú Thọ (VNA) – Rescue forces were searching on Tuesday for 13 people missing after the "
      "Phong Châu bridge over the Red River collapsed on Monday morning, sending 10 cars and two "
      "motorbikes into the swollen water, the provincial People's Committee said. Three people, "
      "including a man riding one of the motorbikes, were rescued and taken to hospital, it said. "
      "The steel bridge, built in 1995, was 375 metres long. Nearly 500 soldiers, police officers "
      "and boatmen have joined the search along the river. Typhoon Yagi and the floods and "
      "landslides that followed it have killed 197 people across northern Việt Nam and left 128 "
      "missing, while 804 others have been injured, the Ministry of Agriculture and Rural "
      "Development reported on Tuesday morning.",
      [C("13", 13, "exact", "missing", "people after the bridge collapse",
         "the provincial People's Committee"),
       C("10", 10, "exact", "other", "cars that fell into the river",
         "the provincial People's Committee", optional=True, ctx="10 cars"),
       C("two", 2, "exact", "other", "motorbikes that fell into the river",
         "the provincial People's Committee", optional=True),
       C("Three", 3, "exact", "other", "people rescued", "it",
         attr_alt=["the provincial People's Committee"]),
       C("Nearly 500", 500, "about", "troops", "soldiers, police and boatmen in the search", None,
         cat_alt=["other"]),
       C("197", 197, "exact", "killed", "people in Typhoon Yagi and floods",
         "the Ministry of Agriculture and Rural Development"),
       C("128", 128, "exact", "missing", "people", "the Ministry of Agriculture and Rural "
         "Development"),
       C("804", 804, "exact", "injured", "people", "the Ministry of Agriculture and Rural "
         "Development")],
      published="2024-09-10"),

    # --- Philippine News Agency --------------------------------------------------------------------
    P("d68_034",
      "JOLO, Sulu – The death toll from the crash of a Philippine Air Force (PAF) C-130H plane in "
      "Patikul, Sulu has risen to 52, the Armed Forces of the Philippines (AFP) said Monday: 49 "
      "military personnel on board and three civilians on the ground. AFP chief Gen. Cirilito "
      "Sobejana said the aircraft was carrying 96 people, including three pilots, five crew and "
      "88 Army personnel, when it overshot the runway while landing at the Jolo airport. Of "
      "those on board, 47 survived with injuries and were taken to hospitals in Jolo and "
      "Zamboanga City, he said. Most of the soldiers had just completed their basic military "
      "training and were to join operations against the Abu Sayyaf Group, which the military "
      "says is still holding at least two kidnap victims in the province.",
      [C("52", 52, "exact", "killed", "people in the C-130H crash",
         "the Armed Forces of the Philippines (AFP)"),
       C("49", 49, "exact", "killed", "military personnel on board",
         "the Armed Forces of the Philippines (AFP)"),
       C("three", 3, "exact", "killed", "civilians on the ground",
         "the Armed Forces of the Philippines (AFP)", ctx="three civilians"),
       C("96", 96, "exact", "other", "people on board", "AFP chief Gen. Cirilito Sobejana"),
       C("three", 3, "exact", "other", "pilots on board", "AFP chief Gen. Cirilito Sobejana",
         optional=True, ctx="three pilots"),
       C("five", 5, "exact", "other", "crew on board", "AFP chief Gen. Cirilito Sobejana",
         optional=True),
       C("88", 88, "exact", "other", "Army personnel on board",
         "AFP chief Gen. Cirilito Sobejana", cat_alt=["troops", "killed"]),
       C("47", 47, "exact", "injured", "survivors with injuries", "he",
         cat_alt=["other"], attr_alt=["AFP chief Gen. Cirilito Sobejana"]),
       C("at least two", 2, "at_least", "hostages", "kidnap victims held by the Abu Sayyaf",
         "the military")]),

    # --- BSS (Bangladesh) --------------------------------------------------------------------------
    P("d68_035",
      "DHAKA, March 29, 2019 (BSS) - The death toll from the fire at the 22-storey FR Tower in the "
      "capital's Banani area rose to 25 today as rescuers recovered another body from the 11th "
      "floor, fire service officials said. More than 70 people were injured, and fewer than 20 of "
      "them remain in hospital, according to the Directorate General of Health Services. Among "
      "the dead was a Sri Lankan national. Fire Service and Civil Defence Director General Brig Gen "
      "Sajjad Hossain said 22 firefighting units, along with the army, navy and air force, had "
      "worked for about seven hours to bring the blaze under control. Officials of RAJUK said the "
      "owners had built the tower beyond the 18 storeys approved in 1996.",
      [C("25", 25, "exact", "killed", "people in the FR Tower fire", "fire service officials"),
       C("More than 70", 70, "more_than", "injured", "people",
         "the Directorate General of Health Services"),
       C("fewer than 20", 20, "fewer_than", "injured", "injured still in hospital",
         "the Directorate General of Health Services"),
       C("22", 22, "exact", "other", "firefighting units",
         "Fire Service and Civil Defence Director General Brig Gen Sajjad Hossain",
         optional=True, cat_alt=["troops"], ctx="22 firefighting")],
      published="2019-03-29"),
    # --- Kazinform, Prensa Latina, SANA, PTI -------------------------------------------------------
    P("d68_036",
      "27 December 2019, 13:40\n"
      "ALMATY. KAZINFORM - Twelve people were killed when a Bek Air Fokker 100 passenger plane "
      "bound for Nur-Sultan crashed shortly after take-off from Almaty airport early on Friday, "
      "the Interior Ministry said, revising down an earlier toll of 15. The aircraft, carrying 93 "
      "passengers and five crew members, lost altitude, broke through a concrete fence and hit a "
      "two-storey building. Vice Minister of Healthcare Azhar Giniyat said 49 people were in "
      "hospital, 12 of them in serious condition, including children. The government has set up a "
      "commission to investigate the crash and suspended all flights of Fokker 100 aircraft in "
      "the country.",
      [C("Twelve", 12, "exact", "killed", "people in the Bek Air crash", "the Interior Ministry"),
       C("15", 15, "exact", "killed", "earlier toll", "the Interior Ministry"),
       C("93", 93, "exact", "other", "passengers on board", None),
       C("five", 5, "exact", "other", "crew members on board", None, optional=True),
       C("49", 49, "exact", "injured", "people in hospital",
         "Vice Minister of Healthcare Azhar Giniyat"),
       C("12", 12, "exact", "injured", "people in serious condition",
         "Vice Minister of Healthcare Azhar Giniyat")],
      published="2019-12-27"),

    P("d68_037",
      "Havana, Nov 20 (Prensa Latina) Cuba has confirmed 33 deaths associated with arboviruses "
      "so far this year, 21 of them minors, the deputy head of epidemiology of the Ministry of "
      "Public Health (MINSAP), Carilda Peña, reported on national television. The specialist "
      "specified that 38 patients remain in intensive care units, most of them with chikungunya, "
      "and that the incidence of the disease fell by 13 percent compared with the previous week. "
      "Matanzas province continues to report the highest number of cases. More than 1,500 workers "
      "have joined the fumigation campaign in Havana alone, according to the capital's health "
      "authorities.",
      [C("33", 33, "exact", "killed", "deaths associated with arboviruses",
         "the deputy head of epidemiology of the Ministry of Public Health (MINSAP), Carilda Peña"),
       C("21", 21, "exact", "killed", "minors",
         "the deputy head of epidemiology of the Ministry of Public Health (MINSAP), Carilda Peña"),
       C("38", 38, "exact", "other", "patients in intensive care", "The specialist",
         cat_alt=["injured"],
         attr_alt=["the deputy head of epidemiology of the Ministry of Public Health (MINSAP), "
                   "Carilda Peña"]),
       C("More than 1,500", 1500, "more_than", "other", "fumigation workers in Havana",
         "the capital's health authorities", cat_alt=["troops"])]),

    P("d68_038",
      "8 July، 2025\n"
      "Latakia, SANA – Civil defense teams and firefighting crews are continuing for the sixth day "
      "to battle the wildfires raging in the forests of Qastal Maaf and Rabia in the northern "
      "countryside of Latakia, Minister of Emergency and Disaster Management Raed al-Saleh said. "
      "Al-Saleh told SANA's reporter that the fires had consumed around 14,000 hectares of forest "
      "and farmland and that 1,120 people had been evacuated from eight villages, including Qastal "
      "Maaf, a town of about 7,000 residents. Five members of the teams sustained minor injuries "
      "while fighting the flames, he added. Firefighting teams and aircraft from Jordan, Türkiye "
      "and Iraq have joined the operations, while mines and unexploded ordnance left in the area "
      "have hampered the crews.",
      [C("around 14,000", 14000, "about", "other", "hectares burned", "Al-Saleh",
         optional=True),
       C("1,120", 1120, "exact", "displaced", "people evacuated", "Al-Saleh",
         attr_alt=["Minister of Emergency and Disaster Management Raed al-Saleh"]),
       C("eight", 8, "exact", "other", "villages evacuated", "Al-Saleh", optional=True),
       C("about 7,000", 7000, "about", "population", "residents of Qastal Maaf", None,
         attr_alt=["Al-Saleh"]),
       C("Five", 5, "exact", "injured", "firefighting team members", "he",
         attr_alt=["Al-Saleh", "Minister of Emergency and Disaster Management Raed al-Saleh"])],
      published="2025-07-08"),

    P("d68_039",
      "Guwahati, Jun 23 (PTI) Nearly 55 lakh people were affected by floods in 32 districts of "
      "Assam on Thursday, while seven more people died in the deluge, taking the toll this year to "
      "108, an official bulletin said. Cachar district's headquarters town Silchar remained under "
      "water for the fourth consecutive day, with Deputy Commissioner Keerthi Jalli saying that "
      "nearly three lakh people in the town had been hit. According to the Assam State Disaster "
      "Management Authority (ASDMA), over 2.3 lakh people have taken shelter in 810 relief camps "
      "across the state, and 17 people are still missing. NDRF and SDRF teams rescued over 3,600 "
      "people in the past 24 hours, the bulletin said.",
      [C("Nearly 55 lakh", 5_500_000, "about", "other", "people affected by floods",
         "an official bulletin", cat_alt=["population"]),
       C("32", 32, "exact", "other", "districts affected", "an official bulletin",
         optional=True),
       C("seven", 7, "exact", "killed", "people who died on Thursday", "an official bulletin"),
       C("108", 108, "exact", "killed", "people in Assam floods this year",
         "an official bulletin"),
       C("nearly three lakh", 300_000, "about", "other", "people hit in Silchar",
         "Deputy Commissioner Keerthi Jalli", cat_alt=["population"]),
       C("over 2.3 lakh", 230_000, "more_than", "displaced", "people in relief camps",
         "the Assam State Disaster Management Authority (ASDMA)"),
       C("810", 810, "exact", "infrastructure", "relief camps",
         "the Assam State Disaster Management Authority (ASDMA)", cat_alt=["other", "aid"]),
       C("17", 17, "exact", "missing", "people",
         "the Assam State Disaster Management Authority (ASDMA)"),
       C("over 3,600", 3600, "more_than", "other", "people rescued", "the bulletin",
         attr_alt=["an official bulletin"])]),

    # --- Only non-claims ---------------------------------------------------------------------------
    P("d68_040",
      "11 APR 2023, 09:32\n"
      "PETROPAVLOVSK-KAMCHATSKY, April 11. /TASS/. The Shiveluch volcano in Kamchatka erupted early "
      "on Tuesday, sending a column of ash up to 10 km above sea level, the Kamchatka branch of the "
      "Geophysical Service of the Russian Academy of Sciences told TASS. An aviation color code red "
      "has been declared for the volcano, which lies about 45 km from the village of Klyuchi. A "
      "layer of ash 8.5 cm thick fell in Klyuchi, the heaviest in 60 years, local authorities said, "
      "and classes at the village school were cancelled. No one was injured, and residents were "
      "advised to stay indoors until at least 6 p.m. local time. The 3,283-meter volcano is one of "
      "the most active in Kamchatka.",
      [],
      published="2023-04-11"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d68_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
