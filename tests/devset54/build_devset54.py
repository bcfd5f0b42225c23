"""Source of the fifty-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages in SHORT and FRAGMENTED news formats, 2005–2025: "BREAKING:", "JUST IN:",
"UPDATE:" and "FLASH:" lines, push alerts with timestamps, TV news tickers, live-blog entries,
officials' posts on X/Twitter/Facebook embedded in articles, photo captions, fact boxes ("KEY
FIGURES", "What we know"), bulleted summaries, table-like lines ("Dead: 156 | Injured: 1,080"),
pipe tables, headline + standfirst + first paragraph, and corrections appended to articles.
Written for this set (none copied from an article) on real attacks, disasters, protests and
kidnappings not used by earlier sets. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of ``tests/devset2`` onwards and ``tests/holdout2``. Figures follow contemporary reports loosely
and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset54/build_devset54.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 54)] + ["holdout", "holdout2",
                                                                 "holdout3"]

METWALLI = "South Sinai governor Mohammed Hani Metwalli"
SINDH = "Sindh home department"
PK_MOI = "Interior Ministry"
XJ = "regional officials"
CONE = "Lt. Gen. Robert Cone"
MA_MOI = "the Interior Ministry"
JUPPE = "French Foreign Minister Alain Juppé"
DUPNIK = "Pima County Sheriff Clarence Dupnik"
MOLINS = "the Paris prosecutor François Molins"
OATES = "Aurora Police Chief Dan Oates"
CPH = "Copenhagen Police"
DAVUTOGLU = "Prime Minister Ahmet Davutoğlu"
HDP = "The pro-Kurdish HDP"
TR_MOH = "The health ministry"
BURGUAN = "police chief Jarrod Burguan"
MAYAR = "Ministry spokesman Waheedullah Mayar"
MET = "The Metropolitan police"
ROWLEY = "Acting deputy commissioner Mark Rowley"
MPS = "Metropolitan Police Service"
SAUNDERS = "police Chief Mark Saunders"
SUNNYBROOK = "Sunnybrook hospital"
CASTANER = "Interior Minister Christophe Castaner"
HEITZ = "Paris prosecutor Rémy Heitz"
VAN_ZANEN = "Mayor Jan van Zanen"
ALLEN_PD = "The Allen Police Department"
MEDICAL_CITY = "Medical City Healthcare"
GMP = "Greater Manchester Police"
SWARAJ = "External Affairs Minister Sushma Swaraj"
ABIY = "Prime Minister Abiy Ahmed's office"
SHITAYE = "Asmamaw Shitaye"
CENTCOM = "U.S. Central Command"
SOCIAL = "SOCIAL AFFAIRS MINISTRY"
KALLA = "Vice-President Jusuf Kalla"
BIHAR_DMD = "Disaster Management Department"
NITISH = "Chief Minister Nitish Kumar"
BNPB = "The National Disaster Management Agency (BNPB)"
SATOKO = "Local official Hendri Dori Satoko"
ICE_CP = "Icelandic Civil Protection"
KEY = "PM John Key"
GIBSON = "Police Superintendent Russell Gibson"
ME_OK = "The Oklahoma medical examiner's office"
FALLIN = "Gov. Mary Fallin"
DPC = "DPC"
HT_CP = "Haiti's civil protection agency"
MUJAHID = "Zabihullah Mujahid"
FITRAT = "spokesman Hamdullah Fitrat"
RU_EMERCOM = "Emergencies Ministry data"
NENSHI = "Naheed Nenshi"
AB_GOV = "The Alberta government"
MACKAY = "Defence Minister Peter MacKay"
CALGARY_EOC = "Calgary's emergency operations centre"
HK_HA = "The Hospital Authority"
CN_MEDIA = "Chinese state media"
TIBET_REPORTS = "unconfirmed reports from inside Tibet"
TGIE = "The Tibetan government-in-exile in Dharamsala, India"

PASSAGES = [
    # --- BREAKING stack: Dahab bombings, April 2006 --------------------------------------------
    P("d54_001",
      "BREAKING: Three blasts hit Egyptian Red Sea resort of Dahab\n"
      "JUST IN: At least 30 people killed in Dahab explosions, Egyptian state TV reports\n"
      "UPDATE: Interior ministry says 23 dead, among them 20 Egyptians, and more than 60 wounded\n"
      "The explosions went off within minutes of each other at about 7:15 p.m. on Monday near a "
      "restaurant, a supermarket and a footbridge on the crowded seafront, on the eve of a long "
      "holiday weekend. South Sinai governor Mohammed Hani Metwalli said 10 of the wounded were "
      "foreigners and that several had been flown to Sharm el-Sheikh for treatment. No group has "
      "claimed responsibility.",
      [C("Three", 3, "exact", "other", "blasts in Dahab (breaking line)", cat_alt=["munitions"]),
       C("At least 30", 30, "at_least", "killed", "people in Dahab", "Egyptian state TV"),
       C("23", 23, "exact", "killed", "dead in Dahab", "Interior ministry"),
       C("20", 20, "exact", "killed", "Egyptians among the dead", "Interior ministry"),
       C("more than 60", 60, "more_than", "injured", "wounded in Dahab", "Interior ministry"),
       C("10", 10, "exact", "injured", "foreigners among the wounded", METWALLI)]),

    # --- Push alerts: Karsaz bombing, Karachi, October 2007 ------------------------------------
    P("d54_002",
      "Push notifications — Dawn News app\n"
      "Oct 19, 2007, 12:58 AM — Two explosions near Benazir Bhutto's convoy in Karachi, police "
      "say; Bhutto unhurt\n"
      "Oct 19, 2007, 2:10 AM — Karachi police chief: at least 100 killed in blasts on Sharea "
      "Faisal\n"
      "Oct 19, 2007, 9:45 AM — Death toll rises to 136; more than 450 injured, says Sindh home "
      "department\n"
      "Oct 19, 2007, 4:30 PM — PPP says at least 50 of the dead were party workers who formed a "
      "human chain around Bhutto's truck\n"
      "Bhutto had flown home on Thursday after eight years of self-imposed exile, and hundreds "
      "of thousands of supporters lined the route of her procession from the airport.",
      [C("Two", 2, "exact", "other", "explosions near the convoy", "police",
         cat_alt=["munitions"]),
       C("at least 100", 100, "at_least", "killed", "people on Sharea Faisal",
         "Karachi police chief"),
       C("136", 136, "exact", "killed", "dead in the Karachi blasts", SINDH),
       C("more than 450", 450, "more_than", "injured", "injured in the Karachi blasts", SINDH),
       C("at least 50", 50, "at_least", "killed", "PPP workers among the dead", "PPP"),
       C("hundreds of thousands", 100000, "vague", "other", "supporters along the route")]),

    # --- Key-figures box: Islamabad Marriott bombing, September 2008 ---------------------------
    P("d54_003",
      "Islamabad Marriott bombing: key figures\n"
      "Published: Sunday, September 21, 2008\n"
      "KEY FIGURES (Interior Ministry, as of Sunday noon)\n"
      "• Killed: 53, including the Czech ambassador and two U.S. Defense Department employees\n"
      "• Injured: 266\n"
      "• Explosives: about 600 kg of RDX and TNT, packed into a dump truck\n"
      "• Hotel rooms damaged: more than 200 of 290\n"
      "Interior Ministry adviser Rehman Malik told reporters the truck had been stopped at the "
      "hotel's security barrier, where a fire broke out in its cab before it blew up. Police said "
      "about 1,500 guests and staff were inside at the time, and a security official put the "
      "width of the crater at about 60 feet.",
      [C("53", 53, "exact", "killed", "people in the Marriott bombing", PK_MOI),
       C("two", 2, "exact", "killed", "U.S. Defense Department employees", PK_MOI),
       C("266", 266, "exact", "injured", "people in the Marriott bombing", PK_MOI),
       C("about 600", 600, "about", "other", "kg of explosives", PK_MOI, optional=True,
         cat_alt=["munitions"]),
       C("more than 200", 200, "more_than", "infrastructure", "hotel rooms damaged", PK_MOI,
         cat_alt=["other"]),
       C("290", 290, "exact", "infrastructure", "rooms in the hotel", PK_MOI, optional=True,
         cat_alt=["other"]),
       C("about 1,500", 1500, "about", "other", "guests and staff inside the hotel", "Police")],
      published="2008-09-21"),

    # --- Table-like lines: Urumqi riots, July 2009 ---------------------------------------------
    P("d54_004",
      "Urumqi unrest: what we know\n"
      "Updated: July 7, 2009, 9:40 PM\n"
      "Casualties and arrests (Xinhua, citing regional officials)\n"
      "Dead: 156 | Injured: 1,080 | Detained: 1,434\n"
      "• Vehicles burned: 261, among them 190 buses\n"
      "• Shops and homes damaged: 203\n"
      "• The World Uyghur Congress says as many as 800 Uighurs may have been killed in the "
      "crackdown, a figure Beijing rejects.\n"
      "• About 20,000 armed police and soldiers are now deployed in the city, according to state "
      "television.",
      [C("156", 156, "exact", "killed", "dead in Urumqi", XJ, attr_alt=["Xinhua"]),
       C("1,080", 1080, "exact", "injured", "injured in Urumqi", XJ, attr_alt=["Xinhua"]),
       C("1,434", 1434, "exact", "detained", "people detained in Urumqi", XJ,
         attr_alt=["Xinhua"]),
       C("261", 261, "exact", "other", "vehicles burned", XJ, optional=True,
         cat_alt=["infrastructure"], attr_alt=["Xinhua"]),
       C("190", 190, "exact", "other", "buses burned", XJ, optional=True,
         cat_alt=["infrastructure"], attr_alt=["Xinhua"]),
       C("203", 203, "exact", "infrastructure", "shops and homes damaged", XJ,
         attr_alt=["Xinhua"]),
       C("as many as 800", 800, "at_most", "killed", "Uighurs killed in the crackdown",
         "The World Uyghur Congress"),
       C("About 20,000", 20000, "about", "troops", "armed police and soldiers deployed",
         "state television")],
      published="2009-07-07"),

    # --- Live blog: Fort Hood shooting, November 2009 ------------------------------------------
    P("d54_005",
      "Fort Hood shooting – live updates\n"
      "Last updated Nov. 5, 2009 at 9:55 p.m. ET\n"
      "3:05 p.m.\n"
      "At least seven people are dead and 12 wounded after a shooting at the Texas Army post, a "
      "Fort Hood spokesman tells KWTX-TV.\n"
      "5:25 p.m.\n"
      "Army officials say one gunman was killed and two other soldiers have been detained for "
      "questioning.\n"
      "8:10 p.m.\n"
      "Lt. Gen. Robert Cone, the commanding general at Fort Hood, says 12 people were killed and "
      "31 wounded at the post's Soldier Readiness Center. He says the gunman, Maj. Nidal Malik "
      "Hasan, was shot four times and is in stable condition, not dead as officials said "
      "earlier.",
      [C("At least seven", 7, "at_least", "killed", "people at Fort Hood",
         "a Fort Hood spokesman"),
       C("12", 12, "exact", "injured", "wounded at Fort Hood", "a Fort Hood spokesman",
         ctx="12 wounded"),
       C("one", 1, "exact", "killed", "gunman (later found alive)", "Army officials"),
       C("two", 2, "exact", "detained", "soldiers detained for questioning", "Army officials"),
       C("12", 12, "exact", "killed", "people at Fort Hood", CONE, ctx="12 people were killed"),
       C("31", 31, "exact", "injured", "wounded at Fort Hood", CONE),
       C("four", 4, "exact", "munitions", "shots that hit the gunman", CONE, optional=True,
         cat_alt=["other"], attr_alt=["He"])],
      published="2009-11-05"),

    # --- Headline + standfirst + first paragraph: Argana cafe, Marrakesh, April 2011 -----------
    P("d54_006",
      "Bomb rips through cafe in Marrakesh's main square, killing 14\n"
      "Most of the dead were foreign tourists, Morocco's interior ministry says; at least 20 "
      "people were wounded\n"
      "MARRAKESH, Morocco (AP) — A bomb tore through the Argana cafe overlooking Jemaa el-Fnaa "
      "square on Thursday, killing 14 people, 11 of them foreigners, the Interior Ministry said. "
      "Witnesses said the upstairs terrace had been packed with about 50 customers at lunchtime. "
      "French Foreign Minister Alain Juppé said at least six French nationals were among the "
      "dead. Government spokesman Khalid Naciri said the blast was caused by a remotely "
      "detonated device, not by a gas leak as officials had first suggested.",
      [C("14", 14, "exact", "killed", "people in Marrakesh (headline)", ctx="killing 14\n"),
       C("at least 20", 20, "at_least", "injured", "people wounded (standfirst)",
         "Morocco's interior ministry", attr_alt=[None]),
       C("14", 14, "exact", "killed", "people in the Argana cafe", MA_MOI,
         ctx="killing 14 people"),
       C("11", 11, "exact", "killed", "foreigners among the dead", MA_MOI),
       C("about 50", 50, "about", "other", "customers on the terrace", "Witnesses"),
       C("at least six", 6, "at_least", "killed", "French nationals among the dead", JUPPE)]),

    # --- Article with appended correction: Tucson shooting, January 2011 ----------------------
    P("d54_007",
      "Updated Jan. 9, 2011 1:15 a.m. MST\n"
      "Six killed, Giffords critically wounded in Tucson shooting\n"
      "TUCSON — A gunman opened fire at a constituent event held by Rep. Gabrielle Giffords "
      "outside a Safeway supermarket on Saturday, killing six people, including a federal judge "
      "and a 9-year-old girl, and wounding 13 others, Pima County Sheriff Clarence Dupnik said. "
      "Giffords, 40, was shot in the head and was in critical condition after surgery, doctors "
      "at University Medical Center said. A 22-year-old man was taken into custody at the scene "
      "after bystanders tackled him as he tried to reload.\n"
      "Correction: An earlier version of this article, citing reports by several news "
      "organizations, said Rep. Giffords had died. She survived. The same version said 12 people "
      "had been wounded; the sheriff's office gives the figure as 13.",
      [C("Six", 6, "exact", "killed", "people in Tucson (headline)"),
       C("six", 6, "exact", "killed", "people at the Safeway event", DUPNIK),
       C("13", 13, "exact", "injured", "people wounded", DUPNIK, ctx="wounding 13 others"),
       C("12", 12, "exact", "injured", "people wounded (retracted figure)", optional=True),
       C("13", 13, "exact", "injured", "people wounded (corrected figure)",
         "the sheriff's office", attr_alt=[DUPNIK], ctx="figure as 13")],
      published="2011-01-09"),

    # --- "What we know" bullets: Toulouse and Montauban shootings, March 2012 ------------------
    P("d54_008",
      "Toulouse siege: what we know so far\n"
      "• Mohamed Merah, 23, is suspected of killing seven people in three attacks in Toulouse "
      "and Montauban since March 11: three paratroopers, and three children and a teacher at a "
      "Jewish school.\n"
      "• He was shot dead on Thursday after a standoff of more than 30 hours at his flat, "
      "Interior Minister Claude Guéant said.\n"
      "• Two police officers were wounded in the first attempt to storm the building on "
      "Wednesday, according to the Paris prosecutor François Molins.\n"
      "• About 300 police sealed off the block, and some 50 residents of neighbouring flats were "
      "moved out overnight.\n"
      "• A 17-year-old pupil shot at the school remains in serious condition.",
      [C("seven", 7, "exact", "killed", "people killed by Merah"),
       C("three", 3, "exact", "other", "attacks in Toulouse and Montauban",
         cat_alt=["munitions"], ctx="three attacks"),
       C("three", 3, "exact", "killed", "paratroopers", ctx="three paratroopers"),
       C("three", 3, "exact", "killed", "children at the Jewish school",
         ctx="three children"),
       C("Two", 2, "exact", "injured", "police officers", MOLINS),
       C("About 300", 300, "about", "troops", "police around the block"),
       C("some 50", 50, "about", "displaced", "residents moved out")]),

    # --- Headline, standfirst and a police tweet: Aurora theater shooting, July 2012 -----------
    P("d54_009",
      "Aurora theater shooting: 12 dead, 58 wounded at 'Dark Knight Rises' screening\n"
      "Police revise toll down from 14; suspect, 24, in custody\n"
      "Posted: 07/20/2012 06:12:44 PM MDT\n"
      "AURORA — A gunman in a gas mask and body armor opened fire in a crowded auditorium at the "
      "Century 16 multiplex shortly after midnight, killing 12 people and wounding 58, Aurora "
      "Police Chief Dan Oates said Friday. Oates said the toll, first put at 14, was lowered "
      "after officers went back through the scene, where about 200 people had been watching the "
      "premiere in Theater 9. In a post on Twitter, Aurora police wrote: \"Suspect's apartment "
      "in north Aurora evacuated. 5 buildings evacuated.\" Hospitals across the metro area were "
      "treating the wounded, 10 of them at University of Colorado Hospital.",
      [C("12", 12, "exact", "killed", "people in Aurora (headline)", ctx="12 dead"),
       C("58", 58, "exact", "injured", "people in Aurora (headline)", ctx="58 wounded"),
       C("14", 14, "exact", "killed", "dead (earlier figure, standfirst)", "Police",
         ctx="from 14"),
       C("12", 12, "exact", "killed", "people in the theater", OATES, ctx="killing 12"),
       C("58", 58, "exact", "injured", "people in the theater", OATES, ctx="wounding 58"),
       C("14", 14, "exact", "killed", "dead (earlier figure)", OATES, attr_alt=["Oates"],
         ctx="first put at 14"),
       C("about 200", 200, "about", "other", "people watching the premiere",
         attr_alt=[OATES, "Oates"]),
       C("5", 5, "exact", "infrastructure", "buildings evacuated", "Aurora police",
         cat_alt=["other"]),
       C("10", 10, "exact", "injured", "wounded at University of Colorado Hospital")],
      published="2012-07-20"),

    # --- Embedded police tweet: Copenhagen shootings, February 2015 ----------------------------
    P("d54_010",
      "Copenhagen Police (@KobenhavnPoliti) · 15 Feb 2015\n"
      "\"We can confirm that one person has died and that two police officers have been injured "
      "in the shooting at Krudttønden. The two perpetrators fled in a car.\"\n"
      "Police later said there had probably been only one gunman, and that he fired about 30 "
      "shots through the windows of the cultural centre, where some 40 people were attending a "
      "debate on free speech. Hours later a second attack outside the Great Synagogue killed a "
      "Jewish security guard and wounded two more officers. Police said early on Sunday that they "
      "had shot dead a man they believe carried out both attacks.",
      [C("one", 1, "exact", "killed", "person at Krudttønden", CPH, ctx="one person"),
       C("two", 2, "exact", "injured", "police officers", CPH, ctx="two police officers"),
       C("two", 2, "exact", "troops", "perpetrators (first police account)", CPH,
         cat_alt=["other"], ctx="two perpetrators"),
       C("one", 1, "exact", "troops", "gunman", "Police", cat_alt=["other"],
         ctx="one gunman"),
       C("about 30", 30, "about", "munitions", "shots fired through the windows", "Police",
         cat_alt=["other"]),
       C("some 40", 40, "about", "other", "people at the debate", attr_alt=["Police"]),
       C("two", 2, "exact", "injured", "officers at the synagogue", ctx="two more officers")]),

    # --- Live blog: Ankara peace rally bombing, October 2015 -----------------------------------
    P("d54_011",
      "Ankara bombings: live\n"
      "Last updated Saturday, October 10, 2015, 19:20 (GMT+3)\n"
      "19:05 Prime Minister Ahmet Davutoğlu says 95 people were killed in the twin blasts and "
      "declares three days of national mourning. He says 48 of the 246 wounded remain in "
      "intensive care.\n"
      "16:30 The pro-Kurdish HDP, one of the organisers of the rally, says on its Twitter account "
      "that at least 128 people were killed, a higher toll than the government's.\n"
      "12:20 The health ministry puts the toll at 86 dead and 186 wounded.\n"
      "10:04 Two explosions go off seconds apart outside Ankara's main train station, where "
      "organisers say between 10,000 and 14,000 people had gathered for a march for peace.",
      [C("95", 95, "exact", "killed", "people in the twin blasts", DAVUTOGLU),
       C("48", 48, "exact", "injured", "wounded in intensive care", DAVUTOGLU,
         attr_alt=["He"]),
       C("246", 246, "exact", "injured", "wounded in Ankara", DAVUTOGLU, attr_alt=["He"]),
       C("at least 128", 128, "at_least", "killed", "people in Ankara", HDP),
       C("86", 86, "exact", "killed", "dead in Ankara", TR_MOH),
       C("186", 186, "exact", "injured", "wounded in Ankara", TR_MOH),
       C("Two", 2, "exact", "other", "explosions outside the station",
         cat_alt=["munitions"]),
       C("between 10,000 and 14,000", 10000, "range", "other", "people gathered for the march",
         "organisers", high=14000)],
      published="2015-10-10"),

    # --- Police tweet, page and photo caption: San Bernardino, December 2015 -------------------
    P("d54_012",
      "Updated 11:48 PM PT, Thursday, Dec. 3, 2015\n"
      "San Bernardino Police (@SBCPD) · Dec 2, 2015\n"
      "\"Active shooter incident at 1365 S. Waterman Ave. Up to three suspects. Avoid the "
      "area.\"\n"
      "SAN BERNARDINO, Calif. — Fourteen people were killed and 17 wounded when two attackers in "
      "tactical gear opened fire at a holiday party at the Inland Regional Center on Wednesday, "
      "police chief Jarrod Burguan said. The two suspects, a married couple, were killed hours "
      "later in a shootout with officers in which police fired about 380 rounds, Burguan said. "
      "About 75 people had been at the party in a conference room rented by the county health "
      "department.\n"
      "Photo: Officers search a black SUV after the shootout on East San Bernardino Avenue, Dec. "
      "2, 2015. (Getty Images)",
      [C("Up to three", 3, "at_most", "troops", "suspects (first police account)",
         "San Bernardino Police", cat_alt=["other"]),
       C("Fourteen", 14, "exact", "killed", "people at the Inland Regional Center", BURGUAN),
       C("17", 17, "exact", "injured", "people at the Inland Regional Center", BURGUAN),
       C("two", 2, "exact", "troops", "attackers", BURGUAN, cat_alt=["other"],
         ctx="two attackers"),
       C("two", 2, "exact", "killed", "suspects killed in the shootout", BURGUAN,
         attr_alt=["Burguan"], ctx="two suspects"),
       C("about 380", 380, "about", "munitions", "rounds fired by police", "Burguan",
         cat_alt=["other"], attr_alt=[BURGUAN]),
       C("About 75", 75, "about", "other", "people at the party")],
      published="2015-12-03"),

    # --- "What we know" with a police tweet: Berlin Christmas market, December 2016 ------------
    P("d54_013",
      "Breitscheidplatz: what we know\n"
      "• A truck drove into the Christmas market at Breitscheidplatz at about 8 p.m. on Monday.\n"
      "• Polizei Berlin wrote on Twitter at 11:41 p.m.: \"12 people died, 48 were injured, some "
      "of them seriously.\"\n"
      "• The registered driver of the truck, a Polish man, was found dead in the cab.\n"
      "• Berlin hospitals said 18 of the injured were in a critical condition.\n"
      "• Some 600 officers were on duty across the city overnight, a police spokesman said.\n"
      "• The market, which has about 100 stalls, will stay closed until Thursday.",
      [C("12", 12, "exact", "killed", "people at Breitscheidplatz", "Polizei Berlin"),
       C("48", 48, "exact", "injured", "people at Breitscheidplatz", "Polizei Berlin"),
       C("18", 18, "exact", "injured", "injured in critical condition", "Berlin hospitals"),
       C("Some 600", 600, "about", "troops", "officers on duty overnight",
         "a police spokesman"),
       C("about 100", 100, "about", "other", "stalls at the market", optional=True,
         cat_alt=["infrastructure"])]),

    # --- News ticker and a Facebook post: Deh Mazang bombing, Kabul, July 2016 -----------------
    P("d54_014",
      "NEWS TICKER | KABUL\n"
      "Two explosions hit Enlightenment Movement protest at Deh Mazang square\n"
      "Public Health Ministry: 61 dead, 207 wounded — figures could rise\n"
      "Interior Ministry raises toll to 80 killed, 231 wounded\n"
      "Daesh claims responsibility through Amaq news agency\n"
      "Ministry spokesman Waheedullah Mayar wrote on Facebook that all 231 wounded had been taken "
      "to 11 hospitals in the city and that blood donors were urgently needed. Thousands of "
      "mostly Hazara demonstrators had marched to demand that a planned power line be routed "
      "through Bamiyan province. President Ashraf Ghani declared Sunday a day of national "
      "mourning.",
      [C("Two", 2, "exact", "other", "explosions at the protest", cat_alt=["munitions"]),
       C("61", 61, "exact", "killed", "dead at Deh Mazang", "Public Health Ministry"),
       C("207", 207, "exact", "injured", "wounded at Deh Mazang", "Public Health Ministry"),
       C("80", 80, "exact", "killed", "killed at Deh Mazang", "Interior Ministry"),
       C("231", 231, "exact", "injured", "wounded at Deh Mazang", "Interior Ministry",
         ctx="80 killed, 231"),
       C("231", 231, "exact", "injured", "wounded taken to hospitals", MAYAR,
         ctx="all 231 wounded"),
       C("11", 11, "exact", "infrastructure", "hospitals receiving the wounded", MAYAR,
         cat_alt=["other"]),
       C("Thousands", 1000, "vague", "other", "demonstrators")]),

    # --- Live blog with a revised toll: Westminster attack, March 2017 -------------------------
    P("d54_015",
      "Westminster attack: live updates\n"
      "Last modified on Thu 23 Mar 2017 12.40 GMT\n"
      "22.10 The home secretary, Amber Rudd, says about 40 people have been injured, some of them "
      "seriously.\n"
      "09.30 Acting deputy commissioner Mark Rowley says police have searched six addresses and "
      "arrested eight people in London and Birmingham overnight.\n"
      "12.31 The Metropolitan police have revised the death toll down to four, including the "
      "attacker, from the five they gave last night. Rowley said 29 people were treated in "
      "hospital, seven of them in a critical condition.",
      [C("about 40", 40, "about", "injured", "people injured at Westminster",
         "The home secretary, Amber Rudd"),
       C("six", 6, "exact", "other", "addresses searched", ROWLEY, optional=True,
         cat_alt=["infrastructure"]),
       C("eight", 8, "exact", "detained", "people arrested overnight", ROWLEY),
       C("four", 4, "exact", "killed", "dead including the attacker", MET),
       C("five", 5, "exact", "killed", "dead (earlier figure)", MET),
       C("29", 29, "exact", "injured", "people treated in hospital", "Rowley",
         cat_alt=["other"], attr_alt=[ROWLEY]),
       C("seven", 7, "exact", "injured", "people in a critical condition", "Rowley",
         attr_alt=[ROWLEY])],
      published="2017-03-23"),

    # --- KEY FIGURES with a source line: London Bridge attack, June 2017 -----------------------
    P("d54_016",
      "London Bridge and Borough Market attack\n"
      "KEY FIGURES\n"
      "Dead: 8 | Injured: 48 | In critical condition: 21\n"
      "Attackers shot dead: 3 (within eight minutes of the first emergency call)\n"
      "Rounds fired by police: 46\n"
      "Source: Metropolitan Police Service, June 5\n"
      "The three men drove a rented van into pedestrians on London Bridge at about 10 p.m. on "
      "Saturday before attacking people with knives in and around Borough Market. Twelve people "
      "were arrested in raids in Barking on Sunday, and all but one had been released without "
      "charge by Monday night, police said.",
      [C("8", 8, "exact", "killed", "dead in the attack", MPS),
       C("48", 48, "exact", "injured", "injured in the attack", MPS),
       C("21", 21, "exact", "injured", "injured in critical condition", MPS),
       C("3", 3, "exact", "killed", "attackers shot dead", MPS),
       C("46", 46, "exact", "munitions", "rounds fired by police", MPS, cat_alt=["other"]),
       C("three", 3, "exact", "troops", "attackers", cat_alt=["other"]),
       C("Twelve", 12, "exact", "detained", "people arrested in Barking", "police")]),

    # --- Headline, caption and a police tweet: Toronto van attack, April 2018 ------------------
    P("d54_017",
      "Ten dead, 15 injured after van hits pedestrians on Yonge Street\n"
      "By Staff | Mon., April 23, 2018\n"
      "Caption: Police cover a body on Yonge Street near Finch Avenue. Witnesses said the driver "
      "mounted the sidewalk and kept going for more than a kilometre. (Canadian Press)\n"
      "A man drove a rented van along a crowded stretch of sidewalk in north Toronto on Monday "
      "afternoon, killing 10 people and injuring 15, police Chief Mark Saunders said. The driver, "
      "Alek Minassian, 25, was arrested a few blocks away after a standoff with a single officer. "
      "In a tweet, Toronto Police Operations said \"numerous pedestrians\" had been struck and "
      "that Yonge Street would stay closed for at least 24 hours. Sunnybrook hospital said it "
      "had received 10 patients, five of them in critical condition, and that two had died.",
      [C("Ten", 10, "exact", "killed", "people on Yonge Street (headline)"),
       C("15", 15, "exact", "injured", "people on Yonge Street (headline)", ctx="15 injured"),
       C("10", 10, "exact", "killed", "people in north Toronto", SAUNDERS, ctx="killing 10"),
       C("15", 15, "exact", "injured", "people in north Toronto", SAUNDERS, ctx="injuring 15"),
       C("10", 10, "exact", "injured", "patients received at Sunnybrook", SUNNYBROOK,
         cat_alt=["other"], ctx="10 patients"),
       C("five", 5, "exact", "injured", "patients in critical condition", SUNNYBROOK),
       C("two", 2, "exact", "killed", "patients who died at Sunnybrook", SUNNYBROOK)],
      published="2018-04-23"),

    # --- BREAKING lines and a minister's tweet: Strasbourg, December 2018 ----------------------
    P("d54_018",
      "BREAKING: Shooting near Strasbourg Christmas market, several casualties — local media\n"
      "BREAKING: French interior minister: 2 dead, 11 wounded in Strasbourg\n"
      "UPDATE: Toll rises to 3 dead; gunman still at large, prosecutor says\n"
      "Interior Minister Christophe Castaner wrote on Twitter that some 350 police and soldiers "
      "were hunting the suspect, Chérif Chekatt, 29, who had been flagged as a potential "
      "security risk. Paris prosecutor Rémy Heitz told reporters on Wednesday that five of the 13 "
      "wounded were in serious condition. Four people close to Chekatt, including his parents, "
      "were taken into custody overnight, he said.",
      [C("2", 2, "exact", "killed", "dead in Strasbourg", "French interior minister",
         attr_alt=[CASTANER]),
       C("11", 11, "exact", "injured", "wounded in Strasbourg", "French interior minister",
         attr_alt=[CASTANER]),
       C("3", 3, "exact", "killed", "dead in Strasbourg (revised)", "prosecutor",
         attr_alt=[HEITZ]),
       C("some 350", 350, "about", "troops", "police and soldiers hunting the suspect",
         CASTANER),
       C("five", 5, "exact", "injured", "wounded in serious condition", HEITZ),
       C("13", 13, "exact", "injured", "wounded in Strasbourg", HEITZ),
       C("Four", 4, "exact", "detained", "people close to Chekatt", HEITZ, attr_alt=["he"])]),

    # --- Police tweet and a mayor's briefing: Utrecht tram shooting, March 2019 ----------------
    P("d54_019",
      "Utrecht tram shooting\n"
      "Politie Utrecht (@POL_Utrecht), 10:56 a.m., translated from Dutch: \"Shooting incident "
      "24 Oktoberplein. Several injured. Large-scale deployment of emergency services.\"\n"
      "Mayor Jan van Zanen said at a news conference in the afternoon that three people had been "
      "killed and nine wounded, three of them seriously, on a tram at 24 Oktoberplein. About 150 "
      "officers, some of them heavily armed, sealed off the square and nearby streets, the "
      "national police said. The counter-terrorism coordinator raised the threat level in Utrecht "
      "province to 5, the highest. Police arrested a 37-year-old Turkish-born man after a "
      "manhunt of almost eight hours, and detained two other people for questioning.",
      [C("three", 3, "exact", "killed", "people on the tram", VAN_ZANEN,
         ctx="three people had been killed"),
       C("nine", 9, "exact", "injured", "people on the tram", VAN_ZANEN),
       C("three", 3, "exact", "injured", "seriously wounded", VAN_ZANEN,
         ctx="three of them seriously"),
       C("About 150", 150, "about", "troops", "officers sealing off the square",
         "the national police"),
       C("two", 2, "exact", "detained", "people detained for questioning",
         attr_alt=["Police"], ctx="two other people")]),

    # --- Bulleted summary and a caption: Kongsberg attack, October 2021 ------------------------
    P("d54_020",
      "Kongsberg attack: the main points\n"
      "Published Thursday 14 October 2021 - 09:12\n"
      "• Five people, four women and a man aged between 50 and 70, were killed in Kongsberg on "
      "Wednesday evening, police said.\n"
      "• Two others, among them an off-duty police officer, were wounded and are in intensive "
      "care.\n"
      "• The suspect, a 37-year-old Danish citizen, used a bow and arrows and other weapons over "
      "a period of about 30 minutes.\n"
      "• He was arrested at 6.47 p.m., police said.\n"
      "Caption: Arrows stuck in a wall in Kongsberg, Norway, October 14, 2021. Police said they "
      "had found at least 10 arrows at one of the sites. (NTB)",
      [C("Five", 5, "exact", "killed", "people in Kongsberg", "police"),
       C("four", 4, "exact", "killed", "women among the dead", "police"),
       C("Two", 2, "exact", "injured", "people wounded"),
       C("at least 10", 10, "at_least", "munitions", "arrows found at one site", "Police",
         cat_alt=["other"])],
      published="2021-10-14"),

    # --- TV ticker and a police Facebook post: Allen, Texas, May 2023 --------------------------
    P("d54_021",
      "ALLEN PREMIUM OUTLETS SHOOTING: 8 KILLED, INCLUDING 3 CHILDREN • GUNMAN SHOT DEAD BY "
      "OFFICER • 7 HOSPITALIZED, 3 CRITICAL\n"
      "The Allen Police Department said in a Facebook post on Sunday that eight people had been "
      "killed in Saturday's shooting, not counting the gunman, and that seven had been taken to "
      "hospitals. Medical City Healthcare said three of its patients remained in critical "
      "condition and two were in fair condition. An Allen officer who was at the mall on an "
      "unrelated call ran toward the gunfire and killed the shooter, Police Chief Brian Harvey "
      "said. Officers led hundreds of shoppers out of the outlet mall with their hands raised.",
      [C("8", 8, "exact", "killed", "people at the outlet mall (ticker)"),
       C("3", 3, "exact", "killed", "children among the dead (ticker)", ctx="3 CHILDREN"),
       C("7", 7, "exact", "injured", "people hospitalized (ticker)", cat_alt=["other"]),
       C("3", 3, "exact", "injured", "people in critical condition (ticker)",
         ctx="3 CRITICAL"),
       C("eight", 8, "exact", "killed", "people at the outlet mall", ALLEN_PD),
       C("seven", 7, "exact", "injured", "people taken to hospitals", ALLEN_PD,
         cat_alt=["other"]),
       C("three", 3, "exact", "injured", "patients in critical condition", MEDICAL_CITY),
       C("two", 2, "exact", "injured", "patients in fair condition", MEDICAL_CITY),
       C("hundreds", 100, "vague", "other", "shoppers led out of the mall",
         cat_alt=["displaced"])]),

    # --- Push alerts: Butler rally shooting, July 2024 -----------------------------------------
    P("d54_022",
      "Alerts (ET), Saturday\n"
      "6:14 PM  Trump rushed off stage at Pennsylvania rally after loud bangs\n"
      "6:52 PM  Secret Service: shooter dead, one spectator killed\n"
      "8:40 PM  Two spectators critically wounded, official says\n"
      "Sunday 9:05 AM  FBI names Butler gunman as Thomas Matthew Crooks, 20\n"
      "The gunman fired eight rounds from the roof of a building about 130 metres from the stage "
      "before a Secret Service counter-sniper killed him, the agency said. Trump said on Truth "
      "Social that a bullet had pierced the upper part of his right ear. The spectator who died "
      "was Corey Comperatore, 50, a former fire chief; two other men were in critical but stable "
      "condition, Pennsylvania State Police said.",
      [C("one", 1, "exact", "killed", "spectator at the rally", "Secret Service"),
       C("Two", 2, "exact", "injured", "spectators critically wounded", "official"),
       C("eight", 8, "exact", "munitions", "rounds fired by the gunman", "the agency",
         cat_alt=["other"], attr_alt=["Secret Service"]),
       C("two", 2, "exact", "injured", "men in critical condition",
         "Pennsylvania State Police")]),

    # --- Embedded X post and a correction: Heaton Park synagogue attack, October 2025 ----------
    P("d54_023",
      "Heaton Park synagogue attack\n"
      "Posted on X by Greater Manchester Police (@gmpolice), 2 October 2025, 12:46:\n"
      "\"Two members of the public have died and three others are in a serious condition "
      "following the incident at Heaton Park Hebrew Congregation synagogue. A man believed to "
      "be the offender was shot by armed officers.\"\n"
      "Greater Manchester Police later said that two men and a woman had been arrested on "
      "suspicion of the commission, preparation or instigation of acts of terrorism. Chief "
      "Constable Sir Stephen Watson said officers had been called at 9.31am and that shots were "
      "fired within seven minutes.\n"
      "Correction (3 October): An earlier version of this article said four people were in a "
      "serious condition. GMP has given the figure as three.",
      [C("Two", 2, "exact", "killed", "members of the public", GMP),
       C("three", 3, "exact", "injured", "people in a serious condition", GMP,
         ctx="three others"),
       C("two", 2, "exact", "detained", "men arrested", GMP, ctx="two men"),
       C("four", 4, "exact", "injured", "people in a serious condition (retracted figure)",
         optional=True),
       C("three", 3, "exact", "injured", "people in a serious condition (corrected figure)",
         "GMP", attr_alt=[GMP], ctx="figure as three")]),

    # --- FLASH lines and a Kyodo item: IS hostages Goto and Yukawa, January 2015 ---------------
    P("d54_024",
      "FLASH: IS video demands $200 mil. ransom for 2 Japanese hostages within 72 hours\n"
      "FLASH: Abe says Japan will not give in to terrorism, vows to work for release of the 2\n"
      "TOKYO, Jan. 20 (Kyodo) -- The Islamic State group threatened in a video posted online on "
      "Tuesday to kill two Japanese men it is holding, Kenji Goto, 47, and Haruna Yukawa, 42, "
      "unless Tokyo pays $200 million within 72 hours. The sum matches the amount Prime Minister "
      "Shinzo Abe pledged last week in non-military aid for countries fighting the group. "
      "Government sources said a team of about 10 officials had been sent to Amman to work with "
      "Jordan, which is also seeking the release of a captured air force pilot.",
      [C("2", 2, "exact", "hostages", "Japanese hostages (flash)", ctx="2 Japanese"),
       C("2", 2, "exact", "hostages", "Japanese hostages (flash)", "Abe", ctx="the 2\n"),
       C("two", 2, "exact", "hostages", "Japanese men held by IS",
         attr_alt=["The Islamic State group"]),
       C("about 10", 10, "about", "other", "officials sent to Amman", "Government sources",
         cat_alt=["troops"])]),

    # --- Headline, minister's statement and bullets: 39 Indians killed in Mosul, March 2018 ----
    P("d54_025",
      "39 Indians abducted in Mosul are dead, Sushma Swaraj tells Rajya Sabha\n"
      "Updated: March 20, 2018, 15:42 IST\n"
      "External Affairs Minister Sushma Swaraj told the Rajya Sabha on Tuesday that the 39 "
      "Indian workers abducted by the Islamic State in Mosul in June 2014 had been killed, and "
      "that DNA samples had matched 38 of the bodies exhumed from a mound at Badush. The 39th "
      "match was 70% complete, she said.\n"
      "What we know:\n"
      "• 40 Indian construction workers were seized in Mosul in June 2014; one, Harjit Masih, "
      "escaped by posing as a Bangladeshi Muslim.\n"
      "• Most of the victims came from Punjab (27), with others from Bihar (6), Himachal Pradesh "
      "(4) and West Bengal (2).\n"
      "• Minister of State V.K. Singh will travel to Iraq to bring back the remains.",
      [C("39", 39, "exact", "killed", "Indians abducted in Mosul (headline)", "Sushma Swaraj",
         cat_alt=["hostages"], attr_alt=[SWARAJ], ctx="39 Indians abducted"),
       C("39", 39, "exact", "killed", "Indian workers abducted in Mosul", SWARAJ,
         cat_alt=["hostages"], ctx="the 39 Indian"),
       C("38", 38, "exact", "killed", "bodies matched by DNA", SWARAJ, optional=True,
         cat_alt=["other"]),
       C("40", 40, "exact", "hostages", "Indian workers seized in Mosul"),
       C("one", 1, "exact", "hostages", "worker who escaped", cat_alt=["other"],
         ctx="one, Harjit"),
       C("27", 27, "exact", "killed", "victims from Punjab"),
       C("6", 6, "exact", "killed", "victims from Bihar"),
       C("4", 4, "exact", "killed", "victims from Himachal Pradesh"),
       C("2", 2, "exact", "killed", "victims from West Bengal")],
      published="2018-03-20"),

    # --- Headline + standfirst + first paragraph: Dembi Dolo students, January 2020 ------------
    P("d54_026",
      "Ethiopia: families of abducted Dembi Dolo students say 17 still missing\n"
      "Government's claim that 21 were freed is disputed by parents and by a student who escaped\n"
      "ADDIS ABABA, Jan 30, 2020 (Reuters) - Relatives of 17 university students abducted by "
      "gunmen in western Ethiopia nearly two months ago said on Thursday they had heard nothing "
      "from them, despite a government statement that most of the captives had been released. "
      "Prime Minister Abiy Ahmed's office said on Jan. 11 that 21 students, 13 of them women, had "
      "been freed and that six were still held. Asmamaw Shitaye, a student who says she escaped "
      "in December, told Reuters that 13 women and four men from the Amhara region were still "
      "with the captors. Thousands of people have protested in Bahir Dar and Gondar to demand "
      "their release.",
      [C("17", 17, "exact", "missing", "abducted students still missing (headline)",
         "families of abducted Dembi Dolo students", cat_alt=["hostages"],
         ctx="say 17 still"),
       C("21", 21, "exact", "hostages", "students freed (standfirst)", "Government",
         ctx="that 21 were"),
       C("17", 17, "exact", "hostages", "university students abducted", "Relatives",
         cat_alt=["missing"], ctx="Relatives of 17"),
       C("21", 21, "exact", "hostages", "students freed", ABIY, ctx="21 students"),
       C("13", 13, "exact", "hostages", "women among those freed", ABIY,
         ctx="13 of them women"),
       C("six", 6, "exact", "hostages", "students still held", ABIY),
       C("13", 13, "exact", "hostages", "women still with the captors", SHITAYE,
         cat_alt=["missing"], ctx="13 women and"),
       C("four", 4, "exact", "hostages", "men still with the captors", SHITAYE,
         cat_alt=["missing"]),
       C("Thousands", 1000, "vague", "other", "protesters in Bahir Dar and Gondar")],
      published="2020-01-30"),

    # --- JUST IN line and a military statement: the Quest yacht, February 2011 -----------------
    P("d54_027",
      "JUST IN: Four Americans aboard yacht seized by Somali pirates have been killed, U.S. "
      "military says\n"
      "The statement from U.S. Central Command, in full:\n"
      "\"At approximately 1 a.m. EST today, while negotiations were under way, U.S. forces "
      "responded to gunfire aboard the S/V Quest. As they boarded, they discovered all four "
      "hostages had been shot by their captors and had died of their wounds. During the "
      "boarding, two pirates were killed; in total 15 pirates were captured, and the remains of "
      "two more were found aboard.\"\n"
      "Four U.S. Navy warships had been shadowing the 58-foot yacht since Saturday.",
      [C("Four", 4, "exact", "killed", "Americans aboard the yacht (breaking line)",
         "U.S. military", cat_alt=["hostages"], ctx="Four Americans"),
       C("four", 4, "exact", "killed", "hostages shot by their captors", CENTCOM,
         cat_alt=["hostages"]),
       C("two", 2, "exact", "killed", "pirates killed in the boarding", CENTCOM,
         ctx="two pirates"),
       C("15", 15, "exact", "detained", "pirates captured", CENTCOM),
       C("two", 2, "exact", "killed", "pirates found dead aboard", CENTCOM, ctx="two more"),
       C("Four", 4, "exact", "munitions", "U.S. Navy warships", cat_alt=["troops", "other"],
         ctx="Four U.S. Navy")]),

    # --- TV ticker and article: Pangandaran tsunami, July 2006 ---------------------------------
    P("d54_028",
      "TV news ticker — Java tsunami, Tuesday\n"
      "• TSUNAMI TOLL 339, 229 MISSING — SOCIAL AFFAIRS MINISTRY\n"
      "• PANGANDARAN: 2-METRE WAVES SWEPT UP TO 200 METRES INLAND\n"
      "• 52,000 RESIDENTS FLEE TO HIGHER GROUND AFTER AFTERSHOCKS\n"
      "• PRESIDENT YUDHOYONO TO VISIT CIAMIS TODAY\n"
      "The magnitude 7.7 undersea quake struck about 240 km south of Java on Monday afternoon. "
      "Vice-President Jusuf Kalla said on Tuesday that more than 500 houses and hotels along the "
      "Pangandaran coast had been flattened. Hundreds of foreign and Indonesian tourists were "
      "among those evacuated, a hospital official in Banjar said.",
      [C("339", 339, "exact", "killed", "tsunami dead", SOCIAL),
       C("229", 229, "exact", "missing", "missing after the tsunami", SOCIAL),
       C("52,000", 52000, "exact", "displaced", "residents who fled to higher ground"),
       C("more than 500", 500, "more_than", "infrastructure", "houses and hotels flattened",
         KALLA),
       C("Hundreds", 100, "vague", "displaced", "tourists evacuated",
         "a hospital official in Banjar")]),

    # --- District table: Kosi floods, Bihar, August-September 2008 -----------------------------
    P("d54_029",
      "Bihar floods: district-wise figures\n"
      "Patna | Updated: Sep 2, 2008, 23:10 IST\n"
      "Relief camp data (Disaster Management Department, as of Tuesday evening)\n"
      "District | Deaths | People in relief camps\n"
      "Supaul | 21 | 1,48,000\n"
      "Madhepura | 38 | 96,500\n"
      "Araria | 12 | 41,000\n"
      "Saharsa | 7 | 55,200\n"
      "The Kosi breached its embankment at Kusaha in Nepal on August 18 and shifted its course by "
      "about 120 km, submerging more than 1,000 villages. Chief Minister Nitish Kumar said on "
      "Tuesday that about 2.5 million people had been affected, that the Army had deployed 4,000 "
      "soldiers with 400 boats, and that 12,000 tonnes of food grain had been sent to the "
      "camps.",
      [C("21", 21, "exact", "killed", "deaths in Supaul", BIHAR_DMD),
       C("1,48,000", 148000, "exact", "displaced", "people in relief camps in Supaul",
         BIHAR_DMD),
       C("38", 38, "exact", "killed", "deaths in Madhepura", BIHAR_DMD),
       C("96,500", 96500, "exact", "displaced", "people in relief camps in Madhepura",
         BIHAR_DMD),
       C("12", 12, "exact", "killed", "deaths in Araria", BIHAR_DMD),
       C("41,000", 41000, "exact", "displaced", "people in relief camps in Araria", BIHAR_DMD),
       C("7", 7, "exact", "killed", "deaths in Saharsa", BIHAR_DMD),
       C("55,200", 55200, "exact", "displaced", "people in relief camps in Saharsa", BIHAR_DMD),
       C("more than 1,000", 1000, "more_than", "other", "villages submerged", optional=True,
         cat_alt=["infrastructure"]),
       C("about 2.5 million", 2_500_000, "about", "other", "people affected", NITISH,
         cat_alt=["population"]),
       C("4,000", 4000, "exact", "troops", "soldiers deployed", NITISH),
       C("400", 400, "exact", "other", "boats", NITISH, optional=True, cat_alt=["aid"]),
       C("12,000", 12000, "exact", "aid", "tonnes of food grain", NITISH)],
      published="2008-09-02"),

    # --- Live blog: Mentawai tsunami, October 2010 ---------------------------------------------
    P("d54_030",
      "Indonesia tsunami: live updates\n"
      "Last updated October 28, 2010 18:05 WIB\n"
      "09:40 Rescuers reach the remote west coast of North Pagai for the first time since "
      "Monday's magnitude 7.7 quake; the waves there were up to 3 metres high, a navy officer "
      "says. Bad weather has grounded two of the four helicopters sent by the military.\n"
      "13:20 Local official Hendri Dori Satoko tells reporters the village of Muntei Baru Baru "
      "lost 80 of its 200 residents.\n"
      "17:50 The National Disaster Management Agency (BNPB) says 343 bodies have been recovered "
      "in the Mentawai Islands and 338 people are still missing. About 15,000 people are living "
      "in temporary shelters, it says.",
      [C("two", 2, "exact", "other", "helicopters grounded", "a navy officer", optional=True,
         attr_alt=[None]),
       C("four", 4, "exact", "other", "helicopters sent by the military", "a navy officer",
         optional=True, attr_alt=[None]),
       C("80", 80, "exact", "killed", "residents of Muntei Baru Baru", SATOKO),
       C("200", 200, "exact", "population", "residents of Muntei Baru Baru", SATOKO),
       C("343", 343, "exact", "killed", "bodies recovered in the Mentawai Islands", BNPB),
       C("338", 338, "exact", "missing", "people still missing", BNPB),
       C("About 15,000", 15000, "about", "displaced", "people in temporary shelters", BNPB,
         attr_alt=["it"])],
      published="2010-10-28"),

    # --- Key-figures bullets with sources: Eyjafjallajokull, April 2010 ------------------------
    P("d54_031",
      "Iceland volcano: key figures\n"
      "Published: 16/04/2010 11:32\n"
      "• People evacuated from farms near the glacier: about 800 (Icelandic Civil Protection)\n"
      "• Homes and farm buildings damaged by meltwater floods: 17 (Icelandic Civil Protection)\n"
      "• Police and rescue workers on duty in the area: about 150\n"
      "• Flights cancelled across Europe on Thursday: about 6,000 of the usual 28,000 "
      "(Eurocontrol)\n"
      "• Deaths or injuries reported: none\n"
      "Britain's air traffic service NATS extended its ban on flights until at least 7 a.m. on "
      "Saturday, leaving hundreds of thousands of passengers stranded.",
      [C("about 800", 800, "about", "displaced", "people evacuated near the glacier", ICE_CP),
       C("17", 17, "exact", "infrastructure", "homes and farm buildings damaged", ICE_CP),
       C("about 150", 150, "about", "troops", "police and rescue workers on duty",
         cat_alt=["other"]),
       C("about 6,000", 6000, "about", "other", "flights cancelled", "Eurocontrol",
         optional=True),
       C("28,000", 28000, "exact", "other", "usual daily flights", "Eurocontrol",
         optional=True),
       C("hundreds of thousands", 100000, "vague", "other", "passengers stranded",
         cat_alt=["population"], attr_alt=["Britain's air traffic service NATS"])],
      published="2010-04-16"),

    # --- BREAKING lines and a police briefing: Christchurch earthquake, February 2011 ----------
    P("d54_032",
      "BREAKING: 6.3 quake hits Christchurch — buildings down, many feared dead\n"
      "BREAKING: PM John Key: 65 confirmed dead, toll expected to rise\n"
      "BREAKING: Between 100 and 200 people may be trapped in CTV building and cathedral, police "
      "say\n"
      "CHRISTCHURCH, Feb 23 — Police Superintendent Russell Gibson said on Wednesday that 75 "
      "bodies had been recovered and that a further 300 people were listed as missing. About 500 "
      "urban search and rescue personnel, including teams from Australia, Japan and the United "
      "States, were searching collapsed buildings, Civil Defence said. Some 70 people were "
      "pulled alive from the rubble overnight, 28 of them from the Pyne Gould building.",
      [C("65", 65, "exact", "killed", "confirmed dead", KEY),
       C("Between 100 and 200", 100, "range", "other", "people trapped", "police", high=200,
         cat_alt=["missing"]),
       C("75", 75, "exact", "killed", "bodies recovered", GIBSON),
       C("300", 300, "exact", "missing", "people listed as missing", GIBSON),
       C("About 500", 500, "about", "troops", "search and rescue personnel", "Civil Defence",
         cat_alt=["other"]),
       C("Some 70", 70, "about", "other", "people pulled alive", "Civil Defence",
         attr_alt=[None]),
       C("28", 28, "exact", "other", "people pulled alive from the Pyne Gould building",
         "Civil Defence", attr_alt=[None])]),

    # --- Revised toll and an appended correction: Moore tornado, May 2013 ----------------------
    P("d54_033",
      "Moore tornado: medical examiner lowers death toll to 24\n"
      "Updated 10:52 AM CDT, Tue May 21, 2013\n"
      "MOORE, Okla. — The Oklahoma medical examiner's office on Tuesday revised the number of "
      "people killed by Monday's tornado down to 24, including nine children, from as many as 51 "
      "reported earlier, saying some victims may have been counted twice in the chaos. Seven of "
      "the children died at Plaza Towers Elementary School, where the EF5 tornado tore off the "
      "roof and brought down walls on pupils sheltering in hallways. Hospitals had treated 237 "
      "people, officials said. Gov. Mary Fallin said on Twitter that 101 people had been pulled "
      "alive from the rubble.\n"
      "Correction: An earlier version of this story said 20 children had been killed, citing "
      "the medical examiner. The revised figure is nine.",
      [C("24", 24, "exact", "killed", "people killed (headline)", "medical examiner",
         attr_alt=[ME_OK], ctx="toll to 24"),
       C("24", 24, "exact", "killed", "people killed by the tornado", ME_OK,
         ctx="down to 24"),
       C("nine", 9, "exact", "killed", "children among the dead", ME_OK,
         ctx="including nine children"),
       C("as many as 51", 51, "at_most", "killed", "dead (earlier figure)", ME_OK),
       C("Seven", 7, "exact", "killed", "children at Plaza Towers Elementary",
         attr_alt=[ME_OK]),
       C("237", 237, "exact", "injured", "people treated in hospitals", "officials",
         cat_alt=["other"]),
       C("101", 101, "exact", "other", "people pulled alive", FALLIN),
       C("20", 20, "exact", "killed", "children (retracted figure)", optional=True),
       C("nine", 9, "exact", "killed", "children (corrected figure)", attr_alt=[ME_OK],
         ctx="figure is nine")],
      published="2013-05-21"),

    # --- Table with two sources: Hurricane Matthew in Haiti, October 2016 ----------------------
    P("d54_034",
      "Hurricane Matthew in Haiti: the toll by department\n"
      "Published October 10, 2016\n"
      "Department | Dead (DPC) | Dead (local officials)\n"
      "Grand'Anse | 191 | 522\n"
      "Sud | 140 | 289\n"
      "Nippes | 23 | 40\n"
      "Haiti's civil protection agency puts the national toll at 372, while a tally from local "
      "officials compiled by Reuters exceeds 1,000. The United Nations says 1.4 million people "
      "need humanitarian assistance and about 175,000 are living in shelters. The World Food "
      "Programme said a convoy of 15 trucks carrying rice and beans reached Jérémie on Sunday. "
      "Health officials have recorded at least 13 cholera deaths in the southwest since the "
      "storm.",
      [C("191", 191, "exact", "killed", "dead in Grand'Anse", DPC, attr_alt=[HT_CP]),
       C("522", 522, "exact", "killed", "dead in Grand'Anse", "local officials"),
       C("140", 140, "exact", "killed", "dead in Sud", DPC, attr_alt=[HT_CP]),
       C("289", 289, "exact", "killed", "dead in Sud", "local officials"),
       C("23", 23, "exact", "killed", "dead in Nippes", DPC, attr_alt=[HT_CP]),
       C("40", 40, "exact", "killed", "dead in Nippes", "local officials"),
       C("372", 372, "exact", "killed", "national toll", HT_CP, attr_alt=[DPC]),
       C("1,000", 1000, "more_than", "killed", "dead in the local officials' tally",
         "local officials", attr_alt=["Reuters"]),
       C("1.4 million", 1_400_000, "exact", "other", "people needing assistance",
         "The United Nations", cat_alt=["population", "aid"]),
       C("about 175,000", 175000, "about", "displaced", "people living in shelters",
         "The United Nations"),
       C("15", 15, "exact", "aid", "trucks of rice and beans",
         "The World Food Programme"),
       C("at least 13", 13, "at_least", "killed", "cholera deaths", "Health officials")],
      published="2016-10-10"),

    # --- Embedded X post and bullets: Kunar earthquake, Afghanistan, August-September 2025 -----
    P("d54_035",
      "Afghanistan earthquake: the latest\n"
      "Zabihullah Mujahid (@Zabehulah_M33) · Sep 1, 2025\n"
      "\"More than 800 people were martyred and over 2,500 were injured in the earthquake in "
      "Kunar and Nangarhar provinces.\" (translated from Pashto)\n"
      "• The Taliban government raised the toll on Tuesday to 1,411 dead and 3,124 injured, "
      "spokesman Hamdullah Fitrat said on X.\n"
      "• More than 5,400 houses were destroyed in Kunar alone, according to the same update.\n"
      "• The magnitude 6.0 quake struck at a depth of 8 km shortly before midnight on Sunday.\n"
      "• Fewer than 50 aid workers had reached the worst-hit villages by Tuesday, the UN said, "
      "as landslides cut roads into the Dewagal valley.",
      [C("More than 800", 800, "more_than", "killed", "people in Kunar and Nangarhar",
         MUJAHID),
       C("over 2,500", 2500, "more_than", "injured", "people in Kunar and Nangarhar",
         MUJAHID),
       C("1,411", 1411, "exact", "killed", "dead in the earthquake", FITRAT,
         attr_alt=["The Taliban government"]),
       C("3,124", 3124, "exact", "injured", "injured in the earthquake", FITRAT,
         attr_alt=["The Taliban government"]),
       C("More than 5,400", 5400, "more_than", "infrastructure", "houses destroyed in Kunar",
         FITRAT, attr_alt=["the same update"]),
       C("Fewer than 50", 50, "fewer_than", "other", "aid workers in the worst-hit villages",
         "the UN", cat_alt=["troops"])]),

    # --- Key-figures box with a source heading: Russia's wildfires, August 2010 ----------------
    P("d54_036",
      "Russia's wildfires in figures\n"
      "Published: 09.08.2010 14:05\n"
      "(Emergencies Ministry data, Monday morning)\n"
      "• Active fires: 612, covering about 174,000 hectares\n"
      "• Dead: 52\n"
      "• Homes destroyed: more than 2,000 in about 130 villages\n"
      "• People left homeless: about 3,500\n"
      "• Personnel fighting the fires: more than 160,000, with 28 aircraft\n"
      "Moscow's health chief Andrei Seltsovsky said the capital's daily death count had doubled "
      "to about 700 as smog and temperatures above 37C persisted.",
      [C("612", 612, "exact", "other", "active fires", RU_EMERCOM),
       C("about 174,000", 174000, "about", "other", "hectares burning", RU_EMERCOM,
         optional=True),
       C("52", 52, "exact", "killed", "dead in the wildfires", RU_EMERCOM),
       C("more than 2,000", 2000, "more_than", "infrastructure", "homes destroyed",
         RU_EMERCOM),
       C("about 130", 130, "about", "other", "villages hit", RU_EMERCOM, optional=True,
         cat_alt=["infrastructure"]),
       C("about 3,500", 3500, "about", "displaced", "people left homeless", RU_EMERCOM),
       C("more than 160,000", 160000, "more_than", "troops", "personnel fighting the fires",
         RU_EMERCOM, cat_alt=["other"]),
       C("28", 28, "exact", "other", "aircraft fighting the fires", RU_EMERCOM,
         optional=True, cat_alt=["munitions"]),
       C("about 700", 700, "about", "killed", "daily deaths in Moscow",
         "Moscow's health chief Andrei Seltsovsky", optional=True)],
      published="2010-08-09"),

    # --- Mayor's tweet and article: Alberta floods, June 2013 ----------------------------------
    P("d54_037",
      "Calgary flood: latest\n"
      "Naheed Nenshi (@nenshi), June 21, 2013: \"Approximately 75,000 Calgarians have been "
      "evacuated from 25 communities. Please stay off the roads.\"\n"
      "The Alberta government said on Saturday that three bodies had been recovered near High "
      "River, a town of 13,000 that was entirely evacuated. About 1,300 Canadian Forces members "
      "were sent to help, Defence Minister Peter MacKay said. Across southern Alberta, some "
      "100,000 people have been forced from their homes. Calgary's emergency operations centre "
      "said fewer than 1,500 people had used its eight reception centres overnight.",
      [C("Approximately 75,000", 75000, "about", "displaced", "Calgarians evacuated", NENSHI),
       C("25", 25, "exact", "other", "communities evacuated", NENSHI, optional=True),
       C("three", 3, "exact", "killed", "bodies recovered near High River", AB_GOV),
       C("13,000", 13000, "exact", "population", "residents of High River",
         attr_alt=[AB_GOV]),
       C("About 1,300", 1300, "about", "troops", "Canadian Forces members sent", MACKAY),
       C("some 100,000", 100000, "about", "displaced", "people forced from their homes"),
       C("fewer than 1,500", 1500, "fewer_than", "displaced", "people in reception centres",
         CALGARY_EOC),
       C("eight", 8, "exact", "infrastructure", "reception centres", CALGARY_EOC,
         cat_alt=["other", "aid"])]),

    # --- News ticker and wire copy: Oslo Pride shooting, June 2022 -----------------------------
    P("d54_038",
      "NEWS TICKER: OSLO SHOOTING — 2 DEAD, 21 INJURED NEAR LONDON PUB • POLICE CALL IT ACT OF "
      "TERROR • PRIDE MARCH CANCELLED\n"
      "OSLO, June 25 (Reuters) - Two people were killed and 21 wounded, 10 of them seriously, "
      "when a gunman opened fire at three locations in central Oslo early on Saturday, police "
      "said, in what the country's security service called an act of Islamist terrorism. Police "
      "said the suspect, a 42-year-old Norwegian citizen of Iranian origin, was arrested within "
      "five minutes of the first shots. Organisers cancelled Saturday's Pride parade, which had "
      "been expected to draw tens of thousands of people, on police advice.",
      [C("2", 2, "exact", "killed", "dead near the London Pub (ticker)"),
       C("21", 21, "exact", "injured", "injured near the London Pub (ticker)",
         ctx="21 INJURED"),
       C("Two", 2, "exact", "killed", "people in central Oslo", "police"),
       C("21", 21, "exact", "injured", "people in central Oslo", "police", ctx="21 wounded"),
       C("10", 10, "exact", "injured", "seriously wounded", "police"),
       C("three", 3, "exact", "other", "locations attacked", "police", optional=True,
         cat_alt=["infrastructure"]),
       C("tens of thousands", 10000, "vague", "other", "expected Pride crowd", optional=True)]),

    # --- Live blog and a photo caption: Hong Kong's Occupy protests, September 2014 ------------
    P("d54_039",
      "Hong Kong protests: as it happened\n"
      "Last updated Monday 29 September 2014, 08:30 HKT\n"
      "22:10 Occupy Central co-founder Benny Tai tells the crowd outside the government "
      "headquarters that \"tens of thousands\" are now on the streets.\n"
      "00:40 The Hospital Authority says 41 people have been injured, including 12 police "
      "officers.\n"
      "02:15 Police say they fired 87 rounds of tear gas at protesters in Admiralty over the "
      "evening, the first use of tear gas in the city in nearly a decade.\n"
      "Photo: Protesters shield themselves with umbrellas from pepper spray near the government "
      "headquarters, 28 September 2014. Police said 89 people had been arrested since Friday.",
      [C("tens of thousands", 10000, "vague", "other", "protesters on the streets",
         "Occupy Central co-founder Benny Tai"),
       C("41", 41, "exact", "injured", "people injured", HK_HA),
       C("12", 12, "exact", "injured", "police officers injured", HK_HA),
       C("87", 87, "exact", "munitions", "rounds of tear gas fired", "Police",
         cat_alt=["other"]),
       C("89", 89, "exact", "detained", "people arrested since Friday", "Police")],
      published="2014-09-29"),

    # --- Headline, standfirst and correction: Lhasa unrest, March 2008 -------------------------
    P("d54_040",
      "China says 13 'innocent civilians' killed in Lhasa riots\n"
      "Exiles say at least 80 Tibetans died in the crackdown\n"
      "BEIJING, March 16 (Reuters) - Chinese state media said on Sunday that 13 innocent "
      "civilians had been burned or hacked to death in rioting in the Tibetan capital Lhasa on "
      "Friday, and that 61 police officers had been injured, six of them seriously. The Tibetan "
      "government-in-exile in Dharamsala, India, said at least 80 people had been killed, citing "
      "unconfirmed reports from inside Tibet. Xinhua said rioters had set fire to 214 shops and "
      "homes and burned 56 vehicles. Tibet's governor, Champa Phuntsok, gave the protesters until "
      "midnight on Monday to surrender.\n"
      "Correction: An earlier version of this story said 10 civilians had been killed, the figure "
      "Xinhua gave on Saturday.",
      [C("13", 13, "exact", "killed", "civilians in Lhasa (headline)", "China",
         attr_alt=[CN_MEDIA], ctx="says 13"),
       C("at least 80", 80, "at_least", "killed", "Tibetans (standfirst)", "Exiles",
         attr_alt=[TGIE], ctx="at least 80 Tibetans"),
       C("13", 13, "exact", "killed", "civilians in Lhasa", CN_MEDIA, ctx="that 13 innocent"),
       C("61", 61, "exact", "injured", "police officers", CN_MEDIA),
       C("six", 6, "exact", "injured", "police officers seriously injured", CN_MEDIA),
       C("at least 80", 80, "at_least", "killed", "people in the crackdown", TIBET_REPORTS,
         attr_alt=[TGIE], ctx="at least 80 people"),
       C("214", 214, "exact", "infrastructure", "shops and homes set on fire", "Xinhua",
         cat_alt=["other"]),
       C("56", 56, "exact", "other", "vehicles burned", "Xinhua", optional=True,
         cat_alt=["infrastructure"]),
       C("10", 10, "exact", "killed", "civilians (retracted figure)", optional=True)]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d54_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
