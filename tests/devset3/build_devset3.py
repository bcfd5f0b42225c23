"""Source of the third development set: writes ``passages.jsonl`` next to it.

Sixty short passages (2-6 sentences, a few headline-plus-body items and one flattened table),
written for this set in the style of wire and web news copy (none copied from an article), on
events not used in ``tests/devset`` or ``tests/devset2``, annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder). The set leans on the
places where extractors go wrong with casualty and displacement figures: deaths reported without
the word "killed" ("lost their lives", "perished", "were crushed", "were found dead", "did not
survive", "succumbed", "martyred", "were buried", "the dead numbered", "claimed 443 lives"),
injuries in varied words ("hurt", "needed hospital treatment", "treated for smoke inhalation",
"suffered injuries", "casualties"), displacement ("forced from their homes", "fled across the
border", "sought refuge", "made homeless", "returnees", "an exodus of", "asylum seekers"),
captives and detainees ("still in captivity", "still held", "freed", "rounded up", "jailed"),
figures in apposition, in parentheses, split across sentences, at the start of a sentence or
before a long subordinate clause, tolls with "including" and "among them", and non-claims
(ages, temperatures, magnitudes, times, durations, scores, flight and seat numbers, money,
percentages of a vote, dates in captions and inside the story).

Offsets are never typed: each claim names its ``span`` (and a ``ctx`` when the span occurs
more than once), and ``tests/devset_build.py``, which the evaluation sets share, finds and
checks them with every field. This set adds one check of its own: no sentence of the earlier
development sets is reused.

Run ``python tests/devset3/build_devset3.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- Crowd crushes, stampedes, heat ----------------------------------------------------
    P("d3_001",
      "Published : 2022-10-30 14:12\n"
      "At least 151 people were crushed to death and 82 others hurt when a huge Halloween crowd "
      "surged into a narrow, sloping alley in Seoul's Itaewon district late Saturday, fire "
      "authorities said. Of the dead, 97 were women and 54 men, most of them in their 20s. "
      "Nineteen foreign nationals, from countries including Iran, China and Russia, were among "
      "the victims, officials said, and 19 of the injured were in a serious condition.",
      [C("At least 151", 151, "at_least", "killed", "people crushed", "fire authorities"),
       C("82", 82, "exact", "injured", "people hurt", "fire authorities"),
       C("97", 97, "exact", "killed", "women", "fire authorities", attr_alt=[None]),
       C("54", 54, "exact", "killed", "men", "fire authorities", attr_alt=[None]),
       C("Nineteen", 19, "exact", "killed", "foreign nationals", "officials"),
       C("19", 19, "exact", "injured", "injured in a serious condition", "officials")],
      published="2022-10-30"),
    P("d3_002",
      "Indonesia football stampede: 125 dead after police fire tear gas\n"
      "The number of fatalities from Saturday night's crush at Kanjuruhan stadium in Malang, East "
      "Java, has been revised down to 125 from 174 because some victims were counted twice, "
      "national police chief Listyo Sigit Prabowo said on Sunday, adding that more than 320 "
      "people had been injured. Among those who lost their lives were 32 children, the youngest "
      "aged three, according to the ministry of women's empowerment and child protection. Two "
      "police officers were also among the dead. Home side Arema FC had lost 3-2 to their "
      "arch-rivals Persebaya Surabaya.",
      [C("125", 125, "exact", "killed", "people", None, ctx="125 dead"),
       C("125", 125, "exact", "killed", "people", "national police chief Listyo Sigit Prabowo",
         ctx="125 from"),
       C("174", 174, "exact", "killed", "people (earlier, double-counted toll)",
         "national police chief Listyo Sigit Prabowo"),
       C("more than 320", 320, "more_than", "injured", "people",
         "national police chief Listyo Sigit Prabowo"),
       C("32", 32, "exact", "killed", "children",
         "the ministry of women's empowerment and child protection"),
       C("Two", 2, "exact", "killed", "police officers",
         "the ministry of women's empowerment and child protection",
         attr_alt=[None, "national police chief Listyo Sigit Prabowo"])]),
    P("d3_003",
      "Saudi Arabia says 1,301 died during hajj\n"
      "1,301 people died during this year's hajj pilgrimage as temperatures in Mecca climbed as "
      "high as 51.8C, Saudi Health Minister Fahd al-Jalajel said on Sunday, and 83% of them were "
      "unauthorised pilgrims who had walked long distances in the heat. Egypt, whose nationals "
      "accounted for the largest share of the dead, said 31 of its registered pilgrims had died, "
      "and revoked the licences of 16 travel companies. Jordan's foreign ministry put its own "
      "toll at 99.",
      [C("1,301", 1301, "exact", "killed", "pilgrims", "Saudi Arabia", ctx="says 1,301"),
       C("1,301", 1301, "exact", "killed", "pilgrims", "Saudi Health Minister Fahd al-Jalajel",
         ctx="1,301 people"),
       C("83%", 83, "exact", "killed", "share of the dead who were unauthorised",
         "Saudi Health Minister Fahd al-Jalajel", optional=True),
       C("31", 31, "exact", "killed", "Egyptian registered pilgrims", "Egypt"),
       C("16", 16, "exact", "other", "travel companies sanctioned", "Egypt", optional=True),
       C("99", 99, "exact", "killed", "Jordanian pilgrims", "Jordan's foreign ministry")]),

    # --- Terror attacks, shootings -----------------------------------------------------------
    P("d3_004",
      "MOSCOW, March 24, 2024 (TASS) - The death toll from Friday's attack on the Crocus City "
      "Hall concert venue outside Moscow has risen to 137, Russia's Investigative Committee said "
      "on Sunday, after rescuers finished clearing the burnt-out auditorium, where many of the "
      "bodies were found in toilets and stairwells. Three children are among the dead. The "
      "health ministry said 182 people had been wounded; 101 remain in hospital, 40 of them in a "
      "serious condition. Eleven people, including all four suspected gunmen, have been "
      "detained, the FSB said.",
      [C("137", 137, "exact", "killed", "people", "Russia's Investigative Committee"),
       C("Three", 3, "exact", "killed", "children", "Russia's Investigative Committee",
         attr_alt=[None]),
       C("182", 182, "exact", "injured", "people wounded", "The health ministry"),
       C("101", 101, "exact", "injured", "wounded still in hospital", "The health ministry"),
       C("40", 40, "exact", "injured", "wounded in a serious condition", "The health ministry"),
       C("Eleven", 11, "exact", "detained", "people detained", "the FSB"),
       C("four", 4, "exact", "detained", "suspected gunmen", "the FSB")],
      published="2024-03-24"),
    P("d3_005",
      "Tasnim news agency, citing the head of Kerman province's emergency services, said 103 "
      "people were martyred and 188 wounded in the twin blasts near the tomb of General Qassem "
      "Soleimani on the fourth anniversary of his death. The interior minister later revised the "
      "death toll down to 84, saying some victims had been counted twice. Islamic State claimed "
      "responsibility, saying two of its members had detonated explosive belts among the crowd.",
      [C("103", 103, "exact", "killed", "people",
         "the head of Kerman province's emergency services", attr_alt=["Tasnim news agency"]),
       C("188", 188, "exact", "injured", "people",
         "the head of Kerman province's emergency services", attr_alt=["Tasnim news agency"]),
       C("84", 84, "exact", "killed", "people (revised toll)", "The interior minister"),
       C("two", 2, "exact", "other", "suicide bombers", "Islamic State", optional=True,
         cat_alt=["killed", "troops"])]),
    P("d3_006",
      "Updated 23 April 2025, 06:10 IST\n"
      "Gunmen opened fire on tourists in a meadow near Pahalgam in Indian-administered Kashmir on "
      "Tuesday afternoon, killing 26 men, police said, in the deadliest attack on civilians in "
      "the region in a quarter of a century. Twenty-five of those gunned down were Indian "
      "tourists; the other was a Nepali national. At least 17 others were wounded, several of "
      "them critically.",
      [C("26", 26, "exact", "killed", "men", "police"),
       C("Twenty-five", 25, "exact", "killed", "Indian tourists", "police", attr_alt=[None]),
       C("At least 17", 17, "at_least", "injured", "people", "police", attr_alt=[None])],
      published="2025-04-23"),
    P("d3_007",
      "Twin car bombs at a busy junction outside Somalia's education ministry in Mogadishu left "
      "at least 100 people dead and 300 wounded, President Hassan Sheikh Mohamud said on Sunday, "
      "warning that the toll could rise. The health minister later put the casualties at 121 "
      "dead and more than 350 injured. Al-Shabaab, which said it carried out the attack, claimed "
      "it had targeted officials, not civilians.",
      [C("at least 100", 100, "at_least", "killed", "people",
         "President Hassan Sheikh Mohamud"),
       C("300", 300, "exact", "injured", "people", "President Hassan Sheikh Mohamud"),
       C("121", 121, "exact", "killed", "people", "The health minister"),
       C("more than 350", 350, "more_than", "injured", "people", "The health minister")]),
    P("d3_008",
      "Fourteen lives were lost and about 35 people were hurt when a man drove a rented pickup "
      "truck into a New Year's crowd on Bourbon Street in New Orleans, the FBI said on Thursday, "
      "revising the death toll up from 10. The suspect, a 42-year-old Army veteran from Texas, "
      "was killed in a shootout with police; two officers were wounded.",
      [C("Fourteen", 14, "exact", "killed", "people", "the FBI"),
       C("about 35", 35, "about", "injured", "people", "the FBI"),
       C("10", 10, "exact", "killed", "people (earlier toll)", "the FBI"),
       C("two", 2, "exact", "injured", "police officers", None, attr_alt=["the FBI"])]),
    P("d3_009",
      "A 24-year-old student shot dead 14 people (13 at the scene, one later in hospital) and "
      "wounded 25 others at Charles University's philosophy faculty in Prague on Thursday before "
      "killing himself, police said. Ten of the wounded were in a serious condition. Police said "
      "the gunman, who held licences for eight firearms, was also suspected of killing a man and "
      "his two-month-old daughter in a forest outside the city days earlier.",
      [C("14", 14, "exact", "killed", "people", "police"),
       C("13", 13, "exact", "killed", "people killed at the scene", "police"),
       C("one", 1, "exact", "killed", "person who died in hospital", "police"),
       C("25", 25, "exact", "injured", "people", "police"),
       C("Ten", 10, "exact", "injured", "wounded in a serious condition", "police",
         attr_alt=[None]),
       C("eight", 8, "exact", "other", "firearms licensed", "Police", optional=True,
         cat_alt=["munitions"])]),
    P("d3_010",
      "SAN ANTONIO (AP) — Forty-six people were found dead in and around an abandoned "
      "tractor-trailer on the southwestern outskirts of San Antonio on Monday evening, Fire Chief "
      "Charles Hood said, in what is believed to be the deadliest smuggling incident on the "
      "US-Mexico border. Sixteen others, including four children, were taken to hospitals "
      "suffering from heat stroke and exhaustion. By Wednesday the death count had reached 53 "
      "after seven more succumbed in hospital, Mexico's foreign ministry said; 27 of the dead "
      "were Mexican nationals.",
      [C("Forty-six", 46, "exact", "killed", "migrants found dead", "Fire Chief Charles Hood"),
       C("Sixteen", 16, "exact", "injured", "people taken to hospital", "Fire Chief Charles Hood",
         attr_alt=[None]),
       C("four", 4, "exact", "injured", "children taken to hospital", "Fire Chief Charles Hood",
         attr_alt=[None]),
       C("53", 53, "exact", "killed", "migrants", "Mexico's foreign ministry"),
       C("seven", 7, "exact", "killed", "people who died in hospital",
         "Mexico's foreign ministry"),
       C("27", 27, "exact", "killed", "Mexican nationals", "Mexico's foreign ministry")]),

    # --- Fires, explosions, crashes ---------------------------------------------------------
    P("d3_011",
      "Published 27 April 2025\n"
      "The explosion at Shahid Rajaee port near Bandar Abbas has killed at least 40 people and "
      "injured more than 1,200, Iranian officials said on Sunday, as firefighters battled blazes "
      "among stacked shipping containers for a second day. Of the injured, 197 needed hospital "
      "treatment and the rest were treated at the scene, according to Hormozgan province's "
      "crisis management office. Schools and offices in Bandar Abbas were ordered closed.",
      [C("at least 40", 40, "at_least", "killed", "people", "Iranian officials"),
       C("more than 1,200", 1200, "more_than", "injured", "people", "Iranian officials"),
       C("197", 197, "exact", "injured", "injured needing hospital treatment",
         "Hormozgan province's crisis management office")],
      published="2025-04-27"),
    P("d3_012",
      "Fire tears through Iraqi wedding hall, killing over 100\n"
      "More than 100 people, many of whom had travelled from neighbouring towns in Nineveh "
      "province to celebrate the marriage of a local couple, were killed when fireworks set "
      "alight the ceiling of a packed hall in Qaraqosh late on Tuesday, provincial officials "
      "said. Upwards of 150 were injured. The interior ministry put the death toll at 107 on "
      "Wednesday and said 14 people, including the hall's owners, had been arrested.",
      [C("over 100", 100, "more_than", "killed", "wedding guests"),
       C("More than 100", 100, "more_than", "killed", "people", "provincial officials"),
       C("Upwards of 150", 150, "more_than", "injured", "people", "provincial officials",
         attr_alt=[None]),
       C("107", 107, "exact", "killed", "people", "The interior ministry"),
       C("14", 14, "exact", "detained", "people arrested", "The interior ministry")]),
    P("d3_013",
      "Fifty-nine people died and at least 155 were injured after pyrotechnics set the ceiling of "
      "a nightclub in Kocani, North Macedonia, ablaze during a concert in the early hours of "
      "Sunday, Interior Minister Pance Toskovski said. About 1,500 people were inside the club, "
      "which was licensed for 250. Dozens of the most seriously hurt were hospitalised in "
      "Greece, Bulgaria and Serbia. Prosecutors said 15 people, including the club's manager, "
      "had been detained.",
      [C("Fifty-nine", 59, "exact", "killed", "people", "Interior Minister Pance Toskovski"),
       C("at least 155", 155, "at_least", "injured", "people",
         "Interior Minister Pance Toskovski"),
       C("About 1,500", 1500, "about", "other", "people inside the club",
         "Interior Minister Pance Toskovski", attr_alt=[None]),
       C("250", 250, "exact", "other", "licensed capacity", "Interior Minister Pance Toskovski",
         optional=True, attr_alt=[None]),
       C("Dozens", 12, "vague", "injured", "seriously hurt hospitalised abroad", None,
         attr_alt=["Interior Minister Pance Toskovski"]),
       C("15", 15, "exact", "detained", "people detained", "Prosecutors")]),
    P("d3_014",
      "At least 46 people died and 22 were injured when a fire ripped through a seven-storey "
      "building packed with restaurants on Dhaka's Bailey Road late on Thursday, Health Minister "
      "Samanta Lal Sen said. Most of the victims suffocated in the stairwell. Firefighters "
      "rescued 75 people from the building, 42 of them unconscious, and a dozen more were "
      "treated for smoke inhalation at the scene, a fire service official said.",
      [C("At least 46", 46, "at_least", "killed", "people", "Health Minister Samanta Lal Sen"),
       C("22", 22, "exact", "injured", "people", "Health Minister Samanta Lal Sen"),
       C("75", 75, "exact", "other", "people rescued", "a fire service official"),
       C("42", 42, "exact", "injured", "people rescued unconscious", "a fire service official",
         cat_alt=["other"]),
       C("a dozen", 12, "exact", "injured", "people treated for smoke inhalation",
         "a fire service official")]),
    P("d3_015",
      "Ahmedabad crash: one survivor among 242 on board\n"
      "All but one of the 242 people on board Air India flight AI171 were killed when the Boeing "
      "787-8 came down on a medical college hostel moments after take-off from Ahmedabad, the "
      "airline said on Thursday. At least 29 people on the ground also did not survive, police "
      "said, bringing the number of confirmed deaths to 270. The sole survivor, a British "
      "national who had been sitting in seat 11A, walked out of the wreckage.",
      [C("one", 1, "exact", "other", "survivor", None, ctx="one survivor"),
       C("242", 242, "exact", "other", "people on board", None, ctx="242 on board"),
       C("one", 1, "exact", "other", "survivor", "the airline", optional=True,
         ctx="All but one"),
       C("242", 242, "exact", "other", "people on board", "the airline", ctx="242 people"),
       C("At least 29", 29, "at_least", "killed", "people on the ground", "police"),
       C("270", 270, "exact", "killed", "confirmed deaths", "police")]),

    # --- Migrants at sea and on land ---------------------------------------------------------
    P("d3_016",
      "The bodies of 14 more people were recovered from the sea off Steccato di Cutro on "
      "Tuesday, bringing to 79 the number confirmed dead in Sunday's shipwreck, Italian "
      "authorities said. The wooden boat, which had set sail from Izmir in Turkey four days "
      "earlier, is believed to have been carrying around 180 people, most of them from "
      "Afghanistan, Pakistan and Iran; 80 survived. Dozens are still unaccounted for, according "
      "to the Red Cross.",
      [C("14", 14, "exact", "killed", "bodies recovered", "Italian authorities"),
       C("79", 79, "exact", "killed", "people confirmed dead", "Italian authorities"),
       C("around 180", 180, "about", "other", "people on board", "Italian authorities",
         attr_alt=[None]),
       C("80", 80, "exact", "other", "survivors", "Italian authorities", attr_alt=[None]),
       C("Dozens", 12, "vague", "missing", "people unaccounted for", "the Red Cross")]),
    P("d3_017",
      "Nearly 7,000 migrants landed on Lampedusa in a single 24-hour period, more than the "
      "island's entire population of about 6,000, the Italian Red Cross said, after 112 boats "
      "arrived, most of them from Sfax in Tunisia. The hotspot reception centre, built for 400 "
      "people, was holding more than 6,000 asylum seekers at one point on Wednesday. A "
      "five-month-old baby drowned when the boat carrying her capsized as it was being towed "
      "ashore.",
      [C("Nearly 7,000", 7000, "about", "displaced", "migrants landed", "the Italian Red Cross",
         cat_alt=["other"]),
       C("about 6,000", 6000, "about", "population", "Lampedusa residents",
         "the Italian Red Cross"),
       C("112", 112, "exact", "other", "migrant boats", "the Italian Red Cross"),
       C("400", 400, "exact", "other", "reception centre capacity", "the Italian Red Cross",
         optional=True, attr_alt=[None]),
       C("more than 6,000", 6000, "more_than", "displaced", "asylum seekers in the hotspot",
         "the Italian Red Cross", cat_alt=["other"], attr_alt=[None])]),
    P("d3_018",
      "The Tunisian coastguard recovered 27 dead bodies off the coast of Sfax on Sunday after two "
      "boats sank, a judicial official said, and 83 migrants were rescued. In July alone, more "
      "than 1,200 sub-Saharan Africans were expelled to desert areas along the borders with "
      "Libya and Algeria, Human Rights Watch said; Libyan border guards later reported that at "
      "least 27 had been found dead of thirst.",
      [C("27", 27, "exact", "killed", "migrants' bodies", "a judicial official",
         ctx="27 dead bodies"),
       C("two", 2, "exact", "other", "boats sunk", "a judicial official", optional=True),
       C("83", 83, "exact", "other", "migrants rescued", "a judicial official"),
       C("more than 1,200", 1200, "more_than", "displaced", "migrants expelled to the desert",
         "Human Rights Watch"),
       C("at least 27", 27, "at_least", "killed", "migrants found dead in the desert",
         "Libyan border guards")]),
    P("d3_019",
      "Some 1,543 Rohingya refugees have arrived in Aceh by boat since mid-November, the UN "
      "refugee agency said on Thursday, after hostile crowds in Banda Aceh forced 137 of them out "
      "of a convention centre basement where they had been sheltering. Two more boats carrying "
      "about 400 people were still at sea, the agency said, with no country willing to let them "
      "land.",
      [C("Some 1,543", 1543, "about", "displaced", "Rohingya refugees arrived",
         "the UN refugee agency"),
       C("137", 137, "exact", "displaced", "refugees forced out of a shelter",
         "the UN refugee agency", attr_alt=[None]),
       C("Two", 2, "exact", "other", "boats at sea", "the agency", optional=True,
         attr_alt=["the UN refugee agency"]),
       C("about 400", 400, "about", "displaced", "refugees still at sea", "the agency",
         cat_alt=["other"], attr_alt=["the UN refugee agency"])]),
    P("d3_020",
      "More than 327,000 Afghans have returned from Pakistan since Islamabad ordered "
      "undocumented foreigners to leave by Nov 1, the International Organization for Migration "
      "said, an exodus that has overwhelmed reception centres at the Torkham and Spin Boldak "
      "crossings. About 10,000 returnees are crossing at Torkham every day; the Taliban "
      "administration says it has registered 24,000 families in temporary camps.",
      [C("More than 327,000", 327000, "more_than", "displaced", "Afghans returned from Pakistan",
         "the International Organization for Migration"),
       C("About 10,000", 10000, "about", "displaced", "returnees a day at Torkham",
         "the International Organization for Migration", attr_alt=[None]),
       C("24,000", 24000, "exact", "displaced", "returnee families in camps",
         "the Taliban administration")]),
    P("d3_021",
      "More than 600,000 people have crossed from Sudan into South Sudan since the war began in "
      "April 2023, the vast majority of them South Sudanese returnees who had once fled in the "
      "other direction, according to UNHCR. At the transit centre in Renk, built for 3,000, some "
      "12,000 people are sheltering, and about 1,500 more arrive each day. Another 200,000 have "
      "sought refuge in Ethiopia and the Central African Republic, the agency said.",
      [C("More than 600,000", 600000, "more_than", "displaced", "people crossing into South Sudan",
         "UNHCR"),
       C("3,000", 3000, "exact", "other", "transit centre capacity", "UNHCR", optional=True,
         attr_alt=[None]),
       C("some 12,000", 12000, "about", "displaced", "people sheltering in Renk", "UNHCR",
         attr_alt=[None]),
       C("about 1,500", 1500, "about", "displaced", "new arrivals a day", "UNHCR",
         attr_alt=[None]),
       C("200,000", 200000, "exact", "displaced", "refugees in Ethiopia and CAR", "the agency",
         attr_alt=["UNHCR"])]),

    # --- Ukraine and Russia ------------------------------------------------------------------
    P("d3_022",
      "At least 17 people drowned on the Ukrainian-held bank of the Dnipro after the Kakhovka "
      "dam was destroyed, the interior ministry said, while Russian-installed officials on the "
      "occupied left bank reported 29 deaths. More than 3,600 people have been evacuated from "
      "flooded areas of the Kherson region, 2,700 of them from the city itself, regional governor "
      "Oleksandr Prokudin said; 31 people remain missing. Some 80 settlements are under water.",
      [C("At least 17", 17, "at_least", "killed", "people drowned", "the interior ministry"),
       C("29", 29, "exact", "killed", "deaths on the occupied bank",
         "Russian-installed officials"),
       C("More than 3,600", 3600, "more_than", "displaced", "people evacuated",
         "regional governor Oleksandr Prokudin"),
       C("2,700", 2700, "exact", "displaced", "people evacuated from Kherson city",
         "regional governor Oleksandr Prokudin"),
       C("31", 31, "exact", "missing", "people", "regional governor Oleksandr Prokudin"),
       C("Some 80", 80, "about", "other", "settlements flooded",
         "regional governor Oleksandr Prokudin", cat_alt=["infrastructure"], attr_alt=[None])]),
    P("d3_023",
      "Casualties from Monday's Russian missile barrage, by city (source: regional military "
      "administrations):\n"
      "Kyiv — 33 dead, 121 injured\n"
      "Kryvyi Rih — 10 dead, 47 injured\n"
      "Pokrovsk — 3 dead\n"
      "Dnipro — 1 dead, 6 injured\n"
      "At the Okhmatdyt children's hospital, two adults were killed and 16 people hurt, seven of "
      "them children, officials said. Russia fired 38 missiles of various types.",
      [C("33", 33, "exact", "killed", "people in Kyiv", "regional military administrations"),
       C("121", 121, "exact", "injured", "people in Kyiv", "regional military administrations"),
       C("10", 10, "exact", "killed", "people in Kryvyi Rih",
         "regional military administrations"),
       C("47", 47, "exact", "injured", "people in Kryvyi Rih",
         "regional military administrations"),
       C("3", 3, "exact", "killed", "people in Pokrovsk", "regional military administrations"),
       C("1", 1, "exact", "killed", "person in Dnipro", "regional military administrations"),
       C("6", 6, "exact", "injured", "people in Dnipro", "regional military administrations"),
       C("two", 2, "exact", "killed", "adults at the children's hospital", "officials"),
       C("16", 16, "exact", "injured", "people at the children's hospital", "officials"),
       C("seven", 7, "exact", "injured", "children at the hospital", "officials"),
       C("38", 38, "exact", "munitions", "missiles", None, attr_alt=["officials"])]),
    P("d3_024",
      "Investigators have exhumed 447 bodies from a mass grave in a pine forest outside Izium, "
      "Kharkiv regional governor Oleh Syniehubov said, after Russian forces withdrew from the "
      "town: 414 civilians (among them five children), 22 servicemen and 11 whose identities "
      "are not yet known. Thirty of the bodies bore signs of torture, he said, and some had "
      "their hands tied.",
      [C("447", 447, "exact", "killed", "bodies exhumed",
         "Kharkiv regional governor Oleh Syniehubov"),
       C("414", 414, "exact", "killed", "civilians", "Kharkiv regional governor Oleh Syniehubov"),
       C("five", 5, "exact", "killed", "children", "Kharkiv regional governor Oleh Syniehubov"),
       C("22", 22, "exact", "killed", "servicemen", "Kharkiv regional governor Oleh Syniehubov"),
       C("11", 11, "exact", "killed", "unidentified bodies",
         "Kharkiv regional governor Oleh Syniehubov"),
       C("Thirty", 30, "exact", "killed", "bodies with signs of torture",
         "Kharkiv regional governor Oleh Syniehubov")]),
    P("d3_025",
      "Russia has likely suffered more than 1,500 casualties a day on average in May, the "
      "highest rate of the war, Britain's Ministry of Defence said in an intelligence update, "
      "bringing its estimate of Russian personnel killed and wounded since February 2022 to about "
      "500,000. Ukraine's general staff, which publishes Russian losses daily, said 1,210 Russian "
      "troops had been “liquidated” in the past 24 hours.",
      [C("more than 1,500", 1500, "more_than", "injured", "Russian casualties a day",
         "Britain's Ministry of Defence", cat_alt=["killed", "other"]),
       C("about 500,000", 500000, "about", "injured", "Russian personnel killed and wounded",
         "Britain's Ministry of Defence", cat_alt=["killed", "other"]),
       C("1,210", 1210, "exact", "killed", "Russian troops", "Ukraine's general staff")]),
    P("d3_026",
      "More than 400 people were detained at impromptu memorials to Alexei Navalny in 39 Russian "
      "cities over the weekend, according to the rights monitor OVD-Info, and at least 154 of "
      "them were jailed for up to 15 days by courts in St Petersburg alone. In Moscow, police "
      "briefly held a priest who had announced plans to lead a memorial service.\n"
      "People lay flowers at a memorial in Moscow on February 17, 2024. REUTERS/Stringer",
      [C("More than 400", 400, "more_than", "detained", "people at memorials",
         "the rights monitor OVD-Info"),
       C("39", 39, "exact", "other", "Russian cities", "the rights monitor OVD-Info",
         optional=True),
       C("at least 154", 154, "at_least", "detained", "people jailed in St Petersburg",
         "the rights monitor OVD-Info")]),

    # --- Middle East, South Caucasus, South Asia ---------------------------------------------
    P("d3_027",
      "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 1,383 "
      "civilians, most of them Alawites, had been killed in Latakia, Tartus and Hama provinces "
      "since Thursday, many of them shot dead in their homes or executed in the street by "
      "security forces and allied fighters. It documented what it called a massacre of 52 people "
      "in a single village near Baniyas. The interior ministry said 231 members of the security "
      "forces had died in the fighting, which began with coordinated attacks by Assad loyalists.",
      [C("1,383", 1383, "exact", "killed", "civilians", "The Syrian Observatory for Human Rights"),
       C("52", 52, "exact", "killed", "people massacred in one village",
         "The Syrian Observatory for Human Rights"),
       C("231", 231, "exact", "killed", "security forces members", "The interior ministry")]),
    P("d3_028",
      "YEREVAN, Sept 28, 2023 — Armenia said on Thursday that 76,044 refugees had arrived from "
      "Nagorno-Karabakh since the enclave's forces laid down their arms last week, an exodus of "
      "more than 60% of a population the government had put at about 120,000. The toll from "
      "Monday's explosion at a fuel depot near Stepanakert, where hundreds of people had queued "
      "for petrol for the journey, reached 170, the region's human rights ombudsman said, after "
      "20 of the injured died in hospital. More than 200 others remain in hospital, many with "
      "severe burns, and 13 bodies have yet to be identified.",
      [C("76,044", 76044, "exact", "displaced", "refugees from Nagorno-Karabakh", "Armenia"),
       C("more than 60%", 60, "more_than", "displaced", "share of the population that left",
         "Armenia", optional=True),
       C("about 120,000", 120000, "about", "population", "Nagorno-Karabakh population",
         "the government", attr_alt=["Armenia"]),
       C("hundreds", 100, "vague", "other", "people queuing for petrol", None, optional=True),
       C("170", 170, "exact", "killed", "people", "the region's human rights ombudsman"),
       C("20", 20, "exact", "killed", "injured who died in hospital",
         "the region's human rights ombudsman"),
       C("More than 200", 200, "more_than", "injured", "people in hospital",
         "the region's human rights ombudsman", attr_alt=[None]),
       C("13", 13, "exact", "killed", "unidentified bodies",
         "the region's human rights ombudsman", attr_alt=[None])],
      published="2023-09-28"),
    P("d3_029",
      "Published On 12 Mar 2025\n"
      "Pakistani security forces freed 346 hostages and killed all 33 separatist fighters who had "
      "seized the Jaffar Express in Balochistan, ending a siege that lasted more than 30 hours, "
      "the army's media wing said on Wednesday. Twenty-one passengers and four paramilitary "
      "soldiers lost their lives. The train, carrying more than 400 passengers from Quetta to "
      "Peshawar, was ambushed in a tunnel near Sibi after the track was blown up.",
      [C("346", 346, "exact", "hostages", "hostages freed", "the army's media wing"),
       C("33", 33, "exact", "killed", "separatist fighters", "the army's media wing"),
       C("Twenty-one", 21, "exact", "killed", "passengers", "the army's media wing",
         attr_alt=[None]),
       C("four", 4, "exact", "killed", "paramilitary soldiers", "the army's media wing",
         attr_alt=[None]),
       C("more than 400", 400, "more_than", "other", "passengers on the train", None,
         cat_alt=["hostages"], attr_alt=["the army's media wing"])],
      published="2025-03-12"),
    P("d3_030",
      "Ethnic clashes between the Meitei and Kuki-Zo communities in India's Manipur state have "
      "killed at least 175 people and forced more than 60,000 from their homes since May 3, state "
      "police said on Thursday, adding that 1,108 people had been injured and 32 were missing. "
      "Some 4,786 houses were torched and 386 religious structures vandalised, police said.",
      [C("at least 175", 175, "at_least", "killed", "people", "state police"),
       C("more than 60,000", 60000, "more_than", "displaced", "people", "state police"),
       C("1,108", 1108, "exact", "injured", "people", "state police"),
       C("32", 32, "exact", "missing", "people", "state police"),
       C("Some 4,786", 4786, "about", "infrastructure", "houses torched", "police"),
       C("386", 386, "exact", "infrastructure", "religious structures vandalised", "police")]),
    P("d3_031",
      "Witnesses said at least 165 people lost their lives when military jets bombed a crowd "
      "gathered for the opening of a local administration office in Pazigyi village in Sagaing "
      "region on Tuesday morning, and a helicopter gunship then fired on those fleeing. The dead "
      "included about 20 children and several women, the BBC Burmese service reported, citing a "
      "local resistance official. A junta spokesman confirmed the strike but said some of the "
      "dead could have been civilians forced to wear uniforms.",
      [C("at least 165", 165, "at_least", "killed", "people", "Witnesses"),
       C("about 20", 20, "about", "killed", "children", "a local resistance official",
         attr_alt=["the BBC Burmese service"])]),
    P("d3_032",
      "Ten years after Islamic State fighters overran Sinjar, about 2,700 of the 6,417 Yazidis "
      "they abducted are still held or unaccounted for, according to the office for Yazidi "
      "affairs in the Kurdistan Regional Government. Some 3,580 have been rescued, among them "
      "1,207 women and 339 girls. Around 200,000 Yazidis still live in displacement camps in the "
      "Kurdistan region.",
      [C("about 2,700", 2700, "about", "hostages", "Yazidis still held or unaccounted for",
         "the office for Yazidi affairs in the Kurdistan Regional Government",
         cat_alt=["missing"]),
       C("6,417", 6417, "exact", "hostages", "Yazidis abducted",
         "the office for Yazidi affairs in the Kurdistan Regional Government"),
       C("Some 3,580", 3580, "about", "hostages", "Yazidis rescued",
         "the office for Yazidi affairs in the Kurdistan Regional Government", attr_alt=[None]),
       C("1,207", 1207, "exact", "hostages", "women rescued",
         "the office for Yazidi affairs in the Kurdistan Regional Government", attr_alt=[None]),
       C("339", 339, "exact", "hostages", "girls rescued",
         "the office for Yazidi affairs in the Kurdistan Regional Government", attr_alt=[None]),
       C("Around 200,000", 200000, "about", "displaced", "Yazidis in camps", None,
         attr_alt=["the office for Yazidi affairs in the Kurdistan Regional Government"])]),

    # --- Africa: conflict, kidnapping --------------------------------------------------------
    P("d3_033",
      "Survivors told Reuters that men in army uniforms massacred at least 136 people, among them "
      "50 women and 21 children, in the village of Karma in northern Burkina Faso's Yatenga "
      "province on April 20, 2023. A regional prosecutor put the toll at around 60. The "
      "government condemned what it called a “despicable” attack and said an investigation had "
      "been opened.",
      [C("at least 136", 136, "at_least", "killed", "villagers", "Survivors"),
       C("50", 50, "exact", "killed", "women", "Survivors"),
       C("21", 21, "exact", "killed", "children", "Survivors"),
       C("around 60", 60, "about", "killed", "villagers", "A regional prosecutor")]),
    P("d3_034",
      "At least 85 people were buried on Monday after an army drone targeting militants "
      "mistakenly struck villagers celebrating a Muslim festival in Tudun Biri, in Nigeria's "
      "Kaduna state, the National Emergency Management Agency said. Another 66 were being treated "
      "in hospital, the agency said. Residents said the dead numbered more than 120, most of them "
      "women and children.\n"
      "© 2023 Reuters",
      [C("At least 85", 85, "at_least", "killed", "villagers buried",
         "the National Emergency Management Agency"),
       C("66", 66, "exact", "injured", "people in hospital", "the agency",
         attr_alt=["the National Emergency Management Agency"]),
       C("more than 120", 120, "more_than", "killed", "villagers", "Residents")]),
    P("d3_035",
      "Suspected ADF rebels attacked a secondary school in Mpondwe, near Uganda's border with "
      "Congo, late on Friday, killing 42 people (including 37 students), police said. Seventeen "
      "of the students were burned to death when the attackers set fire to a barricaded boys' "
      "dormitory, and 20 girls were hacked with machetes. Six students were abducted and taken "
      "across the border into Virunga National Park, the army said.",
      [C("42", 42, "exact", "killed", "people", "police"),
       C("37", 37, "exact", "killed", "students", "police"),
       C("Seventeen", 17, "exact", "killed", "students burned to death", "police",
         attr_alt=[None]),
       C("20", 20, "exact", "killed", "girls hacked to death", "police", attr_alt=[None]),
       C("Six", 6, "exact", "hostages", "students abducted", "the army")]),
    P("d3_036",
      "A decade after Boko Haram fighters abducted 276 schoolgirls from their dormitory in "
      "Chibok, in Nigeria's Borno state, 82 of them are still in captivity, Amnesty International "
      "said on Sunday. Fifty-seven escaped within hours by jumping from the trucks; others were "
      "freed in negotiated releases or found by the army over the years, many with children born "
      "in captivity.",
      [C("276", 276, "exact", "hostages", "schoolgirls abducted", "Amnesty International",
         attr_alt=[None]),
       C("82", 82, "exact", "hostages", "schoolgirls still held", "Amnesty International"),
       C("Fifty-seven", 57, "exact", "hostages", "schoolgirls who escaped",
         "Amnesty International", cat_alt=["other"], attr_alt=[None])]),
    P("d3_037",
      "More than 40,000 people have fled across the border into Burundi in the past fortnight as "
      "M23 rebels advanced on and then seized Bukavu, the UN refugee agency said, with up to "
      "10,000 crossing on a single day. Many waded across the Rusizi river with their belongings "
      "on their heads. In Bukavu itself, hundreds of prisoners escaped from the central prison "
      "before the rebels arrived, local officials said.",
      [C("More than 40,000", 40000, "more_than", "displaced", "people fled to Burundi",
         "the UN refugee agency"),
       C("up to 10,000", 10000, "at_most", "displaced", "people crossing in one day",
         "the UN refugee agency"),
       C("hundreds", 100, "vague", "detained", "prisoners who escaped", "local officials",
         cat_alt=["other"])]),

    # --- Natural disasters -------------------------------------------------------------------
    P("d3_038",
      "Helene death toll climbs past 200 as searchers comb Appalachian valleys\n"
      "At least 215 people perished across six states — 104 of them in North Carolina's "
      "Buncombe County alone — according to an Associated Press tally of official figures. "
      "Hundreds of people remain unaccounted for, Gov. Roy Cooper told reporters in Asheville on "
      "Tuesday, and some 600,000 homes and businesses were still without power.",
      [C("200", 200, "more_than", "killed", "people"),
       C("At least 215", 215, "at_least", "killed", "people",
         "an Associated Press tally of official figures"),
       C("six", 6, "exact", "other", "states", "an Associated Press tally of official figures",
         optional=True),
       C("104", 104, "exact", "killed", "people in Buncombe County",
         "an Associated Press tally of official figures"),
       C("Hundreds", 100, "vague", "missing", "people", "Gov. Roy Cooper"),
       C("some 600,000", 600000, "about", "other", "homes and businesses without power",
         "Gov. Roy Cooper", cat_alt=["infrastructure"], attr_alt=[None])]),
    P("d3_039",
      "KERRVILLE, Texas (AP) — Search crews have recovered the bodies of 84 people in Kerr "
      "County, among them 28 children, Sheriff Larry Leitha said Sunday, after the Guadalupe "
      "River rose 26 feet in 45 minutes before dawn on Friday. Ten girls and a counselor from "
      "Camp Mystic, a century-old Christian summer camp on the riverbank, were still missing. "
      "Statewide, the dead numbered at least 104.",
      [C("84", 84, "exact", "killed", "people", "Sheriff Larry Leitha"),
       C("28", 28, "exact", "killed", "children", "Sheriff Larry Leitha"),
       C("Ten", 10, "exact", "missing", "girls from Camp Mystic", "Sheriff Larry Leitha",
         attr_alt=[None]),
       C("at least 104", 104, "at_least", "killed", "people statewide", None,
         attr_alt=["Sheriff Larry Leitha"])]),
    P("d3_040",
      "Published January 13, 2025\n"
      "The remains of 24 people have been found in the Eaton and Palisades fire zones, the Los "
      "Angeles County medical examiner's office said, and 16 people are listed as missing. About "
      "105,000 residents remain under mandatory evacuation orders, down from more than 180,000 at "
      "the peak, Sheriff Robert Luna said on Monday. Cal Fire estimates that upwards of 12,000 "
      "structures have been damaged or destroyed.",
      [C("24", 24, "exact", "killed", "people", "the Los Angeles County medical examiner's office"),
       C("16", 16, "exact", "missing", "people",
         "the Los Angeles County medical examiner's office", attr_alt=[None]),
       C("About 105,000", 105000, "about", "displaced", "residents under evacuation orders",
         "Sheriff Robert Luna"),
       C("more than 180,000", 180000, "more_than", "displaced",
         "residents under evacuation orders at the peak", "Sheriff Robert Luna"),
       C("upwards of 12,000", 12000, "more_than", "infrastructure",
         "structures damaged or destroyed", "Cal Fire")],
      published="2025-01-13"),
    P("d3_041",
      "Last updated 18 April 2022\n"
      "The floods in KwaZulu-Natal have claimed 443 lives, and 48 people are still missing, "
      "provincial premier Sihle Zikalala said, while more than 40,000 people have been made "
      "homeless. Some 4,000 houses were destroyed and 13,500 damaged. President Cyril Ramaphosa "
      "declared a national state of disaster on Monday night.",
      [C("443", 443, "exact", "killed", "people", "provincial premier Sihle Zikalala"),
       C("48", 48, "exact", "missing", "people", "provincial premier Sihle Zikalala"),
       C("more than 40,000", 40000, "more_than", "displaced", "people made homeless",
         "provincial premier Sihle Zikalala"),
       C("Some 4,000", 4000, "about", "infrastructure", "houses destroyed",
         "provincial premier Sihle Zikalala", attr_alt=[None]),
       C("13,500", 13500, "exact", "infrastructure", "houses damaged",
         "provincial premier Sihle Zikalala", attr_alt=[None])],
      published="2022-04-18"),
    P("d3_042",
      "The bodies of 151 people have been recovered after torrential rain caused a dam upstream "
      "to burst and sweep through the market town of Mokwa in Niger state, local emergency "
      "officials said on Saturday, and more than 500 residents are still unaccounted for. Some "
      "265 houses were destroyed, leaving more than 3,000 people homeless.",
      [C("151", 151, "exact", "killed", "bodies recovered", "local emergency officials"),
       C("more than 500", 500, "more_than", "missing", "residents", "local emergency officials"),
       C("Some 265", 265, "about", "infrastructure", "houses destroyed",
         "local emergency officials", attr_alt=[None]),
       C("more than 3,000", 3000, "more_than", "displaced", "people left homeless",
         "local emergency officials", attr_alt=[None])]),
    P("d3_043",
      "About 414,000 people have been displaced by floods in Maiduguri since the Alau dam "
      "collapsed, Borno state governor Babagana Zulum said, most of them sheltering in schools "
      "and camps across the city. At least 30 people have died, according to the National "
      "Emergency Management Agency. 281 inmates escaped when the walls of a flooded prison gave "
      "way; 7 have been recaptured, the Nigerian Correctional Service said.",
      [C("About 414,000", 414000, "about", "displaced", "people",
         "Borno state governor Babagana Zulum"),
       C("At least 30", 30, "at_least", "killed", "people",
         "the National Emergency Management Agency"),
       C("281", 281, "exact", "detained", "inmates who escaped",
         "the Nigerian Correctional Service", cat_alt=["other"]),
       C("7", 7, "exact", "detained", "escaped inmates recaptured",
         "the Nigerian Correctional Service", cat_alt=["other"])]),
    P("d3_044",
      "The death toll from Monday's magnitude 5.6 earthquake in Cianjur, West Java, has risen to "
      "268, with 151 people still missing, the head of the national disaster agency, Suharyanto, "
      "said on Wednesday. Many of the dead were children who were at school when the quake "
      "struck. More than 1,000 people were injured and 58,362 have been displaced, with some "
      "22,000 houses damaged.",
      [C("268", 268, "exact", "killed", "people",
         "the head of the national disaster agency, Suharyanto"),
       C("151", 151, "exact", "missing", "people",
         "the head of the national disaster agency, Suharyanto"),
       C("More than 1,000", 1000, "more_than", "injured", "people",
         "the head of the national disaster agency, Suharyanto", attr_alt=[None]),
       C("58,362", 58362, "exact", "displaced", "people",
         "the head of the national disaster agency, Suharyanto", attr_alt=[None]),
       C("some 22,000", 22000, "about", "infrastructure", "houses damaged",
         "the head of the national disaster agency, Suharyanto", attr_alt=[None])]),
    P("d3_045",
      "China quake kills 131, injures hundreds\n"
      "A magnitude 6.2 earthquake that struck a mountainous area straddling Gansu and Qinghai "
      "provinces just before midnight on Monday killed 113 people in Gansu and 18 in neighbouring "
      "Qinghai, the Xinhua news agency said, and injured 782. Night-time temperatures of minus 14C "
      "hampered rescuers searching for 16 people still missing in Qinghai, where mudflows buried "
      "50 houses. More than 145,000 people have been resettled.",
      [C("131", 131, "exact", "killed", "people"),
       C("hundreds", 100, "vague", "injured", "people"),
       C("113", 113, "exact", "killed", "people in Gansu", "the Xinhua news agency"),
       C("18", 18, "exact", "killed", "people in Qinghai", "the Xinhua news agency"),
       C("782", 782, "exact", "injured", "people", "the Xinhua news agency"),
       C("16", 16, "exact", "missing", "people in Qinghai", "the Xinhua news agency",
         attr_alt=[None]),
       C("50", 50, "exact", "infrastructure", "houses buried by mudflows",
         "the Xinhua news agency", attr_alt=[None]),
       C("More than 145,000", 145000, "more_than", "displaced", "people resettled",
         "the Xinhua news agency", attr_alt=[None])]),
    P("d3_046",
      "Vietnam: Typhoon Yagi toll rises to 233\n"
      "The number of deaths from Typhoon Yagi and the floods and landslides that followed rose to "
      "233 on Thursday, with 103 people missing, the disaster management agency said. In the "
      "hamlet of Lang Nu in Lao Cai province, where a flash flood swept away 37 houses, 47 "
      "villagers have been confirmed dead and 48 others remain unaccounted for, state media "
      "reported. More than 250,000 hectares of rice have been damaged.",
      [C("233", 233, "exact", "killed", "people", None, ctx="rises to 233"),
       C("233", 233, "exact", "killed", "people", "the disaster management agency",
         ctx="rose to 233"),
       C("103", 103, "exact", "missing", "people", "the disaster management agency"),
       C("37", 37, "exact", "infrastructure", "houses swept away", "state media"),
       C("47", 47, "exact", "killed", "villagers in Lang Nu", "state media"),
       C("48", 48, "exact", "missing", "villagers in Lang Nu", "state media"),
       C("More than 250,000", 250000, "more_than", "other", "hectares of rice damaged",
         None, optional=True, attr_alt=["state media", "the disaster management agency"])]),
    P("d3_047",
      "At least nine people were killed when Mount Lewotobi Laki-laki on the Indonesian island "
      "of Flores erupted shortly before midnight on Sunday, hurling incandescent rocks onto "
      "villages on its slopes, officials said. More than 10,000 residents were moved to "
      "temporary shelters and 63 had suffered injuries, including burns, the national disaster "
      "agency said. Seven villages within a 7-km radius have been emptied.",
      [C("At least nine", 9, "at_least", "killed", "people", "officials"),
       C("More than 10,000", 10000, "more_than", "displaced", "residents moved to shelters",
         "the national disaster agency"),
       C("63", 63, "exact", "injured", "people", "the national disaster agency"),
       C("Seven", 7, "exact", "other", "villages emptied", None, optional=True,
         cat_alt=["infrastructure", "displaced"], attr_alt=["the national disaster agency"])]),

    # --- Crime, cults, policing, executions --------------------------------------------------
    P("d3_048",
      "Kenyan authorities have exhumed 429 bodies from mass graves in the Shakahola forest, where "
      "followers of a doomsday cult are believed to have starved themselves to death on the "
      "orders of their pastor, Interior Minister Kithure Kindiki said. Autopsies on 112 of the "
      "bodies showed most had died of starvation, while some children had been strangled or "
      "suffocated. Another 95 people were rescued alive and 613 remain missing, according to the "
      "Kenya Red Cross.",
      [C("429", 429, "exact", "killed", "bodies exhumed", "Interior Minister Kithure Kindiki"),
       C("112", 112, "exact", "killed", "bodies autopsied", "Interior Minister Kithure Kindiki",
         attr_alt=[None]),
       C("95", 95, "exact", "other", "people rescued alive", "the Kenya Red Cross"),
       C("613", 613, "exact", "missing", "people", "the Kenya Red Cross")]),
    P("d3_049",
      "Rio de Janeiro's state government said 121 people, four of them police officers, were "
      "killed in Tuesday's raid on the Alemão and Penha favela complexes, the deadliest police "
      "operation in Brazil's history; the state public defender's office put the number at 132. "
      "Overnight, residents carried the bodies of more than 60 men down from a wooded hillside "
      "and laid them out in a row on a street in Penha. Some 2,500 police officers took part in "
      "the operation, and 113 people were arrested.",
      [C("121", 121, "exact", "killed", "people", "Rio de Janeiro's state government"),
       C("four", 4, "exact", "killed", "police officers", "Rio de Janeiro's state government"),
       C("132", 132, "exact", "killed", "people", "the state public defender's office"),
       C("more than 60", 60, "more_than", "killed", "bodies laid out by residents"),
       C("Some 2,500", 2500, "about", "troops", "police officers", None,
         attr_alt=["Rio de Janeiro's state government"]),
       C("113", 113, "exact", "detained", "people arrested", None,
         attr_alt=["Rio de Janeiro's state government"])]),
    P("d3_050",
      "Iranian authorities executed at least 975 people in 2024, the highest number since 2015, "
      "the Norway-based group Iran Human Rights said in its annual report, among them 31 women. "
      "At least four were hanged in public. The group said its figure was conservative because "
      "many executions went unreported; Amnesty International separately counted 972.",
      [C("at least 975", 975, "at_least", "killed", "people executed",
         "the Norway-based group Iran Human Rights"),
       C("31", 31, "exact", "killed", "women executed",
         "the Norway-based group Iran Human Rights"),
       C("At least four", 4, "at_least", "killed", "people hanged in public",
         "the Norway-based group Iran Human Rights", attr_alt=[None]),
       C("972", 972, "exact", "killed", "people executed", "Amnesty International")]),

    # --- Protests and crackdowns -------------------------------------------------------------
    P("d3_051",
      "Venezuelan security forces have rounded up more than 2,000 people since the disputed July "
      "28 presidential election, President Nicolás Maduro said, announcing that two "
      "maximum-security prisons were being readied to hold them. Rights group Foro Penal said it "
      "had verified 1,581 political detentions, including 114 teenagers, and that 24 people had "
      "been killed during the protests.",
      [C("more than 2,000", 2000, "more_than", "detained", "people rounded up",
         "President Nicolás Maduro"),
       C("two", 2, "exact", "infrastructure", "maximum-security prisons",
         "President Nicolás Maduro", optional=True, cat_alt=["other"]),
       C("1,581", 1581, "exact", "detained", "political detentions", "Rights group Foro Penal"),
       C("114", 114, "exact", "detained", "teenagers detained", "Rights group Foro Penal"),
       C("24", 24, "exact", "killed", "people", "Rights group Foro Penal")]),
    P("d3_052",
      "At least 19 people were killed when police opened fire on young protesters outside "
      "parliament in Kathmandu on Monday, officials said, and more than 300 were hurt. By "
      "Thursday the toll had risen to 51, a police spokesman said, including three police "
      "officers, while more than 13,500 inmates who escaped from prisons during the unrest were "
      "still at large.",
      [C("At least 19", 19, "at_least", "killed", "protesters", "officials"),
       C("more than 300", 300, "more_than", "injured", "people", "officials"),
       C("51", 51, "exact", "killed", "people", "a police spokesman"),
       C("three", 3, "exact", "killed", "police officers", "a police spokesman"),
       C("more than 13,500", 13500, "more_than", "detained", "escaped inmates at large",
         "a police spokesman", cat_alt=["other", "missing"])]),
    P("d3_053",
      "Seventeen civilians were slain in clashes with security forces in the southern city of "
      "Juliaca on Monday, the deadliest day of the unrest that followed the ouster of President "
      "Pedro Castillo, Peru's ombudsman's office said. A police officer was burned to death in "
      "his patrol car overnight. The ombudsman put the national toll since December at 46, among "
      "them 39 who died in clashes and seven in road accidents linked to blockades.",
      [C("Seventeen", 17, "exact", "killed", "civilians", "Peru's ombudsman's office"),
       C("46", 46, "exact", "killed", "people since December", "The ombudsman"),
       C("39", 39, "exact", "killed", "people killed in clashes", "The ombudsman"),
       C("seven", 7, "exact", "killed", "people killed in road accidents", "The ombudsman")]),
    P("d3_054",
      "French police detained 1,311 people overnight, the interior ministry said on Saturday, as "
      "rioting over the police killing of a 17-year-old in the Paris suburb of Nanterre raged for "
      "a fourth night. Some 45,000 police officers and gendarmes had been deployed. The ministry "
      "said 79 officers were injured, 2,560 fires were started on public roads and 1,350 "
      "vehicles were torched.",
      [C("1,311", 1311, "exact", "detained", "people detained overnight", "the interior ministry"),
       C("Some 45,000", 45000, "about", "troops", "police officers and gendarmes",
         "the interior ministry", attr_alt=[None]),
       C("79", 79, "exact", "injured", "police officers", "The ministry"),
       C("2,560", 2560, "exact", "other", "fires on public roads", "The ministry"),
       C("1,350", 1350, "exact", "other", "vehicles torched", "The ministry",
         cat_alt=["infrastructure"])]),

    # --- Outbreaks --------------------------------------------------------------------------
    P("d3_055",
      "Dhaka, 1 October 2023 — Dengue deaths in Bangladesh this year have reached 1,017, the "
      "Directorate General of Health Services said on Sunday, already more than in the previous "
      "23 years combined, including 11 in the 24 hours to 8 a.m. Another 2,882 patients were "
      "admitted to hospital in the same period, bringing this year's total hospitalisations to "
      "209,000-plus.",
      [C("1,017", 1017, "exact", "killed", "dengue deaths",
         "the Directorate General of Health Services"),
       C("11", 11, "exact", "killed", "dengue deaths in 24 hours",
         "the Directorate General of Health Services"),
       C("2,882", 2882, "exact", "other", "dengue patients admitted",
         "the Directorate General of Health Services", cat_alt=["injured"], attr_alt=[None]),
       C("209,000-plus", 209000, "more_than", "other", "dengue hospitalisations this year",
         "the Directorate General of Health Services", cat_alt=["injured"], attr_alt=[None])],
      published="2023-10-01"),
    P("d3_056",
      "Rwanda has recorded 58 cases of Marburg virus disease, 13 of whom have died, Health "
      "Minister Sabin Nsanzimana said on Wednesday. Most of the infections were among health "
      "workers at two hospitals in Kigali. More than 400 contacts are being followed up, and the "
      "first 700 doses of an experimental vaccine have arrived from the United States.",
      [C("58", 58, "exact", "other", "Marburg cases", "Health Minister Sabin Nsanzimana"),
       C("13", 13, "exact", "killed", "Marburg deaths", "Health Minister Sabin Nsanzimana"),
       C("two", 2, "exact", "infrastructure", "hospitals", "Health Minister Sabin Nsanzimana",
         optional=True, attr_alt=[None]),
       C("More than 400", 400, "more_than", "other", "contacts followed up",
         "Health Minister Sabin Nsanzimana", attr_alt=[None]),
       C("700", 700, "exact", "aid", "vaccine doses", None, cat_alt=["other"],
         attr_alt=["Health Minister Sabin Nsanzimana"])]),

    # --- Non-claims and negations -----------------------------------------------------------
    P("d3_057",
      "Nobody was killed or injured when a magnitude 4.4 earthquake shook the Campi Flegrei area "
      "west of Naples at 8:10 p.m. on Monday, Italy's civil protection department said, though "
      "many residents chose to spend the night in their cars. Schools in Pozzuoli will stay "
      "closed on Tuesday for inspections.",
      []),
    P("d3_058",
      "Updated: 11 November 2023, 07:45 GMT\n"
      "The ferry, built in 1998, ran aground off Naxos at 2:40 a.m., the coastguard said, but no "
      "injuries were reported among those on board. Repairs are expected to cost about "
      "€4 million and take up to three weeks.",
      [],
      published="2023-11-11"),
    P("d3_059",
      "Morocco beat Portugal 1-0 at Al Thumama Stadium on Saturday to become the first African "
      "side to reach a World Cup semi-final, and fans in Rabat celebrated until 4 a.m. Youssef "
      "En-Nesyri scored in the 42nd minute; Walid Regragui's team had conceded only once in five "
      "matches.",
      []),
    P("d3_060",
      "The new president, 46, will be sworn in on June 2 for a five-year term. Turnout in "
      "Sunday's runoff was 61.4%, the electoral commission said, up 8.1 percentage points on the "
      "first round, and the currency rose 2.3% against the euro on Monday.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d3_{:03d}",
                          checks=[no_sentence_from("devset", "devset2")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=60)
