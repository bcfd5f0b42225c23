"""Source of the eighty-fifth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on kidnappings, hostage takings, abductions, prisoner and hostage
exchanges, mass detentions and prison breaks (1985–2025), written for this set (none copied from
an article) in the style of wire copy (Reuters, AP, AFP, EFE, Lusa, ANSA, PTI), national dailies
(Punch, Premium Times, Dawn, the Philippine Daily Inquirer, The Hindu, The New York Times),
broadcasters (BBC-style pages) and live blogs with timestamps. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded
in the READMEs of ``tests/devset2`` to ``tests/devset18`` and ``tests/holdout2``. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

Run ``python tests/devset85/build_devset85.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = ("devset", *(f"devset{n}" for n in range(2, 85)), "holdout", "holdout2", "holdout3")

ICRC = "the International Committee of the Red Cross"

PASSAGES: list[Passage] = []

# --- Lebanon, India, Pakistan, Iraq ------------------------------------------------------------
PASSAGES += [
    P("d85_001",
      "NAQOURA, Lebanon, July 16, 2008 (Reuters) - Hezbollah handed over two black coffins "
      "holding the bodies of Israeli reservists Ehud Goldwasser and Eldad Regev at the Naqoura "
      "border crossing on Wednesday, ending two years of uncertainty over their fate. In return "
      "Israel freed five Lebanese prisoners, among them Samir Kuntar, and was due to hand over "
      "the remains of 199 Lebanese and Palestinian fighters, the International Committee of the "
      "Red Cross said. Kuntar, 45, had served nearly 30 years of multiple life sentences for a "
      "1979 raid on the coastal town of Nahariya in which four Israelis died. Thousands of "
      "Hezbollah supporters waved yellow flags in Beirut's southern suburbs ahead of a rally to "
      "greet the freed men. The capture of the two soldiers in a cross-border raid triggered a "
      "34-day war in which about 1,200 people in Lebanon and 158 Israelis were killed.",
      [C("two", 2, "exact", "killed", "Israeli reservists whose bodies were returned",
         cat_alt=["hostages", "other"], ctx="two black coffins"),
       C("five", 5, "exact", "detained", "Lebanese prisoners freed by Israel", ICRC),
       C("199", 199, "exact", "killed", "remains of Lebanese and Palestinian fighters", ICRC,
         cat_alt=["other"]),
       C("four", 4, "exact", "killed", "Israelis killed in the 1979 Nahariya raid"),
       C("Thousands", 1000, "vague", "other", "Hezbollah supporters at the rally"),
       C("two", 2, "exact", "hostages", "soldiers captured in 2006", optional=True,
         ctx="the two soldiers"),
       C("about 1,200", 1200, "about", "killed", "people in Lebanon in the 2006 war"),
       C("158", 158, "exact", "killed", "Israelis in the 2006 war")],
      published="2008-07-16"),

    P("d85_002",
      "SRINAGAR, Dec 13 (PTI) Rubaiya Sayeed, the 23-year-old daughter of Union Home Minister "
      "Mufti Mohammad Sayeed, was set free by her abductors tonight, hours after the Government "
      "released five jailed militants of the Jammu and Kashmir Liberation Front (JKLF). She had "
      "been held for five days since gunmen stopped a minibus near her home in Nowgam on "
      "December 8. The five men, freed from Srinagar Central Jail, were taken in a procession "
      "through the old city by thousands of cheering supporters, according to eyewitnesses. "
      "Official sources said security forces had detained over 40 suspected militants during "
      "searches in the past week, but none of the abductors had been traced. Police said at "
      "least three people were injured when they fired in the air to disperse crowds near Jama "
      "Masjid.",
      [C("five", 5, "exact", "detained", "JKLF militants released", ctx="five jailed"),
       C("five", 5, "exact", "detained", "militants freed from Srinagar Central Jail",
         optional=True, ctx="The five men"),
       C("thousands", 1000, "vague", "other", "supporters in the procession", "eyewitnesses"),
       C("over 40", 40, "more_than", "detained", "suspected militants detained in searches",
         "Official sources"),
       C("at least three", 3, "at_least", "injured", "people near Jama Masjid", "Police")]),

    P("d85_003",
      "KARACHI, Pakistan (AP) — Four Arab gunmen who had held a Pan Am jumbo jet on the tarmac "
      "at Karachi airport for 16 hours opened fire on passengers when the lights went out late "
      "Friday, killing at least 16 people and wounding more than 100, airport officials said. "
      "Pakistani commandos stormed the Boeing 747 after the shooting began and captured all "
      "four hijackers, several of them wounded, officials said. The plane, bound from Bombay to "
      "New York via Frankfurt, had 358 passengers and 13 crew aboard when it was seized at dawn. "
      "Many passengers escaped down emergency chutes or jumped from a wing. A hospital spokesman "
      "said 87 of the wounded were still being treated tonight, some of them with gunshot "
      "wounds to the head. The hijackers had demanded to be flown to Cyprus to free jailed "
      "comrades there.",
      [C("Four", 4, "exact", "troops", "hijackers", "airport officials", cat_alt=["other"]),
       C("at least 16", 16, "at_least", "killed", "people on the Pan Am jet",
         "airport officials"),
       C("more than 100", 100, "more_than", "injured", "people on the Pan Am jet",
         "airport officials"),
       C("four", 4, "exact", "detained", "hijackers captured by commandos", "officials",
         attr_alt=["airport officials"], ctx="all four hijackers"),
       C("358", 358, "exact", "other", "passengers aboard", cat_alt=["hostages"]),
       C("13", 13, "exact", "other", "crew aboard", cat_alt=["hostages"]),
       C("87", 87, "exact", "injured", "wounded still in hospital", "A hospital spokesman")]),

    P("d85_004",
      "BAGHDAD, July 15 (Reuters) - Gunmen in police-style camouflage uniforms seized the head "
      "of Iraq's Olympic Committee and about 30 other people at a conference in central Baghdad "
      "on Saturday, police and officials said. Committee chairman Ahmed al-Hijiya was taken "
      "along with board members, sports officials and bodyguards as they met at a cultural "
      "centre in the Karrada district. Police said between 50 and 60 gunmen arrived in a convoy "
      "of about 15 vehicles and sealed off the street before storming the building. A guard was "
      "shot dead when he tried to resist, a police source said. By evening fewer than 10 of those "
      "seized had been released, an Interior Ministry official said. The "
      "kidnapping was one of the largest since the 2003 invasion, in a city where dozens of "
      "people are abducted every week.",
      [C("about 30", 30, "about", "hostages", "people seized at the Olympic Committee meeting",
         "police and officials"),
       C("between 50 and 60", 50, "range", "troops", "gunmen", "Police", high=60,
         cat_alt=["other"]),
       C("about 15", 15, "about", "other", "vehicles in the convoy", "Police", optional=True),
       C("fewer than 10", 10, "fewer_than", "hostages", "people seized who were released",
         "an Interior Ministry official"),
       C("dozens", 12, "vague", "hostages", "people abducted in Baghdad every week")]),

    P("d85_005",
      "ROME (ANSA) - Italian intelligence officer Nicola Calipari was killed by US fire at a "
      "checkpoint near Baghdad airport on Friday night, minutes after securing the release of "
      "journalist Giuliana Sgrena, who had been held hostage for a month, Premier Silvio "
      "Berlusconi said. Sgrena, 56, a reporter for the communist daily il manifesto, was wounded "
      "in the shoulder and another agent travelling in the car was also hurt, he said. US "
      "soldiers fired 300 to 400 rounds at the car, Sgrena told Sky Italia from her hospital "
      "bed, a figure the US military later disputed. Calipari, 51, had helped free two Italian "
      "aid workers, Simona Pari and Simona Torretta, in Baghdad last September. Thousands of "
      "people filed past his coffin at Rome's Vittoriano monument on Sunday. Some 3,000 Italian "
      "troops are stationed in southern Iraq.",
      [C("300 to 400", 300, "range", "munitions", "rounds fired at the car", "Sgrena",
         high=400, cat_alt=["other"]),
       C("two", 2, "exact", "hostages", "Italian aid workers freed in 2004",
         ctx="two Italian"),
       C("Thousands", 1000, "vague", "other", "mourners at the Vittoriano"),
       C("Some 3,000", 3000, "about", "troops", "Italian troops in southern Iraq")]),

    P("d85_006",
      "British hostage Peter Moore freed in Iraq\n"
      "Published 30 December 2009\n"
      "British computer consultant Peter Moore has been freed in Iraq more than two and a half "
      "years after he was kidnapped in Baghdad, the Foreign Office has said. Mr Moore, 36, was "
      "seized with four British security guards at the Finance Ministry in May 2007 by about 40 "
      "men dressed as police officers. The bodies of three of the guards, Jason Swindlehurst, "
      "Jason Creswell and Alec MacLachlan, were handed over to British officials earlier this "
      "year. The fourth, Alan McMenemy, is also believed to have been killed, Foreign Secretary "
      "David Miliband said. The kidnappers, from a group calling itself the Islamic Shia "
      "Resistance, had demanded the release of nine of their members held by US forces.",
      [C("four", 4, "exact", "hostages", "British security guards seized with Moore",
         attr_alt=["the Foreign Office"]),
       C("about 40", 40, "about", "troops", "kidnappers dressed as police",
         cat_alt=["other"], attr_alt=["the Foreign Office"]),
       C("three", 3, "exact", "killed", "guards whose bodies were handed over",
         cat_alt=["hostages"], attr_alt=["the Foreign Office"]),
       C("nine", 9, "exact", "detained", "group members held by US forces",
         attr_alt=["The kidnappers"])],
      published="2009-12-30"),

    P("d85_007",
      "WASHINGTON, April 23, 2015 (Reuters) - A U.S. counterterrorism strike on an al Qaeda "
      "compound in the Afghanistan-Pakistan border region in January accidentally killed two "
      "hostages, American aid worker Warren Weinstein and Italian Giovanni Lo Porto, the White "
      "House said on Thursday. President Barack Obama said he took full responsibility and "
      "offered his \"deepest apologies\" to the families. Weinstein, 73, had been held since "
      "gunmen seized him from his home in Lahore in August 2011. A separate operation in the "
      "same region killed Adam Gadahn, an American-born spokesman for the group, officials "
      "said. U.S. drone strikes in Pakistan have killed between 2,400 and 3,900 people in more "
      "than 400 strikes since 2004, according to the Bureau of Investigative Journalism, a "
      "London-based group that tracks them.",
      [C("two", 2, "exact", "killed", "hostages killed in the strike", "the White House",
         cat_alt=["hostages"]),
       C("between 2,400 and 3,900", 2400, "range", "killed",
         "people killed by US drone strikes in Pakistan",
         "the Bureau of Investigative Journalism", high=3900),
       C("more than 400", 400, "more_than", "other", "US drone strikes in Pakistan",
         "the Bureau of Investigative Journalism", cat_alt=["munitions"])],
      published="2015-04-23"),
]

# --- Russia, Nigeria, Haiti, Venezuela, India -------------------------------------------------
NCOS = "the Nigerian Correctional Service (NCoS)"
PASSAGES += [
    P("d85_008",
      "Russia prison hostage-taking: live updates\n"
      "09:41 Four inmates armed with knives have taken several staff members hostage at penal "
      "colony IK-19 in Surovikino, in Russia's Volgograd region, the regional prison service "
      "says. Some of the attackers are wearing belts that look like explosives, state media "
      "report.\n"
      "10:05 The prison service now says four staff members have been killed. Several other "
      "staff and inmates are reported injured.\n"
      "10:32 Snipers from Rosgvardia shot dead all four attackers, the national guard says in a "
      "statement. Its special forces freed the surviving hostages, it adds, without saying how "
      "many there were.\n"
      "11:15 One more employee has been taken to hospital with stab wounds, bringing the number "
      "injured to three, according to the prison service. The colony holds around 500 "
      "prisoners, Russian media say.\n"
      "11:40 A similar hostage-taking at a detention centre in Rostov-on-Don in June ended with "
      "special forces shooting dead five of the six inmates involved.",
      [C("Four", 4, "exact", "detained", "inmates who took staff hostage",
         "the regional prison service", cat_alt=["troops", "other"], ctx="Four inmates"),
       C("four", 4, "exact", "killed", "prison staff members", "The prison service",
         attr_alt=["the regional prison service"], ctx="four staff members"),
       C("four", 4, "exact", "killed", "attackers shot dead by snipers", "the national guard",
         attr_alt=["Rosgvardia"], ctx="all four attackers"),
       C("One", 1, "exact", "injured", "employee taken to hospital", "the prison service",
         ctx="One more employee"),
       C("three", 3, "exact", "injured", "people injured at IK-19", "the prison service"),
       C("around 500", 500, "about", "detained", "prisoners held at IK-19", "Russian media",
         cat_alt=["population"]),
       C("five", 5, "exact", "killed", "inmates shot dead in Rostov-on-Don"),
       C("six", 6, "exact", "detained", "inmates involved in the Rostov hostage-taking",
         cat_alt=["troops", "other"])]),

    P("d85_009",
      "119 inmates escape as rainstorm brings down Suleja prison wall\n"
      "By Abdulkareem Mojeed\n"
      "April 25, 2024\n"
      "A total of 119 inmates escaped from the Medium Security Custodial Centre in Suleja, Niger "
      "State, after a heavy rainstorm on Wednesday night damaged part of the facility's "
      "perimeter fence, the Nigerian Correctional Service (NCoS) has said. In a statement on "
      "Thursday, the service's spokesperson, Adamu Duza, said 10 of the escapees had been "
      "recaptured and efforts were ongoing to track down the rest. He said the centre, built in "
      "1914, had been \"weakened by age\" and that the downpour had also wrecked buildings in "
      "the surrounding community. The escape comes less than two years after gunmen freed more "
      "than 800 inmates from the Kuje custodial centre in Abuja.",
      [C("119", 119, "exact", "detained", "inmates who escaped (headline)",
         cat_alt=["other"], ctx="119 inmates escape as"),
       C("119", 119, "exact", "detained", "inmates who escaped from Suleja", NCOS,
         cat_alt=["other"], ctx="A total of 119"),
       C("10", 10, "exact", "detained", "escapees recaptured", "Adamu Duza",
         attr_alt=["the service's spokesperson"]),
       C("more than 800", 800, "more_than", "detained", "inmates freed from Kuje in 2022",
         cat_alt=["other"])],
      published="2024-04-25"),

    P("d85_010",
      "Kogi jailbreak: Seven of 12 escaped inmates recaptured\n"
      "LOKOJA: Seven of the 12 inmates who escaped from the Koton Karfe Custodial Centre in Kogi "
      "State on Monday night have been rearrested, the Nigerian Correctional Service has said. "
      "The service's spokesman in the state, Samuel Ochai, told our correspondent on Tuesday "
      "that the escapees had broken through the ceiling of their cell block at about 2am. "
      "\"Five are still at large and we are working with the police, the DSS and local "
      "vigilantes to bring them back,\" he said. Ochai said the centre, which has a capacity of "
      "160, was holding 277 inmates at the time, most of them awaiting trial. He said no "
      "officer was injured.",
      [C("Seven", 7, "exact", "detained", "escaped inmates recaptured (headline)",
         ctx="Seven of 12"),
       C("12", 12, "exact", "detained", "inmates who escaped (headline)", cat_alt=["other"],
         ctx="12 escaped"),
       C("Seven", 7, "exact", "detained", "escaped inmates rearrested",
         "the Nigerian Correctional Service", ctx="Seven of the 12"),
       C("12", 12, "exact", "detained", "inmates who escaped from Koton Karfe",
         "the Nigerian Correctional Service", cat_alt=["other"], ctx="12 inmates"),
       C("Five", 5, "exact", "detained", "escapees still at large", "Samuel Ochai",
         cat_alt=["other", "missing"], attr_alt=["he"]),
       C("160", 160, "exact", "detained", "capacity of the centre", "Ochai", optional=True,
         cat_alt=["other"]),
       C("277", 277, "exact", "detained", "inmates held at Koton Karfe", "Ochai",
         cat_alt=["population"], attr_alt=["Samuel Ochai"])]),

    P("d85_011",
      "PORT-AU-PRINCE, Haiti (AP) — Gunmen kidnapped eight people, including Irish missionary "
      "Gena Heraty and a 3-year-old child, from an orphanage on the outskirts of Haiti's capital "
      "early Sunday, officials said. The attack took place at the Sainte-Hélène home in "
      "Kenscoff, which cares for about 240 children, many of them with disabilities, according "
      "to the Nos Petits Frères et Sœurs charity that runs it. Heraty, who has lived in Haiti "
      "for more than three decades, was taken along with six employees and the child, the "
      "charity said. No ransom demand had been made public. Gangs control about 90% of "
      "Port-au-Prince, and at least 300 people were kidnapped across Haiti between January and "
      "June, according to the United Nations.",
      [C("eight", 8, "exact", "hostages", "people kidnapped from the orphanage", "officials"),
       C("about 240", 240, "about", "population", "children cared for at the orphanage",
         "the Nos Petits Frères et Sœurs charity", cat_alt=["other"]),
       C("six", 6, "exact", "hostages", "orphanage employees kidnapped", "the charity",
         attr_alt=["the Nos Petits Frères et Sœurs charity"]),
       C("about 90%", 90, "about", "other", "share of Port-au-Prince controlled by gangs",
         "the United Nations", optional=True),
       C("at least 300", 300, "at_least", "hostages", "people kidnapped in Haiti, January-June",
         "the United Nations")]),

    P("d85_012",
      "Caracas, Jan 31 (EFE).- Venezuela on Friday released six Americans who had been detained "
      "in the country, after President Nicolás Maduro met US special envoy Richard Grenell at "
      "the Miraflores palace, the White House said. The six men flew home with Grenell aboard "
      "his plane, according to a video he posted on social media. Venezuelan rights group Foro "
      "Penal says more than 1,600 people remain jailed in the country for political reasons, "
      "most of them arrested in the crackdown that followed the disputed July 28 election. The "
      "government has said that more than 2,000 people were detained after the vote and that "
      "some 1,300 have since been freed. At least nine other US citizens are still held in "
      "Venezuela, according to US media.",
      [C("six", 6, "exact", "detained", "Americans released by Venezuela", "the White House",
         ctx="released six"),
       C("six", 6, "exact", "detained", "Americans flown home", "a video he posted",
         optional=True, ctx="The six men"),
       C("more than 1,600", 1600, "more_than", "detained", "political prisoners in Venezuela",
         "Foro Penal", attr_alt=["Venezuelan rights group Foro Penal"]),
       C("more than 2,000", 2000, "more_than", "detained", "people detained after the vote",
         "The government"),
       C("some 1,300", 1300, "about", "detained", "detainees since freed", "The government"),
       C("At least nine", 9, "at_least", "detained", "US citizens held in Venezuela",
         "US media", cat_alt=["hostages"])]),

    P("d85_013",
      "BHUBANESWAR, February 24, 2011\n"
      "Malkangiri Collector R. Vineel Krishna, held hostage by Maoists for eight days, walked "
      "free on Thursday evening after the State government agreed to most of the rebels' 14 "
      "demands. Junior engineer Pabitra Majhi, who was abducted with him on February 16, had "
      "been released a day earlier. Chief Minister Naveen Patnaik told the Assembly that the "
      "government would release eight Maoist prisoners, among them the wives of two senior "
      "cadres, once their cases had been reviewed. Two interlocutors nominated by the rebels, "
      "Professors G. Haragopal and R.S. Rao, mediated the talks. Over 5,000 government "
      "employees in the district had struck work demanding the Collector's release, officials "
      "said.",
      [C("14", 14, "exact", "other", "rebels' demands", optional=True),
       C("eight", 8, "exact", "detained", "Maoist prisoners to be released",
         "Chief Minister Naveen Patnaik", ctx="release eight"),
       C("two", 2, "exact", "other", "senior cadres whose wives are to be freed",
         "Chief Minister Naveen Patnaik", optional=True, ctx="two senior"),
       C("Two", 2, "exact", "other", "interlocutors", optional=True),
       C("Over 5,000", 5000, "more_than", "other", "government employees on strike",
         "officials")],
      published="2011-02-24"),

    P("d85_014",
      "MOSCOW, Feb 4 (AFP) - Russian authorities said Thursday they had handed over Radio "
      "Liberty correspondent Andrei Babitsky to Chechen rebels in exchange for three Russian "
      "soldiers held captive by the separatists, a swap his employer called illegal. Babitsky, "
      "35, had been detained by federal forces near Grozny in mid-January and accused of "
      "working with the rebels. Sergei Yastrzhembsky, the Kremlin's spokesman on Chechnya, said "
      "the handover took place at a checkpoint and that the journalist had agreed to it. Radio "
      "Liberty said it had no proof he was alive. Federal forces say they have lost 1,173 men "
      "since the campaign began in October, while the rebels claim to have killed more than "
      "3,000.",
      [C("three", 3, "exact", "hostages", "Russian soldiers held by the rebels",
         "Russian authorities", cat_alt=["detained"]),
       C("1,173", 1173, "exact", "killed", "federal troops", "Federal forces"),
       C("more than 3,000", 3000, "more_than", "killed", "federal troops (rebel claim)",
         "the rebels")]),
]

# --- Sahel, Nigeria, Philippines, Colombia, Ukraine, Mexico, Lebanon --------------------------
GAJERE = "Mr Ibrahim Gajere"
PAOCC = "the Presidential Anti-Organized Crime Commission (PAOCC)"
CASIO = "PAOCC spokesperson Winston Casio"
CHIH = "the Chihuahua state prosecutor's office"
PASSAGES += [
    P("d85_015",
      "WASHINGTON (AP) — U.S. special operations forces rescued an American held hostage by "
      "armed men in northern Nigeria in a predawn raid on Saturday, killing six of the seven "
      "captors, U.S. officials said. Philip Walton, 27, had been seized days earlier from his "
      "family's farm in southern Niger, near the border with Nigeria, by men on motorbikes who "
      "demanded a ransom of $1 million. \"This was a dangerous mission,\" chief Pentagon "
      "spokesman Jonathan Hoffman said in a statement, adding that no U.S. military personnel "
      "were hurt. A U.S. official said about 30 members of SEAL Team 6 took part, parachuting "
      "in from aircraft. Walton's father, wife and young daughter, who were at the farm during "
      "the abduction, were not taken.",
      [C("six", 6, "exact", "killed", "captors killed in the rescue", "U.S. officials"),
       C("seven", 7, "exact", "troops", "captors", "U.S. officials", cat_alt=["other"]),
       C("about 30", 30, "about", "troops", "SEAL Team 6 members in the raid",
         "A U.S. official")]),

    P("d85_016",
      "BAMAKO (AFP) - Gunmen kidnapped three Italians and a Togolese national from their home "
      "near Koutiala in southern Mali on Thursday night, local and security sources told AFP. "
      "The Italians, a couple and their adult son, are Jehovah's Witnesses who had lived in the "
      "area for several years, a local official said. \"About ten armed men came on motorbikes "
      "and took them away,\" he said. No group has claimed the abduction. At least eight "
      "foreigners are currently held hostage in the Sahel, among them an American aid worker "
      "seized in Niger in 2016 and a French journalist taken in Gao in 2021, according to an "
      "AFP tally.",
      [C("three", 3, "exact", "hostages", "Italians kidnapped near Koutiala",
         "local and security sources"),
       C("About ten", 10, "about", "troops", "armed kidnappers", "a local official",
         cat_alt=["other"], attr_alt=["he"]),
       C("At least eight", 8, "at_least", "hostages", "foreigners held in the Sahel",
         "an AFP tally")]),

    P("d85_017",
      "Kaduna: 16 of 61 abducted Kajuru residents escape, says council chairman\n"
      "7th March 2024\n"
      "Sixteen of the 61 residents abducted by bandits in Kasuwan Magani, Kajuru Local "
      "Government Area of Kaduna State, have escaped from their captors, the council chairman, "
      "Mr Ibrahim Gajere, has said. Gajere told The PUNCH on Wednesday that 45 people, among "
      "them women and children, remained in captivity. \"The attackers came around 1am and "
      "moved from house to house. Two of our people were shot dead when they tried to run, and "
      "they burnt six houses,\" he said. Residents had earlier put the number of those taken at 87. The Kaduna State Police "
      "Command said it had deployed tactical teams to the forests around the community but "
      "gave no figures.",
      [C("16", 16, "exact", "hostages", "abducted residents who escaped (headline)",
         "council chairman", attr_alt=[GAJERE]),
       C("61", 61, "exact", "hostages", "residents abducted (headline)", "council chairman",
         attr_alt=[GAJERE], ctx="61 abducted"),
       C("Sixteen", 16, "exact", "hostages", "abducted residents who escaped", GAJERE,
         attr_alt=["the council chairman"]),
       C("61", 61, "exact", "hostages", "residents abducted in Kasuwan Magani", GAJERE,
         attr_alt=["the council chairman"], ctx="61 residents"),
       C("45", 45, "exact", "hostages", "residents still in captivity", "Gajere",
         attr_alt=[GAJERE]),
       C("Two", 2, "exact", "killed", "residents shot dead while fleeing", "Gajere",
         attr_alt=["he", GAJERE]),
       C("six", 6, "exact", "infrastructure", "houses burnt by the attackers", "Gajere",
         attr_alt=["he", GAJERE], cat_alt=["other"]),
       C("87", 87, "exact", "hostages", "people taken (residents' earlier figure)",
         "Residents")],
      published="2024-03-07"),

    P("d85_018",
      "Porac POGO raid: 158 foreigners held, 29 Filipinos rescued\n"
      "June 6, 2024\n"
      "CITY OF SAN FERNANDO, Pampanga — Authorities rounded up 158 foreign nationals, most of "
      "them Chinese, in a raid on an offshore gaming hub in Porac town on Tuesday, the "
      "Presidential Anti-Organized Crime Commission (PAOCC) said. Another 29 Filipino workers "
      "were rescued from the 10-hectare compound, which had 46 buildings including villas, a "
      "swimming pool and a wine cellar, said PAOCC spokesperson Winston Casio. Casio said some "
      "of the rescued workers showed signs of torture and had been held against their will. "
      "About 300 police and soldiers took part in the operation, the Philippine National Police "
      "added. The Department of Social Welfare and Development said it had handed out 200 food packs "
      "to the rescued workers. The raid came three months after 875 workers were found at a similar hub in "
      "Bamban, Tarlac.",
      [C("158", 158, "exact", "detained", "foreign nationals held (headline)",
         ctx="158 foreigners"),
       C("29", 29, "exact", "hostages", "Filipino workers rescued (headline)",
         cat_alt=["other"], ctx="29 Filipinos"),
       C("158", 158, "exact", "detained", "foreign nationals rounded up", PAOCC,
         ctx="158 foreign nationals"),
       C("29", 29, "exact", "hostages", "Filipino workers rescued", CASIO,
         cat_alt=["other"], ctx="29 Filipino workers"),
       C("46", 46, "exact", "infrastructure", "buildings in the compound", CASIO,
         optional=True, cat_alt=["other"]),
       C("About 300", 300, "about", "troops", "police and soldiers in the raid",
         "the Philippine National Police"),
       C("200", 200, "exact", "aid", "food packs handed out",
         "The Department of Social Welfare and Development"),
       C("875", 875, "exact", "other", "workers found at the Bamban hub", optional=True,
         cat_alt=["detained", "hostages"])],
      published="2024-06-06"),

    P("d85_019",
      "VILLAVICENCIO, Colombia, April 2, 2012 (AFP) - FARC rebels freed the last 10 police "
      "officers and soldiers they held, some of whom had spent more than 14 years in captivity, "
      "handing them to a humanitarian mission in the jungle on Monday. A Brazilian military "
      "helicopter carrying the men, four police officers and six soldiers, landed at "
      "Villavicencio airport to cheers from relatives. The guerrillas announced in February that "
      "they would stop kidnapping civilians for ransom, but the Free Country Foundation says the "
      "group still holds at least 400 civilians. President Juan Manuel Santos called the "
      "release \"a step in the right direction\" but said it was not enough. The FARC, which "
      "has an estimated 9,000 fighters, has been at war with the state since 1964.",
      [C("10", 10, "exact", "hostages", "police and soldiers freed by the FARC"),
       C("four", 4, "exact", "hostages", "police officers freed"),
       C("six", 6, "exact", "hostages", "soldiers freed"),
       C("at least 400", 400, "at_least", "hostages", "civilians held by the FARC",
         "the Free Country Foundation"),
       C("an estimated 9,000", 9000, "about", "troops", "FARC fighters")],
      published="2012-04-02"),

    P("d85_020",
      "Russia-Ukraine war live: Zelenskiy says 205 Ukrainians home in latest swap\n"
      "Updated Thu 2 Oct 2025 15.05 BST\n"
      "14.22 BST\n"
      "Ukraine and Russia have exchanged 185 prisoners of war each, and Kyiv has also brought "
      "home 20 civilians, President Volodymyr Zelenskiy said on Telegram. \"Our people are "
      "home,\" he wrote, thanking the United Arab Emirates for mediating.\n"
      "14.51 BST\n"
      "Russia's defence ministry says the 185 Russian servicemen returned are in Belarus "
      "receiving medical and psychological help and will be taken to Russia for treatment. It "
      "made no mention of civilians. Ukraine's Coordination Headquarters for the Treatment of "
      "Prisoners of War said some of those freed had been held since 2022. Kyiv says more than "
      "8,000 Ukrainians, soldiers and civilians, are still held by Russia.",
      [C("205", 205, "exact", "detained", "Ukrainians returned (headline)", "Zelenskiy",
         attr_alt=["President Volodymyr Zelenskiy"]),
       C("185", 185, "exact", "detained", "prisoners of war exchanged by each side",
         "President Volodymyr Zelenskiy", ctx="185 prisoners"),
       C("20", 20, "exact", "detained", "Ukrainian civilians brought home",
         "President Volodymyr Zelenskiy"),
       C("185", 185, "exact", "detained", "Russian servicemen returned",
         "Russia's defence ministry", ctx="185 Russian"),
       C("more than 8,000", 8000, "more_than", "detained", "Ukrainians held by Russia",
         "Kyiv")],
      published="2025-10-02"),

    P("d85_021",
      "CIUDAD JUAREZ, Mexico, Jan 1 (Reuters) - Gunmen in armored vehicles attacked a state "
      "prison in the Mexican border city of Ciudad Juarez early on Sunday, killing 10 guards and "
      "four inmates and allowing at least 24 prisoners to escape, the Chihuahua state "
      "prosecutor's office said. Thirteen other people were wounded in the assault, which began "
      "around 7 a.m. as relatives gathered to visit inmates for New Year's Day, the office said "
      "in a statement. Among the escapees was the leader of the Los Mexicles gang, authorities "
      "said. Hours later, police killed four suspected gunmen in a shootout in the city and "
      "detained two more, the prosecutor's office said. The state government said about 1,500 "
      "soldiers and police officers had been sent to reinforce security in the city.",
      [C("10", 10, "exact", "killed", "prison guards", CHIH),
       C("four", 4, "exact", "killed", "inmates", CHIH, ctx="four inmates"),
       C("at least 24", 24, "at_least", "detained", "prisoners who escaped", CHIH,
         cat_alt=["other"]),
       C("Thirteen", 13, "exact", "injured", "people wounded in the assault", "the office",
         attr_alt=[CHIH]),
       C("four", 4, "exact", "killed", "suspected gunmen killed by police",
         "the prosecutor's office", attr_alt=[CHIH], ctx="four suspected"),
       C("two", 2, "exact", "detained", "suspected gunmen detained",
         "the prosecutor's office", attr_alt=[CHIH], ctx="two more"),
       C("about 1,500", 1500, "about", "troops", "soldiers and police sent to Ciudad Juarez",
         "The state government")]),

    P("d85_022",
      "BEIRUT, Lebanon (AP) — Three Soviet diplomats kidnapped in Moslem west Beirut a month "
      "ago were freed Wednesday and walked into their embassy unharmed, a Soviet Embassy "
      "spokesman said. The body of a fourth, consular attache Arkady Katkov, was found near a "
      "sports stadium two days after the four were seized by gunmen as they drove to work. A "
      "group calling itself the Islamic Liberation Organization had claimed the kidnapping and "
      "threatened to kill the others unless Moscow pressed Syria to halt an offensive against "
      "Sunni militiamen in the northern port of Tripoli. More than 20 Westerners are missing in "
      "Lebanon, most of them believed held by Shiite extremists, among them six Americans.",
      [C("Three", 3, "exact", "hostages", "Soviet diplomats freed",
         "a Soviet Embassy spokesman"),
       C("four", 4, "exact", "hostages", "Soviet diplomats seized", optional=True,
         attr_alt=["a Soviet Embassy spokesman"]),
       C("More than 20", 20, "more_than", "missing", "Westerners missing in Lebanon",
         cat_alt=["hostages"]),
       C("six", 6, "exact", "hostages", "Americans believed held in Lebanon",
         cat_alt=["missing"])]),
]

# --- Mozambique, Israel, Pakistan, Syria, Colombia, Burkina Faso, India ----------------------
CTA = "Mozambique's main business association, CTA"
PGR = "The Attorney-General's Office"
TAIMOOR = "District police officer Taimoor Khan"
PASSAGES += [
    P("d85_023",
      "MAPUTO, Jan 22, 2024 (Lusa) - Mozambique's main business association, CTA, said on Monday "
      "that more than 150 businesspeople had been kidnapped in the country since 2011 and that "
      "around 100 had left Mozambique out of fear, after another businessman was seized in "
      "central Maputo last week. The Attorney-General's Office said 14 kidnapping cases were "
      "registered in 2023, down from 20 the year before, and that fewer than 40 people had been "
      "charged. Police said the businessman, of Asian origin, was forced into a car near his "
      "shop on Friday by four armed men. \"We cannot continue to live in fear,\" the CTA's "
      "president, Agostinho Vuma, told reporters, calling for a special court. Ransoms demanded "
      "in recent cases have reached $2 million, according to police.",
      [C("more than 150", 150, "more_than", "hostages", "businesspeople kidnapped since 2011",
         CTA, attr_alt=["CTA"]),
       C("around 100", 100, "about", "displaced", "businesspeople who left Mozambique", CTA,
         cat_alt=["other"], attr_alt=["CTA"]),
       C("14", 14, "exact", "other", "kidnapping cases registered in 2023", PGR,
         cat_alt=["hostages"]),
       C("20", 20, "exact", "other", "kidnapping cases registered in 2022", PGR,
         cat_alt=["hostages"]),
       C("fewer than 40", 40, "fewer_than", "detained", "people charged over kidnappings", PGR,
         cat_alt=["other"]),
       C("four", 4, "exact", "troops", "armed kidnappers", "Police", cat_alt=["other"])],
      published="2024-01-22"),

    P("d85_024",
      "ISRAEL FREES 1,150 TO WIN RELEASE OF 3 SOLDIERS\n"
      "May 21, 1985\n"
      "By Thomas L. Friedman, Special to The New York Times\n"
      "JERUSALEM, May 20 — Israel released 1,150 Arab prisoners today in exchange for three "
      "Israeli soldiers held in Lebanon by the Popular Front for the Liberation of "
      "Palestine-General Command, the group led by Ahmed Jibril. The exchange, arranged through "
      "the International Committee of the Red Cross, was carried out simultaneously in Geneva "
      "and at an air base in central Israel. Of the prisoners freed, 394 were flown to Geneva "
      "and then on to Libya, Syria and other countries, while about 600 were allowed to return "
      "to their homes in the West Bank and Gaza, Israeli officials said. Among them was Kozo "
      "Okamoto, the Japanese gunman who survived the 1972 attack at Lod Airport, in which 26 "
      "people were killed. The three soldiers were captured during the 1982 invasion of "
      "Lebanon.",
      [C("1,150", 1150, "exact", "detained", "prisoners freed by Israel (headline)",
         ctx="1,150 TO"),
       C("3", 3, "exact", "hostages", "Israeli soldiers released (headline)",
         cat_alt=["detained"]),
       C("1,150", 1150, "exact", "detained", "Arab prisoners released by Israel",
         ctx="1,150 Arab"),
       C("three", 3, "exact", "hostages", "Israeli soldiers held in Lebanon",
         cat_alt=["detained"], ctx="three Israeli"),
       C("394", 394, "exact", "detained", "released prisoners flown abroad",
         "Israeli officials", cat_alt=["displaced"]),
       C("about 600", 600, "about", "detained", "released prisoners allowed home",
         "Israeli officials"),
       C("26", 26, "exact", "killed", "people killed at Lod Airport in 1972"),
       C("three", 3, "exact", "hostages", "soldiers captured in 1982", optional=True,
         cat_alt=["detained"], ctx="three soldiers")],
      published="1985-05-21"),

    P("d85_025",
      "Ali Haider Gilani recovered in Afghanistan three years after abduction\n"
      "Dawn Report | Published May 11, 2016\n"
      "ISLAMABAD: Ali Haider Gilani, son of former prime minister Yousuf Raza Gilani, was "
      "recovered on Tuesday in a raid by US and Afghan forces in Afghanistan's Paktika province, "
      "officials said. Four militants were killed in the operation, a spokesman for the Afghan "
      "defence ministry said, adding that no Afghan or US soldier was hurt. Mr Gilani was "
      "abducted in Multan on May 9, 2013, two days before the general elections, when gunmen "
      "opened fire on a corner meeting, killing two people, his secretary and a guard. His "
      "brother, Syed Abdul Qadir Gilani, said the family had received \"dozens\" of ransom "
      "calls over the years. Shahbaz Taseer, son of slain Punjab governor Salmaan Taseer, was "
      "freed in March after four and a half years in captivity.",
      [C("Four", 4, "exact", "killed", "militants killed in the rescue raid",
         "a spokesman for the Afghan defence ministry"),
       C("two", 2, "exact", "killed", "people killed during the 2013 abduction",
         ctx="two people"),
       C("dozens", 12, "vague", "other", "ransom calls received by the family",
         "Syed Abdul Qadir Gilani", optional=True)],
      published="2016-05-11"),

    P("d85_026",
      "DAMASCUS, Jan 9 (AFP) - Syrian rebels freed 48 Iranians they had held since August in "
      "exchange for 2,130 prisoners released by the Damascus regime, in the biggest swap since "
      "the conflict began, Turkish and Iranian officials said. The Iranians, whom the rebels "
      "accused of being Revolutionary Guards on a reconnaissance mission, were handed over in "
      "the capital and taken to a hotel, Iran's state television said. Among the prisoners "
      "freed by the government were four Turks, according to the IHH, a Turkish Islamic charity "
      "that helped broker the deal. The rebels, from the al-Baraa brigade, had threatened in "
      "October to kill the captives one by one and said three of them had died in a government "
      "air strike. The Syrian Observatory for Human Rights says more than 60,000 people have "
      "been killed in the 21-month conflict.",
      [C("48", 48, "exact", "hostages", "Iranians freed by Syrian rebels",
         "Turkish and Iranian officials"),
       C("2,130", 2130, "exact", "detained", "prisoners released by the Syrian government",
         "Turkish and Iranian officials"),
       C("four", 4, "exact", "detained", "Turks among the freed prisoners", "the IHH"),
       C("three", 3, "exact", "killed", "Iranian captives killed in an air strike",
         "The rebels", cat_alt=["hostages"]),
       C("more than 60,000", 60000, "more_than", "killed", "people killed in Syria",
         "The Syrian Observatory for Human Rights")]),

    P("d85_027",
      "Colombia: ELN frees journalist Salud Hernández-Mora and two TV reporters\n"
      "BOGOTÁ — The National Liberation Army (ELN) released Spanish-Colombian journalist Salud "
      "Hernández-Mora on Friday, six days after she disappeared while reporting in the "
      "Catatumbo region, the Ombudsman's Office said. Two journalists from the RCN television "
      "network, Diego D'Pablos and Carlos Melo, who were seized while looking for her, were "
      "freed on Saturday, the Catholic Church said. Hernández-Mora, 59, a columnist for Spain's "
      "El Mundo, was handed to a commission of the Church and the Ombudsman's Office in El "
      "Tarra. President Juan Manuel Santos had said the ELN must free all its hostages before "
      "formal peace talks could begin. The rebel group, with an estimated 1,500 fighters, is "
      "believed to be holding as many as 15 other people, according to the Defence Ministry.",
      [C("two", 2, "exact", "hostages", "TV reporters freed (headline)", ctx="two TV"),
       C("Two", 2, "exact", "hostages", "RCN journalists freed", "the Catholic Church",
         ctx="Two journalists"),
       C("an estimated 1,500", 1500, "about", "troops", "ELN fighters", "the Defence Ministry"),
       C("as many as 15", 15, "at_most", "hostages", "people held by the ELN",
         "the Defence Ministry")]),

    P("d85_028",
      "OUAGADOUGOU, Jan 17 (Reuters) - The body of a Canadian geologist abducted by gunmen at a "
      "mining site in northeastern Burkina Faso has been found about 100 km from where he was "
      "taken, Burkina Faso's security ministry said on Thursday. Kirk Woodman, who worked for "
      "Vancouver-based Progress Minerals, was seized late on Tuesday by around 15 armed men who "
      "stormed the company's camp at Tiabongou, near the border with Niger, the ministry said. "
      "\"This is a heinous crime,\" Prime Minister Justin Trudeau told reporters in Canada. Two "
      "other foreigners, a Canadian woman and her Italian companion, have been missing in the "
      "country since mid-December. Attacks by Islamist militants in Burkina Faso have killed "
      "more than 200 people since 2015, according to a Reuters tally.",
      [C("around 15", 15, "about", "troops", "gunmen who stormed the camp", "the ministry",
         cat_alt=["other"], attr_alt=["Burkina Faso's security ministry"]),
       C("Two", 2, "exact", "missing", "foreigners missing in Burkina Faso",
         cat_alt=["hostages"]),
       C("more than 200", 200, "more_than", "killed", "people killed by Islamist militants",
         "a Reuters tally")]),

    P("d85_029",
      "Militants abduct 16 atomic energy workers in Lakki Marwat\n"
      "Published January 10, 2025\n"
      "LAKKI MARWAT: Militants abducted 16 employees of the Pakistan Atomic Energy Commission "
      "(PAEC) after stopping the vehicle taking them to work in the Qabul Khel area on Thursday, "
      "police said. District police officer Taimoor Khan said eight of the men had been "
      "recovered by evening in a joint operation with security forces, while three others had "
      "been found with gunshot wounds and taken to hospital. \"The remaining five are still with "
      "the kidnappers and the search is on,\" he told Dawn, adding that up to 20 militants had "
      "taken part. The attackers set the vehicle on fire before fleeing into the mountains, "
      "officials said. Over 1,600 people were killed in militant violence in Khyber "
      "Pakhtunkhwa last year, according to the Centre for Research and Security Studies.",
      [C("16", 16, "exact", "hostages", "PAEC employees abducted (headline)",
         ctx="16 atomic"),
       C("16", 16, "exact", "hostages", "PAEC employees abducted", "police",
         ctx="16 employees"),
       C("eight", 8, "exact", "hostages", "abducted workers recovered", TAIMOOR),
       C("three", 3, "exact", "injured", "abducted workers found wounded", TAIMOOR,
         cat_alt=["hostages"]),
       C("five", 5, "exact", "hostages", "workers still held", TAIMOOR, attr_alt=["he"]),
       C("up to 20", 20, "at_most", "troops", "militants in the attack", TAIMOOR,
         cat_alt=["other"], attr_alt=["he"]),
       C("Over 1,600", 1600, "more_than", "killed", "people killed in Khyber Pakhtunkhwa in 2024",
         "the Centre for Research and Security Studies")],
      published="2025-01-10"),

    P("d85_030",
      "Rubaiya Sayeed identifies Yasin Malik as one of her abductors\n"
      "JAMMU, July 15 (PTI) Rubaiya Sayeed, the daughter of former Union home minister Mufti "
      "Mohammad Sayeed, on Friday identified JKLF chief Yasin Malik as one of her abductors "
      "before a special CBI court in Jammu, more than 32 years after she was kidnapped in "
      "Srinagar. Sayeed, now 55 and living in Tamil Nadu, appeared in court for the first time "
      "in the case, officials said. Malik, 56, who is serving a life sentence in Tihar jail in a "
      "terror-funding case, joined the hearing by video link. The court fixed August 23 for the "
      "next hearing. The CBI, which took over the case in 1990, filed its chargesheet in "
      "September that year.",
      []),
]

# --- Philippines and Mali ---------------------------------------------------------------------
AZURIN = "PNP chief Gen. Rodolfo Azurin Jr."
PASSAGES += [
    P("d85_031",
      "De Lima unhurt after hostage-taking at Camp Crame; 3 detainees killed\n"
      "Philippine Daily Inquirer / 05:12 PM October 09, 2022\n"
      "MANILA, Philippines — Former Senator Leila de Lima was unharmed after a detainee held her "
      "hostage inside the Philippine National Police Custodial Center at Camp Crame on Sunday "
      "morning, police said. Three detainees, all linked to the Abu Sayyaf or the Dawlah "
      "Islamiyah, tried to escape after breakfast and stabbed a police officer who was "
      "delivering food, PNP chief Gen. Rodolfo Azurin Jr. said. Two of them were shot dead by "
      "guards in the compound, while the third barged into De Lima's cell and held her at "
      "knifepoint until a police team shot him, Azurin said. The wounded officer, Police "
      "Corporal Roger Agustin, 41, was in stable condition. De Lima, 63, has been detained "
      "since February 2017 on drug charges she says are fabricated. The custodial center holds "
      "about 60 high-profile detainees, a PNP spokesperson said.",
      [C("3", 3, "exact", "killed", "detainees killed (headline)"),
       C("Three", 3, "exact", "detained", "detainees who tried to escape", AZURIN,
         cat_alt=["troops", "other"]),
       C("Two", 2, "exact", "killed", "detainees shot dead by guards", "Azurin",
         attr_alt=[AZURIN]),
       C("about 60", 60, "about", "detained", "high-profile detainees at the custodial center",
         "a PNP spokesperson", cat_alt=["population"])],
      published="2022-10-09"),

    P("d85_032",
      "BAMAKO (AFP) - Malian soldiers arrested around 20 civilians at a livestock market in "
      "Diafarabé, in the central Ségou region, and several of them were later found dead, local "
      "officials and relatives told AFP on Wednesday. \"They took them away, and some were "
      "executed near the river,\" a local elected official said, requesting anonymity. A family "
      "member said he had counted at least 21 men taken, all of them from the Fulani community. "
      "The army said in a statement that it had opened an investigation. The Fulani association "
      "Tabital Pulaaku said at least 20 bodies had been found in a mass grave near the town, a "
      "figure AFP could not verify. Human Rights Watch has documented the killing of more than "
      "100 civilians by Malian soldiers and their Russian allies since the start of the year.",
      [C("around 20", 20, "about", "detained", "civilians arrested at the market",
         "local officials and relatives", cat_alt=["hostages"]),
       C("at least 21", 21, "at_least", "detained", "men taken by soldiers",
         "A family member", cat_alt=["hostages"]),
       C("at least 20", 20, "at_least", "killed", "bodies found in a mass grave",
         "Tabital Pulaaku", cat_alt=["missing"],
         attr_alt=["The Fulani association Tabital Pulaaku"]),
       C("more than 100", 100, "more_than", "killed", "civilians killed by Malian soldiers",
         "Human Rights Watch")]),
]


def build() -> list[Passage]:
    """The set's passages, checked."""
    return build_passages(PASSAGES, id_format="d85_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT)
