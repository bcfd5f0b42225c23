"""Source of the eighty-first development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) of plain wire copy on wars, attacks and disasters worldwide,
2007–2025: first-day stories and updates in the styles of Reuters, AP, AFP, Xinhua, Anadolu, dpa,
EFE, Kyodo and PTI. Written for this set (none copied from an article), with attributions of many
shapes, revised tolls, lists sharing a verb, ranges, spelled-out and vague numbers, negations and
non-claims. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

Run ``python tests/devset81/build_devset81.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES: list[Passage] = [
    # --- Xinhua: Yiliang earthquakes (September 2012) -------------------------------------------
    P("d81_001",
      "ZHAOTONG, Yunnan, Sept. 8 (Xinhua) -- Rescuers on Saturday were digging through collapsed "
      "houses in Yiliang County after two earthquakes jolted the mountainous border area of Yunnan "
      "and Guizhou provinces a day earlier, killing 81 people, the provincial civil affairs "
      "department said. Eighty of the dead were in Yiliang and one in neighboring Weining County of "
      "Guizhou, it said. The quakes, measuring 5.7 and 5.6 on the Richter scale, injured more than "
      "800 people and forced the evacuation of over 200,000 residents, according to the Yunnan "
      "provincial government. Around 6,650 houses had collapsed, and landslides had blocked roads "
      "leading to several townships, hampering relief efforts. Premier Wen Jiabao arrived in the "
      "quake zone on Friday night.",
      [C("two", 2, "exact", "other", "earthquakes", None, optional=True),
       C("81", 81, "exact", "killed", "people in Yiliang quakes",
         "the provincial civil affairs department"),
       C("Eighty", 80, "exact", "killed", "dead in Yiliang", "it",
         attr_alt=["the provincial civil affairs department"]),
       C("one", 1, "exact", "killed", "dead in Weining County", "it",
         attr_alt=["the provincial civil affairs department"], ctx="one in neighboring"),
       C("more than 800", 800, "more_than", "injured", "people",
         "the Yunnan provincial government"),
       C("over 200,000", 200000, "more_than", "displaced", "residents evacuated",
         "the Yunnan provincial government"),
       C("Around 6,650", 6650, "about", "infrastructure", "houses collapsed",
         "the Yunnan provincial government", attr_alt=[None])]),

    # --- Reuters: Xiangfen restaurant collapse (August 2020) ------------------------------------
    P("d81_002",
      "BEIJING, Aug 30 (Reuters) - A two-storey restaurant collapsed during a birthday party in "
      "China's northern Shanxi province on Saturday, killing 29 people, state media said on "
      "Sunday. Rescuers pulled 57 people from the rubble, seven of whom were seriously hurt, state "
      "broadcaster CCTV said. The building in Xiangfen county, near the city of Linfen, was hosting "
      "a celebration for an 80-year-old man when part of it caved in at about 9:40 a.m. (0140 "
      "GMT), the official Xinhua news agency said. It was not immediately clear what caused the "
      "collapse, and no arrests had been reported by Sunday evening.",
      [C("29", 29, "exact", "killed", "people in restaurant collapse", "state media"),
       C("57", 57, "exact", "other", "people pulled from the rubble", "state broadcaster CCTV"),
       C("seven", 7, "exact", "injured", "seriously hurt", "state broadcaster CCTV")]),

    # --- Kyodo: Kinugawa floods in Joso (September 2015) ----------------------------------------
    P("d81_003",
      "JOSO, Japan, Sept. 11 (Kyodo) -- Self-Defense Forces helicopters plucked people from "
      "rooftops in Joso, Ibaraki Prefecture, on Friday, a day after the Kinugawa River burst its "
      "banks and swamped large parts of the city. Twenty-two people remained unaccounted for in "
      "the city as of 6 p.m., the city government said, revising down an earlier figure of 25. "
      "About 1,300 people had been rescued by helicopter and boat since Thursday, according to the "
      "Ground Self-Defense Force, while some 6,200 residents stayed in 31 evacuation centers. The "
      "Fire and Disaster Management Agency said three people had died in Ibaraki, Tochigi and "
      "Miyagi prefectures in the torrential rain, and at least 27 others were injured. Around "
      "11,000 homes in Joso were flooded above floor level, the prefectural government said.",
      [C("Twenty-two", 22, "exact", "missing", "people unaccounted for in Joso",
         "the city government"),
       C("25", 25, "exact", "missing", "earlier figure of unaccounted for", "the city government"),
       C("About 1,300", 1300, "about", "other", "people rescued",
         "the Ground Self-Defense Force"),
       C("some 6,200", 6200, "about", "displaced", "residents in evacuation centers",
         "the Ground Self-Defense Force", attr_alt=[None]),
       C("31", 31, "exact", "infrastructure", "evacuation centers",
         "the Ground Self-Defense Force", cat_alt=["other", "aid"], attr_alt=[None]),
       C("three", 3, "exact", "killed", "people in torrential rain",
         "The Fire and Disaster Management Agency"),
       C("at least 27", 27, "at_least", "injured", "people",
         "The Fire and Disaster Management Agency"),
       C("Around 11,000", 11000, "about", "infrastructure", "homes flooded in Joso",
         "the prefectural government")]),

    # --- PTI: Sonitpur and Kokrajhar killings (December 2014) -----------------------------------
    P("d81_004",
      "Guwahati, Dec 24 (PTI) The death toll in the attacks by suspected NDFB(S) militants on "
      "Adivasi villages in Assam's Sonitpur and Kokrajhar districts rose to 65 today, officials "
      "said. Of the dead, 48 were killed in Sonitpur and 17 in Kokrajhar, among them 21 women and "
      "18 children, Assam DGP Khagen Sharma told reporters. Police had put the toll at 43 last "
      "night. In retaliatory violence, Adivasi mobs torched over 50 houses of Bodo villagers, and "
      "three persons were killed in police firing at Dhekiajuli when a crowd tried to storm the "
      "police station, officials said. The Centre has rushed 50 additional companies of central "
      "paramilitary forces to the state, Union Home Minister Rajnath Singh said in New Delhi.",
      [C("65", 65, "exact", "killed", "people in attacks on Adivasi villages", "officials"),
       C("48", 48, "exact", "killed", "people killed in Sonitpur", "Assam DGP Khagen Sharma"),
       C("17", 17, "exact", "killed", "people killed in Kokrajhar", "Assam DGP Khagen Sharma"),
       C("21", 21, "exact", "killed", "women among the dead", "Assam DGP Khagen Sharma"),
       C("18", 18, "exact", "killed", "children among the dead", "Assam DGP Khagen Sharma"),
       C("43", 43, "exact", "killed", "earlier police toll", "Police"),
       C("over 50", 50, "more_than", "infrastructure", "houses of Bodo villagers torched",
         "officials", ctx="over 50 houses"),
       C("three", 3, "exact", "killed", "persons killed in police firing", "officials"),
       C("50", 50, "exact", "troops", "companies of central paramilitary forces",
         "Union Home Minister Rajnath Singh", attr_alt=["The Centre"],
         ctx="50 additional companies")]),

    # --- Anadolu: Gaziantep wedding bombing (August 2016) ---------------------------------------
    P("d81_005",
      "GAZIANTEP, Turkey (AA) - The death toll from a suicide bombing at a wedding celebration in "
      "southeastern Gaziantep province has risen to 51, Turkey's Health Ministry said on Sunday. "
      "Of the 69 people still being treated in hospitals, 17 were in serious condition, the "
      "ministry said in a written statement. President Recep Tayyip Erdogan said the attacker was "
      "a suicide bomber aged between 12 and 14, and blamed the Daesh terrorist group. The blast "
      "ripped through a henna night in the Sahinbey district late Saturday, where dozens of guests "
      "were dancing in the street. At least 22 of the dead were children under the age of 14, "
      "according to a local official who spoke on condition of anonymity due to restrictions on "
      "speaking to the media.",
      [C("51", 51, "exact", "killed", "people in wedding bombing", "Turkey's Health Ministry"),
       C("69", 69, "exact", "injured", "people still in hospital", "the ministry",
         attr_alt=["Turkey's Health Ministry"]),
       C("17", 17, "exact", "injured", "in serious condition", "the ministry",
         attr_alt=["Turkey's Health Ministry"]),
       C("dozens", 12, "vague", "other", "guests dancing in the street", None, optional=True),
       C("At least 22", 22, "at_least", "killed", "children among the dead", "a local official")]),

    # --- dpa: Hanau shooting (February 2020) ----------------------------------------------------
    P("d81_006",
      "HANAU, Germany, Feb 20, 2020 (dpa) - A gunman shot dead nine people at two shisha bars in "
      "the western German city of Hanau late on Wednesday before killing his mother and himself "
      "at his home, federal prosecutors said on Thursday. All nine victims had a migrant "
      "background, Hesse's interior minister Peter Beuth told reporters. Five people were "
      "wounded, one of them critically, according to police. The 43-year-old suspect, Tobias R., "
      "had posted a manifesto and a video online with racist conspiracy theories, investigators "
      "said. Federal Prosecutor General Peter Frank said the case was being treated as "
      "terrorism; more than 100 officers had searched the area overnight.",
      [C("nine", 9, "exact", "killed", "people shot dead at shisha bars", "federal prosecutors",
         ctx="nine people"),
       C("nine", 9, "exact", "killed", "victims with a migrant background",
         "Hesse's interior minister Peter Beuth", optional=True, ctx="All nine victims"),
       C("Five", 5, "exact", "injured", "people wounded", "police"),
       C("one", 1, "exact", "injured", "critically wounded", "police", ctx="one of them"),
       C("more than 100", 100, "more_than", "troops", "officers searching the area",
         "Federal Prosecutor General Peter Frank", cat_alt=["other"], attr_alt=[None])],
      published="2020-02-20"),

    # --- EFE: Spanair flight JK5022 at Barajas (August 2008) ------------------------------------
    P("d81_007",
      "Madrid, Aug 20, 2008 (EFE).- At least 153 people were killed when a Spanair plane bound for "
      "the Canary Islands crashed on takeoff at Madrid's Barajas airport on Wednesday afternoon, "
      "Spain's Development Ministry said. The MD-82, flight JK5022 to Las Palmas de Gran Canaria, "
      "was carrying 172 people, 166 passengers and six crew, according to the airline. Nineteen "
      "survivors were taken to hospitals in Madrid, several of them with severe burns, emergency "
      "services said. The ministry had earlier put the death toll at 45. Prime Minister José Luis "
      "Rodríguez Zapatero cut short his holiday and declared three days of official mourning.",
      [C("At least 153", 153, "at_least", "killed", "people in Spanair crash",
         "Spain's Development Ministry"),
       C("172", 172, "exact", "other", "people on board", "the airline"),
       C("166", 166, "exact", "other", "passengers", "the airline"),
       C("six", 6, "exact", "other", "crew", "the airline"),
       C("Nineteen", 19, "exact", "other", "survivors taken to hospital", "emergency services",
         cat_alt=["injured"]),
       C("45", 45, "exact", "killed", "earlier death toll", "The ministry",
         attr_alt=["Spain's Development Ministry"])],
      published="2008-08-20"),

    # --- AP: King Soopers shooting in Boulder (March 2021) --------------------------------------
    P("d81_008",
      "Updated 9:58 PM MDT, March 22, 2021\n"
      "BOULDER, Colo. (AP) — A gunman opened fire at a crowded King Soopers supermarket in "
      "Boulder on Monday afternoon, killing 10 people, including a police officer who was the "
      "first to respond, authorities said. Boulder Police Chief Maris Herold said Officer Eric "
      "Talley, 51, had rushed to the scene after a call about shots fired. A suspect, who was "
      "wounded in the leg, was taken into custody, she said. Dozens of officers, including SWAT "
      "teams from neighboring cities, converged on the store, and some shoppers and employees fled "
      "through a loading dock at the back. It was the seventh mass killing in the U.S. this year "
      "and came less than a week after eight people were shot dead at massage businesses in the "
      "Atlanta area.",
      [C("10", 10, "exact", "killed", "people at King Soopers", "authorities"),
       C("Dozens", 12, "vague", "troops", "officers converging on the store", None,
         cat_alt=["other"], attr_alt=["Boulder Police Chief Maris Herold", "she"]),
       C("eight", 8, "exact", "killed", "people shot dead at Atlanta massage businesses", None)],
      published="2021-03-22"),

    # --- Xinhua: Fengcheng power plant platform collapse (November 2016) ------------------------
    P("d81_009",
      "2016-11-24 19:05:37\n"
      "NANCHANG, Nov. 24 (Xinhua) -- At least 67 people were killed Thursday morning when a "
      "scaffolding platform collapsed at a power plant under construction in Fengcheng City, east "
      "China's Jiangxi Province, local authorities said. Two people were injured and one person "
      "remained missing as of 6 p.m., the city's publicity department said. Nearly 70 workers "
      "were on the platform inside a cooling tower when it gave way at about 7:30 a.m., according "
      "to a rescuer at the scene. More than 500 firefighters, police officers and medical workers "
      "took part in the rescue operation. The State Council has set up a team to investigate the "
      "accident, and a number of people in charge of the construction company have been put under "
      "police control.",
      [C("At least 67", 67, "at_least", "killed", "people in platform collapse",
         "local authorities"),
       C("Two", 2, "exact", "injured", "people", "the city's publicity department"),
       C("one", 1, "exact", "missing", "person", "the city's publicity department"),
       C("Nearly 70", 70, "about", "other", "workers on the platform", "a rescuer at the scene"),
       C("More than 500", 500, "more_than", "troops", "rescuers", None, cat_alt=["other"],
         attr_alt=["a rescuer at the scene"])],
      published="2016-11-24"),

    # --- AFP: Nampala camp attack (January 2015) ------------------------------------------------
    P("d81_010",
      "BAMAKO, Jan 5, 2015 (AFP) - Suspected jihadists attacked a military camp in the central "
      "Malian town of Nampala near the Mauritanian border on Monday, killing eight soldiers, the "
      "defence ministry said. Eleven soldiers were wounded, two of them seriously, a ministry "
      "statement said, adding that the army had retaken the camp after several hours of fighting. "
      "A military source in the region told AFP that \"around 10\" of the assailants had also "
      "been killed and that three vehicles belonging to the attackers had been destroyed. The "
      "attack was not immediately claimed. Mali's army has lost dozens of men in attacks in the "
      "north since French-led troops drove out jihadists in 2013.",
      [C("eight", 8, "exact", "killed", "soldiers", "the defence ministry"),
       C("Eleven", 11, "exact", "injured", "soldiers wounded", "a ministry statement",
         attr_alt=["the defence ministry"]),
       C("two", 2, "exact", "injured", "seriously wounded", "a ministry statement",
         attr_alt=["the defence ministry"]),
       C("around 10", 10, "about", "killed", "assailants", "A military source in the region"),
       C("three", 3, "exact", "other", "attackers' vehicles destroyed",
         "A military source in the region", optional=True, cat_alt=["munitions"]),
       C("dozens", 12, "vague", "killed", "Malian soldiers in the north since 2013", None)],
      published="2015-01-05"),

    # --- Kyodo: central Tottori earthquake (October 2016) ---------------------------------------
    P("d81_011",
      "TOTTORI, Japan, Oct. 21 (Kyodo) -- A magnitude 6.6 earthquake struck central Tottori "
      "Prefecture on Friday afternoon, injuring at least 17 people and damaging dozens of houses, "
      "the Fire and Disaster Management Agency said. No deaths had been reported as of 8 p.m. The "
      "quake registered lower 6 on the Japanese seismic intensity scale in the city of Kurayoshi, "
      "where about 2,700 people spent the night at evacuation centers, the prefectural government "
      "said. Some 41,000 households lost power after the quake, according to Chugoku Electric "
      "Power Co. Two elderly people were seriously injured when a wall fell on them in the town of "
      "Hokuei, a prefectural official said.",
      [C("at least 17", 17, "at_least", "injured", "people in Tottori quake",
         "the Fire and Disaster Management Agency"),
       C("dozens", 12, "vague", "infrastructure", "houses damaged",
         "the Fire and Disaster Management Agency"),
       C("about 2,700", 2700, "about", "displaced", "people at evacuation centers in Kurayoshi",
         "the prefectural government"),
       C("Some 41,000", 41000, "about", "other", "households without power",
         "Chugoku Electric Power Co.", cat_alt=["population"]),
       C("Two", 2, "exact", "injured", "elderly people seriously injured in Hokuei",
         "a prefectural official")]),

    # --- Anadolu: Igdir police minibus bombing (September 2015) ---------------------------------
    P("d81_012",
      "IGDIR, Turkey (AA) - Fourteen police officers were martyred when PKK terrorists detonated a "
      "roadside bomb under a minibus carrying police near the Dilucu border gate in eastern Igdir "
      "province on Tuesday, security sources said. The officers had been travelling to the border "
      "crossing with Azerbaijan's Nakhchivan exclave for their shift, the sources said, adding "
      "that the explosive weighed about 100 kilograms. One officer was wounded and taken to Igdir "
      "State Hospital. Turkish security forces launched a wide-ranging operation in the area, "
      "backed by two helicopters. The attack came two days after 16 soldiers were martyred in a "
      "PKK ambush in Hakkari province.",
      [C("Fourteen", 14, "exact", "killed", "police officers", "security sources"),
       C("about 100", 100, "about", "other", "kilograms of explosive", "the sources",
         optional=True, attr_alt=["security sources"]),
       C("One", 1, "exact", "injured", "officer wounded", "the sources",
         attr_alt=["security sources", None]),
       C("two", 2, "exact", "other", "helicopters backing the operation", None, optional=True,
         cat_alt=["munitions"], ctx="two helicopters"),
       C("16", 16, "exact", "killed", "soldiers in Hakkari ambush", None)]),

    # --- Reuters: Shah Shaheed truck bomb in Kabul (August 2015) --------------------------------
    P("d81_013",
      "KABUL, Aug 7, 2015 (Reuters) - A truck bomb exploded in a residential area of the Afghan capital "
      "before dawn on Friday, killing at least eight people and wounding more than 400, officials "
      "said, in the biggest attack on Kabul in months. The blast in the Shah Shaheed "
      "neighbourhood, near an army compound, left a crater about 10 metres deep and shattered "
      "windows across the district, a Reuters witness said. Interior Ministry spokesman Sediq "
      "Sediqqi said most of the wounded were civilians, among them women and children. Health "
      "ministry official Mohammad Ismail Kawoosi put the number of wounded treated in city "
      "hospitals at 240, of whom 15 were in critical condition. No group claimed responsibility "
      "for the attack, which came a week after the Taliban confirmed the death of their founder "
      "Mullah Omar. Between 15 and 20 houses near the blast site collapsed, a police officer at the "
      "scene said.",
      [C("at least eight", 8, "at_least", "killed", "people in Kabul truck bomb", "officials"),
       C("more than 400", 400, "more_than", "injured", "people wounded", "officials"),
       C("240", 240, "exact", "injured", "wounded treated in city hospitals",
         "Health ministry official Mohammad Ismail Kawoosi"),
       C("15", 15, "exact", "injured", "in critical condition",
         "Health ministry official Mohammad Ismail Kawoosi", ctx="whom 15"),
       C("Between 15 and 20", 15, "range", "infrastructure", "houses collapsed near the blast",
         "a police officer at the scene", high=20)],
      published="2015-08-07"),

    # --- dpa: Münster camper-van attack (April 2018) --------------------------------------------
    P("d81_014",
      "MÜNSTER, Germany, April 7, 2018 (dpa) - A man drove a camper van into people sitting "
      "outside a popular restaurant in the old town of Münster on Saturday afternoon, killing two "
      "people before shooting himself dead, police said. More than 20 people were injured, six of "
      "them seriously, a police spokesman said. The driver was a 48-year-old German with a history "
      "of mental illness, North Rhine-Westphalia's interior minister Herbert Reul said, adding "
      "that there were no indications of an Islamist motive. Around 200 police officers were "
      "deployed and the city centre was sealed off while explosives experts searched the van. "
      "Chancellor Angela Merkel said she was deeply shocked.",
      [C("two", 2, "exact", "killed", "people hit by camper van", "police"),
       C("More than 20", 20, "more_than", "injured", "people", "a police spokesman"),
       C("six", 6, "exact", "injured", "seriously injured", "a police spokesman"),
       C("Around 200", 200, "about", "troops", "police officers deployed", None,
         cat_alt=["other"], attr_alt=["North Rhine-Westphalia's interior minister Herbert Reul"])],
      published="2018-04-07"),

    # --- EFE: Andino shopping centre bombing in Bogotá (June 2017) ------------------------------
    P("d81_015",
      "Bogota, Jun 17, 2017 (EFE).- Three women were killed and nine other people were injured on "
      "Saturday when a bomb exploded in a women's restroom at the Andino shopping center in an "
      "upscale area of Bogota, Colombia's police said. One of the dead was a 23-year-old French "
      "woman who had been volunteering in a poor neighborhood in the south of the city, Mayor "
      "Enrique Peñalosa told reporters. Some 2,000 people were evacuated from the mall, according "
      "to the fire department. No group has claimed the attack, which President Juan Manuel "
      "Santos called \"cowardly.\"",
      [C("Three", 3, "exact", "killed", "women", "Colombia's police"),
       C("nine", 9, "exact", "injured", "people", "Colombia's police"),
       C("One", 1, "exact", "killed", "French woman among the dead", "Mayor Enrique Peñalosa",
         optional=True),
       C("Some 2,000", 2000, "about", "displaced", "people evacuated from the mall",
         "the fire department")],
      published="2017-06-17"),

    # --- PTI: Nagrota army camp attack (November 2016) ------------------------------------------
    P("d81_016",
      "Jammu, Nov 29 (PTI) Seven Army personnel, including two officers, were killed when heavily "
      "armed militants disguised as policemen stormed an Army unit at Nagrota, on the outskirts "
      "of Jammu, early today, an Army spokesman said. All three militants were gunned down after a "
      "gunfight that lasted several hours, he said. Troops rescued 12 soldiers, two women and two "
      "children who had been held hostage in two buildings of the officers' mess complex, the "
      "spokesman said. In a separate incident, three militants were killed when they tried to "
      "infiltrate at Ramgarh in Samba district, police said. The Nagrota camp is the "
      "headquarters of the Army's 16 Corps.",
      [C("Seven", 7, "exact", "killed", "Army personnel at Nagrota", "an Army spokesman"),
       C("two", 2, "exact", "killed", "officers among the dead", "an Army spokesman",
         ctx="two officers"),
       C("three", 3, "exact", "killed", "militants gunned down at Nagrota", "he",
         attr_alt=["an Army spokesman"], ctx="All three"),
       C("12", 12, "exact", "hostages", "soldiers rescued", "the spokesman",
         attr_alt=["an Army spokesman"]),
       C("two", 2, "exact", "hostages", "women rescued", "the spokesman",
         attr_alt=["an Army spokesman"], ctx="two women"),
       C("two", 2, "exact", "hostages", "children rescued", "the spokesman",
         attr_alt=["an Army spokesman"], ctx="two children"),
       C("two", 2, "exact", "infrastructure", "buildings of the officers' mess", "the spokesman",
         optional=True, cat_alt=["other"], attr_alt=["an Army spokesman"], ctx="two buildings"),
       C("three", 3, "exact", "killed", "militants at Ramgarh", "police",
         ctx="three militants were killed")]),

    # --- Xinhua: Minxian-Zhangxian earthquake (July 2013) ---------------------------------------
    P("d81_017",
      "LANZHOU, July 22 (Xinhua) -- At least 89 people have been confirmed dead and five others "
      "are missing after a 6.6-magnitude earthquake jolted a region between Minxian and Zhangxian "
      "counties in northwest China's Gansu Province on Monday morning, local authorities said. The "
      "quake injured 515 people and destroyed more than 1,200 houses, the provincial civil affairs "
      "department said. Some 123,000 people had been relocated as of 6 p.m. Monday, it said. The "
      "provincial government has sent 2,000 tents, 5,000 quilts and 400 tonnes of food to the "
      "quake zone, while more than 3,000 soldiers and armed police have joined the rescue. Minxian "
      "County alone is home to about 460,000 people.",
      [C("At least 89", 89, "at_least", "killed", "people in Minxian quake", "local authorities"),
       C("five", 5, "exact", "missing", "people", "local authorities"),
       C("515", 515, "exact", "injured", "people", "the provincial civil affairs department"),
       C("more than 1,200", 1200, "more_than", "infrastructure", "houses destroyed",
         "the provincial civil affairs department"),
       C("Some 123,000", 123000, "about", "displaced", "people relocated", "it",
         attr_alt=["the provincial civil affairs department"]),
       C("2,000", 2000, "exact", "aid", "tents sent", None,
         attr_alt=["The provincial government"]),
       C("5,000", 5000, "exact", "aid", "quilts sent", None,
         attr_alt=["The provincial government"]),
       C("400", 400, "exact", "aid", "tonnes of food sent", None,
         attr_alt=["The provincial government"]),
       C("more than 3,000", 3000, "more_than", "troops", "soldiers and armed police", None,
         attr_alt=["The provincial government"]),
       C("about 460,000", 460000, "about", "population", "people in Minxian County", None)]),

    # --- AFP: Quetta Civil Hospital bombing (August 2016) ---------------------------------------
    P("d81_018",
      "QUETTA, Pakistan, Aug 8, 2016 (AFP) - A suicide bomber struck a crowd of mourners at a "
      "hospital in the southwestern Pakistani city of Quetta on Monday, killing at least 70 people, "
      "most of them lawyers, officials said. The lawyers had gathered at the Civil Hospital's "
      "emergency ward, where the body of the president of the Balochistan Bar Association, shot "
      "dead by gunmen earlier in the day, had been brought. \"The toll has now reached 70 and 112 "
      "people are wounded,\" provincial health minister Rehmat Saleh Baloch told AFP. Two "
      "journalists, one of them a cameraman for Aaj TV, were also among the dead, a local press "
      "club official said. A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed "
      "responsibility, and the Islamic State group also said it was behind the attack.",
      [C("at least 70", 70, "at_least", "killed", "people in Quetta hospital bombing",
         "officials"),
       C("70", 70, "exact", "killed", "people", "provincial health minister Rehmat Saleh Baloch",
         ctx="reached 70"),
       C("112", 112, "exact", "injured", "people wounded",
         "provincial health minister Rehmat Saleh Baloch"),
       C("Two", 2, "exact", "killed", "journalists among the dead",
         "a local press club official"),
       C("one", 1, "exact", "killed", "cameraman among the dead journalists",
         "a local press club official", optional=True, ctx="one of them a cameraman")],
      published="2016-08-08"),

    # --- Anadolu: Sahafi hotel attack in Mogadishu (November 2018) ------------------------------
    P("d81_019",
      "MOGADISHU (AA) - At least 20 people were killed and dozens injured when twin car bombs "
      "exploded near the Sahafi hotel in Somalia's capital on Friday, a police official said. "
      "Police officer Mohamed Abdi told Anadolu Agency that the attackers detonated two vehicles "
      "laden with explosives outside the hotel before gunmen stormed the building. Security forces "
      "killed all four gunmen after a fight that lasted nearly two hours, he said. The hotel's "
      "owner, Abdirashid Mohamed Ali, was among those killed, according to his family. Al-Shabaab "
      "claimed responsibility for the attack in a statement on its Andalus radio, saying its "
      "fighters had killed \"more than 30 apostates.\"",
      [C("At least 20", 20, "at_least", "killed", "people near the Sahafi hotel",
         "a police official"),
       C("dozens", 12, "vague", "injured", "people", "a police official"),
       C("two", 2, "exact", "munitions", "vehicles laden with explosives",
         "Police officer Mohamed Abdi", cat_alt=["other"], ctx="two vehicles"),
       C("four", 4, "exact", "killed", "gunmen killed by security forces", "he",
         attr_alt=["Police officer Mohamed Abdi"]),
       C("more than 30", 30, "more_than", "killed", "people al-Shabaab says it killed",
         "Al-Shabaab")]),

    # --- Kyodo: Niigata Chuetsu-oki earthquake (July 2007) --------------------------------------
    P("d81_020",
      "KASHIWAZAKI, Japan, July 16 (Kyodo) -- A strong earthquake with a preliminary magnitude of "
      "6.8 struck Niigata Prefecture on Monday morning, killing seven people and injuring more "
      "than 800, police and the Fire and Disaster Management Agency said. All of the dead were "
      "aged between 70 and 90, and most were crushed in collapsed wooden houses in Kashiwazaki, "
      "police said. A transformer caught fire at Tokyo Electric Power Co.'s Kashiwazaki-Kariwa "
      "nuclear power plant, the world's largest by capacity, but no radiation leak was detected, "
      "the utility said. About 10,000 people took shelter at evacuation centers in the city, city "
      "officials said. The Ground Self-Defense Force dispatched 510 personnel to help in rescue "
      "operations. The quake was felt as far away as Tokyo, 220 kilometers to the southeast.",
      [C("seven", 7, "exact", "killed", "people in Niigata quake",
         "police and the Fire and Disaster Management Agency",
         attr_alt=["police", "the Fire and Disaster Management Agency"]),
       C("more than 800", 800, "more_than", "injured", "people",
         "police and the Fire and Disaster Management Agency",
         attr_alt=["police", "the Fire and Disaster Management Agency"]),
       C("About 10,000", 10000, "about", "displaced", "people at evacuation centers",
         "city officials"),
       C("510", 510, "exact", "troops", "GSDF personnel dispatched", None,
         attr_alt=["The Ground Self-Defense Force"])]),

    # --- dpa: Ansbach festival bombing (July 2016) ----------------------------------------------
    P("d81_021",
      "ANSBACH, Germany, July 25, 2016 (dpa) - A Syrian asylum seeker blew himself up outside a "
      "music festival in the Bavarian town of Ansbach late on Sunday, wounding 15 people, three "
      "of them seriously, Bavaria's interior minister Joachim Herrmann said. The 27-year-old "
      "attacker, who was killed, had been refused entry to the open-air concert because he did "
      "not have a ticket, Herrmann told a news conference. About 2,500 people were evacuated from "
      "the festival grounds. A video found on the man's phone showed him pledging allegiance to "
      "the Islamic State group, the minister said. Fewer than 10 of the injured remained in "
      "hospital on Monday, he added. It was the third attack in Bavaria in a week.",
      [C("15", 15, "exact", "injured", "people wounded in Ansbach",
         "Bavaria's interior minister Joachim Herrmann"),
       C("three", 3, "exact", "injured", "seriously wounded",
         "Bavaria's interior minister Joachim Herrmann"),
       C("About 2,500", 2500, "about", "displaced", "people evacuated from festival grounds",
         "Herrmann", attr_alt=[None, "Bavaria's interior minister Joachim Herrmann"]),
       C("Fewer than 10", 10, "fewer_than", "injured", "injured still in hospital", "he",
         attr_alt=["the minister", "Bavaria's interior minister Joachim Herrmann"])],
      published="2016-07-25"),

    # --- AP: Atlanta-area spa shootings (March 2021) --------------------------------------------
    P("d81_022",
      "Published 12:42 AM EDT, March 17, 2021\n"
      "ATLANTA (AP) — A 21-year-old white man was charged Wednesday with killing eight people at "
      "three Atlanta-area massage businesses, six of them women of Asian descent, police said. The "
      "shootings began Tuesday afternoon at a spa near Acworth, where four people were killed and "
      "one was wounded, Cherokee County Sheriff's Capt. Jay Baker said. About an hour later, three "
      "women were found shot dead at the Gold Spa in northeast Atlanta and a fourth woman at "
      "Aromatherapy Spa across the street, Atlanta police said. The suspect, Robert Aaron Long, was "
      "arrested about 150 miles south of Atlanta after a brief pursuit. He faces four counts of "
      "murder in Cherokee County.",
      [C("eight", 8, "exact", "killed", "people at Atlanta-area massage businesses", "police"),
       C("three", 3, "exact", "other", "massage businesses attacked", "police", optional=True,
         cat_alt=["infrastructure"], ctx="three Atlanta-area"),
       C("six", 6, "exact", "killed", "women of Asian descent among the dead", "police"),
       C("four", 4, "exact", "killed", "people near Acworth",
         "Cherokee County Sheriff's Capt. Jay Baker", ctx="four people"),
       C("one", 1, "exact", "injured", "person wounded near Acworth",
         "Cherokee County Sheriff's Capt. Jay Baker", ctx="one was wounded"),
       C("three", 3, "exact", "killed", "women at the Gold Spa", "Atlanta police",
         ctx="three women"),
       C("four", 4, "exact", "other", "counts of murder", None, optional=True,
         ctx="four counts")],
      published="2021-03-17"),

    # --- Xinhua: Shuicheng landslide (July 2019) ------------------------------------------------
    P("d81_023",
      "GUIYANG, July 24 (Xinhua) -- The death toll from a landslide that buried a village in "
      "Shuicheng County, southwest China's Guizhou Province, has risen to 13, with 33 people still "
      "missing, local authorities said Wednesday. The landslide, triggered by heavy rain, hit "
      "Jichang Township at around 9:20 p.m. Tuesday, burying 21 houses, according to the county "
      "government. Rescuers have pulled out 11 survivors, it said. More than 1,500 rescuers, 14 "
      "sniffer dogs and dozens of excavators have been deployed at the site. Nearly 700 villagers "
      "have been evacuated to safety.",
      [C("13", 13, "exact", "killed", "people in Shuicheng landslide", "local authorities"),
       C("33", 33, "exact", "missing", "people", "local authorities"),
       C("21", 21, "exact", "infrastructure", "houses buried", "the county government"),
       C("11", 11, "exact", "other", "survivors pulled out", "it",
         attr_alt=["the county government"]),
       C("More than 1,500", 1500, "more_than", "troops", "rescuers deployed", None,
         cat_alt=["other"], attr_alt=["it", "the county government"]),
       C("14", 14, "exact", "other", "sniffer dogs", None, optional=True),
       C("dozens", 12, "vague", "other", "excavators", None, optional=True),
       C("Nearly 700", 700, "about", "displaced", "villagers evacuated", None)]),

    # --- EFE: Madrid Arena crush (November 2012) ------------------------------------------------
    P("d81_024",
      "Madrid, Nov 1, 2012 (EFE).- Three young women were killed and two others were critically "
      "injured in a crush during a Halloween party at the Madrid Arena pavilion early on "
      "Thursday, emergency services said. The victims, aged 17 to 20, were trampled when crowds "
      "surged toward an exit after someone set off a firecracker, police said. Some 10,000 people "
      "were attending the party, according to the City Council, although the venue's licensed "
      "capacity was 10,600. Opposition councillors said as many as 16,000 people may have been "
      "inside. At least 29 people were treated for minor injuries at the scene by "
      "SAMUR paramedics, a spokeswoman said. The city has opened an investigation into whether "
      "more tickets were sold than allowed.",
      [C("Three", 3, "exact", "killed", "young women in Madrid Arena crush",
         "emergency services"),
       C("two", 2, "exact", "injured", "critically injured", "emergency services",
         ctx="two others"),
       C("Some 10,000", 10000, "about", "other", "people attending the party",
         "the City Council"),
       C("10,600", 10600, "exact", "other", "licensed capacity of the venue", "the City Council",
         optional=True, attr_alt=[None]),
       C("as many as 16,000", 16000, "at_most", "other", "people inside the pavilion",
         "Opposition councillors"),
       C("At least 29", 29, "at_least", "injured", "people treated for minor injuries",
         "a spokeswoman")],
      published="2012-11-01"),

    # --- PTI: Sunjuwan military station attack (February 2018) ----------------------------------
    P("d81_025",
      "Jammu, Feb 10 (PTI) Five soldiers and the father of a soldier were killed when heavily "
      "armed Jaish-e-Mohammed terrorists attacked the Army's Sunjuwan Military Station here before "
      "dawn today, officials said. Nine people, including two women and a child, were injured, a "
      "defence spokesperson said. Three terrorists have been killed and the operation to flush "
      "out any remaining militants from the family quarters is continuing, he said. Police said "
      "the attackers had cut through the perimeter fence at around 4.55 am. Schools within a "
      "radius of 500 metres of the camp were closed as a precaution.",
      [C("Five", 5, "exact", "killed", "soldiers at Sunjuwan", "officials"),
       C("Nine", 9, "exact", "injured", "people", "a defence spokesperson"),
       C("two", 2, "exact", "injured", "women among the injured", "a defence spokesperson"),
       C("Three", 3, "exact", "killed", "terrorists", "he",
         attr_alt=["a defence spokesperson"])]),

    # --- Reuters: Kampala twin suicide bombings (November 2021) ---------------------------------
    P("d81_026",
      "KAMPALA, Nov 16, 2021 (Reuters) - Two suicide bombers blew themselves up in central Kampala "
      "on Tuesday, killing three people and wounding 33 others, Ugandan police said. One blast "
      "struck near the Central Police Station and the second near the parliament building, police "
      "spokesman Fred Enanga told a news conference. Of the wounded, five were in critical "
      "condition, he said. A third would-be bomber was shot and wounded by police as he prepared "
      "to detonate his explosives, Enanga said. Islamic State claimed responsibility for the "
      "blasts through its Amaq news agency.",
      [C("Two", 2, "exact", "troops", "suicide bombers", "Ugandan police",
         cat_alt=["killed", "other"]),
       C("three", 3, "exact", "killed", "people in Kampala bombings", "Ugandan police"),
       C("33", 33, "exact", "injured", "people wounded", "Ugandan police"),
       C("five", 5, "exact", "injured", "in critical condition", "he",
         attr_alt=["police spokesman Fred Enanga"])],
      published="2021-11-16"),

    # --- Anadolu: Sindirgi earthquake (August 2025) ---------------------------------------------
    P("d81_027",
      "BALIKESIR, Türkiye (AA) - One person died and 29 others were injured after a magnitude 6.1 "
      "earthquake struck the Sindirgi district of western Balikesir province on Sunday, Interior "
      "Minister Ali Yerlikaya said. Rescue teams pulled four people alive from the rubble of a "
      "collapsed building in the district center, where an 81-year-old woman died, Yerlikaya said "
      "on X. Sixteen buildings collapsed, most of them already empty or damaged, according to the "
      "Disaster and Emergency Management Authority (AFAD). More than 1,300 search and rescue "
      "personnel were sent to the region, AFAD said, adding that 82 aftershocks had been "
      "recorded.",
      [C("One", 1, "exact", "killed", "person in Sindirgi quake",
         "Interior Minister Ali Yerlikaya"),
       C("29", 29, "exact", "injured", "people", "Interior Minister Ali Yerlikaya"),
       C("four", 4, "exact", "other", "people pulled alive from the rubble", "Yerlikaya",
         attr_alt=["Interior Minister Ali Yerlikaya"]),
       C("Sixteen", 16, "exact", "infrastructure", "buildings collapsed",
         "the Disaster and Emergency Management Authority (AFAD)", attr_alt=["AFAD"]),
       C("More than 1,300", 1300, "more_than", "troops", "search and rescue personnel sent",
         "AFAD", cat_alt=["other"],
         attr_alt=["the Disaster and Emergency Management Authority (AFAD)"]),
       C("82", 82, "exact", "other", "aftershocks recorded", "AFAD", optional=True,
         attr_alt=["the Disaster and Emergency Management Authority (AFAD)"])]),

    # --- Kyodo: Typhoon Jebi and Kansai airport (September 2018) --------------------------------
    P("d81_028",
      "KYODO NEWS - Sep 4, 2018 - 21:35\n"
      "OSAKA - Typhoon Jebi, the strongest to make landfall in Japan in 25 years, tore through "
      "western Japan on Tuesday, killing at least six people and injuring more than 160, the Fire "
      "and Disaster Management Agency said. About 3,000 passengers and airport staff were "
      "stranded overnight at Kansai International Airport after a 2,591-ton tanker slammed into "
      "the bridge linking the man-made island to the mainland and the runways flooded, the "
      "airport operator said. More than 800 flights were canceled across western Japan, according "
      "to airlines. Some 1.6 million households in the Kansai region lost power, Kansai Electric "
      "Power Co. said. The tanker's 11 crew members were unhurt.",
      [C("at least six", 6, "at_least", "killed", "people in Typhoon Jebi",
         "the Fire and Disaster Management Agency"),
       C("more than 160", 160, "more_than", "injured", "people",
         "the Fire and Disaster Management Agency"),
       C("About 3,000", 3000, "about", "other", "passengers and staff stranded at Kansai airport",
         "the airport operator", cat_alt=["population"]),
       C("More than 800", 800, "more_than", "other", "flights canceled", "airlines",
         optional=True),
       C("Some 1.6 million", 1600000, "about", "other", "households without power",
         "Kansai Electric Power Co.", cat_alt=["population"]),
       C("11", 11, "exact", "other", "tanker crew members unhurt", None)],
      published="2018-09-04"),

    # --- Reuters: Auno attack in Borno (February 2020) ------------------------------------------
    P("d81_029",
      "MAIDUGURI, Nigeria, Feb 10, 2020 (Reuters) - Islamist insurgents killed at least 30 people "
      "and abducted women and children when they attacked travellers stranded outside the "
      "northeastern Nigerian village of Auno, Borno state's government said on Monday. Some of the "
      "victims were burned to death in their vehicles after the militants, suspected members of "
      "Boko Haram, set fire to 18 trucks that had been waiting overnight for the road to "
      "Maiduguri to reopen, the state government said in a statement. A military spokesman said "
      "the army had repelled the attackers and that \"a handful\" of those abducted had been "
      "freed. Borno Governor Babagana Zulum, who visited the scene, told reporters that about 10 "
      "women had been taken, and put the death toll at 30. Auno, a village of some 5,000 people about 24 km (15 miles) west of "
      "Maiduguri, has been attacked several times since 2018.",
      [C("at least 30", 30, "at_least", "killed", "people at Auno",
         "Borno state's government"),
       C("18", 18, "exact", "other", "trucks set on fire", "the state government",
         optional=True, cat_alt=["infrastructure"], attr_alt=["Borno state's government"]),
       C("about 10", 10, "about", "hostages", "women abducted",
         "Borno Governor Babagana Zulum"),
       C("30", 30, "exact", "killed", "people at Auno", "Borno Governor Babagana Zulum",
         ctx="toll at 30"),
       C("some 5,000", 5000, "about", "population", "people in Auno", None)],
      published="2020-02-10"),

    # --- AFP: Saint-Etienne-du-Rouvray church attack (July 2016) --------------------------------
    P("d81_030",
      "SAINT-ETIENNE-DU-ROUVRAY, France, July 26, 2016 (AFP) - Two attackers who claimed "
      "allegiance to the Islamic State group stormed a church in northern France during morning "
      "mass on Tuesday and slit the throat of an 85-year-old priest, before being shot dead by "
      "police, officials said. Five people were inside the church when the attackers burst in, "
      "and one of the hostages, an elderly parishioner, was seriously wounded, interior ministry "
      "spokesman Pierre-Henry Brandet told reporters. Three other hostages, two nuns and a woman, "
      "escaped unharmed. One of the attackers was a 19-year-old local man who had been fitted "
      "with an electronic tag after trying twice to reach Syria, Paris prosecutor Francois Molins "
      "said. President Francois Hollande, who visited the town, said France was \"at war\" with "
      "IS.",
      [C("Two", 2, "exact", "killed", "attackers shot dead by police", "officials",
         cat_alt=["troops", "other"]),
       C("Five", 5, "exact", "other", "people inside the church",
         "interior ministry spokesman Pierre-Henry Brandet"),
       C("one", 1, "exact", "injured", "hostage seriously wounded",
         "interior ministry spokesman Pierre-Henry Brandet", cat_alt=["hostages"],
         ctx="one of the hostages"),
       C("Three", 3, "exact", "hostages", "hostages who escaped unharmed",
         "interior ministry spokesman Pierre-Henry Brandet", attr_alt=[None]),
       C("two", 2, "exact", "hostages", "nuns among the hostages",
         "interior ministry spokesman Pierre-Henry Brandet", attr_alt=[None],
         ctx="two nuns")],
      published="2016-07-26"),

    # --- Xinhua: Pingdingshan coal mine blast (September 2009) ----------------------------------
    P("d81_031",
      "2009-09-08 21:12:05\n"
      "PINGDINGSHAN, Henan, Sept. 8 (Xinhua) -- The death toll from a gas explosion at a "
      "privately-owned coal mine in central China's Henan Province rose to 44 Tuesday, with 35 "
      "miners still trapped underground, local authorities said. Ninety-three miners were working "
      "in the Xinhua No. 4 mine when the blast occurred at about 1:00 a.m., and 14 of them "
      "escaped, according to a spokesman for the Pingdingshan municipal government. Rescuers have "
      "not yet been able to reach the area where the trapped miners are believed to be, he said. "
      "Police have detained the mine's owner and two managers.",
      [C("44", 44, "exact", "killed", "miners in Pingdingshan blast", "local authorities"),
       C("35", 35, "exact", "other", "miners trapped underground", "local authorities",
         cat_alt=["missing"]),
       C("Ninety-three", 93, "exact", "other", "miners working in the mine",
         "a spokesman for the Pingdingshan municipal government"),
       C("14", 14, "exact", "other", "miners who escaped",
         "a spokesman for the Pingdingshan municipal government"),
       C("two", 2, "exact", "detained", "managers detained", None, attr_alt=["Police"])],
      published="2009-09-08"),

    # --- Xinhua: Quanzhou quarantine hotel collapse (March 2020) --------------------------------
    P("d81_032",
      "QUANZHOU, Fujian, March 8 (Xinhua) -- Ten people have been confirmed dead after a hotel used "
      "as a COVID-19 quarantine facility collapsed in Quanzhou City, east China's Fujian Province, "
      "on Saturday evening, the emergency management ministry said Sunday. Of the 71 people "
      "trapped in the five-storey Xinjia Hotel, 48 had been pulled out alive by 7 p.m. Sunday, the "
      "ministry said. Rescuers were still searching for 13 people believed to be buried under the "
      "rubble. More than 1,000 rescuers including firefighters and medical workers have been "
      "working through the night, with the help of 15 rescue dogs. Police have detained the owner "
      "of the building.",
      [C("Ten", 10, "exact", "killed", "people in Quanzhou hotel collapse",
         "the emergency management ministry"),
       C("71", 71, "exact", "other", "people trapped in the hotel", "the ministry",
         cat_alt=["missing"], attr_alt=["the emergency management ministry"]),
       C("48", 48, "exact", "other", "people pulled out alive", "the ministry",
         attr_alt=["the emergency management ministry"]),
       C("13", 13, "exact", "missing", "people believed buried", "the ministry",
         attr_alt=[None, "the emergency management ministry"]),
       C("More than 1,000", 1000, "more_than", "troops", "rescuers", None, cat_alt=["other"],
         attr_alt=["the ministry", "the emergency management ministry"]),
       C("15", 15, "exact", "other", "rescue dogs", None, optional=True)]),

    # --- Kyodo: Itoigawa fire (December 2016) ---------------------------------------------------
    P("d81_033",
      "ITOIGAWA, Japan, Dec. 23 (Kyodo) -- A fire that broke out at a Chinese restaurant in "
      "Itoigawa, Niigata Prefecture, spread across the city's old downtown area on Thursday, "
      "destroying about 140 buildings before it was brought under control after about 10 hours, "
      "the city said Friday. No one was killed, but two firefighters and 12 residents suffered "
      "minor injuries, including smoke inhalation, according to the local fire department. The "
      "blaze, fanned by southerly winds of up to 27 meters per second, was the largest in a "
      "Japanese city in 40 years apart from those caused by earthquakes. Evacuation advisories "
      "were issued for 363 households with 744 residents, and about 70 people spent the night at "
      "a community center, city officials said.",
      [C("about 140", 140, "about", "infrastructure", "buildings destroyed", "the city"),
       C("two", 2, "exact", "injured", "firefighters", "the local fire department"),
       C("12", 12, "exact", "injured", "residents", "the local fire department"),
       C("363", 363, "exact", "displaced", "households under evacuation advisories",
         "city officials", cat_alt=["population", "other"]),
       C("744", 744, "exact", "displaced", "residents under evacuation advisories",
         "city officials", cat_alt=["population", "other"]),
       C("about 70", 70, "about", "displaced", "people at a community center",
         "city officials")]),

    # --- PTI: Air India Express crash at Karipur (August 2020) ----------------------------------
    P("d81_034",
      "Kozhikode, Aug 7 (PTI) Eighteen people, including both pilots, were killed when an Air "
      "India Express flight from Dubai with 190 people on board overshot the tabletop runway at "
      "Karipur airport in heavy rain and broke into two, officials said. The Boeing 737 was "
      "carrying 184 passengers, including 10 infants, and six crew members, the airline said in "
      "a statement. More than 120 people were admitted to various hospitals in Kozhikode and "
      "Malappuram, 15 of them in a critical condition, Kerala Health Minister K K Shailaja said. "
      "Flight IX 1344 was a Vande Bharat Mission flight bringing home Indians stranded abroad due "
      "to the COVID-19 pandemic. The aircraft skidded about 35 feet down a slope after overshooting "
      "the runway, the DGCA said.",
      [C("Eighteen", 18, "exact", "killed", "people in Karipur crash", "officials"),
       C("190", 190, "exact", "other", "people on board", "officials"),
       C("184", 184, "exact", "other", "passengers", "the airline"),
       C("10", 10, "exact", "other", "infants among passengers", "the airline"),
       C("six", 6, "exact", "other", "crew members", "the airline"),
       C("More than 120", 120, "more_than", "injured", "people admitted to hospitals",
         "Kerala Health Minister K K Shailaja"),
       C("15", 15, "exact", "injured", "in critical condition",
         "Kerala Health Minister K K Shailaja")]),

    # --- dpa: Danube and Isar floods at Deggendorf (June 2013) ----------------------------------
    P("d81_035",
      "DEGGENDORF, Germany, June 5, 2013 (dpa) - Thousands of people were evacuated from their "
      "homes around the Bavarian town of Deggendorf on Wednesday after two dykes broke at the "
      "confluence of the Danube and Isar rivers, the district administration said. Around 600 "
      "people had to be rescued by helicopter and boat, and the army sent 1,700 soldiers to shore "
      "up levees, a spokesman for the crisis team said. In Passau, upstream, the Danube peaked on "
      "Monday at 12.89 metres, the highest level since 1501. At least eight people have died in "
      "the floods in Germany since the weekend, according to a dpa tally, and two more were "
      "missing in the Czech Republic and Austria. Chancellor Angela Merkel has promised 100 "
      "million euros in emergency aid.",
      [C("Thousands", 1000, "vague", "displaced", "people evacuated around Deggendorf",
         "the district administration"),
       C("two", 2, "exact", "infrastructure", "dykes broken", "the district administration",
         optional=True, cat_alt=["other"], ctx="two dykes"),
       C("Around 600", 600, "about", "other", "people rescued by helicopter and boat",
         "a spokesman for the crisis team"),
       C("1,700", 1700, "exact", "troops", "soldiers sent to shore up levees",
         "a spokesman for the crisis team", attr_alt=[None]),
       C("At least eight", 8, "at_least", "killed", "people in German floods", "a dpa tally"),
       C("two", 2, "exact", "missing", "people in the Czech Republic and Austria",
         "a dpa tally", attr_alt=[None], ctx="two more")],
      published="2013-06-05"),

    # --- dpa: Munich Olympia shopping centre shooting (July 2016) -------------------------------
    P("d81_036",
      "MUNICH, July 23 (dpa) - Nine people were killed and 35 injured when an 18-year-old "
      "German-Iranian gunman opened fire at a fast-food restaurant and a shopping centre in Munich "
      "on Friday evening, police said on Saturday. Ten of the injured were seriously hurt, "
      "including a 13-year-old, Munich police chief Hubertus Andrä told a news conference. The "
      "gunman, who later shot himself, had no links to the Islamic State group and appeared to "
      "have been obsessed with mass shootings, Andrä said. Seven of the nine victims were "
      "teenagers. More than 2,300 police officers, including special forces from neighbouring "
      "states and Austria's Cobra unit, were deployed as the city was put into lockdown for "
      "several hours.",
      [C("Nine", 9, "exact", "killed", "people in Munich shooting", "police"),
       C("35", 35, "exact", "injured", "people", "police"),
       C("Ten", 10, "exact", "injured", "seriously hurt",
         "Munich police chief Hubertus Andrä"),
       C("Seven", 7, "exact", "killed", "teenagers among the victims", None,
         attr_alt=["Andrä", "Munich police chief Hubertus Andrä"]),
       C("nine", 9, "exact", "killed", "victims (restated)", None, optional=True,
         attr_alt=["Andrä", "Munich police chief Hubertus Andrä"], ctx="the nine victims"),
       C("More than 2,300", 2300, "more_than", "troops", "police officers deployed", None,
         cat_alt=["other"], attr_alt=["Andrä", "Munich police chief Hubertus Andrä"])]),

    # --- EFE: Oruro carnival explosion (February 2018) ------------------------------------------
    P("d81_037",
      "La Paz, Feb 10, 2018 (EFE).- At least eight people were killed and around 40 injured on "
      "Saturday when a gas canister exploded at a street food stall in the Bolivian city of Oruro "
      "during the country's best-known carnival, police said. The blast occurred a few blocks from "
      "the parade route as tens of thousands of revelers and tourists thronged the city, Oruro "
      "police commander Colonel Ronald Sánchez told reporters. Among the dead was a 12-year-old "
      "boy, he said. The Government deployed some 3,000 police officers to ensure security for the "
      "carnival, which was declared a Masterpiece of the Oral and Intangible Heritage of Humanity "
      "by UNESCO in 2001.",
      [C("At least eight", 8, "at_least", "killed", "people in Oruro explosion", "police"),
       C("around 40", 40, "about", "injured", "people", "police"),
       C("tens of thousands", 10000, "vague", "other", "revelers and tourists in the city",
         "Oruro police commander Colonel Ronald Sánchez", optional=True),
       C("some 3,000", 3000, "about", "troops", "police officers deployed for the carnival",
         None, cat_alt=["other"], attr_alt=["The Government"])],
      published="2018-02-10"),

    # --- AP: VTA rail yard shooting in San Jose (May 2021) --------------------------------------
    P("d81_038",
      "SAN JOSE, Calif. (AP) — A transit employee opened fire at a light rail yard in San Jose "
      "on Wednesday morning, killing eight co-workers before taking his own life, authorities "
      "said. The gunman, identified as Samuel Cassidy, 57, worked as a maintenance worker for the "
      "Valley Transportation Authority, Santa Clara County Sheriff's Office spokesman Deputy "
      "Russell Davis said. A ninth victim died in hospital hours later, raising the death toll to "
      "nine, officials said Thursday. Investigators found 12 loaded magazines and three "
      "semi-automatic handguns at the scene, and his house was set on fire around the time of the "
      "shooting, Sheriff Laurie Smith said. About 100 employees were at the yard when the shooting "
      "began at about 6:30 a.m.",
      [C("eight", 8, "exact", "killed", "co-workers at VTA rail yard", "authorities"),
       C("nine", 9, "exact", "killed", "victims at VTA rail yard", "officials"),
       C("12", 12, "exact", "munitions", "loaded magazines found", "Sheriff Laurie Smith",
         cat_alt=["other"]),
       C("three", 3, "exact", "munitions", "semi-automatic handguns found",
         "Sheriff Laurie Smith", cat_alt=["other"]),
       C("About 100", 100, "about", "other", "employees at the yard", None,
         attr_alt=["Sheriff Laurie Smith"])]),

    # --- Xinhua: Yingjiang earthquake (March 2011) ----------------------------------------------
    P("d81_039",
      "KUNMING, March 10 (Xinhua) -- At least 24 people were killed and 207 others injured, 134 "
      "of them seriously, after a 5.8-magnitude earthquake struck Yingjiang County in southwest "
      "China's Yunnan Province at 12:58 p.m. Thursday, local authorities said. More than 18,000 "
      "houses collapsed or were badly damaged, and about 127,000 people have been relocated, the "
      "county government said. The quake's epicenter was in a mountainous area near the border "
      "with Myanmar, at a depth of 10 km. The provincial civil affairs department said it had sent "
      "3,500 tents and 10,000 cotton-padded coats to the quake zone.",
      [C("At least 24", 24, "at_least", "killed", "people in Yingjiang quake",
         "local authorities"),
       C("207", 207, "exact", "injured", "people", "local authorities"),
       C("134", 134, "exact", "injured", "seriously injured", "local authorities"),
       C("More than 18,000", 18000, "more_than", "infrastructure",
         "houses collapsed or badly damaged", "the county government"),
       C("about 127,000", 127000, "about", "displaced", "people relocated",
         "the county government"),
       C("3,500", 3500, "exact", "aid", "tents sent",
         "The provincial civil affairs department"),
       C("10,000", 10000, "exact", "aid", "cotton-padded coats sent",
         "The provincial civil affairs department")]),

    # --- Only non-claims: Xinhua on the Menyuan earthquake (January 2022) -----------------------
    P("d81_040",
      "XINING, Jan. 8 (Xinhua) -- A 6.9-magnitude earthquake jolted Menyuan County in northwest "
      "China's Qinghai Province at 1:45 a.m. Saturday, the China Earthquake Networks Center said. "
      "The epicenter, at a depth of 10 km, was monitored at 37.77 degrees north latitude and "
      "101.26 degrees east longitude. No deaths have been reported so far, local authorities "
      "said. Cracks appeared on a section of the Lanzhou-Xinjiang high-speed railway near the "
      "epicenter, and some trains were suspended, according to the China State Railway Group. The "
      "quake was the strongest to hit Qinghai since a 7.4-magnitude quake struck Maduo County in "
      "May 2021.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 81)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d81_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
