"""Source of the seventy-second development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) of local and
regional news from the United States, the United Kingdom, Ireland, Canada, Australia and New
Zealand between 1990 and 2023: tornadoes, wildfires and bushfires, floods, a blizzard and a
heatwave, building fires, mass shootings and stabbings, road, rail, air and boat crashes, a riot,
mine accidents and an industrial explosion, as local papers, TV station websites, police and
fire-service releases, coroners and councils report them. Written for this set (none copied from
an article), annotated by hand and blind by the project's gold conventions (``gold/README.md``
of the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures
follow contemporary reports loosely and some details are invented; the set tests extraction, not
facts. One passage holds only non-claims.

Run ``python tests/devset72/build_devset72.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

MADDOX = "Mayor Walt Maddox"
BROWN = "Santa Barbara County Sheriff Bill Brown"
USCG = "the Coast Guard"
RADER = "Stone County Sheriff Doug Rader"
GINN = "Fayette County Coroner Gary Ginn"
TOWNSEND = "Aiken County Coroner Sue Townsend"
HUNT = "Aiken County Sheriff Michael Hunt"
DHEC = "the state Department of Health and Environmental Control"
FRAIJO = "Prescott Fire Chief Dan Fraijo"
ASFD = "the Arizona State Forestry Division"
NUTTER = "Mayor Nutter"
THOMAS = "Fire Chief Rusty Thomas"
THOMPSON = "Waukesha Police Chief Dan Thompson"
POLONCARZ = "Erie County Executive Mark Poloncarz"
ALTOMARE = "Anne Arundel County Police Chief Timothy Altomare"
MILLER = "State Police Commissioner Jeffrey B. Miller"
HOUSE = "Chief Constable Sir Stephen House"
GRADWELL = "Det Supt Michael Gradwell"
MEYNELL = "Nottinghamshire Police Chief Constable Kate Meynell"
LFB = "London Fire Brigade"
ROE = "London Fire Commissioner Andy Roe"
CORONER_JURY = "A jury at the Dublin District Coroner's Court"
KELLY = "Superintendent David Kelly"
FINAN = "Superintendent Michael Finan"
BENNER = "Colin Benner"
CHU = "Chief Constable Jim Chu"
VCH = "Vancouver Coastal Health"
SAUNDERS = "Toronto police Chief Mark Saunders"
COEOC = "the Central Okanagan Emergency Operations Centre"
BROLUND = "West Kelowna Fire Chief Jason Brolund"
BORDELEAU = "Ottawa police Chief Charles Bordeleau"
POIRIER = "Ottawa Paramedic Service chief Pierre Poirier"
DWYER = "Superintendent Kerry Dwyer"
GILL = "Mine manager Matthew Gill"
MCDOUGALL = "Queensland Coroner James McDougall"
ASHTON = "Chief Commissioner Graham Ashton"
FITZSIMMONS = "NSW Rural Fire Service Commissioner Shane Fitzsimmons"
FENZ = "Fire and Emergency NZ"
SUTTON = "Fire and Emergency NZ incident controller John Sutton"
NT_CD = "Nelson Tasman Civil Defence"

PASSAGES = [
    # --- United States -------------------------------------------------------------------------
    P("d72_001",
      "Death toll in Tuscaloosa climbs to 41\n"
      "By Staff reports\n"
      "Published 6:42 p.m. CT April 29, 2011\n"
      "At least 41 people were killed in Tuscaloosa when a mile-wide tornado tore across the city "
      "Wednesday afternoon, Mayor Walt Maddox said Friday, and more than 400 residents remain "
      "unaccounted for. DCH Regional Medical Center has treated more than 1,000 patients since "
      "the storm hit, a hospital spokesman said. The twister, rated EF4 with winds of about 190 "
      "mph, stayed on the ground for roughly 80 miles, according to the National Weather "
      "Service. City officials estimated that some 5,300 homes had been damaged or destroyed. "
      "About 200 Alabama National Guard soldiers were helping police enforce a 10 p.m. curfew. "
      "Gov. Robert Bentley said 20 tractor-trailers of bottled water were on their way.",
      [C("41", 41, "exact", "killed", "people in Tuscaloosa", ctx="climbs to 41"),
       C("At least 41", 41, "at_least", "killed", "people in Tuscaloosa", MADDOX),
       C("more than 400", 400, "more_than", "missing", "residents unaccounted for", MADDOX,
         attr_alt=[None]),
       C("more than 1,000", 1000, "more_than", "injured", "patients treated at DCH",
         "a hospital spokesman", cat_alt=["other"]),
       C("some 5,300", 5300, "about", "infrastructure", "homes damaged or destroyed",
         "City officials"),
       C("About 200", 200, "about", "troops", "Alabama National Guard soldiers"),
       C("20", 20, "exact", "aid", "tractor-trailers of bottled water",
         "Gov. Robert Bentley")],
      published="2011-04-29"),

    P("d72_002",
      "SANTA BARBARA, Calif. — Divers have recovered 20 bodies from the wreck of the dive boat "
      "Conception, and 14 more people are believed to have died, Santa Barbara County Sheriff "
      "Bill Brown said Tuesday. The 75-foot vessel caught fire before dawn Monday while anchored "
      "off Santa Cruz Island with 39 people aboard, the Coast Guard said. Five crew members who "
      "were sleeping on the upper deck jumped into the water and were picked up by a pleasure "
      "boat; one had a minor injury. \"We're preparing for the worst,\" Coast Guard Capt. Monica "
      "Rochester said, adding that the search had covered some 160 square nautical miles. The "
      "sheriff said the remains would be identified through DNA, which could take up to two "
      "weeks.",
      [C("20", 20, "exact", "killed", "bodies recovered from the Conception", BROWN),
       C("14", 14, "exact", "killed", "people believed dead", BROWN, cat_alt=["missing"]),
       C("39", 39, "exact", "other", "people aboard the Conception", USCG),
       C("Five", 5, "exact", "other", "crew members who escaped", USCG, attr_alt=[None]),
       C("one", 1, "exact", "injured", "crew member with a minor injury", USCG,
         attr_alt=[None], optional=True),
       C("some 160", 160, "about", "other", "square nautical miles searched",
         "Coast Guard Capt. Monica Rochester", optional=True)]),

    P("d72_003",
      "Duck boat capsizes on Table Rock Lake; 17 dead\n"
      "By News-Leader staff\n"
      "Published 11:58 p.m. CT July 20, 2018\n"
      "BRANSON, Mo. — Seventeen people, nine of them from a single Indiana family, died when a "
      "Ride the Ducks amphibious boat sank in a sudden storm on Table Rock Lake on Thursday "
      "evening, Stone County Sheriff Doug Rader said. There were 31 people on board, including "
      "the driver, who was among the dead; the captain survived. Rader said seven passengers had "
      "been taken to hospitals, and Cox Medical Center Branson said two adults remained in "
      "critical condition Friday. Winds at nearby Branson Airport gusted to 63 mph shortly "
      "before the boat went down, the National Weather Service said. Divers from the Missouri "
      "State Highway Patrol recovered the last four bodies Friday morning.",
      [C("17", 17, "exact", "killed", "people in the duck boat sinking"),
       C("Seventeen", 17, "exact", "killed", "people in the duck boat sinking", RADER),
       C("nine", 9, "exact", "killed", "members of one Indiana family", RADER),
       C("31", 31, "exact", "other", "people on board the duck boat", RADER,
         attr_alt=[None]),
       C("seven", 7, "exact", "injured", "passengers taken to hospitals", "Rader",
         attr_alt=[RADER], cat_alt=["other"]),
       C("two", 2, "exact", "injured", "adults in critical condition",
         "Cox Medical Center Branson"),
       C("four", 4, "exact", "killed", "bodies recovered Friday",
         attr_alt=["Divers from the Missouri State Highway Patrol"])],
      published="2018-07-20"),

    P("d72_004",
      "Lexington Herald-Leader\n"
      "Posted on Mon, Aug. 28, 2006\n"
      "Forty-nine of the 50 people aboard Comair Flight 5191 were killed when the regional jet "
      "crashed in a field just beyond the end of Blue Grass Airport's shorter runway early "
      "Sunday, Fayette County Coroner Gary Ginn said. The lone survivor, first officer James "
      "Polehinke, 44, was in critical condition at University of Kentucky Chandler Medical "
      "Center. Federal investigators confirmed that the CRJ-100 had taken off from Runway 26, "
      "which is 3,500 feet long, about half the length recommended for the jet. Ginn said "
      "autopsies on all 49 victims would be completed by Tuesday. According to Comair, the plane "
      "carried 47 passengers and three crew members.",
      [C("Forty-nine", 49, "exact", "killed", "people aboard Comair Flight 5191", GINN),
       C("50", 50, "exact", "other", "people aboard Comair Flight 5191", GINN),
       C("49", 49, "exact", "killed", "victims autopsied", "Ginn", attr_alt=[GINN]),
       C("47", 47, "exact", "other", "passengers on the plane", "Comair"),
       C("three", 3, "exact", "other", "crew members on the plane", "Comair")],
      published="2006-08-28"),

    P("d72_005",
      "GRANITEVILLE — The death toll from Thursday's train wreck rose to nine on Friday after "
      "the body of an Avondale Mills worker was found inside the plant, Aiken County Coroner Sue "
      "Townsend said. A Norfolk Southern freight train ran onto a siding and slammed into a "
      "parked train at about 2:40 a.m., rupturing a tank car that released a cloud of chlorine "
      "gas over the town. About 5,400 people living within a mile of the crash remained out of "
      "their homes Friday, Aiken County Sheriff Michael Hunt said, and he did not expect them to "
      "return before the weekend. More than 250 people have been treated at area hospitals for "
      "breathing problems, according to the state Department of Health and Environmental "
      "Control, and 15 of them were still admitted. The evacuees are being housed at shelters in "
      "Aiken and North Augusta.",
      [C("nine", 9, "exact", "killed", "people in the Graniteville train wreck", TOWNSEND),
       C("About 5,400", 5400, "about", "displaced", "people out of their homes", HUNT),
       C("More than 250", 250, "more_than", "injured", "people treated at hospitals", DHEC,
         cat_alt=["other"]),
       C("15", 15, "exact", "injured", "people still admitted", DHEC, attr_alt=[None])]),
    P("d72_006",
      "Posted: May 14, 2015, 1:08 AM\n"
      "The number of people killed in the derailment of Amtrak Northeast Regional Train 188 in "
      "Port Richmond rose to eight on Wednesday night after a cadaver dog found a body in the "
      "wreckage of the first car, Mayor Nutter said. More than 200 people were taken to "
      "hospitals after the train jumped the tracks at the Frankford Junction curve Tuesday "
      "night, the city's Office of Emergency Management said. Temple University Hospital said "
      "eight of its patients were still in critical condition. The train was carrying 238 "
      "passengers and five crew members, according to Amtrak. Federal investigators said it was "
      "traveling at 106 mph when it entered the curve, where the limit is 50 mph. Nutter said "
      "everyone on board had now been accounted for, after officials had said earlier in the "
      "day that as many as six people were unaccounted for.",
      [C("eight", 8, "exact", "killed", "people in the Amtrak 188 derailment", NUTTER,
         ctx="rose to eight"),
       C("More than 200", 200, "more_than", "injured", "people taken to hospitals",
         "the city's Office of Emergency Management", cat_alt=["other"]),
       C("eight", 8, "exact", "injured", "patients in critical condition at Temple",
         "Temple University Hospital", ctx="eight of its patients"),
       C("238", 238, "exact", "other", "passengers on Train 188", "Amtrak"),
       C("five", 5, "exact", "other", "crew members on Train 188", "Amtrak"),
       C("as many as six", 6, "at_most", "missing", "people unaccounted for", "officials",
         attr_alt=["Nutter", NUTTER])],
      published="2015-05-14"),

    P("d72_007",
      "YARNELL — Nineteen members of the Prescott Fire Department's Granite Mountain "
      "Interagency Hotshot Crew died Sunday afternoon when wind-driven flames overran them as "
      "they tried to deploy their emergency shelters, Prescott Fire Chief Dan Fraijo said. The "
      "20th member of the crew, who was working as a lookout, survived. The Yarnell Hill Fire "
      "has burned an estimated 8,400 acres and destroyed at least 200 structures in Yarnell, a "
      "town of about 650 people, according to the Arizona State Forestry Division. Roughly 600 "
      "firefighters from across the state and beyond are now assigned to the blaze. "
      "Evacuations remained in effect Monday for Yarnell and Peeples Valley; Yavapai County "
      "officials said about 500 residents had registered at shelters in Prescott and "
      "Wickenburg.",
      [C("Nineteen", 19, "exact", "killed", "Granite Mountain Hotshots", FRAIJO),
       C("an estimated 8,400", 8400, "about", "other", "acres burned", ASFD, optional=True),
       C("at least 200", 200, "at_least", "infrastructure", "structures destroyed in Yarnell",
         ASFD),
       C("about 650", 650, "about", "population", "people in Yarnell", attr_alt=[ASFD]),
       C("Roughly 600", 600, "about", "troops", "firefighters assigned to the blaze", ASFD,
         attr_alt=[None], cat_alt=["other"]),
       C("about 500", 500, "about", "displaced", "residents registered at shelters",
         "Yavapai County officials")]),

    P("d72_008",
      "Nine firefighters die in sofa store blaze\n"
      "Posted Tuesday, June 19, 2007\n"
      "By Post and Courier staff\n"
      "Nine Charleston firefighters were killed Monday night when the roof of the Sofa Super "
      "Store on Savannah Highway collapsed as they searched the burning showroom, Fire Chief "
      "Rusty Thomas said early Tuesday. It is the deadliest single loss of firefighters in the "
      "United States since the Sept. 11, 2001, attacks. Two employees were inside when the fire "
      "broke out at about 7 p.m.; one was rescued by firefighters who cut through a wall, and "
      "the other escaped, Thomas said. More than 50 firefighters from Charleston, St. Andrews "
      "and James Island responded to the blaze. Mayor Joseph P. Riley Jr. ordered flags lowered "
      "to half-staff for 30 days.",
      [C("Nine", 9, "exact", "killed", "Charleston firefighters", ctx="Nine firefighters die"),
       C("Nine", 9, "exact", "killed", "Charleston firefighters", THOMAS,
         ctx="Nine Charleston"),
       C("Two", 2, "exact", "other", "employees inside the store", "Thomas",
         attr_alt=[THOMAS]),
       C("one", 1, "exact", "other", "employee rescued", "Thomas", attr_alt=[THOMAS],
         optional=True, ctx="one was rescued"),
       C("More than 50", 50, "more_than", "troops", "firefighters who responded", "Thomas",
         attr_alt=[None, THOMAS], cat_alt=["other"])],
      published="2007-06-19"),

    P("d72_009",
      "Updated 9:31 p.m. CT Nov. 22, 2021\n"
      "WAUKESHA — The number of people killed when an SUV drove through the city's Christmas "
      "parade rose to six on Monday after a child died at Children's Wisconsin, Waukesha Police "
      "Chief Dan Thompson said. Sixty-two people were injured, Thompson said, a figure that "
      "includes 18 children taken to Children's Wisconsin. Nine of those children remained in "
      "intensive care Monday evening, the hospital said. The driver, a 39-year-old Milwaukee "
      "man, was taken into custody a short distance from the parade route and will be charged "
      "with five counts of first-degree intentional homicide, the chief said. Roughly 3,000 "
      "people had lined Main Street for the parade, organizers estimated.",
      [C("six", 6, "exact", "killed", "people in the Waukesha parade attack", THOMPSON),
       C("Sixty-two", 62, "exact", "injured", "people in the Waukesha parade attack",
         "Thompson", attr_alt=[THOMPSON]),
       C("18", 18, "exact", "injured", "children taken to Children's Wisconsin", "Thompson",
         attr_alt=[THOMPSON]),
       C("Nine", 9, "exact", "injured", "children in intensive care", "the hospital",
         attr_alt=["Children's Wisconsin"]),
       C("five", 5, "exact", "other", "counts of homicide", "the chief",
         attr_alt=[THOMPSON], optional=True),
       C("Roughly 3,000", 3000, "about", "other", "people lining the parade route",
         "organizers")],
      published="2021-11-22"),

    P("d72_010",
      "Erie County blizzard death toll rises to 37\n"
      "UPDATED: 5:47 PM EST December 27, 2022\n"
      "BUFFALO, N.Y. — Erie County Executive Mark Poloncarz said Tuesday that 37 people have "
      "now died in the county as a result of the blizzard, and he warned that the number would "
      "likely climb as crews reached more homes. Of the dead, 17 were found outdoors, some in "
      "cars and some in snowbanks, while others died of cardiac events while shoveling snow or "
      "because they lost heat, Poloncarz said. Buffalo Police Commissioner Joseph Gramaglia said "
      "officers had responded to hundreds of calls for welfare checks. About 4,000 customers "
      "were still without power Tuesday afternoon, down from a peak of roughly 40,000, "
      "according to National Grid. The airport recorded 51.9 inches of snow over five days.",
      [C("37", 37, "exact", "killed", "blizzard deaths in Erie County", ctx="rises to 37"),
       C("37", 37, "exact", "killed", "blizzard deaths in Erie County", POLONCARZ,
         ctx="that 37 people"),
       C("17", 17, "exact", "killed", "people found dead outdoors", "Poloncarz",
         attr_alt=[POLONCARZ]),
       C("hundreds", 100, "vague", "other", "calls for welfare checks",
         "Buffalo Police Commissioner Joseph Gramaglia"),
       C("About 4,000", 4000, "about", "other", "customers without power", "National Grid",
         cat_alt=["infrastructure"]),
       C("roughly 40,000", 40000, "about", "other", "customers without power at the peak",
         "National Grid", cat_alt=["infrastructure"])],
      published="2022-12-27"),

    P("d72_011",
      "ANNAPOLIS — A gunman armed with a shotgun blasted his way into the Capital Gazette "
      "newsroom Thursday afternoon and killed five employees, Anne Arundel County Police Chief "
      "Timothy Altomare said. Two other people suffered minor injuries, the chief said. "
      "Officers arrived within 60 seconds of the first 911 call and found the suspect hiding "
      "under a desk; he was taken into custody without an exchange of gunfire. About 170 people "
      "were evacuated from the building at 888 Bestgate Road, police said, many of them led out "
      "with their hands above their heads. The suspect, a 38-year-old Laurel man who had lost a "
      "defamation lawsuit against the paper, was charged with five counts of first-degree "
      "murder.",
      [C("five", 5, "exact", "killed", "Capital Gazette employees", ALTOMARE,
         ctx="killed five employees"),
       C("Two", 2, "exact", "injured", "people with minor injuries", "the chief",
         attr_alt=[ALTOMARE]),
       C("About 170", 170, "about", "displaced", "people evacuated from the building",
         "police"),
       C("five", 5, "exact", "other", "counts of first-degree murder", optional=True,
         ctx="five counts")]),
    P("d72_012",
      "NICKEL MINES, Pa. — A milk-truck driver who took 10 Amish girls hostage in a one-room "
      "schoolhouse shot all of them before killing himself Monday, State Police Commissioner "
      "Jeffrey B. Miller said. Three of the girls died at the school and two more died "
      "overnight at hospitals, raising the toll to five. The five others, aged 6 to 13, were in "
      "critical condition at hospitals in Lancaster, Philadelphia and Hershey. Miller said "
      "Charles Carl Roberts IV, 32, had let 15 boys, a pregnant woman and three women with "
      "infants leave the building before he barricaded the doors with two-by-fours. He said "
      "Roberts had brought a 9 mm handgun, a shotgun and a rifle, along with about 600 rounds "
      "of ammunition.",
      [C("10", 10, "exact", "hostages", "Amish girls taken hostage", MILLER),
       C("Three", 3, "exact", "killed", "girls who died at the school", MILLER,
         attr_alt=[None]),
       C("two", 2, "exact", "killed", "girls who died at hospitals", MILLER, attr_alt=[None],
         ctx="two more died"),
       C("five", 5, "exact", "killed", "girls killed", MILLER, attr_alt=[None],
         ctx="toll to five"),
       C("five", 5, "exact", "injured", "girls in critical condition", MILLER,
         attr_alt=[None], ctx="five others"),
       C("15", 15, "exact", "hostages", "boys let go", "Miller", attr_alt=[MILLER],
         cat_alt=["other"]),
       C("three", 3, "exact", "hostages", "women with infants let go", "Miller",
         attr_alt=[MILLER], cat_alt=["other"], ctx="three women"),
       C("about 600", 600, "about", "munitions", "rounds of ammunition", "Miller",
         attr_alt=["He", MILLER], cat_alt=["other"])]),

    # --- United Kingdom ------------------------------------------------------------------------
    P("d72_013",
      "Stonehaven derailment: Three dead after train hits landslip\n"
      "Published 13 August 2020\n"
      "Three people died when a passenger train derailed near Stonehaven in Aberdeenshire after "
      "heavy rain washed debris onto the line, British Transport Police said. They were the "
      "driver, a conductor and a passenger. Six other people who were on board were taken to "
      "Aberdeen Royal Infirmary with injuries that were not thought to be serious, according to "
      "NHS Grampian. The 06:38 Aberdeen to Glasgow service had turned back because of a "
      "landslip further down the line and was returning towards Aberdeen when it struck the "
      "debris at Carmont. Network Rail said the area had received about a month's worth of rain "
      "in a few hours. About 30 officers from Police Scotland and British Transport Police "
      "remained at the scene on Thursday.",
      [C("Three", 3, "exact", "killed", "people in the Stonehaven derailment",
         ctx="Three dead"),
       C("Three", 3, "exact", "killed", "people in the Stonehaven derailment",
         "British Transport Police", ctx="Three people died"),
       C("Six", 6, "exact", "injured", "people on board taken to hospital", "NHS Grampian",
         cat_alt=["other"]),
       C("About 30", 30, "about", "troops", "police officers at the scene",
         cat_alt=["other"])],
      published="2020-08-13"),

    P("d72_014",
      "Updated: 24 August 2015 7:12pm\n"
      "By Argus reporters\n"
      "The number of people killed when a vintage jet crashed onto the A27 during the Shoreham "
      "Airshow is likely to rise to 11, Sussex Police said last night, as officers warned that "
      "more bodies may yet be found in the wreckage. Assistant Chief Constable Steve Barry said "
      "search teams had so far recovered seven bodies from the road. The Hawker Hunter, which "
      "was performing a loop, came down at 1.22pm on Saturday, hitting several vehicles waiting "
      "at traffic lights by the Old Shoreham tollbridge. Sixteen people were treated at the "
      "scene or in hospital, among them the pilot, Andy Hill, 51, who remains in a critical "
      "condition at Royal Sussex County Hospital in Brighton, the South East Coast Ambulance "
      "Service said. The A27 is expected to remain closed until at least Thursday.",
      [C("11", 11, "exact", "killed", "people in the Shoreham Airshow crash", "Sussex Police"),
       C("seven", 7, "exact", "killed", "bodies recovered from the A27",
         "Assistant Chief Constable Steve Barry"),
       C("Sixteen", 16, "exact", "injured", "people treated",
         "the South East Coast Ambulance Service", cat_alt=["other"])],
      published="2015-08-24"),

    P("d72_015",
      "GLASGOW — Nine people died when a police helicopter crashed through the roof of the "
      "Clutha Vaults pub on Friday night, Police Scotland said yesterday, as specialist teams "
      "worked to lift the wreckage and reach any more victims. Chief Constable Sir Stephen House "
      "said the three crew members on board, two police officers and a civilian pilot, were "
      "among the dead, along with six people who were in the bar. Thirty-two people were taken "
      "to hospital, 12 of them with serious injuries, according to NHS Greater Glasgow and "
      "Clyde. About 120 people were in the pub listening to a ska band when the Eurocopter "
      "EC135 came down at around 10.25pm. The Scottish Fire and Rescue Service said 125 "
      "firefighters had been involved in the rescue operation.",
      [C("Nine", 9, "exact", "killed", "people in the Clutha crash", "Police Scotland"),
       C("three", 3, "exact", "killed", "helicopter crew members", HOUSE),
       C("two", 2, "exact", "killed", "police officers in the crew", HOUSE),
       C("six", 6, "exact", "killed", "people in the bar", HOUSE),
       C("Thirty-two", 32, "exact", "injured", "people taken to hospital",
         "NHS Greater Glasgow and Clyde", cat_alt=["other"]),
       C("12", 12, "exact", "injured", "people seriously injured",
         "NHS Greater Glasgow and Clyde"),
       C("About 120", 120, "about", "other", "people in the pub"),
       C("125", 125, "exact", "troops", "firefighters in the rescue",
         "The Scottish Fire and Rescue Service", cat_alt=["other"])]),

    P("d72_016",
      "Friday, 6th February 2004, 10:45 am\n"
      "Police searching Morecambe Bay have now recovered 19 bodies, Lancashire Police said "
      "today, and believe up to two more cockle pickers may still be missing. The victims, "
      "thought to be Chinese workers, were cut off by the incoming tide on Warton Sands on "
      "Thursday night. Det Supt Michael Gradwell said 16 people had been rescued from the "
      "sands, one of whom was taken to hospital suffering from hypothermia. Three people, two "
      "men and a woman believed to be the gangmasters who brought the group to the bay, had been "
      "arrested on suspicion of manslaughter, he said. Coastguards said more than 100 rescuers, "
      "including RNLI crews from Morecambe and Fleetwood and an RAF Sea King helicopter, had "
      "been involved in the search.",
      [C("19", 19, "exact", "killed", "cockle pickers' bodies recovered", "Lancashire Police"),
       C("up to two", 2, "at_most", "missing", "cockle pickers missing", "Lancashire Police"),
       C("16", 16, "exact", "other", "people rescued from the sands", GRADWELL),
       C("one", 1, "exact", "injured", "person taken to hospital with hypothermia", GRADWELL,
         optional=True, cat_alt=["other"]),
       C("Three", 3, "exact", "detained", "people arrested on suspicion of manslaughter",
         GRADWELL, attr_alt=["he"]),
       C("two", 2, "exact", "detained", "men arrested", GRADWELL, attr_alt=["he"],
         ctx="two men"),
       C("more than 100", 100, "more_than", "troops", "rescuers in the search", "Coastguards",
         cat_alt=["other"])],
      published="2004-02-06"),

    P("d72_017",
      "28 March 2013\n"
      "Lakanal House inquest: Coroner calls for sprinklers\n"
      "The coroner at the inquest into the deaths of six people in the Lakanal House fire in "
      "Camberwell has written to the Communities Secretary urging him to encourage the "
      "retro-fitting of sprinklers in high-rise blocks. Judge Frances Kirkham said the "
      "14-storey block's design, and renovation work carried out between 2006 and 2007, had "
      "allowed the fire to spread faster than anyone expected. The jury found that the six "
      "victims, three of them children, had died after being told by 999 operators to stay in "
      "their flats. More than 100 firefighters attended the blaze on 3 July 2009, and London "
      "Fire Brigade crews rescued some 30 people from the building, the inquest heard. "
      "Kirkham's letter also raised concerns about the 'stay put' advice given to residents.",
      [C("six", 6, "exact", "killed", "people in the Lakanal House fire", ctx="of six people"),
       C("six", 6, "exact", "killed", "victims of the Lakanal House fire", "The jury",
         ctx="six victims"),
       C("three", 3, "exact", "killed", "children among the victims", "The jury"),
       C("More than 100", 100, "more_than", "troops", "firefighters at the blaze",
         "the inquest", cat_alt=["other"]),
       C("some 30", 30, "about", "other", "people rescued from the building", "the inquest")],
      published="2013-03-28"),

    P("d72_018",
      "BOSCASTLE — Around 100 people were lifted to safety by helicopter after a wall of water "
      "swept through Boscastle on Monday afternoon, coastguards said last night. No one was "
      "known to have died. Devon and Cornwall Police said three people were being treated in "
      "hospital, one of them for a broken hand. Seven helicopters, from RAF Chivenor, RNAS "
      "Culdrose and the Coastguard, took part in the rescue, which lasted more than four hours. "
      "Up to 50 cars were swept out into the harbour and several buildings were badly damaged, "
      "Cornwall County Council said. The Environment Agency said about 75mm of rain had fallen "
      "on the moors above the village in two hours.",
      [C("Around 100", 100, "about", "other", "people lifted to safety", "coastguards"),
       C("three", 3, "exact", "injured", "people treated in hospital",
         "Devon and Cornwall Police", cat_alt=["other"]),
       C("one", 1, "exact", "injured", "person with a broken hand",
         "Devon and Cornwall Police", optional=True, ctx="one of them"),
       C("Seven", 7, "exact", "other", "helicopters in the rescue",
         attr_alt=["Devon and Cornwall Police"], cat_alt=["munitions"], optional=True),
       C("Up to 50", 50, "at_most", "other", "cars swept into the harbour",
         "Cornwall County Council", cat_alt=["infrastructure"], optional=True)]),

    P("d72_019",
      "Updated 17:42, 13 JUN 2023\n"
      "Three people have died and three more are in hospital after what police described as a "
      "'horrific and tragic' series of attacks in Nottingham city centre early this morning. "
      "Nottinghamshire Police Chief Constable Kate Meynell said two people were found dead in "
      "Ilkeston Road at about 4am and a third man was later found dead in Magdala Road. A "
      "stolen van was then driven at pedestrians in Milton Street, injuring three people, one "
      "of whom is in a critical condition in the Queen's Medical Centre. A 31-year-old man was "
      "arrested at the scene and remains in custody. Roads across the city centre were closed "
      "and trams were suspended for most of the day, Nottingham City Transport said.",
      [C("Three", 3, "exact", "killed", "people in the Nottingham attacks", attr_alt=[MEYNELL],
         ctx="Three people have died"),
       C("three", 3, "exact", "injured", "people in hospital", attr_alt=[MEYNELL],
         ctx="three more"),
       C("two", 2, "exact", "killed", "people found dead in Ilkeston Road", MEYNELL),
       C("three", 3, "exact", "injured", "pedestrians hit by the van", MEYNELL,
         attr_alt=[None], ctx="injuring three"),
       C("one", 1, "exact", "injured", "pedestrian in critical condition", MEYNELL,
         attr_alt=[None], optional=True, ctx="one of whom")],
      published="2023-06-13"),

    P("d72_020",
      "Met Office confirms new UK temperature record\n"
      "Published: 19 July 2022\n"
      "A temperature of 40.3C was recorded at Coningsby in Lincolnshire at 15:12 on Tuesday, "
      "the first time 40C has been reached anywhere in the UK, the Met Office said. The "
      "previous record, 38.7C at Cambridge Botanic Garden, had stood since July 2019. Scotland "
      "also set a provisional national record of 34.8C at Charterhall in the Borders, beating "
      "the 32.9C measured at Greycrook in 2003. The Met Office said the UK's first red warning "
      "for extreme heat would expire at midnight, with temperatures expected to be 10 to 15 "
      "degrees lower by the weekend. Officials said it was too early to say whether the heat "
      "had caused any deaths.",
      [],
      published="2022-07-19"),

    P("d72_021",
      "London Fire Brigade\n"
      "News release\n"
      "Published: 20 July 2022\n"
      "Yesterday was the Brigade's busiest day since the Second World War, with control "
      "officers taking more than 2,600 calls, compared with around 350 on a normal day. Crews "
      "attended 1,146 incidents across the capital, including a series of grass fires in which "
      "41 properties were destroyed. In Wennington alone, 16 homes were destroyed by a fire "
      "that spread from grassland to back gardens. Sixteen firefighters were injured during the "
      "day, two of whom were taken to hospital with heat-related illness. London Fire "
      "Commissioner Andy Roe said more than 100 fire engines, about 500 firefighters, had been "
      "sent to the Wennington blaze at its height.",
      [C("more than 2,600", 2600, "more_than", "other", "emergency calls", attr_alt=[LFB]),
       C("around 350", 350, "about", "other", "calls on a normal day", attr_alt=[LFB],
         optional=True),
       C("1,146", 1146, "exact", "other", "incidents attended", attr_alt=[LFB]),
       C("41", 41, "exact", "infrastructure", "properties destroyed", attr_alt=[LFB]),
       C("16", 16, "exact", "infrastructure", "homes destroyed in Wennington",
         attr_alt=[LFB]),
       C("Sixteen", 16, "exact", "injured", "firefighters injured", attr_alt=[LFB]),
       C("two", 2, "exact", "injured", "firefighters taken to hospital", attr_alt=[LFB]),
       C("more than 100", 100, "more_than", "other", "fire engines sent to Wennington", ROE,
         optional=True, cat_alt=["troops"]),
       C("about 500", 500, "about", "troops", "firefighters sent to Wennington", ROE,
         cat_alt=["other"])],
      published="2022-07-20"),

    # --- Ireland -------------------------------------------------------------------------------
    P("d72_022",
      "Stardust inquests: Jury finds 48 victims were unlawfully killed\n"
      "Updated / Thursday, 18 Apr 2024 18:21\n"
      "A jury at the Dublin District Coroner's Court has returned verdicts of unlawful killing "
      "in the inquests into the deaths of all 48 young people who died in the Stardust "
      "nightclub fire in Artane on Valentine's night 1981. The jury of seven women and five men "
      "also found that the fire had started in the roof space of the hot press in the main bar, "
      "and not in the West Alcove as a 1982 tribunal had suggested. Coroner Dr Myra Cullinane "
      "said the inquests, which began in April 2023, had heard evidence from more than 370 "
      "witnesses. Around 800 people were at the disco when the fire broke out; 214 were "
      "injured, many of them seriously. Families of the victims gathered outside the Pillar Room "
      "at the Rotunda Hospital, where the hearings were held, and sang \"You'll Never Walk "
      "Alone\".",
      [C("48", 48, "exact", "killed", "Stardust victims", "Jury", attr_alt=[None, CORONER_JURY],
         ctx="finds 48"),
       C("48", 48, "exact", "killed", "Stardust victims", CORONER_JURY, ctx="all 48"),
       C("seven", 7, "exact", "other", "women on the jury", optional=True),
       C("five", 5, "exact", "other", "men on the jury", optional=True),
       C("more than 370", 370, "more_than", "other", "witnesses heard",
         "Coroner Dr Myra Cullinane", optional=True),
       C("Around 800", 800, "about", "other", "people at the disco"),
       C("214", 214, "exact", "injured", "people injured in the Stardust fire")],
      published="2024-04-18"),

    P("d72_023",
      "CREESLOUGH, Co Donegal — Ten people died in an explosion that destroyed a service "
      "station and the apartments above it in the centre of the village on Friday afternoon, "
      "gardaí confirmed early this morning. Four men, three women, two teenagers and a young "
      "girl were among the dead, Superintendent David Kelly told a press briefing in Milford. "
      "Eight people were taken to Letterkenny University Hospital, and one of them was later "
      "transferred to St James's Hospital in Dublin in a critical condition, the HSE said. "
      "Emergency services from both sides of the border, including crews from the Northern "
      "Ireland Fire and Rescue Service, worked through the night to search the rubble. "
      "Creeslough, a village of about 400 people, had been due to host a local festival this "
      "weekend.",
      [C("Ten", 10, "exact", "killed", "people in the Creeslough explosion", "gardaí"),
       C("Four", 4, "exact", "killed", "men among the dead", KELLY),
       C("three", 3, "exact", "killed", "women among the dead", KELLY),
       C("two", 2, "exact", "killed", "teenagers among the dead", KELLY),
       C("Eight", 8, "exact", "injured", "people taken to Letterkenny University Hospital",
         "the HSE", cat_alt=["other"]),
       C("one", 1, "exact", "injured", "person transferred in a critical condition", "the HSE",
         optional=True),
       C("about 400", 400, "about", "population", "people in Creeslough")]),

    P("d72_024",
      "Monday 21 March 2016\n"
      "Five members of the same family died when their car slid off Buncrana pier into Lough "
      "Swilly on Sunday evening, gardaí have confirmed. A four-month-old baby girl was rescued "
      "after her father handed her out of the sinking car to a passer-by, Davitt Walsh, who "
      "swam out to the vehicle. The dead were the child's father, two brothers aged eight and "
      "12, their grandmother and their aunt, Superintendent Michael Finan told reporters at "
      "Buncrana Garda Station. Lough Swilly RNLI said its volunteers had recovered the five "
      "bodies after searching the water for more than an hour. Inishowen has been left 'numb', "
      "local councillor Rena Donaghey said.",
      [C("Five", 5, "exact", "killed", "family members in the Buncrana pier tragedy",
         "gardaí"),
       C("two", 2, "exact", "killed", "brothers among the dead", FINAN),
       C("five", 5, "exact", "killed", "bodies recovered", "Lough Swilly RNLI",
         ctx="five bodies")],
      published="2016-03-21"),

    P("d72_025",
      "Sat, Oct 10, 2015, 19:05\n"
      "Ten people, five of them children, died when fire swept through a Traveller halting site "
      "at Glenamuck Road in Carrickmines, south Dublin, early this morning, gardaí said. The "
      "youngest victim was a five-month-old baby. Two other people, a man and a young child, "
      "were taken to St Vincent's and Crumlin hospitals, where their conditions were said to be "
      "serious. Dublin Fire Brigade said the alarm was raised shortly after 4am and that six "
      "units attended the fire, which destroyed a prefab and a mobile home. Chief "
      "Superintendent Diarmuid O'Sullivan said gardaí were keeping an open mind but that there "
      "was nothing to suggest the fire had been started deliberately. About 15 people lived at "
      "the site, according to local councillors.",
      [C("Ten", 10, "exact", "killed", "people in the Carrickmines fire", "gardaí"),
       C("five", 5, "exact", "killed", "children among the dead", "gardaí",
         ctx="five of them"),
       C("Two", 2, "exact", "injured", "people taken to hospital", "gardaí",
         attr_alt=[None], cat_alt=["other"]),
       C("six", 6, "exact", "other", "fire units at the site", "Dublin Fire Brigade",
         optional=True, cat_alt=["troops"]),
       C("About 15", 15, "about", "population", "people living at the site",
         "local councillors", cat_alt=["other"])],
      published="2015-10-10"),

    P("d72_026",
      "BERKELEY, California — Five Irish students and an Irish-American woman died when a "
      "fourth-floor balcony collapsed during a 21st birthday party at an apartment building near "
      "the University of California campus early yesterday. Seven other young people were "
      "seriously injured, Berkeley police said. Officer Jennifer Coats said 13 people had been "
      "standing on the balcony when it gave way at about 12.40am. Most of the students were in "
      "the US on J-1 visas for the summer; the Department of Foreign Affairs estimates that "
      "about 8,000 Irish students travel to the US on the programme each year. City officials "
      "ordered that a second balcony on the building be removed after inspectors found signs of "
      "dry rot.",
      [C("Five", 5, "exact", "killed", "Irish students", attr_alt=["Berkeley police"]),
       C("Seven", 7, "exact", "injured", "young people seriously injured", "Berkeley police"),
       C("13", 13, "exact", "other", "people on the balcony", "Officer Jennifer Coats"),
       C("about 8,000", 8000, "about", "other", "Irish students on J-1 visas each year",
         "the Department of Foreign Affairs", cat_alt=["population"])]),

    # --- Canada --------------------------------------------------------------------------------
    P("d72_027",
      "PLYMOUTH, N.S. (CP) — Rescuers recovered the bodies of 11 miners from the Westray coal "
      "mine on Sunday, but hopes faded for the 15 men still missing more than 48 hours after an "
      "explosion ripped through the pit. Colin Benner, a vice-president of mine owner Curragh "
      "Resources, said the draegermen had found the bodies in the southwest section of the "
      "mine, about 300 metres underground. All 26 men working the night shift were caught in "
      "the blast at 5:18 a.m. Saturday. \"There is very little chance of anyone being alive,\" "
      "Benner told reporters at the Plymouth fire hall, where families have kept vigil. Nova "
      "Scotia Premier Donald Cameron said the province would hold a public inquiry.",
      [C("11", 11, "exact", "killed", "miners' bodies recovered", attr_alt=[BENNER]),
       C("15", 15, "exact", "missing", "miners still missing", attr_alt=[BENNER]),
       C("26", 26, "exact", "other", "miners on the night shift", BENNER, attr_alt=[None],
         cat_alt=["killed"])]),

    P("d72_028",
      "June 16, 2011 3:14 PM\n"
      "Vancouver police say they arrested more than 100 people during Wednesday night's riot in "
      "the downtown core after the Canucks lost Game 7 of the Stanley Cup final to the Boston "
      "Bruins. Chief Constable Jim Chu said nine officers had been hurt, one of them a constable "
      "who was stabbed in the back with a shard of glass. About 140 people were treated at St. "
      "Paul's and Vancouver General hospitals, according to Vancouver Coastal Health, and three "
      "people were in serious condition with stab wounds. Fifteen cars, including two police "
      "cruisers, were torched, and dozens of stores on Granville and Georgia streets had their "
      "windows smashed. An estimated 100,000 people had packed the downtown fan zone and "
      "surrounding streets to watch the game on big screens.",
      [C("more than 100", 100, "more_than", "detained", "people arrested in the riot",
         "Vancouver police"),
       C("nine", 9, "exact", "injured", "police officers hurt", CHU),
       C("one", 1, "exact", "injured", "constable stabbed", CHU, optional=True),
       C("About 140", 140, "about", "injured", "people treated at hospitals", VCH,
         cat_alt=["other"]),
       C("three", 3, "exact", "injured", "people in serious condition", VCH,
         attr_alt=[None]),
       C("Fifteen", 15, "exact", "other", "cars torched", cat_alt=["infrastructure"],
         optional=True),
       C("two", 2, "exact", "other", "police cruisers torched", cat_alt=["infrastructure"],
         optional=True),
       C("dozens", 12, "vague", "infrastructure", "stores with windows smashed"),
       C("An estimated 100,000", 100000, "about", "other", "people downtown")],
      published="2011-06-16"),

    P("d72_029",
      "CBC News · Posted: Jul 23, 2018 4:05 PM ET\n"
      "Two people were killed and 13 others wounded when a gunman opened fire on Danforth "
      "Avenue in Toronto's Greektown on Sunday night, police say. Toronto police Chief Mark "
      "Saunders said the victims ranged in age from 10 to 59, and that a 10-year-old girl and an "
      "18-year-old woman had died. The gunman, identified by the province's Special "
      "Investigations Unit as Faisal Hussain, 29, was found dead on nearby Bowden Street after "
      "an exchange of gunfire with two officers. Witnesses told CBC News they heard between 20 "
      "and 30 shots. Saunders said police had received dozens of calls from people on the "
      "street in the minutes after the shooting began at about 10 p.m.",
      [C("Two", 2, "exact", "killed", "people in the Danforth shooting", "police"),
       C("13", 13, "exact", "injured", "people in the Danforth shooting", "police"),
       C("two", 2, "exact", "troops", "officers who exchanged fire", optional=True,
         cat_alt=["other"]),
       C("between 20 and 30", 20, "range", "munitions", "shots heard", "Witnesses",
         high=30, cat_alt=["other"]),
       C("dozens", 12, "vague", "other", "calls to police", "Saunders",
         attr_alt=[SAUNDERS])],
      published="2018-07-23"),

    P("d72_030",
      "Posted: Aug 19, 2023 / 11:20 AM PDT\n"
      "About 30,000 people in the Central Okanagan are now under evacuation order because of "
      "the McDougall Creek wildfire, and another 36,000 are on evacuation alert, the Central "
      "Okanagan Emergency Operations Centre said Saturday morning. West Kelowna Fire Chief Jason "
      "Brolund said crews had lost 'dozens' of homes overnight as the fire jumped Okanagan Lake "
      "and spotted into Kelowna's Clifton neighbourhood. 'We fought 100 years' worth of fires "
      "in one night,' Brolund said. The BC Wildfire Service estimates the fire at 10,500 "
      "hectares. The province has banned non-essential travel to the region to free up some "
      "6,000 hotel rooms for evacuees and firefighters.",
      [C("About 30,000", 30000, "about", "displaced", "people under evacuation order", COEOC),
       C("36,000", 36000, "exact", "other", "people on evacuation alert", COEOC,
         cat_alt=["displaced", "population"]),
       C("dozens", 12, "vague", "infrastructure", "homes lost", BROLUND),
       C("10,500", 10500, "exact", "other", "hectares burned", "The BC Wildfire Service",
         optional=True),
       C("some 6,000", 6000, "about", "other", "hotel rooms freed up",
         attr_alt=["The province"], cat_alt=["aid", "infrastructure"])],
      published="2023-08-19"),

    P("d72_031",
      "OTTAWA — Three people were killed and 23 injured when an OC Transpo double-decker bus "
      "slammed into the overhang of the Westboro transit station during the Friday afternoon "
      "rush hour, Ottawa police Chief Charles Bordeleau said. Ottawa Paramedic Service chief "
      "Pierre Poirier said nine of the injured were in critical condition, and that several "
      "passengers had to be cut free by firefighters. The bus, on Route 269, was carrying about "
      "90 people, according to the city. The 42-year-old driver was arrested at the scene and "
      "later released without charges pending further investigation, police said. It was the "
      "deadliest crash involving an OC Transpo bus since 2013, when six people died in a "
      "collision with a Via Rail train in Barrhaven.",
      [C("Three", 3, "exact", "killed", "people in the Westboro bus crash", BORDELEAU),
       C("23", 23, "exact", "injured", "people in the Westboro bus crash", BORDELEAU),
       C("nine", 9, "exact", "injured", "people in critical condition", POIRIER),
       C("about 90", 90, "about", "other", "people on the bus", "the city"),
       C("six", 6, "exact", "killed", "people in the 2013 Barrhaven collision")]),

    # --- Australia -----------------------------------------------------------------------------
    P("d72_032",
      "Friday, June 23, 2000. Posted 10:15am AEST\n"
      "Police say 15 backpackers are believed to have died in a fire that tore through the "
      "Palace Backpackers Hostel at Childers, in south-east Queensland, overnight. "
      "Superintendent Kerry Dwyer said 73 of the 88 people registered at the hostel had been "
      "accounted for, but that grave fears were held for the remainder. The fire started "
      "shortly after midnight and quickly engulfed the two-storey timber building. Three people "
      "were taken to Bundaberg Hospital with burns and smoke inhalation, a Queensland Ambulance "
      "Service spokesman said. Police have declared the hostel a crime scene and have not ruled "
      "out that the fire was deliberately lit.",
      [C("15", 15, "exact", "killed", "backpackers believed dead", "Police",
         cat_alt=["missing"]),
       C("73", 73, "exact", "other", "people accounted for", DWYER),
       C("88", 88, "exact", "other", "people registered at the hostel", DWYER,
         cat_alt=["population"]),
       C("Three", 3, "exact", "injured", "people taken to Bundaberg Hospital",
         "a Queensland Ambulance Service spokesman", cat_alt=["other"])],
      published="2000-06-23"),

    P("d72_033",
      "Updated Tue May 9, 2006 8:14am AEST\n"
      "Trapped Beaconsfield miners Brant Webb and Todd Russell have walked free, two weeks after "
      "a rockfall sealed them in a cage almost a kilometre underground. The two men emerged "
      "from the mine shortly after 5:00am, to cheers from hundreds of people who had gathered at "
      "the minehead. Mine manager Matthew Gill said more than 100 rescuers from Beaconsfield "
      "Gold and other Tasmanian mines had drilled through about 16 metres of solid rock to reach "
      "them. Their workmate Larry Knight, 44, was killed in the rockfall on Anzac Day, which was "
      "triggered by a small earthquake. Fourteen other miners who were underground at the time "
      "made it out safely, the company said.",
      [C("two", 2, "exact", "other", "miners freed", ctx="two men"),
       C("hundreds", 100, "vague", "other", "people at the minehead", optional=True),
       C("more than 100", 100, "more_than", "troops", "rescuers", GILL, cat_alt=["other"]),
       C("Fourteen", 14, "exact", "other", "miners who made it out", "the company")],
      published="2006-05-09"),

    P("d72_034",
      "Dreamworld inquest: Coroner finds safety systems 'rudimentary'\n"
      "February 24, 2020 12:35pm\n"
      "Queensland Coroner James McDougall has found that Dreamworld's safety systems were "
      "'frighteningly unsophisticated' when four people were killed on the Thunder River "
      "Rapids ride in October 2016. Kate Goodchild, Luke Dorsett, Roozi Araghi and Cindy Low "
      "died when their raft collided with another at the end of the ride and flipped. Two "
      "children who were in the raft, aged 10 and 12, survived. In findings handed down at the "
      "Southport Coroners Court, Mr McDougall said there had been at least 12 earlier incidents "
      "in which rafts had become stuck, none of which had led to changes in the ride's design. "
      "He referred Ardent Leisure to the Office of Industrial Relations for possible "
      "prosecution. About 20 family members attended the hearing.",
      [C("four", 4, "exact", "killed", "people on the Thunder River Rapids ride", MCDOUGALL),
       C("Two", 2, "exact", "other", "children who survived", MCDOUGALL, attr_alt=[None]),
       C("at least 12", 12, "at_least", "other", "earlier incidents on the ride",
         "Mr McDougall", attr_alt=[MCDOUGALL]),
       C("About 20", 20, "about", "other", "family members at the hearing", optional=True)],
      published="2020-02-24"),

    P("d72_035",
      "January 21, 2017 — 9:14am\n"
      "The death toll from Friday's rampage in Bourke Street has risen to five after a "
      "33-year-old man died in hospital overnight, Victoria Police said. Police said 31 people "
      "had been taken to hospital, with as many as a dozen of them still in a critical "
      "condition this morning. Among the dead are a three-month-old boy and a 10-year-old girl. "
      "Chief Commissioner Graham Ashton said the driver, a 26-year-old St Kilda man, had been "
      "shot in the arm by police before being arrested and was under guard at The Royal "
      "Melbourne Hospital. About 400 extra police officers would be deployed in the CBD over "
      "the weekend, he said.",
      [C("five", 5, "exact", "killed", "people in the Bourke Street rampage",
         "Victoria Police"),
       C("31", 31, "exact", "injured", "people taken to hospital", "Police",
         cat_alt=["other"]),
       C("as many as a dozen", 12, "at_most", "injured", "people in critical condition",
         "Police"),
       C("About 400", 400, "about", "troops", "extra police officers in the CBD", ASHTON,
         attr_alt=["he"], cat_alt=["other"])],
      published="2017-01-21"),

    P("d72_036",
      "TATHRA — Sixty-nine homes were destroyed and another 39 damaged when a bushfire swept "
      "into the seaside town on Sunday afternoon, NSW Rural Fire Service Commissioner Shane "
      "Fitzsimmons said on Monday. No lives were lost, and Commissioner Fitzsimmons said it was "
      "'extraordinary' that only a handful of people had needed treatment. About 700 residents "
      "and holidaymakers spent the night at the evacuation centre at the Bega Showground, "
      "according to the Bega Valley Shire Council. The fire, which started near Reedy Swamp, "
      "burnt more than 1,000 hectares in a matter of hours. More than 400 firefighters and 29 "
      "aircraft were involved at the height of the blaze.",
      [C("Sixty-nine", 69, "exact", "infrastructure", "homes destroyed in Tathra",
         FITZSIMMONS),
       C("39", 39, "exact", "infrastructure", "homes damaged in Tathra", FITZSIMMONS),
       C("About 700", 700, "about", "displaced", "people at the evacuation centre",
         "the Bega Valley Shire Council"),
       C("more than 1,000", 1000, "more_than", "other", "hectares burnt", optional=True),
       C("More than 400", 400, "more_than", "troops", "firefighters", cat_alt=["other"]),
       C("29", 29, "exact", "other", "aircraft", optional=True, cat_alt=["munitions"])]),

    # --- New Zealand ---------------------------------------------------------------------------
    P("d72_037",
      "Wednesday, November 14, 1990\n"
      "Thirteen people, among them a police sergeant and three young children, were shot dead by "
      "a lone gunman at Aramoana, the small seaside settlement at the mouth of Otago Harbour, "
      "police said last night. Sergeant Stewart Guthrie, of Port Chalmers, was killed after he "
      "went to investigate reports of a man firing a rifle. Three other people were wounded, "
      "one of them critically, and were flown to Dunedin Hospital. About 60 armed police, "
      "including members of the Anti-Terrorist Squad, had sealed off the settlement by "
      "nightfall, and residents who had escaped were being cared for at Port Chalmers. Police "
      "said the gunman, named as David Gray, 33, was still at large and believed to be in a "
      "crib in the settlement.",
      [C("Thirteen", 13, "exact", "killed", "people shot dead at Aramoana", "police"),
       C("three", 3, "exact", "killed", "young children shot dead", "police",
         ctx="three young children"),
       C("Three", 3, "exact", "injured", "people wounded", "police", attr_alt=[None],
         ctx="Three other"),
       C("one", 1, "exact", "injured", "person critically wounded", "police",
         attr_alt=[None], optional=True),
       C("About 60", 60, "about", "troops", "armed police at Aramoana", "police",
         attr_alt=[None])],
      published="1990-11-14"),

    P("d72_038",
      "Updated 6:05pm 17 May 2023\n"
      "Police have confirmed that six people died in the Loafers Lodge hostel fire in Newtown, "
      "Wellington, and say they do not expect the toll to rise further. Earlier, Prime Minister "
      "Chris Hipkins had said 'fewer than 10' people were believed to have died. Fire and "
      "Emergency NZ said 52 people had escaped the four-storey building, some by climbing onto "
      "the roof, and five people were taken to hospital. Wellington Region Emergency Management "
      "Office said about 90 residents had been found temporary accommodation. Police said the "
      "fire was being treated as suspicious.",
      [C("six", 6, "exact", "killed", "people in the Loafers Lodge fire", "Police"),
       C("fewer than 10", 10, "fewer_than", "killed", "people believed dead",
         "Prime Minister Chris Hipkins"),
       C("52", 52, "exact", "other", "people who escaped", FENZ),
       C("five", 5, "exact", "injured", "people taken to hospital", FENZ,
         cat_alt=["other"]),
       C("about 90", 90, "about", "displaced", "residents given temporary accommodation",
         "Wellington Region Emergency Management Office")],
      published="2023-05-17"),

    P("d72_039",
      "GREYMOUTH (NZPA) — Fourteen people, 13 of them students from the Tai Poutini Polytechnic "
      "outdoor recreation course, were killed yesterday when a viewing platform collapsed at "
      "Cave Creek in Paparoa National Park, police said. The platform, built by the Department "
      "of Conservation, fell about 30 metres into the creek below. Four survivors were flown out "
      "by helicopter to Greymouth Hospital, where one was in a critical condition last night. "
      "The 14th victim was a Department of Conservation field officer who had been leading the "
      "group. Conservation Minister Denis Marshall said all the department's structures would "
      "be inspected, which officials estimated would take at least six weeks.",
      [C("Fourteen", 14, "exact", "killed", "people in the Cave Creek collapse", "police"),
       C("13", 13, "exact", "killed", "polytechnic students", "police"),
       C("Four", 4, "exact", "injured", "survivors flown to hospital", "police",
         attr_alt=[None], cat_alt=["other"]),
       C("one", 1, "exact", "injured", "survivor in critical condition", "police",
         attr_alt=[None], optional=True)]),

    P("d72_040",
      "Posted Feb 07 2019 at 4:42 PM\n"
      "About 3,000 people remained out of their homes on Thursday after the Pigeon Valley fire "
      "forced the evacuation of Wakefield and surrounding areas, Nelson Tasman Civil Defence "
      "said. The fire has burned about 2,300 hectares since it broke out on Tuesday afternoon, "
      "and one house has been destroyed. Fire and Emergency NZ incident controller John Sutton "
      "said 23 helicopters and two fixed-wing aircraft were dropping water on the blaze, "
      "supported by about 150 firefighters on the ground. The New Zealand Defence Force has "
      "sent 22 personnel and three heavy trucks to help. No injuries have been reported.",
      [C("About 3,000", 3000, "about", "displaced", "people out of their homes", NT_CD),
       C("about 2,300", 2300, "about", "other", "hectares burned", NT_CD, attr_alt=[None],
         optional=True),
       C("one", 1, "exact", "infrastructure", "house destroyed", NT_CD, attr_alt=[None]),
       C("23", 23, "exact", "other", "helicopters", SUTTON, optional=True,
         cat_alt=["munitions"]),
       C("two", 2, "exact", "other", "fixed-wing aircraft", SUTTON, optional=True,
         cat_alt=["munitions"]),
       C("about 150", 150, "about", "troops", "firefighters on the ground", SUTTON,
         cat_alt=["other"]),
       C("22", 22, "exact", "troops", "Defence Force personnel",
         attr_alt=["The New Zealand Defence Force"]),
       C("three", 3, "exact", "other", "heavy trucks", optional=True,
         attr_alt=["The New Zealand Defence Force"], cat_alt=["aid"])],
      published="2019-02-07"),

]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 72)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d72_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
