"""Source of the seventy-seventh development set: writes ``passages.jsonl`` next to it.

Thirty-five passages (3–7 sentences, not counting headlines, bylines and date lines) on news events of
2023 to early 2026 from around the world: bombings and shootings, an armed encounter, a border
war, fires and explosions, mine disasters, road, rail and air accidents, crowd crushes, floods, a
wildfire, a seismic swarm, epidemics, and protests and crackdowns. Written for this set (none
copied from an article) as wire copy (Reuters, AP, AFP, ANSA, Xinhua, Anadolu, PTI, Kyodo),
newspaper and broadcaster web pages and live-page entries.
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

Run ``python tests/devset77/build_devset77.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- 2023 ---------------------------------------------------------------------------------
    P("d77_001",
      "PUL-E-KHUMRI, Afghanistan, Oct 13, 2023 (AFP) - A suicide bomber blew himself up inside "
      "a Shiite mosque in northern Afghanistan during Friday prayers, killing at least seven "
      "worshippers and wounding 15 others, a Taliban police spokesman said. The blast tore "
      "through the Imam Zaman mosque in Pul-e-Khumri, the capital of Baghlan province, where "
      "about 300 people had gathered for prayers, a witness told AFP. A doctor at the provincial "
      "hospital, who asked not to be named, said 17 bodies had been brought in and that dozens "
      "of wounded were being treated, some of them in critical condition. The Islamic State "
      "group's regional affiliate claimed the attack in a statement, saying its fighter had "
      "killed or wounded \"more than 50\" people. The group has carried out dozens of attacks "
      "on Shiite mosques and schools since the Taliban returned to power in August 2021.",
      [C("at least seven", 7, "at_least", "killed", "worshippers", "a Taliban police spokesman"),
       C("15", 15, "exact", "injured", "worshippers", "a Taliban police spokesman"),
       C("about 300", 300, "about", "other", "people gathered for prayers", "a witness"),
       C("17", 17, "exact", "killed", "bodies brought to the provincial hospital",
         "A doctor at the provincial hospital"),
       C("dozens", 12, "vague", "injured", "wounded treated at the hospital",
         "A doctor at the provincial hospital", ctx="dozens of wounded"),
       C("more than 50", 50, "more_than", "injured", "people killed or wounded (IS claim)",
         "The Islamic State group's regional affiliate", cat_alt=["killed", "other"]),
       C("dozens", 12, "vague", "other", "IS attacks on Shiite mosques and schools", None,
         ctx="dozens of attacks")],
      published="2023-10-13"),

    P("d77_002",
      "PUBLISHED : 30 Jul 2023 at 11:20\n"
      "WRITER: Muhammad Ayub Pathan\n"
      "NARATHIWAT: The death toll from Saturday's explosion at a fireworks warehouse in Sungai "
      "Kolok district has risen to 10, provincial governor Sanan Pongaksorn said on Sunday. "
      "More than 100 people were injured, 37 of whom were still in hospital, he said. The blast, "
      "which could be felt several kilometres away, flattened the warehouse and damaged about "
      "200 homes and shops nearby, according to the district office. Rescue teams were still "
      "searching the rubble on Sunday morning for two people who were unaccounted for. Police "
      "said the warehouse owner, 52, had been summoned for questioning but had not been "
      "charged, and the provincial administration promised 50,000 baht to the family of each "
      "person killed.",
      [C("10", 10, "exact", "killed", "people killed in the warehouse explosion",
         "provincial governor Sanan Pongaksorn"),
       C("More than 100", 100, "more_than", "injured", "people injured",
         "provincial governor Sanan Pongaksorn", attr_alt=["he"]),
       C("37", 37, "exact", "injured", "injured still in hospital",
         "provincial governor Sanan Pongaksorn", attr_alt=["he"]),
       C("about 200", 200, "about", "infrastructure", "homes and shops damaged",
         "the district office"),
       C("two", 2, "exact", "missing", "people unaccounted for", None,
         attr_alt=["the district office"])],
      published="2023-07-30"),

    P("d77_003",
      "TURIN (ANSA) - Five railway maintenance workers were killed when a train travelling at "
      "about 160 km/h hit them on the track near Brandizzo station, outside Turin, shortly "
      "before midnight on Wednesday. The men, aged between 22 and 52, were replacing a section "
      "of rail for a contractor of the network operator RFI. Two other members of the crew, "
      "including its supervisor, escaped by jumping clear, investigators said. Prosecutors in "
      "Ivrea have placed three people under investigation for manslaughter, suspecting that "
      "work began before the line had been closed to traffic. The empty train, which was being "
      "moved to Alessandria, had a crew of two, neither of whom was hurt. Transport Minister "
      "Matteo Salvini called the deaths \"unacceptable\" and promised a full inquiry.",
      [C("Five", 5, "exact", "killed", "railway maintenance workers", None,
         attr_alt=["investigators"]),
       C("Two", 2, "exact", "other", "workers who escaped", "investigators"),
       C("three", 3, "exact", "detained", "people under investigation for manslaughter", None,
         cat_alt=["other"], attr_alt=["Prosecutors in Ivrea"]),
       C("two", 2, "exact", "other", "train crew", None, ctx="crew of two")]),

    P("d77_004",
      "LIMA, May 7 (Reuters) - At least 27 workers were killed in a fire inside a small gold "
      "mine in southern Peru, local authorities said on Sunday, one of the country's deadliest "
      "mining accidents in decades. The blaze broke out early on Saturday about 100 metres "
      "inside a tunnel after a short circuit, Arequipa prosecutor's office spokesman Giovanni "
      "Matos told Reuters, and the miners died of asphyxiation. Mining company Yanaquihua said "
      "in a statement that 175 workers had been brought out safely. Relatives said at least "
      "three more men were still missing, a figure officials did not confirm. Peru, the world's "
      "second-largest copper producer, records more than 300 mining accidents a year, most of "
      "them in small and informal mines, according to the Energy and Mines Ministry.",
      [C("At least 27", 27, "at_least", "killed", "mine workers", "local authorities"),
       C("175", 175, "exact", "other", "workers brought out safely", "Mining company Yanaquihua",
         cat_alt=["displaced"]),
       C("at least three", 3, "at_least", "missing", "miners", "Relatives"),
       C("more than 300", 300, "more_than", "other", "mining accidents a year in Peru",
         "the Energy and Mines Ministry")]),

    P("d77_005",
      "CLEVELAND, Texas (AP) — A man armed with an AR-style rifle shot and killed five people, "
      "including an 8-year-old boy, at a home in rural southeast Texas late Friday after "
      "neighbors asked him to stop firing in his yard because their baby was trying to sleep, "
      "San Jacinto County Sheriff Greg Capers said. Ten people were in the house at the time, "
      "and three children were found alive under two of the dead women, who appeared to have "
      "shielded them, the sheriff said. More than 250 officers from local, state and federal "
      "agencies joined the search for the suspect, Francisco Oropeza, 38, who was believed to "
      "be within 20 miles of the scene. The FBI offered a reward of up to $80,000 for "
      "information leading to his arrest. All five victims were from Honduras, officials said.",
      [C("five", 5, "exact", "killed", "people shot dead at the home",
         "San Jacinto County Sheriff Greg Capers", ctx="killed five people"),
       C("Ten", 10, "exact", "other", "people in the house",
         "San Jacinto County Sheriff Greg Capers", attr_alt=["the sheriff"]),
       C("three", 3, "exact", "other", "children found alive",
         "San Jacinto County Sheriff Greg Capers", attr_alt=["the sheriff"]),
       C("two", 2, "exact", "killed", "dead women who shielded children",
         "San Jacinto County Sheriff Greg Capers", optional=True, attr_alt=["the sheriff"]),
       C("More than 250", 250, "more_than", "troops", "officers in the search", None,
         cat_alt=["other"], attr_alt=["San Jacinto County Sheriff Greg Capers",
                                      "the sheriff"]),
       C("five", 5, "exact", "killed", "victims from Honduras", "officials", optional=True,
         ctx="All five victims")]),
    P("d77_006",
      "Bus carrying seniors to casino collides with semi near Carberry, Man.\n"
      "CBC News · Posted: Jun 16, 2023 4:12 PM CDT\n"
      "Fifteen people died and 10 were injured when a minibus carrying seniors to a casino "
      "collided with a semi-trailer on the Trans-Canada Highway near Carberry, Man., on "
      "Thursday, RCMP said. The bus was carrying 25 people from Dauphin and the surrounding "
      "area, Assistant Commissioner Rob Hill told reporters, and the survivors were taken to "
      "hospitals in Brandon and Winnipeg. Hill said it was too early to say what caused the "
      "crash and that collision reconstructionists would spend \"days, if not weeks\" at the "
      "intersection. Dauphin, a city of about 8,600, has opened a support centre for families, "
      "Mayor David Bosiak said. \"Everybody knows somebody who was on that bus,\" he said.\n"
      "Update: A 16th victim died in hospital on Wednesday, RCMP said.",
      [C("Fifteen", 15, "exact", "killed", "people on the bus", "RCMP"),
       C("10", 10, "exact", "injured", "people on the bus", "RCMP"),
       C("25", 25, "exact", "other", "people on board the bus",
         "Assistant Commissioner Rob Hill"),
       C("about 8,600", 8600, "about", "population", "residents of Dauphin", None,
         attr_alt=["Mayor David Bosiak"])],
      published="2023-06-16"),

    # --- 2024 ---------------------------------------------------------------------------------
    P("d77_007",
      "SHIJIAZHUANG, March 13 (Xinhua) -- An explosion suspected to have been caused by a gas "
      "leak ripped through a fried chicken shop in Yanjiao town of Sanhe city, north China's "
      "Hebei Province, on Wednesday morning, leaving seven people dead and 27 injured, local "
      "authorities said. Windows of buildings within 100 meters were shattered, and 22 shops "
      "and 35 vehicles were damaged, according to a preliminary survey by the local emergency "
      "management bureau. More than 260 firefighters and rescuers were sent to the site, where "
      "3 people were pulled alive from the rubble. Local police said they had placed three "
      "people under control, among them the shop's owner. President Xi Jinping called for "
      "all-out efforts to treat the injured and for a thorough investigation.",
      [C("seven", 7, "exact", "killed", "people in the Yanjiao explosion", "local authorities"),
       C("27", 27, "exact", "injured", "people in the Yanjiao explosion", "local authorities"),
       C("22", 22, "exact", "infrastructure", "shops damaged",
         "a preliminary survey by the local emergency management bureau",
         attr_alt=["the local emergency management bureau"]),
       C("35", 35, "exact", "other", "vehicles damaged",
         "a preliminary survey by the local emergency management bureau", optional=True,
         attr_alt=["the local emergency management bureau"]),
       C("More than 260", 260, "more_than", "troops", "firefighters and rescuers sent", None,
         cat_alt=["other"],
         attr_alt=["a preliminary survey by the local emergency management bureau"]),
       C("3", 3, "exact", "other", "people pulled alive from the rubble", None),
       C("three", 3, "exact", "detained", "people placed under control", "Local police")]),

    P("d77_008",
      "ISTANBUL (AA) - Twenty-nine people were killed and eight injured when a fire broke out "
      "during the day on Tuesday at a nightclub under renovation in Istanbul's Beşiktaş "
      "district, Istanbul Governor Davut Gül said. Most of the dead were construction workers, "
      "Gül told reporters at the scene, adding that one of the injured was in critical "
      "condition. The fire started in the basement of the 16-storey residential building that "
      "houses the Masquerade club and spread through the ventilation shafts, officials said. "
      "Istanbul's chief prosecutor's office said eight people, including the club's manager "
      "and two of its owners, had been detained. The club had been closed to customers since "
      "the start of the renovation.",
      [C("Twenty-nine", 29, "exact", "killed", "people in the nightclub fire",
         "Istanbul Governor Davut Gül"),
       C("eight", 8, "exact", "injured", "people in the nightclub fire",
         "Istanbul Governor Davut Gül", ctx="eight injured"),
       C("one", 1, "exact", "injured", "injured in critical condition",
         "Istanbul Governor Davut Gül", optional=True, attr_alt=["Gül"]),
       C("eight", 8, "exact", "detained", "people detained over the fire",
         "Istanbul's chief prosecutor's office", attr_alt=[None], ctx="eight people"),
       C("two", 2, "exact", "detained", "club owners detained",
         "Istanbul's chief prosecutor's office", optional=True, attr_alt=[None])]),

    P("d77_009",
      "ROME, April 10 (Reuters) - Rescuers recovered two more bodies on Wednesday from a "
      "hydroelectric power plant in northern Italy that was hit by an explosion the day "
      "before, raising the death toll to five, the national fire service said. Four workers "
      "were still missing and five were injured, three of them seriously, it said. The blast "
      "happened during maintenance of a turbine on the plant's minus-eight level, some 40 "
      "metres below the surface of the Suviana reservoir, and part of the underground "
      "structure flooded. More than 100 firefighters and divers, including specialist teams "
      "from Tuscany and Lombardy, were taking part in the search, the service said. Enel Green "
      "Power, which runs the plant, said the workers were employed by the company and by "
      "contractors.",
      [C("two", 2, "exact", "killed", "bodies recovered on Wednesday",
         "the national fire service"),
       C("five", 5, "exact", "killed", "workers killed in the explosion",
         "the national fire service", ctx="toll to five"),
       C("Four", 4, "exact", "missing", "workers", "the national fire service",
         attr_alt=["it"]),
       C("five", 5, "exact", "injured", "workers", "the national fire service",
         attr_alt=["it"], ctx="five were injured"),
       C("three", 3, "exact", "injured", "workers seriously injured",
         "the national fire service", attr_alt=["it"]),
       C("More than 100", 100, "more_than", "troops", "firefighters and divers in the search",
         "the national fire service", cat_alt=["other"], attr_alt=["the service"])]),

    P("d77_010",
      "Yle News | 2.4.2024 18:40\n"
      "A 12-year-old pupil opened fire at a school in Vantaa on Tuesday morning, killing one "
      "classmate and seriously injuring two others, police said. All three victims were also "
      "12 years old. The suspect, who used a handgun licensed to a relative, fled and was "
      "detained in Helsinki about 45 minutes later, Detective Chief Inspector Kimmo Hyvärinen "
      "told a press conference. About 800 pupils, from first to ninth grade, attend the "
      "Viertola comprehensive school. Flags were lowered across Finland on Wednesday.",
      [C("one", 1, "exact", "killed", "pupil shot dead", "police"),
       C("two", 2, "exact", "injured", "pupils seriously injured", "police"),
       C("three", 3, "exact", "other", "victims of the school shooting", "police",
         optional=True, cat_alt=["killed", "injured"], attr_alt=[None]),
       C("About 800", 800, "about", "population", "pupils at the Viertola school", None,
         cat_alt=["other"])],
      published="2024-04-02"),
    P("d77_011",
      "Afghanistan floods: latest\n"
      "09:41\n"
      "Flash floods in Ghor province have killed at least 50 people, the provincial information "
      "department says, after heavy rain swept through the provincial capital, Feroz Koh, and "
      "surrounding districts on Friday. Governor's spokesman Abdul Wahid Hamas said more than "
      "2,000 homes had been destroyed and around 4,000 damaged, and that thousands of acres of "
      "farmland had been washed away.\n"
      "10:15\n"
      "The Taliban's defence ministry says its air force has evacuated about 100 people "
      "stranded by the water in neighbouring Faryab. It has not given a toll for Faryab.\n"
      "11:02\n"
      "WFP says it has sent 12 trucks of food to Feroz Koh, enough to feed about 3,000 "
      "families for a month. Roads into the city remain cut in several places, the UN agency "
      "adds.",
      [C("at least 50", 50, "at_least", "killed", "people in Ghor floods",
         "the provincial information department"),
       C("more than 2,000", 2000, "more_than", "infrastructure", "homes destroyed",
         "Governor's spokesman Abdul Wahid Hamas"),
       C("around 4,000", 4000, "about", "infrastructure", "homes damaged",
         "Governor's spokesman Abdul Wahid Hamas"),
       C("thousands", 1000, "vague", "other", "acres of farmland washed away",
         "Governor's spokesman Abdul Wahid Hamas", optional=True),
       C("about 100", 100, "about", "displaced", "people evacuated in Faryab",
         "The Taliban's defence ministry", cat_alt=["other"]),
       C("12", 12, "exact", "aid", "trucks of food", "WFP"),
       C("about 3,000", 3000, "about", "other", "families to be fed", "WFP",
         cat_alt=["aid"])]),

    P("d77_012",
      "FLORENCE, Italy, Dec 10, 2024 (AFP) - Firefighters on Tuesday recovered the last of "
      "the bodies from the wreckage of an Eni fuel depot near Florence where an explosion "
      "killed five people, regional president Eugenio Giani said. Twenty-six others were "
      "injured, two of them critically, in Monday's blast at the Calenzano depot, which sent a "
      "column of black smoke over the Tuscan capital. Giani had on Monday put the number of "
      "missing at two, and rescuers had earlier feared that as many as nine people might be "
      "trapped. The explosion happened in an area where tanker trucks were loaded with fuel, "
      "Eni said in a statement. Residents within five kilometres were told to keep their "
      "windows shut, and a stretch of the A1 motorway was closed for several hours.",
      [C("five", 5, "exact", "killed", "people killed in the depot explosion",
         "regional president Eugenio Giani", ctx="killed five people"),
       C("Twenty-six", 26, "exact", "injured", "people injured in the depot explosion",
         "regional president Eugenio Giani", attr_alt=[None]),
       C("two", 2, "exact", "injured", "people critically injured",
         "regional president Eugenio Giani", attr_alt=[None], ctx="two of them critically"),
       C("two", 2, "exact", "missing", "people missing (Monday's figure)",
         "regional president Eugenio Giani", attr_alt=["Giani"], ctx="missing at two"),
       C("as many as nine", 9, "at_most", "missing", "people feared trapped", "rescuers")],
      published="2024-12-10"),

    P("d77_013",
      "Jaipur, Dec 21 (PTI) The death toll in the fire triggered by a collision between an LPG "
      "tanker and a truck on the Jaipur-Ajmer highway rose to 14 on Saturday after six more "
      "injured persons succumbed at the SMS Hospital, officials said. The toll had stood at "
      "11 on Friday night. Of the 30 people still under treatment, 12 are on ventilator "
      "support, SMS Medical College principal Deepak Maheshwari said. The tanker was hit "
      "while taking a U-turn near Bhankrota early on Friday, releasing gas that caught fire and "
      "engulfed more than 35 vehicles, including a sleeper bus carrying 34 passengers, police "
      "said. Chief Minister Bhajan Lal Sharma announced an ex gratia of Rs 5 lakh for the "
      "family of each deceased.",
      [C("14", 14, "exact", "killed", "people in the tanker fire", "officials"),
       C("six", 6, "exact", "killed", "injured who died in hospital", "officials"),
       C("11", 11, "exact", "killed", "toll on Friday night", None, attr_alt=["officials"]),
       C("30", 30, "exact", "injured", "people under treatment",
         "SMS Medical College principal Deepak Maheshwari"),
       C("12", 12, "exact", "injured", "patients on ventilator support",
         "SMS Medical College principal Deepak Maheshwari"),
       C("more than 35", 35, "more_than", "other", "vehicles engulfed", "police",
         optional=True, cat_alt=["infrastructure"]),
       C("34", 34, "exact", "other", "passengers on the sleeper bus", "police")]),

    P("d77_014",
      "Published on 26/12/2024 - 18:10 By Pedro Peduzzi - Reporter - Brasília\n"
      "Navy divers recovered two more bodies on Thursday from the Tocantins River, where a "
      "bridge linking the states of Tocantins and Maranhão collapsed on Sunday, bringing the "
      "number of confirmed deaths to eight, the Brazilian Navy said. Eleven people remain "
      "missing, according to the Federal Highway Police (PRF). At least 10 vehicles fell into "
      "the river when the central span of the Juscelino Kubitschek de Oliveira bridge gave "
      "way, among them four trucks, the PRF said. Two of the trucks were carrying about 76 "
      "tonnes of sulfuric acid, the National Water and Sanitation Agency said, and residents "
      "downstream were told not to use water from the river. The bridge, opened in 1960, was "
      "533 metres long.",
      [C("two", 2, "exact", "killed", "bodies recovered on Thursday", "the Brazilian Navy"),
       C("eight", 8, "exact", "killed", "confirmed deaths in the bridge collapse",
         "the Brazilian Navy"),
       C("Eleven", 11, "exact", "missing", "people missing after the bridge collapse",
         "the Federal Highway Police (PRF)"),
       C("At least 10", 10, "at_least", "other", "vehicles that fell into the river",
         "the PRF", optional=True, attr_alt=["the Federal Highway Police (PRF)"]),
       C("four", 4, "exact", "other", "trucks that fell into the river", "the PRF",
         optional=True, attr_alt=["the Federal Highway Police (PRF)"]),
       C("Two", 2, "exact", "other", "trucks carrying sulfuric acid",
         "the National Water and Sanitation Agency", optional=True),
       C("about 76", 76, "about", "other", "tonnes of sulfuric acid carried",
         "the National Water and Sanitation Agency", optional=True)],
      published="2024-12-26"),

    # --- 2025 ---------------------------------------------------------------------------------
    P("d77_015",
      "OFUNATO, Iwate, March 2 (Kyodo) -- A wildfire in Ofunato, Iwate Prefecture, had burned "
      "about 2,100 hectares by Sunday, the largest in Japan in over 30 years, and evacuation "
      "orders covered about 4,600 residents, the city said. The body of a man believed to be "
      "in his 90s was found on a road in the Sanriku district on Thursday, the only death "
      "linked to the fire so far. At least 84 buildings have been damaged, the Fire and "
      "Disaster Management Agency said, though crews had not been able to enter parts of the "
      "area. More than 2,000 firefighters from 14 prefectures, backed by Self-Defense Forces "
      "helicopters, were battling the blaze. Ofunato, a coastal city of around 33,000 people, "
      "was devastated by the 2011 tsunami.",
      [C("about 2,100", 2100, "about", "other", "hectares burned", "the city", optional=True),
       C("about 4,600", 4600, "about", "displaced", "residents under evacuation orders",
         "the city", cat_alt=["population"]),
       C("At least 84", 84, "at_least", "infrastructure", "buildings damaged",
         "the Fire and Disaster Management Agency"),
       C("More than 2,000", 2000, "more_than", "troops", "firefighters battling the blaze",
         None, cat_alt=["other"], attr_alt=["the Fire and Disaster Management Agency"]),
       C("14", 14, "exact", "other", "prefectures sending firefighters", None, optional=True),
       C("around 33,000", 33000, "about", "population", "residents of Ofunato", None)]),
    P("d77_016",
      "ATHENS, Feb 14 (Reuters) - Greece declared a state of emergency on the island of "
      "Santorini on Thursday after a tremor of magnitude 5.2 on Monday evening, the strongest "
      "in a swarm that began on Jan. 26, rattled the cliffside villages of Fira and Oia. The "
      "measure will stay in force until March 3, the civil protection ministry said, allowing "
      "authorities to fast-track work on roads and rockfall barriers. Seismologists said most "
      "of the quakes struck at depths of 10 to 15 kilometres between Santorini and Amorgos and "
      "showed no sign of volcanic activity. Schools on the island will stay closed for a third "
      "week. No injuries have been reported, and damage has been limited to old buildings and "
      "walls along the caldera.",
      []),

    P("d77_017",
      "KINSHASA, April 6 (Reuters) - At least 33 people were killed when torrential rain caused "
      "the Ndjili River to burst its banks in Kinshasa overnight on Friday, Congo's government "
      "said on Sunday. Governor Daniel Bumba had earlier told reporters that 36 people had "
      "died, but the government said three bodies had been counted twice. The Interior Ministry "
      "said more than 1,500 homes had been flooded and that thousands of families were "
      "sheltering with relatives or in churches. Floodwater cut the main road to the "
      "international airport for most of Saturday. Kinshasa, a sprawling city of some 17 "
      "million people, has suffered deadly floods in most rainy seasons of the past decade.",
      [C("At least 33", 33, "at_least", "killed", "people killed in Kinshasa floods",
         "Congo's government"),
       C("36", 36, "exact", "killed", "earlier toll", "Governor Daniel Bumba"),
       C("three", 3, "exact", "killed", "bodies counted twice", "Congo's government",
         optional=True, cat_alt=["other"], attr_alt=["the government"]),
       C("more than 1,500", 1500, "more_than", "infrastructure", "homes flooded",
         "The Interior Ministry"),
       C("thousands", 1000, "vague", "displaced", "families sheltering",
         "The Interior Ministry"),
       C("some 17 million", 17_000_000, "about", "population", "residents of Kinshasa", None)]),

    P("d77_018",
      "TALLAHASSEE, Fla. (AP) — A 20-year-old student opened fire near the student union at "
      "Florida State University on Thursday, killing two people and wounding six others before "
      "he was shot and wounded by police, authorities said. The suspect, the stepson of a "
      "sheriff's deputy, used his stepmother's former service weapon, Tallahassee Police Chief "
      "Lawrence Revell said. Neither of the men killed was a student, Revell said. Tallahassee "
      "Memorial HealthCare said it had received six patients with gunshot wounds and was "
      "treating several others for minor injuries sustained in the chaos. Students barricaded "
      "themselves in classrooms for more than two hours at the university, which enrolls more "
      "than 44,000 students.",
      [C("two", 2, "exact", "killed", "people shot dead at FSU", "authorities",
         ctx="killing two people"),
       C("six", 6, "exact", "injured", "people wounded", "authorities", ctx="six others"),
       C("six", 6, "exact", "injured", "patients with gunshot wounds",
         "Tallahassee Memorial HealthCare", ctx="six patients"),
       C("more than 44,000", 44000, "more_than", "population", "students enrolled at FSU",
         None, cat_alt=["other"])]),

    P("d77_019",
      "Updated: 2025-04-30 09:12\n"
      "A fire at a restaurant in Liaoyang, Northeast China's Liaoning province, killed 22 "
      "people and injured three on Tuesday, Xinhua News Agency reported. The blaze broke out "
      "at about 12:25 pm in the city's Baita district, and the injured were in stable "
      "condition, the report said. Firefighters sent 25 fire engines to the two-storey "
      "building, where videos posted online showed thick smoke and flames pouring from the "
      "windows. Police have taken the person in charge of the restaurant into custody, local "
      "authorities said. The State Council's work safety committee has sent a team to "
      "supervise the investigation.",
      [C("22", 22, "exact", "killed", "people in the restaurant fire",
         "Xinhua News Agency"),
       C("three", 3, "exact", "injured", "people in the restaurant fire",
         "Xinhua News Agency"),
       C("25", 25, "exact", "other", "fire engines sent", None, optional=True, ctx="25 fire",
         cat_alt=["troops"])],
      published="2025-04-30"),

    P("d77_020",
      "Updated - April 30, 2025 10:41 am IST\n"
      "Fourteen people, including two children, were killed in a fire at a hotel in central "
      "Kolkata's Burrabazar area on Tuesday night, Kolkata Police Commissioner Manoj Verma said. "
      "Thirteen people were rescued from the six-storey building, some of them by ladder from "
      "the roof, he said. Verma said one of the dead had fallen while trying to escape through "
      "a window. The fire broke out at around 7:30 p.m. and ten fire tenders were pressed into "
      "service, fire officials said; it was brought under control after nearly 10 hours. Chief "
      "Minister Mamata Banerjee announced ₹2 lakh for the family of each victim.",
      [C("Fourteen", 14, "exact", "killed", "people in the hotel fire",
         "Kolkata Police Commissioner Manoj Verma"),
       C("two", 2, "exact", "killed", "children killed in the hotel fire",
         "Kolkata Police Commissioner Manoj Verma"),
       C("Thirteen", 13, "exact", "other", "people rescued from the hotel",
         "Kolkata Police Commissioner Manoj Verma", attr_alt=["he"]),
       C("one", 1, "exact", "killed", "victim who fell while escaping",
         "Kolkata Police Commissioner Manoj Verma", optional=True, attr_alt=["Verma"]),
       C("ten", 10, "exact", "other", "fire tenders", "fire officials", optional=True,
         cat_alt=["troops"])],
      published="2025-04-30"),
    P("d77_021",
      "Panaji | Updated: May 03, 2025 11:58 IST\n"
      "Six people were killed and more than 70 injured in a stampede during the annual Lairai "
      "Devi temple festival at Shirgao in North Goa early on Saturday, officials said. The "
      "crush happened at around 4 am on a slope leading to the temple, where tens of thousands "
      "of devotees had gathered for the festival's walk over burning embers. Chief Minister "
      "Pramod Sawant, who visited the injured at the Goa Medical College, said eight of them "
      "were in critical condition. Health Minister Vishwajit Rane said 30 had since been "
      "discharged. Police said about 1,000 personnel had been deployed for the festival, and "
      "an inquiry into crowd management has been ordered.",
      [C("Six", 6, "exact", "killed", "devotees in the stampede", "officials"),
       C("more than 70", 70, "more_than", "injured", "devotees in the stampede", "officials"),
       C("tens of thousands", 10000, "vague", "other", "devotees gathered at the temple", None),
       C("eight", 8, "exact", "injured", "injured in critical condition",
         "Chief Minister Pramod Sawant"),
       C("30", 30, "exact", "injured", "injured discharged from hospital",
         "Health Minister Vishwajit Rane", cat_alt=["other"]),
       C("about 1,000", 1000, "about", "troops", "police personnel deployed", "Police",
         cat_alt=["other"])],
      published="2025-05-03"),

    P("d77_022",
      "Jakarta / Mon, May 12, 2025 / 05:47 pm\n"
      "Thirteen people, four soldiers and nine civilians, were killed on Monday when expired "
      "ammunition exploded during a disposal operation by the Indonesian Army in Garut "
      "regency, West Java, the army said. Army spokesman Brig. Gen. Wahyu Yudhayana said the "
      "blast happened as soldiers were arranging detonators in a final pit, after two other "
      "pits had been detonated safely. The unit had been destroying about 450 expired mortar "
      "rounds and grenades, Wahyu said. Residents told reporters that villagers often gathered "
      "near such sites to collect scrap metal from the casings. The military police have "
      "opened an investigation.",
      [C("Thirteen", 13, "exact", "killed", "people killed in the ammunition blast",
         "the army"),
       C("four", 4, "exact", "killed", "soldiers killed", "the army", cat_alt=["troops"]),
       C("nine", 9, "exact", "killed", "civilians killed", "the army"),
       C("two", 2, "exact", "other", "pits detonated safely",
         "Army spokesman Brig. Gen. Wahyu Yudhayana", optional=True),
       C("about 450", 450, "about", "munitions", "expired mortar rounds and grenades",
         "Army spokesman Brig. Gen. Wahyu Yudhayana", attr_alt=["Wahyu"])],
      published="2025-05-12"),

    P("d77_023",
      "BANGKOK, May 2 (Xinhua) -- Thailand has confirmed a death from anthrax in the "
      "northeastern province of Mukdahan, the country's first in years, the Department of "
      "Disease Control said on Friday. A 53-year-old man died after handling and eating raw beef "
      "from a cow slaughtered in Don Tan district, and two other people have tested positive, "
      "the department said. Disease Control Department chief Panumas Yanawetsakul said 638 "
      "people who may have been exposed were being monitored, 247 of whom had eaten the meat. "
      "Livestock officials have vaccinated about 1,000 cattle and goats within 5 km of the "
      "village and banned the movement of animals out of the area.",
      [C("two", 2, "exact", "other", "people tested positive for anthrax",
         "the Department of Disease Control", attr_alt=["the department"]),
       C("638", 638, "exact", "other", "people monitored for exposure",
         "Disease Control Department chief Panumas Yanawetsakul"),
       C("247", 247, "exact", "other", "people who ate the meat",
         "Disease Control Department chief Panumas Yanawetsakul"),
       C("about 1,000", 1000, "about", "other", "cattle and goats vaccinated", None,
         cat_alt=["aid"], attr_alt=["Livestock officials"])]),

    P("d77_024",
      "Written by Jayprakash S Naidu | Raipur | May 22, 2025 04:10 IST\n"
      "Security forces killed 27 Maoists, among them CPI (Maoist) general secretary Nambala "
      "Keshav Rao alias Basavaraju, in a gunfight in the forests of Abujhmarh in "
      "Chhattisgarh's Narayanpur district on Wednesday, Union Home Minister Amit Shah said. One "
      "District Reserve Guard (DRG) jawan was killed and several others were injured, police "
      "said. Bastar IG P Sundarraj said the bodies of all 27 had been recovered along with 20 "
      "firearms, including AK-47 and INSAS rifles. Basavaraju, 70, carried a cumulative bounty "
      "of ₹1.5 crore. Shah said 54 Maoists had been arrested and 84 had surrendered in the "
      "region this year.",
      [C("27", 27, "exact", "killed", "Maoists killed in the gunfight",
         "Union Home Minister Amit Shah", ctx="killed 27 Maoists"),
       C("One", 1, "exact", "killed", "DRG jawan killed", "police", cat_alt=["troops"]),
       C("27", 27, "exact", "killed", "bodies recovered", "Bastar IG P Sundarraj",
         optional=True, ctx="all 27"),
       C("20", 20, "exact", "munitions", "firearms recovered", "Bastar IG P Sundarraj",
         cat_alt=["other"]),
       C("54", 54, "exact", "detained", "Maoists arrested this year",
         "Union Home Minister Amit Shah", attr_alt=["Shah"]),
       C("84", 84, "exact", "detained", "Maoists who surrendered this year",
         "Union Home Minister Amit Shah", cat_alt=["other"], attr_alt=["Shah"])],
      published="2025-05-22"),

    P("d77_025",
      "PANAMA CITY, June 22, 2025 (AFP) - Panama's government on Saturday declared a state of "
      "emergency in the banana-growing province of Bocas del Toro, suspending some "
      "constitutional rights after weeks of protests against a pension reform turned violent. "
      "Police said they had arrested 57 people after protesters looted shops and set fire to "
      "a police post and other buildings in Changuinola. Security Minister Frank Ábrego said 14 "
      "police officers had been injured, while the ombudsman's office said one protester had "
      "died in hospital. Chiquita Brands fired nearly 5,000 workers last month who had been "
      "on strike since late April, calling the walkout illegal. Internet service in the "
      "province was cut for the duration of the five-day emergency.",
      [C("57", 57, "exact", "detained", "people arrested in Bocas del Toro", "Police"),
       C("14", 14, "exact", "injured", "police officers injured",
         "Security Minister Frank Ábrego"),
       C("one", 1, "exact", "killed", "protester who died in hospital",
         "the ombudsman's office"),
       C("nearly 5,000", 5000, "about", "other", "striking banana workers fired", None,
         attr_alt=["Chiquita Brands"])],
      published="2025-06-22"),
    P("d77_026",
      "MINGORA: Rescuers recovered the bodies of three more tourists from the Swat River on "
      "Saturday, raising to 12 the number of people known to have died after a flash flood "
      "swept away members of two families from Sialkot and Mardan on Friday, officials said. "
      "At least 17 people were swept away in all, according to the PDMA, while a relative of "
      "the victims told Dawn that 18 members of his extended family had gone down to the "
      "riverbank that morning. Rescue 1122 spokesman Shafiqa Gul said four people had been "
      "rescued alive and the search for the others was continuing. A video showing the "
      "tourists stranded on a mound in the middle of the river for nearly an hour caused "
      "outrage on social media, and the provincial government suspended four officials, "
      "including the deputy commissioner.",
      [C("three", 3, "exact", "killed", "bodies of tourists recovered on Saturday",
         "officials"),
       C("12", 12, "exact", "killed", "people who died in the Swat River flood", "officials"),
       C("At least 17", 17, "at_least", "other", "people swept away by the flood", "the PDMA",
         cat_alt=["missing", "killed"]),
       C("18", 18, "exact", "other", "family members who went to the riverbank",
         "a relative of the victims"),
       C("four", 4, "exact", "other", "people rescued alive",
         "Rescue 1122 spokesman Shafiqa Gul", ctx="four people"),
       C("four", 4, "exact", "other", "officials suspended", None, optional=True,
         attr_alt=["the provincial government"], ctx="four officials")]),

    P("d77_027",
      "Ahram Online , Friday 27 Jun 2025\n"
      "Nineteen girls and the driver of their minibus were killed on Friday morning when a "
      "lorry crashed head-on into the vehicle on the Regional Ring Road in Menoufia "
      "governorate, the Health Ministry said. The girls, aged 14 to 22, were on their way to "
      "pick grapes on a farm for a daily wage of about 130 Egyptian pounds, local media "
      "reported. Three other passengers were injured and taken to Ashmoun Central Hospital. "
      "Prime Minister Mostafa Madbouly ordered compensation of 200,000 pounds for each "
      "victim's family. The Regional Ring Road has seen dozens of fatal crashes since parts of "
      "it were narrowed for repairs. Egypt recorded 5,260 road deaths in 2023, according to the "
      "state statistics agency CAPMAS.",
      [C("Nineteen", 19, "exact", "killed", "girls killed in the minibus crash",
         "the Health Ministry"),
       C("Three", 3, "exact", "injured", "passengers injured", None,
         attr_alt=["the Health Ministry", "local media"]),
       C("dozens", 12, "vague", "other", "fatal crashes on the Regional Ring Road", None),
       C("5,260", 5260, "exact", "killed", "road deaths in Egypt in 2023",
         "the state statistics agency CAPMAS")],
      published="2025-06-27"),

    P("d77_028",
      "TNN | Jun 29, 2025, 10.45 PM IST\n"
      "Three devotees were killed and around 50 injured in a stampede near the Shree Gundicha "
      "temple in Puri early on Sunday as thousands jostled to catch a glimpse of the deities on "
      "their chariots, officials said. Six of the injured were in critical condition, Puri "
      "collector Siddharth Shankar Swain said. The dead were two women and a man from Khurda "
      "district. Chief Minister Mohan Charan Majhi apologised for the lapse and suspended two "
      "senior police officers. Nearly 10,000 security personnel had been deployed for the Rath "
      "Yatra, police said earlier.",
      [C("Three", 3, "exact", "killed", "devotees in the Puri stampede", "officials"),
       C("around 50", 50, "about", "injured", "devotees in the Puri stampede", "officials"),
       C("thousands", 1000, "vague", "other", "devotees jostling near the temple", None,
         attr_alt=["officials"]),
       C("Six", 6, "exact", "injured", "injured in critical condition",
         "Puri collector Siddharth Shankar Swain"),
       C("two", 2, "exact", "killed", "women among the dead",
         "Puri collector Siddharth Shankar Swain", attr_alt=[None], ctx="two women"),
       C("two", 2, "exact", "other", "police officers suspended", None, optional=True,
         attr_alt=["Chief Minister Mohan Charan Majhi"], ctx="two senior police"),
       C("Nearly 10,000", 10000, "about", "troops", "security personnel deployed", "police",
         cat_alt=["other"])],
      published="2025-06-29"),

    P("d77_029",
      "BANGKOK/PHNOM PENH, July 26 (Reuters) - The death toll from three days of fighting "
      "along the Thailand-Cambodia border rose to 33 on Saturday, according to officials from "
      "both countries, as clashes spread to new areas of the 817-km frontier. Thailand's "
      "health ministry said 13 Thai civilians and six soldiers had been killed, while "
      "Cambodia's defence ministry said eight civilians and five soldiers had died. More than "
      "138,000 people have been evacuated from Thai border districts, the Thai interior "
      "ministry said, and Cambodia said more than 35,000 had fled their homes in three of its "
      "provinces. Thailand accused Cambodia of firing BM-21 rockets at civilian areas, while "
      "Cambodia said Thai F-16 jets had dropped bombs on its territory. Malaysian Prime "
      "Minister Anwar Ibrahim, who chairs ASEAN, has called for an immediate ceasefire.",
      [C("33", 33, "exact", "killed", "people killed in border fighting",
         "officials from both countries"),
       C("13", 13, "exact", "killed", "Thai civilians", "Thailand's health ministry"),
       C("six", 6, "exact", "killed", "Thai soldiers", "Thailand's health ministry",
         cat_alt=["troops"]),
       C("eight", 8, "exact", "killed", "Cambodian civilians", "Cambodia's defence ministry"),
       C("five", 5, "exact", "killed", "Cambodian soldiers", "Cambodia's defence ministry",
         cat_alt=["troops"]),
       C("More than 138,000", 138000, "more_than", "displaced",
         "people evacuated from Thai border districts", "the Thai interior ministry"),
       C("more than 35,000", 35000, "more_than", "displaced",
         "people who fled in Cambodia", "Cambodia"),
       C("three", 3, "exact", "other", "Cambodian provinces", "Cambodia", optional=True,
         ctx="three of its")]),

    P("d77_030",
      "MOSCOW, July 24, 2025 (AFP) - A Soviet-era passenger plane carrying 48 people crashed "
      "in Russia's far eastern Amur region on Thursday, killing everyone on board, regional "
      "officials said. The Antonov An-24, operated by the Siberia-based Angara airline, "
      "vanished from radar as it approached Tynda for a second landing attempt, Amur governor "
      "Vasily Orlov said. Rescuers found the burning fuselage on a forested hillside about 15 "
      "kilometres from the town. Orlov said there were 42 passengers, five of them children, "
      "and six crew on board. The emergencies ministry had earlier put the number of people "
      "on board at 49, including 43 passengers. The plane was built in 1976, nearly 50 years "
      "ago.",
      [C("48", 48, "exact", "other", "people on board the An-24", "regional officials",
         cat_alt=["killed"]),
       C("42", 42, "exact", "other", "passengers on board", "Amur governor Vasily Orlov",
         cat_alt=["killed"], attr_alt=["Orlov"]),
       C("five", 5, "exact", "other", "children on board", "Amur governor Vasily Orlov",
         cat_alt=["killed"], attr_alt=["Orlov"]),
       C("six", 6, "exact", "other", "crew on board", "Amur governor Vasily Orlov",
         cat_alt=["killed"], attr_alt=["Orlov"]),
       C("49", 49, "exact", "other", "people on board (earlier figure)",
         "The emergencies ministry", cat_alt=["killed"]),
       C("43", 43, "exact", "other", "passengers on board (earlier figure)",
         "The emergencies ministry", cat_alt=["killed"])],
      published="2025-07-24"),
    P("d77_031",
      "Dehradun, Jul 27 (PTI) Eight people were killed and around 30 injured in a stampede on "
      "the stairway to the Mansa Devi temple in Haridwar on Sunday morning after a rumour that "
      "a live power line had snapped spread through the crowd, officials said. Garhwal "
      "Commissioner Vinay Shankar Pandey said between 25 and 30 people had been taken to "
      "hospital, five of them with serious injuries. The hilltop shrine draws 15,000 to 20,000 "
      "pilgrims a day in the monsoon month of Shravan, according to the temple trust. Chief "
      "Minister Pushkar Singh Dhami ordered a magisterial inquiry.",
      [C("Eight", 8, "exact", "killed", "pilgrims in the Haridwar stampede", "officials"),
       C("around 30", 30, "about", "injured", "pilgrims in the Haridwar stampede", "officials"),
       C("between 25 and 30", 25, "range", "injured", "people taken to hospital",
         "Garhwal Commissioner Vinay Shankar Pandey", high=30),
       C("five", 5, "exact", "injured", "people seriously injured",
         "Garhwal Commissioner Vinay Shankar Pandey"),
       C("15,000 to 20,000", 15000, "range", "other", "pilgrims a day at the shrine",
         "the temple trust", high=20000)]),

    P("d77_032",
      "ACCRA, Aug 6 (Reuters) - Ghana's defence and environment ministers were among eight "
      "people killed when a military helicopter crashed in the Ashanti region on Wednesday, "
      "the government said, calling it a national tragedy. The Z-9 helicopter, carrying three "
      "crew members and five passengers, took off from Accra in the morning and lost radar "
      "contact shortly afterwards, the armed forces said. There were no survivors. Those "
      "killed included Defence Minister Edward Omane Boamah and Environment Minister Ibrahim "
      "Murtala Muhammed. President John Mahama declared three days of national mourning.",
      [C("eight", 8, "exact", "killed", "people killed in the helicopter crash",
         "the government"),
       C("three", 3, "exact", "other", "crew on board", "the armed forces",
         cat_alt=["killed"], ctx="three crew"),
       C("five", 5, "exact", "other", "passengers on board", "the armed forces",
         cat_alt=["killed"])]),

    P("d77_033",
      "Published November 12, 2025\n"
      "ISLAMABAD: A suicide bomber blew himself up outside the district courts in the "
      "capital's G-11 sector on Tuesday afternoon, killing 12 people and injuring 27, Interior "
      "Minister Mohsin Naqvi said. The attacker had waited outside the gate for 10 to 15 "
      "minutes before detonating his vest next to a police vehicle, Naqvi told reporters. "
      "Police said fewer than 20 of the injured were still in hospital by the evening. The "
      "bombing came a day after militants stormed a cadet college in Wana, South Waziristan. "
      "The Inter-Services Public Relations (ISPR) said troops had freed some 525 cadets, "
      "teachers and staff whom the militants had tried to hold hostage, and that all five "
      "attackers had been killed.",
      [C("12", 12, "exact", "killed", "people killed in the court bombing",
         "Interior Minister Mohsin Naqvi", ctx="killing 12"),
       C("27", 27, "exact", "injured", "people injured in the court bombing",
         "Interior Minister Mohsin Naqvi"),
       C("fewer than 20", 20, "fewer_than", "injured", "injured still in hospital", "Police"),
       C("some 525", 525, "about", "hostages", "cadets, teachers and staff freed",
         "The Inter-Services Public Relations (ISPR)", cat_alt=["other"]),
       C("five", 5, "exact", "killed", "attackers killed in Wana",
         "The Inter-Services Public Relations (ISPR)")],
      published="2025-11-12"),

    P("d77_034",
      "Greater Kashmir | Srinagar | Published on: November 15, 2025\n"
      "Nine people, most of them police personnel and forensic staff, were killed and 32 "
      "injured when explosives seized in a terror module case went off accidentally at the "
      "Nowgam police station late on Friday, Jammu and Kashmir DGP Nalin Prabhat said. The "
      "blast occurred while a forensic team was taking samples from the material, part of "
      "nearly 360 kg of explosives recovered from Faridabad in Haryana, he said, ruling out "
      "sabotage. The injured included 27 police personnel and three civilians, officials said. "
      "Doctors at SMHS hospital said 24 of the injured were being treated there. Several "
      "houses near the police station were damaged.",
      [C("Nine", 9, "exact", "killed", "people killed in the Nowgam blast",
         "Jammu and Kashmir DGP Nalin Prabhat"),
       C("32", 32, "exact", "injured", "people injured in the Nowgam blast",
         "Jammu and Kashmir DGP Nalin Prabhat"),
       C("nearly 360", 360, "about", "munitions", "kg of explosives recovered",
         "Jammu and Kashmir DGP Nalin Prabhat", optional=True, attr_alt=["he"]),
       C("27", 27, "exact", "injured", "police personnel injured", "officials"),
       C("three", 3, "exact", "injured", "civilians injured", "officials"),
       C("24", 24, "exact", "injured", "injured treated at SMHS hospital",
         "Doctors at SMHS hospital")],
      published="2025-11-15"),

    # --- 2026 ---------------------------------------------------------------------------------
    P("d77_035",
      "Sat 3 Jan 2026 17.20 GMT\n"
      "Protests over the collapse of Iran's currency spread to at least 60 towns and cities on "
      "Saturday, the seventh day of unrest that began when bazaar merchants in Tehran shut "
      "their shops, according to rights groups. The Norway-based Iran Human Rights said "
      "security forces had killed at least 10 protesters, two of them under 18, while the "
      "US-based HRANA put the number of arrests at more than 580. Iranian state media reported "
      "that a member of the Basij militia had been killed in Kuhdasht and that 13 police "
      "officers had been injured in clashes. The government, which has acknowledged "
      "\"legitimate\" economic grievances, said fewer than 100 people had been detained, all "
      "of them \"rioters\". The rial has lost about half its value against the dollar in a "
      "year.",
      [C("at least 60", 60, "at_least", "other", "towns and cities with protests",
         "rights groups", optional=True),
       C("at least 10", 10, "at_least", "killed", "protesters killed",
         "The Norway-based Iran Human Rights"),
       C("two", 2, "exact", "killed", "protesters under 18 killed",
         "The Norway-based Iran Human Rights"),
       C("more than 580", 580, "more_than", "detained", "people arrested",
         "the US-based HRANA"),
       C("13", 13, "exact", "injured", "police officers injured", "Iranian state media"),
       C("fewer than 100", 100, "fewer_than", "detained", "people detained",
         "The government")],
      published="2026-01-03"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 77)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d77_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=35)
