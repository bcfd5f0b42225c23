"""Source of the eighty-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) of conflict reporting
from 1990 to 2021 worldwide in which two to four sources (ministries, armies, monitors, the UN,
hospitals, witnesses, armed groups, newspapers) give figures that agree, revise or contradict
each other. They were written for this set (none copied from an article) in the styles of wire
copy (Reuters, AP, AFP, UPI, Xinhua, Anadolu, Lusa) and of newspapers and broadcasters (BBC, Al
Jazeera, the Guardian, The New York Times, Dawn, The Express Tribune, The Hindu and another
Indian paper, Haaretz, the Jakarta Post, a Sri Lankan and a Kashmiri daily). Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports
loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset84/build_devset84.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

# Every earlier set (and any set written alongside this one) is refused as a source of sentences.
EARLIER = other_sets("devset84")

MINUSMA = "Minusma"
ISPR = "the Inter-Services Public Relations (ISPR)"

PASSAGES = [
    # --- Air strikes disputed by those who carried them out ----------------------------------
    P("d84_001",
      "Mali: UN inquiry says French strike hit wedding party\n"
      "Published 30 March 2021\n"
      "A French air strike in central Mali in January killed 19 civilians who had gathered for "
      "a wedding, a United Nations investigation has found. Minusma, the UN mission in Mali, "
      "says in its report that 22 people died near the village of Bounti on 3 January, including "
      "three armed men it believes belonged to a jihadist group. About 100 people had attended "
      "the celebration, it says, among them \"at least five\" armed men. France's defence "
      "ministry rejected the findings, saying its Mirage 2000 jets had struck \"a terrorist "
      "group\" of about 40 men after more than an hour of drone surveillance, and that there had "
      "been no wedding. Villagers interviewed by the BBC at the time gave a toll of 19 dead, all "
      "of them civilians. France has about 5,100 troops in the Sahel under Operation Barkhane.",
      [C("19", 19, "exact", "killed", "civilians at the Bounti wedding",
         "a United Nations investigation", attr_alt=[MINUSMA], ctx="killed 19 civilians"),
       C("22", 22, "exact", "killed", "people near Bounti", MINUSMA,
         attr_alt=["the UN mission in Mali"]),
       C("three", 3, "exact", "killed", "armed men among the dead", MINUSMA,
         ctx="three armed men"),
       C("About 100", 100, "about", "other", "people at the wedding", MINUSMA,
         attr_alt=["it"]),
       C("at least five", 5, "at_least", "troops", "armed men at the wedding", MINUSMA,
         cat_alt=["other"], attr_alt=["it"]),
       C("about 40", 40, "about", "troops", "men struck (French account)",
         "France's defence ministry", cat_alt=["other"]),
       C("19", 19, "exact", "killed", "dead (villagers' toll)",
         "Villagers interviewed by the BBC at the time", attr_alt=["Villagers"],
         ctx="toll of 19 dead"),
       C("about 5,100", 5100, "about", "troops", "French troops in the Sahel")],
      published="2021-03-30"),

    P("d84_002",
      "Drone strike on jirga kills 40 in North Waziristan\n"
      "Published March 18, 2011\n"
      "MIRAMSHAH, March 17: At least 40 people, most of them tribal elders, were killed when "
      "missiles fired from a US drone struck a jirga in Datta Khel on Thursday, officials and "
      "local residents said. The elders had gathered at a bus stand to settle a dispute over a "
      "chromite mine, a resident of the area told Dawn by telephone, and four of the dead were "
      "said to belong to the Taliban. An official of the political administration put the toll "
      "at 42, adding that at least 12 people had been injured. Chief of Army Staff Gen Ashfaq "
      "Parvez Kayani condemned the attack, saying a jirga of \"peaceful citizens, including "
      "elders of the area\" had been \"carelessly and callously targeted\". US officials, "
      "speaking anonymously to news agencies, maintained that those killed were militants and "
      "that no civilians had died. The drone fired four missiles, according to intelligence "
      "officials in Peshawar.",
      [C("40", 40, "exact", "killed", "people at the jirga (headline)", None,
         ctx="kills 40"),
       C("At least 40", 40, "at_least", "killed", "people at the jirga",
         "officials and local residents"),
       C("four", 4, "exact", "killed", "Taliban among the dead", "a resident of the area",
         attr_alt=[None], ctx="four of the dead"),
       C("42", 42, "exact", "killed", "people at the jirga",
         "An official of the political administration"),
       C("at least 12", 12, "at_least", "injured", "people at the jirga",
         "An official of the political administration"),
       C("four", 4, "exact", "munitions", "missiles fired by the drone",
         "intelligence officials in Peshawar", ctx="four missiles")],
      published="2011-03-18"),

    P("d84_003",
      "KANDAHAR, Afghanistan (AP) — Afghan officials said Tuesday that 48 people were killed and "
      "117 wounded when U.S. aircraft attacked villages in Uruzgan province during a wedding "
      "celebration, a toll far higher than any the U.S. military has acknowledged. Most of the "
      "dead were women and children, said Abdul Rahman, a provincial official who visited the "
      "hospital in the provincial capital. A U.S. military spokesman at Bagram air base, Col. "
      "Roger King, said an AC-130 gunship had fired on \"multiple\" anti-aircraft sites after "
      "coming under fire during a raid, and that coalition forces were looking into reports of "
      "\"some civilian casualties.\" Villagers said the gunfire came from guests shooting into "
      "the air in celebration, as is customary at Afghan weddings. At the hospital in Kandahar, "
      "doctors said they had treated 20 of the injured, including seven children. About 25 U.S. "
      "special forces soldiers and Afghan troops had been searching the area for Taliban "
      "leaders, according to Afghan officials.",
      [C("48", 48, "exact", "killed", "people in Uruzgan villages", "Afghan officials",
         ctx="48 people"),
       C("117", 117, "exact", "injured", "people in Uruzgan villages", "Afghan officials",
         ctx="117 wounded"),
       C("20", 20, "exact", "injured", "injured treated in Kandahar", "doctors"),
       C("seven", 7, "exact", "injured", "children treated", "doctors"),
       C("About 25", 25, "about", "troops", "U.S. special forces and Afghan troops",
         "Afghan officials", ctx="About 25 U.S.")]),

    P("d84_004",
      "RAMADI, Iraq, May 20 (Reuters) - Iraqi officials said on Thursday that a U.S. air strike "
      "had killed more than 40 people at a wedding party near the Syrian border, but the U.S. "
      "military said it had attacked a safe house used by foreign fighters and that no wedding "
      "was under way. Lieutenant Colonel Hamdi Hassan, a police official in Ramadi, said 42 "
      "people had died, including 13 children and 10 women, in the raid on the village of "
      "Mukaradeeb before dawn on Wednesday. A doctor at Ramadi's hospital put the toll at 45. "
      "\"How many people go to the middle of the desert, 10 miles from the Syrian border, and "
      "hold a wedding 80 miles from the nearest civilization?\" Major General James Mattis, "
      "commander of the 1st Marine Division, told reporters. \"We took fire, we returned fire, "
      "and at the end of the day about 40 military-aged men were dead,\" Brigadier General Mark "
      "Kimmitt told a news conference in Baghdad, adding that troops had found weapons, Syrian "
      "passports and satellite equipment.",
      [C("more than 40", 40, "more_than", "killed", "people at the wedding party",
         "Iraqi officials"),
       C("42", 42, "exact", "killed", "people in Mukaradeeb",
         "Lieutenant Colonel Hamdi Hassan"),
       C("13", 13, "exact", "killed", "children", "Lieutenant Colonel Hamdi Hassan"),
       C("10", 10, "exact", "killed", "women", "Lieutenant Colonel Hamdi Hassan",
         ctx="10 women"),
       C("45", 45, "exact", "killed", "people (hospital toll)", "A doctor at Ramadi's hospital"),
       C("about 40", 40, "about", "killed", "military-aged men", "Brigadier General Mark "
         "Kimmitt")]),

    P("d84_005",
      "Published: November 27, 2011\n"
      "ISLAMABAD: Twenty-four soldiers, including two officers, were martyred and 13 others "
      "injured when Nato helicopters and jets attacked two border posts in Mohmand Agency before "
      "dawn on Saturday, the Inter-Services Public Relations (ISPR) said. The posts at Salala, "
      "about 2.5 kilometres from the Afghan border, were manned by around 40 troops, a military "
      "official said. Nato's spokesman in Kabul, Brigadier General Carsten Jacobson, said the "
      "alliance was aware of \"an incident\" and that an investigation was under way. Afghan "
      "officials in Kunar province, speaking to Reuters, said the strike came after a joint "
      "Afghan and US patrol was fired upon from the Pakistani side. In response, Pakistan closed "
      "the Torkham and Chaman crossings to Nato supply trucks, leaving some 300 trucks stranded, "
      "and gave the US 15 days to vacate the Shamsi airbase.",
      [C("Twenty-four", 24, "exact", "killed", "Pakistani soldiers", ISPR),
       C("two", 2, "exact", "killed", "officers among the dead", ISPR, ctx="two officers"),
       C("13", 13, "exact", "injured", "Pakistani soldiers", ISPR),
       C("two", 2, "exact", "infrastructure", "border posts attacked", ISPR,
         cat_alt=["other"], optional=True, ctx="two border posts"),
       C("around 40", 40, "about", "troops", "troops manning the posts",
         "a military official"),
       C("some 300", 300, "about", "other", "Nato supply trucks stranded", None,
         cat_alt=["aid"], attr_alt=["Pakistan"])],
      published="2011-11-27"),
    # --- India, Nigeria, Algeria, Venezuela --------------------------------------------------
    P("d84_006",
      "Updated - December 06, 2021 10:14 pm IST\n"
      "KOHIMA: Fourteen civilians and one soldier were killed in Nagaland's Mon district over "
      "the weekend after an Army special forces unit opened fire on a pick-up van carrying coal "
      "miners home, Union Home Minister Amit Shah told the Lok Sabha on Monday. Six of the "
      "miners died in the ambush near Oting village on Saturday evening, and seven more "
      "villagers were killed when a crowd surrounded the Army vehicles and clashed with the "
      "troops, he said. One more civilian died on Sunday when a mob attacked an Assam Rifles "
      "camp in Mon town. The Nagaland government's figure, given by Chief Minister Neiphiu Rio "
      "at the funeral, was 14 dead, while the Konyak Union said at least 16 had been killed and "
      "more than 30 injured. The Army, in a statement, said it had acted on \"credible "
      "intelligence\" of insurgent movement and that the incident \"is being investigated at "
      "the highest level\". Two of the miners survived with gunshot wounds and were shifted to "
      "a hospital in Dibrugarh, officials said.",
      [C("Fourteen", 14, "exact", "killed", "civilians in Mon district",
         "Union Home Minister Amit Shah"),
       C("one", 1, "exact", "killed", "soldier", "Union Home Minister Amit Shah",
         ctx="one soldier"),
       C("Six", 6, "exact", "killed", "miners in the ambush", "Union Home Minister Amit Shah",
         attr_alt=["he"]),
       C("seven", 7, "exact", "killed", "villagers in the clash",
         "Union Home Minister Amit Shah", attr_alt=["he"]),
       C("One", 1, "exact", "killed", "civilian in Mon town", "Union Home Minister Amit Shah",
         attr_alt=[None], ctx="One more civilian"),
       C("14", 14, "exact", "killed", "dead (Nagaland government)",
         "The Nagaland government's figure", ctx="was 14 dead",
         attr_alt=["Chief Minister Neiphiu Rio", "The Nagaland government"]),
       C("at least 16", 16, "at_least", "killed", "people (Konyak Union)", "the Konyak Union"),
       C("more than 30", 30, "more_than", "injured", "people (Konyak Union)",
         "the Konyak Union"),
       C("Two", 2, "exact", "injured", "miners who survived with gunshot wounds", "officials",
         cat_alt=["other"], ctx="Two of the miners")],
      published="2021-12-06"),

    P("d84_007",
      "LAGOS, Dec 2 (Reuters) - Nigerian soldiers sent to the oil-producing town of Odi after the "
      "killing of 12 policemen left almost every building destroyed, and residents said hundreds "
      "of people had been killed, a charge the government rejects. Information Minister Jerry "
      "Gana told reporters that 43 people had died in the operation, among them \"militants\" who "
      "had fired on troops, and that no soldier had fired on unarmed civilians. The Environmental "
      "Rights Action group, which visited the town on Tuesday, said only the bank, the Anglican "
      "church and a health centre were still standing and that most of Odi's roughly 15,000 "
      "inhabitants had fled into the forest. A community leader who returned to Odi said 2,483 "
      "residents were unaccounted for. Some 2,000 troops took part in the operation, according to "
      "a military source. President Olusegun Obasanjo had given the Bayelsa State government a "
      "two-week ultimatum to hand over the killers.",
      [C("12", 12, "exact", "killed", "policemen killed before the operation"),
       C("hundreds", 100, "vague", "killed", "people in Odi", "residents"),
       C("43", 43, "exact", "killed", "people in the operation",
         "Information Minister Jerry Gana"),
       C("roughly 15,000", 15000, "about", "population", "inhabitants of Odi",
         "The Environmental Rights Action group", cat_alt=["displaced"]),
       C("2,483", 2483, "exact", "missing", "residents unaccounted for",
         "A community leader who returned to Odi"),
       C("Some 2,000", 2000, "about", "troops", "troops in the operation",
         "a military source")]),

    P("d84_008",
      "MAKURDI, Nigeria, Oct 26, 2001 (AFP) - Soldiers hunting the killers of 19 of their "
      "comrades killed more than 200 civilians in seven villages of Benue state this week, "
      "community leaders and a local rights group said Friday. The bodies of the soldiers, who "
      "had been abducted and beheaded, were found earlier this month near Zaki Biam. \"We have "
      "counted 212 bodies so far, and we are still counting,\" Iorwuese Hembe, a member of the "
      "state assembly, told AFP. Army headquarters in Abuja said its troops had killed \"about 40 "
      "militiamen\" in gunfights and denied that any civilians had been targeted. Benue state "
      "governor George Akume said thousands of people had fled to Makurdi and other towns, where "
      "11 camps had been opened for them. The Red Cross said it was treating 56 wounded people at "
      "its clinic in Gbeji.",
      [C("19", 19, "exact", "killed", "soldiers killed before the raids", None,
         attr_alt=["community leaders and a local rights group"]),
       C("more than 200", 200, "more_than", "killed", "civilians in Benue villages",
         "community leaders and a local rights group"),
       C("seven", 7, "exact", "infrastructure", "villages raided",
         "community leaders and a local rights group", cat_alt=["other"], optional=True),
       C("212", 212, "exact", "killed", "bodies counted", "Iorwuese Hembe"),
       C("about 40", 40, "about", "killed", "militiamen", "Army headquarters in Abuja"),
       C("thousands", 1000, "vague", "displaced", "people who fled to Makurdi",
         "Benue state governor George Akume"),
       C("11", 11, "exact", "infrastructure", "camps opened",
         "Benue state governor George Akume", cat_alt=["other"]),
       C("56", 56, "exact", "injured", "wounded treated in Gbeji", "The Red Cross")],
      published="2001-10-26"),

    P("d84_009",
      "ALGIERS, Algeria (AP) — Algeria's government said Monday that 117 people had been killed "
      "in attacks on four hamlets in the western province of Relizane, but newspapers in the "
      "capital, citing local officials and survivors, put the toll at more than 400. The "
      "independent daily Liberté said 412 villagers had been slain with knives, axes and "
      "shotguns in the villages around Had Chekala during the first night of the Muslim holy "
      "month of Ramadan. Another paper, El Watan, said as many as 1,000 might have died. "
      "Security forces killed 12 of the attackers in pursuit, the official APS news agency "
      "reported, quoting a statement by the regional governor. Foreign journalists have been "
      "barred from the area, and the figures could not be independently verified. No group has "
      "claimed responsibility, but authorities blamed the Armed Islamic Group, known by its "
      "French initials GIA.",
      [C("117", 117, "exact", "killed", "people in Relizane", "Algeria's government"),
       C("four", 4, "exact", "infrastructure", "hamlets attacked", "Algeria's government",
         cat_alt=["other"], optional=True),
       C("more than 400", 400, "more_than", "killed", "people in Relizane",
         "local officials and survivors", attr_alt=["newspapers in the capital"]),
       C("412", 412, "exact", "killed", "villagers", "The independent daily Liberté",
         attr_alt=["Liberté"]),
       C("as many as 1,000", 1000, "at_most", "killed", "people in Relizane", "El Watan",
         attr_alt=["Another paper, El Watan"]),
       C("12", 12, "exact", "killed", "attackers", "a statement by the regional governor",
         attr_alt=["the official APS news agency"])]),

    P("d84_010",
      "CARACAS, May 4, 2020 (Reuters) - Venezuelan security forces captured eight more men on "
      "Monday over what the government called a failed \"mercenary\" invasion from Colombia, "
      "including two U.S. citizens, President Nicolas Maduro said in a televised address. "
      "Interior Minister Nestor Reverol said on Sunday that eight attackers had been killed and "
      "two captured when a speedboat tried to land at Macuto beach, near the capital, before "
      "dawn. Jordan Goudreau, a former U.S. Green Beret whose Florida-based company Silvercorp "
      "USA claimed responsibility, told Reuters that about 60 men had taken part in the "
      "operation, dubbed \"Gideon\", and that a second group was still at large. Opposition "
      "leader Juan Guaido, recognized by the United States and more than 50 other countries as "
      "Venezuela's legitimate president, denied any involvement. Attorney General Tarek William "
      "Saab said late on Monday that 13 people had been detained in all and that 12 rifles and "
      "eight pickup trucks had been seized.",
      [C("eight", 8, "exact", "detained", "men captured on Monday",
         "President Nicolas Maduro", ctx="eight more men"),
       C("two", 2, "exact", "detained", "U.S. citizens captured", "President Nicolas Maduro",
         ctx="two U.S. citizens"),
       C("eight", 8, "exact", "killed", "attackers", "Interior Minister Nestor Reverol",
         ctx="eight attackers"),
       C("two", 2, "exact", "detained", "attackers captured on Sunday",
         "Interior Minister Nestor Reverol", ctx="two captured"),
       C("about 60", 60, "about", "troops", "men in the operation", "Jordan Goudreau",
         cat_alt=["other"]),
       C("more than 50", 50, "more_than", "other", "countries recognising Guaido", None,
         optional=True),
       C("13", 13, "exact", "detained", "people detained in all",
         "Attorney General Tarek William Saab"),
       C("12", 12, "exact", "munitions", "rifles seized", "Attorney General Tarek William Saab",
         cat_alt=["other"]),
       C("eight", 8, "exact", "other", "pickup trucks seized",
         "Attorney General Tarek William Saab", optional=True, ctx="eight pickup trucks")],
      published="2020-05-04"),
    # --- Border clashes and night raids ------------------------------------------------------
    P("d84_011",
      "PHNOM PENH, Feb. 7 (Xinhua) -- Cambodia said Monday that the toll from four days of border "
      "clashes with Thailand near the Preah Vihear temple had risen to eight, five soldiers and "
      "three civilians, and accused Thai troops of firing cluster munitions into its territory. "
      "Defense Ministry spokesman Chhum Socheat told reporters that 55 Cambodian soldiers and "
      "civilians had been wounded and that a wing of the 11th-century temple had collapsed under "
      "shelling. Thailand's army said two of its soldiers and one villager had been killed on "
      "its side of the border, and Thai officials said about 20,000 villagers in Si Sa Ket "
      "province had been moved to shelters. More than 10,000 Cambodians have fled villages near "
      "the frontier, according to the Cambodian Red Cross. Thai army spokesman Col. Sansern "
      "Kaewkamnerd denied that cluster bombs had been used, saying Thai troops had only returned "
      "fire. The UN Security Council is to hold a closed meeting on the dispute on Feb. 14.",
      [C("eight", 8, "exact", "killed", "Cambodians in border clashes", "Cambodia"),
       C("five", 5, "exact", "killed", "Cambodian soldiers", "Cambodia"),
       C("three", 3, "exact", "killed", "Cambodian civilians", "Cambodia"),
       C("55", 55, "exact", "injured", "Cambodian soldiers and civilians",
         "Defense Ministry spokesman Chhum Socheat"),
       C("two", 2, "exact", "killed", "Thai soldiers", "Thailand's army"),
       C("one", 1, "exact", "killed", "Thai villager", "Thailand's army", ctx="one villager"),
       C("about 20,000", 20000, "about", "displaced", "Thai villagers moved to shelters",
         "Thai officials"),
       C("More than 10,000", 10000, "more_than", "displaced", "Cambodians who fled",
         "the Cambodian Red Cross")]),

    P("d84_012",
      "Afghan inquiry says Nato raid killed eight schoolboys\n"
      "Thursday 31 December 2009 19.02 GMT\n"
      "An Afghan government investigation has concluded that 10 civilians, eight of them "
      "schoolchildren aged between 11 and 17, were killed in a night raid by international troops "
      "in Kunar province on Sunday. The delegation, sent by President Hamid Karzai and led by "
      "Asadullah Wafa, said the boys had been dragged from their beds in the village of Ghazi "
      "Khan, in Narang district, and shot. Nato's International Security Assistance Force "
      "initially said its forces had killed nine insurgents after coming under fire, and that "
      "there was \"no direct evidence\" that civilians had been harmed. \"They were all students. "
      "Seven of them were brothers and cousins from my own family,\" said Jan Mohammad, a tribal "
      "elder, who travelled to Kabul with the bodies. Local people said at least two of the dead "
      "had been found handcuffed. Hundreds of students protested in Jalalabad on Wednesday, "
      "chanting \"Death to America\".",
      [C("eight", 8, "exact", "killed", "schoolboys (headline)", "Afghan inquiry",
         attr_alt=["An Afghan government investigation"], ctx="eight schoolboys"),
       C("10", 10, "exact", "killed", "civilians in Kunar raid",
         "An Afghan government investigation"),
       C("eight", 8, "exact", "killed", "schoolchildren among the dead",
         "An Afghan government investigation", ctx="eight of them"),
       C("nine", 9, "exact", "killed", "insurgents (ISAF account)",
         "Nato's International Security Assistance Force"),
       C("Seven", 7, "exact", "killed", "relatives of the elder among the dead",
         "Jan Mohammad"),
       C("at least two", 2, "at_least", "killed", "dead found handcuffed", "Local people"),
       C("Hundreds", 100, "vague", "other", "students protesting in Jalalabad")],
      published="2009-12-31"),

    P("d84_013",
      "KABUL, Afghanistan — A night raid by American and Afghan special forces in Paktia "
      "Province last month killed two pregnant women and a teenage girl as well as two men, "
      "Afghan investigators said Sunday, contradicting NATO's account of the episode. The "
      "initial statement from the NATO-led coalition said a joint force had found the bodies of "
      "three women \"bound, gagged and killed\" in a compound near Gardez and that they had been "
      "the victims of an \"honor killing\" by the insurgents who were shot. An Afghan government "
      "team that visited the village of Khataba said all five had been killed by the assault "
      "force. Mohammed Sabir, whose house was raided, said 25 people had gathered for the naming "
      "ceremony of a newborn and that the men had been led outside and made to stand barefoot in "
      "the cold for hours. Eight men from the family were taken away for questioning, he said, "
      "and were released several days later. NATO now says it is reviewing the episode.",
      [C("two", 2, "exact", "killed", "pregnant women", "Afghan investigators",
         ctx="two pregnant women"),
       C("two", 2, "exact", "killed", "men", "Afghan investigators", ctx="two men"),
       C("three", 3, "exact", "killed", "women found in the compound (NATO account)",
         "The initial statement from the NATO-led coalition"),
       C("five", 5, "exact", "killed", "people killed in Khataba",
         "An Afghan government team", attr_alt=["Afghan investigators"]),
       C("25", 25, "exact", "other", "people at the naming ceremony", "Mohammed Sabir"),
       C("Eight", 8, "exact", "detained", "men taken away for questioning", "Mohammed Sabir",
         attr_alt=["he"])]),

    P("d84_014",
      "WARSAW, Nov 14 (Reuters) - Polish military prosecutors charged seven soldiers on "
      "Wednesday with killing civilians in an attack on the Afghan village of Nangar Khel in "
      "August, the first such case against Polish troops serving abroad. Six people, among them "
      "a pregnant woman and three children, were killed when the soldiers fired mortar rounds "
      "and a heavy machine gun at the village in Paktika province, prosecutors said. Afghan "
      "officials put the toll at eight, saying two wounded villagers had later died in hospital. "
      "The soldiers, who face up to 25 years in prison if convicted, say they were returning "
      "fire after an earlier patrol was hit by a roadside bomb. Poland has around 1,100 troops "
      "in Afghanistan and plans to send 400 more next year, the Defence Ministry said.",
      [C("seven", 7, "exact", "detained", "Polish soldiers charged", None,
         cat_alt=["other"], attr_alt=["Polish military prosecutors"]),
       C("Six", 6, "exact", "killed", "villagers in Nangar Khel", "prosecutors"),
       C("three", 3, "exact", "killed", "children", "prosecutors"),
       C("eight", 8, "exact", "killed", "villagers (Afghan toll)", "Afghan officials"),
       C("two", 2, "exact", "killed", "wounded villagers who later died", "Afghan officials",
         cat_alt=["injured"]),
       C("around 1,100", 1100, "about", "troops", "Polish troops in Afghanistan",
         "the Defence Ministry"),
       C("400", 400, "exact", "troops", "more Polish troops to be sent",
         "the Defence Ministry")]),

    P("d84_015",
      "UN: Afghan air strike on religious school killed 30 children\n"
      "Published On 7 May 2018\n"
      "An Afghan air force strike on a religious gathering in the northern province of Kunduz "
      "last month killed or injured 107 civilians, most of them children, the United Nations has "
      "said. In a report released on Monday, the UN Assistance Mission in Afghanistan (UNAMA) "
      "said 36 people died and 71 were injured when helicopters fired rockets and heavy machine "
      "guns at a madrassa graduation ceremony in Dasht-e Archi district on April 2. Thirty of the "
      "dead and 51 of the wounded were children, it said. Afghanistan's defence ministry had said "
      "at the time that the strike targeted a meeting of Taliban commanders planning attacks and "
      "that 18 of them, including members of the group's elite \"Red Unit\", were killed. The "
      "Taliban denied that any of its fighters had been present and said more than 150 "
      "civilians, among them boys who were to receive turbans as hafiz of the Quran, were killed "
      "or wounded.",
      [C("30", 30, "exact", "killed", "children (headline)", "UN",
         attr_alt=["the United Nations"]),
       C("107", 107, "exact", "injured", "civilians killed or injured", "the United Nations",
         cat_alt=["killed", "other"]),
       C("36", 36, "exact", "killed", "people at the madrassa",
         "the UN Assistance Mission in Afghanistan (UNAMA)"),
       C("71", 71, "exact", "injured", "people at the madrassa",
         "the UN Assistance Mission in Afghanistan (UNAMA)"),
       C("Thirty", 30, "exact", "killed", "children among the dead",
         "the UN Assistance Mission in Afghanistan (UNAMA)", attr_alt=["it"]),
       C("51", 51, "exact", "injured", "children among the wounded",
         "the UN Assistance Mission in Afghanistan (UNAMA)", attr_alt=["it"]),
       C("18", 18, "exact", "killed", "Taliban commanders (ministry account)",
         "Afghanistan's defence ministry"),
       C("more than 150", 150, "more_than", "injured", "civilians killed or wounded",
         "The Taliban", cat_alt=["killed", "other"])],
      published="2018-05-07"),
    # --- Bombings, base attacks, a hospital under fire, East Timor ---------------------------
    P("d84_016",
      "KABUL, Jan 28, 2018 (Reuters) - The death toll from a suicide bomb hidden in an ambulance "
      "in central Kabul rose to 103 on Sunday, with 235 people wounded, the interior ministry "
      "said, making it one of the deadliest attacks in the Afghan capital since 2001. Health "
      "ministry spokesman Wahid Majroh had earlier given a toll of 95 dead and 158 wounded, but "
      "said many of the injured were in critical condition. The Emergency hospital run by an "
      "Italian charity said it had received 131 wounded people within hours, and a doctor there "
      "said \"dozens\" more had been sent to military hospitals. The Taliban claimed "
      "responsibility, saying the target was a police compound near the old interior ministry "
      "building. Police said the attacker had driven through a first checkpoint by saying he was "
      "carrying a patient to Jamhuriat hospital, and four suspects had been arrested. The "
      "government declared Monday a day of national mourning.",
      [C("103", 103, "exact", "killed", "people in the ambulance bombing",
         "the interior ministry"),
       C("235", 235, "exact", "injured", "people in the ambulance bombing",
         "the interior ministry"),
       C("95", 95, "exact", "killed", "dead (earlier health ministry toll)",
         "Health ministry spokesman Wahid Majroh"),
       C("158", 158, "exact", "injured", "wounded (earlier health ministry toll)",
         "Health ministry spokesman Wahid Majroh"),
       C("131", 131, "exact", "injured", "wounded received by the Emergency hospital",
         "The Emergency hospital run by an Italian charity",
         attr_alt=["The Emergency hospital"]),
       C("dozens", 12, "vague", "injured", "wounded sent to military hospitals",
         "a doctor there"),
       C("four", 4, "exact", "detained", "suspects arrested", "Police", attr_alt=[None])],
      published="2018-01-28"),

    P("d84_017",
      "Published September 19, 2015\n"
      "PESHAWAR: Twenty-nine people, among them 23 Pakistan Air Force personnel, three army "
      "soldiers and three civilians, were killed when militants stormed the PAF camp at Badaber "
      "on the outskirts of Peshawar early on Friday, the military said. DG ISPR Lt Gen Asim "
      "Bajwa said on Twitter that all 13 attackers had been killed within hours and that 29 "
      "people were injured, among them a captain who later succumbed to his wounds. Sixteen of "
      "the worshippers were killed inside the camp's mosque during the dawn prayer, he told a "
      "press conference. The banned Tehreek-i-Taliban Pakistan claimed responsibility, with its "
      "spokesman Muhammad Khurasani claiming in an email that its fighters had killed \"more "
      "than 50\" personnel. A spokesman for Lady Reading Hospital said 14 injured had been "
      "brought there, four of them in critical condition.",
      [C("Twenty-nine", 29, "exact", "killed", "people at the Badaber camp", "the military"),
       C("23", 23, "exact", "killed", "PAF personnel", "the military"),
       C("three", 3, "exact", "killed", "army soldiers", "the military",
         ctx="three army soldiers"),
       C("three", 3, "exact", "killed", "civilians", "the military", ctx="three civilians"),
       C("13", 13, "exact", "killed", "attackers", "DG ISPR Lt Gen Asim Bajwa"),
       C("29", 29, "exact", "injured", "people at the Badaber camp",
         "DG ISPR Lt Gen Asim Bajwa"),
       C("Sixteen", 16, "exact", "killed", "worshippers in the mosque",
         "DG ISPR Lt Gen Asim Bajwa", attr_alt=["he"]),
       C("more than 50", 50, "more_than", "killed", "personnel (TTP claim)",
         "its spokesman Muhammad Khurasani",
         attr_alt=["The banned Tehreek-i-Taliban Pakistan"]),
       C("14", 14, "exact", "injured", "injured brought to Lady Reading Hospital",
         "A spokesman for Lady Reading Hospital"),
       C("four", 4, "exact", "injured", "injured in critical condition",
         "A spokesman for Lady Reading Hospital")],
      published="2015-09-19"),

    P("d84_018",
      "COLOMBO, Feb 2, 2009 (AFP) - The only functioning hospital in Sri Lanka's northern war "
      "zone was shelled repeatedly over the weekend, killing at least nine patients, the "
      "International Committee of the Red Cross said Monday. The Puthukudiyiruppu hospital was "
      "hit three times in 24 hours and was packed with some 500 patients when the shells landed, "
      "ICRC spokeswoman Sarasi Wijeratne told AFP. The pro-rebel TamilNet website, citing health "
      "officials in the area, said 12 people had died and 20 more were wounded. Military "
      "spokesman Brigadier Udaya Nanayakkara denied that troops had fired on the hospital, "
      "saying the nearest army unit was more than 5 kilometres away. Defence Secretary Gotabhaya "
      "Rajapakse told state television that any place outside the government's declared safe "
      "zone was a \"legitimate target\". The UN says up to 250,000 civilians are trapped in the "
      "shrinking rebel-held area.",
      [C("at least nine", 9, "at_least", "killed", "patients at Puthukudiyiruppu hospital",
         "the International Committee of the Red Cross"),
       C("three", 3, "exact", "other", "times the hospital was hit",
         "ICRC spokeswoman Sarasi Wijeratne", cat_alt=["munitions"], optional=True),
       C("some 500", 500, "about", "other", "patients in the hospital",
         "ICRC spokeswoman Sarasi Wijeratne"),
       C("12", 12, "exact", "killed", "people at the hospital", "health officials in the area",
         attr_alt=["The pro-rebel TamilNet website"]),
       C("20", 20, "exact", "injured", "people at the hospital",
         "health officials in the area", attr_alt=["The pro-rebel TamilNet website"]),
       C("up to 250,000", 250000, "at_most", "other", "civilians trapped", "The UN",
         cat_alt=["population"])],
      published="2009-02-02"),

    P("d84_019",
      "DILI, East Timor, April 7 (Reuters) - Pro-Indonesian militiamen backed by troops attacked "
      "a church in the town of Liquica where some 2,000 refugees were sheltering, killing at "
      "least 25 people, East Timor's Roman Catholic Bishop Carlos Belo said on Wednesday. Church "
      "workers who reached the town said the toll could be as many as 45, and that many bodies "
      "had been taken away in military trucks. The regional military commander, Colonel Tono "
      "Suratman, said only five people had died in a clash between \"two groups of villagers\" "
      "and that his troops had restored order. A doctor at Dili's Motael clinic said he had "
      "treated 13 people with machete and gunshot wounds. Nobel peace laureate Jose Ramos-Horta, "
      "speaking from Sydney, called the attack a massacre. Indonesia has about 15,000 troops in "
      "the territory ahead of an August vote on independence.",
      [C("some 2,000", 2000, "about", "displaced", "refugees sheltering in the church", None,
         attr_alt=["East Timor's Roman Catholic Bishop Carlos Belo"]),
       C("at least 25", 25, "at_least", "killed", "people at the Liquica church",
         "East Timor's Roman Catholic Bishop Carlos Belo"),
       C("as many as 45", 45, "at_most", "killed", "people at the Liquica church",
         "Church workers who reached the town", attr_alt=["Church workers"]),
       C("five", 5, "exact", "killed", "people (military account)", "Colonel Tono Suratman",
         attr_alt=["The regional military commander"]),
       C("13", 13, "exact", "injured", "people treated at Motael clinic",
         "A doctor at Dili's Motael clinic"),
       C("about 15,000", 15000, "about", "troops", "Indonesian troops in East Timor")]),

    P("d84_020",
      "Jakarta / Fri, November 26, 1999\n"
      "The Indonesian commission investigating abuses in East Timor said on Thursday that at "
      "least 50 people were killed when militiamen attacked the Ave Maria church compound in "
      "Suai on Sept. 6, among them three priests. Commission member Albert Hasibuan told "
      "reporters that witnesses in Suai had spoken of \"more than 100\" victims, but that "
      "investigators could so far confirm only the deaths they had documented. Interfet troops "
      "exhumed 26 bodies from a beach grave near the Timorese border town of Betun last week, "
      "and forensic experts are trying to establish whether they were taken from the church, a "
      "spokesman for the multinational force said. The Indonesian Military (TNI) maintains that "
      "the violence in Suai was a clash between rival Timorese factions. Around 2,000 people had "
      "sought refuge in the compound, church officials have said. The commission is due to "
      "report to the Attorney General by Jan. 31.",
      [C("at least 50", 50, "at_least", "killed", "people at the Suai church",
         "The Indonesian commission investigating abuses in East Timor"),
       C("three", 3, "exact", "killed", "priests",
         "The Indonesian commission investigating abuses in East Timor"),
       C("more than 100", 100, "more_than", "killed", "victims (witnesses' account)",
         "witnesses in Suai", attr_alt=["Commission member Albert Hasibuan"]),
       C("26", 26, "exact", "killed", "bodies exhumed near Betun",
         "a spokesman for the multinational force", ctx="exhumed 26 bodies"),
       C("Around 2,000", 2000, "about", "displaced", "people who sought refuge in the compound",
         "church officials")],
      published="1999-11-26"),
    # --- Israel, the Palestinian territories, Lebanon, Syria ---------------------------------
    P("d84_021",
      "Jun. 13, 2006 | 2:14 AM\n"
      "The Israel Defense Forces said Monday that its internal inquiry had ruled out an Israeli "
      "artillery shell as the cause of the explosion on a Gaza beach on Friday that killed seven "
      "members of the Ghalia family. The head of the inquiry, Maj. Gen. Meir Klifi, told "
      "reporters that six shells were fired at the northern Gaza Strip that afternoon, and that "
      "the last of them landed at least 250 meters from the spot, several minutes before the "
      "blast. Palestinian health officials say eight people were killed in the blast, among them "
      "three children, and that more than 30 were wounded. Human Rights Watch, whose "
      "investigator examined the beach and the shrapnel, said the evidence \"overwhelmingly\" "
      "pointed to an Israeli shell. Hamas responded by calling off its 16-month truce and firing "
      "some 15 rockets at Israeli towns over the weekend, according to the army.",
      [C("seven", 7, "exact", "killed", "members of the Ghalia family", None,
         attr_alt=["The Israel Defense Forces"]),
       C("six", 6, "exact", "munitions", "shells fired at northern Gaza",
         "Maj. Gen. Meir Klifi", attr_alt=["The head of the inquiry"]),
       C("eight", 8, "exact", "killed", "people on the Gaza beach",
         "Palestinian health officials"),
       C("three", 3, "exact", "killed", "children", "Palestinian health officials"),
       C("more than 30", 30, "more_than", "injured", "people on the Gaza beach",
         "Palestinian health officials"),
       C("some 15", 15, "about", "munitions", "rockets fired by Hamas", "the army")],
      published="2006-06-13"),

    P("d84_022",
      "JERUSALEM, Oct. 8, 1990 (UPI) -- Israeli police opened fire on Palestinians who hurled "
      "stones at Jewish worshippers at the Western Wall from the Temple Mount on Monday, killing "
      "at least 19 Arabs and wounding more than 140, hospital officials said. Police said 20 "
      "Israelis had been injured, among them 11 police officers, and that officers had fired "
      "live rounds only after tear gas and rubber bullets failed to disperse a crowd of about "
      "3,000. Palestinian sources at Makassed hospital in East Jerusalem gave a higher toll of 21 "
      "dead, and said some of the wounded had been shot in the head. Police Minister Roni Milo "
      "blamed \"inciters\" in the mosques. Police said they had detained 12 people. It was the "
      "bloodiest single day in Jerusalem since Israel captured the eastern part of the city in "
      "the 1967 Middle East war.",
      [C("at least 19", 19, "at_least", "killed", "Palestinians on the Temple Mount",
         "hospital officials"),
       C("more than 140", 140, "more_than", "injured", "Palestinians on the Temple Mount",
         "hospital officials"),
       C("20", 20, "exact", "injured", "Israelis", "Police"),
       C("11", 11, "exact", "injured", "police officers", "Police"),
       C("about 3,000", 3000, "about", "other", "crowd on the Temple Mount", "Police"),
       C("21", 21, "exact", "killed", "dead (Makassed hospital toll)",
         "Palestinian sources at Makassed hospital in East Jerusalem"),
       C("12", 12, "exact", "detained", "people detained", "Police")],
      published="1990-10-08"),

    P("d84_023",
      "Published: September 28, 1996\n"
      "JERUSALEM, Sept. 27 — The toll from three days of clashes that erupted after Israel opened "
      "a new entrance to an archeological tunnel near the Al Aksa Mosque rose to 73 today, with "
      "58 Palestinians and 15 Israeli soldiers dead, according to figures from the Palestinian "
      "Health Ministry and the Israeli Army. The ministry said more than 1,000 Palestinians had "
      "been wounded in the West Bank and Gaza. The Israeli Army put the number of its wounded at "
      "54. At the Al Aksa compound, police shot dead three Palestinians when worshippers threw "
      "stones after Friday prayers, an Israeli police spokesman said. Prime Minister Benjamin "
      "Netanyahu, who returned early from Europe, said the tunnel would remain open. Israel "
      "moved tanks into the West Bank for the first time since the 1967 war, deploying at least "
      "10 near Ramallah and Nablus.",
      [C("73", 73, "exact", "killed", "people in three days of clashes",
         "figures from the Palestinian Health Ministry and the Israeli Army",
         attr_alt=["the Palestinian Health Ministry and the Israeli Army"]),
       C("58", 58, "exact", "killed", "Palestinians",
         "figures from the Palestinian Health Ministry and the Israeli Army",
         attr_alt=["the Palestinian Health Ministry and the Israeli Army"]),
       C("15", 15, "exact", "killed", "Israeli soldiers",
         "figures from the Palestinian Health Ministry and the Israeli Army",
         attr_alt=["the Palestinian Health Ministry and the Israeli Army"]),
       C("more than 1,000", 1000, "more_than", "injured", "Palestinians", "The ministry",
         attr_alt=["the Palestinian Health Ministry"]),
       C("54", 54, "exact", "injured", "Israeli soldiers", "The Israeli Army"),
       C("three", 3, "exact", "killed", "Palestinians at the Al Aksa compound",
         "an Israeli police spokesman", ctx="three Palestinians"),
       C("at least 10", 10, "at_least", "munitions", "tanks deployed in the West Bank", None,
         attr_alt=["Israel"])],
      published="1996-09-28"),

    P("d84_024",
      "TYRE, Lebanon (AP) — An Israeli air strike hit a convoy of villagers fleeing the southern "
      "border village of Marwahin on Saturday, killing 20 people, among them at least nine "
      "children, Lebanese security officials said. The villagers had been ordered by Israeli "
      "loudspeakers to leave within two hours, and had first sought shelter at a nearby U.N. "
      "post, where peacekeepers turned them away, residents said. Lebanese civil defense workers "
      "recovered 16 bodies from two burned-out vehicles by nightfall, a civil defense official in "
      "Tyre said. The Israeli military said it was looking into the report and that it targeted "
      "only Hezbollah positions and rocket launchers. Hezbollah fired more than 100 rockets into "
      "northern Israel on Saturday, the army said, wounding at least 15 people in Haifa, "
      "Tiberias and Nahariya. At least 130 Lebanese have been killed since the fighting began "
      "Wednesday, according to Lebanon's health ministry.",
      [C("20", 20, "exact", "killed", "villagers fleeing Marwahin",
         "Lebanese security officials"),
       C("at least nine", 9, "at_least", "killed", "children", "Lebanese security officials"),
       C("16", 16, "exact", "killed", "bodies recovered", "a civil defense official in Tyre"),
       C("two", 2, "exact", "other", "burned-out vehicles", "a civil defense official in Tyre",
         optional=True, ctx="two burned-out"),
       C("more than 100", 100, "more_than", "munitions", "Hezbollah rockets", "the army"),
       C("at least 15", 15, "at_least", "injured", "people in northern Israel", "the army"),
       C("At least 130", 130, "at_least", "killed", "Lebanese since Wednesday",
         "Lebanon's health ministry")]),

    P("d84_025",
      "BEIRUT, March 19 (Reuters) - Syria's government and rebels accused each other of firing a "
      "rocket loaded with chemicals into the village of Khan al-Assal near Aleppo on Tuesday, in "
      "what would be the first use of chemical weapons in the two-year-old conflict. State "
      "television said 25 people had been killed, including 16 soldiers, and 86 wounded, and "
      "showed patients struggling to breathe in Aleppo hospitals. Information Minister Omran "
      "al-Zoubi said the rocket had been fired by \"terrorists\" from Kafr Dael, 8 km away. A "
      "rebel commander, Qassem Saadeddine, told Reuters that the government had fired a Scud "
      "missile with a chemical warhead and that it had hit its own troops. The Syrian "
      "Observatory for Human Rights, a British-based monitor, put the toll at 26, among them 16 "
      "soldiers, and said it could not establish what had caused the deaths. Washington said it "
      "had no evidence to substantiate the use of chemical weapons.",
      [C("25", 25, "exact", "killed", "people in Khan al-Assal", "State television"),
       C("16", 16, "exact", "killed", "soldiers", "State television",
         ctx="including 16 soldiers"),
       C("86", 86, "exact", "injured", "people in Khan al-Assal", "State television"),
       C("26", 26, "exact", "killed", "people (Observatory toll)",
         "The Syrian Observatory for Human Rights"),
       C("16", 16, "exact", "killed", "soldiers (Observatory toll)",
         "The Syrian Observatory for Human Rights", ctx="among them 16")]),
    # --- Syria's war against Islamic State, and the Taliban in 2001 --------------------------
    P("d84_026",
      "Published On 17 Aug 2014\n"
      "The Islamic State of Iraq and the Levant (ISIL) has executed 700 members of a Syrian tribe "
      "that rose up against it in the eastern province of Deir Az Zor, according to the Syrian "
      "Observatory for Human Rights. Most of those killed over the past two weeks were young men "
      "from the Shaitat tribe, and many were beheaded, the UK-based monitor's director, Rami "
      "Abdel Rahman, told Al Jazeera. A tribal leader who fled to Turkey said at least 900 people "
      "had been killed and that some 1,800 others were missing. Tens of thousands of residents "
      "of the villages of Abu Hamam, Kashkiyeh and Granij have fled, according to activists, who "
      "said ISIL fighters had set fire to dozens of homes. ISIL itself posted photographs online "
      "showing what it said were the executions of \"apostates\".",
      [C("700", 700, "exact", "killed", "members of the Shaitat tribe",
         "the Syrian Observatory for Human Rights"),
       C("at least 900", 900, "at_least", "killed", "people of the Shaitat tribe",
         "A tribal leader who fled to Turkey"),
       C("some 1,800", 1800, "about", "missing", "tribe members missing",
         "A tribal leader who fled to Turkey"),
       C("Tens of thousands", 10000, "vague", "displaced", "residents who fled", "activists"),
       C("dozens", 12, "vague", "infrastructure", "homes set on fire", "activists",
         cat_alt=["other"])],
      published="2014-08-17"),

    P("d84_027",
      "Syria conflict: Coalition strikes 'kill 56 civilians' near Manbij\n"
      "Air strikes by the US-led coalition against the Islamic State group have killed at least "
      "56 civilians, including 11 children, in a village in northern Syria, a monitoring group "
      "says. The Syrian Observatory for Human Rights said the planes hit Tokhar, north of the "
      "besieged town of Manbij, early on Tuesday, as families were fleeing fighting between IS "
      "and Kurdish-led forces. Activists from the town put the death toll much higher, at up to "
      "160, and the opposition Syrian National Coalition called for a suspension of the strikes. "
      "Syrian Democratic Forces spokesman Sherfan Darwish said 15 IS fighters had been killed in "
      "the strikes and that no civilians were in the area. A spokesman for the coalition, Col "
      "Chris Garver, said it would look into the reports. The coalition says it has carried out "
      "more than 14,000 strikes in Iraq and Syria since 2014.",
      [C("56", 56, "exact", "killed", "civilians near Manbij (headline)", None,
         attr_alt=["The Syrian Observatory for Human Rights"], ctx="kill 56"),
       C("at least 56", 56, "at_least", "killed", "civilians in Tokhar", "a monitoring group",
         attr_alt=["The Syrian Observatory for Human Rights"]),
       C("11", 11, "exact", "killed", "children", "a monitoring group",
         attr_alt=["The Syrian Observatory for Human Rights"]),
       C("up to 160", 160, "at_most", "killed", "people in Tokhar (activists' toll)",
         "Activists from the town"),
       C("15", 15, "exact", "killed", "IS fighters", "Syrian Democratic Forces spokesman "
         "Sherfan Darwish"),
       C("more than 14,000", 14000, "more_than", "other", "coalition strikes since 2014",
         "The coalition", cat_alt=["munitions"])]),

    P("d84_028",
      "BEIRUT, March 17, 2017 (AFP) - The toll from an air strike on a village mosque in "
      "northern Syria rose to 49 on Friday, most of them civilians who had gathered for evening "
      "prayers, the Syrian Observatory for Human Rights said. The monitor had earlier reported 42 "
      "dead. Rescue workers from the White Helmets said they had pulled 11 people alive from the "
      "rubble of the building in Al-Jineh, in Aleppo province, and that the search for survivors "
      "continued. The US military confirmed it had carried out a strike in the area, but said it "
      "had targeted a meeting of Al-Qaeda members and had killed \"several\" of them. \"We did not "
      "target a mosque,\" Pentagon spokesman Captain Jeff Davis told reporters, adding that a "
      "mosque about 15 metres away was still standing. More than 100 people were believed to be "
      "inside at the time, according to residents.",
      [C("49", 49, "exact", "killed", "people at the Al-Jineh mosque",
         "the Syrian Observatory for Human Rights"),
       C("42", 42, "exact", "killed", "dead (earlier Observatory toll)", "The monitor",
         attr_alt=["the Syrian Observatory for Human Rights"]),
       C("11", 11, "exact", "other", "people pulled alive from the rubble",
         "Rescue workers from the White Helmets"),
       C("More than 100", 100, "more_than", "other", "people inside the building",
         "residents")],
      published="2017-03-17"),

    P("d84_029",
      "BAGHUZ, Syria, March 23 (Reuters) - U.S.-backed forces declared the defeat of Islamic "
      "State's last enclave in eastern Syria on Saturday after weeks of fighting in the village "
      "of Baghuz. More than 5,000 militants have surrendered since January, and some 24,000 "
      "women and children have been evacuated to camps further north, the Syrian Democratic "
      "Forces (SDF) said. SDF commander Mazloum Kobani Abdi said 11,000 of the alliance's "
      "fighters had been killed in the four-year campaign against the group. The Syrian "
      "Observatory for Human Rights, which monitors the war through a network of sources, said "
      "around 630 civilians had been killed in the final battle, among them some 200 children. "
      "The al-Hol camp, designed for 20,000 people, now holds more than 70,000, according to the "
      "United Nations.",
      [C("More than 5,000", 5000, "more_than", "detained", "militants who surrendered",
         "the Syrian Democratic Forces (SDF)", cat_alt=["other"]),
       C("some 24,000", 24000, "about", "displaced", "women and children evacuated",
         "the Syrian Democratic Forces (SDF)"),
       C("11,000", 11000, "exact", "killed", "SDF fighters",
         "SDF commander Mazloum Kobani Abdi"),
       C("around 630", 630, "about", "killed", "civilians in the final battle",
         "The Syrian Observatory for Human Rights"),
       C("some 200", 200, "about", "killed", "children",
         "The Syrian Observatory for Human Rights"),
       C("20,000", 20000, "exact", "other", "capacity of al-Hol camp", None,
         attr_alt=["the United Nations"], optional=True),
       C("more than 70,000", 70000, "more_than", "displaced", "people in al-Hol camp",
         "the United Nations", cat_alt=["population"])]),

    P("d84_030",
      "Monday, 19 February, 2001, 14:20 GMT\n"
      "The human rights group Human Rights Watch says Taliban forces killed at least 170 "
      "civilians in the central Afghan district of Yakawlang last month, after retaking the area "
      "from opposition fighters. The group says its researchers interviewed witnesses who "
      "described men being rounded up in the district's main town, Nayak, and shot by firing "
      "squads in front of the local headquarters. The United Nations said in January that it "
      "had received reports of up to 300 deaths, and that aid workers had been prevented from "
      "entering the area. The opposition Hezb-e-Wahdat party has put the number of dead at more "
      "than 500. A Taliban spokesman in Kandahar, Abdul Hai Mutmaen, denied that any civilians "
      "had been killed, saying those who died were \"armed men\". Three employees of a Western "
      "aid agency were among those detained, according to the UN.",
      [C("at least 170", 170, "at_least", "killed", "civilians in Yakawlang",
         "Human Rights Watch", attr_alt=["The human rights group Human Rights Watch"]),
       C("up to 300", 300, "at_most", "killed", "deaths reported to the UN",
         "The United Nations"),
       C("more than 500", 500, "more_than", "killed", "dead (Hezb-e-Wahdat)",
         "The opposition Hezb-e-Wahdat party"),
       C("Three", 3, "exact", "detained", "aid agency employees detained", "the UN",
         attr_alt=["The United Nations"])],
      published="2001-02-19"),
    # --- Kashmir, Sri Lanka, Bosnia, Moldova in the 1990s ------------------------------------
    P("d84_031",
      "Srinagar, January 7: At least 43 civilians were killed and more than 300 shops and houses "
      "gutted in Sopore on Wednesday after Border Security Force personnel went on a rampage "
      "following a militant attack on one of their patrols, residents and local traders alleged. "
      "Official sources put the death toll at 22, saying most of the dead were caught in "
      "\"cross-firing\" between the troops and militants. A BSF spokesman said one of its jawans "
      "had been killed and two injured when militants opened fire near the main chowk, and "
      "denied that his men had set fire to the market. Eyewitnesses said passengers were pulled "
      "from a bus and shot, and that at least 15 bodies were found inside the vehicle. The Jammu "
      "and Kashmir Liberation Front has called a three-day strike in protest.",
      [C("At least 43", 43, "at_least", "killed", "civilians in Sopore",
         "residents and local traders"),
       C("more than 300", 300, "more_than", "infrastructure", "shops and houses gutted",
         "residents and local traders"),
       C("22", 22, "exact", "killed", "dead (official toll)", "Official sources"),
       C("one", 1, "exact", "killed", "BSF jawan", "A BSF spokesman", ctx="one of its jawans"),
       C("two", 2, "exact", "injured", "BSF personnel", "A BSF spokesman"),
       C("at least 15", 15, "at_least", "killed", "bodies found in a bus", "Eyewitnesses")]),

    P("d84_032",
      "NEW DELHI, Oct. 23. The Union Home Ministry today said 31 persons had been killed and 76 "
      "injured when Border Security Force personnel fired on a procession at Bijbehara in "
      "Anantnag district on Friday, and ordered a magisterial inquiry. According to the Ministry, "
      "the troops fired after a section of the crowd, estimated at about 10,000, opened fire on "
      "them. Local residents and the Jammu and Kashmir People's Conference, however, claimed that "
      "51 persons had died and that the procession, protesting the siege of the Hazratbal "
      "shrine, was peaceful. Doctors at the Anantnag district hospital said they had received 37 "
      "bodies on Friday evening. Curfew remained in force in Bijbehara and Anantnag towns for the "
      "second day today.",
      [C("31", 31, "exact", "killed", "persons in Bijbehara", "The Union Home Ministry"),
       C("76", 76, "exact", "injured", "persons in Bijbehara", "The Union Home Ministry"),
       C("about 10,000", 10000, "about", "other", "crowd in the procession", "the Ministry",
         attr_alt=["The Union Home Ministry"]),
       C("51", 51, "exact", "killed", "persons (residents' toll)",
         "Local residents and the Jammu and Kashmir People's Conference"),
       C("37", 37, "exact", "killed", "bodies received by the hospital",
         "Doctors at the Anantnag district hospital")]),

    P("d84_033",
      "Tuesday, February 13, 1996\n"
      "TRINCOMALEE: Twenty-four Tamil civilians, among them seven children, were killed and 23 "
      "others wounded at Kumarapuram village in the Trincomalee district on Sunday evening, "
      "hospital authorities in Trincomalee said. Residents alleged that soldiers from a nearby "
      "army camp went on a rampage after two of their colleagues were killed in an LTTE ambush "
      "close to the village earlier in the day. The military spokesman, Brigadier Sarath "
      "Munasinghe, said the army had ordered an inquiry and that seven soldiers had been taken "
      "into custody. Tamil United Liberation Front MP A. Thangathurai told Parliament that 26 "
      "persons had been killed, including a 16-year-old schoolgirl who had been abducted from a "
      "shop. The area has been under curfew since the incident.",
      [C("Twenty-four", 24, "exact", "killed", "Tamil civilians in Kumarapuram",
         "hospital authorities in Trincomalee"),
       C("seven", 7, "exact", "killed", "children", "hospital authorities in Trincomalee",
         ctx="seven children"),
       C("23", 23, "exact", "injured", "civilians in Kumarapuram",
         "hospital authorities in Trincomalee"),
       C("two", 2, "exact", "killed", "soldiers killed in an LTTE ambush", "Residents",
         attr_alt=[None]),
       C("seven", 7, "exact", "detained", "soldiers taken into custody",
         "Brigadier Sarath Munasinghe", attr_alt=["The military spokesman"],
         ctx="seven soldiers"),
       C("26", 26, "exact", "killed", "persons (TULF toll)",
         "Tamil United Liberation Front MP A. Thangathurai")],
      published="1996-02-13"),

    P("d84_034",
      "SARAJEVO, June 1, 1993 (Reuters) - Two mortar shells exploded among spectators at a "
      "football match in a car park in the Sarajevo suburb of Dobrinja on Tuesday, killing at "
      "least 11 people and wounding about 100, doctors and U.N. officials said. Bosnian "
      "government radio said 12 had died, most of them young men, and blamed Serb gunners in the "
      "hills above the suburb. U.N. military observers said the shells had been fired from Serb "
      "positions to the south-east, but Bosnian Serb army spokesman Colonel Milovan Milutinovic "
      "said his forces had not fired at civilians. Kosevo hospital said 46 of the wounded were in "
      "a serious condition. About 200 people had gathered to watch the game, played on a pitch "
      "hemmed in by apartment blocks to shield it from sniper fire, residents said.",
      [C("Two", 2, "exact", "munitions", "mortar shells", "doctors and U.N. officials",
         attr_alt=[None]),
       C("at least 11", 11, "at_least", "killed", "people at the football match",
         "doctors and U.N. officials"),
       C("about 100", 100, "about", "injured", "people at the football match",
         "doctors and U.N. officials"),
       C("12", 12, "exact", "killed", "dead (government radio)", "Bosnian government radio"),
       C("46", 46, "exact", "injured", "wounded in serious condition", "Kosevo hospital"),
       C("About 200", 200, "about", "other", "spectators at the match", "residents")],
      published="1993-06-01"),

    P("d84_035",
      "KISHINEV, Moldova, June 22, 1992 (UPI) -- Fighting for the city of Bendery on the Dniester "
      "River has killed more than 300 people since Friday, Moldova's Interior Ministry said "
      "Monday, while Russian-speaking separatists put the toll at 450 and accused Moldovan police "
      "of shelling residential areas. Moldovan President Mircea Snegur said 68 of his country's "
      "policemen and volunteers had died and that separatist forces had been joined by tanks of "
      "the Russian 14th Army. The army's commander, General Yuri Netkachev, denied that his "
      "troops were involved but said two of his soldiers had been killed by Moldovan fire. Tens "
      "of thousands of residents have fled across the bridge to Tiraspol or into Ukraine, "
      "Ukrainian border officials said, and the Red Cross said its workers had counted about 50 "
      "bodies in the streets of the city center on Sunday. A cease-fire agreed on Sunday night "
      "collapsed within hours.",
      [C("more than 300", 300, "more_than", "killed", "people in Bendery",
         "Moldova's Interior Ministry"),
       C("450", 450, "exact", "killed", "people (separatists' toll)",
         "Russian-speaking separatists"),
       C("68", 68, "exact", "killed", "Moldovan policemen and volunteers",
         "Moldovan President Mircea Snegur"),
       C("two", 2, "exact", "killed", "14th Army soldiers", "General Yuri Netkachev",
         attr_alt=["The army's commander"]),
       C("Tens of thousands", 10000, "vague", "displaced", "residents who fled",
         "Ukrainian border officials"),
       C("about 50", 50, "about", "killed", "bodies counted in the streets", "the Red Cross")],
      published="1992-06-22"),
    # --- Karabakh, Kosovo, the Azerbaijani-Armenian border, Rwanda, Mozambique ---------------
    P("d84_036",
      "Tuesday 14 April 1992\n"
      "From our correspondent in Stepanakert\n"
      "Armenian officials in Nagorno-Karabakh said yesterday that Azerbaijani forces had killed "
      "between 45 and 50 villagers in Maraga, a village on the enclave's northern edge, and taken "
      "about 50 more hostage, most of them women and children. Baroness Cox, the deputy speaker "
      "of the House of Lords, who reached the village with a human rights delegation on "
      "Saturday, said she had seen \"decapitated and burned bodies\" and had counted 17 herself. "
      "Azerbaijan's defence ministry denied its troops had harmed civilians and said 19 of its "
      "own soldiers had died retaking the village. Fewer than 100 of the village's roughly 4,000 "
      "inhabitants are thought to have remained when the attack began; the rest fled to "
      "Stepanakert over the winter.",
      [C("between 45 and 50", 45, "range", "killed", "villagers in Maraga",
         "Armenian officials in Nagorno-Karabakh", high=50),
       C("about 50", 50, "about", "hostages", "villagers taken hostage",
         "Armenian officials in Nagorno-Karabakh"),
       C("17", 17, "exact", "killed", "bodies counted by Baroness Cox", "Baroness Cox"),
       C("19", 19, "exact", "killed", "Azerbaijani soldiers", "Azerbaijan's defence ministry"),
       C("Fewer than 100", 100, "fewer_than", "population", "inhabitants who remained", None,
         cat_alt=["other"]),
       C("roughly 4,000", 4000, "about", "population", "inhabitants of Maraga")],
      published="1992-04-14"),

    P("d84_037",
      "TIRANA, Albania (AP) — Ethnic Albanian refugees arriving in northern Albania said Serb "
      "forces had separated the men from the women at the village of Izbica in central Kosovo on "
      "March 28 and shot at least 130 of them. The Kosovo Liberation Army put the toll at 150 and "
      "said a further 4,500 villagers had been driven toward the border. NATO spokesman Jamie "
      "Shea showed reporters aerial photographs of what he said were about 150 fresh graves dug "
      "in rows near the village. Yugoslav officials called the claims \"lies\" and said their "
      "police had fought only \"terrorists\" in the area. Human Rights Watch, which interviewed 12 "
      "survivors, has documented 93 deaths by name. More than 400,000 Kosovars have crossed into "
      "Albania since the NATO bombing began, according to the U.N. refugee agency.",
      [C("at least 130", 130, "at_least", "killed", "men in Izbica",
         "Ethnic Albanian refugees arriving in northern Albania"),
       C("150", 150, "exact", "killed", "dead (KLA toll)", "The Kosovo Liberation Army",
         ctx="toll at 150"),
       C("4,500", 4500, "exact", "displaced", "villagers driven toward the border",
         "The Kosovo Liberation Army"),
       C("about 150", 150, "about", "killed", "fresh graves near Izbica",
         "NATO spokesman Jamie Shea", cat_alt=["other"], optional=True),
       C("12", 12, "exact", "other", "survivors interviewed", "Human Rights Watch",
         optional=True),
       C("93", 93, "exact", "killed", "deaths documented by name", "Human Rights Watch"),
       C("More than 400,000", 400000, "more_than", "displaced", "Kosovars who crossed into "
         "Albania", "the U.N. refugee agency")]),

    P("d84_038",
      "BAKU (AA) - Azerbaijan's Defense Ministry said on Wednesday that 11 of its servicemen, "
      "including Major General Polad Hashimov, had been killed in three days of clashes with "
      "Armenian forces on the Tovuz section of the border, and that a 76-year-old civilian had "
      "died when shells hit his village. The ministry claimed that up to 100 Armenian soldiers "
      "had been \"neutralized\" and that an Armenian drone had been shot down. Armenia's Defense "
      "Ministry spokeswoman Shushan Stepanyan said four Armenian servicemen had been killed and "
      "dismissed the Azerbaijani figure as \"fantasy\", saying Armenian forces had downed 13 "
      "Azerbaijani drones, among them an Israeli-made Elbit Hermes 900. Thousands of people "
      "marched through Baku overnight demanding mobilization, according to witnesses. Turkey's "
      "defence minister pledged Ankara's support.",
      [C("11", 11, "exact", "killed", "Azerbaijani servicemen",
         "Azerbaijan's Defense Ministry"),
       C("up to 100", 100, "at_most", "killed", "Armenian soldiers (Azerbaijani claim)",
         "The ministry", attr_alt=["Azerbaijan's Defense Ministry"]),
       C("four", 4, "exact", "killed", "Armenian servicemen",
         "Armenia's Defense Ministry spokeswoman Shushan Stepanyan"),
       C("13", 13, "exact", "munitions", "Azerbaijani drones downed",
         "Armenia's Defense Ministry spokeswoman Shushan Stepanyan", cat_alt=["other"]),
       C("Thousands", 1000, "vague", "other", "marchers in Baku", "witnesses")]),

    P("d84_039",
      "NAIROBI, Dec 12 (Reuters) - Hutu rebels who attacked the Mudende refugee camp in "
      "northwestern Rwanda killed more than 300 Congolese Tutsi refugees, most of them with "
      "machetes, the U.N. refugee agency said on Friday. Rwanda's army said the toll was 271 and "
      "that its troops had killed 40 of the attackers as they retreated toward the Congo border. "
      "Local officials in Gisenyi gave a higher figure of more than 1,000 dead, a number UNHCR "
      "spokesman Kris Janowski said could not be confirmed. Some 17,000 refugees lived in the "
      "camp, according to the agency, which said it had trucked 60 tonnes of food and plastic "
      "sheeting to survivors who fled to Gisenyi town. The wounded, about 230 of them, were being "
      "treated at Ruhengeri and Gisenyi hospitals, doctors said.",
      [C("more than 300", 300, "more_than", "killed", "Congolese Tutsi refugees",
         "the U.N. refugee agency"),
       C("271", 271, "exact", "killed", "refugees (army toll)", "Rwanda's army"),
       C("40", 40, "exact", "killed", "attackers", "Rwanda's army"),
       C("more than 1,000", 1000, "more_than", "killed", "dead (local officials)",
         "Local officials in Gisenyi"),
       C("Some 17,000", 17000, "about", "displaced", "refugees living in the camp",
         "the agency", cat_alt=["population"], attr_alt=["the U.N. refugee agency"]),
       C("60", 60, "exact", "aid", "tonnes of food and plastic sheeting", "the agency",
         attr_alt=["the U.N. refugee agency"]),
       C("about 230", 230, "about", "injured", "wounded in hospital", "doctors")]),

    P("d84_040",
      "MAPUTO, April 21, 2020 (Lusa) - Insurgents killed 52 young men in the village of Xitaxi, "
      "in Muidumbe district, after they refused to join the group, Mozambique's police "
      "spokesman Orlando Mudumane said on Tuesday. The killings took place on April 7, but "
      "police were only able to reach the village days later, he said. A local source told Lusa "
      "that the men had been tied up and shot or beheaded, and that 20 to 30 other residents were "
      "missing. The Cabo Ligado conflict monitor said the attack was part of a wave in which "
      "insurgents occupied seven district headquarters in the first quarter of the year. Some "
      "162,000 people have been displaced by the violence in Cabo Delgado since October 2017, "
      "according to the United Nations, while Human Rights Watch says at least 900 people have "
      "been killed. No group has claimed the Xitaxi killings.",
      [C("52", 52, "exact", "killed", "young men in Xitaxi",
         "Mozambique's police spokesman Orlando Mudumane"),
       C("20 to 30", 20, "range", "missing", "residents missing", "A local source", high=30),
       C("seven", 7, "exact", "other", "district headquarters occupied",
         "The Cabo Ligado conflict monitor", cat_alt=["infrastructure"]),
       C("Some 162,000", 162000, "about", "displaced", "people displaced in Cabo Delgado",
         "the United Nations"),
       C("at least 900", 900, "at_least", "killed", "people killed in Cabo Delgado",
         "Human Rights Watch")],
      published="2020-04-21"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d84_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
