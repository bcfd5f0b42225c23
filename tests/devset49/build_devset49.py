"""Source of the forty-ninth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on South Asian and
South-East Asian news between 2000 and 2025 as local English-language outlets write it: floods,
cyclones, landslides, a garbage-dump collapse, a building collapse, bombings, communal riots, a
police firing, stampedes of pilgrims, boat capsizes, militant attacks, a mutiny, evacuations and
relief distribution in India, Pakistan, Bangladesh, Sri Lanka, Nepal, the Philippines, Indonesia,
Malaysia, Thailand and Myanmar. They were written for this set (none copied from an article) in
the styles of the Times of India, The Hindu, the Indian Express, the Hindustan Times, Dawn, The
Express Tribune, bdnews24.com, The Daily Star, Prothom Alo, the Daily Mirror and The Sunday Times
of Sri Lanka, The Kathmandu Post, The Himalayan Times, the Philippine Daily Inquirer, The
Philippine Star, GMA News, The Jakarta Post, Antara, The Star, the New Straits Times, the Bangkok
Post, The Nation, The Irrawaddy, The Myanmar Times and The Global New Light of Myanmar, with
their idioms: lakh figures, "were martyred", "sustained injuries", "injured persons", "bodies
were fished out", "rendered homeless", "ex gratia of Rs 2 lakh" (money), "jawans", "personnel",
"NDRF teams", "relief camps", "FIR registered against 50 unknown persons", "pilgrims". Annotated
by hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and
the decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset48`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

Figures in lakh ("over 1.35 lakh people", "Nearly three lakh pilgrims") are claims here; the
shared builder does not read lakh or crore, so this file teaches its span reader the two words
(1 lakh = 100,000; 1 crore = 10,000,000) before building. Money in lakh or crore is not a claim.

Run ``python tests/devset49/build_devset49.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import devset_build
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = ("devset", *(f"devset{n}" for n in range(2, 49)), "holdout", "holdout2", "holdout3")

_INDIAN_SCALES = ((" lakh", 100_000), (" crore", 10_000_000))
_plain_number = devset_build._number


def _number_with_lakh(text: str) -> float | None:
    """The shared reader, plus "1.35 lakh" (135,000) and "two crore" (20,000,000)."""
    for word, factor in _INDIAN_SCALES:
        if text.lower().endswith(word):
            n = _plain_number(text[: -len(word)])
            return None if n is None else n * factor
    return _plain_number(text)


devset_build._number = _number_with_lakh

# --- sources used more than once ----------------------------------------------------------------
GILL = "Director General of Police A S Gill"
SHEKHAWAT = "SMS Hospital superintendent Dr Narpat Singh Shekhawat"
DESHMUKH_CM = "Maharashtra Chief Minister Vilasrao Deshmukh"
DALVI = "the Satara Collector, Chandrakant Dalvi"
IDUKKI_COLLECTOR = "Idukki District Collector Ashok Kumar Singh"
NAIDU = "Chief Minister N. Chandrababu Naidu"
TMC = "officials of the Thane Municipal Corporation (TMC)"
JAISWAL = "Director General of Police Subodh Jaiswal"
MANDSAUR_DC = "Mandsaur Collector Swatantra Kumar Singh"
KASGANJ_IG = "Aligarh range Inspector General of Police Sanjeev Gupta"
KISHTWAR_DIVCOM = "Divisional Commissioner Jammu Ramesh Kumar"
RESCUE_TEAMS = "Teams of the Army, NDRF, SDRF and police"
GOJRA_DPO = "District Police Officer Inam Waheed"
QADRI = "Punjab government spokesperson Zaeem Qadri"
BADAL = "Munshiganj Deputy Commissioner Saiful Hasan Badal"
KHATUN = "Home Minister Sahara Khatun"
ISPR_FULL = "the Inter Services Public Relations Directorate (ISPR)"
DMB = "the Disaster Management Bureau"
ARMY_NAVY = "Army and Navy personnel"
DMC_LK = "the Disaster Management Centre (DMC)"
KODIPPILI = "DMC spokesman Pradeep Kodippili"
AMARAWEERA = "Disaster Management Minister Mahinda Amaraweera"
GUNASEKARA = "Police Spokesman SP Ruwan Gunasekara"
POLICE_FIGURES = "preliminary police figures"
KALUTARA = "officials of the Kalutara District Secretariat"
TIMILSINA = "Chief District Officer Uddhav Prasad Timilsina"
GORKHA_DPO = "the District Police Office"
NA_HELI = "Nepal Army helicopters"
MOHA = "the Ministry of Home Affairs"
MOHA_FIGURES = "The ministry's figures"
NRCS = "The Nepal Red Cross Society"
LERIAS = "Gov. Rosette Lerias"
QC_COUNCIL = "the city's disaster coordinating council"
NDRRMC_FULL = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
DAVAO_SPOX = "Davao City Police Office spokesperson Senior Inspector Rosa Villanueva"
TITO = "National Police chief Gen. Tito Karnavian"
ID_SOCIAL = "the Social Affairs Ministry"
SAAF = "police spokesman Sr. Supt. Saleh Saaf"
NSC = "the National Security Council"
FIRE_MY = "the Fire and Rescue Department"
KHIRUDIN = "department director Datuk Khirudin Drahman"
ISOC = "the Internal Security Operations Command"
JONGRAK = "Pol Lt Gen Jongrak Juthanont"
ERAWAN = "the Erawan Medical Centre"
MEIKTILA_MP = "a local member of parliament"
RRD = "the Relief and Resettlement Department"
PAUNG_ADMIN = "the township administrator"

PASSAGES = [
    # --- India ---------------------------------------------------------------------------------
    P("d49_001",
      "Jaipur blasts: Toll rises to 63, over 200 injured\n"
      "TNN | Updated: May 15, 2008, 02:10 IST\n"
      "JAIPUR: The death toll in Tuesday's serial blasts in the Walled City rose to 63 on "
      "Wednesday after three more injured persons succumbed at Sawai Man Singh (SMS) Hospital, "
      "officials said. Eight bombs went off within 15 minutes near Johari Bazaar, Chandpole, "
      "Tripolia Bazaar and the Hanuman temple at Sanganeri Gate, and a ninth, found in a bicycle "
      "basket near Chandpole, was defused, Director General of Police A S Gill said. More than "
      "200 persons sustained injuries, of whom 31 are still in a critical condition, according "
      "to SMS Hospital superintendent Dr Narpat Singh Shekhawat. Police have detained 12 persons "
      "for questioning, including a rickshaw-puller from Bihar, the DGP added. The state "
      "government has announced an ex gratia of Rs 5 lakh for the family of each deceased and Rs "
      "50,000 for the seriously injured.",
      [C("63", 63, "exact", "killed", "people killed in the Jaipur blasts", ctx="63, over"),
       C("over 200", 200, "more_than", "injured", "people injured in the Jaipur blasts"),
       C("63", 63, "exact", "killed", "people killed in the Jaipur blasts", "officials",
         ctx="rose to 63"),
       C("three", 3, "exact", "killed", "injured persons who succumbed", "officials",
         ctx="three more"),
       C("Eight", 8, "exact", "munitions", "bombs that went off", GILL, cat_alt=["other"]),
       C("More than 200", 200, "more_than", "injured", "persons injured", SHEKHAWAT),
       C("31", 31, "exact", "injured", "injured in a critical condition", SHEKHAWAT),
       C("12", 12, "exact", "detained", "persons detained for questioning", "the DGP",
         attr_alt=[GILL])],
      published="2008-05-15"),

    P("d49_002",
      "Mumbai train blasts: 174 dead, 464 injured\n"
      "July 12, 2006 02:14 IST\n"
      "Seven bombs ripped through first-class compartments of crowded Western Railway local "
      "trains within 11 minutes during the evening rush hour on Tuesday, killing at least 174 "
      "persons, Maharashtra Chief Minister Vilasrao Deshmukh said. The explosions took place "
      "between Matunga Road and Borivali stations, the first at 6.24 pm near Khar Road. Deshmukh "
      "told a late-night press conference that 464 people had sustained injuries and were "
      "admitted to various hospitals, 72 of them at Bhabha Hospital in Bandra alone. Bodies were "
      "fished out of the mangled compartments by railway staff and residents of the slums along "
      "the tracks, who formed human chains in the rain to carry the injured to waiting taxis. "
      "Western Railway said services on the suburban section, which carries over 45 lakh "
      "commuters a day, would resume by Wednesday morning.",
      [C("174", 174, "exact", "killed", "people killed in the train blasts", ctx="174 dead"),
       C("464", 464, "exact", "injured", "people injured in the train blasts",
         ctx="464 injured"),
       C("Seven", 7, "exact", "munitions", "bombs in local trains", DESHMUKH_CM,
         cat_alt=["other"]),
       C("at least 174", 174, "at_least", "killed", "persons killed", DESHMUKH_CM),
       C("464", 464, "exact", "injured", "people injured", "Deshmukh", attr_alt=[DESHMUKH_CM],
         ctx="that 464"),
       C("72", 72, "exact", "injured", "injured at Bhabha Hospital", "Deshmukh",
         attr_alt=[DESHMUKH_CM]),
       C("over 45 lakh", 4_500_000, "more_than", "other", "commuters a day on the suburban "
         "section", None, optional=True, cat_alt=["population"],
         attr_alt=["Western Railway"])],
      published="2006-07-12"),

    P("d49_003",
      "Online edition of India's National Newspaper | Thursday, Jan 27, 2005\n"
      "Mandhardevi stampede toll rises to 291\n"
      "WAI (SATARA DISTRICT), JAN. 26. The toll in Tuesday's stampede at the Kalubai temple "
      "atop the Mandhardevi hill near here rose to 291 today, with 48 more bodies recovered "
      "from the stone steps and the charred stalls below them, the Satara Collector, Chandrakant "
      "Dalvi, said. Nearly three lakh pilgrims had converged on the hill for the annual yatra on "
      "Paush Purnima. The stampede began when devotees slipped on steps made slippery by coconut "
      "water and broken coconuts, and turned into a rout when a short-circuit set fire to the "
      "stalls. Of the dead, 186 were women, the police said. Over 200 injured persons were "
      "admitted to hospitals in Wai, Satara and Pune, doctors said, and at least 30 of them were "
      "in a serious condition. The Chief Minister, Vilasrao Deshmukh, announced an ex gratia of "
      "Rs 1 lakh for the next of kin of each victim.",
      [C("291", 291, "exact", "killed", "pilgrims killed in the stampede", ctx="rises to 291"),
       C("291", 291, "exact", "killed", "pilgrims killed in the stampede", DALVI,
         ctx="rose to 291"),
       C("48", 48, "exact", "killed", "bodies recovered", DALVI),
       C("Nearly three lakh", 300_000, "about", "other", "pilgrims on the hill"),
       C("186", 186, "exact", "killed", "women among the dead", "the police"),
       C("Over 200", 200, "more_than", "injured", "injured persons admitted to hospitals",
         "doctors"),
       C("at least 30", 30, "at_least", "injured", "injured in a serious condition",
         "doctors")],
      published="2005-01-27"),

    P("d49_004",
      "KUMILY: At least 102 Sabarimala pilgrims were killed and over 50 injured in a stampede "
      "at Pulmedu, near Vandiperiyar, on Friday night as they were returning after witnessing "
      "the Makaravilakku. Police said the stampede was triggered when a jeep carrying pilgrims "
      "lost control on the narrow forest road and ploughed into the crowd, causing those behind "
      "to fall over one another. Of the dead, 42 were from Tamil Nadu and 35 from Karnataka, and "
      "the rest from Kerala and Andhra Pradesh, Idukki District Collector Ashok Kumar Singh "
      "said. Forty-three bodies had been identified by Saturday noon, he said. Nearly 1.5 lakh "
      "pilgrims had gathered at Pulmedu to view the celestial light, according to forest "
      "officials, though the area can hold fewer than 20,000.",
      [C("At least 102", 102, "at_least", "killed", "Sabarimala pilgrims",
         attr_alt=["Police"]),
       C("over 50", 50, "more_than", "injured", "pilgrims injured", attr_alt=["Police"]),
       C("42", 42, "exact", "killed", "dead from Tamil Nadu", IDUKKI_COLLECTOR),
       C("35", 35, "exact", "killed", "dead from Karnataka", IDUKKI_COLLECTOR),
       C("Forty-three", 43, "exact", "killed", "bodies identified", IDUKKI_COLLECTOR,
         optional=True, cat_alt=["other"], attr_alt=["he"]),
       C("Nearly 1.5 lakh", 150_000, "about", "other", "pilgrims gathered at Pulmedu",
         "forest officials"),
       C("fewer than 20,000", 20_000, "fewer_than", "other", "capacity of the area",
         "forest officials", optional=True, attr_alt=[None])]),

    P("d49_005",
      "Hudhud batters Vizag; 24 dead in Andhra, Odisha\n"
      "Updated: October 13, 2014 03:04 IST\n"
      "VISAKHAPATNAM: Very severe cyclonic storm Hudhud crossed the coast near Visakhapatnam "
      "around noon on Sunday with wind speeds of up to 195 km/h, uprooting trees "
      "and snapping power and telecom lines across the port city. Twenty-one people died in "
      "Andhra Pradesh, most of them crushed under falling trees and walls, and three in Odisha, "
      "officials said. Andhra Pradesh had evacuated over 1.35 lakh people from low-lying "
      "villages in the north coastal districts to 223 relief camps before landfall, Chief Minister N. "
      "Chandrababu Naidu said. As many as 36 NDRF teams, along with Army and Navy columns, have "
      "been deployed for rescue and restoration work. The India Meteorological Department said "
      "the storm would weaken into a depression by Monday evening.",
      [C("24", 24, "exact", "killed", "people killed in Andhra Pradesh and Odisha"),
       C("Twenty-one", 21, "exact", "killed", "people killed in Andhra Pradesh", "officials"),
       C("three", 3, "exact", "killed", "people killed in Odisha", "officials",
         ctx="three in Odisha"),
       C("over 1.35 lakh", 135_000, "more_than", "displaced", "people evacuated", NAIDU),
       C("223", 223, "exact", "infrastructure", "relief camps", NAIDU,
         cat_alt=["other", "aid"]),
       C("As many as 36", 36, "at_most", "other", "NDRF teams deployed", optional=True,
         cat_alt=["troops"])],
      published="2014-10-13"),

    P("d49_006",
      "Express News Service | Thane\n"
      "The toll in the collapse of an illegal seven-storey building at Lucky Compound in Shil "
      "Phata, Mumbra, rose to 72 on Saturday as rescue teams pulled out 12 more bodies from the "
      "debris, officials of the Thane Municipal Corporation (TMC) said. Among the dead are 18 "
      "children. Sixty-two persons, including 11 women, were rescued alive and admitted to Kalwa "
      "and Thane civil hospitals. The building, which was being put up on forest land, had been "
      "occupied by around 35 families even as work on its upper floors continued. The Mumbra "
      "police have arrested nine persons, including two builders and a TMC deputy municipal "
      "commissioner, on charges of culpable homicide not amounting to murder.",
      [C("72", 72, "exact", "killed", "people killed in the building collapse", TMC),
       C("12", 12, "exact", "killed", "bodies pulled out", TMC),
       C("18", 18, "exact", "killed", "children among the dead", TMC, attr_alt=[None]),
       C("Sixty-two", 62, "exact", "other", "persons rescued alive", TMC,
         cat_alt=["injured"], attr_alt=[None]),
       C("11", 11, "exact", "other", "women rescued", TMC, cat_alt=["injured"],
         attr_alt=[None]),
       C("around 35", 35, "about", "population", "families occupying the building",
         cat_alt=["other"]),
       C("nine", 9, "exact", "detained", "persons arrested", attr_alt=["The Mumbra police"]),
       C("two", 2, "exact", "detained", "builders arrested", attr_alt=["The Mumbra police"],
         ctx="two builders")]),

    P("d49_007",
      "Hindustan Times, Nagpur\n"
      "Fifteen jawans of the Gadchiroli police's C-60 Quick Response Team and their civilian "
      "driver were martyred when Maoists blew up their private vehicle with an improvised "
      "explosive device (IED) near Jambhurkheda village in Kurkheda tehsil on Wednesday. The "
      "commandos were rushing to Dadapur, where Maoists had torched 36 vehicles and machines of "
      "a road construction firm before dawn, Director General of Police Subodh Jaiswal said. "
      "The IED, packed with around 40 kg of explosives, left a crater nearly 10 feet deep and "
      "flung the vehicle several metres. Around 150 Maoists were believed to have been involved "
      "in the attacks, a senior police officer said, speaking on condition of anonymity. "
      "Maharashtra Day celebrations were called off across the district, and Chief Minister "
      "Devendra Fadnavis said the sacrifice of the jawans would not go in vain.",
      [C("Fifteen", 15, "exact", "killed", "C-60 jawans martyred", attr_alt=[JAISWAL]),
       C("36", 36, "exact", "other", "vehicles and machines torched", JAISWAL, optional=True,
         cat_alt=["infrastructure"]),
       C("around 40", 40, "about", "munitions", "kilograms of explosives in the IED",
         optional=True),
       C("Around 150", 150, "about", "troops", "Maoists involved in the attacks",
         "a senior police officer", cat_alt=["other"])]),

    P("d49_008",
      "Updated - June 07, 2017 01:45 am IST\n"
      "MANDSAUR: Five farmers were killed and six injured when the police opened fire on "
      "agitators demanding loan waivers and better prices for their produce at Bahi Parshvanath "
      "Phanta on the Mhow-Neemuch highway on Tuesday. Home Minister Bhupendra Singh initially "
      "denied that the police had fired, but later said a judicial inquiry had been ordered. "
      "Mandsaur Collector Swatantra Kumar Singh said the protesters set fire to over 20 trucks "
      "and two police vehicles, and a curfew had been clamped in Mandsaur city and the Pipliya "
      "Mandi area. According to the Inspector General of Police, Ujjain range, 14 police "
      "personnel also sustained injuries in stone pelting. Over 600 personnel of the Rapid "
      "Action Force and the State police have been deployed in the district. Chief Minister "
      "Shivraj Singh Chouhan announced an ex gratia of Rs 1 crore for the family of each farmer "
      "killed.",
      [C("Five", 5, "exact", "killed", "farmers killed in police firing"),
       C("six", 6, "exact", "injured", "farmers injured in police firing"),
       C("over 20", 20, "more_than", "other", "trucks set on fire", MANDSAUR_DC,
         optional=True, cat_alt=["infrastructure"]),
       C("two", 2, "exact", "other", "police vehicles set on fire", MANDSAUR_DC,
         optional=True, cat_alt=["infrastructure"]),
       C("14", 14, "exact", "injured", "police personnel injured",
         "the Inspector General of Police, Ujjain range"),
       C("Over 600", 600, "more_than", "troops", "RAF and State police personnel deployed")],
      published="2017-06-07"),

    P("d49_009",
      "Kasganj violence: 112 arrested, FIR against 50 unknown persons\n"
      "TNN | Updated: Jan 29, 2018, 08:14 IST\n"
      "KASGANJ: Police have so far arrested 112 people in connection with the communal clashes "
      "that broke out during a Tiranga Yatra on Republic Day, in which 22-year-old Chandan Gupta "
      "was shot dead and another youth lost an eye. An FIR has been registered against 20 named "
      "and 50 unknown persons for the killing, Aligarh range Inspector General of Police Sanjeev "
      "Gupta said. Three shops, two buses and a car were torched on Saturday despite prohibitory "
      "orders, he said. Internet services remained suspended, and over 1,500 personnel of the "
      "PAC and RAF have been deployed in the town. Chandan's family has been given a cheque of "
      "Rs 20 lakh.",
      [C("112", 112, "exact", "detained", "people arrested over the Kasganj clashes",
         ctx="112 arrested"),
       C("50", 50, "exact", "detained", "unknown persons named in the FIR",
         cat_alt=["other"], ctx="against 50 unknown"),
       C("112", 112, "exact", "detained", "people arrested", attr_alt=["Police"],
         ctx="arrested 112 people"),
       C("20", 20, "exact", "detained", "named persons in the FIR", KASGANJ_IG,
         cat_alt=["other"], ctx="against 20 named"),
       C("50", 50, "exact", "detained", "unknown persons in the FIR", KASGANJ_IG,
         cat_alt=["other"], ctx="and 50 unknown"),
       C("Three", 3, "exact", "infrastructure", "shops torched", KASGANJ_IG,
         attr_alt=["he"]),
       C("two", 2, "exact", "other", "buses torched", KASGANJ_IG, optional=True,
         cat_alt=["infrastructure"], attr_alt=["he"]),
       C("over 1,500", 1500, "more_than", "troops", "PAC and RAF personnel deployed")],
      published="2018-01-29"),

    P("d49_010",
      "MALAPPURAM: Twenty-two persons, including 15 children, died when a double-decker tourist "
      "boat capsized near Thooval Theeram beach at Ottumpuram in Tanur on Sunday evening. The "
      "boat, which was licensed to carry only 22 passengers, had around 40 people on board, "
      "police said. Ten persons were rescued, and five of them are undergoing treatment at "
      "hospitals in Tirurangadi and Kottakkal. Eleven members of one family from Parappanangadi "
      "were among the dead, Minister for Sports V. Abdurahiman said. Fire and Rescue Services "
      "personnel, NDRF teams and local fishermen carried on the search through the night as "
      "bodies were fished out of the estuary. The State government announced an ex gratia of Rs "
      "10 lakh each to the families of the deceased, while the Prime Minister announced Rs 2 "
      "lakh from the PMNRF.",
      [C("Twenty-two", 22, "exact", "killed", "persons killed in the boat capsize",
         attr_alt=["police"]),
       C("15", 15, "exact", "killed", "children among the dead", attr_alt=["police"]),
       C("22", 22, "exact", "other", "licensed capacity of the boat", optional=True,
         attr_alt=["police"]),
       C("around 40", 40, "about", "other", "people on board", "police"),
       C("Ten", 10, "exact", "other", "persons rescued", "police", attr_alt=[None]),
       C("five", 5, "exact", "injured", "rescued persons under treatment", "police",
         attr_alt=[None]),
       C("Eleven", 11, "exact", "killed", "members of one family among the dead",
         "Minister for Sports V. Abdurahiman")]),

    P("d49_011",
      "KISHTWAR, Aug 15: The toll in Thursday's cloudburst at Chasoti village, the last "
      "motorable point on the route to the Machail Mata shrine, has risen to 60, including two "
      "CISF personnel, officials said on Friday. Over 100 injured persons have been shifted to "
      "hospitals in Kishtwar, Doda and Jammu, of whom 38 are stated to be critical. Divisional "
      "Commissioner Jammu Ramesh Kumar said at least 75 people were still missing, most of them "
      "pilgrims who had halted at a community kitchen (langar) when the flash flood struck around "
      "12.25 pm. Between 200 and 300 pilgrims were at the langar at the time, according to "
      "survivors. Teams of the Army, NDRF, SDRF and police have rescued 167 persons so far. The "
      "Machail yatra, which began on July 25, has been suspended.",
      [C("60", 60, "exact", "killed", "people killed in the Chasoti cloudburst", "officials"),
       C("two", 2, "exact", "killed", "CISF personnel killed", "officials"),
       C("Over 100", 100, "more_than", "injured", "injured persons shifted to hospitals",
         "officials", attr_alt=[None]),
       C("38", 38, "exact", "injured", "critically injured", "officials", attr_alt=[None]),
       C("at least 75", 75, "at_least", "missing", "people missing", KISHTWAR_DIVCOM),
       C("Between 200 and 300", 200, "range", "other", "pilgrims at the langar", "survivors",
         high=300),
       C("167", 167, "exact", "other", "persons rescued", attr_alt=[RESCUE_TEAMS])]),

    # --- Pakistan ------------------------------------------------------------------------------
    P("d49_012",
      "LAHORE, July 1: At least 42 people were killed and 175 injured when two suicide bombers "
      "blew themselves up in quick succession at Data Darbar, the shrine of Sufi saint Syed Ali "
      "Hajveri, on Thursday night. Thousands of devotees were present for the weekly Thursday "
      "gathering when the first bomber struck in the underground hall where visitors wash before "
      "prayers. Rescue 1122 officials said 37 of the injured were in critical condition at Mayo "
      "Hospital and Services Hospital. Capital City Police Officer Aslam Tareen said the heads of "
      "both bombers had been recovered and that they appeared to be aged between 18 and 22. "
      "Punjab Chief Minister Shahbaz Sharif announced Rs 300,000 for the heirs of each person "
      "killed and Rs 100,000 for each of the injured.",
      [C("At least 42", 42, "at_least", "killed", "people killed at Data Darbar"),
       C("175", 175, "exact", "injured", "people injured at Data Darbar"),
       C("two", 2, "exact", "troops", "suicide bombers", cat_alt=["other", "killed"]),
       C("Thousands", 1000, "vague", "other", "devotees at the shrine"),
       C("37", 37, "exact", "injured", "injured in critical condition",
         "Rescue 1122 officials")]),

    P("d49_013",
      "GOJRA: Seven members of a Christian family, including four women and a child, were burnt "
      "alive and 18 others injured when a mob set houses ablaze in Christian Town on Saturday "
      "over allegations that pages of the Holy Quran had been desecrated, police said. Another "
      "man, Hameed Masih, died of gunshot wounds in hospital late in the evening. The mob, "
      "numbering over 1,000, torched around 40 houses and a church, District Police Officer Inam "
      "Waheed told Dawn. A case has been registered against 17 named and 800 unidentified "
      "persons under the Anti-Terrorism Act, and 27 suspects have been taken into custody, the "
      "DPO added. Rangers were called in, and hundreds of Christian families "
      "spent the night in fields outside the town.",
      [C("Seven", 7, "exact", "killed", "members of a Christian family burnt alive", "police"),
       C("four", 4, "exact", "killed", "women among the dead", "police"),
       C("18", 18, "exact", "injured", "people injured", "police"),
       C("over 1,000", 1000, "more_than", "other", "people in the mob", GOJRA_DPO),
       C("around 40", 40, "about", "infrastructure", "houses torched", GOJRA_DPO),
       C("17", 17, "exact", "detained", "named persons booked", "the DPO", cat_alt=["other"],
         attr_alt=[GOJRA_DPO]),
       C("800", 800, "exact", "detained", "unidentified persons booked", "the DPO",
         cat_alt=["other"], attr_alt=[GOJRA_DPO]),
       C("27", 27, "exact", "detained", "suspects taken into custody", "the DPO",
         attr_alt=[GOJRA_DPO]),
       C("hundreds", 100, "vague", "displaced", "Christian families who spent the night in "
         "fields", "the DPO", attr_alt=[None, GOJRA_DPO])]),

    P("d49_014",
      "Lahore park blast toll climbs to 72\n"
      "Published: March 28, 2016\n"
      "LAHORE: The death toll from Sunday evening's suicide bombing at Gulshan-e-Iqbal Park rose "
      "to 72 on Monday, with 29 children among the dead, Punjab government spokesperson Zaeem "
      "Qadri said. More than 340 people were wounded in the blast, which went off near the "
      "children's swings as families, many of them Christians celebrating Easter, crowded the "
      "park. Jamaatul Ahrar, a faction of the Tehreek-e-Taliban Pakistan, claimed responsibility "
      "and said it had targeted Christians. The army said security forces had carried out five "
      "raids in Lahore, Faisalabad and Multan overnight and detained \"scores of suspected "
      "terrorists and facilitators\". The Punjab government announced three days of mourning.",
      [C("72", 72, "exact", "killed", "people killed in the park bombing",
         ctx="climbs to 72"),
       C("72", 72, "exact", "killed", "people killed in the park bombing", QADRI,
         ctx="to 72 on"),
       C("29", 29, "exact", "killed", "children among the dead", QADRI),
       C("More than 340", 340, "more_than", "injured", "people wounded", QADRI,
         attr_alt=[None]),
       C("five", 5, "exact", "other", "raids overnight", "The army", optional=True),
       C("scores", 20, "vague", "detained", "suspected terrorists and facilitators detained",
         "The army")],
      published="2016-03-28"),

    P("d49_015",
      "LAHORE, March 9: An enraged mob set fire to around 170 houses of Christians in Joseph "
      "Colony near Badami Bagh on Saturday over alleged blasphemy by a sanitary worker, though "
      "no one was killed as residents had fled the neighbourhood the previous night. Two "
      "churches and 18 shops were also torched, and household goods, motorcycles and Bibles were "
      "thrown into bonfires in the streets, witnesses said. Police said they had arrested 150 "
      "people and that over 3,000 unidentified persons had been booked under the "
      "Anti-Terrorism Act. Some 250 families spent the night in the open, and many returned on "
      "Sunday to find their homes reduced to ashes. The Punjab government announced Rs 500,000 "
      "for each family whose house was burnt.",
      [C("around 170", 170, "about", "infrastructure", "Christian houses set on fire"),
       C("Two", 2, "exact", "infrastructure", "churches torched", "witnesses"),
       C("18", 18, "exact", "infrastructure", "shops torched", "witnesses"),
       C("150", 150, "exact", "detained", "people arrested", "Police"),
       C("over 3,000", 3000, "more_than", "detained", "unidentified persons booked", "Police",
         cat_alt=["other"]),
       C("Some 250", 250, "about", "displaced", "families who spent the night in the open")]),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d49_016",
      "GILGIT: The level of the lake formed by the Attabad landslide in Hunza rose by another "
      "metre on Monday and the water is now about five metres below the spillway, officials of "
      "the National Disaster Management Authority said. The lake, which has submerged a "
      "19-kilometre stretch of the Karakoram Highway since January 4, 2010, is more than 100 "
      "metres deep in places. Engineers of the Frontier Works Organisation have spent 11 weeks "
      "deepening the spillway at a cost of Rs 360 million. No fresh loss of life has been "
      "reported, the NDMA said.",
      []),

    # --- Bangladesh ----------------------------------------------------------------------------
    P("d49_017",
      "MV Pinak-6 capsize: 100-plus still missing\n"
      "Published: 05 Aug 2014 01:12 AM BdST\n"
      "Munshiganj, Aug 4 (bdnews24.com) – More than 100 passengers remain missing after the "
      "overloaded launch MV Pinak-6 capsized in the turbulent Padma near Mawa ghat on Monday "
      "morning. Survivors said the three-storey launch, which left Kawrakandi ghat in Madaripur "
      "at 9am, had between 250 and 300 passengers on board although it was permitted to carry "
      "only 85. At least 110 people swam ashore or were picked up by speedboats and trawlers, "
      "Munshiganj Deputy Commissioner Saiful Hasan Badal said. Two bodies have been recovered so "
      "far. Salvage vessel Rustam of the Bangladesh Inland Water Transport Authority (BIWTA) "
      "reached the spot in the evening but could not locate the sunken launch in the strong "
      "current.",
      [C("100-plus", 100, "more_than", "missing", "passengers missing"),
       C("More than 100", 100, "more_than", "missing", "passengers missing",
         attr_alt=["Survivors"]),
       C("between 250 and 300", 250, "range", "other", "passengers on board", "Survivors",
         high=300),
       C("85", 85, "exact", "other", "permitted capacity of the launch", "Survivors",
         optional=True),
       C("At least 110", 110, "at_least", "other", "people who swam ashore or were picked up",
         BADAL),
       C("Two", 2, "exact", "killed", "bodies recovered", BADAL, attr_alt=[None])],
      published="2014-08-05"),

    P("d49_018",
      "The Daily Star, Saturday, February 28, 2009\n"
      "Mass grave found in Pilkhana, 42 bodies of army officers recovered\n"
      "Bodies of 42 army officers, including BDR Director General Maj Gen Shakil Ahmed, were dug "
      "out of a mass grave and two manholes inside the BDR headquarters at Pilkhana yesterday, a "
      "day after the 33-hour mutiny ended. Several bodies were fished out of the sewer that "
      "drains into the Buriganga, fire service officials said. The mutineers had held around 200 "
      "family members of officers hostage in their quarters before releasing them as troops and "
      "tanks moved in, the army said. Home Minister Sahara Khatun said about 1,000 BDR jawans had "
      "fled the headquarters in civilian clothes and that 2,500 rifles had been looted from the "
      "armoury. Over 70 officers are still unaccounted for, according to the army.",
      [C("42", 42, "exact", "killed", "army officers' bodies recovered",
         ctx="Pilkhana, 42 bodies"),
       C("42", 42, "exact", "killed", "army officers' bodies recovered",
         attr_alt=["fire service officials"], ctx="of 42 army"),
       C("two", 2, "exact", "other", "manholes", optional=True, ctx="two manholes"),
       C("around 200", 200, "about", "hostages", "officers' family members held hostage",
         "the army"),
       C("about 1,000", 1000, "about", "troops", "BDR jawans who fled", KHATUN,
         cat_alt=["other", "displaced"]),
       C("2,500", 2500, "exact", "munitions", "rifles looted from the armoury", KHATUN,
         cat_alt=["other"]),
       C("Over 70", 70, "more_than", "missing", "officers unaccounted for", "the army")],
      published="2009-02-28"),

    P("d49_019",
      "Uttara jet crash: death toll rises to 31, most of them students\n"
      "Staff Correspondent Dhaka Published: 22 Jul 2025, 10:15\n"
      "The death toll from the crash of an Air Force F-7 BGI training jet on the Milestone "
      "School and College campus in Diabari, Uttara, has risen to 31, the Inter Services Public "
      "Relations Directorate (ISPR) said on Tuesday morning. Of the dead, 25 are children, the "
      "ISPR said. As many as 165 people, mostly students of classes three to eight, were "
      "injured, and 78 of them are still undergoing treatment at the National Burn Institute and "
      "the Combined Military Hospital (CMH). The jet slammed into the two-storey Haydar Ali "
      "Bhaban minutes after taking off from AK Khandaker air base at 1:06 pm. The interim "
      "government declared a day of state mourning on Tuesday.",
      [C("31", 31, "exact", "killed", "people killed in the jet crash", ctx="rises to 31"),
       C("31", 31, "exact", "killed", "people killed in the jet crash", ISPR_FULL,
         ctx="risen to 31"),
       C("25", 25, "exact", "killed", "children among the dead", "the ISPR",
         attr_alt=[ISPR_FULL]),
       C("As many as 165", 165, "at_most", "injured", "people injured", "the ISPR",
         attr_alt=[None, ISPR_FULL]),
       C("78", 78, "exact", "injured", "injured still under treatment", "the ISPR",
         attr_alt=[None, ISPR_FULL])],
      published="2025-07-22"),

    P("d49_020",
      "KHULNA/SATKHIRA: The death toll from Cyclone Aila rose to 150 yesterday as more bodies "
      "were recovered from Koyra and Shyamnagar upazilas, while at least 300 people are still "
      "missing, the Disaster Management Bureau said. The tidal surge of up to 10 feet that "
      "accompanied the cyclone on Monday breached embankments and left nearly 4 lakh people "
      "marooned in Khulna and Satkhira. Army and Navy personnel distributed 120 tonnes of rice and "
      "dry food and 5,000 tents among the victims yesterday. Thousands of families rendered "
      "homeless have taken shelter on the embankments and are drinking saline water, local UP "
      "chairmen said. The government says nearly 39 lakh people have been affected along the "
      "coast.",
      [C("150", 150, "exact", "killed", "people killed by Cyclone Aila", DMB),
       C("at least 300", 300, "at_least", "missing", "people missing", DMB),
       C("nearly 4 lakh", 400_000, "about", "other", "people marooned", DMB,
         cat_alt=["population", "displaced"], attr_alt=[None]),
       C("120", 120, "exact", "aid", "tonnes of rice and dry food", attr_alt=[ARMY_NAVY]),
       C("5,000", 5000, "exact", "aid", "tents", attr_alt=[ARMY_NAVY]),
       C("Thousands", 1000, "vague", "displaced", "families rendered homeless",
         "local UP chairmen"),
       C("nearly 39 lakh", 3_900_000, "about", "other", "people affected", "The government",
         cat_alt=["population"])]),

    # --- Sri Lanka -----------------------------------------------------------------------------
    P("d49_021",
      "2017-04-16 10:12:35\n"
      "Meethotamulla tragedy: Death toll rises to 28\n"
      "The death toll in the collapse of the Meethotamulla garbage dump rose to 28 this morning "
      "with the recovery of two more bodies, the Disaster Management Centre (DMC) said. Eight "
      "of the dead were children. DMC spokesman Pradeep Kodippili said 145 houses had been "
      "completely or partially destroyed and that 1,765 persons from 625 families had been moved "
      "to two welfare centres in Kolonnawa. Some 400 Army personnel, along with police and Navy "
      "teams, were engaged in the search for at least eight people believed to be buried under "
      "the garbage, the Army said. Residents had protested for years against the 300-foot-high "
      "dump, which had been built up over nearly two decades.",
      [C("28", 28, "exact", "killed", "people killed in the dump collapse",
         ctx="rises to 28"),
       C("28", 28, "exact", "killed", "people killed in the dump collapse", DMC_LK,
         ctx="rose to 28"),
       C("two", 2, "exact", "killed", "bodies recovered", DMC_LK, ctx="two more"),
       C("Eight", 8, "exact", "killed", "children among the dead", DMC_LK, attr_alt=[None]),
       C("145", 145, "exact", "infrastructure", "houses destroyed", KODIPPILI),
       C("1,765", 1765, "exact", "displaced", "persons moved to welfare centres", KODIPPILI),
       C("625", 625, "exact", "displaced", "families moved to welfare centres", KODIPPILI),
       C("two", 2, "exact", "infrastructure", "welfare centres", KODIPPILI,
         cat_alt=["other", "aid"], ctx="two welfare"),
       C("Some 400", 400, "about", "troops", "Army personnel in the search", "the Army"),
       C("at least eight", 8, "at_least", "missing", "people believed buried", "the Army")],
      published="2017-04-16"),

    P("d49_022",
      "Koslanda landslide: 192 feared buried\n"
      "KOSLANDA, Oct 29: Around 192 people are feared to have been buried alive when a massive "
      "landslide swept away 66 line houses of the Meeriyabedda tea estate in Haldummulla this "
      "morning, Disaster Management Minister Mahinda Amaraweera said. By nightfall troops had "
      "recovered only three bodies, and the search was called off due to heavy rain. Some 330 "
      "estate residents, including 75 schoolchildren who had left for school before the slide, "
      "were moved to two schools in Koslanda, the Disaster Management Centre said. Around 500 "
      "Army personnel have been deployed at the site, and more were on their way from "
      "Diyatalawa. The Minister said the figure could come down as some workers may have been "
      "away at the time.",
      [C("192", 192, "exact", "killed", "people feared buried", cat_alt=["missing"],
         ctx="192 feared"),
       C("Around 192", 192, "about", "killed", "people feared buried", AMARAWEERA,
         cat_alt=["missing"]),
       C("66", 66, "exact", "infrastructure", "line houses swept away", AMARAWEERA),
       C("three", 3, "exact", "killed", "bodies recovered"),
       C("Some 330", 330, "about", "displaced", "estate residents moved to schools",
         "the Disaster Management Centre"),
       C("75", 75, "exact", "displaced", "schoolchildren moved", "the Disaster Management "
         "Centre"),
       C("two", 2, "exact", "infrastructure", "schools used as shelters",
         "the Disaster Management Centre", optional=True, cat_alt=["other", "aid"],
         ctx="two schools"),
       C("Around 500", 500, "about", "troops", "Army personnel deployed")]),

    P("d49_023",
      "March 8, 2018 12:40 pm\n"
      "KANDY – Police have arrested 85 persons, including the leader of a Sinhala nationalist "
      "group, over the anti-Muslim violence in Digana and Teldeniya, Police Spokesman SP Ruwan "
      "Gunasekara said. Two people have died since the violence erupted on Monday, among them a "
      "24-year-old man whose body was found in a burnt house. According to preliminary police "
      "figures, 46 houses, 41 shops and four mosques were damaged or set on fire, along with 35 "
      "vehicles. The government declared a state of emergency for 10 days and blocked social "
      "media platforms to stop the spread of hate speech. About 3,000 troops and Special Task "
      "Force personnel have been deployed in the district, where a curfew remains in force.",
      [C("85", 85, "exact", "detained", "persons arrested", GUNASEKARA),
       C("Two", 2, "exact", "killed", "people killed in the violence", GUNASEKARA,
         attr_alt=[None]),
       C("46", 46, "exact", "infrastructure", "houses damaged or burned", POLICE_FIGURES,
         attr_alt=["police figures"]),
       C("41", 41, "exact", "infrastructure", "shops damaged or burned", POLICE_FIGURES,
         attr_alt=["police figures"]),
       C("four", 4, "exact", "infrastructure", "mosques damaged or burned", POLICE_FIGURES,
         attr_alt=["police figures"]),
       C("35", 35, "exact", "other", "vehicles damaged or burned", POLICE_FIGURES,
         optional=True, cat_alt=["infrastructure"], attr_alt=["police figures"]),
       C("About 3,000", 3000, "about", "troops", "troops and STF personnel deployed")],
      published="2018-03-08"),

    P("d49_024",
      "ALUTHGAMA – A week after the riots that left three people dead and more than 80 injured "
      "in Aluthgama, Beruwala and Dharga Town, around 1,200 people are still sheltering in "
      "mosques and schools, officials of the Kalutara District Secretariat said. Army engineers "
      "have begun repairing 79 houses and shops damaged in the arson attacks, Military Spokesman "
      "Brigadier Ruwan Wanigasooriya said. The Cabinet has approved Rs 200 million for the "
      "rebuilding. Police said 56 people had been arrested so far, of whom 21 have been "
      "remanded, and that 23 of the injured were police officers.",
      [C("three", 3, "exact", "killed", "people killed in the riots", attr_alt=[KALUTARA]),
       C("more than 80", 80, "more_than", "injured", "people injured in the riots",
         attr_alt=[KALUTARA]),
       C("around 1,200", 1200, "about", "displaced", "people sheltering in mosques and "
         "schools", KALUTARA),
       C("79", 79, "exact", "infrastructure", "houses and shops damaged",
         "Military Spokesman Brigadier Ruwan Wanigasooriya"),
       C("56", 56, "exact", "detained", "people arrested", "Police"),
       C("21", 21, "exact", "detained", "people remanded", "Police"),
       C("23", 23, "exact", "injured", "police officers among the injured", "Police")]),

    # --- Nepal ---------------------------------------------------------------------------------
    P("d49_025",
      "Published at : May 3, 2015\n"
      "GORKHA, May 2 – A week after the 7.8 magnitude earthquake, relief has finally begun "
      "reaching Barpak, the village near the epicentre where 1,100 houses collapsed "
      "and 72 people were killed, Chief District Officer Uddhav Prasad Timilsina said. The toll "
      "in Gorkha district stands at 410, with 941 injured, according to the District Police "
      "Office. Nepal Army helicopters ferried 1,500 tarpaulins and 300 sacks of rice to Barpak "
      "on Friday, but villagers in Laprak said they had received nothing so far. Nearly 90 "
      "percent of the houses in the district have been damaged, the CDO said. Around 7,000 "
      "families are living under makeshift shelters of bamboo and plastic sheets.",
      [C("1,100", 1100, "exact", "infrastructure", "houses collapsed in Barpak", TIMILSINA),
       C("72", 72, "exact", "killed", "people killed in Barpak", TIMILSINA),
       C("410", 410, "exact", "killed", "people killed in Gorkha district", GORKHA_DPO),
       C("941", 941, "exact", "injured", "people injured in Gorkha district", GORKHA_DPO),
       C("1,500", 1500, "exact", "aid", "tarpaulins ferried to Barpak", attr_alt=[NA_HELI]),
       C("300", 300, "exact", "aid", "sacks of rice ferried to Barpak", attr_alt=[NA_HELI]),
       C("Nearly 90 percent", 90, "about", "infrastructure", "share of houses damaged",
         "the CDO", optional=True, attr_alt=[TIMILSINA]),
       C("Around 7,000", 7000, "about", "displaced", "families under makeshift shelters",
         "the CDO", attr_alt=[None, TIMILSINA])],
      published="2015-05-03"),

    P("d49_026",
      "KATHMANDU, AUGUST 14 – The death toll from floods and landslides triggered by incessant "
      "rainfall since Friday has reached 91, while 38 people are still missing, the Ministry of "
      "Home Affairs said on Monday. Twenty-one of the deaths were reported from Saptari, Morang "
      "and Jhapa districts in the eastern Tarai. According to the ministry, more than 27,000 "
      "security personnel of the Nepal Army, Armed Police Force and Nepal Police have been "
      "mobilised, and they have rescued 3,200 people by helicopter and boat. The ministry's "
      "figures show that about 36,000 families have been displaced and 21,000 houses submerged. "
      "The Nepal Red Cross Society said it had distributed relief materials to 4,800 families "
      "so far.",
      [C("91", 91, "exact", "killed", "people killed in floods and landslides", MOHA),
       C("38", 38, "exact", "missing", "people missing", MOHA),
       C("Twenty-one", 21, "exact", "killed", "deaths in Saptari, Morang and Jhapa", MOHA,
         attr_alt=[None]),
       C("more than 27,000", 27_000, "more_than", "troops", "security personnel mobilised",
         "the ministry", attr_alt=[MOHA]),
       C("3,200", 3200, "exact", "other", "people rescued", "the ministry",
         attr_alt=[MOHA]),
       C("about 36,000", 36_000, "about", "displaced", "families displaced", MOHA_FIGURES,
         attr_alt=["the ministry"]),
       C("21,000", 21_000, "exact", "infrastructure", "houses submerged", MOHA_FIGURES,
         attr_alt=["the ministry"]),
       C("4,800", 4800, "exact", "other", "families given relief", NRCS, cat_alt=["aid"])]),

    # --- Philippines ---------------------------------------------------------------------------
    P("d49_027",
      "Last updated 01:42am (Mla time) 02/19/2006\n"
      "ST. BERNARD, Southern Leyte -- Fewer than 60 survivors have been pulled out of the mud "
      "that buried the farming village of Guinsaugon on Friday morning, and 53 bodies have been "
      "recovered, provincial officials said Saturday. Some 1,800 people lived in the village, "
      "and about 1,400 remain unaccounted for, said Gov. Rosette Lerias. Among them are 246 "
      "pupils and seven teachers of the village elementary school, which was in session when the "
      "mountainside collapsed. More than 3,000 residents of neighboring villages have been "
      "evacuated for fear of further landslides. Rescuers, including US Marines who arrived on "
      "Saturday, were digging with shovels and bare hands as rain continued to fall.",
      [C("Fewer than 60", 60, "fewer_than", "other", "survivors pulled out",
         "provincial officials"),
       C("53", 53, "exact", "killed", "bodies recovered", "provincial officials"),
       C("Some 1,800", 1800, "about", "population", "people living in Guinsaugon", LERIAS),
       C("about 1,400", 1400, "about", "missing", "people unaccounted for", LERIAS),
       C("246", 246, "exact", "missing", "pupils unaccounted for", LERIAS,
         cat_alt=["population"], attr_alt=[None]),
       C("seven", 7, "exact", "missing", "teachers unaccounted for", LERIAS,
         attr_alt=[None]),
       C("More than 3,000", 3000, "more_than", "displaced", "residents evacuated", LERIAS,
         attr_alt=[None])],
      published="2006-02-19"),

    P("d49_028",
      "July 12, 2000 | 12:00am\n"
      "The death toll in the Payatas dumpsite landslide in Quezon City climbed to 116 yesterday "
      "as rescuers retrieved 23 more bodies from beneath the mountain of garbage, the city's "
      "disaster coordinating council said. At least 100 residents remain missing and are feared "
      "buried under the trash, which collapsed on about 150 shanties after days of heavy rain "
      "brought by successive typhoons. Mayor Ismael Mathay Jr. said about 500 families have "
      "been moved to evacuation centers at the Payatas Elementary School and nearby chapels. "
      "Hundreds of scavengers who live off the dump were back on the slopes by afternoon, "
      "ignoring police orders to stay away. President Estrada ordered the dump closed pending an "
      "investigation.",
      [C("116", 116, "exact", "killed", "people killed in the Payatas landslide", QC_COUNCIL),
       C("23", 23, "exact", "killed", "bodies retrieved", QC_COUNCIL),
       C("At least 100", 100, "at_least", "missing", "residents missing", QC_COUNCIL,
         cat_alt=["killed"], attr_alt=[None]),
       C("about 150", 150, "about", "infrastructure", "shanties buried", QC_COUNCIL,
         attr_alt=[None]),
       C("about 500", 500, "about", "displaced", "families moved to evacuation centers",
         "Mayor Ismael Mathay Jr."),
       C("Hundreds", 100, "vague", "other", "scavengers back on the slopes",
         cat_alt=["population"])],
      published="2000-07-12"),

    P("d49_029",
      "Kristine death toll climbs to 46 —NDRRMC\n"
      "Published October 25, 2024 10:12pm\n"
      "The death toll from Severe Tropical Storm Kristine (Trami) rose to 46 on Friday, with 20 "
      "people still missing, the National Disaster Risk Reduction and Management Council "
      "(NDRRMC) said. Most of the deaths were recorded in the Bicol region, where floodwaters "
      "rose to the second floor of houses in Naga City and several towns of Camarines Sur. Some "
      "2.1 million people have been affected, and more than 317,000 are staying in 3,700 "
      "evacuation centers, the agency said. The Department of Social Welfare and Development "
      "said it had sent over 200,000 family food packs to the region. \"We have no more rubber "
      "boats. Our rescuers are using refrigerators and tubs,\" a Naga City councilor said over "
      "the radio.",
      [C("46", 46, "exact", "killed", "people killed by Kristine", "NDRRMC",
         attr_alt=[NDRRMC_FULL], ctx="climbs to 46"),
       C("46", 46, "exact", "killed", "people killed by Kristine", NDRRMC_FULL,
         ctx="rose to 46"),
       C("20", 20, "exact", "missing", "people missing", NDRRMC_FULL),
       C("Some 2.1 million", 2_100_000, "about", "other", "people affected", "the agency",
         cat_alt=["population"], attr_alt=[NDRRMC_FULL]),
       C("more than 317,000", 317_000, "more_than", "displaced",
         "people in evacuation centers", "the agency", attr_alt=[NDRRMC_FULL]),
       C("3,700", 3700, "exact", "infrastructure", "evacuation centers", "the agency",
         cat_alt=["other", "aid"], attr_alt=[NDRRMC_FULL]),
       C("over 200,000", 200_000, "more_than", "aid", "family food packs sent",
         "The Department of Social Welfare and Development")],
      published="2024-10-25"),

    P("d49_030",
      "DAVAO CITY – The death toll from Friday night's explosion at the night market on Roxas "
      "Avenue rose to 15 on Saturday after a woman died at the Southern Philippines Medical "
      "Center, Davao City Police Office spokesperson Senior Inspector Rosa Villanueva said. At "
      "least 69 people were wounded, 12 of them critically, she said. Investigators said the "
      "improvised bomb, made from an 81mm mortar round, was left in a bag near a massage stall. "
      "President Rodrigo Duterte declared a \"state of lawlessness\" nationwide, and some 2,000 "
      "soldiers and police were deployed to checkpoints around the city. Police have taken three "
      "men in for questioning but have not named a suspect.",
      [C("15", 15, "exact", "killed", "people killed in the night market blast", DAVAO_SPOX),
       C("At least 69", 69, "at_least", "injured", "people wounded", DAVAO_SPOX,
         attr_alt=["she"]),
       C("12", 12, "exact", "injured", "critically wounded", DAVAO_SPOX, attr_alt=["she"]),
       C("some 2,000", 2000, "about", "troops", "soldiers and police deployed"),
       C("three", 3, "exact", "detained", "men taken in for questioning",
         attr_alt=["Police"])]),

    # --- Indonesia -----------------------------------------------------------------------------
    P("d49_031",
      "Surabaya / Mon, May 14, 2018 / 09:12 am\n"
      "The toll from Sunday's suicide bombings at three churches in Surabaya, East Java, has "
      "risen to 13, not counting the bombers, with 41 others injured, National Police chief Gen. "
      "Tito Karnavian said. The attacks were carried out by a family of six, among them two "
      "girls aged 9 and 12, who all died in the blasts, he said. Hours later, three members of "
      "another family were killed when a bomb went off prematurely in their apartment in "
      "Sidoarjo. Police said they had shot dead four suspected militants and arrested 13 others "
      "in raids across East Java on Monday. President Joko \"Jokowi\" Widodo called the attacks "
      "\"barbaric\".",
      [C("three", 3, "exact", "other", "churches attacked", TITO,
         cat_alt=["infrastructure"], ctx="three churches"),
       C("13", 13, "exact", "killed", "people killed in the church bombings", TITO,
         ctx="risen to 13"),
       C("41", 41, "exact", "injured", "people injured", TITO),
       C("six", 6, "exact", "killed", "family members who carried out the bombings", TITO,
         cat_alt=["troops", "other"], attr_alt=["he"]),
       C("two", 2, "exact", "killed", "girls among the bombers", TITO, optional=True,
         cat_alt=["troops", "other"], attr_alt=["he"], ctx="two girls"),
       C("three", 3, "exact", "killed", "members of a family killed in Sidoarjo",
         ctx="three members"),
       C("four", 4, "exact", "killed", "suspected militants shot dead", "Police"),
       C("13", 13, "exact", "detained", "suspects arrested", "Police", ctx="arrested 13")],
      published="2018-05-14"),

    P("d49_032",
      "BANTUL, Yogyakarta, May 29 (ANTARA) - The death toll from Saturday's magnitude 5.9 "
      "earthquake in Yogyakarta and Central Java has climbed to 5,427, with Bantul regency "
      "accounting for 3,968 of the deaths, the Social Affairs Ministry said on Monday. More than "
      "20,000 people were injured and an estimated 200,000 rendered homeless as some 135,000 "
      "houses collapsed. Hospitals in Yogyakarta were treating patients in corridors and car "
      "parks, and Dr Sardjito Hospital alone had admitted over 1,500 injured persons, its "
      "director said. The military has sent 1,000 troops to help clear debris and bury the dead. "
      "The World Food Programme said it was distributing 170 tonnes of rice and high-energy "
      "biscuits in Bantul.",
      [C("5,427", 5427, "exact", "killed", "people killed in the earthquake", ID_SOCIAL),
       C("3,968", 3968, "exact", "killed", "deaths in Bantul", ID_SOCIAL),
       C("More than 20,000", 20_000, "more_than", "injured", "people injured", ID_SOCIAL,
         attr_alt=[None]),
       C("an estimated 200,000", 200_000, "about", "displaced", "people rendered homeless",
         ID_SOCIAL, attr_alt=[None]),
       C("some 135,000", 135_000, "about", "infrastructure", "houses collapsed", ID_SOCIAL,
         attr_alt=[None]),
       C("over 1,500", 1500, "more_than", "injured", "injured persons admitted to Dr Sardjito "
         "Hospital", "its director"),
       C("1,000", 1000, "exact", "troops", "troops sent", attr_alt=["The military"]),
       C("170", 170, "exact", "aid", "tonnes of rice and biscuits",
         "The World Food Programme")]),

    P("d49_033",
      "SAMPIT, Central Kalimantan (JP): At least 270 people, most of them Madurese migrants, "
      "have been killed in a week of ethnic violence in and around this river town, police "
      "spokesman Sr. Supt. Saleh Saaf said on Monday. More than 25,000 Madurese have fled the "
      "town, many of them aboard navy ships bound for Surabaya and Semarang, and some "
      "30,000 more are sheltering at the regency office and the local police compound waiting to "
      "be evacuated. Hundreds of houses belonging to Madurese families have been burned, "
      "residents said. Police said they had arrested 38 people, including a local official "
      "suspected of funding the attacks. The government has sent 1,000 additional troops and "
      "police to Central Kalimantan.",
      [C("At least 270", 270, "at_least", "killed", "people killed in ethnic violence", SAAF),
       C("More than 25,000", 25_000, "more_than", "displaced", "Madurese who fled", SAAF,
         attr_alt=[None]),
       C("some 30,000", 30_000, "about", "displaced", "people sheltering and waiting to be "
         "evacuated", SAAF, attr_alt=[None]),
       C("Hundreds", 100, "vague", "infrastructure", "Madurese houses burned", "residents"),
       C("38", 38, "exact", "detained", "people arrested", "Police"),
       C("1,000", 1000, "exact", "troops", "troops and police sent",
         attr_alt=["The government"])]),

    # --- Malaysia ------------------------------------------------------------------------------
    P("d49_034",
      "Published: Sunday December 28, 2014 MYT 9:12:00 AM\n"
      "KOTA BARU: The number of flood evacuees in Kelantan has risen to 158,000, making it the "
      "worst-hit state, as the Kelantan River at Guillemard Bridge rose to 34.17m, well above the "
      "danger level of 25m. Nationwide, more than 225,000 people are being housed in 1,150 relief "
      "centres, the National Security Council said. Five deaths have been "
      "reported, three of them in Kelantan, police said. The Armed Forces said it had airlifted "
      "30 tonnes of food and drinking water to villages cut off in Kuala Krai and Manek Urai. "
      "\"We have not eaten properly for two days,\" said a flood victim at a relief centre in "
      "Pasir Mas.",
      [C("158,000", 158_000, "exact", "displaced", "flood evacuees in Kelantan",
         attr_alt=[NSC]),
       C("more than 225,000", 225_000, "more_than", "displaced", "people housed in relief "
         "centres", NSC),
       C("1,150", 1150, "exact", "infrastructure", "relief centres", NSC,
         cat_alt=["other", "aid"]),
       C("Five", 5, "exact", "killed", "flood deaths", "police"),
       C("three", 3, "exact", "killed", "deaths in Kelantan", "police"),
       C("30", 30, "exact", "aid", "tonnes of food and water airlifted", "The Armed Forces")],
      published="2014-12-28"),

    P("d49_035",
      "September 14, 2017 @ 8:49pm\n"
      "KUALA LUMPUR: Twenty-one students and two teachers of the Darul Quran Ittifaqiyah tahfiz "
      "school in Jalan Datuk Keramat were killed when fire tore through their dormitory before "
      "dawn today, the Fire and Rescue Department said. The victims, aged between six and 16, "
      "were trapped behind the grilled windows of the third-floor dormitory, whose only exit was "
      "blocked by the flames. Fourteen other students were rescued and seven of them are warded "
      "at Kuala Lumpur Hospital, department director Datuk Khirudin Drahman said. The school had "
      "37 students enrolled. Police have detained seven teenagers, aged 11 to 18, on suspicion "
      "of starting the fire after a quarrel with some of the students.",
      [C("Twenty-one", 21, "exact", "killed", "students killed in the tahfiz fire", FIRE_MY),
       C("two", 2, "exact", "killed", "teachers killed", FIRE_MY),
       C("Fourteen", 14, "exact", "other", "students rescued", KHIRUDIN),
       C("seven", 7, "exact", "injured", "rescued students warded", KHIRUDIN,
         ctx="seven of them"),
       C("37", 37, "exact", "population", "students enrolled", cat_alt=["other"]),
       C("seven", 7, "exact", "detained", "teenagers detained", attr_alt=["Police"],
         ctx="seven teenagers")],
      published="2017-09-14"),

    # --- Thailand ------------------------------------------------------------------------------
    P("d49_036",
      "PATTANI - A total of 107 suspected militants and five members of the security forces "
      "were killed yesterday when more than 100 young men armed mostly with machetes and a few "
      "guns attacked 11 police posts and checkpoints in Pattani, Yala and Songkhla, the Internal "
      "Security Operations Command said. At the 425-year-old Krue Se mosque, 32 gunmen who had "
      "taken refuge inside were killed after a nine-hour stand-off ended with soldiers firing "
      "rocket-propelled grenades into the building. Seventeen suspects were arrested, police "
      "said. Deputy Prime Minister Chavalit Yongchaiyudh, who had ordered the troops at the "
      "mosque to negotiate, said the assault had been carried out against his instructions.",
      [C("107", 107, "exact", "killed", "suspected militants killed", ISOC),
       C("five", 5, "exact", "killed", "security forces killed", ISOC),
       C("more than 100", 100, "more_than", "troops", "young men who attacked", ISOC,
         cat_alt=["other"]),
       C("11", 11, "exact", "other", "police posts and checkpoints attacked", ISOC,
         cat_alt=["infrastructure"]),
       C("32", 32, "exact", "killed", "gunmen killed in Krue Se mosque", ISOC,
         attr_alt=[None]),
       C("Seventeen", 17, "exact", "detained", "suspects arrested", "police")]),

    P("d49_037",
      "Santika death toll rises to 61\n"
      "PUBLISHED : 2 Jan 2009 at 00:00\n"
      "Sixty-one people were killed and more than 200 injured when fire swept through the "
      "Santika pub on Ekkamai during a New Year countdown party, police said yesterday. About "
      "1,000 revellers were inside when a fireworks display on the stage set the ceiling alight, "
      "said Pol Lt Gen Jongrak Juthanont, the Metropolitan Police Bureau's deputy chief. Most of "
      "the victims were trapped near the main entrance, the only exit most patrons knew about. "
      "Of the injured, 96 remain in hospital, the Erawan Medical Centre said. Seven "
      "foreigners were among the dead, the Foreign Ministry said.",
      [C("61", 61, "exact", "killed", "people killed in the Santika fire"),
       C("Sixty-one", 61, "exact", "killed", "people killed in the Santika fire", "police"),
       C("more than 200", 200, "more_than", "injured", "people injured", "police"),
       C("About 1,000", 1000, "about", "other", "revellers inside the pub", JONGRAK),
       C("96", 96, "exact", "injured", "injured still in hospital", ERAWAN),
       C("Seven", 7, "exact", "killed", "foreigners among the dead", "the Foreign Ministry")],
      published="2009-01-02"),

    # --- Myanmar -------------------------------------------------------------------------------
    P("d49_038",
      "Monday, 25 March 2013\n"
      "MEIKTILA — At least 40 people were killed in three days of anti-Muslim violence in this "
      "central Myanmar town, state television reported, after President Thein Sein declared a "
      "state of emergency and sent in troops on Friday. About 12,000 people, most of them "
      "Muslims, have been displaced and are sheltering in a sports stadium and a police "
      "compound, according to UN officials. More than 800 houses and 13 mosques were burned "
      "down, a local member of parliament said. Police said 35 people had been arrested for "
      "arson and murder. Reporters saw charred bodies lying in the streets on Thursday.",
      [C("At least 40", 40, "at_least", "killed", "people killed in Meiktila",
         "state television"),
       C("About 12,000", 12_000, "about", "displaced", "people displaced", "UN officials"),
       C("More than 800", 800, "more_than", "infrastructure", "houses burned", MEIKTILA_MP),
       C("13", 13, "exact", "infrastructure", "mosques burned", MEIKTILA_MP),
       C("35", 35, "exact", "detained", "people arrested", "Police")],
      published="2013-03-25"),

    P("d49_039",
      "NAY PYI TAW, 5 Aug — The death toll from floods and landslides across the country has "
      "risen to 88, and over 1 million people have been affected since "
      "late June, the Relief and Resettlement Department said yesterday. Over 260,000 people are "
      "sheltering in 400 relief camps, most of them in monasteries and schools, the department "
      "said. The department has distributed 2,500 bags of rice and 10,000 packets of drinking "
      "water to the camps. Tatmadaw helicopters airlifted 700 stranded residents from villages "
      "in Kalay Township to higher ground on Tuesday. Cyclone Komen, which made landfall in "
      "Bangladesh on 30 July, brought heavy rain to Chin State and Rakhine State.",
      [C("88", 88, "exact", "killed", "people killed in floods and landslides", RRD),
       C("over 1 million", 1_000_000, "more_than", "other", "people affected", RRD,
         cat_alt=["population"]),
       C("Over 260,000", 260_000, "more_than", "displaced", "people in relief camps",
         "the department", attr_alt=[RRD]),
       C("400", 400, "exact", "infrastructure", "relief camps", "the department",
         cat_alt=["other", "aid"], attr_alt=[RRD]),
       C("2,500", 2500, "exact", "aid", "bags of rice distributed",
         attr_alt=["The department"]),
       C("10,000", 10_000, "exact", "aid", "packets of drinking water",
         attr_alt=["The department"]),
       C("700", 700, "exact", "displaced", "stranded residents airlifted",
         cat_alt=["other"], attr_alt=["Tatmadaw helicopters"])]),

    P("d49_040",
      "By SAN YAMIN AUNG\n"
      "PAUNG, Mon State — Rescue workers recovered 12 more bodies on Sunday from the mud that "
      "buried Ye Pyar Kone village in Paung Township, bringing the death toll from Friday's "
      "landslide to 51, the township administrator said. At least 47 people were injured and "
      "around 30 are still missing. Sixteen houses and a monastery were buried under the slide, "
      "which struck before dawn after days of torrential rain. Some 500 soldiers, firefighters "
      "and volunteers have been searching the debris with excavators. Across Mon and Karen "
      "states, more than 90,000 people have been displaced by the monsoon floods, according to "
      "the Department of Disaster Management.",
      [C("12", 12, "exact", "killed", "bodies recovered", PAUNG_ADMIN),
       C("51", 51, "exact", "killed", "people killed in the Paung landslide", PAUNG_ADMIN),
       C("At least 47", 47, "at_least", "injured", "people injured", PAUNG_ADMIN,
         attr_alt=[None]),
       C("around 30", 30, "about", "missing", "people missing", PAUNG_ADMIN,
         attr_alt=[None]),
       C("Sixteen", 16, "exact", "infrastructure", "houses buried", PAUNG_ADMIN,
         attr_alt=[None]),
       C("Some 500", 500, "about", "troops", "soldiers, firefighters and volunteers "
         "searching", cat_alt=["other"]),
       C("more than 90,000", 90_000, "more_than", "displaced", "people displaced by floods in "
         "Mon and Karen states", "the Department of Disaster Management")]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d49_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
