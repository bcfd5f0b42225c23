"""Source of the hundredth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) of analysis, features and
background-heavy reporting on wars, disasters, protests and kidnappings, 1997–2024, written for
this set (none copied from an article) in the style of newspaper features, magazine explainers,
broadcaster analysis pages, long wire "analysis" pieces, NGO and UN briefings quoted as news,
each with its own date furniture. The article's own voice (background figures, earlier tolls,
context) alternates with figures from named sources: paragraphs mix "X said" sentences with
unattributed background sentences, reported speech runs over several sentences, sources are
named after quotes, two sides give conflicting tolls and figures are revised. Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports
loosely and some details are invented; the set tests extraction, not facts. One passage holds
only non-claims.

Run ``python tests/devset100/build_devset100.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset100")

SALAZAR = "Defense Minister Raúl Salazar"
RC = "The Red Cross"
VE_CIVIL = "The government's civil defence agency"
UCV = "a 2002 study by Central University of Venezuela researchers"
VE_STATE = "the state government"
GN_GOV = "The government"
COR = "Residents' groups"
SURVIVORS = "Survivors"
KOK = "Health Minister Riek Gai Kok"
AU = "The commission"
KST = "the Kivu Security Tracker"
BANYA = "Banyamulenge leaders"
MONUSCO = "the mission"
UN_REPORT = "a United Nations report seen by the Guardian"
LUBUMBASHI = "Human rights groups in Lubumbashi"
SOHR = "The Syrian Observatory for Human Rights"
KEHLI = "Health Ministry spokesman Ramadan al-Kehli"
NOC = "the National Oil Corporation"
PFG = "a spokesman for the Petroleum Facilities Guard, Ali al-Hassi"
TRIBAL = "local tribal sources"
ABDULSALAM = "Houthi spokesman Mohammed Abdulsalam"
PF_OFFICER = "a federal police officer who served there"
KHAZALI = "Babil provincial council member Falah al-Khazali"
MIL_OFF = "Military officials"
RESEARCHERS = "Researchers Annsar Shahhoud and Uğur Ümit Üngör"
SNHR = "The Syrian Network for Human Rights"
OYO_POLICE = "The state police command"
ADEMOLA = "Ibarapa Development Council chairman Chief Adeniyi Ademola"
MAKINDE = "Governor Seyi Makinde"
NPF = "The Nigeria Police Force"
ONWUBUYA = "the chairman of the local government, Cornel Onwubuya"
MINUSCA = "the U.N. peacekeeping mission MINUSCA"
CAR_OFFICIAL = "A local official"
ABENZA = "Omar Ahmed Abenza"
MSF = "Médecins Sans Frontières"
GENOUD = "Buenos Aires province security minister Luis Genoud"
DMCH = "Dhaka Medical College Hospital"
DOCTORS = "a doctors' group linked to Sudan's protest movement"
CCSD = "The Central Committee of Sudanese Doctors"
YUSRI = "Jakarta Police spokesman Sr. Comr. Yusri Yunus"
ARGO = "spokesman Insp. Gen. Argo Yuwono"
BADEGE = "Police spokesman Theos Badege"
AQIM = "Al-Qaeda's North African branch"
NE_GOV = "Niger's government"
AF_OFFICIALS = "Afghan officials"
ENGLISH = "the university's president, Mark English"
IR_MOI = "Iran's Interior Ministry"
IRIB = "State television"
DDPM = "the Department of Disaster Prevention and Mitigation"
FROC = "The Flood Relief Operations Centre"
IND_MIN = "the Industry Ministry"
RS_CIVIL = "Rio Grande do Sul's civil defense agency"
RS_CIVIL2 = "the state civil defence"
KINDIKI = "Interior Cabinet Secretary Kithure Kindiki"
KIBAARA = "Nakuru County Commissioner Loyford Kibaara"
SML = "the Legal Medical Service"
TOHA = "Interior Minister Carolina Tohá"
TUSCANY = "the Tuscan regional health authority"
PROT_CIV = "The civil protection department"
DE_SILVA = "the Sri Lanka Railways' general manager, Priyal de Silva"

PASSAGES = [
    # --- Venezuela, Guinea -------------------------------------------------------------------
    P("d100_001",
      "CARACAS, Venezuela (AP) — Rescuers in helicopters plucked survivors from rooftops along "
      "Venezuela's Caribbean coast on Sunday as the government raised its estimate of the dead "
      "from three days of torrential rain and mudslides. Defense Minister Raúl Salazar said at "
      "least 5,000 people may have died in Vargas state alone, though only 312 bodies had been "
      "recovered. \"Entire neighborhoods are gone,\" he told reporters at La Carlota air base. "
      "\"We are talking about tens of thousands of families without a roof.\" The Red Cross said "
      "some 150,000 people had been left homeless and that 40 shelters had been set up in Caracas "
      "schools and military barracks. The rains, the heaviest on the coast in a century, began on "
      "Tuesday.",
      [C("at least 5,000", 5000, "at_least", "killed", "people feared dead in Vargas state",
         SALAZAR),
       C("312", 312, "exact", "killed", "bodies recovered", SALAZAR),
       C("tens of thousands", 10000, "vague", "displaced", "families without a roof", SALAZAR,
         attr_alt=["he"]),
       C("some 150,000", 150000, "about", "displaced", "people left homeless", RC),
       C("40", 40, "exact", "infrastructure", "shelters set up", RC,
         cat_alt=["other", "aid"])]),

    P("d100_002",
      "Ten years after the Vargas tragedy, nobody knows how many died\n"
      "Published: 15 December 2009\n"
      "Ten years ago this week, mudslides buried much of Venezuela's Vargas state under rock and "
      "mud. The figure most often cited abroad, 30,000 dead, came from early Red Cross estimates "
      "and was never confirmed. The government's civil defence agency registered only about 700 "
      "bodies, and a 2002 study by Central University of Venezuela researchers put the toll at "
      "between 10,000 and 15,000. Survivors say the count was kept low on purpose. \"In my street "
      "alone we lost 40 neighbours,\" said Carmen Rojas, 58, who still lives in Macuto. Some 8,000 "
      "homes were destroyed, according to the state government, and about 23,000 people were "
      "relocated to other states, many of them never to return.",
      [C("30,000", 30000, "exact", "killed", "people in Vargas", "early Red Cross estimates",
         attr_alt=["Red Cross"]),
       C("about 700", 700, "about", "killed", "bodies registered", VE_CIVIL),
       C("between 10,000 and 15,000", 10000, "range", "killed", "people in Vargas", UCV,
         high=15000, attr_alt=["Central University of Venezuela researchers"]),
       C("40", 40, "exact", "killed", "neighbours in one street", "Carmen Rojas",
         optional=True),
       C("Some 8,000", 8000, "about", "infrastructure", "homes destroyed", VE_STATE),
       C("about 23,000", 23000, "about", "displaced", "people relocated", VE_STATE,
         attr_alt=[None])],
      published="2009-12-15"),

    P("d100_003",
      "Conakry depot blast: what we know a week on\n"
      "Published 25 December 2023\n"
      "The explosion that tore through the main fuel depot in Conakry's Kaloum district shortly "
      "after midnight on 18 December was heard across the Guinean capital. The government's "
      "latest toll, given on Sunday, is 24 dead and 454 injured, up from 13 dead and 178 injured "
      "announced on the day of the blast. Prime Minister Bernard Goumou has said that some of the "
      "injured were flown to Senegal and Morocco for treatment. Residents' groups in the "
      "neighbouring Coronthie quarter say at least 30 people are still missing. The depot held "
      "most of the country's fuel stocks, and queues at petrol stations have stretched for hours. "
      "Hundreds of families whose homes were damaged have been sheltering with relatives, "
      "according to the Red Cross.",
      [C("24", 24, "exact", "killed", "people in the Kaloum blast", GN_GOV),
       C("454", 454, "exact", "injured", "people in the Kaloum blast", GN_GOV),
       C("13", 13, "exact", "killed", "people (first toll)", GN_GOV, attr_alt=[None]),
       C("178", 178, "exact", "injured", "people (first toll)", GN_GOV, attr_alt=[None]),
       C("at least 30", 30, "at_least", "missing", "people in Coronthie", COR),
       C("Hundreds", 100, "vague", "displaced", "families sheltering with relatives",
         "the Red Cross")],
      published="2023-12-25"),

    # --- South Sudan -------------------------------------------------------------------------
    P("d100_004",
      "ANALYSIS: How a night of killings in Juba set South Sudan's war in motion\n"
      "By the morning of 17 December 2013, the shooting in Juba's barracks had spread to the "
      "Gudele and Mangaten neighbourhoods, where Nuer men were taken from their homes. Survivors "
      "later told Human Rights Watch that soldiers shot dead between 200 and 300 men held in a "
      "police station in Gudele, firing through the windows. Only 12 of them survived, the group "
      "said. The government has never published a toll for the killings; Health Minister Riek "
      "Gai Kok said at the time that \"about 500\" people, most of them soldiers, had died in the "
      "fighting in the capital. Within a week, about 20,000 civilians had crowded into the two UN "
      "bases in Juba, UNMISS said. By the end of January the International Crisis Group "
      "estimated that close to 10,000 people had been killed across the country.",
      [C("between 200 and 300", 200, "range", "killed", "Nuer men in a Gudele police station",
         SURVIVORS, high=300, attr_alt=["Human Rights Watch"]),
       C("12", 12, "exact", "other", "survivors of the police-station killings", "the group",
         attr_alt=["Human Rights Watch"]),
       C("about 500", 500, "about", "killed", "people in the fighting in Juba", KOK),
       C("about 20,000", 20000, "about", "displaced", "civilians in UN bases in Juba",
         "UNMISS"),
       C("two", 2, "exact", "infrastructure", "UN bases in Juba", "UNMISS", optional=True,
         cat_alt=["other"], attr_alt=[None]),
       C("close to 10,000", 10000, "about", "killed", "people across South Sudan",
         "the International Crisis Group")]),

    P("d100_005",
      "AU inquiry says Juba killings were organised by government forces\n"
      "ADDIS ABABA, Oct 28, 2015 (Reuters) - The killing of Nuer civilians in South Sudan's "
      "capital in December 2013 was organised and carried out by government forces, an African "
      "Union inquiry said in a long-delayed report released on Tuesday. The commission, led by "
      "former Nigerian president Olusegun Obasanjo, said it had received estimates of Nuer dead in "
      "Juba ranging from 15,000 to 20,000, but could not verify them. It said roadblocks had been "
      "set up across the city to identify Nuer men by their facial scars and language. The report "
      "also documented killings by rebel forces in Bor and Malakal, where it said hospital "
      "patients had been shot in their beds. More than 2 million people have fled their homes "
      "since the war began, and the U.N. says about 200,000 still shelter in its bases across the "
      "country while 4.6 million face severe hunger.",
      [C("15,000 to 20,000", 15000, "range", "killed", "Nuer in Juba", AU, high=20000,
         attr_alt=["an African Union inquiry"]),
       C("More than 2 million", 2_000_000, "more_than", "displaced",
         "people who fled their homes in South Sudan", None, attr_alt=["the U.N."]),
       C("about 200,000", 200000, "about", "displaced", "people sheltering in UN bases",
         "the U.N."),
       C("4.6 million", 4_600_000, "exact", "other", "people facing severe hunger", "the U.N.",
         cat_alt=["population"])],
      published="2015-10-28"),

    # --- DR Congo ----------------------------------------------------------------------------
    P("d100_006",
      "Mutarule, in South Kivu's Ruzizi plain, is a village of farmers and herders that few "
      "outside Congo had heard of before the night of 6 June 2014. Gunmen attacked a Protestant "
      "church and nearby homes during a service, killing at least 30 people, eight of them "
      "children, according to the United Nations. Local civil society groups put the toll at 37. "
      "Survivors said an army unit stationed less than two kilometres away did not respond for "
      "hours, despite repeated calls. The killings grew out of a dispute between Bafuliiru and "
      "Barundi communities over stolen cattle. Some 1,200 households fled to Kiliba and Luberizi "
      "in the days that followed, the UN refugee agency said.",
      [C("at least 30", 30, "at_least", "killed", "people in Mutarule", "the United Nations"),
       C("eight", 8, "exact", "killed", "children", "the United Nations"),
       C("37", 37, "exact", "killed", "people in Mutarule", "Local civil society groups"),
       C("Some 1,200", 1200, "about", "displaced", "households", "the UN refugee agency")]),

    P("d100_007",
      "Explainer: Why the Minembwe crisis keeps flaring\n"
      "Published On 14 Oct 2020\n"
      "The high plateaux above Lake Tanganyika have been fought over for decades, but violence "
      "since early 2019 has emptied much of the area around Minembwe. More than 100 villages have "
      "been burned, most of them Banyamulenge settlements, according to a tally by the Kivu "
      "Security Tracker. The United Nations says some 110,000 people have been displaced in Fizi, "
      "Mwenga and Uvira territories. Banyamulenge leaders say their community has lost "
      "\"hundreds\" of its members and more than 80,000 head of cattle, the base of its economy. "
      "Bafuliiru, Babembe and Banyindu groups reject that account and accuse Twirwaneho, a "
      "Banyamulenge self-defence militia, of killing civilians in their villages. The elevation "
      "of Minembwe to a rural commune in September has inflamed tensions further.",
      [C("More than 100", 100, "more_than", "infrastructure", "villages burned", KST,
         cat_alt=["other"], attr_alt=["a tally by the Kivu Security Tracker"]),
       C("some 110,000", 110000, "about", "displaced", "people in Fizi, Mwenga and Uvira",
         "The United Nations"),
       C("hundreds", 100, "vague", "killed", "Banyamulenge", BANYA),
       C("more than 80,000", 80000, "more_than", "other", "head of cattle lost", BANYA)],
      published="2020-10-14"),

    P("d100_008",
      "BUNIA, Congo, Nov 24 (Reuters) - The toll from an attack on a camp for displaced people in "
      "eastern Congo's Ituri province has risen to 44, a local official said on Wednesday, as "
      "rescuers found more bodies in the surrounding fields. Militiamen from the CODECO group "
      "stormed Drodro and the nearby Tche camp on Sunday night with machetes and guns, Djugu "
      "territory administrator Ruffin Mapela told Reuters. An earlier toll given by the army put "
      "the dead at 29. Around 20,000 people who had been sheltering at the camp fled to a base of "
      "the U.N. peacekeeping mission, MONUSCO, in Rhoe, the mission said. CODECO, a loose "
      "association of Lendu militias, has been blamed for hundreds of killings of Hema civilians "
      "since 2017.",
      [C("44", 44, "exact", "killed", "people in Drodro and Tche", "a local official"),
       C("29", 29, "exact", "killed", "people (earlier toll)", "the army"),
       C("Around 20,000", 20000, "about", "displaced", "people who fled to Rhoe", MONUSCO,
         attr_alt=["MONUSCO"]),
       C("hundreds", 100, "vague", "killed", "Hema civilians", None)]),

    P("d100_009",
      "Mining firm's trucks used in Congo massacre, UN report says\n"
      "Tue 7 Jun 2005 18.20 BST\n"
      "Congolese soldiers killed at least 100 people in the lakeside town of Kilwa last October "
      "while putting down a small rebellion, and vehicles belonging to an Australian-Canadian "
      "mining company were used to carry troops and bodies, according to a United Nations report "
      "seen by the Guardian. The report, by investigators of the UN mission in Congo (Monuc), "
      "says at least 28 of the dead were summarily executed and that some of the bodies were "
      "dumped in mass graves. The uprising, led by poorly armed young men, had lasted less than a "
      "day. Anvil Mining, which runs the Dikulushi copper and silver mine 50km from Kilwa, has "
      "said its vehicles were commandeered by the army. Human rights groups in Lubumbashi say the "
      "army also looted more than 200 homes and that thousands of residents fled into the bush.",
      [C("at least 100", 100, "at_least", "killed", "people in Kilwa", UN_REPORT),
       C("at least 28", 28, "at_least", "killed", "people summarily executed", "The report",
         attr_alt=[UN_REPORT]),
       C("more than 200", 200, "more_than", "infrastructure", "homes looted", LUBUMBASHI,
         cat_alt=["other"]),
       C("thousands", 1000, "vague", "displaced", "residents who fled into the bush",
         LUBUMBASHI)],
      published="2005-06-07"),

    # --- Syria, Libya, Yemen, Iraq ---------------------------------------------------------------
    P("d100_010",
      "Aleppo: Air strike on al-Quds hospital kills paediatrician\n"
      "Published 29 April 2016\n"
      "An air strike that destroyed a hospital supported by Médecins Sans Frontières in the "
      "rebel-held east of Aleppo killed at least 50 people, among them one of the last "
      "paediatricians in the city, the charity says. MSF said at least six of its medical staff "
      "were among the dead at al-Quds hospital, which had 34 beds and eight doctors. The Syrian "
      "Observatory for Human Rights, a UK-based monitor, put the toll at 55, including children. "
      "The Syrian army denied targeting the hospital. Some 250,000 people are believed to remain "
      "in the opposition-held districts of Aleppo, where a partial ceasefire agreed in February "
      "has all but collapsed.",
      [C("at least 50", 50, "at_least", "killed", "people at al-Quds hospital", "the charity",
         attr_alt=[MSF, "MSF"]),
       C("at least six", 6, "at_least", "killed", "MSF medical staff", "MSF"),
       C("34", 34, "exact", "other", "hospital beds", None, optional=True,
         cat_alt=["infrastructure"], attr_alt=["MSF"]),
       C("eight", 8, "exact", "other", "doctors at the hospital", None, optional=True,
         cat_alt=["population"], attr_alt=["MSF"]),
       C("55", 55, "exact", "killed", "people at al-Quds hospital", SOHR),
       C("Some 250,000", 250000, "about", "population", "people in opposition-held Aleppo",
         None)],
      published="2016-04-29"),

    P("d100_011",
      "TRIPOLI, Oct 25 (Reuters) - A year after Muammar Gaddafi's death, Libya's government says "
      "it has taken Bani Walid, one of the last towns to hold out for the old regime. But the "
      "siege has exposed how little control it has over the militias that fought it. At least 22 "
      "people were killed and more than 200 wounded in the assault on the hilltop town, Health "
      "Ministry spokesman Ramadan al-Kehli told reporters, though doctors in Bani Walid said the "
      "dead in their hospital alone numbered 30. The International Committee of the Red Cross "
      "said thousands of families had fled, and the Libyan Red Crescent counted some 25,000 "
      "displaced people in nearby towns. Misrata's militias had laid siege to the town after the "
      "death of Omran Shaaban, a Misratan who had helped capture Gaddafi and who died after weeks "
      "in captivity in Bani Walid.",
      [C("At least 22", 22, "at_least", "killed", "people in Bani Walid", KEHLI),
       C("more than 200", 200, "more_than", "injured", "people in Bani Walid", KEHLI),
       C("30", 30, "exact", "killed", "dead in the Bani Walid hospital",
         "doctors in Bani Walid"),
       C("thousands", 1000, "vague", "displaced", "families who fled Bani Walid",
         "The International Committee of the Red Cross"),
       C("some 25,000", 25000, "about", "displaced", "people in nearby towns",
         "the Libyan Red Crescent")]),

    P("d100_012",
      "BENGHAZI, Libya, Jan 22, 2016 (AFP) - Islamic State group jihadists have hit Libya's oil "
      "crescent twice this month, and the damage is only now coming into view. Fires started by "
      "rockets and mortar shells at the Ras Lanuf and Al-Sidra terminals destroyed or damaged "
      "seven storage tanks, the National Oil Corporation said, out of 19 at both ports. At "
      "least 18 guards were killed in the assaults, a spokesman for the Petroleum Facilities "
      "Guard, Ali al-Hassi, told AFP. The NOC says production has fallen to under 400,000 barrels "
      "a day, from 1.6 million before the 2011 uprising. The attacks came days after a truck bomb "
      "at a police training centre in Zliten killed more than 60 recruits, the deadliest attack "
      "in Libya since Kadhafi's fall.",
      [C("seven", 7, "exact", "infrastructure", "storage tanks destroyed or damaged", NOC,
         cat_alt=["other"]),
       C("19", 19, "exact", "infrastructure", "storage tanks at the two ports", NOC,
         optional=True, cat_alt=["other"]),
       C("At least 18", 18, "at_least", "killed", "oil terminal guards", PFG),
       C("under 400,000", 400000, "fewer_than", "other", "barrels of oil a day", "The NOC",
         optional=True),
       C("1.6 million", 1_600_000, "exact", "other", "barrels of oil a day before 2011",
         "The NOC", optional=True),
       C("more than 60", 60, "more_than", "killed", "police recruits in Zliten", None)],
      published="2016-01-22"),

    P("d100_013",
      "Houthis' capture of Amran puts Sanaa within reach\n"
      "Published On 10 Jul 2014\n"
      "The fall of Amran, 50km north of the capital, gives the Houthi movement its biggest prize "
      "since it began pushing out of its northern stronghold of Saada. Fighting for the city "
      "since early June has killed more than 200 people, according to local tribal sources, "
      "among them the commander of the army's 310th Armoured Brigade, Brigadier General Hameed "
      "al-Qushaibi. The defence ministry has not given a toll for its troops. The UN refugee "
      "agency said about 35,000 people had fled the city, many of them to Sanaa, where aid "
      "workers said shelters were full. Houthi spokesman Mohammed Abdulsalam told Al Jazeera his "
      "fighters had seized \"dozens\" of tanks and armoured vehicles from the brigade's base.",
      [C("more than 200", 200, "more_than", "killed", "people in the fighting for Amran",
         TRIBAL),
       C("about 35,000", 35000, "about", "displaced", "people who fled Amran",
         "The UN refugee agency"),
       C("dozens", 12, "vague", "munitions", "tanks and armoured vehicles seized", ABDULSALAM,
         cat_alt=["other"])],
      published="2014-07-10"),

    P("d100_014",
      "The refinery at Baiji, once Iraq's largest, supplied much of the country's petrol before "
      "Islamic State fighters surrounded it in June 2014. For the next 10 months, hundreds of "
      "Iraqi soldiers and police held out inside its walls, resupplied by helicopter. \"We had "
      "250 men at the start and fewer than 90 at the end,\" a federal police officer who served "
      "there told the magazine, asking not to be named. The Iraqi government said in October "
      "2015 that its forces had retaken the refinery, but engineers estimate that repairs will "
      "cost billions of dollars. In the town of Baiji itself, almost all of the roughly 70,000 "
      "residents fled during the fighting, according to the International Organization for "
      "Migration.",
      [C("hundreds", 100, "vague", "troops", "Iraqi soldiers and police in the refinery", None),
       C("250", 250, "exact", "troops", "men at the start of the siege", PF_OFFICER),
       C("fewer than 90", 90, "fewer_than", "troops", "men at the end of the siege", PF_OFFICER),
       C("roughly 70,000", 70000, "about", "population", "residents of Baiji",
         "the International Organization for Migration", cat_alt=["displaced"])]),

    P("d100_015",
      "BAGHDAD, Oct 27 (Reuters) - Iraqi troops and Shi'ite militias have driven Islamic State "
      "fighters from Jurf al-Sakhar, a farming town south of Baghdad, in what officials call the "
      "first major victory over the group in months. But the town they took is empty. Its Sunni "
      "population, an estimated 80,000 before the fighting, fled or was forced out, and militia "
      "commanders say residents will not be allowed back until the area is cleared of "
      "explosives. Babil provincial council member Falah al-Khazali said more than 100 militants "
      "had been killed in the final two-day push. Military officials said 18 soldiers and "
      "militiamen died, most of them in roadside bomb blasts, and that engineers had defused "
      "around 1,000 improvised explosive devices. Officials have renamed the town Jurf al-Nasr, "
      "\"the bank of victory\".",
      [C("an estimated 80,000", 80000, "about", "population", "Sunni residents of Jurf al-Sakhar",
         None, cat_alt=["displaced"], attr_alt=["militia commanders"]),
       C("more than 100", 100, "more_than", "killed", "Islamic State militants", KHAZALI),
       C("18", 18, "exact", "killed", "soldiers and militiamen", MIL_OFF),
       C("around 1,000", 1000, "about", "munitions", "improvised explosive devices defused",
         MIL_OFF, cat_alt=["other"])]),

    P("d100_016",
      "Tadamon: the video that exposed a massacre\n"
      "Wed 27 Apr 2022 06.00 BST\n"
      "The footage, filmed on 16 April 2013 and leaked to researchers years later, shows men in "
      "Syrian military uniform leading blindfolded detainees one by one to the edge of a pit in "
      "Damascus's Tadamon district and shooting them. Researchers Annsar Shahhoud and Uğur Ümit "
      "Üngör, who spent two years identifying the perpetrators, say at least 41 people were "
      "killed in the clip, seven of them women. Afterwards the bodies were doused with fuel and "
      "burned. The Syrian Network for Human Rights estimates that more than 130,000 people remain "
      "forcibly disappeared by government forces since 2011. Damascus has not commented on the "
      "footage. Tadamon, once home to about 100,000 people, lies largely in ruins.",
      [C("at least 41", 41, "at_least", "killed", "detainees shot in Tadamon", RESEARCHERS),
       C("seven", 7, "exact", "killed", "women", RESEARCHERS),
       C("more than 130,000", 130000, "more_than", "missing", "people forcibly disappeared",
         SNHR, cat_alt=["detained"]),
       C("about 100,000", 100000, "about", "population", "residents of Tadamon", None)],
      published="2022-04-27"),

    # --- Nigeria, Niger, Central African Republic -------------------------------------------------
    P("d100_017",
      "Igangan attack: Death toll rises as residents flee\n"
      "Published: June 7, 2021\n"
      "Residents of Igangan in Oyo State's Ibarapa area continued to flee the town on Monday, two "
      "days after gunmen attacked it overnight, burning houses and shooting at anyone they saw. "
      "The state police command said 11 people had been killed, but community leaders put the "
      "toll at 20 and said several others were still missing. \"We buried 14 people yesterday and "
      "the search continues,\" said Ibarapa Development Council chairman Chief Adeniyi Ademola. "
      "Governor Seyi Makinde, who visited the town on Sunday, said 46 houses and a petrol station "
      "had been set ablaze. The attack revived tensions that flared in January, when activist "
      "Sunday Adeyemo gave Fulani herders in the area a seven-day ultimatum to leave.",
      [C("11", 11, "exact", "killed", "people in Igangan", OYO_POLICE),
       C("20", 20, "exact", "killed", "people in Igangan", "community leaders"),
       C("14", 14, "exact", "killed", "people buried", ADEMOLA),
       C("46", 46, "exact", "infrastructure", "houses set ablaze", MAKINDE,
         cat_alt=["other"])],
      published="2021-06-07"),

    P("d100_018",
      "ENUGU — The Nigeria Police Force says seven people were killed when suspected herdsmen "
      "attacked Nimbo in Uzo-Uwani local government area of Enugu State early on Monday. But the "
      "chairman of the local government, Cornel Onwubuya, said the bodies of 40 villagers had "
      "been recovered from homes and farms and that a church had been burned. Residents told our "
      "reporter that the attackers, who numbered about 500, arrived at dawn and moved from house "
      "to house with guns and machetes. Governor Ifeanyi Ugwuanyi has ordered the deployment of "
      "200 additional policemen to the area. The attack comes two months after herdsmen killed "
      "scores of people in neighbouring Benue State.",
      [C("seven", 7, "exact", "killed", "people in Nimbo", NPF),
       C("40", 40, "exact", "killed", "villagers in Nimbo", ONWUBUYA),
       C("about 500", 500, "about", "troops", "attackers", "Residents", cat_alt=["other"]),
       C("200", 200, "exact", "troops", "policemen deployed", None,
         attr_alt=["Governor Ifeanyi Ugwuanyi"]),
       C("scores", 20, "vague", "killed", "people in Benue State", None)]),

    P("d100_019",
      "Niger: why the Kouré killings have shaken the aid community\n"
      "Published 10 August 2020\n"
      "The giraffe reserve at Kouré, an hour's drive from Niamey, was considered one of the few "
      "safe outings left for foreigners in Niger. On Sunday morning gunmen on motorbikes killed "
      "six French aid workers from the NGO ACTED, their Nigerien guide and their driver, Niger's "
      "interior ministry said. Tillabéri governor Tidjani Ibrahim Katiella said one woman had "
      "tried to run but was caught and killed. France has about 5,100 soldiers in the Sahel under "
      "Operation Barkhane. ACTED, which says it has more than 200 staff in the country, has "
      "suspended its field trips. No group has claimed responsibility.",
      [C("six", 6, "exact", "killed", "French aid workers", "Niger's interior ministry"),
       C("one", 1, "exact", "killed", "woman who tried to run",
         "Tillabéri governor Tidjani Ibrahim Katiella", optional=True,
         ctx="one woman"),
       C("about 5,100", 5100, "about", "troops", "French soldiers in the Sahel", None),
       C("more than 200", 200, "more_than", "other", "ACTED staff in Niger", "ACTED",
         optional=True, cat_alt=["population"])],
      published="2020-08-10"),

    P("d100_020",
      "BANGUI, Oct 14 (Reuters) - Fighters from a faction of the former Seleka rebel alliance "
      "attacked a camp for displaced people in the Central African Republic town of Kaga-Bandoro "
      "on Wednesday, killing 37 people and wounding 57, the U.N. peacekeeping mission MINUSCA "
      "said. The attackers burned part of the camp, which shelters about 7,000 people, and some "
      "5,000 fled into the bush or to the U.N. base, the mission said. A local official, speaking "
      "on condition of anonymity, said the dead included 13 women and that at least 40 homes in "
      "the town had been looted. Violence has forced about 900,000 people from their homes since "
      "2013, around 20 percent of the population.",
      [C("37", 37, "exact", "killed", "people in Kaga-Bandoro", MINUSCA),
       C("57", 57, "exact", "injured", "people in Kaga-Bandoro", MINUSCA),
       C("about 7,000", 7000, "about", "displaced", "people sheltering in the camp", None,
         attr_alt=["the mission", MINUSCA], cat_alt=["population"]),
       C("some 5,000", 5000, "about", "displaced", "people who fled the camp", "the mission",
         attr_alt=[MINUSCA]),
       C("13", 13, "exact", "killed", "women", CAR_OFFICIAL),
       C("at least 40", 40, "at_least", "infrastructure", "homes looted", CAR_OFFICIAL,
         cat_alt=["other"]),
       C("about 900,000", 900000, "about", "displaced", "people in the Central African Republic",
         None),
       C("around 20 percent", 20, "about", "other", "share of the population displaced", None,
         optional=True)]),

    P("d100_021",
      "Central African Republic: Thousands left without shelter after Batangafo camp burned\n"
      "Press release | 6 November 2018\n"
      "Médecins Sans Frontières teams in Batangafo have treated 22 wounded people since fighting "
      "broke out in the town on 31 October. At least 15 people have been killed, according to "
      "local authorities. Armed men set fire to large parts of the displacement camp next to the "
      "hospital, destroying the shelters of more than 10,000 people. \"People have nowhere to go; "
      "around 20,000 are now crowded in and around our hospital,\" said Omar Ahmed Abenza, MSF "
      "head of mission. Fewer than 2,000 people remain in what is left of the camp. The town's "
      "population had already tripled since 2014 as people fled violence in the surrounding "
      "villages.",
      [C("Thousands", 1000, "vague", "displaced", "people left without shelter (headline)",
         None),
       C("22", 22, "exact", "injured", "wounded people treated", None, attr_alt=[MSF]),
       C("At least 15", 15, "at_least", "killed", "people in Batangafo", "local authorities"),
       C("more than 10,000", 10000, "more_than", "displaced", "people whose shelters burned",
         None, attr_alt=[MSF]),
       C("around 20,000", 20000, "about", "displaced", "people crowded around the hospital",
         ABENZA),
       C("Fewer than 2,000", 2000, "fewer_than", "displaced", "people left in the camp", None,
         attr_alt=[MSF, ABENZA])],
      published="2018-11-06"),

    # --- Protests ------------------------------------------------------------------------------
    P("d100_022",
      "BUENOS AIRES, Argentina (AP) — Police in Argentina opened fire on unemployed protesters "
      "blocking a bridge into the capital on Wednesday, killing two young men and wounding at "
      "least 33 with lead bullets and rubber rounds, officials said. Maximiliano Kosteki, 22, and "
      "Darío Santillán, 21, died at the Avellaneda railway station, where photographers later "
      "captured an officer standing over Santillán's body. Buenos Aires province security "
      "minister Luis Genoud said 160 people had been arrested. The piqueteros, who block roads to "
      "demand jobs and food, say the police came ready to kill. About 2,000 protesters had "
      "gathered at the Pueyrredón bridge, police said. Unemployment in Argentina has passed 21% "
      "since the peso's collapse in January.",
      [C("two", 2, "exact", "killed", "young protesters", "officials"),
       C("at least 33", 33, "at_least", "injured", "protesters", "officials"),
       C("160", 160, "exact", "detained", "people arrested", GENOUD),
       C("About 2,000", 2000, "about", "other", "protesters at the bridge", "police")]),

    P("d100_023",
      "Attacks on student protesters: 115 hurt in Jhigatala\n"
      "Published: 12:00 AM, August 05, 2018\n"
      "At least 115 people, most of them schoolchildren, were injured yesterday when men wielding "
      "sticks and machetes attacked students demanding safer roads in the capital's Jhigatala and "
      "Science Lab areas, according to Dhaka Medical College Hospital and witnesses. Several "
      "journalists were also beaten, among them at least five photographers, their colleagues "
      "said. The protests began on July 29, after a speeding bus killed two students of Shaheed "
      "Ramiz Uddin Cantonment College at Kurmitola. Police fired tear gas at the protesters, and "
      "the DMP said 44 people had been detained over the week's violence. Road crashes killed "
      "7,221 people in the country last year, according to the Jatri Kalyan Samity, a "
      "passengers' welfare body.",
      [C("115", 115, "exact", "injured", "people in Jhigatala (headline)", None,
         ctx="115 hurt"),
       C("At least 115", 115, "at_least", "injured", "people in Jhigatala", DMCH,
         attr_alt=["witnesses"]),
       C("at least five", 5, "at_least", "injured", "photographers beaten", "their colleagues"),
       C("two", 2, "exact", "killed", "students hit by a bus", None),
       C("44", 44, "exact", "detained", "people detained", "the DMP"),
       C("7,221", 7221, "exact", "killed", "people in road crashes last year",
         "the Jatri Kalyan Samity")],
      published="2018-08-05"),

    P("d100_024",
      "KHARTOUM, July 29 (Reuters) - Six people, four of them high school students, were shot "
      "dead on Monday at a rally in the city of El Obeid, a doctors' group linked to Sudan's "
      "protest movement said, as demonstrators protested against fuel and bread shortages. The "
      "Central Committee of Sudanese Doctors said more than 60 people had been wounded, some by "
      "live ammunition, and blamed snipers from the paramilitary Rapid Support Forces. The "
      "governor of North Kordofan state declared a curfew in El Obeid and three other towns and "
      "suspended classes in all schools. The killings came as military rulers and protest "
      "leaders were negotiating a power-sharing deal. The doctors' committee says more than 100 "
      "people were killed when security forces broke up the protest sit-in outside the Defence "
      "Ministry in Khartoum on June 3.",
      [C("Six", 6, "exact", "killed", "people in El Obeid", DOCTORS),
       C("four", 4, "exact", "killed", "high school students", DOCTORS),
       C("more than 60", 60, "more_than", "injured", "people in El Obeid", CCSD),
       C("three", 3, "exact", "other", "towns under curfew", None, optional=True),
       C("more than 100", 100, "more_than", "killed", "people at the Khartoum sit-in",
         "The doctors' committee", attr_alt=[CCSD])]),

    P("d100_025",
      "Police detain thousands as omnibus law protests turn violent\n"
      "Jakarta / Fri, October 9, 2020 / 09:41 am\n"
      "Police arrested 1,192 people in Jakarta during Thursday's protests against the Job "
      "Creation Law, Jakarta Police spokesman Sr. Comr. Yusri Yunus said, adding that 285 of them "
      "were still being questioned. Nationwide, the National Police have detained 3,862 people "
      "since demonstrations began on Tuesday, spokesman Insp. Gen. Argo Yuwono said. Protesters "
      "set fire to at least 20 bus shelters and several police posts in the capital, according to "
      "the Jakarta administration. The Indonesian Medical Association said its volunteers had "
      "treated dozens of protesters for tear-gas inhalation. The law, passed by the House on "
      "Monday, amends some 79 existing laws, which critics say will weaken labor protections.",
      [C("thousands", 1000, "vague", "detained", "protesters (headline)", None),
       C("1,192", 1192, "exact", "detained", "people arrested in Jakarta", YUSRI),
       C("285", 285, "exact", "detained", "people still being questioned", YUSRI),
       C("3,862", 3862, "exact", "detained", "people detained nationwide", ARGO),
       C("at least 20", 20, "at_least", "infrastructure", "bus shelters set on fire",
         "the Jakarta administration", cat_alt=["other"]),
       C("dozens", 12, "vague", "injured", "protesters treated for tear gas",
         "The Indonesian Medical Association"),
       C("some 79", 79, "about", "other", "laws amended", None, optional=True)],
      published="2020-10-09"),

    P("d100_026",
      "KIGALI, Feb 23 (Reuters) - Rwandan police shot dead at least five Congolese refugees on "
      "Thursday during a protest over food ration cuts outside the U.N. refugee agency's office "
      "in Karongi, police said, in the deadliest clash at a refugee camp in the country in years. "
      "Refugees reached by phone said 11 people had been killed and dozens wounded, citing a list "
      "compiled by camp leaders. Police spokesman Theos Badege said seven officers had been "
      "injured by stones and that 15 refugees had been arrested. About 3,000 refugees had walked "
      "some 15 km from Kiziba camp, home to more than 17,000 Congolese, to the UNHCR office on "
      "Tuesday after the agency cut rations by 25% because of a funding shortfall.",
      [C("at least five", 5, "at_least", "killed", "Congolese refugees", "police"),
       C("11", 11, "exact", "killed", "refugees", "a list compiled by camp leaders",
         attr_alt=["Refugees reached by phone"]),
       C("dozens", 12, "vague", "injured", "refugees", "a list compiled by camp leaders",
         attr_alt=["Refugees reached by phone"]),
       C("seven", 7, "exact", "injured", "police officers", BADEGE),
       C("15", 15, "exact", "detained", "refugees arrested", BADEGE, ctx="15 refugees"),
       C("About 3,000", 3000, "about", "other", "refugees who walked to Karongi", None,
         cat_alt=["displaced"]),
       C("more than 17,000", 17000, "more_than", "displaced", "Congolese in Kiziba camp", None,
         cat_alt=["population"])]),

    # --- Kidnappings ---------------------------------------------------------------------------
    P("d100_027",
      "NIAMEY, Sept 22, 2010 (AFP) - Al-Qaeda's North African branch said Tuesday it was behind "
      "the kidnapping of seven foreigners from the uranium mining town of Arlit, raising fears "
      "for the hostages and for the security of France's nuclear supply. Five French nationals, "
      "a Togolese and a Malagasy were seized from their homes before dawn on September 16 by a "
      "group of about 30 gunmen, according to Niger's government. Most of them work for the "
      "French nuclear group Areva and a subsidiary of construction firm Vinci. Areva said it was "
      "flying some of its expatriate staff out of Niger. Around 2,000 people work at the Arlit "
      "mines, which supply much of the uranium burned in French reactors.",
      [C("seven", 7, "exact", "hostages", "foreigners kidnapped in Arlit", AQIM,
         attr_alt=[None]),
       C("Five", 5, "exact", "hostages", "French nationals seized", NE_GOV),
       C("about 30", 30, "about", "troops", "gunmen", NE_GOV, cat_alt=["other"]),
       C("Around 2,000", 2000, "about", "population", "workers at the Arlit mines", None,
         cat_alt=["other"])],
      published="2010-09-22"),

    P("d100_028",
      "Freed aid worker Sharon Commins home after 107 days\n"
      "Mon, Oct 19, 2009, 01:00\n"
      "Irish aid worker Sharon Commins and her Ugandan colleague Hilda Kawuki were released "
      "unharmed yesterday, 107 days after they were abducted by armed men from the compound of "
      "the aid agency Goal in Kutum, North Darfur. Sudanese officials said no ransom had been "
      "paid. The kidnappers, who had initially demanded $2 million, had held the two women in "
      "the mountains west of Kutum. Their abduction in July was the third kidnapping of foreign "
      "aid workers in Darfur this year, and Goal said it had since cut its international staff in "
      "the region from eight to two. More than 2.7 million people have been displaced in Darfur "
      "since 2003, according to the UN, and some 13,000 aid workers operate there.",
      [C("two", 2, "exact", "hostages", "women held by the kidnappers", None,
         ctx="the two women", attr_alt=["Sudanese officials"]),
       C("eight", 8, "exact", "other", "Goal international staff before", "Goal",
         optional=True, cat_alt=["population"]),
       C("two", 2, "exact", "other", "Goal international staff now", "Goal",
         ctx="eight to two", optional=True, cat_alt=["population"]),
       C("More than 2.7 million", 2_700_000, "more_than", "displaced", "people in Darfur",
         "the UN"),
       C("some 13,000", 13000, "about", "other", "aid workers in Darfur", "the UN",
         attr_alt=[None], cat_alt=["population"])],
      published="2009-10-19"),

    P("d100_029",
      "Aug. 25, 2016\n"
      "KABUL, Afghanistan — Gunmen stormed the American University of Afghanistan on Wednesday "
      "evening, killing at least 12 people, seven of them students, in a siege that lasted nearly "
      "10 hours, Afghan officials said. The Interior Ministry said 44 people had been wounded, "
      "many of them after jumping from windows to escape. More than 700 students and staff were "
      "inside when the attack began, according to the university's president, Mark English. The "
      "assault came less than three weeks after two of the university's professors, an American "
      "and an Australian, were kidnapped at gunpoint near the campus; their whereabouts are "
      "unknown. The university, founded in 2006, has about 1,700 students.",
      [C("at least 12", 12, "at_least", "killed", "people at the university", AF_OFFICIALS),
       C("seven", 7, "exact", "killed", "students", AF_OFFICIALS),
       C("44", 44, "exact", "injured", "people at the university", "The Interior Ministry"),
       C("More than 700", 700, "more_than", "other", "students and staff inside", ENGLISH),
       C("two", 2, "exact", "hostages", "professors kidnapped", None),
       C("about 1,700", 1700, "about", "population", "students enrolled", None,
         cat_alt=["other"])],
      published="2016-08-25"),

    # --- Earthquakes, floods, fires, rail ---------------------------------------------------------
    P("d100_030",
      "TEHRAN, May 11 (Reuters) - Rescue workers in eastern Iran dug through the ruins of "
      "mud-brick villages on Sunday after a powerful earthquake killed at least 1,560 people and "
      "injured 2,300, Iran's Interior Ministry said. Officials fear the toll could rise to as "
      "many as 2,000. The quake, measured at 7.1 by Iran's "
      "geophysics institute, struck the region between Qayen and Birjand near the Afghan border "
      "at midday on Saturday. State television said about 50,000 people had been left homeless "
      "and that 200 villages had been damaged or destroyed, more than 100 of them completely. The "
      "Red Crescent said it had sent 10,000 tents and 20,000 blankets to the area. In 1990 an "
      "earthquake in northern Iran killed some 40,000 people.",
      [C("at least 1,560", 1560, "at_least", "killed", "people in eastern Iran", IR_MOI),
       C("2,300", 2300, "exact", "injured", "people in eastern Iran", IR_MOI),
       C("as many as 2,000", 2000, "at_most", "killed", "people feared dead (projection)",
         "Officials"),
       C("about 50,000", 50000, "about", "displaced", "people left homeless", IRIB),
       C("200", 200, "exact", "infrastructure", "villages damaged or destroyed", IRIB,
         cat_alt=["other"]),
       C("more than 100", 100, "more_than", "infrastructure", "villages destroyed", IRIB,
         cat_alt=["other"]),
       C("10,000", 10000, "exact", "aid", "tents", "The Red Crescent"),
       C("20,000", 20000, "exact", "aid", "blankets", "The Red Crescent"),
       C("some 40,000", 40000, "about", "killed", "people in the 1990 earthquake", None)]),

    P("d100_031",
      "Floodwaters creep into Bangkok's northern districts\n"
      "PUBLISHED : 26 Oct 2011 at 18:40\n"
      "Floodwaters from the swollen Chao Phraya river reached Bangkok's northern Don Mueang and "
      "Sai Mai districts on Wednesday, as the government declared a five-day holiday to let "
      "residents leave the capital. The flooding, which began in late July, has killed 366 "
      "people, the Department of Disaster Prevention and Mitigation said, and affected 2.4 "
      "million in 27 provinces. The Flood Relief Operations Centre, which has moved out of Don "
      "Mueang airport, said more than 113,000 people were staying in 1,700 evacuation centres. "
      "Seven industrial estates in Ayutthaya and Pathum Thani have been swamped, forcing nearly "
      "10,000 factories to close and putting some 660,000 people temporarily out of work, "
      "according to the Industry Ministry.",
      [C("366", 366, "exact", "killed", "people in Thailand's floods", DDPM),
       C("2.4 million", 2_400_000, "exact", "other", "people affected", DDPM,
         attr_alt=[None], cat_alt=["population"]),
       C("27", 27, "exact", "other", "provinces affected", DDPM, optional=True,
         attr_alt=[None]),
       C("more than 113,000", 113000, "more_than", "displaced", "people in evacuation centres",
         FROC),
       C("1,700", 1700, "exact", "infrastructure", "evacuation centres", FROC,
         cat_alt=["other", "aid"]),
       C("Seven", 7, "exact", "infrastructure", "industrial estates swamped", IND_MIN,
         cat_alt=["other"]),
       C("nearly 10,000", 10000, "about", "infrastructure", "factories closed", IND_MIN,
         cat_alt=["other"]),
       C("some 660,000", 660000, "about", "other", "people out of work", IND_MIN)],
      published="2011-10-26"),

    P("d100_032",
      "Analysis: Counting the cost of Thailand's great flood\n"
      "The floods that swamped a third of Thailand's provinces between July and January were "
      "the costliest disaster in the country's history. The World Bank puts the damage and "
      "losses at 1.43 trillion baht, about $45.7 billion, most of it borne by manufacturers. The "
      "human toll was lower than in the 2004 tsunami, which killed more than 5,000 people in "
      "Thailand. Still, 815 people died, most of them by drowning, the Department of Disaster "
      "Prevention and Mitigation said in its final report, and 13.6 million were affected. At the "
      "peak, in November, more than 400,000 people had sought refuge in shelters or with "
      "relatives, according to the department. Some 20,000 square kilometres of farmland were "
      "flooded.",
      [C("a third", 1 / 3, "exact", "other", "share of provinces flooded", None, optional=True),
       C("more than 5,000", 5000, "more_than", "killed", "people in Thailand in the 2004 tsunami",
         None),
       C("815", 815, "exact", "killed", "people in Thailand's floods",
         "the Department of Disaster Prevention and Mitigation"),
       C("13.6 million", 13_600_000, "exact", "other", "people affected",
         "the Department of Disaster Prevention and Mitigation", attr_alt=[None],
         cat_alt=["population"]),
       C("more than 400,000", 400000, "more_than", "displaced", "people in shelters or with "
         "relatives", "the department",
         attr_alt=["the Department of Disaster Prevention and Mitigation"]),
       C("Some 20,000", 20000, "about", "other", "square kilometres of farmland flooded", None,
         optional=True)]),

    P("d100_033",
      "PORTO ALEGRE, Brazil, May 10 (Reuters) - The death toll from record floods in southern "
      "Brazil rose to 116 on Friday, with 143 people still missing, Rio Grande do Sul's civil "
      "defense agency said, as more rain was forecast for the weekend. More than 400,000 people "
      "have been forced from their homes, including some 70,000 staying in public shelters such "
      "as schools and gyms. Soldiers, firefighters and volunteers in boats and helicopters had "
      "rescued more than 76,000 people, state officials said. The Guaíba river at Porto Alegre "
      "peaked at 5.33 meters on Sunday, well above the record set in 1941. The federal "
      "government has deployed about 15,000 troops to the state.",
      [C("116", 116, "exact", "killed", "people in Rio Grande do Sul", RS_CIVIL),
       C("143", 143, "exact", "missing", "people in Rio Grande do Sul", RS_CIVIL),
       C("More than 400,000", 400000, "more_than", "displaced", "people forced from homes",
         RS_CIVIL, attr_alt=[None]),
       C("some 70,000", 70000, "about", "displaced", "people in public shelters", RS_CIVIL,
         attr_alt=[None]),
       C("more than 76,000", 76000, "more_than", "other", "people rescued", "state officials"),
       C("about 15,000", 15000, "about", "troops", "federal troops deployed", None,
         attr_alt=["The federal government"])]),

    P("d100_034",
      "Brazil floods: Why the toll in Rio Grande do Sul keeps changing\n"
      "Published 3 June 2024\n"
      "A month after the rains began, the number of people confirmed dead in Brazil's "
      "southernmost state stands at 172, the state civil defence said on Monday. But the count of "
      "the missing has been revised down sharply, from more than 130 in mid-May to 42, as people "
      "were found alive in shelters or listed twice. Officials say some of the missing may never "
      "be found, swept into the Guaíba or buried under mud in the hill towns of the Taquari "
      "valley. About 580,000 people were forced to leave their homes at the height of the "
      "disaster; roughly 40,000 remain in shelters. Of the state's 497 municipalities, 475 were "
      "affected. Governor Eduardo Leite has said rebuilding will cost 19 billion reais.",
      [C("172", 172, "exact", "killed", "people in Rio Grande do Sul", RS_CIVIL2),
       C("more than 130", 130, "more_than", "missing", "people (mid-May count)", RS_CIVIL2,
         attr_alt=[None]),
       C("42", 42, "exact", "missing", "people in Rio Grande do Sul", RS_CIVIL2,
         attr_alt=[None]),
       C("About 580,000", 580000, "about", "displaced", "people forced from homes", None,
         attr_alt=["Officials", RS_CIVIL2]),
       C("roughly 40,000", 40000, "about", "displaced", "people in shelters", None,
         attr_alt=["Officials", RS_CIVIL2]),
       C("497", 497, "exact", "other", "municipalities in the state", None, optional=True),
       C("475", 475, "exact", "other", "municipalities affected", None, optional=True)],
      published="2024-06-03"),

    P("d100_035",
      "Mai Mahiu tragedy: Death toll rises to 48 as search continues\n"
      "Tuesday, April 30, 2024\n"
      "The number of people killed when a wall of water swept through Kamuchiri village near Mai "
      "Mahiu in the early hours of Monday has risen to 48, Interior Cabinet Secretary Kithure "
      "Kindiki said, and more than 70 people remain missing. Rescuers from the Kenya Red Cross and "
      "the Kenya Defence Forces combed mud and debris for a second day. Nakuru County Commissioner "
      "Loyford Kibaara said 110 people were being treated in hospital, and that about 200 "
      "families had lost their homes. Officials initially blamed the disaster on the bursting of "
      "the Old Kijabe Dam, but the Water Resources Authority later said floodwater had blocked a "
      "railway culvert. Flooding has killed more than 170 people across Kenya since March, "
      "according to the government.",
      [C("48", 48, "exact", "killed", "people in Mai Mahiu (headline)", None,
         ctx="rises to 48"),
       C("48", 48, "exact", "killed", "people in Mai Mahiu", KINDIKI, ctx="risen to 48"),
       C("more than 70", 70, "more_than", "missing", "people in Mai Mahiu", KINDIKI,
         attr_alt=[None]),
       C("110", 110, "exact", "injured", "people treated in hospital", KIBAARA),
       C("about 200", 200, "about", "displaced", "families who lost their homes", KIBAARA),
       C("more than 170", 170, "more_than", "killed", "people across Kenya since March",
         "the government")],
      published="2024-04-30"),

    P("d100_036",
      "Viña del Mar (Chile), Feb 5 (EFE).- The forest fires that swept through the hills of Viña "
      "del Mar and nearby towns have killed at least 122 people, the Legal Medical Service said "
      "Monday, making them the deadliest disaster in Chile since the 2010 earthquake. Only 32 of "
      "the victims have been identified so far. Interior Minister Carolina Tohá said more than "
      "3,000 homes had been destroyed, though the regional government puts the figure at around "
      "6,000. Hundreds of people are still unaccounted for, according to the mayor of Viña del "
      "Mar, Macarena Ripamonti. Some 1,400 firefighters and 1,300 soldiers have been deployed, "
      "Tohá said.",
      [C("at least 122", 122, "at_least", "killed", "people in the Valparaíso region fires", SML),
       C("32", 32, "exact", "killed", "victims identified", SML, optional=True,
         cat_alt=["other"], attr_alt=[None]),
       C("more than 3,000", 3000, "more_than", "infrastructure", "homes destroyed", TOHA),
       C("around 6,000", 6000, "about", "infrastructure", "homes destroyed",
         "the regional government"),
       C("Hundreds", 100, "vague", "missing", "people unaccounted for",
         "the mayor of Viña del Mar, Macarena Ripamonti"),
       C("Some 1,400", 1400, "about", "troops", "firefighters deployed", "Tohá",
         attr_alt=[TOHA], cat_alt=["other"]),
       C("1,300", 1300, "exact", "troops", "soldiers deployed", "Tohá", attr_alt=[TOHA])]),

    P("d100_037",
      "VIAREGGIO (ANSA) - The toll from the explosion of a freight train carrying liquefied "
      "petroleum gas in Viareggio rose to 22 on Thursday after two more people died of their "
      "burns in hospital, the Tuscan regional health authority said. Another 26 people remain in "
      "hospital, 11 of them in critical condition in burns units in Pisa, Florence, Genoa and "
      "Rome. One of the train's 14 tank wagons derailed shortly before midnight on Monday and "
      "ruptured, releasing gas that ignited and flattened houses along Via Ponchielli. The civil "
      "protection department said about 1,000 residents had been evacuated and that some 100 "
      "were still unable to return. The train's two drivers survived with minor injuries.",
      [C("22", 22, "exact", "killed", "people in Viareggio", TUSCANY),
       C("two", 2, "exact", "killed", "people who died of burns", TUSCANY, ctx="two more"),
       C("26", 26, "exact", "injured", "people in hospital", TUSCANY, attr_alt=[None]),
       C("11", 11, "exact", "injured", "people in critical condition", TUSCANY,
         attr_alt=[None]),
       C("14", 14, "exact", "other", "tank wagons", None, optional=True),
       C("about 1,000", 1000, "about", "displaced", "residents evacuated", PROT_CIV),
       C("some 100", 100, "about", "displaced", "residents unable to return", PROT_CIV),
       C("two", 2, "exact", "injured", "train drivers", None, ctx="two drivers",
         cat_alt=["other"])]),

    P("d100_038",
      "PERALIYA, Sri Lanka — A year ago today, the Samudra Devi, or Queen of the Sea, was "
      "crawling south along the coast from Colombo when the second of the tsunami's waves lifted "
      "its eight carriages off the track and rolled them into the marshes. Railway officials say "
      "the train was carrying about 1,500 passengers, many of them holiday travellers, though "
      "some estimates put the number at as many as 2,000. Only dozens are known to have "
      "survived. Police recovered 1,270 bodies from the wreck and the surrounding villages, the "
      "Sri Lanka Railways' general manager, Priyal de Silva, said at a memorial service on "
      "Monday. Across Sri Lanka, the tsunami killed more than 35,000 people and left some 500,000 "
      "homeless, government figures show. The restored locomotive now stands near the spot "
      "where it came to rest.",
      [C("eight", 8, "exact", "other", "carriages", None, optional=True),
       C("about 1,500", 1500, "about", "other", "passengers on board", "Railway officials"),
       C("as many as 2,000", 2000, "at_most", "other", "passengers on board",
         "some estimates"),
       C("dozens", 12, "vague", "other", "survivors", None),
       C("1,270", 1270, "exact", "killed", "bodies recovered", DE_SILVA),
       C("more than 35,000", 35000, "more_than", "killed", "people in Sri Lanka",
         "government figures"),
       C("some 500,000", 500000, "about", "displaced", "people left homeless",
         "government figures")]),

    P("d100_039",
      "Central African Republic: Thousands flee renewed violence in Zemio\n"
      "Briefing notes | 21 July 2023\n"
      "UNHCR is alarmed by renewed clashes around Zemio, in the south-east of the Central "
      "African Republic, which have forced more than 20,000 people to flee their homes since late "
      "June. Some 2,500 of them have crossed the border into the Democratic Republic of the "
      "Congo, where they are sheltering in host communities with very little. In Zemio itself, "
      "about 9,000 people have sought safety around the base of the UN mission, MINUSCA, and a "
      "further 4,000 in the Catholic mission. Our staff report that at least 15 civilians have "
      "been killed and dozens of houses burned. Humanitarian access remains extremely limited: "
      "the main road to Zemio has been cut for weeks, and supplies are flown in.",
      [C("Thousands", 1000, "vague", "displaced", "people fleeing Zemio (headline)", None),
       C("more than 20,000", 20000, "more_than", "displaced", "people who fled Zemio", None,
         attr_alt=["UNHCR"]),
       C("Some 2,500", 2500, "about", "displaced", "refugees in DR Congo", None,
         attr_alt=["UNHCR"]),
       C("about 9,000", 9000, "about", "displaced", "people around the MINUSCA base", None,
         attr_alt=["UNHCR"]),
       C("4,000", 4000, "exact", "displaced", "people in the Catholic mission", None,
         attr_alt=["UNHCR"]),
       C("at least 15", 15, "at_least", "killed", "civilians around Zemio", "Our staff",
         attr_alt=["UNHCR"]),
       C("dozens", 12, "vague", "infrastructure", "houses burned", "Our staff",
         attr_alt=["UNHCR"], cat_alt=["other"])],
      published="2023-07-21"),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d100_040",
      "LUCCA, Italy, Jan 31 (Reuters) - An Italian court on Tuesday sentenced Mauro Moretti, the "
      "former chief executive of state railway group Ferrovie dello Stato, to seven years in "
      "prison over the 2009 Viareggio train disaster. Moretti, 63, who now heads defence group "
      "Leonardo, said he would appeal. Prosecutors had sought a 16-year sentence. The trial, "
      "which opened in November 2013, lasted more than three years. The court also ordered "
      "compensation of several million euros to the victims' families, and judges will publish "
      "their reasoning within 90 days.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d100_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
