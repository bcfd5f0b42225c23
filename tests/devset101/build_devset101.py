"""Source of the hundred-and-first development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) of a general news mix as a
fact-checker would collect it, 1985–2025, worldwide: about a quarter each wars and armed attacks,
natural and man-made disasters, protests and crackdowns, kidnappings and hostage-takings. They
were written for this set (none copied from an article) in the styles of wire services (Reuters,
AP, AFP, EFE, Xinhua, TASS, APP, MAP), English-language national dailies of Asia, Africa, Latin
America and Europe, broadcasters, and "live" and "what we know" pages, each with its own date
furniture. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset101/build_devset101.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset101")

BRIGADE = "a spokesman for the army's 3rd Brigade"
NS_POLICE_SPOX = "a police spokesman"
COMMUNITY = "community leaders"
JOINT_COMMAND = "The armed forces' joint command"
SURVIVORS_VE = "the survivors"
SURVIVORS_VE_NAMES = "Wolmer Pinilla, 18, and José Augusto Arias"
COURT = "court officials"
OMBUDSMAN = "the human rights ombudsman's office"
XAMAN_RES = "Residents of the Aurora 8 de Octubre settlement"
IQ_POLICE = "Iraqi police in Salahuddin province"
US_SPOX = "a spokesman"
US_MIL = "The U.S. military"
AP_PHOTOS = "Photographs taken by an Associated Press cameraman at the Ishaqi hospital"
ABDULLAHI = "A local Muslim leader, Abdullahi Abdullahi"
ANYATING = "Plateau state police commissioner Greg Anyating"
TN_INTERIOR = "The interior ministry"
MEDENINE = "Health officials in Medenine"
OUESLATI = "Defence ministry spokesman Belhassen Oueslati"
KIVU_GOV = "The provincial government of South Kivu"
KILEMBWE = "Kasongo Kilembwe"
ZULUM = "Governor Babagana Zulum"
NAKHIMOV_COM = "the government commission investigating the disaster"
TTK = "officials of the state-run Turkish Hard Coal Enterprises (TTK)"
ZONG_GOV = "the Zonguldak governor's office"
SZ_AUTH = "local authorities"
ARAGON = "the Aragon regional government"
CIVIL_GUARD = "the Civil Guard"
WILAYA = "the Wilaya of Greater Casablanca"
RJ_CIVIL = "civil defense officials"
MAGDALENA = "health authorities in Magdalena"
MAG_SECRETARIAT = "the departmental health secretariat"
NS_POLICE = "North Sumatra Police"
ATMAJA = "police spokesman Sr. Comr. Tatan Dirsan Atmaja"
VICARIATE = "the Vicariate of Solidarity"
VICARIATE_LONG = "The Roman Catholic Church's human rights office"
TASS = "the official news agency TASS"
KHEDIRI = "Interior Minister El Hadi Khediri"
MST = "The Landless Rural Workers Movement (MST)"
CPT = "the Pastoral Land Commission"
MA_MINISTRY = "The ministry"
ISPR_LONG = "the Inter-Services Public Relations"
ISPR_WING = "the military's media wing"
PTM = "The Pashtun Tahaffuz Movement (PTM)"
NYT = "residents and medical staff interviewed by the New York Times"
KHUZESTAN = "Officials in Khuzestan province"
OSPINA = "Cali's mayor, Jorge Iván Ospina"
CO_MOD = "The Defence Ministry"
FLEURY = "state security secretary Luiz Antonio Fleury Filho"
OUK = "Kampot deputy governor Ouk Sam Ol"
SANAN = "Interior Minister Sanan Kachornprasart"
SADIQ = "Foreign Office spokesman Mohammad Sadiq"
GE_MIA = "the Interior Ministry"
KHIZANISHVILI = "Deputy Interior Minister Shota Khizanishvili"
NKRUMAH = "the Minister of Information, Kojo Oppong Nkrumah"

PASSAGES = [
    # --- Wars and armed attacks ----------------------------------------------------------------
    P("d101_001",
      "BOGOTA, Colombia (AP) — Forensic teams working in the mountains above Tacueyó, in "
      "southwestern Cauca province, have now exhumed 126 bodies from a string of shallow graves, "
      "a spokesman for the army's 3rd Brigade said Friday. The dead are believed to be members "
      "of the Ricardo Franco Front, a breakaway guerrilla faction whose leaders accused them of "
      "spying for the army and had them executed over several weeks. Two survivors who escaped "
      "the camp told investigators that as many as 200 fighters may have been killed, the "
      "spokesman said. Regional officials said some 40 families from nearby hamlets had fled to "
      "Toribío since the graves were discovered. The faction's commanders, José Fedor Rey and "
      "Hernando Pizarro Leongómez, had called the killings a purge of \"infiltrators\" in a "
      "communique sent to a Cali radio station. Colombia's largest rebel group, the FARC, "
      "expelled the front in 1984 and has denied any link to the killings.",
      [C("126", 126, "exact", "killed", "bodies exhumed at Tacueyó", BRIGADE),
       C("Two", 2, "exact", "other", "survivors who escaped the camp", BRIGADE,
         optional=True, attr_alt=["the spokesman", None], ctx="Two survivors"),
       C("as many as 200", 200, "at_most", "killed", "fighters of the Ricardo Franco Front",
         "Two survivors who escaped the camp", attr_alt=["the spokesman", BRIGADE]),
       C("some 40", 40, "about", "displaced", "families who fled to Toribío",
         "Regional officials")]),

    P("d101_002",
      "ISTANBUL, Sept 6, 1986 (Reuters) - Two gunmen burst into Istanbul's main synagogue during "
      "the Sabbath service on Saturday and opened fire with submachine guns and hand grenades, "
      "killing 21 worshippers, police said. Four other people were wounded, two of them "
      "seriously, and were taken to a hospital in the Beyoğlu district, a police spokesman said. "
      "The attackers died when they set off grenades inside the Neve Shalom synagogue, according "
      "to the governor's office. Fewer than 30 people had been at prayer in the building, which "
      "can hold 400, community leaders said. No group immediately claimed responsibility. "
      "Turkey's Jewish community numbers about 20,000, most of them in Istanbul.",
      [C("Two", 2, "exact", "troops", "gunmen", "police", cat_alt=["other"], ctx="Two gunmen"),
       C("21", 21, "exact", "killed", "worshippers", "police"),
       C("Four", 4, "exact", "injured", "people wounded", NS_POLICE_SPOX),
       C("two", 2, "exact", "injured", "people seriously wounded", NS_POLICE_SPOX,
         ctx="two of them seriously"),
       C("Fewer than 30", 30, "fewer_than", "other", "people at prayer in the synagogue",
         COMMUNITY),
       C("400", 400, "exact", "other", "capacity of the synagogue", COMMUNITY, optional=True),
       C("about 20,000", 20000, "about", "population", "Turkey's Jewish community")],
      published="1986-09-06"),

    P("d101_003",
      "The Daily Journal\n"
      "Thursday, November 3, 1988\n"
      "CARACAS — Two fishermen who survived an army ambush on the Arauca River last weekend "
      "have contradicted the military's account of the shooting, in which 14 men died. The "
      "armed forces' joint command had said its Specific Command José Antonio Páez killed 14 "
      "Colombian guerrillas who opened fire first near the hamlet of El Amparo, in Apure state. "
      "But the survivors, Wolmer Pinilla, 18, and José Augusto Arias, who escaped by swimming "
      "across a channel and later gave themselves up to police in Elorza, said the group of 16 "
      "had set out from El Amparo to fish and cook a sancocho, and that none of them was armed. "
      "Relatives have identified at least nine of the dead as residents of the town. About 300 "
      "people marched through El Amparo on Wednesday to demand that the bodies be returned, the "
      "town priest said. Congress has named a commission of five deputies to investigate.",
      [C("Two", 2, "exact", "other", "fishermen who survived", None, optional=True,
         ctx="Two fishermen"),
       C("14", 14, "exact", "killed", "men in the ambush", None, ctx="which 14 men died"),
       C("14", 14, "exact", "killed", "alleged Colombian guerrillas", JOINT_COMMAND,
         ctx="killed 14 Colombian"),
       C("16", 16, "exact", "other", "fishermen in the group", SURVIVORS_VE,
         attr_alt=[SURVIVORS_VE_NAMES]),
       C("at least nine", 9, "at_least", "killed", "dead identified as residents", "Relatives",
         cat_alt=["other"]),
       C("About 300", 300, "about", "other", "marchers in El Amparo", "the town priest"),
       C("five", 5, "exact", "other", "deputies on the commission", None, optional=True)],
      published="1988-11-03"),

    P("d101_004",
      "GONAIVES, Haiti, Nov 10, 2000 (Reuters) - A jury in this northern port city on Friday "
      "convicted 16 former soldiers and paramilitaries over the 1994 Raboteau massacre, in which "
      "troops loyal to Haiti's military regime raided a seaside slum and shot residents as they "
      "fled toward the water. Twenty-two other defendants were acquitted, court officials said. "
      "Prosecutors say at least 15 people were killed in the raid of April 22, 1994, though "
      "human rights groups have put the toll at as many as 26 because several bodies were "
      "carried off by the tide. Dozens more were beaten or arrested, and hundreds of fishermen "
      "and their families fled to the hills or to Port-au-Prince. The court also sentenced 37 "
      "people tried in absentia, among them former junta leader Raoul Cédras, to life in prison "
      "with hard labour.",
      [C("16", 16, "exact", "detained", "former soldiers and paramilitaries convicted", None,
         attr_alt=[COURT]),
       C("Twenty-two", 22, "exact", "detained", "defendants acquitted", COURT),
       C("at least 15", 15, "at_least", "killed", "people in the Raboteau raid", "Prosecutors"),
       C("as many as 26", 26, "at_most", "killed", "people in the Raboteau raid",
         "human rights groups"),
       C("Dozens", 12, "vague", "injured", "people beaten or arrested", None,
         cat_alt=["detained"], attr_alt=["Prosecutors", "human rights groups"]),
       C("hundreds", 100, "vague", "displaced", "fishermen and families who fled", None,
         attr_alt=["Prosecutors", "human rights groups"]),
       C("37", 37, "exact", "detained", "people sentenced in absentia", None,
         cat_alt=["other"])],
      published="2000-11-10"),

    P("d101_005",
      "GUATEMALA CITY, Oct 6 (AFP) - Guatemala's defence minister, General Mario Enríquez, "
      "resigned on Friday, a day after an army patrol opened fire on a community of returned "
      "refugees in the northern province of Alta Verapaz, killing 11 people. Two of the dead "
      "were children, the human rights ombudsman's office said, and at least 27 people were "
      "wounded. Residents of the Aurora 8 de Octubre settlement, on the Xamán farm, said a "
      "patrol of 25 soldiers entered the village unannounced and fired into a crowd that had "
      "surrounded it. The army said in a statement that its troops had acted in self-defence "
      "after being attacked with sticks and machetes. The settlement was founded a year ago by "
      "some 200 families who returned from exile in Mexico under UN-backed accords.",
      [C("11", 11, "exact", "killed", "returned refugees", None, attr_alt=[OMBUDSMAN]),
       C("Two", 2, "exact", "killed", "children", OMBUDSMAN),
       C("at least 27", 27, "at_least", "injured", "people wounded", OMBUDSMAN,
         attr_alt=[None]),
       C("25", 25, "exact", "troops", "soldiers in the patrol", XAMAN_RES),
       C("some 200", 200, "about", "displaced", "families returned from exile", None,
         cat_alt=["population"])]),

    P("d101_006",
      "Posted on Sun, Mar. 19, 2006\n"
      "BAGHDAD, Iraq — Iraqi police in Salahuddin province have accused American troops of "
      "executing 11 people, among them five children and four women, during a raid on a "
      "farmhouse near the town of Ishaqi last Wednesday. A police report obtained by Knight "
      "Ridder says U.S. forces herded the family into a single room before shooting them, then "
      "blew up the house. The U.S. military has given a different account: a spokesman said "
      "troops came under fire as they approached the house to capture an al-Qaida suspect and "
      "that four people died — the suspect, two women and a child — when the building "
      "collapsed under fire. One man was detained, the military said. Photographs taken by an "
      "Associated Press cameraman at the Ishaqi hospital show at least five children's bodies "
      "wrapped in blankets.",
      [C("11", 11, "exact", "killed", "people in the Ishaqi raid", IQ_POLICE),
       C("five", 5, "exact", "killed", "children", IQ_POLICE, ctx="five children and"),
       C("four", 4, "exact", "killed", "women", IQ_POLICE, ctx="four women"),
       C("four", 4, "exact", "killed", "people in the house", US_SPOX, attr_alt=[US_MIL],
         ctx="four people died"),
       C("two", 2, "exact", "killed", "women", US_SPOX, attr_alt=[US_MIL], ctx="two women"),
       C("One", 1, "exact", "detained", "man detained", "the military", attr_alt=[US_MIL]),
       C("at least five", 5, "at_least", "killed", "children's bodies", AP_PHOTOS,
         attr_alt=["an Associated Press cameraman"])],
      published="2006-03-19"),

    P("d101_007",
      "JOS, Nigeria, Jan 21 (Reuters) - Rescue workers pulled dozens of bodies from wells and "
      "sewage pits in the village of Kuru Karama, south of the central Nigerian city of Jos, on "
      "Thursday, two days after it was overrun by armed youths. A local Muslim leader, Abdullahi "
      "Abdullahi, told Reuters that 150 bodies had been recovered so far and that many more were "
      "missing. Police have not given a toll for the village, but Plateau state police "
      "commissioner Greg Anyating said on Wednesday 326 people had died in four days of clashes "
      "in and around Jos. The Red Cross said more than 5,000 people had fled their homes and "
      "were sheltering in army barracks and mosques. Soldiers have imposed a 24-hour curfew, "
      "and the army said it had arrested 313 suspects.",
      [C("dozens", 12, "vague", "killed", "bodies pulled from wells", None,
         attr_alt=[ABDULLAHI]),
       C("150", 150, "exact", "killed", "bodies recovered in Kuru Karama", ABDULLAHI),
       C("326", 326, "exact", "killed", "people in clashes around Jos", ANYATING),
       C("more than 5,000", 5000, "more_than", "displaced", "people who fled their homes",
         "The Red Cross"),
       C("313", 313, "exact", "detained", "suspects arrested", "the army")]),

    P("d101_008",
      "Tunisia: gunmen attack Ben Gardane – live updates\n"
      "Monday 7 March 2016\n"
      "11.40 GMT: The interior ministry now says 21 attackers have been killed and six captured "
      "alive after the coordinated assaults on an army barracks and two security posts in Ben "
      "Gardane, near the Libyan border.\n"
      "12.15 GMT: Health officials in Medenine say the bodies of seven civilians, including a "
      "12-year-old girl, have been brought to the regional hospital. At least 17 people are "
      "being treated there for gunshot wounds.\n"
      "12.52 GMT: Defence ministry spokesman Belhassen Oueslati tells state television that 10 "
      "members of the security forces were killed: an army officer, a customs officer and eight "
      "members of the National Guard and police.\n"
      "13.30 GMT: Security forces have also seized 30 Kalashnikov rifles and a number of rocket "
      "launchers from an arms cache in the town, the interior ministry says. Prime Minister "
      "Habib Essid has ordered the Ras Jedir crossing closed and a night curfew in Ben Gardane, "
      "a town of about 60,000 people.",
      [C("21", 21, "exact", "killed", "attackers", TN_INTERIOR),
       C("six", 6, "exact", "detained", "attackers captured alive", TN_INTERIOR),
       C("two", 2, "exact", "infrastructure", "security posts attacked", TN_INTERIOR,
         optional=True, cat_alt=["other"]),
       C("seven", 7, "exact", "killed", "civilians", MEDENINE),
       C("At least 17", 17, "at_least", "injured", "people treated for gunshot wounds",
         MEDENINE, attr_alt=[None]),
       C("10", 10, "exact", "killed", "members of the security forces", OUESLATI),
       C("eight", 8, "exact", "killed", "members of the National Guard and police", OUESLATI),
       C("30", 30, "exact", "munitions", "Kalashnikov rifles seized", "the interior ministry",
         cat_alt=["other"]),
       C("about 60,000", 60000, "about", "population", "people in Ben Gardane")],
      published="2016-03-07"),

    P("d101_009",
      "DR Congo: Dispute over toll after militia attack in South Kivu\n"
      "Published On 23 Jul 2020\n"
      "Local leaders in the highlands of eastern Democratic Republic of the Congo say more than "
      "220 civilians were killed last week when fighters from a Banyamulenge militia attacked "
      "the village of Kipupu and surrounding hamlets. The provincial government of South Kivu "
      "has disputed that figure, saying it had confirmed 15 deaths. \"We counted the bodies "
      "ourselves, family by family, and 30 more people are still missing,\" said Kasongo "
      "Kilembwe, a civil society leader in Mwenga territory. \"The government is trying to make "
      "this small.\" The UN peacekeeping mission, MONUSCO, said its team had not been able to "
      "reach the area but that it had received reports of at least 12 villages burned and "
      "thousands of people displaced towards Mikenge.",
      [C("more than 220", 220, "more_than", "killed", "civilians in Kipupu", "Local leaders"),
       C("15", 15, "exact", "killed", "deaths confirmed", KIVU_GOV),
       C("30", 30, "exact", "missing", "people still missing", KILEMBWE),
       C("at least 12", 12, "at_least", "infrastructure", "villages burned", "MONUSCO",
         cat_alt=["other"], attr_alt=["The UN peacekeeping mission"]),
       C("thousands", 1000, "vague", "displaced", "people displaced towards Mikenge",
         "MONUSCO", attr_alt=["The UN peacekeeping mission"])],
      published="2020-07-23"),

    P("d101_010",
      "Borno: Zulum visits Darul Jamal as death toll from Boko Haram attack rises to 63\n"
      "By Premium Times\n"
      "September 6, 2025\n"
      "The death toll from Friday night's attack by Boko Haram insurgents on Darul Jamal, a "
      "resettled community in Bama Local Government Area of Borno State, has risen to 63, "
      "Governor Babagana Zulum said on Saturday. Five of the dead were soldiers, the governor "
      "said while addressing residents, adding that the others were civilians who had returned "
      "to the community only three months earlier. Residents said the attackers, who arrived "
      "on motorcycles shortly after dusk, set fire to scores of houses and several vehicles. Mr "
      "Zulum said about 300 households had been resettled in the community, and he announced "
      "the distribution of 2,000 bags of rice to the affected families. An army spokesperson, "
      "who asked not to be named, said troops had repelled the insurgents and killed \"a number "
      "of them\".",
      [C("63", 63, "exact", "killed", "people in Darul Jamal (headline)", None,
         ctx="rises to 63\n"),
       C("63", 63, "exact", "killed", "people in Darul Jamal", ZULUM,
         ctx="has risen to 63"),
       C("Five", 5, "exact", "killed", "soldiers", "the governor", attr_alt=[ZULUM]),
       C("scores", 20, "vague", "infrastructure", "houses set on fire", "Residents",
         cat_alt=["other"]),
       C("about 300", 300, "about", "displaced", "households resettled", "Mr Zulum",
         cat_alt=["population"], attr_alt=[ZULUM]),
       C("2,000", 2000, "exact", "aid", "bags of rice", "Mr Zulum", attr_alt=[ZULUM, None])],
      published="2025-09-06"),

    # --- Disasters and accidents ---------------------------------------------------------------
    P("d101_011",
      "MOSCOW, September 2 (TASS) -- The passenger ship Admiral Nakhimov sank in Tsemes Bay near "
      "Novorossiysk late on August 31 after colliding with the bulk carrier Pyotr Vasev, the "
      "government commission investigating the disaster reported. There were 1,234 people "
      "aboard the liner, including 888 passengers and 346 crew members. By this morning, 836 "
      "people had been rescued and 79 bodies recovered, the commission said. Search operations "
      "involving divers, naval vessels and helicopters are continuing. The captains of both "
      "ships have been detained.",
      [C("1,234", 1234, "exact", "other", "people aboard the Admiral Nakhimov", NAKHIMOV_COM,
         attr_alt=[None]),
       C("888", 888, "exact", "other", "passengers", NAKHIMOV_COM, attr_alt=[None]),
       C("346", 346, "exact", "other", "crew members", NAKHIMOV_COM, attr_alt=[None]),
       C("836", 836, "exact", "other", "people rescued", "the commission",
         attr_alt=[NAKHIMOV_COM]),
       C("79", 79, "exact", "killed", "bodies recovered", "the commission",
         attr_alt=[NAKHIMOV_COM])]),

    P("d101_012",
      "Thursday, March 5, 1992\n"
      "ZONGULDAK - Rescue teams on Wednesday brought up the bodies of 37 more miners from the "
      "Kozlu coal pit, bringing the number of confirmed dead in Tuesday's firedamp explosion to "
      "190, officials of the state-run Turkish Hard Coal Enterprises (TTK) said. Some 70 miners "
      "are still trapped more than 500 meters underground, where fires continue to burn, and "
      "officials said there was little hope of finding them alive. Of the 477 workers who were "
      "on the shift, 118 were brought out alive, according to the Zonguldak governor's office. "
      "Energy Minister Ersin Faralyalı said the blast was the worst in the history of Turkish "
      "mining. Hundreds of relatives waited outside the pithead through the night in freezing "
      "rain.",
      [C("37", 37, "exact", "killed", "miners' bodies brought up", TTK),
       C("190", 190, "exact", "killed", "confirmed dead", TTK),
       C("Some 70", 70, "about", "other", "miners still trapped", TTK,
         cat_alt=["missing"], attr_alt=["officials", None]),
       C("477", 477, "exact", "other", "workers on the shift", ZONG_GOV),
       C("118", 118, "exact", "other", "workers brought out alive", ZONG_GOV),
       C("Hundreds", 100, "vague", "other", "relatives waiting at the pithead", None,
         optional=True)],
      published="1992-03-05"),

    P("d101_013",
      "SHENZHEN, Nov. 20 (Xinhua) -- Eighty-one workers were killed and 42 others injured when a "
      "fire swept through a toy factory in Kuiyong town in Shenzhen's Bao'an district on Friday "
      "afternoon, local authorities said. Most of the victims were young women from inland "
      "provinces who worked and lived in the three-storey building, which was owned by a Hong "
      "Kong-invested company, Zhili Handicrafts. More than 20 of the injured were in critical "
      "condition on Saturday, a doctor at the Shenzhen People's Hospital said. Firefighters said "
      "windows on the upper floors had been sealed with iron bars and that only one of the "
      "staircases was open. The factory employed about 470 workers, according to the district "
      "labour bureau. Police have detained the factory's manager.",
      [C("Eighty-one", 81, "exact", "killed", "workers", SZ_AUTH),
       C("42", 42, "exact", "injured", "workers", SZ_AUTH),
       C("More than 20", 20, "more_than", "injured", "injured in critical condition",
         "a doctor at the Shenzhen People's Hospital"),
       C("about 470", 470, "about", "population", "workers employed at the factory",
         "the district labour bureau", cat_alt=["other"])]),

    P("d101_014",
      "BIESCAS, Spain, Aug 8 (EFE) - Rescuers searching the banks of the Gállego river recovered "
      "12 more bodies on Thursday, raising to 71 the number of people killed when a torrent of "
      "water, mud and boulders swept through the Las Nieves campsite near this Pyrenean town, "
      "the Aragon regional government said. Officials said 13 people were still unaccounted "
      "for, most of them children. About 700 campers were staying at the site when a sudden "
      "storm burst over the Arás ravine on Wednesday evening, according to the Civil Guard. "
      "More than 180 were treated for injuries, it said. Some 600 soldiers, Civil Guards and "
      "volunteers are taking part in the search, which has reached the Búbal reservoir, 15 "
      "kilometres downstream.",
      [C("12", 12, "exact", "killed", "bodies recovered on Thursday", ARAGON),
       C("71", 71, "exact", "killed", "people at the Las Nieves campsite", ARAGON),
       C("13", 13, "exact", "missing", "people unaccounted for", "Officials",
         attr_alt=[ARAGON]),
       C("About 700", 700, "about", "other", "campers at the site", CIVIL_GUARD),
       C("More than 180", 180, "more_than", "injured", "people treated for injuries",
         CIVIL_GUARD, attr_alt=["it"]),
       C("Some 600", 600, "about", "troops", "soldiers, Civil Guards and volunteers searching",
         None, cat_alt=["other"])]),

    P("d101_015",
      "Casablanca, 27/04/2008 (MAP) - The toll from the fire that ravaged a mattress factory in "
      "the Lissasfa industrial district on Saturday has risen to 55 dead, the Wilaya of Greater "
      "Casablanca said in a statement on Sunday. Seventeen people were injured, among them three "
      "firefighters, and are being treated at the Ibn Rochd university hospital, the statement "
      "said. Civil protection units brought the blaze under control after more than ten hours, "
      "using 40 fire engines. Survivors said about 150 workers had been inside when the fire "
      "broke out, most of them trapped on the upper floors because the main doors were locked. "
      "The Public Prosecutor's Office has ordered an investigation, and the factory's owner and "
      "his son have been taken into custody.",
      [C("55", 55, "exact", "killed", "people in the Rosamor factory fire", WILAYA),
       C("Seventeen", 17, "exact", "injured", "people", "the statement", attr_alt=[WILAYA]),
       C("three", 3, "exact", "injured", "firefighters", "the statement", attr_alt=[WILAYA]),
       C("40", 40, "exact", "other", "fire engines", None, optional=True),
       C("about 150", 150, "about", "other", "workers inside the factory", "Survivors")],
      published="2008-04-27"),

    P("d101_016",
      "Wednesday , March 24 , 2010\n"
      "Calcutta, March 23: At least 24 people died and more than 30 were injured after a fire "
      "broke out on the top floors of Stephen Court, the century-old building on Park Street, "
      "this afternoon. Police said the toll could rise as firefighters were yet to search the "
      "sixth floor fully. At least nine people fell or jumped to their deaths from the windows, "
      "a senior officer at the spot said. Twenty-five fire tenders and four hydraulic ladders "
      "were pressed into service, and the fire was brought under control nearly six hours "
      "later. Around 200 people live or work in the building's flats and offices, residents "
      "said. Fire minister Pratim Chatterjee said \"at least 30 people\" had been rescued from "
      "the roof.",
      [C("At least 24", 24, "at_least", "killed", "people in the Stephen Court fire", None,
         attr_alt=["Police"]),
       C("more than 30", 30, "more_than", "injured", "people injured", None,
         attr_alt=["Police"]),
       C("At least nine", 9, "at_least", "killed", "people who fell or jumped",
         "a senior officer at the spot"),
       C("Twenty-five", 25, "exact", "other", "fire tenders", None, optional=True),
       C("four", 4, "exact", "other", "hydraulic ladders", None, optional=True),
       C("Around 200", 200, "about", "population", "people living or working in the building",
         "residents", cat_alt=["other"]),
       C("at least 30", 30, "at_least", "other", "people rescued from the roof",
         "Fire minister Pratim Chatterjee")],
      published="2010-03-24"),

    P("d101_017",
      "RIO DE JANEIRO, Jan 2 (Reuters) - Rescuers dug through mud with their hands and shovels "
      "on Saturday searching for survivors of New Year's Day landslides that killed at least 41 "
      "people in Angra dos Reis, a resort town on Rio de Janeiro state's southern coast, civil "
      "defense officials said. At the Enseada do Bananal beach on Ilha Grande, a hillside "
      "collapsed onto a pousada and several houses, killing at least 19 people, among them "
      "guests who had come to celebrate the new year. The pousada's owner told TV Globo that 30 "
      "guests had been staying there. Another 22 people died in the Morro da Carioca hillside "
      "slum in the town center, officials said. Some 4,000 people have been left homeless across "
      "the state by the rains, according to Rio's state government. President Luiz Inacio Lula "
      "da Silva flew over the area by helicopter, and the Defense Ministry said it had flown in "
      "12 tonnes of food and water.",
      [C("at least 41", 41, "at_least", "killed", "people in Angra dos Reis", RJ_CIVIL),
       C("at least 19", 19, "at_least", "killed", "people at Enseada do Bananal", RJ_CIVIL,
         attr_alt=[None]),
       C("30", 30, "exact", "other", "guests staying at the pousada", "The pousada's owner"),
       C("22", 22, "exact", "killed", "people in Morro da Carioca", "officials",
         attr_alt=[RJ_CIVIL]),
       C("Some 4,000", 4000, "about", "displaced", "people left homeless",
         "Rio's state government"),
       C("12", 12, "exact", "aid", "tonnes of food and water", "the Defense Ministry")]),

    P("d101_018",
      "Colombia Reports\n"
      "May 19, 2014\n"
      "The number of children killed when a bus caught fire in the northern town of Fundación "
      "rose to 32 on Monday after a six-year-old girl died of her burns in a Barranquilla "
      "hospital, health authorities in Magdalena said. The bus was carrying 52 passengers, most "
      "of them children returning from a service at an evangelical church, when it burst into "
      "flames on Sunday as the driver tried to refill its tank with contraband gasoline, "
      "prosecutors said. Another 24 children are being treated for burns in hospitals in "
      "Barranquilla, Santa Marta and Bogotá, eight of them in intensive care, the departmental "
      "health secretariat said. The driver, Jaime Gutiérrez, fled the scene and was arrested on "
      "Monday; the Attorney General's Office said he faces 33 counts of homicide. President Juan "
      "Manuel Santos declared three days of national mourning.",
      [C("32", 32, "exact", "killed", "children in the Fundación bus fire", MAGDALENA),
       C("52", 52, "exact", "other", "passengers on the bus", "prosecutors"),
       C("24", 24, "exact", "injured", "children treated for burns", MAG_SECRETARIAT),
       C("eight", 8, "exact", "injured", "children in intensive care", MAG_SECRETARIAT),
       C("33", 33, "exact", "other", "counts of homicide", "the Attorney General's Office",
         optional=True)],
      published="2014-05-19"),

    P("d101_019",
      "Match factory fire kills 30 in North Sumatra\n"
      "Apriadi Gunawan\n"
      "The Jakarta Post\n"
      "Medan / Sat, June 22, 2019 / 10:05 am\n"
      "Thirty people, including three children, were killed when a fire tore through a "
      "home-based matchstick factory in Sambirejo village, Binjai district, Langkat regency, on "
      "Friday, North Sumatra Police said. Only four workers managed to escape, police spokesman "
      "Sr. Comr. Tatan Dirsan Atmaja said, adding that the building had a single exit at the "
      "front. The children had been brought to work by their mothers because school was out, "
      "villagers said. The factory had been operating without a permit for about a year, "
      "according to the Langkat administration, which said it employed around 35 people, most "
      "of them women from the village. Police have named the owner as a suspect.",
      [C("30", 30, "exact", "killed", "people in the match factory fire (headline)", None),
       C("Thirty", 30, "exact", "killed", "people in the match factory fire", NS_POLICE),
       C("three", 3, "exact", "killed", "children", NS_POLICE),
       C("four", 4, "exact", "other", "workers who escaped", ATMAJA),
       C("around 35", 35, "about", "population", "people employed at the factory",
         "the Langkat administration", cat_alt=["other"])],
      published="2019-06-22"),

    P("d101_020",
      "Tangier Flood: 28 Workers Die in Underground Textile Workshop\n"
      "Morocco World News\n"
      "Feb 8, 2021\n"
      "Rabat – Twenty-eight people died on Monday morning when rainwater flooded a clandestine "
      "textile workshop in the basement of a residential villa in Tangier's Al Inas "
      "neighborhood, local authorities said. Rescuers from the Civil Protection pulled 10 people "
      "out alive and took them to the Mohammed V regional hospital, the authorities said in a "
      "statement carried by the state news agency MAP. Heavy rains had fallen on the city since "
      "dawn, and water rose in the basement within minutes, trapping workers at their machines. "
      "Some 40 people were at work in the basement when the water came in, a witness told the "
      "channel 2M. Most of the victims were women, according to a relative of one of the "
      "workers.",
      [C("28", 28, "exact", "killed", "workers in the Tangier workshop (headline)", None),
       C("Twenty-eight", 28, "exact", "killed", "people in the Tangier workshop",
         "local authorities"),
       C("10", 10, "exact", "other", "people pulled out alive", "the authorities",
         attr_alt=["local authorities"]),
       C("Some 40", 40, "about", "other", "people at work in the basement", "a witness")],
      published="2021-02-08"),

    # --- Protests and crackdowns ---------------------------------------------------------------
    P("d101_021",
      "SANTIAGO, Chile (AP) — The bodies of three Communist Party members who were abducted by "
      "armed men in plainclothes were found with their throats cut on a roadside near "
      "Santiago's airport on Saturday, police said. Two of the men, teacher Manuel Guerrero and "
      "sociologist José Manuel Parada, were seized on Friday morning outside a school where "
      "Guerrero taught, in front of parents and pupils; a teachers' union official who tried to "
      "intervene was shot and wounded. The third, graphic artist Santiago Nattino, had been "
      "taken from a street in the capital on Thursday. The Roman Catholic Church's human rights "
      "office, the Vicariate of Solidarity, said about 1,000 people had marched to the cathedral "
      "in protest on Sunday and that police had detained at least 40 of them. The government of "
      "Gen. Augusto Pinochet has denied any involvement.",
      [C("three", 3, "exact", "killed", "Communist Party members", "police",
         cat_alt=["hostages"]),
       C("Two", 2, "exact", "killed", "men seized outside a school", "police",
         cat_alt=["hostages"], attr_alt=[None]),
       C("about 1,000", 1000, "about", "other", "marchers to the cathedral", VICARIATE,
         attr_alt=[VICARIATE_LONG]),
       C("at least 40", 40, "at_least", "detained", "marchers detained", VICARIATE,
         attr_alt=[VICARIATE_LONG])]),

    P("d101_022",
      "MOSCOW, Dec 19 (Reuters) - Two people were killed and about 200 injured in rioting in the "
      "Kazakh capital Alma-Ata after the replacement of the republic's veteran Communist Party "
      "chief, the official news agency TASS said on Friday. TASS said a militiaman and a "
      "civilian had died when \"hooligan elements\" incited by nationalists set cars on fire and "
      "attacked police on Brezhnev Square on Wednesday and Thursday. Western diplomats in "
      "Moscow, quoting travellers from Alma-Ata, said the crowds numbered in the thousands and "
      "included many students. Unofficial accounts reaching Moscow spoke of dozens of deaths, "
      "but these could not be verified. Dinmukhamed Kunayev, 74, was replaced on Tuesday by "
      "Gennady Kolbin, an ethnic Russian who had never worked in Kazakhstan.",
      [C("Two", 2, "exact", "killed", "people in Alma-Ata rioting", TASS, attr_alt=["TASS"]),
       C("about 200", 200, "about", "injured", "people in Alma-Ata rioting", TASS,
         attr_alt=["TASS"]),
       C("thousands", 1000, "vague", "other", "crowds in Alma-Ata", "travellers from Alma-Ata",
         attr_alt=["Western diplomats in Moscow"]),
       C("dozens", 12, "vague", "killed", "deaths in Alma-Ata",
         "Unofficial accounts reaching Moscow")]),

    P("d101_023",
      "Oct. 12, 1988\n"
      "ALGIERS, Algeria (AP) — Algeria's government said Wednesday that 159 people were killed "
      "during six days of rioting that swept Algiers and other cities last week, but hospital "
      "workers and opposition groups said the true toll was more than 500. Interior Minister El "
      "Hadi Khediri told the National People's Assembly that 154 members of the security forces "
      "had been injured and that 3,743 people had been arrested, most of them young men. A state "
      "of siege imposed on Oct. 6 was lifted at midnight, and army tanks began withdrawing from "
      "the capital's streets. Witnesses said soldiers had fired on a crowd of about 10,000 "
      "demonstrators in Bab el-Oued on Oct. 10, killing dozens. President Chadli Bendjedid has "
      "promised a referendum on constitutional reform next month.",
      [C("159", 159, "exact", "killed", "people in the October riots", "Algeria's government"),
       C("more than 500", 500, "more_than", "killed", "people in the October riots",
         "hospital workers and opposition groups"),
       C("154", 154, "exact", "injured", "members of the security forces", KHEDIRI),
       C("3,743", 3743, "exact", "detained", "people arrested", KHEDIRI),
       C("about 10,000", 10000, "about", "other", "demonstrators in Bab el-Oued", "Witnesses"),
       C("dozens", 12, "vague", "killed", "demonstrators in Bab el-Oued", "Witnesses")],
      published="1988-10-12"),

    P("d101_024",
      "BRASILIA, Aug 10 (Reuters) - At least 11 people, including two police officers, were "
      "killed when military police stormed a camp of landless peasants on a cattle ranch in the "
      "Amazon state of Rondônia before dawn on Wednesday, state officials said. The peasants, "
      "who had occupied the Santa Elina ranch near the town of Corumbiara since mid-July, were "
      "armed with shotguns and machetes, police said. Some 355 people were detained and taken "
      "to a football field in Corumbiara, where witnesses said they were beaten and forced to "
      "lie face down for hours. The Landless Rural Workers Movement (MST) said at least nine "
      "squatters had died and that several others were missing, and put the number of families "
      "in the camp at about 600. Justice Minister Nelson Jobim ordered federal police to "
      "investigate.",
      [C("At least 11", 11, "at_least", "killed", "people at Santa Elina ranch",
         "state officials"),
       C("two", 2, "exact", "killed", "police officers", "state officials"),
       C("Some 355", 355, "about", "detained", "people detained", None,
         attr_alt=["witnesses"]),
       C("at least nine", 9, "at_least", "killed", "squatters", MST),
       C("about 600", 600, "about", "population", "families in the camp", MST,
         cat_alt=["other", "displaced"])]),

    P("d101_025",
      "Saturday, 28 October, 2000, 14:02 GMT\n"
      "Ivory Coast mass grave found\n"
      "The bodies of 57 young men have been found dumped in a forest on the edge of Abidjan, in "
      "the district of Yopougon, after two days of violent clashes between security forces and "
      "supporters of opposition leader Alassane Ouattara. Human rights groups say many of the "
      "victims had bullet wounds and their hands tied, and accuse the gendarmerie of carrying "
      "out summary executions. Two men who survived by pretending to be dead told reporters "
      "they had been taken from the Abobo gendarmerie camp in a truck with about 60 others. The "
      "government of new President Laurent Gbagbo has promised an inquiry. The Red Cross says "
      "more than 150 people have been killed across the city since Tuesday, when the military "
      "leader General Robert Guei fled after trying to claim victory in Sunday's election.",
      [C("57", 57, "exact", "killed", "bodies found in Yopougon", None),
       C("Two", 2, "exact", "other", "men who survived", None, optional=True,
         ctx="Two men who survived"),
       C("about 60", 60, "about", "detained", "people taken from the gendarmerie camp",
         "Two men who survived by pretending to be dead", cat_alt=["hostages"]),
       C("more than 150", 150, "more_than", "killed", "people across Abidjan",
         "The Red Cross")],
      published="2000-10-28"),

    P("d101_026",
      "BELEM, Brazil (AP) — Police in the Amazon state of Pará killed 10 landless farmworkers on "
      "Wednesday during an operation to serve arrest warrants at a disputed ranch, in one of the "
      "deadliest rural land conflicts in Brazil in two decades. The state security department "
      "said officers were met with gunfire at the Santa Lúcia ranch near Pau D'Arco and "
      "returned fire, and that no police were injured. Nine men and one woman died, according "
      "to the Pastoral Land Commission, a Catholic group that tracks rural violence, which said "
      "survivors described the killings as executions. The commission says 36 people were "
      "killed in land conflicts in Brazil in the first five months of this year. Twenty-nine "
      "officers took part in the operation, the state government said.",
      [C("10", 10, "exact", "killed", "landless farmworkers", None, attr_alt=[CPT]),
       C("Nine", 9, "exact", "killed", "men", CPT),
       C("one", 1, "exact", "killed", "woman", CPT, ctx="one woman"),
       C("36", 36, "exact", "killed", "people in land conflicts this year", "The commission",
         attr_alt=[CPT]),
       C("Twenty-nine", 29, "exact", "troops", "officers in the operation",
         "the state government")]),

    P("d101_027",
      "Jerada: clashes leave dozens injured as authorities ban protests\n"
      "Wednesday 14 March 2018 - 22:40\n"
      "Dozens of people were injured on Wednesday in clashes between security forces and "
      "protesters in the former mining town of Jerada, in eastern Morocco, after the Interior "
      "Ministry banned unauthorized demonstrations. The ministry said in a statement that 89 "
      "members of the security forces had been injured, among them 27 who were taken to "
      "hospital, and that five police vehicles had been set on fire. Local activists said at "
      "least 30 protesters were hurt and that a 16-year-old boy had been run over by a police "
      "van. Nine people were arrested, the provincial prosecutor said. Protests began in "
      "December after two brothers died in a collapse inside an abandoned coal pit where they "
      "were digging for coal.",
      [C("dozens", 12, "vague", "injured", "people in Jerada clashes (headline)", None,
         ctx="leave dozens"),
       C("Dozens", 12, "vague", "injured", "people in Jerada clashes", None,
         attr_alt=[MA_MINISTRY]),
       C("89", 89, "exact", "injured", "members of the security forces", MA_MINISTRY,
         attr_alt=["the Interior Ministry"]),
       C("27", 27, "exact", "injured", "taken to hospital", MA_MINISTRY,
         attr_alt=["the Interior Ministry"]),
       C("five", 5, "exact", "other", "police vehicles set on fire", MA_MINISTRY,
         optional=True, cat_alt=["infrastructure"]),
       C("at least 30", 30, "at_least", "injured", "protesters", "Local activists"),
       C("Nine", 9, "exact", "detained", "people arrested", "the provincial prosecutor"),
       C("two", 2, "exact", "killed", "brothers in a coal pit", None)],
      published="2018-03-14"),

    P("d101_028",
      "Published May 27, 2019\n"
      "3 killed, 5 soldiers injured in attack on check post in North Waziristan: ISPR\n"
      "PESHAWAR: Three people were killed and five soldiers injured when a group led by MNAs "
      "Mohsin Dawar and Ali Wazir attacked the Khar Qamar check post in North Waziristan on "
      "Sunday, the military's media wing said. In a statement, the Inter-Services Public "
      "Relations said 10 injured persons had been evacuated to a military hospital, and that "
      "eight people, including Ali Wazir, had been taken into custody. The Pashtun Tahaffuz "
      "Movement (PTM) rejected the account, saying troops had opened fire on an unarmed sit-in "
      "and that at least five of its workers were killed. The bodies of five more people were "
      "later recovered near the check post, a local official told Dawn. A curfew has been "
      "imposed in the area.",
      [C("3", 3, "exact", "killed", "people at Khar Qamar (headline)", "ISPR",
         attr_alt=[ISPR_LONG]),
       C("5", 5, "exact", "injured", "soldiers (headline)", "ISPR", attr_alt=[ISPR_LONG]),
       C("Three", 3, "exact", "killed", "people at Khar Qamar", ISPR_WING,
         attr_alt=[ISPR_LONG]),
       C("five", 5, "exact", "injured", "soldiers", ISPR_WING, attr_alt=[ISPR_LONG],
         ctx="five soldiers injured when"),
       C("10", 10, "exact", "injured", "injured persons evacuated", ISPR_LONG,
         attr_alt=[ISPR_WING]),
       C("eight", 8, "exact", "detained", "people taken into custody", ISPR_LONG,
         attr_alt=[ISPR_WING]),
       C("at least five", 5, "at_least", "killed", "PTM workers", PTM),
       C("five", 5, "exact", "killed", "bodies recovered near the check post",
         "a local official", ctx="five more people")],
      published="2019-05-27"),

    P("d101_029",
      "Mon 2 Dec 2019 17.48 GMT\n"
      "Iranian security forces surrounded protesters who had fled into marshland near the "
      "south-western city of Mahshahr and opened fire with machine guns, killing between 40 and "
      "100 people, according to residents and medical staff interviewed by the New York Times. "
      "The account, which Iranian officials have not confirmed, would make the episode the "
      "deadliest single incident of last month's fuel-price protests. Amnesty International "
      "says at least 208 people were killed across Iran in the crackdown, while an Iranian MP "
      "has said 7,000 people were arrested. Officials in Khuzestan province say 36 banks and 20 "
      "petrol stations were set on fire during the unrest, and that two members of the "
      "security forces were killed in Mahshahr. Iran's judiciary spokesman, Gholamhossein "
      "Esmaili, has dismissed the casualty figures as \"utter lies\". Internet access, cut off "
      "for almost a week, has largely been restored.",
      [C("between 40 and 100", 40, "range", "killed", "protesters in the Mahshahr marshes",
         NYT, high=100, attr_alt=["the New York Times"]),
       C("at least 208", 208, "at_least", "killed", "people across Iran",
         "Amnesty International"),
       C("7,000", 7000, "exact", "detained", "people arrested", "an Iranian MP"),
       C("36", 36, "exact", "infrastructure", "banks set on fire", KHUZESTAN),
       C("20", 20, "exact", "infrastructure", "petrol stations set on fire", KHUZESTAN),
       C("two", 2, "exact", "killed", "members of the security forces", KHUZESTAN)],
      published="2019-12-02"),

    P("d101_030",
      "Colombia protests: what we know\n"
      "Police operation in Siloé\n"
      "- Human rights groups say at least three people were shot dead overnight in Siloé, a "
      "hillside district of Cali, when police and the ESMAD riot squad entered the area with "
      "armoured vehicles.\n"
      "- Cali's mayor, Jorge Iván Ospina, said \"dozens\" of people had been wounded in the city "
      "and asked the national government to stop the use of firearms.\n"
      "- The Defence Ministry says 216 police officers have been injured nationwide since the "
      "strike began on 28 April, and 431 people have been detained.\n"
      "- Temblores, an NGO that monitors police violence, has recorded 31 deaths it attributes "
      "to the security forces.\n"
      "- More than 400 people have been reported missing, according to the Ombudsman's Office, "
      "which says it is searching for them.\n"
      "- President Iván Duque has ordered the army onto the streets of Cali, and around 1,200 "
      "soldiers arrived on Monday.",
      [C("at least three", 3, "at_least", "killed", "people shot dead in Siloé",
         "Human rights groups"),
       C("dozens", 12, "vague", "injured", "people wounded in Cali", OSPINA,
         attr_alt=["Jorge Iván Ospina"]),
       C("216", 216, "exact", "injured", "police officers", CO_MOD),
       C("431", 431, "exact", "detained", "people detained", CO_MOD),
       C("31", 31, "exact", "killed", "deaths attributed to the security forces", "Temblores"),
       C("More than 400", 400, "more_than", "missing", "people reported missing",
         "the Ombudsman's Office"),
       C("around 1,200", 1200, "about", "troops", "soldiers sent to Cali", None,
         attr_alt=["President Iván Duque"])]),

    # --- Kidnappings and hostage-takings -------------------------------------------------------
    P("d101_031",
      "NUORO, July 10 (ANSA) - Farouk Kassam, the seven-year-old boy kidnapped from his family's "
      "villa on the Costa Smeralda in January, was freed early on Friday after 177 days in "
      "captivity and found by police wandering on a country road near Dorgali, investigators "
      "said. The boy, whose kidnappers cut off part of his left ear and sent it to his family in "
      "April to press their ransom demand, was taken to hospital in Nuoro and was said to be in "
      "good condition. More than 1,000 police and Carabinieri had been combing the Supramonte "
      "mountains for him, according to the Interior Ministry. Prosecutors said five people had "
      "been arrested in connection with the kidnapping since the spring. Kassam is one of 11 "
      "people kidnapped in Sardinia in the last two years, police figures show; two of them are "
      "still being held.",
      [C("More than 1,000", 1000, "more_than", "troops", "police and Carabinieri searching",
         "the Interior Ministry", cat_alt=["other"]),
       C("five", 5, "exact", "detained", "people arrested over the kidnapping", "Prosecutors"),
       C("11", 11, "exact", "hostages", "people kidnapped in Sardinia in two years",
         "police figures", cat_alt=["other"]),
       C("two", 2, "exact", "hostages", "kidnap victims still held", "police figures",
         attr_alt=[None], ctx="two of them are still")]),

    P("d101_032",
      "MANAGUA, Aug 25 (Reuters) - Former Sandinista soldiers holding Vice President Virgilio "
      "Godoy and about 30 other politicians hostage in Managua released 11 of them on "
      "Wednesday, a day after rearmed Contra rebels in the north freed 19 members of a "
      "government peace commission they had seized at Quilalí, mediators said. The Contras of "
      "the Northern Front 3-80, led by José Angel Talavera, alias \"El Chacal\", had taken 38 "
      "people hostage last Thursday, including two legislators, to demand the removal of army "
      "chief General Humberto Ortega. In retaliation, the self-styled \"Dignity Command\" of "
      "former soldiers burst into a meeting of the right-wing UNO coalition on Friday and "
      "seized 34 people. Cardinal Miguel Obando y Bravo, who is mediating, said he expected the "
      "remaining hostages on both sides to be freed within days. Some 200 troops have sealed "
      "off the roads around Quilalí, the army said.",
      [C("about 30", 30, "about", "hostages", "politicians held in Managua", "mediators"),
       C("11", 11, "exact", "hostages", "hostages released in Managua", "mediators"),
       C("19", 19, "exact", "hostages", "peace commission members freed", "mediators"),
       C("38", 38, "exact", "hostages", "people seized at Quilalí", None,
         attr_alt=["mediators"]),
       C("two", 2, "exact", "hostages", "legislators", None, attr_alt=["mediators"],
         ctx="two legislators"),
       C("34", 34, "exact", "hostages", "UNO politicians seized", None),
       C("Some 200", 200, "about", "troops", "troops around Quilalí", "the army")]),

    P("d101_033",
      "PARIS, June 12, 2005 (AFP) - French journalist Florence Aubenas returned home on Sunday "
      "after five months as a hostage in Iraq, greeted at a military airport near Paris by "
      "President Jacques Chirac. Aubenas, 44, a reporter for the daily Libération, and her Iraqi "
      "guide, Hussein Hanoun al-Saadi, were freed on Saturday, 157 days after they were seized "
      "outside their Baghdad hotel. Foreign Minister Philippe Douste-Blazy said no ransom had "
      "been paid. Some 2,000 people gathered on the Place de la République on Saturday evening to "
      "celebrate the release, organisers said. At least 200 foreigners have been kidnapped in "
      "Iraq since the spring of 2004, and more than 30 of them have been killed by their "
      "captors, according to a tally by the U.S. military. Two Romanian journalists were freed "
      "in May, but an Australian engineer is still being held.",
      [C("Some 2,000", 2000, "about", "other", "people celebrating the release", "organisers"),
       C("At least 200", 200, "at_least", "hostages", "foreigners kidnapped in Iraq",
         "a tally by the U.S. military", attr_alt=["the U.S. military"]),
       C("more than 30", 30, "more_than", "killed", "foreign hostages killed by captors",
         "a tally by the U.S. military", cat_alt=["hostages"],
         attr_alt=["the U.S. military"]),
       C("Two", 2, "exact", "hostages", "Romanian journalists freed", None)],
      published="2005-06-12"),

    P("d101_034",
      "DUSHANBE, Feb 8, 1997 (Reuters) - An armed gang holding 13 hostages in the mountains east "
      "of the Tajik capital freed two Russian journalists on Saturday but threatened to kill "
      "the remaining captives unless its fighters were allowed to return from Afghanistan, "
      "officials said. The hostages, seized in three separate incidents this week by a group "
      "led by Bakhrom Sodirov, include four U.N. military observers, two staff of the U.N. "
      "refugee agency UNHCR and Tajikistan's security minister, Saidamir Zukhurov. A U.N. "
      "spokesman in Dushanbe said the gang was demanding safe passage for about 40 of its men, "
      "among them Sodirov's brother Rizvon. Government troops have not tried to storm the "
      "group's base near Obigarm, 120 km (75 miles) from Dushanbe, fearing for the hostages' "
      "lives. Tajik officials said one of the observers, a Ukrainian, had been allowed to "
      "speak to his embassy by radio.",
      [C("13", 13, "exact", "hostages", "hostages held by Sodirov's gang", "officials"),
       C("two", 2, "exact", "hostages", "Russian journalists freed", "officials",
         ctx="two Russian"),
       C("three", 3, "exact", "other", "separate kidnapping incidents", "officials",
         optional=True, attr_alt=[None]),
       C("four", 4, "exact", "hostages", "U.N. military observers", "officials",
         attr_alt=[None]),
       C("two", 2, "exact", "hostages", "UNHCR staff", "officials", attr_alt=[None],
         ctx="two staff"),
       C("about 40", 40, "about", "troops", "gang members seeking safe passage",
         "A U.N. spokesman in Dushanbe", cat_alt=["other"])],
      published="1997-02-08"),

    P("d101_035",
      "ASUNCION, Feb 17 (Reuters) - Police found the body of Cecilia Cubas, the kidnapped "
      "daughter of former Paraguayan President Raúl Cubas, buried in a tunnel under a house on "
      "the outskirts of the capital, five months after she was seized, officials said on "
      "Thursday. Her family had paid part of a ransom, reported at $800,000, but the kidnappers "
      "stopped communicating in December. The interior minister said at least 12 suspects had "
      "been arrested, most of them members of the leftist Free Homeland Party, and that police "
      "were searching for six more. Officers also found 11 rifles and a box of grenades in the "
      "house, police said. Thousands of people marched in Asunción on Thursday night to demand "
      "tougher action against kidnapping, which police say has claimed 14 victims in the past "
      "three years.",
      [C("at least 12", 12, "at_least", "detained", "suspects arrested",
         "The interior minister"),
       C("six", 6, "exact", "other", "suspects sought by police", "The interior minister",
         cat_alt=["detained"]),
       C("11", 11, "exact", "munitions", "rifles found in the house", "police",
         cat_alt=["other"]),
       C("Thousands", 1000, "vague", "other", "marchers in Asunción", None),
       C("14", 14, "exact", "hostages", "kidnapping victims in three years", "police",
         cat_alt=["other"])]),

    P("d101_036",
      "Last Updated: Sunday, 8 July 2007, 19:22 GMT 20:22 UK\n"
      "Kidnapped British girl freed in Nigeria\n"
      "A three-year-old British girl who was snatched from a car on her way to school in the "
      "Nigerian oil city of Port Harcourt on Thursday has been released unharmed. Margaret Hill "
      "was handed over to officials in the early hours of Sunday, Rivers State governor "
      "Celestine Omehia said. Her kidnappers had demanded that her father, Mike Hill, take her "
      "place. The governor said 19 people had been arrested in raids on militant hideouts "
      "during the search, in which about 150 soldiers and police took part, and that no ransom "
      "had been paid. More than 200 foreigners have been seized in the Niger Delta since the "
      "start of 2006, most of them oil workers, and two Britons are among those still held.",
      [C("19", 19, "exact", "detained", "people arrested in raids", "The governor",
         attr_alt=["Rivers State governor Celestine Omehia"], ctx="said 19 people"),
       C("about 150", 150, "about", "troops", "soldiers and police in the search",
         "The governor", cat_alt=["other"],
         attr_alt=["Rivers State governor Celestine Omehia", None]),
       C("More than 200", 200, "more_than", "hostages", "foreigners seized in the Niger Delta",
         None),
       C("two", 2, "exact", "hostages", "Britons still held", None)],
      published="2007-07-08"),

    P("d101_037",
      "Published Feb 03, 2009\n"
      "UN official kidnapped in Quetta, driver killed\n"
      "QUETTA, Feb 2: Gunmen on Monday kidnapped John Solecki, the American head of the UN "
      "refugee agency's office in Quetta, and shot dead his driver as he was being driven to "
      "work, police said. The attackers, who were in a car and on a motorcycle, numbered four, "
      "according to a police official who asked not to be named. Capital City Police Officer "
      "Pervez Rafi Bhatti said the driver, Syed Hashim, had died on the way to hospital and that "
      "about 3,000 policemen had been posted at checkpoints around the city. UNHCR has suspended "
      "its work in the province, where it runs programmes for some 400,000 Afghan refugees. "
      "Security forces have arrested more than 20 people for questioning, a senior official "
      "said.",
      [C("four", 4, "exact", "troops", "attackers", "a police official who asked not to be named",
         cat_alt=["other"]),
       C("about 3,000", 3000, "about", "troops", "policemen at checkpoints",
         "Capital City Police Officer Pervez Rafi Bhatti", cat_alt=["other"]),
       C("some 400,000", 400000, "about", "displaced", "Afghan refugees in Balochistan", None,
         attr_alt=["UNHCR"]),
       C("more than 20", 20, "more_than", "detained", "people arrested for questioning",
         "a senior official")],
      published="2009-02-03"),

    P("d101_038",
      "KABUL, Afghanistan (AP) — U.S. special forces rescued an American doctor who had been "
      "kidnapped by the Taliban in eastern Afghanistan, killing seven of his captors in a raid "
      "that also cost the life of a U.S. service member, NATO said Sunday. Dr. Dilip Joseph, who "
      "works for a Colorado-based charity, was seized on Wednesday along with two Afghan "
      "colleagues as they returned from visiting a rural clinic in Kabul province's Sarobi "
      "district, officials said. The two Afghans were released on Friday, the provincial "
      "governor's spokesman said. The overnight operation was launched after intelligence "
      "suggested Joseph was in imminent danger of injury or death, the U.S. commander in "
      "Afghanistan, Gen. John Allen, said in a statement. More than 50 foreigners have been "
      "kidnapped in Afghanistan since 2008, according to security consultants.",
      [C("seven", 7, "exact", "killed", "captors", "NATO"),
       C("two", 2, "exact", "hostages", "Afghan colleagues seized", "officials",
         ctx="two Afghan colleagues"),
       C("two", 2, "exact", "hostages", "Afghan colleagues released",
         "the provincial governor's spokesman", ctx="two Afghans"),
       C("More than 50", 50, "more_than", "hostages", "foreigners kidnapped in Afghanistan",
         "security consultants")]),

    P("d101_039",
      "Published on 09-02-2017 Modified on 09-02-2017 at 11:20\n"
      "Colombian nun kidnapped in southern Mali\n"
      "Gunmen abducted a Colombian nun from a Catholic mission in the village of Karangasso, "
      "near Koutiala in southern Mali, on Tuesday night, the diocese of Sikasso said. Sister "
      "Gloria Cecilia Narváez, a member of the Franciscan Sisters of Mary Immaculate, was taken "
      "after the attackers failed to break into the house where three other nuns were sleeping, "
      "the diocese said. The gunmen, who numbered four according to a local official, also stole "
      "the mission's ambulance, which was later found abandoned near the border with Burkina "
      "Faso. At least six foreigners are now held by jihadist groups in the Sahel, among them a "
      "Frenchwoman kidnapped in Gao in December, according to an AFP count.",
      [C("three", 3, "exact", "other", "nuns in the house", "the diocese",
         attr_alt=["the diocese of Sikasso"]),
       C("four", 4, "exact", "troops", "gunmen", "a local official", cat_alt=["other"]),
       C("At least six", 6, "at_least", "hostages", "foreigners held in the Sahel",
         "an AFP count", attr_alt=["AFP"])],
      published="2017-02-09"),

    P("d101_040",
      "Kidnapped Canadian volunteers rescued in Kumasi\n"
      "Jun - 12 - 2019 , 19:45\n"
      "Two Canadian women who were kidnapped in Kumasi last week have been rescued in a police "
      "operation, the Minister of Information, Kojo Oppong Nkrumah, has announced. The "
      "volunteers, aged 19 and 20, were taken from a street in the Ashanti regional capital on "
      "June 4 while working with a youth charity. Police said three suspects, all Nigerians, "
      "had been arrested at a hideout in Kentinkrono, while a fourth escaped. The rescue "
      "followed a week-long operation involving more than 80 officers from the police and the "
      "national security agencies, the minister said. Four other kidnappings have been recorded "
      "in the region this year, according to police figures.",
      [C("Two", 2, "exact", "hostages", "Canadian women kidnapped", NKRUMAH),
       C("three", 3, "exact", "detained", "suspects arrested", "Police"),
       C("more than 80", 80, "more_than", "troops", "officers in the rescue operation",
         "the minister", attr_alt=[NKRUMAH]),
       C("Four", 4, "exact", "hostages", "other kidnappings in the region", "police figures",
         cat_alt=["other"], attr_alt=["Police"])],
      published="2019-06-12"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d101_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
