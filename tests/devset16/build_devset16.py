"""Source of the sixteenth development set: writes ``passages.jsonl`` next to it.

Forty longer passages (4–10 sentences) shaped like news pages as a reader saves them: page
furniture (bylines, "Updated 3 hours ago", "Share", "Read more:", photo captions,
"Advertisement", reading times, newsletter prompts, comment counts), background paragraphs that
restate older figures from other sources, quotes running over several sentences, a change of
speaker mid-paragraph, figures in parentheses, follow-ups and corrections, tables and bullet
boxes of key figures, translated official statements, and British, American, Indian, Pakistani,
Bangladeshi and African news English. Written for this set (none copied from an article) on wars,
disasters, accidents, epidemics, protests, kidnappings and migrant deaths not used in the earlier
sets; annotated by hand and blind (the extractor was not run on these passages and its source
was not read) by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset14`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. Two passages hold only non-claims.

Run ``python tests/devset16/build_devset16.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

ERR = "the local Emergency Response Rooms"
UNHCR = "The U.N. refugee agency UNHCR"
LB_MOH = "Lebanon's health ministry"
LAURENCE = "spokesman Jeremy Laurence"
UNRWA = "the U.N. agency for Palestinian refugees"
PS_MOH = "The Palestinian Health Ministry"
IL_ARMY = "The Israeli military"
AP_SAT = "Satellite images analyzed by the AP"
SYNIEHUBOV = "Governor Oleh Syniehubov"
IOM_HT = "The International Organization for Migration (IOM)"
BINUH = "the U.N. Integrated Office in Haiti"
GBJ = "The Guerreros Buscadores de Jalisco collective"
GONZALEZ = "State prosecutor Salvador González"
MADAKI = "Mr Dauda Madaki"
ARUWAN = "the state Commissioner for Internal Security, Samuel Aruwan"
SEMA = "the Borno State Emergency Management Agency (SEMA)"
SEMA_DG = "The Director-General of the agency, Barkindu Mohammed"
ISPR_MEDIA = "the military's media wing"
ISPR = "an Inter-Services Public Relations (ISPR) statement"
PICSS = "a report by the Pakistan Institute for Conflict and Security Studies"
HOSEY = "Georgia Bureau of Investigation Director Chris Hosey"
RAI = "Interim Vancouver police chief Steve Rai"
EBY = "B.C. Premier David Eby"
BAKHTAR = "the Taliban-run state news agency Bakhtar"
AF_MODM = "the Ministry of Disaster Management"
OCHA_AF = "The UN humanitarian office"
PDMA = "the Provincial Disaster Management Authority (PDMA)"
FAIZI = "Rescue 1122 spokesperson Bilal Faizi"
URCS = "the Uganda Red Cross Society"
NAKASIITA = "the Red Cross spokesperson, Ms Irene Nakasiita"
ADONG = "The Minister for Relief, Disaster Preparedness and Refugees, Ms Lilly Adong"
MURKOMEN = "Interior Cabinet Secretary Kipchumba Murkomen"
KIPLAGAT = "Mzee Kipkemboi Kiplagat"
WOOD_BUFFALO = "the Regional Municipality of Wood Buffalo"
COURT = "A court in Athens"
FIRE_REPORT = "the fire service's final report"
ANUTIN = "Interior Minister Anutin Charnvirakul"
YERLIKAYA = "Interior Minister Ali Yerlikaya"
MEMISOGLU = "Health Minister Kemal Memişoğlu"
FBIH_CP = "the civil protection authority of the Federation entity"
SABIC = "Jablanica's mayor, Damir Šabić"
ROY = "Darjeeling Superintendent of Police Abhishek Roy"
BARDHAN = ("Deputy Director of Fire Service and Civil Defence (Dhaka division) Debashish "
           "Bardhan")
OC_RUPGANJ = "Rupganj Police Station OC Hafizur Rahman"
GARG = "district collector Rishi Garg"
CM_YADAV = "Chief minister Mohan Yadav"
IMIP = "the park's management"
KURNIAWAN = "IMIP spokesperson Dedy Kurniawan"
NUGROHO = "Central Sulawesi Police chief Insp. Gen. Agus Nugroho"
WHO_BOX = "World Health Organization"
LUTUCUTA = "Health Minister Sílvia Lutucuta"
WHO_AO = "The World Health Organization (WHO)"
DARMANIN = "The French interior minister, Gérald Darmanin"
IOM_UN = "the UN's International Organization for Migration"
GR_CG = "Greece's coast guard"
IOM_YE = "the International Organization for Migration (IOM)"
ABYAN = "the Abyan province health office"
UPADHYAY = "Northern Railway CPRO Himanshu Upadhyay"
SAXENA = "LNJP Hospital medical director Dr Ritu Saxena"
IQ_MOI = "the interior ministry"
NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
OCD = "the Office of Civil Defense (OCD) Region 7"
HOMEM = "Interior Minister Manuel Homem"
NUG_MOE = "the National Unity Government's (NUG) Ministry of Education"
AAPP = "the Assistance Association for Political Prisoners (AAPP)"
MNPD = "Metro Nashville Police"
VUMC = "Vanderbilt University Medical Center"
AARON = "Police spokesman Don Aaron"
MAJALIWA = "Prime Minister Kassim Majaliwa"
CHALAMILA = "Dar es Salaam Regional Commissioner Albert Chalamila"

PASSAGES = [
    # --- Wars and armed conflict ---------------------------------------------------------------
    P("d16_001",
      "Sudan: RSF assault on Abu Shouk camp kills dozens, rescuers say\n"
      "Published On 12 Aug 2025\n"
      "Save\n"
      "Share\n"
      "Fighters of the paramilitary Rapid Support Forces (RSF) stormed the Abu Shouk displacement "
      "camp on the northern edge of El Fasher on Monday, killing at least 40 people, according to "
      "the local Emergency Response Rooms, a network of volunteers. In a statement translated "
      "from Arabic, the group said: \"The militia entered the camp from the north and the east, "
      "opened fire on families inside their shelters and in the market, and executed others in "
      "the streets. Nineteen of the dead were women and children.\" The group said more than 30 "
      "people were wounded, some of them critically.\n"
      "Advertisement\n"
      "The Sudan Doctors Network put the toll higher, at 57. It was not possible to reconcile the "
      "figures.\n"
      "El Fasher, the last major city in Darfur still held by the army and its allies, has been "
      "under RSF siege since May 2024. The United Nations estimated in June that some 260,000 "
      "civilians, half of them children, remained trapped inside the city. Abu Shouk and the "
      "nearby Zamzam camp once sheltered more than 700,000 people between them; Zamzam emptied "
      "after the RSF overran it in April, when the UN said more than 400 people were killed.\n"
      "Read more: Hunger stalks El Fasher as siege enters its second year",
      [C("dozens", 12, "vague", "killed", "people in Abu Shouk (headline)", "rescuers",
         attr_alt=[ERR]),
       C("at least 40", 40, "at_least", "killed", "people in Abu Shouk", ERR),
       C("Nineteen", 19, "exact", "killed", "women and children", "the group", attr_alt=[ERR]),
       C("more than 30", 30, "more_than", "injured", "people", "The group", attr_alt=[ERR]),
       C("57", 57, "exact", "killed", "people (doctors' count)", "The Sudan Doctors Network"),
       C("some 260,000", 260000, "about", "population", "civilians trapped in El Fasher",
         "The United Nations"),
       C("more than 700,000", 700000, "more_than", "displaced", "people sheltering in the camps",
         None, cat_alt=["population"]),
       C("more than 400", 400, "more_than", "killed", "people in Zamzam", "the UN")],
      published="2025-08-12"),
    P("d16_002",
      "Displaced people carry their belongings out of the Bulengo camp, west of Goma, Democratic "
      "Republic of Congo, February 10, 2025. REUTERS/Arlette Bashizi Purchase Licensing Rights\n"
      "GOMA, Democratic Republic of Congo, Feb 11 (Reuters) - Tens of thousands of people who had "
      "sheltered for two years in camps around Goma have left them since M23 rebels seized the "
      "city, many under pressure from the fighters to go home, aid agencies said on Tuesday.\n"
      "The U.N. refugee agency UNHCR said the camps of Bulengo, Lushagala and Kanyaruchinya, "
      "which held more than 600,000 people before the offensive, were now almost empty. \"People "
      "are going back to villages where their homes have been destroyed and their fields "
      "looted, with nothing,\" UNHCR spokesperson Eujin Byun told reporters in Geneva.\n"
      "The rebels, whom U.N. experts say are backed by about 4,000 Rwandan troops, gave camp "
      "residents 72 hours to leave, according to two aid workers who asked not to be named.\n"
      "The Congolese government says close to 3,000 people were killed in the battle for Goma in "
      "late January. The World Health Organization said last week that about 2,880 bodies had "
      "been buried so far, and that 900 were still in morgues. The World Food Programme said it "
      "had resumed distributions and reached 100,000 people with food in the past week.\n"
      "Reporting by Sonia Rolley; Writing by Ayen Deng Bior; Editing by Alex Richardson\n"
      "Our Standards: The Thomson Reuters Trust Principles.",
      [C("Tens of thousands", 10000, "vague", "displaced", "people who left the camps",
         "aid agencies"),
       C("more than 600,000", 600000, "more_than", "displaced", "people in the camps", None,
         cat_alt=["population"], attr_alt=[UNHCR]),
       C("about 4,000", 4000, "about", "troops", "Rwandan troops", "U.N. experts"),
       C("two", 2, "exact", "other", "aid workers cited", None, optional=True,
         ctx="two aid workers"),
       C("close to 3,000", 3000, "about", "killed", "people in the battle for Goma",
         "The Congolese government"),
       C("about 2,880", 2880, "about", "killed", "bodies buried", "The World Health Organization"),
       C("900", 900, "exact", "killed", "bodies in morgues", "The World Health Organization"),
       C("100,000", 100000, "exact", "other", "people reached with food",
         "The World Food Programme", cat_alt=["aid"])]),
    P("d16_003",
      "Israeli strike on Christian village in north Lebanon kills 23, health ministry says\n"
      "Published 15 October 2024\n"
      "Share\n"
      "Save\n"
      "By Hugo Bachega, Middle East correspondent, in Beirut\n"
      "An Israeli air strike on a residential building in the mostly Christian village of Aitou, "
      "in northern Lebanon, killed 23 people on Monday, Lebanon's health ministry says. Twelve "
      "women and two children were among the dead, the UN human rights office said on Tuesday, "
      "calling for an independent investigation.\n"
      "\"We have real concerns with respect to international humanitarian law,\" spokesman Jeremy "
      "Laurence told reporters in Geneva. \"The building was housing displaced families. "
      "According to our information, a further eight people were injured.\"\n"
      "The Israeli military said it was looking into the reports. It had said earlier that it "
      "struck about 200 Hezbollah targets across Lebanon over the previous day.\n"
      "Aitou lies far from Hezbollah's strongholds in the south and the Bekaa valley, and like "
      "many northern villages it had taken in families fleeing the bombardment. More than 2,300 "
      "people have been killed in Lebanon since October last year, most of them in the past four "
      "weeks, according to the health ministry, and the government says 1.2 million have been "
      "displaced.",
      [C("23", 23, "exact", "killed", "people in Aitou (headline)", "health ministry",
         attr_alt=[LB_MOH], ctx="kills 23, health"),
       C("23", 23, "exact", "killed", "people in Aitou", LB_MOH, ctx="killed 23 people"),
       C("Twelve", 12, "exact", "killed", "women", "the UN human rights office"),
       C("two", 2, "exact", "killed", "children", "the UN human rights office",
         ctx="two children"),
       C("eight", 8, "exact", "injured", "people", LAURENCE,
         attr_alt=["the UN human rights office"]),
       C("about 200", 200, "about", "other", "Hezbollah targets struck", IL_ARMY,
         cat_alt=["infrastructure", "munitions"], attr_alt=["It"]),
       C("More than 2,300", 2300, "more_than", "killed", "people in Lebanon",
         "the health ministry", attr_alt=[LB_MOH]),
       C("1.2 million", 1200000, "exact", "displaced", "people in Lebanon", "the government")],
      published="2024-10-15"),
    P("d16_004",
      "Updated 3 hours ago\n"
      "JENIN, West Bank (AP) — Israel's military operation in the northern West Bank has driven "
      "some 40,000 Palestinians from their homes in three refugee camps, the U.N. agency for "
      "Palestinian refugees said Tuesday, the largest displacement in the territory since the "
      "1967 Mideast war.\n"
      "UNRWA said the camps in Jenin, Tulkarem and Nur Shams were now largely empty. \"Jenin camp "
      "is a ghost town,\" said Roland Friedrich, the agency's director in the West Bank. "
      "\"Families have been told they cannot go back this year.\" Israeli Defense Minister Israel "
      "Katz, speaking on a visit to Tulkarem, said troops would stay in the camps for the coming "
      "year and that their residents would not be allowed to return.\n"
      "Advertisement\n"
      "The Palestinian Health Ministry says at least 60 Palestinians have been killed in the West "
      "Bank since the operation, dubbed Iron Wall, began on Jan. 21, among them a 2-year-old "
      "girl. The Israeli military says it has killed dozens of militants and detained more than "
      "380 wanted people. It says three soldiers have been killed.\n"
      "Satellite images analyzed by the AP show that at least 120 buildings in Jenin camp, which "
      "was home to about 24,000 people before the raid, have been demolished or badly damaged.\n"
      "___\n"
      "This story has been corrected to show that the number of buildings destroyed or damaged "
      "was at least 120, not 210.",
      [C("some 40,000", 40000, "about", "displaced", "Palestinians", UNRWA),
       C("three", 3, "exact", "infrastructure", "refugee camps", UNRWA, cat_alt=["other"],
         optional=True, ctx="three refugee camps"),
       C("at least 60", 60, "at_least", "killed", "Palestinians in the West Bank", PS_MOH),
       C("dozens", 12, "vague", "killed", "militants", IL_ARMY),
       C("more than 380", 380, "more_than", "detained", "wanted people", IL_ARMY),
       C("three", 3, "exact", "killed", "Israeli soldiers", IL_ARMY, attr_alt=["It"],
         ctx="three soldiers"),
       C("at least 120", 120, "at_least", "infrastructure", "buildings demolished or damaged",
         AP_SAT, attr_alt=["the AP"], ctx="at least 120 buildings"),
       C("about 24,000", 24000, "about", "population", "Jenin camp residents", None,
         attr_alt=[AP_SAT]),
       C("at least 120", 120, "at_least", "infrastructure", "buildings (correction)", None,
         attr_alt=[AP_SAT], ctx="at least 120, not"),
       C("210", 210, "exact", "infrastructure", "buildings (retracted figure)", None,
         optional=True)]),
    P("d16_005",
      "Russian missiles hit Kharkiv printing house, killing seven\n"
      "May 23, 2024 8:14 PM 3 min read\n"
      "Firefighters work at the site of a Russian missile strike on the Faktor-Druk printing "
      "house in Kharkiv, Ukraine, on May 23, 2024. (Photo: Kharkiv Oblast Military "
      "Administration)\n"
      "Russia struck one of Ukraine's largest printing houses in Kharkiv with S-300 missiles on "
      "May 23, killing seven employees and injuring 21 other people, Governor Oleh Syniehubov "
      "reported.\n"
      "\"There were about 50 people at work when the missiles hit,\" Syniehubov wrote on "
      "Telegram. \"Rescuers pulled several people from under the rubble. Unfortunately, the "
      "number of dead may rise.\" He later said 15 missiles had been launched at the city that "
      "afternoon, most of them at the Kharkiv district.\n"
      "The printing house produced about a third of Ukraine's books, according to the company.\n"
      "Russia launched a new offensive into Kharkiv Oblast on May 10, and more than 11,000 "
      "people have since been evacuated from border communities, according to regional "
      "authorities. The regional prosecutor's office says at least 174 civilians were killed in "
      "the oblast in the first three weeks of May.\n"
      "Read also: Russia drops more than 3,000 guided bombs on Ukraine in a month",
      [C("seven", 7, "exact", "killed", "people (headline)", None,
         ctx="printing house, killing seven"),
       C("seven", 7, "exact", "killed", "employees", SYNIEHUBOV, ctx="seven employees"),
       C("21", 21, "exact", "injured", "people", SYNIEHUBOV),
       C("about 50", 50, "about", "other", "people at work", "Syniehubov",
         attr_alt=[SYNIEHUBOV]),
       C("15", 15, "exact", "munitions", "missiles launched at Kharkiv", "Syniehubov",
         attr_alt=[SYNIEHUBOV, "He"]),
       C("about a third", 1 / 3, "about", "other", "share of Ukraine's books", "the company",
         optional=True),
       C("more than 11,000", 11000, "more_than", "displaced", "people evacuated",
         "regional authorities"),
       C("at least 174", 174, "at_least", "killed", "civilians in Kharkiv Oblast",
         "The regional prosecutor's office"),
       C("more than 3,000", 3000, "more_than", "munitions", "guided bombs (read-also line)",
         None, optional=True)],
      published="2024-05-23"),
    P("d16_006",
      "HAITI\n"
      "Gangs push into Kenscoff as thousands flee mountain suburb\n"
      "By Jacqueline Charles\n"
      "Updated March 3, 2025 6:12 PM\n"
      "Listen to this article 6 min\n"
      "Armed gangs of the Viv Ansanm coalition attacked several neighborhoods of Kenscoff again "
      "over the weekend, killing at least 10 residents and setting fire to dozens of homes, "
      "local officials said, as the once-quiet mountain suburb above Port-au-Prince became the "
      "latest front in Haiti's gang war.\n"
      "The International Organization for Migration (IOM) says more than 6,300 people have fled "
      "Kenscoff since late January, most of them to makeshift sites in neighboring "
      "Pétion-Ville. Nationwide, the agency counts over 1 million displaced people (1,041,000 in "
      "its December tally), three times as many as a year earlier.\n"
      "\"Every week we register new families who left with only the clothes on their backs,\" "
      "said Grégoire Goodstein, IOM's chief of mission in Haiti.\n"
      "According to the U.N. Integrated Office in Haiti, known as BINUH, at least 5,601 people "
      "were killed in gang-related violence last year (up from 4,789 in 2023), another 2,212 "
      "were injured and 1,494 were kidnapped. A Kenyan-led multinational police mission, which "
      "has fewer than 1,000 officers on the ground, has struggled to contain the gangs.\n"
      "Miami Herald staff writer Jacqueline Charles reported from Port-au-Prince.",
      [C("thousands", 1000, "vague", "displaced", "people fleeing Kenscoff (headline)", None),
       C("at least 10", 10, "at_least", "killed", "residents", "local officials"),
       C("dozens", 12, "vague", "infrastructure", "homes set on fire", "local officials"),
       C("more than 6,300", 6300, "more_than", "displaced", "people who fled Kenscoff", IOM_HT),
       C("over 1 million", 1000000, "more_than", "displaced", "displaced people in Haiti",
         "the agency", attr_alt=[IOM_HT]),
       C("1,041,000", 1041000, "exact", "displaced", "displaced people (December tally)",
         "the agency", attr_alt=[IOM_HT]),
       C("at least 5,601", 5601, "at_least", "killed", "people in gang violence last year",
         BINUH),
       C("4,789", 4789, "exact", "killed", "people in gang violence in 2023", BINUH),
       C("2,212", 2212, "exact", "injured", "people", BINUH),
       C("1,494", 1494, "exact", "hostages", "people kidnapped", BINUH),
       C("fewer than 1,000", 1000, "fewer_than", "troops", "officers of the police mission",
         None)],
      published="2025-03-03"),
    P("d16_007",
      "MEXICO CITY (AP) — Mexico's attorney general said Tuesday that federal prosecutors would "
      "take over the investigation of a ranch in the western state of Jalisco where a group of "
      "mothers searching for missing relatives found charred human remains, about 200 pairs of "
      "shoes and what they say were crematory ovens.\n"
      "The Guerreros Buscadores de Jalisco collective, which discovered the site at Rancho "
      "Izaguirre near the town of Teuchitlán on March 5, said it had also found more than 400 "
      "items of clothing and personal belongings, among them backpacks and notebooks. \"These "
      "were young people who were brought here to be trained, and those who refused were "
      "killed,\" said the group's leader, Indira Navarro. \"We need to know how many.\"\n"
      "Sign up for our weekly newsletter, The World in Brief.\n"
      "State prosecutor Salvador González told reporters that 10 people had been arrested in "
      "connection with the ranch, which authorities say was used by the Jalisco New Generation "
      "Cartel as a recruitment and training camp. He said forensic teams had so far identified "
      "only two of the victims, and he did not confirm the existence of ovens.\n"
      "Jalisco has the highest number of missing people of any Mexican state, more than 15,000, "
      "according to the national registry, which lists over 124,000 people as disappeared "
      "nationwide. The government of President Claudia Sheinbaum has said that figure is "
      "inflated.",
      [C("about 200", 200, "about", "other", "pairs of shoes found", None,
         attr_alt=["Mexico's attorney general"]),
       C("more than 400", 400, "more_than", "other", "items of clothing and belongings found",
         GBJ),
       C("10", 10, "exact", "detained", "people arrested", GONZALEZ),
       C("two", 2, "exact", "killed", "victims identified", GONZALEZ, cat_alt=["other"],
         attr_alt=["He"], optional=True),
       C("more than 15,000", 15000, "more_than", "missing", "missing people in Jalisco",
         "the national registry"),
       C("over 124,000", 124000, "more_than", "missing", "people disappeared in Mexico",
         "the national registry")]),
    P("d16_008",
      "Bandits abduct 61 in fresh Kaduna attack\n"
      "By Godwin Isenyo, Kaduna\n"
      "Published 12 March 2024\n"
      "Suspected bandits have abducted 61 persons, including women and children, from Kajuru "
      "Station community in the Kajuru Local Government Area of Kaduna State.\n"
      "The attack, which occurred around 11pm on Sunday, came barely five days after gunmen "
      "whisked away 287 pupils and staff of a school in Kuriga, Chikun LGA, according to figures "
      "given at the time by the school's headmaster.\n"
      "A community leader, Mr Dauda Madaki, told our correspondent on Monday that the bandits, "
      "numbering over 100 and armed with AK-47 rifles, stormed the community on motorcycles. "
      "\"They went from house to house. Out of the 61 people taken, 30 are women and children. "
      "Only three people managed to escape,\" he said.\n"
      "When contacted, the Kaduna State Police Command spokesperson, ASP Mansir Hassan, "
      "confirmed the incident but said the number abducted was still being verified. He added "
      "that tactical teams had been deployed to the area.\n"
      "Advertisement\n"
      "Meanwhile, the state Commissioner for Internal Security, Samuel Aruwan, said in a "
      "statement that troops had rescued 12 kidnap victims in Kachia on Saturday.",
      [C("61", 61, "exact", "hostages", "people abducted (headline)", None,
         ctx="abduct 61 in"),
       C("61", 61, "exact", "hostages", "people abducted", None, attr_alt=[MADAKI],
         ctx="abducted 61 persons"),
       C("287", 287, "exact", "hostages", "pupils and staff abducted in Kuriga",
         "the school's headmaster"),
       C("over 100", 100, "more_than", "troops", "bandits", MADAKI, cat_alt=["other"]),
       C("61", 61, "exact", "hostages", "people taken", MADAKI, attr_alt=["he"],
         ctx="Out of the 61"),
       C("30", 30, "exact", "hostages", "women and children taken", MADAKI, attr_alt=["he"]),
       C("three", 3, "exact", "hostages", "people who escaped", MADAKI, attr_alt=["he"]),
       C("12", 12, "exact", "hostages", "kidnap victims rescued", ARUWAN,
         attr_alt=["Samuel Aruwan"], ctx="12 kidnap")],
      published="2024-03-12"),
    P("d16_009",
      "Gwoza bombings: Death toll rises to 32 — SEMA\n"
      "June 30, 2024 Reading time: 4 mins\n"
      "The death toll from Saturday's suicide bombings in Gwoza, Borno State, has risen to 32, "
      "the Borno State Emergency Management Agency (SEMA) has said.\n"
      "The Director-General of the agency, Barkindu Mohammed, told journalists in Maiduguri on "
      "Sunday that 42 others were receiving treatment for injuries, 19 of them in critical "
      "condition. \"Most of the victims were women and children,\" he said, adding that the "
      "agency had moved the seriously injured to Maiduguri by road under military escort.\n"
      "Police had earlier put the number of dead at 18.\n"
      "The attacks, carried out by suspected female suicide bombers, hit a wedding, a funeral "
      "and a hospital within the space of a few hours. A member of a vigilante group who spoke "
      "on condition of anonymity said two of his colleagues and a soldier were among the dead.\n"
      "ALSO READ: Zulum orders review of security arrangements in Gwoza\n"
      "Boko Haram's 15-year insurgency has killed more than 40,000 people in the North-east and "
      "displaced about two million, according to the United Nations.",
      [C("32", 32, "exact", "killed", "people (headline)", "SEMA", attr_alt=[SEMA],
         ctx="rises to 32 —"),
       C("32", 32, "exact", "killed", "people", SEMA, ctx="risen to 32"),
       C("42", 42, "exact", "injured", "people receiving treatment", SEMA_DG,
         attr_alt=["Barkindu Mohammed"]),
       C("19", 19, "exact", "injured", "people in critical condition", SEMA_DG,
         attr_alt=["Barkindu Mohammed"]),
       C("18", 18, "exact", "killed", "people (earlier police figure)", "Police"),
       C("two", 2, "exact", "killed", "vigilantes", "A member of a vigilante group", ctx="two of his"),
       C("more than 40,000", 40000, "more_than", "killed", "people in the insurgency",
         "the United Nations"),
       C("about two million", 2000000, "about", "displaced", "people in the North-east",
         "the United Nations")],
      published="2024-06-30"),
    P("d16_010",
      "Soldiers, civilians martyred as suicide bombers storm Bannu Cantonment\n"
      "Our Correspondent | Published March 5, 2025 Updated a day ago\n"
      "BANNU: Five soldiers and 13 civilians were martyred when terrorists rammed two "
      "explosives-laden vehicles into the boundary wall of the Bannu Cantonment on Tuesday "
      "evening, the military's media wing said.\n"
      "According to an Inter-Services Public Relations (ISPR) statement, all 16 attackers, "
      "including four suicide bombers, were killed by security forces in the ensuing exchange of "
      "fire. \"The khwarij attempted to breach the perimeter,\" the statement said. \"The brave "
      "troops thwarted their nefarious designs.\"\n"
      "District health officer Dr Muhammad Ibrahim said 32 injured persons had been brought to "
      "the District Headquarters Hospital, where an emergency was declared. A mosque and eight "
      "houses adjacent to the wall were damaged, police said.\n"
      "The attack was claimed by the Jaish-ul-Fursan group. Khyber Pakhtunkhwa saw 444 "
      "terrorist attacks in 2024, according to a report by the Pakistan Institute for Conflict "
      "and Security Studies, which puts the number of security personnel killed in the province "
      "last year at 313.",
      [C("Five", 5, "exact", "killed", "soldiers", ISPR_MEDIA),
       C("13", 13, "exact", "killed", "civilians", ISPR_MEDIA),
       C("two", 2, "exact", "munitions", "explosives-laden vehicles", ISPR_MEDIA,
         cat_alt=["other"]),
       C("16", 16, "exact", "killed", "attackers", ISPR),
       C("four", 4, "exact", "killed", "suicide bombers", ISPR),
       C("32", 32, "exact", "injured", "people", "District health officer Dr Muhammad Ibrahim"),
       C("eight", 8, "exact", "infrastructure", "houses damaged", "police"),
       C("444", 444, "exact", "other", "terrorist attacks in 2024", PICSS,
         attr_alt=["the Pakistan Institute for Conflict and Security Studies"]),
       C("313", 313, "exact", "killed", "security personnel", PICSS,
         attr_alt=["the Pakistan Institute for Conflict and Security Studies"])],
      published="2025-03-05"),

    P("d16_011",
      "Four killed in shooting at Georgia high school; 14-year-old student in custody\n"
      "By Holly Yan and Nick Valencia, CNN\n"
      "Updated 11:02 PM EDT, Wed September 4, 2024\n"
      "Two students and two teachers were killed and nine other people were hurt when a gunman "
      "opened fire at Apalachee High School in Winder, Georgia, on Wednesday morning, authorities "
      "said.\n"
      "A 14-year-old student surrendered to school resource officers within minutes and has been "
      "charged with murder, Georgia Bureau of Investigation Director Chris Hosey said at an "
      "evening news conference. \"He will be charged as an adult,\" Hosey said. Of the injured, "
      "eight were taken to hospitals with gunshot wounds and one had another injury, he said. "
      "Barrow County Sheriff Jud Smith said the suspect had used an AR-platform style weapon. "
      "\"Evil was in our community today,\" Smith said.\n"
      "The school, about 45 miles northeast of Atlanta, has roughly 1,900 students. Parents were "
      "told to collect their children at a nearby stadium.\n"
      "It was the 385th mass shooting in the United States this year, according to the Gun "
      "Violence Archive, which defines a mass shooting as one in which four or more people are "
      "shot, not counting the shooter.",
      [C("Four", 4, "exact", "killed", "people (headline)", None),
       C("Two", 2, "exact", "killed", "students", "authorities"),
       C("two", 2, "exact", "killed", "teachers", "authorities"),
       C("nine", 9, "exact", "injured", "people", "authorities"),
       C("eight", 8, "exact", "injured", "people with gunshot wounds", "Hosey",
         attr_alt=["he", HOSEY]),
       C("one", 1, "exact", "injured", "person with another injury", "Hosey",
         attr_alt=["he", HOSEY], ctx="one had another injury"),
       C("roughly 1,900", 1900, "about", "population", "students", None, cat_alt=["other"]),
       C("four or more", 4, "at_least", "injured", "people shot (definition)",
         "the Gun Violence Archive", optional=True)],
      published="2024-09-04"),
    P("d16_012",
      "Posted April 27, 2025 3:41 pm · Updated April 27, 2025 9:05 pm\n"
      "By The Canadian Press\n"
      "VANCOUVER — The death toll from an SUV ramming at a Filipino street festival in Vancouver "
      "has climbed to 11, police said Sunday, with victims ranging in age from five to 65.\n"
      "Interim Vancouver police chief Steve Rai said dozens of people were injured, some of them "
      "seriously, when the driver sped down a street crowded with people celebrating Lapu-Lapu "
      "Day on Saturday evening. Rai said a 30-year-old Vancouver man, Kai-Ji Adam Lo, had been "
      "charged with eight counts of second-degree murder and that more charges were expected.\n"
      "\"This is the darkest day in Vancouver's history,\" Rai told reporters. \"We have more "
      "than 1,000 witnesses to speak to.\"\n"
      "B.C. Premier David Eby said on Sunday that hospitals had treated 26 people, and that 14 of "
      "them remained in hospital. Organizers said about 2,000 people were at the festival when "
      "the vehicle hit.",
      [C("11", 11, "exact", "killed", "people", "police"),
       C("dozens", 12, "vague", "injured", "people", RAI),
       C("eight", 8, "exact", "other", "counts of second-degree murder", "Rai",
         attr_alt=[RAI], optional=True),
       C("more than 1,000", 1000, "more_than", "other", "witnesses", "Rai", attr_alt=[RAI],
         optional=True),
       C("26", 26, "exact", "injured", "people treated in hospital", EBY),
       C("14", 14, "exact", "injured", "people still in hospital", EBY),
       C("about 2,000", 2000, "about", "other", "people at the festival", "Organizers")],
      published="2025-04-27"),

    # --- Disasters -----------------------------------------------------------------------------
    P("d16_013",
      "Afghanistan earthquake: What we know so far\n"
      "Published On 23 Jun 2022\n"
      "At least 1,000 people were killed and 1,500 injured when a magnitude 5.9 earthquake "
      "struck Paktika and Khost provinces in eastern Afghanistan early on Wednesday, according "
      "to the Taliban-run state news agency Bakhtar.\n"
      "In a statement translated from Pashto, the Ministry of Disaster Management said: \"Our "
      "rescue teams have reached Gayan and Barmal districts. The number of martyrs may rise "
      "because many houses are still under the mud.\" The ministry said around 1,500 homes had "
      "been destroyed or damaged in Gayan alone.\n"
      "Key facts\n"
      "• Magnitude 5.9; depth 10km (USGS)\n"
      "• Dead: at least 1,000\n"
      "• Injured: more than 1,500\n"
      "• Houses destroyed: about 10,000 (UN OCHA)\n"
      "• People affected: 362,000 (UN OCHA)\n"
      "The UN humanitarian office said it had sent 18 trucks of food and shelter supplies from "
      "Kabul and that a further 14 trucks were on the way.",
      [C("At least 1,000", 1000, "at_least", "killed", "people", BAKHTAR),
       C("1,500", 1500, "exact", "injured", "people", BAKHTAR, ctx="and 1,500 injured"),
       C("around 1,500", 1500, "about", "infrastructure", "homes destroyed or damaged in Gayan",
         "The ministry", attr_alt=[AF_MODM]),
       C("at least 1,000", 1000, "at_least", "killed", "people (key facts)", None,
         ctx="Dead: at least 1,000"),
       C("more than 1,500", 1500, "more_than", "injured", "people (key facts)", None),
       C("about 10,000", 10000, "about", "infrastructure", "houses destroyed", "UN OCHA"),
       C("362,000", 362000, "exact", "other", "people affected", "UN OCHA",
         cat_alt=["population"]),
       C("18", 18, "exact", "aid", "trucks sent", OCHA_AF),
       C("14", 14, "exact", "aid", "trucks on the way", OCHA_AF)],
      published="2022-06-23"),
    P("d16_014",
      "Buner buries its dead as flood toll in KP passes 300\n"
      "Umar Bacha | Updated 2 hours ago\n"
      "PESHAWAR: Rescue workers recovered 21 more bodies from the debris of collapsed houses in "
      "Buner district on Sunday, taking the toll from Friday's cloudburst and flash floods in "
      "Khyber Pakhtunkhwa to 328, the Provincial Disaster Management Authority (PDMA) said. "
      "Buner alone accounts for 209 of the deaths, while the rest were reported from Swat, "
      "Bajaur, Mansehra, Shangla and Battagram.\n"
      "The PDMA said 156 people had been injured across the province and 1,100-plus houses "
      "damaged, 300 of them completely.\n"
      "Speaking to Dawn, Rescue 1122 spokesperson Bilal Faizi said some 2,000 rescuers had been "
      "deployed. \"Many villages are still cut off. We are carrying the injured on our backs,\" "
      "he said. Residents of Pir Baba village said dozens of people were still missing.\n"
      "PDMA figures (as of 6pm Sunday)\n"
      "District | Dead | Injured\n"
      "Buner | 209 | 104\n"
      "Elsewhere | 119 | 52\n"
      "Total | 328 | 156\n"
      "The Met Office has forecast more rain till August 21.",
      [C("300", 300, "more_than", "killed", "people in KP (headline)", None,
         ctx="passes 300"),
       C("21", 21, "exact", "killed", "bodies recovered in Buner", PDMA, ctx="21 more"),
       C("328", 328, "exact", "killed", "people in KP", PDMA, ctx="to 328,"),
       C("209", 209, "exact", "killed", "people in Buner", PDMA, attr_alt=[None],
         ctx="for 209 of"),
       C("156", 156, "exact", "injured", "people in KP", "The PDMA", attr_alt=[PDMA],
         ctx="said 156"),
       C("1,100-plus", 1100, "more_than", "infrastructure", "houses damaged", "The PDMA",
         attr_alt=[PDMA]),
       C("300", 300, "exact", "infrastructure", "houses completely damaged", "The PDMA",
         attr_alt=[PDMA], ctx="300 of them"),
       C("some 2,000", 2000, "about", "troops", "rescuers deployed", FAIZI, cat_alt=["other"]),
       C("dozens", 12, "vague", "missing", "people in Pir Baba",
         "Residents of Pir Baba village"),
       C("209", 209, "exact", "killed", "dead in Buner (table)", "PDMA",
         attr_alt=["PDMA figures"], ctx="Buner | 209"),
       C("104", 104, "exact", "injured", "injured in Buner (table)", "PDMA",
         attr_alt=["PDMA figures"]),
       C("119", 119, "exact", "killed", "dead elsewhere (table)", "PDMA",
         attr_alt=["PDMA figures"]),
       C("52", 52, "exact", "injured", "injured elsewhere (table)", "PDMA",
         attr_alt=["PDMA figures"]),
       C("328", 328, "exact", "killed", "total dead (table)", "PDMA",
         attr_alt=["PDMA figures"], ctx="Total | 328"),
       C("156", 156, "exact", "injured", "total injured (table)", "PDMA",
         attr_alt=["PDMA figures"], ctx="328 | 156")]),
    P("d16_015",
      "Bulambuli landslides: 15 bodies retrieved, 113 still missing\n"
      "By Fahad Malikye\n"
      "Thursday, November 28, 2024\n"
      "What you need to know:\n"
      "• The landslides buried up to 40 homes in Masugu and Namatala\n"
      "• Survivors are camped at Buluganya Sub-county headquarters\n"
      "Rescuers have so far retrieved 15 bodies from the debris of Wednesday night's landslides "
      "in Bulambuli District, with 113 people still unaccounted for, the Uganda Red Cross Society "
      "has said.\n"
      "Speaking to the Monitor yesterday, the Red Cross spokesperson, Ms Irene Nakasiita, said "
      "nine people had been rescued alive and taken to Bulambuli Hospital, adding that the "
      "search was being hampered by heavy rain. \"The ground is still moving,\" she said.\n"
      "The Minister for Relief, Disaster Preparedness and Refugees, Ms Lilly Adong, who visited "
      "the area, said government would relocate the affected families and had dispatched 1,000 "
      "bags of maize flour and 500 tarpaulins. She said about 750 people were sheltering at the "
      "sub-county headquarters.\n"
      "The Elgon region has a history of deadly landslides. In March 2010, a landslide in "
      "Nametsi, Bududa District, killed more than 300 people, according to government figures "
      "at the time.",
      [C("15", 15, "exact", "killed", "bodies (headline)", None, ctx="15 bodies retrieved,"),
       C("113", 113, "exact", "missing", "people (headline)", None, ctx="113 still missing"),
       C("up to 40", 40, "at_most", "infrastructure", "homes buried", None),
       C("15", 15, "exact", "killed", "bodies retrieved", URCS, ctx="retrieved 15 bodies from"),
       C("113", 113, "exact", "missing", "people unaccounted for", URCS,
         ctx="with 113 people"),
       C("nine", 9, "exact", "other", "people rescued alive", NAKASIITA,
         attr_alt=["Ms Irene Nakasiita"]),
       C("1,000", 1000, "exact", "aid", "bags of maize flour", ADONG,
         attr_alt=["Ms Lilly Adong"]),
       C("500", 500, "exact", "aid", "tarpaulins", ADONG, attr_alt=["Ms Lilly Adong"]),
       C("about 750", 750, "about", "displaced", "people sheltering", ADONG,
         attr_alt=["Ms Lilly Adong", "She"]),
       C("more than 300", 300, "more_than", "killed", "people in Nametsi (2010)",
         "government figures")],
      published="2024-11-28"),
    P("d16_016",
      "ITEN: The number of people killed in Friday night's landslide in Chesongoch, Marakwet "
      "East, rose to 21 yesterday after rescuers recovered four more bodies, Interior Cabinet "
      "Secretary Kipchumba Murkomen said.\n"
      "Speaking at the scene, Mr Murkomen said 30 people were still missing and that 25 injured "
      "residents had been airlifted to hospitals in Eldoret and Iten by Kenya Defence Forces "
      "helicopters. \"We are using every means possible to reach those trapped,\" he said.\n"
      "The Kenya Red Cross said more than 1,000 households had been displaced along the Kerio "
      "Valley escarpment and that it had set up three camps for them.\n"
      "A resident, Mzee Kipkemboi Kiplagat, said in Kiswahili that he had lost eight members of "
      "his family. \"Nimebaki peke yangu\" (I am left alone), he said.\n"
      "READ: Kerio Valley residents told to move to higher ground as rains continue\n"
      "The Kenya Meteorological Department has warned that heavy rains will continue in the "
      "Rift Valley for at least five more days.",
      [C("21", 21, "exact", "killed", "people", MURKOMEN),
       C("four", 4, "exact", "killed", "bodies recovered", MURKOMEN),
       C("30", 30, "exact", "missing", "people", "Mr Murkomen", attr_alt=[MURKOMEN]),
       C("25", 25, "exact", "injured", "residents airlifted", "Mr Murkomen",
         attr_alt=[MURKOMEN]),
       C("more than 1,000", 1000, "more_than", "displaced", "households", "The Kenya Red Cross"),
       C("three", 3, "exact", "infrastructure", "camps set up", "The Kenya Red Cross",
         cat_alt=["other", "aid"]),
       C("eight", 8, "exact", "killed", "members of his family", KIPLAGAT,
         attr_alt=["A resident"])]),
    P("d16_017",
      "Five years after 'The Beast,' Fort McMurray is still rebuilding\n"
      "Residents reflect on the wildfire that forced the largest evacuation in Alberta's "
      "history\n"
      "CBC News · Posted: May 03, 2021 4:00 AM MT | Last Updated: May 3, 2021\n"
      "Comments 48\n"
      "Five years ago this week, a wildfire nicknamed \"The Beast\" tore into Fort McMurray, "
      "forcing more than 88,000 people to flee the northern Alberta city in a single afternoon.\n"
      "The fire destroyed roughly 2,400 homes and other buildings and went on to burn almost "
      "590,000 hectares of forest before it was declared out in August 2017. Nobody died in the "
      "flames, but two teenagers were killed in a highway collision during the evacuation.\n"
      "According to the Regional Municipality of Wood Buffalo, about 1,700 of the destroyed "
      "homes have since been rebuilt. The Insurance Bureau of Canada puts insured losses at "
      "$3.7 billion, still the costliest disaster in Canadian history.\n"
      "\"People still can't smell smoke without their heart racing,\" said Heather Ferris, a "
      "counsellor who works with survivors. About 1,000 firefighters were deployed at the height "
      "of the blaze, some of them from as far away as South Africa.",
      [C("more than 88,000", 88000, "more_than", "displaced", "people who fled", None),
       C("roughly 2,400", 2400, "about", "infrastructure", "homes and buildings destroyed",
         None),
       C("almost 590,000", 590000, "about", "other", "hectares burned", None, optional=True),
       C("two", 2, "exact", "killed", "teenagers", None),
       C("about 1,700", 1700, "about", "infrastructure", "homes rebuilt", WOOD_BUFFALO),
       C("About 1,000", 1000, "about", "troops", "firefighters deployed", None,
         cat_alt=["other"], attr_alt=["Heather Ferris"])],
      published="2021-05-03"),
    P("d16_018",
      "Court convicts six over deadly 2018 Mati wildfire\n"
      "30.04.2024 • 14:22\n"
      "A court in Athens on Tuesday found six people guilty over the wildfire that tore through "
      "the seaside resort of Mati in July 2018, the deadliest in Greece's modern history, while "
      "15 other defendants were acquitted.\n"
      "The fire killed 104 people, many of whom were trapped in their cars or drowned trying to "
      "escape into the sea. More than 150 people were injured and some 1,200 homes were damaged "
      "or destroyed, according to the fire service's final report.\n"
      "The six, among them former fire service and civil protection officials, were sentenced to "
      "prison terms of up to 111 years, which were suspended pending appeal. Prosecutors had "
      "sought the conviction of 10 defendants.\n"
      "\"For six years we waited,\" said Christos Kolonis, whose daughter was among the victims. "
      "\"Today's verdict is not justice.\" His lawyer said about 700 relatives and survivors had "
      "joined the case as civil claimants.",
      [C("six", 6, "exact", "detained", "people convicted (headline)", None,
         ctx="convicts six"),
       C("six", 6, "exact", "detained", "people convicted", None, attr_alt=[COURT],
         ctx="found six people"),
       C("15", 15, "exact", "detained", "defendants acquitted", None, cat_alt=["other"],
         attr_alt=[COURT]),
       C("104", 104, "exact", "killed", "people", None, attr_alt=[FIRE_REPORT]),
       C("More than 150", 150, "more_than", "injured", "people", FIRE_REPORT),
       C("some 1,200", 1200, "about", "infrastructure", "homes damaged or destroyed",
         FIRE_REPORT),
       C("six", 6, "exact", "detained", "people sentenced", None, ctx="The six,"),
       C("10", 10, "exact", "detained", "defendants prosecutors sought to convict", None,
         cat_alt=["other"], attr_alt=["Prosecutors"]),
       C("about 700", 700, "about", "other", "relatives and survivors joining the case",
         "His lawyer")],
      published="2024-04-30"),

    P("d16_019",
      "23 feared dead as school bus bursts into flames\n"
      "PUBLISHED : 2 Oct 2024 at 06:30\n"
      "NEWSPAPER SECTION: News\n"
      "WRITER: Online Reporters\n"
      "Twenty-three people, most of them young pupils, are believed to have died after a bus "
      "carrying students and teachers on a school trip caught fire on Vibhavadi Rangsit Road in "
      "Pathum Thani on Tuesday afternoon.\n"
      "The bus, one of three taking pupils from Wat Khao Phraya Sangkharam School in Uthai Thani "
      "to Ayutthaya and Nonthaburi, had 44 people on board — 38 students and six teachers — "
      "Interior Minister Anutin Charnvirakul said. Of these, 16 students and five teachers "
      "managed to get out. \"The fire spread too fast,\" Mr Anutin told reporters. \"Rescuers "
      "could not get close for more than an hour.\"\n"
      "Police said the driver, who fled the scene, later surrendered. He faces charges of "
      "reckless driving causing death.\n"
      "Prime Minister Paetongtarn Shinawatra ordered checks of all natural gas-powered buses "
      "registered nationwide.\n"
      "Correction: An earlier version of this story said the bus was carrying 39 people. The "
      "minister's figure was 44.",
      [C("23", 23, "exact", "killed", "people (headline)", None, cat_alt=["missing"]),
       C("Twenty-three", 23, "exact", "killed", "people, mostly pupils", None,
         cat_alt=["missing"], attr_alt=[ANUTIN]),
       C("three", 3, "exact", "other", "buses on the trip", None, attr_alt=[ANUTIN],
         optional=True, ctx="one of three"),
       C("44", 44, "exact", "other", "people on board", ANUTIN, ctx="had 44 people"),
       C("38", 38, "exact", "other", "students on board", ANUTIN),
       C("six", 6, "exact", "other", "teachers on board", ANUTIN),
       C("16", 16, "exact", "other", "students who got out", ANUTIN, attr_alt=[None]),
       C("five", 5, "exact", "other", "teachers who got out", ANUTIN, attr_alt=[None]),
       C("39", 39, "exact", "other", "people on board (retracted figure)", None,
         optional=True),
       C("44", 44, "exact", "other", "people on board (correction)", "The minister",
         attr_alt=[ANUTIN], ctx="figure was 44")],
      published="2024-10-02"),
    P("d16_020",
      "BOLU, Turkey, Jan 22, 2025 (AFP) - Turkish authorities have detained nine people, "
      "including the owner of a ski resort hotel where a fire killed 76 people, the interior "
      "minister said on Wednesday, as the country observed a day of national mourning.\n"
      "The blaze broke out in the restaurant of the 12-storey Grand Kartal hotel in Kartalkaya "
      "at around 3:30 am (0030 GMT) on Tuesday, at the peak of the school holidays. Some guests "
      "tied bedsheets together to climb down from their rooms.\n"
      "\"Forty-five of our citizens have been identified and handed over to their families,\" "
      "Interior Minister Ali Yerlikaya wrote on X in a post in Turkish. Health Minister Kemal "
      "Memişoğlu said 51 people were injured, one of them seriously, and that 17 remained in "
      "hospital.\n"
      "The hotel had 238 registered guests, the provincial governor's office said. Around 1,000 "
      "people staying at other hotels in the resort were evacuated, according to the state news "
      "agency Anadolu.\n"
      "Justice Minister Yılmaz Tunç said a team of six prosecutors had been appointed to "
      "investigate.",
      [C("nine", 9, "exact", "detained", "people", "the interior minister",
         attr_alt=[YERLIKAYA]),
       C("76", 76, "exact", "killed", "people", None, attr_alt=["the interior minister"]),
       C("Forty-five", 45, "exact", "killed", "victims identified", YERLIKAYA,
         cat_alt=["other"], optional=True),
       C("51", 51, "exact", "injured", "people", MEMISOGLU),
       C("one", 1, "exact", "injured", "seriously injured", MEMISOGLU,
         ctx="one of them seriously"),
       C("17", 17, "exact", "injured", "people still in hospital", MEMISOGLU),
       C("238", 238, "exact", "other", "registered guests", "the provincial governor's office"),
       C("Around 1,000", 1000, "about", "displaced", "people evacuated from other hotels",
         "the state news agency Anadolu"),
       C("six", 6, "exact", "other", "prosecutors appointed", "Justice Minister Yılmaz Tunç",
         optional=True)],
      published="2025-01-22"),
    P("d16_021",
      "SARAJEVO, Oct 5 (Reuters) - The death toll from floods and landslides that swept through "
      "central and southern Bosnia has risen to 18, the civil protection authority of the "
      "Federation entity said on Saturday, as rescuers with sniffer dogs searched for people "
      "buried in the village of Donja Jablanica.\n"
      "Advertisement · Scroll to continue\n"
      "Fahrudin Solak, the head of the authority, told reporters that at least 10 people were "
      "still missing. Ambulance services said dozens had been hurt. \"The village is simply "
      "gone,\" Jablanica's mayor, Damir Šabić, told local TV. \"More than 20 houses were swept "
      "away by the rock and mud from the quarry.\"\n"
      "Bosnia's army deployed 350 soldiers and five helicopters to help evacuate cut-off "
      "villages, a spokesman said, and the European Union pledged 1 million euros in aid. "
      "Neighbouring Croatia sent a team of 40 rescuers.\n"
      "In 2014, floods in Bosnia and Serbia killed at least 76 people and forced about 950,000 "
      "to leave their homes, the worst flooding in the region in more than a century.",
      [C("18", 18, "exact", "killed", "people", FBIH_CP),
       C("at least 10", 10, "at_least", "missing", "people", "Fahrudin Solak",
         attr_alt=["the head of the authority"]),
       C("dozens", 12, "vague", "injured", "people", "Ambulance services"),
       C("More than 20", 20, "more_than", "infrastructure", "houses swept away", SABIC,
         attr_alt=["Damir Šabić"]),
       C("350", 350, "exact", "troops", "soldiers deployed", "a spokesman"),
       C("five", 5, "exact", "other", "helicopters deployed", "a spokesman", optional=True),
       C("40", 40, "exact", "troops", "Croatian rescuers", None, cat_alt=["other"]),
       C("at least 76", 76, "at_least", "killed", "people in the 2014 floods", None),
       C("about 950,000", 950000, "about", "displaced", "people in the 2014 floods", None)]),
    P("d16_022",
      "(3rd LD) 22 dead, 8 injured in fire at lithium battery plant in Hwaseong\n"
      "2024/06/24 21:41\n"
      "HWASEONG, June 24 (Yonhap) -- Twenty-two workers were killed and eight others injured "
      "Monday when a fire broke out at a primary lithium battery factory in Hwaseong, just south "
      "of Seoul, fire authorities said.\n"
      "(ATTN: UPDATES toll, details in paras 3-6)\n"
      "Of the dead, 18 were foreign nationals, including 17 Chinese and one Laotian, while two "
      "were South Koreans, officials said. The nationality of the remaining two victims has yet "
      "to be confirmed. Of the injured, two are in critical condition.\n"
      "The fire started at around 10:31 a.m. with a series of explosions of battery cells on the "
      "second floor of the three-story plant, the authorities said. A total of 102 employees were working at the plant at the time, 67 of "
      "them on the second floor.\n"
      "Rescuers recovered the last missing body at around 8:48 p.m., about 10 hours after the "
      "blaze started. Some 160 firefighters were mobilized.\n"
      "Interior Minister Lee Sang-min said the government would review safety rules for battery "
      "plants.\n"
      "cho@yna.co.kr\n"
      "(END)",
      [C("22", 22, "exact", "killed", "people (headline)", None),
       C("8", 8, "exact", "injured", "people (headline)", None, ctx="8 injured"),
       C("Twenty-two", 22, "exact", "killed", "workers", "fire authorities"),
       C("eight", 8, "exact", "injured", "workers", "fire authorities"),
       C("18", 18, "exact", "killed", "foreign nationals", "officials"),
       C("17", 17, "exact", "killed", "Chinese", "officials"),
       C("one", 1, "exact", "killed", "Laotian", "officials", ctx="one Laotian"),
       C("two", 2, "exact", "killed", "South Koreans", "officials",
         ctx="two were South Koreans"),
       C("two", 2, "exact", "killed", "victims of unknown nationality", "officials",
         attr_alt=[None], ctx="remaining two"),
       C("two", 2, "exact", "injured", "people in critical condition", "officials",
         attr_alt=[None], ctx="two are in critical"),
       C("102", 102, "exact", "other", "employees at the plant", "the authorities",
         attr_alt=[None]),
       C("67", 67, "exact", "other", "employees on the second floor", "the authorities",
         attr_alt=[None]),
       C("Some 160", 160, "about", "troops", "firefighters mobilized", None,
         cat_alt=["other"])],
      published="2024-06-24"),
    P("d16_023",
      "Kanchanjunga Express accident: toll rises to 10; CRS probe ordered\n"
      "Updated - June 18, 2024 12:53 am IST\n"
      "SILIGURI\n"
      "At least 10 persons were killed and 41 injured after a goods train rammed into the "
      "stationary Kanchanjunga Express near Rangapani station in West Bengal's Darjeeling "
      "district on Monday morning, officials said.\n"
      "Among the deceased are the loco pilot of the goods train and the guard of the passenger "
      "train, Railway Board Chairperson and CEO Jaya Varma Sinha told reporters in New Delhi. She "
      "said the goods train appeared to have ignored a signal, and that the automatic signalling "
      "system in the section had been faulty since 5.50 a.m.\n"
      "Darjeeling Superintendent of Police Abhishek Roy said nine of the injured were in a "
      "critical condition at North Bengal Medical College and Hospital. Three rear coaches of the "
      "Agartala–Sealdah train derailed in the impact; one was lifted into the air and landed on "
      "the engine of the goods train.\n"
      "Railway Minister Ashwini Vaishnaw, who reached the spot in the afternoon, announced an ex "
      "gratia of ₹10 lakh for the families of the deceased, ₹2.5 lakh for the grievously injured "
      "and ₹50,000 for those with minor injuries. Around 1,200 passengers were on board, a "
      "Northeast Frontier Railway spokesperson said; most were sent on to Sealdah in a special "
      "train.",
      [C("10", 10, "exact", "killed", "people (headline)", None, ctx="rises to 10;"),
       C("At least 10", 10, "at_least", "killed", "people", "officials"),
       C("41", 41, "exact", "injured", "people", "officials"),
       C("nine", 9, "exact", "injured", "people in critical condition", ROY),
       C("Three", 3, "exact", "other", "coaches derailed", None, attr_alt=[ROY],
         optional=True),
       C("Around 1,200", 1200, "about", "other", "passengers on board",
         "a Northeast Frontier Railway spokesperson")],
      published="2024-06-18"),
    P("d16_024",
      "Rupganj factory fire: 49 bodies recovered, toll now 52\n"
      "Star Online Report\n"
      "Published: 07:10 PM, July 9, 2021 / Last update: 12:27 AM, July 10, 2021\n"
      "Firefighters today recovered 49 charred bodies from the fourth floor of the Hashem Foods "
      "Ltd factory in Narayanganj's Rupganj, bringing the death toll from yesterday's fire to "
      "52.\n"
      "Three workers had died earlier after jumping from the building to escape the blaze, "
      "Deputy Director of Fire Service and Civil Defence (Dhaka division) Debashish Bardhan told "
      "The Daily Star. \"The main exit on the fourth floor was padlocked. If the door had been "
      "open, many could have been saved,\" he said.\n"
      "At least 30 others were injured and are being treated at Dhaka Medical College Hospital "
      "and local hospitals, according to police. Relatives said children as young as 11 worked "
      "at the factory.\n"
      "Eighteen units of the fire service worked for nearly 20 hours to douse the flames, which "
      "continued to burn on the upper floors till Friday afternoon.\n"
      "Police have arrested eight people including the company's chairman, Abul Hashem, and four "
      "of his sons, Rupganj Police Station OC Hafizur Rahman said. The government has announced "
      "Tk 2 lakh for each of the deceased's families.",
      [C("49", 49, "exact", "killed", "bodies recovered (headline)", None,
         ctx="49 bodies recovered"),
       C("52", 52, "exact", "killed", "people (headline)", None, ctx="toll now 52"),
       C("49", 49, "exact", "killed", "bodies recovered", None, attr_alt=[BARDHAN],
         ctx="recovered 49 charred"),
       C("52", 52, "exact", "killed", "people", None, attr_alt=[BARDHAN], ctx="fire to 52"),
       C("Three", 3, "exact", "killed", "workers who jumped", BARDHAN,
         attr_alt=["Debashish Bardhan"]),
       C("At least 30", 30, "at_least", "injured", "people", "police"),
       C("Eighteen", 18, "exact", "troops", "fire service units", None, cat_alt=["other"],
         optional=True),
       C("eight", 8, "exact", "detained", "people arrested", OC_RUPGANJ),
       C("four", 4, "exact", "detained", "sons of the chairman arrested", OC_RUPGANJ)],
      published="2021-07-09"),
    P("d16_025",
      "Harda factory blast: 11 dead, 174 injured; owners arrested\n"
      "By HT Correspondent, Bhopal\n"
      "Feb 07, 2024 05:34 AM IST\n"
      "Share Via\n"
      "Read Time: 3 min\n"
      "At least 11 people were killed and 174 injured in a series of explosions at an illegal "
      "firecracker factory on the outskirts of Harda town in Madhya Pradesh on Tuesday morning, "
      "district collector Rishi Garg said.\n"
      "The blasts, which were heard up to 20 km away, set off fires in nearby houses; around 60 "
      "houses were damaged and people from over 100 houses were shifted to safer places, the "
      "collector added. \"Rescue operations went on through the night with the help of NDRF and "
      "SDRF teams,\" he said.\n"
      "Three people, including the factory's owners, Rajesh Agrawal and Somesh Agrawal, were "
      "arrested in Rajgarh district late on Tuesday night, police said. An FIR has been "
      "registered under Sections 304 and 308 of the IPC.\n"
      "Chief minister Mohan Yadav announced an ex gratia of ₹4 lakh for the families of each of "
      "the deceased and said the injured would be treated free of cost. Of the injured, 35 were "
      "referred to hospitals in Bhopal and Indore. The factory had been sealed in 2023 after an "
      "earlier blast, but the order was stayed.",
      [C("11", 11, "exact", "killed", "people (headline)", None, ctx="11 dead,"),
       C("174", 174, "exact", "injured", "people (headline)", None, ctx="174 injured;"),
       C("At least 11", 11, "at_least", "killed", "people", GARG),
       C("174", 174, "exact", "injured", "people", GARG, ctx="and 174 injured"),
       C("around 60", 60, "about", "infrastructure", "houses damaged", "the collector",
         attr_alt=[GARG]),
       C("over 100", 100, "more_than", "displaced", "houses whose residents were shifted",
         "the collector", cat_alt=["infrastructure", "other"], attr_alt=[GARG],
         optional=True),
       C("Three", 3, "exact", "detained", "people arrested", "police"),
       C("35", 35, "exact", "injured", "people referred to Bhopal and Indore", CM_YADAV,
         attr_alt=[None])],
      published="2024-02-07"),
    P("d16_026",
      "Smelter blast in Central Sulawesi kills 13, injures dozens\n"
      "Jakarta / Mon, December 25, 2023 / 10:41 am\n"
      "An explosion at a nickel smelter operated by Chinese-owned PT Indonesia Tsingshan "
      "Stainless Steel (ITSS) in the Morowali Industrial Park (IMIP) killed 13 workers and "
      "injured 46 others on Sunday morning, the park's management said.\n"
      "The dead comprised eight Indonesian and five Chinese nationals, IMIP spokesperson Dedy "
      "Kurniawan said in a statement. He said the blast occurred while workers were repairing a "
      "furnace, and that residual slag had ignited oxygen tanks nearby.\n"
      "Central Sulawesi Police chief Insp. Gen. Agus Nugroho said 39 of the injured were still "
      "being treated at the park's clinic and at the Morowali regional hospital, some with burns "
      "covering up to 80 percent of their bodies.\n"
      "The park, which employs some 80,000 workers, has seen a string of fatal accidents. Labor "
      "groups say at least 53 workers have died at IMIP since 2015.\n"
      "Update, Dec. 27: The death toll has risen to 18 after five more workers died in "
      "hospital, the police said.",
      [C("13", 13, "exact", "killed", "workers (headline)", None, ctx="kills 13,"),
       C("dozens", 12, "vague", "injured", "workers (headline)", None),
       C("13", 13, "exact", "killed", "workers", IMIP, ctx="killed 13 workers"),
       C("46", 46, "exact", "injured", "workers", IMIP),
       C("eight", 8, "exact", "killed", "Indonesian workers", KURNIAWAN),
       C("five", 5, "exact", "killed", "Chinese workers", KURNIAWAN, ctx="five Chinese"),
       C("39", 39, "exact", "injured", "workers still treated", NUGROHO),
       C("some 80,000", 80000, "about", "population", "workers employed at the park", None,
         cat_alt=["other"]),
       C("at least 53", 53, "at_least", "killed", "workers who died at IMIP since 2015",
         "Labor groups"),
       C("18", 18, "exact", "killed", "workers (update)", "the police"),
       C("five", 5, "exact", "killed", "workers who died in hospital", "the police",
         ctx="five more workers")],
      published="2023-12-25"),

    # --- Epidemics -----------------------------------------------------------------------------
    P("d16_027",
      "KINSHASA, June 25, 2020 (Reuters) - Democratic Republic of Congo declared the end of the "
      "world's second-largest Ebola outbreak on Thursday, almost two years after it was detected "
      "in the eastern provinces of North Kivu and Ituri.\n"
      "\"Today we are declaring the end of the 10th epidemic,\" Health Minister Eteni Longondo "
      "told a news conference in Kinshasa, speaking in French. \"The fight was long and "
      "difficult.\"\n"
      "The outbreak in numbers (World Health Organization)\n"
      "- Confirmed and probable cases: 3,470\n"
      "- Deaths: 2,287\n"
      "- Survivors: 1,171\n"
      "- People vaccinated: more than 303,000\n"
      "Conflict between armed groups hampered the response. The WHO says its staff and partners "
      "were targeted in about 420 attacks, in which 11 health workers were killed.\n"
      "A separate outbreak in the western province of Equateur, declared on June 1, has so far "
      "infected 24 people, 13 of whom have died, the health ministry said. The 2014-2016 epidemic "
      "in West Africa killed more than 11,300 people.",
      [C("3,470", 3470, "exact", "other", "Ebola cases", WHO_BOX),
       C("2,287", 2287, "exact", "killed", "Ebola deaths", WHO_BOX),
       C("1,171", 1171, "exact", "other", "survivors", WHO_BOX, cat_alt=["injured"]),
       C("more than 303,000", 303000, "more_than", "other", "people vaccinated", WHO_BOX,
         cat_alt=["aid"]),
       C("about 420", 420, "about", "other", "attacks on health staff", "The WHO"),
       C("11", 11, "exact", "killed", "health workers", "The WHO"),
       C("24", 24, "exact", "other", "Ebola cases in Equateur", "the health ministry"),
       C("13", 13, "exact", "killed", "Ebola deaths in Equateur", "the health ministry"),
       C("more than 11,300", 11300, "more_than", "killed", "people in West Africa (2014-2016)",
         None)],
      published="2020-06-25"),
    P("d16_028",
      "Angola: cholera spreads to 16 of 21 provinces\n"
      "Last updated: 14 March 2025\n"
      "5 minute read\n"
      "Angola has recorded 8,543 cholera cases and 329 deaths since the outbreak began on 7 "
      "January, the health ministry said on Thursday, making it the deadliest in the country in "
      "more than a decade.\n"
      "Speaking in Portuguese at a briefing in Luanda, Health Minister Sílvia Lutucuta said the "
      "death rate among patients had fallen sharply since January. \"We have vaccinated nearly 1 "
      "million people in the most affected municipalities,\" she said, \"and we have opened 72 "
      "treatment centres.\"\n"
      "The World Health Organization (WHO) said it had delivered 70 tonnes of supplies, and that "
      "more than 900,000 doses of oral cholera vaccine had arrived from the global stockpile. "
      "Most of the cases are in Luanda and Bengo provinces.\n"
      "Across Africa, more than 200,000 cholera cases were reported in 2024, WHO figures show.",
      [C("16", 16, "exact", "other", "provinces affected (headline)", None, optional=True),
       C("21", 21, "exact", "other", "provinces in Angola", None, optional=True),
       C("8,543", 8543, "exact", "other", "cholera cases", "the health ministry"),
       C("329", 329, "exact", "killed", "cholera deaths", "the health ministry"),
       C("nearly 1 million", 1000000, "about", "other", "people vaccinated", LUTUCUTA,
         cat_alt=["aid"], attr_alt=["she"]),
       C("72", 72, "exact", "infrastructure", "treatment centres", LUTUCUTA,
         cat_alt=["other"], attr_alt=["she"]),
       C("70", 70, "exact", "aid", "tonnes of supplies", WHO_AO),
       C("more than 900,000", 900000, "more_than", "aid", "vaccine doses arrived", WHO_AO),
       C("more than 200,000", 200000, "more_than", "other", "cholera cases in Africa in 2024",
         "WHO figures")],
      published="2025-03-14"),

    # --- Migration -----------------------------------------------------------------------------
    P("d16_029",
      "At least 12 people die after migrant boat capsizes in Channel\n"
      "French authorities say 10 of the dead are women, and several children are among the "
      "victims of the deadliest incident this year\n"
      "Kim Willsher in Paris\n"
      "Tue 3 Sep 2024 18.40 BST\n"
      "At least 12 people have died after a boat carrying people trying to reach the UK capsized "
      "off the coast of northern France, in the deadliest Channel crossing disaster this year.\n"
      "The French interior minister, Gérald Darmanin, said on Tuesday that about 65 people had "
      "been on board the overcrowded inflatable when its floor ripped open near Cap Gris-Nez. "
      "\"We have rescued 53, and two "
      "remain missing.\" Most of the victims were Eritrean, according to the regional prefect.\n"
      "The deaths bring to at least 37 the number of people who have died trying to cross the "
      "Channel in 2024, according to the UN's International Organization for Migration. More "
      "than 21,000 people have made the crossing so far this year, Home Office figures show.\n"
      "This article was amended on 4 September 2024 to correct the number of people rescued. An "
      "earlier version said 50.",
      [C("At least 12", 12, "at_least", "killed", "people (headline)", None,
         ctx="At least 12 people die"),
       C("10", 10, "exact", "killed", "women", "French authorities"),
       C("At least 12", 12, "at_least", "killed", "people", None,
         attr_alt=[DARMANIN], ctx="At least 12 people have died"),
       C("about 65", 65, "about", "other", "people on board", DARMANIN,
         attr_alt=["Gérald Darmanin"]),
       C("53", 53, "exact", "other", "people rescued", DARMANIN,
         attr_alt=["Gérald Darmanin"]),
       C("two", 2, "exact", "missing", "people", DARMANIN, attr_alt=["Gérald Darmanin"],
         ctx="two remain missing"),
       C("at least 37", 37, "at_least", "killed", "people crossing the Channel in 2024", IOM_UN),
       C("More than 21,000", 21000, "more_than", "displaced", "people who crossed the Channel",
         "Home Office figures", cat_alt=["other"]),
       C("50", 50, "exact", "other", "people rescued (retracted figure)", None, optional=True)],
      published="2024-09-03"),
    P("d16_030",
      "ATHENS, Greece (AP) — Five migrants were found dead and around 40 were missing after a "
      "boat capsized in rough seas south of the Greek island of Gavdos, Greece's coast guard said "
      "Sunday.\n"
      "Thirty-nine people were rescued by merchant ships diverted to the area, the coast guard "
      "said in a statement translated from Greek, adding that survivors had told officers the "
      "fishing boat set off from Tobruk, in eastern Libya, carrying 80 to 85 people. A navy "
      "frigate, three coast guard vessels and an air force C-130 transport plane joined the "
      "search.\n"
      "Several of the survivors were taken to a hospital in Crete with hypothermia.\n"
      "More than 54,000 migrants reached Greece this year, according to the U.N. refugee agency, "
      "a rising share of them on the route from Libya to Crete and Gavdos. In June 2023, a "
      "fishing trawler sank off the southwestern town of Pylos; 104 people survived and as many "
      "as 600 are believed to have died.\n"
      "Associated Press writer Derek Gatopoulos contributed.",
      [C("Five", 5, "exact", "killed", "migrants", GR_CG),
       C("around 40", 40, "about", "missing", "migrants", GR_CG),
       C("Thirty-nine", 39, "exact", "other", "people rescued", "the coast guard",
         attr_alt=[GR_CG]),
       C("80 to 85", 80, "range", "other", "people on board", "survivors",
         high=85, attr_alt=["the coast guard"]),
       C("three", 3, "exact", "other", "coast guard vessels searching", None, optional=True),
       C("More than 54,000", 54000, "more_than", "displaced", "migrants reaching Greece",
         "the U.N. refugee agency", cat_alt=["other"]),
       C("104", 104, "exact", "other", "survivors of the Pylos wreck", None),
       C("as many as 600", 600, "at_most", "killed", "people in the Pylos wreck", None,
         cat_alt=["missing"])]),
    P("d16_031",
      "Geneva/Sana'a, 4 August 2025 – At least 68 African migrants lost their lives and 74 "
      "others remain missing after a boat carrying 154 people, mostly Ethiopians, capsized off "
      "Yemen's southern coast on Sunday, the International Organization for Migration (IOM) "
      "said.\n"
      "Only 12 people survived, according to the Abyan province health office, which said 54 "
      "bodies had washed ashore in Khanfar district and 14 others had been taken to a hospital "
      "morgue in Zinjibar.\n"
      "\"This tragedy is another reminder of the desperate journeys people make along the "
      "Eastern Route,\" said Abdusattor Esoev, IOM's chief of mission in Yemen. \"Those who "
      "survived tell us they paid smugglers hundreds of dollars each.\"\n"
      "Despite the risks, more than 60,000 migrants arrived in Yemen in 2024, IOM estimates. At "
      "least 558 people died on the Eastern Route last year, according to the agency's Missing "
      "Migrants Project.\n"
      "For more information, please contact the IOM media team, Tel: +41 22 717 9543",
      [C("At least 68", 68, "at_least", "killed", "migrants", IOM_YE),
       C("74", 74, "exact", "missing", "migrants", IOM_YE),
       C("154", 154, "exact", "other", "people on board", IOM_YE),
       C("12", 12, "exact", "other", "survivors", ABYAN),
       C("54", 54, "exact", "killed", "bodies washed ashore", ABYAN),
       C("14", 14, "exact", "killed", "bodies in Zinjibar morgue", ABYAN),
       C("more than 60,000", 60000, "more_than", "displaced", "migrants arriving in Yemen",
         "IOM", cat_alt=["other"]),
       C("At least 558", 558, "at_least", "killed", "people on the Eastern Route last year",
         "the agency's Missing Migrants Project", attr_alt=["IOM"])],
      published="2025-08-04"),

    # --- Crushes, fires and protests -----------------------------------------------------------
    P("d16_032",
      "New Delhi station stampede: 18 dead as Maha Kumbh crowds surge on footbridge\n"
      "Written by Express News Service | New Delhi | Updated: February 16, 2025 10:22 IST\n"
      "Eighteen people, including 11 women and five children, were killed and at least 15 "
      "injured in a stampede on a foot overbridge at New Delhi Railway Station on Saturday "
      "night, as thousands of passengers crowded platforms 14 and 15 to board trains to "
      "Prayagraj for the Maha Kumbh.\n"
      "\"There was a rumour that the train to Prayagraj had been shifted to another platform, "
      "and people began running up the stairs,\" a Delhi Police officer told The Indian Express, "
      "requesting anonymity. \"Some slipped and were trampled.\"\n"
      "Northern Railway CPRO Himanshu Upadhyay said a high-level committee had been set up and "
      "that special trains had been run to clear the rush.\n"
      "LNJP Hospital medical director Dr Ritu Saxena said 15 bodies had been brought to the "
      "hospital, while three of the dead were taken to Lady Hardinge Medical College. Delhi's "
      "Lieutenant Governor V K Saxena announced ex gratia of Rs 10 lakh each for the families of "
      "the deceased.",
      [C("18", 18, "exact", "killed", "people (headline)", None),
       C("Eighteen", 18, "exact", "killed", "people", None),
       C("11", 11, "exact", "killed", "women", None),
       C("five", 5, "exact", "killed", "children", None),
       C("at least 15", 15, "at_least", "injured", "people", None),
       C("thousands", 1000, "vague", "other", "passengers crowding platforms", None,
         optional=True),
       C("15", 15, "exact", "killed", "bodies brought to LNJP Hospital", SAXENA,
         ctx="15 bodies"),
       C("three", 3, "exact", "killed", "dead taken to Lady Hardinge", SAXENA)],
      published="2025-02-16"),
    P("d16_033",
      "BAGHDAD, July 17 (Reuters) - A fire that swept through a newly opened five-storey "
      "hypermarket in the eastern Iraqi city of Kut killed 61 people, most of them women and "
      "children, the interior ministry said on Thursday, in one of the country's deadliest "
      "blazes in years.\n"
      "Civil defence teams rescued more than 45 people trapped inside the building, the ministry "
      "said in a statement. Fourteen of the bodies were burned beyond recognition and have yet "
      "to be identified, it said.\n"
      "Wasit provincial governor Mohammed al-Miyahi told state media that the owners of the "
      "building and of the mall had been charged, and announced three days of mourning. \"We "
      "will announce the results of the initial investigation within 48 hours,\" he said.\n"
      "Residents said the building had opened only a week earlier. In 2021, fires at two "
      "COVID-19 hospitals, Baghdad's Ibn al-Khatib and Nasiriya's al-Hussein, killed more than "
      "150 people between them.\n"
      "Reporting by Ahmed Rasheed; Writing by Timour Azhari; Editing by Toby Chopra",
      [C("61", 61, "exact", "killed", "people", IQ_MOI),
       C("more than 45", 45, "more_than", "other", "people rescued", "the ministry",
         cat_alt=["missing"], attr_alt=[IQ_MOI]),
       C("Fourteen", 14, "exact", "killed", "bodies not yet identified", "the ministry",
         cat_alt=["other"], attr_alt=[IQ_MOI, "it"], optional=True),
       C("two", 2, "exact", "infrastructure", "hospitals hit by fires in 2021", None,
         cat_alt=["other"], optional=True),
       C("more than 150", 150, "more_than", "killed", "people in the 2021 hospital fires",
         None)]),
    P("d16_034",
      "Cebu quake death toll climbs to 72 — NDRRMC\n"
      "Published 10:45 PM, October 2, 2025\n"
      "Updated 11:30 PM, October 2, 2025\n"
      "CEBU, Philippines – The death toll from the magnitude 6.9 earthquake that struck northern "
      "Cebu on Tuesday night, September 30, has climbed to 72, the National Disaster Risk "
      "Reduction and Management Council (NDRRMC) said on Thursday, October 2.\n"
      "Most of the fatalities were in Bogo City, where at least 30 people died, and in the towns "
      "of San Remigio and Medellin. The NDRRMC also reported 559 injured persons as of 6 am.\n"
      "Here's a summary of the latest figures from the Office of Civil Defense (OCD) Region 7:\n"
      "• Affected families: 72,420\n"
      "• Damaged houses: 6,000 or more, 1,400 of them totally destroyed\n"
      "• Aftershocks recorded by Phivolcs: over 3,000\n"
      "• Persons in evacuation centers: around 20,000\n"
      "President Ferdinand Marcos Jr., who visited Bogo on Wednesday, ordered the release of "
      "P50 million in aid. \"We will not leave Cebu,\" he said.\n"
      "Rappler is gathering information on how you can help. Send us a message.",
      [C("72", 72, "exact", "killed", "people (headline)", "NDRRMC", attr_alt=[NDRRMC],
         ctx="climbs to 72 —"),
       C("72", 72, "exact", "killed", "people", NDRRMC, ctx="climbed to 72,"),
       C("at least 30", 30, "at_least", "killed", "people in Bogo City", NDRRMC,
         attr_alt=[None]),
       C("559", 559, "exact", "injured", "people", "The NDRRMC", attr_alt=[NDRRMC]),
       C("72,420", 72420, "exact", "other", "affected families", OCD,
         cat_alt=["population"]),
       C("6,000 or more", 6000, "at_least", "infrastructure", "damaged houses", OCD),
       C("1,400", 1400, "exact", "infrastructure", "houses totally destroyed", OCD),
       C("over 3,000", 3000, "more_than", "other", "aftershocks", "Phivolcs", attr_alt=[OCD],
         optional=True),
       C("around 20,000", 20000, "about", "displaced", "people in evacuation centers", OCD)],
      published="2025-10-02"),
    P("d16_035",
      "LUANDA, July 30 (Reuters) - At least 22 people, among them a police officer, were killed "
      "in three days of rioting and looting in Angola's capital Luanda that began with a taxi "
      "drivers' strike over a rise in diesel prices, Interior Minister Manuel Homem said on "
      "Wednesday.\n"
      "Speaking on state television, Homem said 197 people had been injured and 1,214 arrested, "
      "and that 66 shops had been damaged or looted. \"Those who looted will "
      "answer to the courts,\" he said in Portuguese.\n"
      "The opposition party UNITA said at least 30 people had died, many of them shot by police, "
      "a figure Reuters could not independently verify. Human rights group Omunga said children "
      "were among those held.\n"
      "The government raised the price of diesel by a third this month, from 300 kwanzas to 400 "
      "kwanzas a litre, as it cuts fuel subsidies. Around 2.5 million people in Luanda rely on "
      "the blue-and-white minibus taxis, according to the drivers' association ANATA.",
      [C("At least 22", 22, "at_least", "killed", "people", HOMEM),
       C("197", 197, "exact", "injured", "people", "Homem", attr_alt=[HOMEM]),
       C("1,214", 1214, "exact", "detained", "people arrested", "Homem", attr_alt=[HOMEM]),
       C("66", 66, "exact", "infrastructure", "shops damaged or looted", "Homem",
         cat_alt=["other"], attr_alt=[HOMEM]),
       C("at least 30", 30, "at_least", "killed", "people (opposition figure)",
         "The opposition party UNITA"),
       C("Around 2.5 million", 2500000, "about", "other", "people relying on minibus taxis",
         "the drivers' association ANATA", cat_alt=["population"])]),
    P("d16_036",
      "Junta Airstrike on Sagaing School Kills 20 Children, Two Teachers\n"
      "By THE IRRAWADDY 13 May 2025\n"
      "A junta fighter jet bombed a school in Oe Htein Kwin village in Sagaing Region's Depayin "
      "Township on Monday morning, killing 20 students and two teachers, according to the "
      "National Unity Government's (NUG) Ministry of Education.\n"
      "In a statement in Burmese, the ministry said more than 50 children were injured, some of "
      "whom lost limbs. A local resident who helped dig out the bodies told The Irrawaddy: \"The "
      "children were in class. There were about 100 of them. We buried 17 of them in the village "
      "this morning.\"\n"
      "UNICEF said it was \"horrified\" by reports of the attack, which came despite a ceasefire "
      "the regime declared after the March 28 earthquake. The regime's spokesman, Major General "
      "Zaw Min Tun, denied that the school had been hit, saying the jet had targeted a "
      "resistance base.\n"
      "According to the Assistance Association for Political Prisoners (AAPP), the military has "
      "killed at least 6,600 civilians since the 2021 coup and arrested more than 29,000, of whom "
      "some 22,000 remain in detention.",
      [C("20", 20, "exact", "killed", "children (headline)", None, ctx="Kills 20"),
       C("Two", 2, "exact", "killed", "teachers (headline)", None),
       C("20", 20, "exact", "killed", "students", NUG_MOE, ctx="killing 20"),
       C("two", 2, "exact", "killed", "teachers", NUG_MOE),
       C("more than 50", 50, "more_than", "injured", "children", "the ministry",
         attr_alt=[NUG_MOE]),
       C("about 100", 100, "about", "other", "children in class", "A local resident"),
       C("17", 17, "exact", "killed", "children buried", "A local resident"),
       C("at least 6,600", 6600, "at_least", "killed", "civilians since the coup", AAPP),
       C("more than 29,000", 29000, "more_than", "detained", "people arrested", AAPP),
       C("some 22,000", 22000, "about", "detained", "people still in detention", AAPP)],
      published="2025-05-13"),
    P("d16_037",
      "Nashville school shooting: live updates\n"
      "Last updated: March 27, 2023, 9:12 p.m. CT\n"
      "8:55 p.m. Metro Nashville Police say the shooter fired 152 rounds before being killed by "
      "officers, about 14 minutes after the first 911 call.\n"
      "5:30 p.m. Police identify the three children who were killed as 9-year-olds Evelyn "
      "Dieckhaus, Hallie Scruggs and William Kinney. The three adults were Cynthia Peak, 61, "
      "Katherine Koonce, 60, the head of school, and Mike Hill, 61, a custodian.\n"
      "2:10 p.m. Vanderbilt University Medical Center says it received three pediatric patients "
      "from the scene, all of whom died. It says two adults were also brought there and died.\n"
      "12:40 p.m. Police spokesman Don Aaron: \"We have six victims, three of whom are "
      "children.\" He said the shooter, a 28-year-old former student, was shot dead by officers. "
      "About 200 students attend the private Christian school, which runs from preschool to "
      "sixth grade.\n"
      "11:13 a.m. Police say there is an active shooter at The Covenant School. Parents are being "
      "told to go to a nearby church to reunite with their children.",
      [C("152", 152, "exact", "munitions", "rounds fired", MNPD, cat_alt=["other"]),
       C("three", 3, "exact", "killed", "children", "Police", ctx="the three children"),
       C("three", 3, "exact", "killed", "adults", "Police", ctx="The three adults"),
       C("three", 3, "exact", "killed", "pediatric patients who died", VUMC,
         ctx="three pediatric"),
       C("two", 2, "exact", "killed", "adults who died at Vanderbilt", VUMC, attr_alt=["It"],
         ctx="two adults"),
       C("six", 6, "exact", "killed", "victims", AARON),
       C("three", 3, "exact", "killed", "children among the victims", AARON,
         ctx="three of whom"),
       C("About 200", 200, "about", "population", "students at the school", None,
         cat_alt=["other"], attr_alt=[AARON])],
      published="2023-03-27"),
    P("d16_038",
      "Kariakoo building collapse: death toll rises to 16\n"
      "By Citizen Reporter\n"
      "Monday, November 18, 2024\n"
      "Dar es Salaam. The number of people who died after a four-storey commercial building "
      "collapsed in the busy Kariakoo market area on Saturday morning has risen to 16, Prime "
      "Minister Kassim Majaliwa announced yesterday.\n"
      "Speaking at the scene in Kiswahili, Mr Majaliwa said 86 people had been pulled out alive "
      "from the rubble, 26 of whom were still receiving treatment at Muhimbili National Hospital "
      "and Amana Regional Referral Hospital. \"Rescue efforts will continue until we are sure "
      "there is no one left inside,\" he said.\n"
      "Dar es Salaam Regional Commissioner Albert Chalamila said fewer than 10 people were "
      "believed to be still trapped, and that rescuers had made contact with some of them "
      "through gaps in the concrete. The basement of the building housed shops, and traders said "
      "up to 200 people may have been inside when it came down.\n"
      "The Fire and Rescue Force has deployed more than 300 personnel, backed by soldiers of the "
      "Tanzania People's Defence Force. President Samia Suluhu Hassan, who is in Brazil for the "
      "G20 summit, ordered an audit of all buildings in Kariakoo.",
      [C("16", 16, "exact", "killed", "people (headline)", None, ctx="rises to 16"),
       C("16", 16, "exact", "killed", "people", MAJALIWA, ctx="risen to 16"),
       C("86", 86, "exact", "other", "people pulled out alive", "Mr Majaliwa",
         cat_alt=["missing"], attr_alt=[MAJALIWA]),
       C("26", 26, "exact", "injured", "people still in hospital", "Mr Majaliwa",
         cat_alt=["other"], attr_alt=[MAJALIWA]),
       C("fewer than 10", 10, "fewer_than", "missing", "people still trapped", CHALAMILA,
         cat_alt=["other"]),
       C("up to 200", 200, "at_most", "other", "people inside the building", "traders"),
       C("more than 300", 300, "more_than", "troops", "fire and rescue personnel", None,
         cat_alt=["other"], attr_alt=["The Fire and Rescue Force"])],
      published="2024-11-18"),

    # --- Only non-claims -----------------------------------------------------------------------
    P("d16_039",
      "Heatwave: very high fire risk for Attica and Evia on Friday\n"
      "Updated 3 hours ago · 2 min read\n"
      "Sign up for our newsletter\n"
      "The civil protection authority has raised the fire risk to category 4 (very high) for "
      "Attica, Evia, Boeotia and the Peloponnese on Friday, as temperatures are forecast to reach "
      "43C in parts of the mainland and winds of up to 7 Beaufort are expected in the Aegean.\n"
      "A small fire that broke out on Thursday afternoon near Keratea was brought under control "
      "within two hours. No injuries were reported, the fire service said.\n"
      "Under a 2023 law, anyone found burning dry vegetation during the fire season faces a fine "
      "of up to €5,000 and a prison sentence of at least two years. Outdoor work with machinery "
      "that can cause sparks is banned between 11am and 5pm.\n"
      "The National Observatory of Athens said July had been 2.3C warmer than the 1991-2020 "
      "average.\n"
      "Share this article · 12 comments",
      []),
    P("d16_040",
      "AFCON qualifiers: Lookman double fires Super Eagles past Benin\n"
      "By Tunde Eludini\n"
      "September 9, 2024 Reading time: 2 mins\n"
      "Ademola Lookman scored twice as Nigeria beat Benin 3-0 in Uyo on Saturday to make a "
      "winning start to their 2025 Africa Cup of Nations qualifying campaign.\n"
      "The 26-year-old Atalanta forward opened the scoring in the 21st minute and added a second "
      "after the break, before Victor Osimhen headed in the third with 12 minutes left.\n"
      "Advertisement\n"
      "Interim coach Augustine Eguavoen said the team had been promised a N250 million bonus by "
      "the Nigeria Football Federation. \"We played as one,\" he said.\n"
      "Nigeria top Group D with four points from two matches and travel to Kigali to face Rwanda "
      "on Tuesday.",
      [],
      published="2024-09-09"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d16_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
