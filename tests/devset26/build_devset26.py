"""Source of the twenty-sixth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on wars and armed
conflicts from 1991 to 2015 other than Ukraine and Gaza: the Gulf War, Bosnia, Kosovo, Chechnya,
Sierra Leone, Liberia, Angola, the Second Congo War, Sri Lanka's final offensive, the Iraq war
and insurgency, Afghanistan, Lebanon 2006, Georgia 2008, Libya 2011, Syria, Yemen, Somalia, South
Sudan and the Central African Republic. Written for this set (none copied from an article) in
the styles of wire copy of the time (Reuters, AP, AFP, Xinhua, Interfax, Lusa), broadcaster and
newspaper pages (BBC, the Guardian, the New York Times, Al Jazeera, The National), military
press releases and briefings (AFSOUTH, NATO, the UK Ministry of Defence, MNF-I, ISAF), casualty
monitors (Iraq Body Count, UNAMA, the IRC survey), UN Security Council, UNHCR and UNMISS
releases and rights groups' reports. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of ``tests/devset2`` to ``tests/devset21`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset26/build_devset26.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES: list[Passage] = [
    # --- The Gulf War ------------------------------------------------------------------------
    P("d26_001",
      "DHAHRAN, Saudi Arabia (AP) — An Iraqi Scud missile slammed into a warehouse used as a "
      "barracks by American troops on the outskirts of Dhahran on Monday night, killing 28 "
      "soldiers and wounding 98 others, the U.S. military command said Tuesday. Thirteen of the "
      "dead belonged to the 14th Quartermaster Detachment, an Army Reserve water-purification "
      "unit from Greensburg, Pa., that had arrived in the gulf only six days earlier. It was the "
      "deadliest single blow to allied forces since the air war began on Jan. 17. No Patriot "
      "interceptor was fired at the incoming missile, officials acknowledged, because of a "
      "computer fault in the battery defending the area. By allied count, Iraq has now fired "
      "about 40 Scuds at Saudi Arabia and 39 at Israel.",
      [C("28", 28, "exact", "killed", "US soldiers", "the U.S. military command"),
       C("98", 98, "exact", "injured", "US soldiers", "the U.S. military command"),
       C("Thirteen", 13, "exact", "killed", "dead from the reserve unit",
         "the U.S. military command", attr_alt=[None]),
       C("about 40", 40, "about", "munitions", "Scuds fired at Saudi Arabia", "allied count",
         attr_alt=[None]),
       C("39", 39, "exact", "munitions", "Scuds fired at Israel", "allied count",
         attr_alt=[None])]),

    P("d26_002",
      "RIYADH, March 1 (Reuters) - Allied forces have taken more than 60,000 Iraqi prisoners "
      "since the ground offensive began on Sunday, and the number is still rising as stragglers "
      "give themselves up in the desert, a U.S. military spokesman said on Friday. Brigadier "
      "General Richard Neal told the daily briefing that 3,008 Iraqi tanks had been destroyed or "
      "captured, along with 1,856 armoured vehicles and 2,140 artillery pieces, leaving no more "
      "than a handful of the 42 Iraqi divisions in the theatre fit to fight. American losses in "
      "the 100-hour ground war stood at 79 killed and 213 wounded, he said. In Kuwait, retreating "
      "Iraqi troops set fire to more than 500 oil wells, according to Kuwaiti officials in exile, "
      "and thick black smoke hung over the emirate at midday.",
      [C("more than 60,000", 60000, "more_than", "detained", "Iraqi prisoners of war",
         "a U.S. military spokesman", attr_alt=["Brigadier General Richard Neal"]),
       C("3,008", 3008, "exact", "munitions", "Iraqi tanks destroyed or captured",
         "Brigadier General Richard Neal", cat_alt=["other"]),
       C("1,856", 1856, "exact", "munitions", "Iraqi armoured vehicles destroyed or captured",
         "Brigadier General Richard Neal", cat_alt=["other"]),
       C("2,140", 2140, "exact", "munitions", "Iraqi artillery pieces destroyed or captured",
         "Brigadier General Richard Neal", cat_alt=["other"]),
       C("42", 42, "exact", "troops", "Iraqi divisions in the theatre",
         "Brigadier General Richard Neal", optional=True, cat_alt=["other"]),
       C("79", 79, "exact", "killed", "US troops", "Brigadier General Richard Neal",
         attr_alt=["he"]),
       C("213", 213, "exact", "injured", "US troops", "Brigadier General Richard Neal",
         attr_alt=["he"]),
       C("more than 500", 500, "more_than", "infrastructure", "Kuwaiti oil wells set on fire",
         "Kuwaiti officials in exile", cat_alt=["other"])]),

    # --- Bosnia and Kosovo -----------------------------------------------------------------------
    P("d26_003",
      "TUZLA, Bosnia, May 26 (Reuters) - The death toll from a Bosnian Serb shell that burst "
      "among young people in Tuzla's crowded cafe quarter on Thursday evening has risen to 71, "
      "hospital officials said on Friday. Most of the victims were aged between 18 and 25, they "
      "said, and more than 150 people were wounded, about 50 of them seriously. U.N. spokesman "
      "Lieutenant-Colonel Gary Coward said military observers had traced the round to Serb "
      "gun positions on Mount Ozren, some 20 km to the west. The attack came hours after NATO "
      "jets bombed an ammunition dump near Pale, and Serb gunners went on to shell five of the "
      "six U.N.-declared safe areas.",
      [C("71", 71, "exact", "killed", "people killed by the shell", "hospital officials"),
       C("more than 150", 150, "more_than", "injured", "people wounded", "hospital officials",
         attr_alt=["they"]),
       C("about 50", 50, "about", "injured", "seriously wounded", "hospital officials",
         attr_alt=["they"]),
       C("five", 5, "exact", "other", "safe areas shelled", None, optional=True,
         cat_alt=["infrastructure"]),
       C("six", 6, "exact", "other", "UN safe areas", None, optional=True,
         cat_alt=["infrastructure"])]),

    P("d26_004",
      "SARAJEVO, May 30, 1995 (AFP) - Bosnian Serb forces were holding 377 UN peacekeepers and "
      "military observers on Tuesday, some of them handcuffed to bridges and ammunition depots as "
      "human shields against further NATO air raids, UN officials said. The figure includes 33 "
      "French soldiers seized when Serb troops wearing French uniforms overran the Vrbanja bridge "
      "post on Saturday; two French soldiers were killed and 14 wounded when their comrades took "
      "the post back in a bayonet charge. None of the captives had been freed by nightfall. In "
      "London, the government said it would send an airmobile brigade of about 5,000 troops to "
      "reinforce the 3,500 British soldiers already serving with UNPROFOR.",
      [C("377", 377, "exact", "hostages", "UN peacekeepers and observers held", "UN officials"),
       C("33", 33, "exact", "hostages", "French soldiers seized", "UN officials",
         attr_alt=[None], cat_alt=["detained"]),
       C("two", 2, "exact", "killed", "French soldiers", "UN officials", attr_alt=[None]),
       C("14", 14, "exact", "injured", "French soldiers", "UN officials", attr_alt=[None]),
       C("about 5,000", 5000, "about", "troops", "British airmobile brigade to be sent",
         "the government", attr_alt=[None]),
       C("3,500", 3500, "exact", "troops", "British soldiers already in Bosnia",
         "the government", attr_alt=[None])],
      published="1995-05-30"),

    P("d26_005",
      "AFSOUTH NEWS RELEASE 95-48\n"
      "NAPLES, 21 September 1995\n"
      "Since Operation Deliberate Force began on 30 August, NATO aircraft have flown 3,515 "
      "sorties against Bosnian Serb military targets, Admiral Leighton W. Smith, Commander in "
      "Chief Allied Forces Southern Europe, announced today. A total of 1,026 bombs were dropped "
      "on 338 individual aim points, more than 700 of them precision-guided munitions. On 10 "
      "September the cruiser USS Normandy also launched 13 Tomahawk land-attack missiles against "
      "air-defence sites near Banja Luka. One French Mirage 2000 was shot down on the first day, "
      "and its two crew members remain in Bosnian Serb hands. Air operations remain suspended "
      "while heavy weapons are withdrawn from the 20-kilometre exclusion zone around Sarajevo.",
      [C("3,515", 3515, "exact", "munitions", "NATO sorties", "Admiral Leighton W. Smith",
         cat_alt=["other"]),
       C("1,026", 1026, "exact", "munitions", "bombs dropped", "Admiral Leighton W. Smith",
         attr_alt=[None]),
       C("338", 338, "exact", "other", "aim points struck", "Admiral Leighton W. Smith",
         attr_alt=[None], cat_alt=["infrastructure", "munitions"]),
       C("more than 700", 700, "more_than", "munitions", "precision-guided munitions",
         "Admiral Leighton W. Smith", attr_alt=[None]),
       C("13", 13, "exact", "munitions", "Tomahawk missiles launched",
         "Admiral Leighton W. Smith", attr_alt=[None]),
       C("One", 1, "exact", "munitions", "French Mirage shot down", "Admiral Leighton W. Smith",
         attr_alt=[None], cat_alt=["other"]),
       C("two", 2, "exact", "hostages", "French crew held by Bosnian Serbs",
         "Admiral Leighton W. Smith", attr_alt=[None], cat_alt=["detained"])],
      published="1995-09-21"),

    P("d26_006",
      "RACAK, Yugoslavia (AP) — International monitors on Saturday found the bodies of 45 ethnic "
      "Albanians, among them a 12-year-old boy and three women, in and around this village in "
      "southern Kosovo, a day after Serbian police swept through it. Twenty-three of the bodies "
      "lay in a gully above the village, many shot in the head at close range, the monitors "
      "said. William Walker, the American who heads the Kosovo Verification Mission, called it "
      "\"a crime against humanity\" and blamed Serbian security forces. Serbian police said they "
      "had killed 15 \"terrorists\" of the Kosovo Liberation Army in a firefight and denied any "
      "massacre. The mission has about 800 unarmed verifiers in the province, well short of the "
      "2,000 promised under the October agreement.",
      [C("45", 45, "exact", "killed", "ethnic Albanians found dead", None,
         attr_alt=["International monitors"]),
       C("three", 3, "exact", "killed", "women among the dead", None,
         attr_alt=["International monitors"]),
       C("Twenty-three", 23, "exact", "killed", "bodies in a gully", "the monitors",
         attr_alt=["International monitors"]),
       C("15", 15, "exact", "killed", "KLA fighters", "Serbian police"),
       C("about 800", 800, "about", "other", "OSCE verifiers in Kosovo", None,
         cat_alt=["troops"]),
       C("2,000", 2000, "exact", "other", "verifiers promised", None, cat_alt=["troops"])]),

    P("d26_007",
      "Kosovo crisis: refugee exodus passes 400,000\n"
      "Briefing notes, 6 April 1999\n"
      "This is a summary of what was said by UNHCR spokesperson Kris Janowski at today's press "
      "briefing at the Palais des Nations in Geneva.\n"
      "Some 400,000 people have now fled or been expelled from Kosovo since 24 March, including "
      "262,000 into Albania, 120,000 into the former Yugoslav Republic of Macedonia and 25,000 "
      "into Montenegro. At the Blace crossing, where as many as 65,000 people had been stranded "
      "in a muddy field, the Macedonian authorities overnight bussed tens of thousands of them to "
      "camps and airfields without informing UNHCR. Our staff cannot say where some 10,000 of "
      "them were taken. The airlift continues: 12 flights landed in Tirana yesterday with 180 "
      "tonnes of tents, blankets and food.",
      [C("400,000", 400000, "more_than", "displaced", "refugees from Kosovo (headline)", None,
         attr_alt=["UNHCR"], ctx="passes 400,000"),
       C("Some 400,000", 400000, "about", "displaced", "people fled or expelled from Kosovo",
         "UNHCR spokesperson Kris Janowski", attr_alt=["UNHCR"]),
       C("262,000", 262000, "exact", "displaced", "refugees in Albania",
         "UNHCR spokesperson Kris Janowski", attr_alt=["UNHCR"]),
       C("120,000", 120000, "exact", "displaced", "refugees in Macedonia",
         "UNHCR spokesperson Kris Janowski", attr_alt=["UNHCR"]),
       C("25,000", 25000, "exact", "displaced", "refugees in Montenegro",
         "UNHCR spokesperson Kris Janowski", attr_alt=["UNHCR"]),
       C("as many as 65,000", 65000, "at_most", "displaced", "refugees stranded at Blace",
         "UNHCR spokesperson Kris Janowski", attr_alt=["UNHCR"]),
       C("tens of thousands", 10000, "vague", "displaced", "refugees bussed away",
         "UNHCR spokesperson Kris Janowski", attr_alt=["UNHCR"]),
       C("some 10,000", 10000, "about", "missing", "refugees whose whereabouts are unknown",
         "UNHCR spokesperson Kris Janowski", attr_alt=["UNHCR"], cat_alt=["displaced"]),
       C("12", 12, "exact", "other", "relief flights", "UNHCR spokesperson Kris Janowski",
         attr_alt=["UNHCR"], optional=True, cat_alt=["aid"]),
       C("180", 180, "exact", "aid", "tonnes of relief", "UNHCR spokesperson Kris Janowski",
         attr_alt=["UNHCR"])],
      published="1999-04-06"),

    P("d26_008",
      "BELGRADE, May 8 (Xinhua) -- Three Chinese journalists were killed and more than 20 other "
      "people injured when NATO missiles struck the Chinese Embassy in Belgrade shortly before "
      "midnight Friday, embassy officials said. Ambassador Pan Zhanlin told Xinhua that five "
      "missiles had hit the compound from different directions, setting the main building on "
      "fire. One embassy staff member was still unaccounted for on Saturday afternoon, he said. "
      "NATO said in a statement in Brussels that the building had been hit by mistake during a "
      "raid on a Yugoslav military procurement agency. In Beijing, tens of thousands of students "
      "marched past the U.S. Embassy to protest the attack.",
      [C("Three", 3, "exact", "killed", "Chinese journalists", "embassy officials"),
       C("more than 20", 20, "more_than", "injured", "people injured at the embassy",
         "embassy officials"),
       C("five", 5, "exact", "munitions", "missiles that hit the embassy",
         "Ambassador Pan Zhanlin"),
       C("One", 1, "exact", "missing", "embassy staff member unaccounted for",
         "Ambassador Pan Zhanlin", attr_alt=["he"]),
       C("tens of thousands", 10000, "vague", "other", "students protesting in Beijing", None)]),

    P("d26_009",
      "Press conference by NATO Spokesman Jamie Shea and Major General Walter Jertz\n"
      "10 June 1999\n"
      "Over 78 days, allied aircraft flew more than 37,000 sorties, some 10,000 of them strike "
      "missions, General Jertz told journalists. He said Yugoslav forces had begun to pull out "
      "of Kosovo under the military-technical agreement signed at Kumanovo, and that all of the "
      "roughly 40,000 army, police and paramilitary personnel in the province must be gone "
      "within 11 days. The first of up to 48,000 KFOR troops are expected to cross from "
      "Macedonia within 24 hours. Mr Shea said the alliance had lost two aircraft during the "
      "campaign and not a single pilot.",
      [C("more than 37,000", 37000, "more_than", "munitions", "allied sorties",
         "General Jertz", attr_alt=["Major General Walter Jertz"], cat_alt=["other"]),
       C("some 10,000", 10000, "about", "munitions", "strike missions", "General Jertz",
         attr_alt=["Major General Walter Jertz"], cat_alt=["other"]),
       C("roughly 40,000", 40000, "about", "troops", "Yugoslav forces to withdraw",
         "General Jertz", attr_alt=["He", "Major General Walter Jertz"]),
       C("up to 48,000", 48000, "at_most", "troops", "KFOR troops", "General Jertz",
         attr_alt=[None, "Major General Walter Jertz"]),
       C("two", 2, "exact", "munitions", "NATO aircraft lost", "Mr Shea",
         attr_alt=["Jamie Shea", "NATO Spokesman Jamie Shea"], cat_alt=["other"])],
      published="1999-06-10"),

    # --- Chechnya and Somalia ----------------------------------------------------------------
    P("d26_010",
      "NAZRAN, Russia, Oct 22 (Reuters) - Chechen officials said on Friday the death toll from "
      "missile strikes on Grozny's central market and a maternity clinic had risen to 137, with "
      "more than 400 people wounded. Russian military spokesmen at first denied any involvement, "
      "but Prime Minister Vladimir Putin later told reporters in Helsinki that the market had "
      "been an arms bazaar used by \"bandits\". The flow of refugees into neighbouring "
      "Ingushetia continued, and the republic's government said it was now sheltering some "
      "180,000 people, far more than the 10,000 that Moscow says have gone home. Russia's "
      "defence ministry puts its own forces in the North Caucasus at about 90,000 men.",
      [C("137", 137, "exact", "killed", "people killed in Grozny strikes", "Chechen officials"),
       C("more than 400", 400, "more_than", "injured", "people wounded", "Chechen officials"),
       C("some 180,000", 180000, "about", "displaced", "refugees in Ingushetia",
         "the republic's government"),
       C("10,000", 10000, "exact", "displaced", "refugees who have gone home", "Moscow"),
       C("about 90,000", 90000, "about", "troops", "Russian forces in the North Caucasus",
         "Russia's defence ministry")]),

    P("d26_011",
      "MOGADISHU, June 27 (Reuters) - Al Shabaab militants said on Saturday they had killed "
      "more than 80 African Union soldiers when they overran a base manned by Burundian troops "
      "at Leego, about 100 km northwest of the capital, in a dawn raid on Friday. A Somali army "
      "officer in the region told Reuters that at least 30 Burundians had been killed and about "
      "a dozen were missing, some of them believed to have been taken prisoner. The AU mission, "
      "AMISOM, confirmed the attack but gave no toll, saying only that its troops had inflicted "
      "\"heavy casualties\" on the attackers. AMISOM has about 22,000 troops from five countries "
      "in Somalia.",
      [C("more than 80", 80, "more_than", "killed", "AU soldiers", "Al Shabaab militants"),
       C("at least 30", 30, "at_least", "killed", "Burundian soldiers",
         "A Somali army officer in the region"),
       C("about a dozen", 12, "about", "missing", "Burundian soldiers missing",
         "A Somali army officer in the region", cat_alt=["hostages"]),
       C("about 22,000", 22000, "about", "troops", "AMISOM troops in Somalia", None,
         attr_alt=["AMISOM"]),
       C("five", 5, "exact", "other", "troop-contributing countries", None, optional=True,
         attr_alt=["AMISOM"])]),

    # --- Sierra Leone, Liberia, Angola -------------------------------------------------------
    P("d26_012",
      "FREETOWN, May 9 (Reuters) - Revolutionary United Front rebels are holding about 500 "
      "United Nations peacekeepers, among them 208 Zambians seized as they drove into a rebel "
      "ambush, the U.N. mission said on Tuesday. Four Kenyan peacekeepers were killed in the "
      "first clashes near Makeni last week. Britain's Ministry of Defence said some 700 "
      "paratroopers had secured Lungi airport and that more than 1,000 foreign nationals had "
      "been flown out of the country since Sunday. In the capital, hospital sources said 19 "
      "people were killed on Monday when bodyguards of rebel leader Foday Sankoh opened fire on "
      "demonstrators outside his house.",
      [C("about 500", 500, "about", "hostages", "UN peacekeepers held", "the U.N. mission"),
       C("208", 208, "exact", "hostages", "Zambian peacekeepers seized", "the U.N. mission"),
       C("Four", 4, "exact", "killed", "Kenyan peacekeepers", "the U.N. mission",
         attr_alt=[None]),
       C("some 700", 700, "about", "troops", "British paratroopers",
         "Britain's Ministry of Defence"),
       C("more than 1,000", 1000, "more_than", "displaced", "foreigners evacuated",
         "Britain's Ministry of Defence"),
       C("19", 19, "exact", "killed", "demonstrators", "hospital sources")]),

    P("d26_013",
      "MINISTRY OF DEFENCE\n"
      "News Release 242/00\n"
      "10 September 2000\n"
      "SIERRA LEONE: HOSTAGES RESCUED\n"
      "British forces this morning rescued the six soldiers of the Royal Irish Regiment and "
      "their Sierra Leone Army liaison officer held by the rebel West Side Boys since 25 August. "
      "Five of the original 11 hostages had been released on 31 August after negotiations. One "
      "British soldier was killed in the operation and 11 were injured, one of them seriously. "
      "The Secretary of State for Defence, Geoff Hoon, said that 25 members of the West Side "
      "Boys had been killed and 18 captured, among them their leader. The captured men have been "
      "handed over to the Sierra Leone authorities.",
      [C("six", 6, "exact", "hostages", "British soldiers rescued", None,
         attr_alt=["MINISTRY OF DEFENCE"]),
       C("Five", 5, "exact", "hostages", "hostages released earlier", None,
         attr_alt=["MINISTRY OF DEFENCE"]),
       C("11", 11, "exact", "hostages", "original hostages", None,
         attr_alt=["MINISTRY OF DEFENCE"], ctx="original 11"),
       C("One", 1, "exact", "killed", "British soldier", None,
         attr_alt=["MINISTRY OF DEFENCE"]),
       C("11", 11, "exact", "injured", "British soldiers", None,
         attr_alt=["MINISTRY OF DEFENCE"], ctx="11 were injured"),
       C("one", 1, "exact", "injured", "seriously injured soldier", None,
         attr_alt=["MINISTRY OF DEFENCE"], ctx="one of them seriously"),
       C("25", 25, "exact", "killed", "West Side Boys", "Geoff Hoon",
         attr_alt=["The Secretary of State for Defence"], ctx="25 members"),
       C("18", 18, "exact", "detained", "West Side Boys captured", "Geoff Hoon",
         attr_alt=["The Secretary of State for Defence"])],
      published="2000-09-10"),

    P("d26_014",
      "Sierra Leone: Rebels Killed Thousands in Freetown Offensive\n"
      "June 24, 1999\n"
      "(New York) — Rebel forces killed an estimated 5,000 civilians and combatants during "
      "their January assault on Freetown and its three-week occupation of the city's eastern "
      "districts, Human Rights Watch said in a report released today. The 58-page report "
      "documents hundreds of amputations; at Connaught Hospital alone, doctors treated 97 "
      "amputees in the weeks after the offensive. Government officials estimate that some 5,800 "
      "houses were burned and 51,000 people left homeless. The rebels abducted thousands of "
      "civilians as they withdrew, many of them children, and the Sierra Leone Red Cross says "
      "about 2,000 are still unaccounted for.",
      [C("Thousands", 1000, "vague", "killed", "people killed (headline)", None,
         attr_alt=["Human Rights Watch"]),
       C("an estimated 5,000", 5000, "about", "killed", "civilians and combatants killed",
         "Human Rights Watch"),
       C("hundreds", 100, "vague", "injured", "amputations documented", "Human Rights Watch",
         attr_alt=["The 58-page report", None], cat_alt=["other"]),
       C("97", 97, "exact", "injured", "amputees treated at Connaught Hospital",
         "Human Rights Watch", attr_alt=["doctors", "The 58-page report", None]),
       C("some 5,800", 5800, "about", "infrastructure", "houses burned", "Government officials",
         cat_alt=["other"]),
       C("51,000", 51000, "exact", "displaced", "people left homeless", "Government officials"),
       C("thousands", 1000, "vague", "hostages", "civilians abducted", None,
         attr_alt=["the Sierra Leone Red Cross"], ctx="thousands of civilians"),
       C("about 2,000", 2000, "about", "missing", "abductees unaccounted for",
         "the Sierra Leone Red Cross", cat_alt=["hostages"])],
      published="1999-06-24"),

    P("d26_015",
      "MONROVIA, July 21 (AFP) - Mortar bombs slammed into a compound sheltering thousands of "
      "displaced people opposite the US embassy in Monrovia on Monday, killing at least 25 "
      "people, witnesses and aid workers said, as rebels pushed towards the city centre. Angry "
      "residents later laid 18 of the bodies at the embassy gate to demand that Washington send "
      "troops. Médecins Sans Frontières said its surgeons at Mamba Point had treated 105 wounded "
      "since dawn, the highest number in a single day since the fighting began in June. Some "
      "2,300 US Marines are aboard three warships heading for the coast, the Pentagon said, "
      "while West African leaders promised an initial 1,500 Nigerian peacekeepers.",
      [C("thousands", 1000, "vague", "displaced", "displaced people sheltering", None,
         attr_alt=["witnesses and aid workers"]),
       C("at least 25", 25, "at_least", "killed", "people killed by mortar bombs",
         "witnesses and aid workers"),
       C("18", 18, "exact", "killed", "bodies laid at the embassy gate", None,
         attr_alt=["witnesses and aid workers"]),
       C("105", 105, "exact", "injured", "wounded treated by MSF", "Médecins Sans Frontières"),
       C("Some 2,300", 2300, "about", "troops", "US Marines heading for Liberia",
         "the Pentagon"),
       C("three", 3, "exact", "munitions", "US warships", "the Pentagon", optional=True,
         cat_alt=["other"]),
       C("1,500", 1500, "exact", "troops", "Nigerian peacekeepers promised", None,
         attr_alt=["West African leaders"])]),

    P("d26_016",
      "LUANDA, Feb 23, 2002 (Lusa) - UNITA leader Jonas Savimbi was killed on Friday in a clash "
      "with government troops in Moxico province, together with 21 of his bodyguards, the Angolan "
      "Armed Forces (FAA) announced. State television showed the body of the 67-year-old rebel "
      "leader, with what a military spokesman said were 15 bullet wounds. The FAA said two "
      "senior UNITA generals had been captured in the same operation. Western analysts "
      "estimate that UNITA still has between 10,000 and 15,000 men under arms. The 27-year civil "
      "war has killed an estimated 500,000 Angolans and forced some four million from their "
      "homes, according to the United Nations.",
      [C("21", 21, "exact", "killed", "Savimbi's bodyguards",
         "the Angolan Armed Forces (FAA)"),
       C("15", 15, "exact", "other", "bullet wounds in Savimbi's body", "a military spokesman",
         optional=True, cat_alt=["injured"]),
       C("two", 2, "exact", "detained", "UNITA generals captured", "The FAA",
         attr_alt=["the Angolan Armed Forces (FAA)"]),
       C("between 10,000 and 15,000", 10000, "range", "troops", "UNITA fighters",
         "Western analysts", high=15000),
       C("an estimated 500,000", 500000, "about", "killed", "Angolans killed in the civil war",
         "the United Nations"),
       C("some four million", 4000000, "about", "displaced", "Angolans displaced",
         "the United Nations")],
      published="2002-02-23"),

    # --- The Second Congo War and Sri Lanka --------------------------------------------------
    P("d26_017",
      "SC/6874\n"
      "16 June 2000\n"
      "Security Council 4159th Meeting (PM)\n"
      "SECURITY COUNCIL DEMANDS WITHDRAWAL OF UGANDAN AND RWANDAN FORCES FROM CONGO\n"
      "Unanimously adopting resolution 1304 (2000), the Council expressed outrage at the renewed "
      "fighting between Ugandan and Rwandan forces in Kisangani, a city of some 600,000 people. According to the United Nations "
      "Organization Mission in the Democratic Republic of the Congo (MONUC), the six days of "
      "shelling killed some 760 civilians, wounded more than 1,700 and damaged over 400 "
      "residential buildings, as well as the city's cathedral and two hospitals. Tens of "
      "thousands of residents fled across the Congo River, the Mission said. The Council "
      "reiterated that MONUC's authorized strength of 5,537 military personnel would be deployed "
      "only once the parties respected the ceasefire.",
      [C("some 600,000", 600000, "about", "population", "residents of Kisangani", None,
         attr_alt=["the Council"]),
       C("some 760", 760, "about", "killed", "civilians in Kisangani",
         "the United Nations Organization Mission in the Democratic Republic of the Congo "
         "(MONUC)", attr_alt=["MONUC"]),
       C("more than 1,700", 1700, "more_than", "injured", "people wounded",
         "the United Nations Organization Mission in the Democratic Republic of the Congo "
         "(MONUC)", attr_alt=["MONUC"]),
       C("over 400", 400, "more_than", "infrastructure", "residential buildings damaged",
         "the United Nations Organization Mission in the Democratic Republic of the Congo "
         "(MONUC)", attr_alt=["MONUC"]),
       C("two", 2, "exact", "infrastructure", "hospitals damaged",
         "the United Nations Organization Mission in the Democratic Republic of the Congo "
         "(MONUC)", attr_alt=["MONUC"], optional=True, ctx="two hospitals"),
       C("Tens of thousands", 10000, "vague", "displaced", "residents who fled", "the Mission",
         attr_alt=["MONUC"]),
       C("5,537", 5537, "exact", "troops", "MONUC authorized strength", None,
         attr_alt=["The Council"])],
      published="2000-06-16"),

    P("d26_018",
      "New York, NY, January 22, 2008 — An estimated 5.4 million people have died as a result "
      "of conflict in the Democratic Republic of Congo since 1998, according to a nationwide "
      "mortality survey released today by the International Rescue Committee. Some 45,000 "
      "people continue to die every month, most of them from malaria, diarrhoea, pneumonia and "
      "malnutrition, easily treatable conditions made deadly by the collapse of health care. "
      "\"Congo's loss is equivalent to the entire population of Denmark,\" said George Rupp, "
      "the IRC's president. Fewer than 10 percent of the deaths were caused directly by "
      "violence, the survey found. The IRC's previous survey, published in December 2004, had "
      "put the toll at 3.9 million.",
      [C("An estimated 5.4 million", 5400000, "about", "killed", "deaths from the conflict",
         "a nationwide mortality survey released today by the International Rescue Committee",
         attr_alt=["the International Rescue Committee", None]),
       C("Some 45,000", 45000, "about", "killed", "deaths per month",
         "a nationwide mortality survey released today by the International Rescue Committee",
         attr_alt=["the International Rescue Committee", None]),
       C("Fewer than 10 percent", 10, "fewer_than", "other", "share of deaths from violence",
         "the survey", optional=True,
         attr_alt=["a nationwide mortality survey released today by the International Rescue "
                   "Committee"]),
       C("3.9 million", 3900000, "exact", "killed", "toll in the 2004 survey",
         "The IRC's previous survey", attr_alt=[None])],
      published="2008-01-22"),

    P("d26_019",
      "COLOMBO, April 24 (Reuters) - An internal United Nations document seen by Reuters puts "
      "the number of civilians killed in Sri Lanka's northern war zone at 6,432 between Jan. 20 "
      "and April 20, with another 13,946 wounded. The military says more than 103,000 civilians "
      "have crossed out of the shrinking rebel-held strip since Monday, when troops breached an "
      "earth bund built by the Tamil Tigers. The pro-rebel website TamilNet said more than 1,000 "
      "civilians had been killed in that assault alone, a figure the government dismissed as "
      "propaganda. Aid agencies estimate that about 50,000 people remain trapped on the coast; "
      "the government says fewer than 20,000 do.",
      [C("6,432", 6432, "exact", "killed", "civilians killed in the war zone",
         "An internal United Nations document seen by Reuters"),
       C("13,946", 13946, "exact", "injured", "civilians wounded",
         "An internal United Nations document seen by Reuters"),
       C("more than 103,000", 103000, "more_than", "displaced", "civilians who crossed out",
         "The military"),
       C("more than 1,000", 1000, "more_than", "killed", "civilians killed in the assault",
         "The pro-rebel website TamilNet", attr_alt=["TamilNet"]),
       C("about 50,000", 50000, "about", "other", "civilians trapped on the coast",
         "Aid agencies", cat_alt=["population", "displaced"]),
       C("fewer than 20,000", 20000, "fewer_than", "other", "civilians trapped",
         "the government", cat_alt=["population", "displaced"])]),

    P("d26_020",
      "Published: 2009/05/19 14:02:31 GMT\n"
      "Sri Lanka army 'finds Prabhakaran body'\n"
      "The Sri Lankan army says it has found the body of Tamil Tiger leader Velupillai "
      "Prabhakaran, ending a 26-year separatist war. Army chief Lt Gen Sarath Fonseka said "
      "troops had recovered the bodies of more than 300 rebels, including several senior "
      "commanders, in the final battle on the shores of the Nanthi Kadal lagoon. The defence "
      "ministry says 6,261 soldiers have been killed and 29,551 wounded since mid-2006. The UN "
      "says nearly 280,000 people who fled the fighting are now held in government camps, the "
      "largest of them at Manik Farm. Independent journalists are barred from the area, and none "
      "of the figures can be verified.",
      [C("more than 300", 300, "more_than", "killed", "rebel bodies recovered",
         "Army chief Lt Gen Sarath Fonseka"),
       C("6,261", 6261, "exact", "killed", "Sri Lankan soldiers since 2006",
         "The defence ministry"),
       C("29,551", 29551, "exact", "injured", "Sri Lankan soldiers wounded",
         "The defence ministry"),
       C("nearly 280,000", 280000, "about", "displaced", "people held in camps", "The UN")],
      published="2009-05-19"),

    # --- Iraq ----------------------------------------------------------------------------------
    P("d26_021",
      "March 24, 2003\n"
      "THE CAPTURED\n"
      "Iraq Shows Five U.S. Prisoners as Convoy Ambush Leaves 12 Unaccounted For\n"
      "By THE NEW YORK TIMES\n"
      "DOHA, Qatar, March 23 — Twelve soldiers from the Army's 507th Maintenance Company were "
      "missing after their convoy took a wrong turn near Nasiriyah and drove into an ambush, Lt. "
      "Gen. John P. Abizaid said at Central Command headquarters today. Iraqi television later "
      "broadcast interviews with five frightened Americans it said were prisoners, and pictures "
      "of at least four bodies in uniform. Nearby, Marines fighting for the city's bridges lost "
      "nine men killed and dozens wounded in the costliest day of the war for American forces, a "
      "Marine spokesman said. Iraq's information minister claimed that Iraqi forces had "
      "destroyed \"dozens\" of American tanks.",
      [C("Five", 5, "exact", "detained", "US prisoners shown (headline)", None,
         attr_alt=["Iraqi television"], cat_alt=["hostages"]),
       C("12", 12, "exact", "missing", "soldiers unaccounted for (headline)", None,
         attr_alt=["Lt. Gen. John P. Abizaid"]),
       C("Twelve", 12, "exact", "missing", "soldiers of the maintenance company",
         "Lt. Gen. John P. Abizaid"),
       C("five", 5, "exact", "detained", "Americans shown as prisoners", "Iraqi television",
         cat_alt=["hostages"], ctx="five frightened"),
       C("at least four", 4, "at_least", "killed", "bodies in uniform", "Iraqi television"),
       C("nine", 9, "exact", "killed", "Marines", "a Marine spokesman"),
       C("dozens", 12, "vague", "injured", "Marines wounded", "a Marine spokesman",
         ctx="dozens wounded"),
       C("dozens", 12, "vague", "munitions", "US tanks destroyed (claim)",
         "Iraq's information minister", cat_alt=["other"], ctx="dozens\" of")],
      published="2003-03-24"),

    P("d26_022",
      "MULTI-NATIONAL FORCE – IRAQ\n"
      "Release No. 04-11-16C\n"
      "November 16, 2004\n"
      "FALLUJAH, Iraq – Multi-National Force and Iraqi Security Forces have killed an estimated "
      "1,200 insurgents and detained more than 1,000 suspects since Operation Al Fajr began on "
      "Nov. 8, Lt. Gen. John F. Sattler, commanding general of the I Marine Expeditionary Force, "
      "told reporters today. Thirty-eight U.S. service members and six Iraqi soldiers have been "
      "killed in action, and 275 U.S. personnel have been wounded, Sattler said. Troops have "
      "found weapons caches in 66 of the city's mosques. About 10,000 U.S. and 2,000 Iraqi "
      "troops took part in the assault.",
      [C("an estimated 1,200", 1200, "about", "killed", "insurgents",
         "Lt. Gen. John F. Sattler"),
       C("more than 1,000", 1000, "more_than", "detained", "suspects detained",
         "Lt. Gen. John F. Sattler"),
       C("Thirty-eight", 38, "exact", "killed", "US service members", "Sattler",
         attr_alt=["Lt. Gen. John F. Sattler"]),
       C("six", 6, "exact", "killed", "Iraqi soldiers", "Sattler",
         attr_alt=["Lt. Gen. John F. Sattler"]),
       C("275", 275, "exact", "injured", "US personnel wounded", "Sattler",
         attr_alt=["Lt. Gen. John F. Sattler"]),
       C("66", 66, "exact", "infrastructure", "mosques with weapons caches", "Sattler",
         attr_alt=[None, "Lt. Gen. John F. Sattler"], cat_alt=["other"]),
       C("About 10,000", 10000, "about", "troops", "US troops in the assault", "Sattler",
         attr_alt=[None, "Lt. Gen. John F. Sattler"]),
       C("2,000", 2000, "exact", "troops", "Iraqi troops in the assault", "Sattler",
         attr_alt=[None, "Lt. Gen. John F. Sattler"])],
      published="2004-11-16"),

    P("d26_023",
      "Iraq Body Count press release\n"
      "1 January 2007\n"
      "Iraq Body Count has recorded between 22,950 and 24,960 civilian deaths from violence in "
      "2006, more than double the 11,500 recorded in 2005. The total since the March 2003 "
      "invasion now stands at between 52,000 and 57,800. Baghdad accounted for 74% of the deaths "
      "recorded last year. The UN Assistance Mission for Iraq, citing figures from the Health "
      "Ministry and the Baghdad morgue, has put the civilian toll for 2006 far higher, at "
      "34,452. Our figures count only deaths reported by at least two independent media sources "
      "and are therefore certain to be incomplete.",
      [C("between 22,950 and 24,960", 22950, "range", "killed", "civilian deaths in 2006", None,
         high=24960, attr_alt=["Iraq Body Count"]),
       C("11,500", 11500, "exact", "killed", "civilian deaths in 2005", None,
         attr_alt=["Iraq Body Count"]),
       C("between 52,000 and 57,800", 52000, "range", "killed",
         "civilian deaths since March 2003", None, high=57800,
         attr_alt=["Iraq Body Count"]),
       C("74%", 74, "exact", "other", "share of deaths in Baghdad", None, optional=True,
         attr_alt=["Iraq Body Count"]),
       C("34,452", 34452, "exact", "killed", "civilian toll for 2006",
         "figures from the Health Ministry and the Baghdad morgue",
         attr_alt=["The UN Assistance Mission for Iraq"]),
       C("at least two", 2, "at_least", "other", "media sources per death", None,
         optional=True, attr_alt=["Iraq Body Count"])],
      published="2007-01-01"),

    P("d26_024",
      "MOSUL, Iraq (AP) — Four suicide truck bombs tore through two villages of the Yazidi "
      "religious minority near the Syrian border on Tuesday evening, killing at least 250 people "
      "and wounding more than 350, Iraqi officials said Wednesday. Dozens of mud-brick houses "
      "collapsed on families inside, and rescuers were still digging with their hands. "
      "\"We have pulled out 175 bodies so far from Qahtaniya alone,\" said Dakhil Qassim, the "
      "mayor of nearby Sinjar. A Kurdish official in Dohuk, speaking on condition of anonymity, "
      "said the final toll would probably be well over 400. The U.S. military blamed al-Qaida in Iraq, which it "
      "said had targeted the Yazidis as \"infidels.\"",
      [C("Four", 4, "exact", "munitions", "truck bombs", "Iraqi officials", attr_alt=[None],
         cat_alt=["other"]),
       C("at least 250", 250, "at_least", "killed", "people killed", "Iraqi officials"),
       C("more than 350", 350, "more_than", "injured", "people wounded", "Iraqi officials"),
       C("Dozens", 12, "vague", "infrastructure", "houses collapsed", None,
         cat_alt=["other"]),
       C("175", 175, "exact", "killed", "bodies pulled out in Qahtaniya", "Dakhil Qassim"),
       C("well over 400", 400, "more_than", "killed", "possible final toll",
         "A Kurdish official in Dohuk")]),

    P("d26_025",
      "The Marines' first account of what happened in Haditha on Nov. 19, 2005, issued the "
      "next day, said a roadside bomb had killed one Marine and 15 Iraqi civilians, and that "
      "eight insurgents had been killed in the firefight that followed. None of it was true. A "
      "military investigation later found that Marines had killed 24 Iraqis, among them 10 "
      "women and children, most of them in their homes and at close range. Charges were brought "
      "against eight Marines, four enlisted men and four officers. In the end, only one was "
      "convicted, of a single count of dereliction of duty, and he served no time in prison.",
      [C("one", 1, "exact", "killed", "Marine killed by the bomb",
         "The Marines' first account", ctx="one Marine"),
       C("15", 15, "exact", "killed", "Iraqi civilians (first account)",
         "The Marines' first account"),
       C("eight", 8, "exact", "killed", "insurgents (first account)",
         "The Marines' first account", ctx="eight insurgents"),
       C("24", 24, "exact", "killed", "Iraqis killed by Marines", "A military investigation"),
       C("10", 10, "exact", "killed", "women and children", "A military investigation"),
       C("eight", 8, "exact", "detained", "Marines charged", None, cat_alt=["other"],
         ctx="eight Marines"),
       C("four", 4, "exact", "detained", "enlisted men charged", None, cat_alt=["other"],
         optional=True, ctx="four enlisted"),
       C("four", 4, "exact", "detained", "officers charged", None, cat_alt=["other"],
         optional=True, ctx="four officers"),
       C("one", 1, "exact", "detained", "Marine convicted", None, cat_alt=["other"],
         ctx="one was convicted")]),

    P("d26_026",
      "KHABARI CROSSING, Kuwait (AP) — The last convoy of U.S. troops rolled across the desert "
      "border into Kuwait on Sunday morning, ending nearly nine years of a war that killed "
      "4,487 American service members and wounded more than 32,000. At the height of the 2007 "
      "surge, the U.S. had more than 170,000 troops at 505 bases across Iraq. Fewer than 200 "
      "Marines and soldiers will stay behind to guard the embassy in Baghdad, Pentagon officials "
      "said. The Iraqi toll is far larger and far less certain: Iraq Body Count, a British group "
      "that tallies deaths reported in the media, has counted more than 103,000 civilians killed "
      "since the 2003 invasion.",
      [C("4,487", 4487, "exact", "killed", "US service members killed in Iraq", None),
       C("more than 32,000", 32000, "more_than", "injured", "US service members wounded",
         None),
       C("more than 170,000", 170000, "more_than", "troops", "US troops at the surge's height",
         None),
       C("505", 505, "exact", "infrastructure", "US bases in Iraq", None,
         cat_alt=["other"], optional=True),
       C("Fewer than 200", 200, "fewer_than", "troops", "troops staying to guard the embassy",
         "Pentagon officials"),
       C("more than 103,000", 103000, "more_than", "killed", "Iraqi civilians since 2003",
         "Iraq Body Count")]),

    # --- Afghanistan ---------------------------------------------------------------------------
    P("d26_027",
      "KUNDUZ, Afghanistan, Sept 4 (Reuters) - A NATO air strike called in by German troops on "
      "two fuel tankers hijacked by the Taliban killed up to 90 people before dawn on Friday, "
      "Kunduz provincial governor Mohammad Omar said, many of them villagers who had come to "
      "siphon off fuel. A provincial police chief gave a lower figure of about 40 civilians "
      "among the dead. Germany's Defence Ministry said the two F-15 jets had killed 56 "
      "insurgents and that it had no evidence of civilian casualties. Doctors at Kunduz's main "
      "hospital said they were treating 13 people with burns, among them a 10-year-old boy. "
      "Germany has about 4,200 troops in Afghanistan, most of them in the north.",
      [C("two", 2, "exact", "other", "fuel tankers hijacked", None, optional=True,
         cat_alt=["munitions"], ctx="two fuel tankers"),
       C("up to 90", 90, "at_most", "killed", "people killed in the air strike",
         "Kunduz provincial governor Mohammad Omar"),
       C("about 40", 40, "about", "killed", "civilians among the dead",
         "A provincial police chief"),
       C("two", 2, "exact", "munitions", "F-15 jets", "Germany's Defence Ministry",
         optional=True, cat_alt=["other"], ctx="two F-15"),
       C("56", 56, "exact", "killed", "insurgents", "Germany's Defence Ministry"),
       C("13", 13, "exact", "injured", "people treated for burns",
         "Doctors at Kunduz's main hospital", attr_alt=["they"]),
       C("about 4,200", 4200, "about", "troops", "German troops in Afghanistan", None)]),

    P("d26_028",
      "INTERNATIONAL SECURITY ASSISTANCE FORCE\n"
      "News Release 2008-314\n"
      "KABUL, Afghanistan (13 July 2008) – Nine ISAF soldiers were killed and 15 wounded when "
      "militants attacked a newly established combat outpost in Kunar province early this "
      "morning. Four Afghan National Army soldiers were also wounded. An estimated 200 "
      "insurgents attacked the outpost from several directions with rocket-propelled grenades, "
      "mortars and small-arms fire. ISAF responded with artillery, attack helicopters and close "
      "air support, and initial reports indicate that more than 40 insurgents were killed. It is "
      "ISAF policy to defer to the relevant national authorities to release the nationality of "
      "the soldiers.",
      [C("Nine", 9, "exact", "killed", "ISAF soldiers", None,
         attr_alt=["INTERNATIONAL SECURITY ASSISTANCE FORCE"]),
       C("15", 15, "exact", "injured", "ISAF soldiers wounded", None,
         attr_alt=["INTERNATIONAL SECURITY ASSISTANCE FORCE"]),
       C("Four", 4, "exact", "injured", "Afghan soldiers wounded", None,
         attr_alt=["INTERNATIONAL SECURITY ASSISTANCE FORCE"]),
       C("An estimated 200", 200, "about", "troops", "attacking insurgents", None,
         attr_alt=["INTERNATIONAL SECURITY ASSISTANCE FORCE"], cat_alt=["other"]),
       C("more than 40", 40, "more_than", "killed", "insurgents killed", "initial reports",
         attr_alt=[None, "INTERNATIONAL SECURITY ASSISTANCE FORCE"])],
      published="2008-07-13"),

    P("d26_029",
      "Kabul, 14 July 2011 – Civilian deaths in Afghanistan's armed conflict rose 15 per cent in "
      "the first six months of 2011 compared with the same period last year, the United Nations "
      "Assistance Mission in Afghanistan (UNAMA) said today in its mid-year report. UNAMA "
      "documented 1,462 civilian deaths between January and June, and 2,144 civilians injured. "
      "Anti-Government Elements were responsible for 1,167 of the deaths, and pro-Government "
      "forces for 207, the report said; the remainder could not be attributed. Improvised "
      "explosive devices alone killed 368 civilians. \"Afghan children, women and men are being "
      "killed and injured in their homes and communities in greater numbers than ever before,\" "
      "said Georgette Gagnon, UNAMA's Director of Human Rights.",
      [C("1,462", 1462, "exact", "killed", "civilian deaths Jan-June 2011", None,
         attr_alt=["UNAMA", "the United Nations Assistance Mission in Afghanistan (UNAMA)"]),
       C("2,144", 2144, "exact", "injured", "civilians injured", None,
         attr_alt=["UNAMA", "the United Nations Assistance Mission in Afghanistan (UNAMA)"]),
       C("1,167", 1167, "exact", "killed", "deaths caused by anti-government elements",
         "the report", attr_alt=["UNAMA"]),
       C("207", 207, "exact", "killed", "deaths caused by pro-government forces", "the report",
         attr_alt=["UNAMA"]),
       C("368", 368, "exact", "killed", "civilians killed by IEDs", "the report",
         attr_alt=[None, "UNAMA"])],
      published="2011-07-14"),

    P("d26_030",
      "KABUL, Aug 6 (Reuters) - Thirty U.S. troops, seven Afghan commandos and an Afghan "
      "interpreter were killed when insurgents shot down a Chinook helicopter in Wardak province "
      "overnight, the deadliest single incident for foreign forces in the nearly 10-year war, "
      "President Hamid Karzai's office said in a statement. NATO-led forces confirmed that 38 "
      "people had died but gave no breakdown, in line with alliance policy. A U.S. official, "
      "speaking on condition of anonymity, said 22 of the dead were Navy SEALs, many of them from "
      "the unit that killed Osama bin Laden in May. Taliban spokesman Zabihullah Mujahid said "
      "fighters had brought the aircraft down with a rocket and killed \"more than 30\" "
      "Americans. At least 375 foreign troops have been killed in Afghanistan so far this year, "
      "according to the independent website icasualties.org.",
      [C("Thirty", 30, "exact", "killed", "US troops", "President Hamid Karzai's office"),
       C("seven", 7, "exact", "killed", "Afghan commandos", "President Hamid Karzai's office"),
       C("38", 38, "exact", "killed", "people on the helicopter", "NATO-led forces"),
       C("22", 22, "exact", "killed", "Navy SEALs among the dead", "A U.S. official"),
       C("more than 30", 30, "more_than", "killed", "Americans (Taliban claim)",
         "Taliban spokesman Zabihullah Mujahid"),
       C("At least 375", 375, "at_least", "killed", "foreign troops killed this year",
         "the independent website icasualties.org")]),

    # --- Lebanon 2006, Georgia 2008, Libya 2011 ----------------------------------------------
    P("d26_031",
      "Published On 15 Aug 2006\n"
      "Lebanon counts the cost of 34-day war\n"
      "As the ceasefire took hold on Monday, Lebanon's Higher Relief Council said at least 1,110 "
      "people had been killed in Lebanon since July 12, the vast majority of them civilians, and "
      "3,697 wounded. Nearly a million people, about a quarter of the population, fled their "
      "homes during the fighting; tens of thousands were already heading south on Monday "
      "despite Israeli warnings. Israel says 118 of its soldiers and 41 civilians were killed, "
      "most of the civilians by the nearly 4,000 rockets Hezbollah fired into the north. The "
      "Israeli army says it struck about 7,000 targets in Lebanon. Hezbollah has acknowledged "
      "the deaths of only 74 of its fighters; Israel puts the number at more than 530.",
      [C("at least 1,110", 1110, "at_least", "killed", "people killed in Lebanon",
         "Lebanon's Higher Relief Council"),
       C("3,697", 3697, "exact", "injured", "people wounded in Lebanon",
         "Lebanon's Higher Relief Council"),
       C("Nearly a million", 1000000, "about", "displaced", "people who fled their homes", None,
         attr_alt=["Lebanon's Higher Relief Council"]),
       C("about a quarter", 0.25, "about", "other", "share of the population displaced", None,
         optional=True, attr_alt=["Lebanon's Higher Relief Council"]),
       C("tens of thousands", 10000, "vague", "displaced", "displaced heading home", None,
         cat_alt=["other"]),
       C("118", 118, "exact", "killed", "Israeli soldiers", "Israel"),
       C("41", 41, "exact", "killed", "Israeli civilians", "Israel"),
       C("nearly 4,000", 4000, "about", "munitions", "Hezbollah rockets fired", "Israel",
         attr_alt=[None]),
       C("about 7,000", 7000, "about", "other", "targets struck in Lebanon",
         "The Israeli army", cat_alt=["munitions", "infrastructure"]),
       C("74", 74, "exact", "killed", "Hezbollah fighters (acknowledged)", "Hezbollah"),
       C("more than 530", 530, "more_than", "killed", "Hezbollah fighters (Israeli figure)",
         "Israel", ctx="more than 530")],
      published="2006-08-15"),

    P("d26_032",
      "TBILISI, Aug 20 (Reuters) - Russia's initial claim that 2,000 civilians died in the "
      "Georgian assault on Tskhinvali appears to have been greatly exaggerated, Human Rights "
      "Watch said on Wednesday. Russian prosecutors have so far confirmed 133 civilian deaths in "
      "South Ossetia, the group said, citing the Investigative Committee in Moscow. Russia's "
      "defence ministry says 64 of its servicemen were killed and 323 wounded. Georgia's "
      "government puts its own losses at 215, including 146 soldiers and police. The UN refugee "
      "agency says about 158,000 people have been uprooted by the fighting, and Russian troops "
      "still hold positions around the city of Gori, about 25 km from the South Ossetian "
      "boundary.",
      [C("2,000", 2000, "exact", "killed", "civilians (initial Russian claim)", "Russia",
         attr_alt=["Human Rights Watch"]),
       C("133", 133, "exact", "killed", "civilian deaths confirmed",
         "the Investigative Committee in Moscow",
         attr_alt=["Russian prosecutors", "Human Rights Watch", "the group"]),
       C("64", 64, "exact", "killed", "Russian servicemen", "Russia's defence ministry"),
       C("323", 323, "exact", "injured", "Russian servicemen wounded",
         "Russia's defence ministry"),
       C("215", 215, "exact", "killed", "Georgian dead", "Georgia's government"),
       C("146", 146, "exact", "killed", "Georgian soldiers and police", "Georgia's government"),
       C("about 158,000", 158000, "about", "displaced", "people uprooted",
         "The UN refugee agency")]),

    P("d26_033",
      "NATO and Libya – Operational Media Update for 31 October 2011\n"
      "Since the beginning of the NATO operation (31 March 2011, 08.00 GMT), NATO air assets "
      "have conducted a total of 26,500 sorties, including 9,700 strike sorties. In enforcing "
      "the arms embargo, 3,100 vessels have been hailed, 300 boarded and 11 denied transit to "
      "their next port of destination. At its peak the operation involved some 8,000 personnel "
      "and more than 260 air assets from the contributing nations. NATO Secretary General "
      "Anders Fogh Rasmussen said the operation had been \"one of the most successful in NATO "
      "history\" and that it formally ended at one minute before midnight Libyan time.",
      [C("26,500", 26500, "exact", "munitions", "NATO sorties", None, cat_alt=["other"],
         attr_alt=["NATO"]),
       C("9,700", 9700, "exact", "munitions", "strike sorties", None, cat_alt=["other"],
         attr_alt=["NATO"]),
       C("3,100", 3100, "exact", "other", "vessels hailed", None, attr_alt=["NATO"]),
       C("300", 300, "exact", "other", "vessels boarded", None, attr_alt=["NATO"]),
       C("11", 11, "exact", "other", "vessels denied transit", None, attr_alt=["NATO"]),
       C("some 8,000", 8000, "about", "troops", "personnel in the operation", None,
         attr_alt=["NATO"]),
       C("more than 260", 260, "more_than", "munitions", "air assets", None,
         attr_alt=["NATO"], cat_alt=["other"])],
      published="2011-10-31"),

    P("d26_034",
      "BENGHAZI, Libya (AP) — Doctors in the besieged western city of Misrata say more than "
      "1,000 people have been killed there since Moammar Gadhafi's forces surrounded it in "
      "late February, and some 3,000 wounded. A ship chartered by the International "
      "Organization for Migration docked in Benghazi on Saturday with about 1,100 Egyptian and "
      "African migrant workers evacuated from Misrata's port, and 180 tonnes of food and "
      "medicine were unloaded for the return trip. Human Rights Watch said it had found "
      "evidence that government troops fired cluster munitions into residential areas. Misrata, "
      "Libya's third-largest city, had some 400,000 residents before the war.",
      [C("more than 1,000", 1000, "more_than", "killed", "people killed in Misrata",
         "Doctors in the besieged western city of Misrata"),
       C("some 3,000", 3000, "about", "injured", "people wounded in Misrata",
         "Doctors in the besieged western city of Misrata"),
       C("about 1,100", 1100, "about", "displaced", "migrant workers evacuated", None,
         attr_alt=["the International Organization for Migration"]),
       C("180", 180, "exact", "aid", "tonnes of food and medicine", None),
       C("some 400,000", 400000, "about", "population", "residents of Misrata before the war",
         None)]),

    # --- Syria, Yemen, South Sudan, the Central African Republic -----------------------------
    P("d26_035",
      "SC/10658\n"
      "27 May 2012\n"
      "Security Council Press Statement on Attacks in Syria\n"
      "The members of the Security Council condemned in the strongest possible terms the "
      "killings, confirmed by United Nations observers, of dozens of men, women and children and "
      "the wounding of hundreds more in the village of El-Houleh, near Homs. According to the "
      "United Nations Supervision Mission in Syria (UNSMIS), at least 108 people were killed, "
      "among them 49 children and 34 women. The members of the Council noted that the observers "
      "had found artillery and tank shell remnants in the village, and that residential "
      "neighbourhoods had been shelled. The Syrian government has denied any role in the "
      "killings and blamed \"armed terrorist groups\". UNSMIS has some 300 unarmed military "
      "observers in the country.",
      [C("dozens", 12, "vague", "killed", "men, women and children killed",
         "United Nations observers", attr_alt=["The members of the Security Council"]),
       C("hundreds", 100, "vague", "injured", "people wounded", "United Nations observers",
         attr_alt=["The members of the Security Council"]),
       C("at least 108", 108, "at_least", "killed", "people killed in El-Houleh",
         "the United Nations Supervision Mission in Syria (UNSMIS)", attr_alt=["UNSMIS"]),
       C("49", 49, "exact", "killed", "children",
         "the United Nations Supervision Mission in Syria (UNSMIS)", attr_alt=["UNSMIS"]),
       C("34", 34, "exact", "killed", "women",
         "the United Nations Supervision Mission in Syria (UNSMIS)", attr_alt=["UNSMIS"]),
       C("some 300", 300, "about", "troops", "unarmed UN observers", None,
         attr_alt=["UNSMIS"], cat_alt=["other"])],
      published="2012-05-27"),

    P("d26_036",
      "UNHCR steps up aid as Syrian Kurds flee to Turkey\n"
      "Press release, 23 September 2014\n"
      "GENEVA – More than 130,000 Syrian refugees, most of them Kurds, have crossed into Turkey "
      "since Friday to escape an offensive by Islamic State fighters on the Kobani area, the "
      "Turkish authorities have told UNHCR. Turkey's Deputy Prime Minister Numan Kurtulmus said "
      "on Monday that the number could rise to 400,000 if the fighting continued. UNHCR is "
      "sending 20 trucks carrying tents, blankets and kitchen sets for some 50,000 people from "
      "its warehouse in Iskenderun. According to Kurdish officials, the militants have captured "
      "more than 60 villages around the town in less than a week. Turkey already hosts more "
      "than 847,000 registered Syrian refugees.",
      [C("More than 130,000", 130000, "more_than", "displaced", "Syrian refugees into Turkey",
         "the Turkish authorities", attr_alt=["UNHCR"]),
       C("400,000", 400000, "exact", "displaced", "possible number of refugees",
         "Turkey's Deputy Prime Minister Numan Kurtulmus"),
       C("20", 20, "exact", "aid", "UNHCR aid trucks", None, attr_alt=["UNHCR"]),
       C("some 50,000", 50000, "about", "other", "people to receive relief items", None,
         attr_alt=["UNHCR"], cat_alt=["aid", "displaced"]),
       C("more than 60", 60, "more_than", "other", "villages captured", "Kurdish officials",
         cat_alt=["infrastructure"]),
       C("more than 847,000", 847000, "more_than", "displaced",
         "registered Syrian refugees in Turkey", None, attr_alt=["UNHCR"])],
      published="2014-09-23"),

    P("d26_037",
      "Russia's air war in Syria: what we know\n"
      "• First strikes: on 30 September Russian Su-24M and Su-25 aircraft flew some 20 sorties "
      "against eight Islamic State targets, according to defence ministry spokesman Igor "
      "Konashenkov. Syrian opposition activists said the raids hit areas held by other rebel "
      "groups and killed at least 36 civilians.\n"
      "• Cruise missiles: on 7 October four warships of the Caspian Flotilla fired 26 Kalibr "
      "cruise missiles at 11 targets, the ministry said. Four of them crashed in Iran, US "
      "officials told CNN, a claim Moscow denied.\n"
      "• The tally: by mid-October Russia said its aircraft had flown 669 sorties and hit 456 "
      "targets. The Syrian Observatory for Human Rights says Russian strikes have killed more "
      "than 370 people, 127 of them civilians.",
      [C("some 20", 20, "about", "munitions", "Russian sorties on 30 September",
         "defence ministry spokesman Igor Konashenkov", cat_alt=["other"]),
       C("eight", 8, "exact", "other", "Islamic State targets",
         "defence ministry spokesman Igor Konashenkov", cat_alt=["infrastructure"]),
       C("at least 36", 36, "at_least", "killed", "civilians killed in the raids",
         "Syrian opposition activists"),
       C("four", 4, "exact", "munitions", "Russian warships", "the ministry", optional=True,
         cat_alt=["other"], ctx="four warships"),
       C("26", 26, "exact", "munitions", "Kalibr cruise missiles fired", "the ministry"),
       C("11", 11, "exact", "other", "targets of the missiles", "the ministry",
         cat_alt=["infrastructure"]),
       C("Four", 4, "exact", "munitions", "missiles that crashed in Iran", "US officials"),
       C("669", 669, "exact", "munitions", "Russian sorties by mid-October", "Russia",
         cat_alt=["other"]),
       C("456", 456, "exact", "other", "targets hit", "Russia", cat_alt=["infrastructure"]),
       C("more than 370", 370, "more_than", "killed", "people killed by Russian strikes",
         "The Syrian Observatory for Human Rights"),
       C("127", 127, "exact", "killed", "civilians among them",
         "The Syrian Observatory for Human Rights")]),

    P("d26_038",
      "ABU DHABI, Sept 5 (WAM) -- The UAE Armed Forces General Command announced on Saturday "
      "that the number of Emirati soldiers who died in Friday's attack in Marib province had "
      "risen to 45, after a soldier succumbed to his wounds. Saudi Arabia said 10 of its "
      "soldiers were killed in the same attack, and Bahrain's state news agency reported the "
      "deaths of five Bahraini servicemen. Yemeni military sources said a Tochka ballistic "
      "missile fired by Houthi fighters had struck an arms depot at the coalition base at Safer. "
      "Three days of national mourning were declared in the UAE, which has thousands of "
      "troops deployed in Yemen.",
      [C("45", 45, "exact", "killed", "Emirati soldiers",
         "The UAE Armed Forces General Command"),
       C("10", 10, "exact", "killed", "Saudi soldiers", "Saudi Arabia"),
       C("five", 5, "exact", "killed", "Bahraini servicemen", "Bahrain's state news agency"),
       C("thousands", 1000, "vague", "troops", "UAE troops in Yemen", None)]),

    P("d26_039",
      "UNMISS PRESS RELEASE\n"
      "Juba, 21 April 2014\n"
      "The United Nations Mission in South Sudan (UNMISS) strongly condemns the targeted "
      "killings of hundreds of civilians by anti-government forces after they took control of "
      "Bentiu on 15 and 16 April. At the Kali-Ballee mosque, more than 200 civilians who had "
      "sought shelter there were killed and over 400 wounded, UNMISS human rights investigators "
      "found. Men, women and children were also killed at the town's hospital and at a Catholic "
      "church. Some 22,000 civilians are now sheltering at the UNMISS base in Bentiu, where "
      "there is one latrine for every 350 people. The Mission also condemns the use of radio "
      "to broadcast hate speech urging men to rape women of the opposing community.",
      [C("hundreds", 100, "vague", "killed", "civilians killed in Bentiu", None,
         attr_alt=["The United Nations Mission in South Sudan (UNMISS)"]),
       C("more than 200", 200, "more_than", "killed", "civilians killed at the mosque",
         "UNMISS human rights investigators"),
       C("over 400", 400, "more_than", "injured", "civilians wounded at the mosque",
         "UNMISS human rights investigators"),
       C("Some 22,000", 22000, "about", "displaced", "civilians sheltering at the UN base",
         None, attr_alt=["The United Nations Mission in South Sudan (UNMISS)"]),
       C("350", 350, "exact", "other", "people per latrine", None, optional=True)],
      published="2014-04-21"),

    P("d26_040",
      "BANGUI, Dec 8 (AFP) - Red Cross volunteers have collected nearly 400 bodies from the "
      "streets of Bangui since Thursday, when Christian militias attacked the Central African "
      "capital and former Seleka rebels hit back, a Red Cross official said on Sunday. "
      "Amnesty International said the true toll was likely to be far higher, citing witnesses "
      "who described men being dragged from their homes and killed. Around 100,000 people have "
      "fled to camps, including some 40,000 at the airport, where 1,600 French troops of "
      "Operation Sangaris are based. The French army said its soldiers had disarmed about 150 "
      "fighters on Saturday and seized dozens of weapons, without losing a man.",
      [C("nearly 400", 400, "about", "killed", "bodies collected", "a Red Cross official"),
       C("Around 100,000", 100000, "about", "displaced", "people who fled to camps", None),
       C("some 40,000", 40000, "about", "displaced", "displaced at the airport", None),
       C("1,600", 1600, "exact", "troops", "French troops of Operation Sangaris", None),
       C("about 150", 150, "about", "other", "fighters disarmed", "The French army",
         cat_alt=["detained", "troops"]),
       C("dozens", 12, "vague", "munitions", "weapons seized", "The French army",
         cat_alt=["other"])]),
    # @@INSERT@@
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d26_{:03d}",
                          checks=[no_sentence_from(
                              "devset", "devset2", "devset3", "devset4", "devset5", "devset6",
                              "devset7", "devset8", "devset9", "devset10", "devset11",
                              "devset12", "devset13", "devset14", "devset15", "devset16",
                              "devset17", "devset18", "devset19", "devset20", "devset21",
                              "devset22", "devset23", "devset24", "devset25", "devset27",
                              "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=None if "--draft" in sys.argv else 40)
