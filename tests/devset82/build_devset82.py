"""Source of the eighty-second development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) on protests,
crackdowns, kidnappings, prison incidents and humanitarian crises worldwide between 1996 and
2025, written for this set (none copied from an article) in the styles of newspaper and
broadcaster web pages (not wire copy): BBC, Al Jazeera, the Guardian, CNN, France 24, DW, RFI,
Rappler, the Philippine Daily Inquirer, The Jakarta Post, Tuoi Tre News, The Daily Star (Dhaka),
Dawn, The Express Tribune, The Telegraph (Kolkata), the Daily Nation, The Standard, Addis
Standard, Journal du Cameroun, Daily Sabah, The National (PNG), The Irrawaddy, El Universal-,
Dominican Today- and Buenos Aires Herald-style pages and others, about half of them with the
outlet's own furniture (headline, byline, "Published"/"Updated" lines). Two passages hold only
non-claims.
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset82/build_devset82.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- Protests and crackdowns ------------------------------------------------------------------
    P("d82_001",
      "Bolivia declares state of siege\n"
      "Sunday, 9 April, 2000, 02:11 GMT 03:11 UK\n"
      "Bolivia's President Hugo Banzer has declared a 90-day state of siege after a week of "
      "protests against rising water bills paralysed the city of Cochabamba. Government officials "
      "said at least 15 union leaders and activists had been detained overnight and flown to a "
      "remote jungle town in the Beni region. A 17-year-old student, Victor Hugo Daza, was shot "
      "dead during clashes in the city centre. Local human rights groups say as many as 30 people "
      "were injured in Cochabamba on Saturday, six of them by gunfire, though police put the "
      "number of wounded at 12. Protesters object to price rises of up to 200% imposed by Aguas "
      "del Tunari, a consortium led by the US company Bechtel. Some 1,000 soldiers and police "
      "officers have been sent to clear the barricades, the defence minister said.",
      [C("at least 15", 15, "at_least", "detained", "union leaders and activists detained",
         "Government officials"),
       C("as many as 30", 30, "at_most", "injured", "people injured in Cochabamba",
         "Local human rights groups"),
       C("six", 6, "exact", "injured", "people injured by gunfire", "Local human rights groups"),
       C("12", 12, "exact", "injured", "people wounded", "police"),
       C("Some 1,000", 1000, "about", "troops", "soldiers and police officers sent",
         "the defence minister")],
      published="2000-04-09"),

    P("d82_002",
      "2 dead, dozens hurt as police break up farmers' barricade in Kidapawan\n"
      "Published 8:42 PM, April 01, 2016\nUpdated 11:15 PM, April 01, 2016\n"
      "KIDAPAWAN CITY, Philippines – Two farmers were killed and dozens of people were wounded on "
      "Friday, April 1, when police fired on protesters who had blocked the Cotabato-Davao "
      "highway for four days demanding rice aid. Cotabato police director Senior Superintendent "
      "Alexander Tagum said 99 police officers were injured, 23 of them seriously, after "
      "protesters threw stones and pieces of wood. The Kilusang Magbubukid ng Pilipinas (KMP), "
      "which organized the barricade, said at least 116 farmers were hurt and 87 remain "
      "unaccounted for. About 6,000 farmers from drought-hit towns joined the barricade, "
      "according to organizers, who said the provincial government had promised 15,000 sacks of "
      "rice but released only a fraction of it. Police said 79 protesters had been arrested, "
      "among them several elderly women.",
      [C("2", 2, "exact", "killed", "farmers", anchor="2 dead"),
       C("dozens", 12, "vague", "injured", "people hurt", anchor="dozens hurt"),
       C("Two", 2, "exact", "killed", "farmers killed",
         attr_alt=["Cotabato police director Senior Superintendent Alexander Tagum"]),
       C("dozens", 12, "vague", "injured", "people wounded", anchor="dozens of people",
         attr_alt=["Cotabato police director Senior Superintendent Alexander Tagum"]),
       C("99", 99, "exact", "injured", "police officers injured",
         "Cotabato police director Senior Superintendent Alexander Tagum"),
       C("23", 23, "exact", "injured", "police officers seriously injured",
         "Cotabato police director Senior Superintendent Alexander Tagum"),
       C("at least 116", 116, "at_least", "injured", "farmers hurt",
         "The Kilusang Magbubukid ng Pilipinas (KMP)"),
       C("87", 87, "exact", "missing", "farmers unaccounted for",
         "The Kilusang Magbubukid ng Pilipinas (KMP)"),
       C("About 6,000", 6000, "about", "other", "farmers at the barricade", "organizers"),
       C("15,000", 15000, "exact", "aid", "sacks of rice promised", "organizers"),
       C("79", 79, "exact", "detained", "protesters arrested", "Police")],
      published="2016-04-01"),

    P("d82_003",
      "3 killed as BDR opens fire on Phulbari protesters\n"
      "Vol. 5 Num 823 Sun. August 27, 2006\n"
      "Staff Correspondent, Dinajpur\n"
      "At least three people were killed and more than 200 injured when Bangladesh Rifles (BDR) "
      "personnel opened fire on a crowd protesting against an open-pit coal mine planned by Asia "
      "Energy at Phulbari upazila yesterday. Witnesses said tens of thousands of people from "
      "Phulbari, Birampur, Nawabganj and Parbatipur had gathered in front of the company's office "
      "since morning. Local people alleged that the toll was higher and that at least four bodies "
      "had been taken away by law enforcers. Doctors at Phulbari Upazila Health Complex said 38 of "
      "the injured had bullet wounds, and 11 of them were sent to Rangpur Medical College "
      "Hospital in critical condition. The project would displace around 40,000 people, "
      "according to a study commissioned by the company, though local leaders put the number at "
      "more than 100,000.",
      [C("3", 3, "exact", "killed", "people killed", anchor="3 killed"),
       C("At least three", 3, "at_least", "killed", "people killed", attr_alt=["Witnesses"]),
       C("more than 200", 200, "more_than", "injured", "people injured",
         attr_alt=["Witnesses"]),
       C("tens of thousands", 10000, "vague", "other", "people gathered", "Witnesses"),
       C("at least four", 4, "at_least", "killed", "bodies taken away by law enforcers",
         "Local people", cat_alt=["missing"]),
       C("38", 38, "exact", "injured", "injured with bullet wounds",
         "Doctors at Phulbari Upazila Health Complex"),
       C("11", 11, "exact", "injured", "injured in critical condition",
         "Doctors at Phulbari Upazila Health Complex"),
       C("around 40,000", 40000, "about", "displaced", "people the mine would displace",
         "a study commissioned by the company", cat_alt=["population"]),
       C("more than 100,000", 100000, "more_than", "displaced", "people the mine would displace",
         "local leaders", cat_alt=["population"])],
      published="2006-08-27"),

    P("d82_004",
      "Three police officers killed in Hanoi land dispute clash\n"
      "Tuoi Tre News\nUpdated : 01/09/2020 21:40 GMT + 7\n"
      "Three police officers died and one villager was killed during a clash in Dong Tam Commune, "
      "My Duc District on the outskirts of Hanoi early on Thursday, the Ministry of Public "
      "Security said. The ministry said villagers had attacked officers with grenades, petrol "
      "bombs and knives while they were protecting workers building a wall around a military "
      "airfield. Police have detained 22 people and seized several grenades and about 100 petrol "
      "bombs, the ministry added. Le Dinh Kinh, 84, a village elder who had led the residents' "
      "campaign over a 59-hectare plot of farmland, was the villager killed, according to his "
      "family. Residents contacted by phone said thousands of officers had entered the village "
      "at around 4am, but Tuoi Tre News could not independently verify the figure.",
      [C("Three", 3, "exact", "killed", "police officers", anchor="Three police officers killed"),
       C("Three", 3, "exact", "killed", "police officers killed",
         "the Ministry of Public Security", anchor="Three police officers died"),
       C("one", 1, "exact", "killed", "villager killed", "the Ministry of Public Security",
         anchor="one villager"),
       C("22", 22, "exact", "detained", "people detained", "the ministry",
         attr_alt=["the Ministry of Public Security"]),
       C("about 100", 100, "about", "munitions", "petrol bombs seized", "the ministry",
         attr_alt=["the Ministry of Public Security"], cat_alt=["other"]),
       C("59", 59, "exact", "other", "hectares of disputed land", optional=True),
       C("thousands", 1000, "vague", "troops", "officers who entered the village",
         "Residents contacted by phone", cat_alt=["other"])],
      published="2020-01-09"),

    P("d82_005",
      "Four students shot dead in Paniai, police blamed\n"
      "Jayapura / Tue, December 9, 2014 / 11:04 am\n"
      "Four high school students were killed and at least 17 other people injured when security "
      "forces opened fire on a crowd in Enarotali, Paniai regency, on Monday morning, local church "
      "leaders said. The crowd of around 800 people had gathered at Karel Gobai field to protest "
      "against the beating of a teenager by soldiers the night before. Papua Police spokesman Sr. "
      "Comr. Sulistyo Pudjo Hartono said officers had fired warning shots after the crowd attacked "
      "the police station and a military post with stones and arrows, and that five officers were "
      "hurt. He denied that police had aimed at the protesters. The Papua chapter of the "
      "Indonesian Communion of Churches said the victims were aged between 17 and 18 and that two "
      "of the wounded were in critical condition at Paniai General Hospital.",
      [C("Four", 4, "exact", "killed", "students", anchor="Four students"),
       C("Four", 4, "exact", "killed", "high school students killed", "local church leaders",
         anchor="Four high school"),
       C("at least 17", 17, "at_least", "injured", "people injured", "local church leaders"),
       C("around 800", 800, "about", "other", "crowd at Karel Gobai field",
         "local church leaders", attr_alt=[None]),
       C("five", 5, "exact", "injured", "officers hurt",
         "Papua Police spokesman Sr. Comr. Sulistyo Pudjo Hartono"),
       C("two", 2, "exact", "injured", "wounded in critical condition",
         "The Papua chapter of the Indonesian Communion of Churches")],
      published="2014-12-09"),
    P("d82_006",
      "Three Morcha supporters killed in Singamari firing\n"
      "Our Special Correspondent\n"
      "Darjeeling, June 17: Three Gorkha Janmukti Morcha supporters died of bullet injuries after "
      "police fired on a procession at Singamari on Saturday, the Morcha claimed, as the "
      "indefinite shutdown in the hills entered its third day. The state government denied that "
      "police had opened fire and said only rubber bullets and tear gas had been used. Additional "
      "director-general of police (law and order) Anuj Sharma said 35 police personnel, including "
      "an assistant commandant of the India Reserve Battalion, were injured in stone-pelting and "
      "attacks with khukris. Around 1,400 central paramilitary personnel, in 11 companies, are "
      "now deployed in the district, a Nabanna official said. Tourists have been leaving in "
      "droves: the hotel owners' association estimates that 40,000 have left since June 8, and "
      "that fewer than 500 remain in the town.",
      [C("Three", 3, "exact", "killed", "Morcha supporters", anchor="Three Morcha"),
       C("Three", 3, "exact", "killed", "Morcha supporters killed in police firing", "the Morcha",
         anchor="Three Gorkha"),
       C("35", 35, "exact", "injured", "police personnel injured",
         "Additional director-general of police (law and order) Anuj Sharma"),
       C("Around 1,400", 1400, "about", "troops", "central paramilitary personnel deployed",
         "a Nabanna official"),
       C("11", 11, "exact", "troops", "paramilitary companies deployed", "a Nabanna official",
         optional=True, cat_alt=["other"]),
       C("40,000", 40000, "exact", "displaced", "tourists who have left",
         "the hotel owners' association", cat_alt=["other"]),
       C("fewer than 500", 500, "fewer_than", "other", "tourists remaining in the town",
         "the hotel owners' association", cat_alt=["population"])]),

    P("d82_007",
      "Tens of thousands riot in Chinese city over death of hotel chef\n"
      "Tania Branigan in Beijing\n"
      "Mon 22 Jun 2009 13.05 BST\n"
      "Riot police fired tear gas at crowds in the central Chinese city of Shishou after the death "
      "of a hotel cook sparked three days of clashes, witnesses and state media said. As many as "
      "70,000 people took to the streets at the height of the protests on Saturday, according to "
      "residents, who said they believed the 24-year-old chef, Tu Yuangao, had been killed by the "
      "hotel's owners. Local authorities said he had committed suicide. The official Xinhua news "
      "agency reported that about 10,000 armed police had been sent to the city of 600,000 and "
      "that several fire engines and police cars had been overturned and burned. A man who runs "
      "a shop opposite the Yonglong hotel said dozens of officers had been hurt. Xinhua said no "
      "one had been killed in the unrest.",
      [C("Tens of thousands", 10000, "vague", "other", "rioters"),
       C("As many as 70,000", 70000, "at_most", "other", "people on the streets", "residents"),
       C("about 10,000", 10000, "about", "troops", "armed police sent to Shishou",
         "The official Xinhua news agency"),
       C("600,000", 600000, "exact", "population", "people in Shishou",
         attr_alt=["The official Xinhua news agency"]),
       C("dozens", 12, "vague", "injured", "officers hurt",
         "A man who runs a shop opposite the Yonglong hotel")],
      published="2009-06-22"),

    P("d82_008",
      "Government declares emergency in Cajamarca after deadly Celendín clashes\n"
      "Wednesday, July 4, 2012\n"
      "President Ollanta Humala's government declared a 30-day state of emergency in three "
      "provinces of Cajamarca on Tuesday night after clashes between police and opponents of the "
      "$4.8 billion Conga gold project left three people dead in Celendín. Interior Minister "
      "Wilver Calle said 21 police officers were injured when a crowd attacked the municipal "
      "building, and that protesters had fired at officers with shotguns. Regional health "
      "officials said the three dead, among them a 16-year-old boy, had all died of gunshot "
      "wounds, and that another 23 civilians were treated in hospital. Opposition leaders say the "
      "protests have drawn between 2,000 and 3,000 people each day in Celendín, a town of some "
      "28,000, since the strike began on May 31. Police arrested about 20 people, Calle said, and "
      "a fourth man died of his wounds in a Cajamarca hospital on Wednesday morning.",
      [C("three", 3, "exact", "other", "provinces under a state of emergency", optional=True,
         anchor="three provinces"),
       C("three", 3, "exact", "killed", "people killed in Celendín",
         attr_alt=["Regional health officials"], anchor="three people dead"),
       C("21", 21, "exact", "injured", "police officers injured",
         "Interior Minister Wilver Calle"),
       C("three", 3, "exact", "killed", "dead, all of gunshot wounds",
         "Regional health officials", anchor="three dead, among"),
       C("23", 23, "exact", "injured", "civilians treated in hospital",
         "Regional health officials"),
       C("between 2,000 and 3,000", 2000, "range", "other", "protesters each day in Celendín",
         "Opposition leaders", high=3000),
       C("some 28,000", 28000, "about", "population", "residents of Celendín",
         attr_alt=["Opposition leaders"]),
       C("about 20", 20, "about", "detained", "people arrested", "Calle",
         attr_alt=["Interior Minister Wilver Calle"])],
      published="2012-07-04"),

    P("d82_009",
      "Police deny killing protesters as Kisumu counts its dead\n"
      "By NATION CORRESPONDENT\n"
      "Sunday August 13 2017\n"
      "At least five people were killed in Kisumu in two days of protests that followed the "
      "declaration of Uhuru Kenyatta as winner of Tuesday's presidential election, residents and "
      "hospital workers said. Jaramogi Oginga Odinga Teaching and Referral Hospital received 35 "
      "patients with gunshot and panga wounds between Friday night and Saturday, its chief "
      "executive Juliana Otieno said. The Kenya National Commission on Human Rights put the "
      "national toll at 24, while opposition leader Raila Odinga told supporters in Kibera that "
      "more than 100 people had been killed by police. Acting Interior Cabinet Secretary Fred "
      "Matiang'i denied that police had used live bullets against \"peaceful protesters\" and said "
      "those shot were \"criminals\" who had looted shops. In Nyalenda and Obunga estates, at least "
      "30 kiosks were set on fire, traders said.",
      [C("At least five", 5, "at_least", "killed", "people killed in Kisumu",
         "residents and hospital workers"),
       C("35", 35, "exact", "injured", "patients with gunshot and panga wounds",
         "its chief executive Juliana Otieno", attr_alt=["Juliana Otieno"]),
       C("24", 24, "exact", "killed", "people killed nationally",
         "The Kenya National Commission on Human Rights"),
       C("more than 100", 100, "more_than", "killed", "people killed by police",
         "opposition leader Raila Odinga"),
       C("at least 30", 30, "at_least", "infrastructure", "kiosks set on fire", "traders")],
      published="2017-08-13"),

    P("d82_010",
      "Iran 'closes' Kahrizak jail after detainee deaths\n"
      "Page last updated at 14:28 GMT, Sunday, 9 August 2009 15:28 UK\n"
      "Iranian officials have acknowledged that at least three people detained during the "
      "post-election protests died at the Kahrizak detention centre south of Tehran, which "
      "Supreme Leader Ayatollah Ali Khamenei ordered closed last month. Police chief Esmail "
      "Ahmadi-Moghaddam said the deaths were caused by \"a virus\" and not by beatings, and that "
      "147 protesters had been held at the centre in a space built for 30. Opposition candidate "
      "Mehdi Karroubi has written to the head of the Assembly of Experts alleging that some "
      "detainees were raped. An MP on a parliamentary panel investigating the centre, Kazem "
      "Jalali, said more than 4,000 people had been arrested since the election and about 200 "
      "were still behind bars. Human rights groups say the true number of detainees who died in "
      "custody could be as many as 10.",
      [C("at least three", 3, "at_least", "killed", "detainees who died at Kahrizak",
         "Iranian officials"),
       C("147", 147, "exact", "detained", "protesters held at Kahrizak",
         "Police chief Esmail Ahmadi-Moghaddam"),
       C("30", 30, "exact", "detained", "capacity of the space", "Police chief Esmail Ahmadi-Moghaddam",
         optional=True, cat_alt=["other"]),
       C("more than 4,000", 4000, "more_than", "detained", "people arrested since the election",
         "Kazem Jalali"),
       C("about 200", 200, "about", "detained", "people still behind bars", "Kazem Jalali"),
       C("as many as 10", 10, "at_most", "killed", "detainees who died in custody",
         "Human rights groups")],
      published="2009-08-09"),

    # --- Kidnappings and hostages -----------------------------------------------------------------
    P("d82_011",
      "Abu Sayyaf seizes 53 in Basilan school raid\n"
      "By Julie Alipala\n"
      "Philippine Daily Inquirer / 03:12 AM March 22, 2000\n"
      "ZAMBOANGA CITY—Armed men believed to be members of the Abu Sayyaf stormed two schools in "
      "Tumahubong, Sumisip town, Basilan, on Monday and took away some 50 hostages, most of them "
      "children, the military said. Col. Hilario Atendido, commander of the Army's 103rd Brigade, "
      "said the gunmen, numbering around 60, also seized a Catholic priest, Fr. Rhoel Gallardo, "
      "and five teachers. Parents who gathered at the town hall gave a higher count: they said 53 "
      "people were missing, 39 of them pupils of Claret School. Local officials said at least 20 "
      "of the hostages, including some of the youngest children, were freed later that evening. "
      "The group has demanded the release of Ramzi Yousef and two other men jailed in the United "
      "States in exchange for the remaining captives.",
      [C("53", 53, "exact", "hostages", "people seized in Basilan", anchor="53 in Basilan"),
       C("two", 2, "exact", "infrastructure", "schools stormed", optional=True,
         anchor="two schools"),
       C("some 50", 50, "about", "hostages", "hostages, most of them children", "the military"),
       C("around 60", 60, "about", "troops", "gunmen", "Col. Hilario Atendido",
         cat_alt=["other"]),
       C("five", 5, "exact", "hostages", "teachers seized", "Col. Hilario Atendido"),
       C("53", 53, "exact", "hostages", "people missing after the raid",
         "Parents who gathered at the town hall", cat_alt=["missing"], attr_alt=["they"],
         anchor="53 people were missing"),
       C("39", 39, "exact", "hostages", "Claret School pupils missing",
         "Parents who gathered at the town hall", cat_alt=["missing"], attr_alt=["they"]),
       C("at least 20", 20, "at_least", "hostages", "hostages freed", "Local officials"),
       C("two", 2, "exact", "detained", "other men jailed in the United States",
         anchor="two other men")],
      published="2000-03-22"),

    P("d82_012",
      "Colombian rebels seize 12 deputies\n"
      "Thursday, 11 April, 2002, 22:05 GMT 23:05 UK\n"
      "Left-wing rebels disguised as soldiers have kidnapped 12 members of the regional assembly "
      "of Valle del Cauca in the centre of Cali, Colombian officials say. The gunmen, who arrived "
      "in an army-style truck and claimed there was a bomb threat, herded the deputies onto a bus "
      "and drove off towards the mountains. The city's police commander said one police officer "
      "and a bus driver were killed in a shootout as the convoy left Cali. Authorities blamed the "
      "Revolutionary Armed Forces of Colombia (Farc), which is believed to be holding about 800 "
      "hostages. A Farc commander told a local radio station the group would exchange the "
      "politicians only for guerrillas held in state prisons - a number he put at around 500.",
      [C("12", 12, "exact", "hostages", "deputies seized", anchor="12 deputies"),
       C("12", 12, "exact", "hostages", "regional assembly members kidnapped",
         "Colombian officials", anchor="12 members"),
       C("one", 1, "exact", "killed", "police officer killed", "The city's police commander"),
       C("about 800", 800, "about", "hostages", "hostages held by the Farc",
         attr_alt=["Authorities"]),
       C("around 500", 500, "about", "detained", "guerrillas held in state prisons",
         "A Farc commander", attr_alt=["he"])],
      published="2002-04-11"),

    P("d82_013",
      "Farc says 11 hostages killed in crossfire\n"
      "Last Modified: Thursday, June 28, 2007 21:34 Mecca time, 18:34 GMT\n"
      "Colombia's largest rebel group says 11 of the 12 provincial legislators it abducted from "
      "Cali five years ago were killed during an attack on their jungle camp by an \"unidentified "
      "military group\" on June 18. The statement, posted on a website close to the Farc, said the "
      "only survivor, Sigifredo López, had been held apart from the others. President Alvaro Uribe "
      "rejected the claim, saying no military operation had taken place in the area and accusing "
      "the rebels of killing the hostages themselves. The government estimates the Farc still "
      "holds at least 3,000 people, among them 56 high-profile captives it wants to swap for some "
      "500 jailed fighters. Thousands of people marched in Bogota and Cali on Thursday to demand "
      "that the bodies be returned to their families.",
      [C("11", 11, "exact", "killed", "hostages killed", "Farc", cat_alt=["hostages"],
         anchor="11 hostages"),
       C("11", 11, "exact", "killed", "legislators killed in captivity",
         "Colombia's largest rebel group", cat_alt=["hostages"], attr_alt=["Farc"],
         anchor="11 of the 12"),
       C("12", 12, "exact", "hostages", "legislators abducted from Cali",
         "Colombia's largest rebel group", attr_alt=["Farc"]),
       C("at least 3,000", 3000, "at_least", "hostages", "people held by the Farc",
         "The government"),
       C("56", 56, "exact", "hostages", "high-profile captives", "The government"),
       C("some 500", 500, "about", "detained", "jailed Farc fighters", "The government"),
       C("Thousands", 1000, "vague", "other", "marchers in Bogota and Cali")],
      published="2007-06-28"),

    P("d82_014",
      "Mexican police handed missing youths to cartel, prosecutor says\n"
      "By Rafael Romo, CNN\n"
      "Updated 9:15 PM ET, Thu January 28, 2016\n"
      "Five young people who vanished in the Mexican state of Veracruz this month were stopped by "
      "state police and handed over to a drug cartel, the state's attorney general said Thursday. "
      "Luis Angel Bravo said eight police officers had been arrested and that at least three more "
      "were being sought. The four men and one woman, aged between 16 and 27, were returning from "
      "a birthday party in the port city when their two vehicles were pulled over in Tierra "
      "Blanca on January 11. Relatives say they have met only silence from the authorities and "
      "have organized searches on their own. A collective of mothers of the disappeared says more "
      "than 2,000 people have gone missing in Veracruz in the past five years.",
      [C("Five", 5, "exact", "missing", "young people who vanished",
         "the state's attorney general"),
       C("eight", 8, "exact", "detained", "police officers arrested", "Luis Angel Bravo",
         attr_alt=["the state's attorney general"]),
       C("at least three", 3, "at_least", "other", "police officers sought", "Luis Angel Bravo",
         cat_alt=["detained"], attr_alt=["the state's attorney general"]),
       C("four", 4, "exact", "missing", "men among the missing", "Luis Angel Bravo",
         attr_alt=[None]),
       C("one", 1, "exact", "missing", "woman among the missing", "Luis Angel Bravo",
         attr_alt=[None], anchor="one woman"),
       C("two", 2, "exact", "other", "vehicles pulled over", optional=True),
       C("more than 2,000", 2000, "more_than", "missing", "people missing in Veracruz",
         "A collective of mothers of the disappeared")],
      published="2016-01-28"),

    P("d82_015",
      "Ethiopia: Tourists killed in Afar region attack\n"
      "18 January 2012 Last updated at 13:05 GMT\n"
      "Five foreign tourists have been killed and two kidnapped in an attack near the Erta Ale "
      "volcano in Ethiopia's remote Afar region, the Ethiopian government says. Government "
      "spokesman Shimeles Kemal said the victims included two Germans, two Hungarians and an "
      "Austrian, and that two other Germans and two Ethiopians - a police officer and a driver - "
      "had been taken across the border into Eritrea. Four other tourists, among them a Belgian "
      "and an Italian, were wounded, he said. Eritrea has denied any involvement and called the "
      "accusation \"an absurd lie\". The group of 27 tourists had been camping on the rim of the "
      "613m-high volcano, according to the Ethiopian tour operator.",
      [C("Five", 5, "exact", "killed", "foreign tourists killed", "the Ethiopian government"),
       C("two", 2, "exact", "hostages", "tourists kidnapped", "the Ethiopian government",
         anchor="two kidnapped"),
       C("two", 2, "exact", "killed", "Germans killed", "Government spokesman Shimeles Kemal",
         ctx="included two Germans"),
       C("two", 2, "exact", "killed", "Hungarians killed", "Government spokesman Shimeles Kemal",
         anchor="two Hungarians"),
       C("two", 2, "exact", "hostages", "Germans taken into Eritrea",
         "Government spokesman Shimeles Kemal", anchor="two other Germans"),
       C("two", 2, "exact", "hostages", "Ethiopians taken into Eritrea",
         "Government spokesman Shimeles Kemal", anchor="two Ethiopians"),
       C("Four", 4, "exact", "injured", "tourists wounded", "Government spokesman Shimeles Kemal",
         attr_alt=["he"]),
       C("27", 27, "exact", "other", "tourists in the group", "the Ethiopian tour operator")],
      published="2012-01-18"),

    P("d82_016",
      "18 Turkish workers kidnapped in Baghdad\n"
      "ISTANBUL\nPublished 02.09.2015 11:04\nModified 02.09.2015 18:22\n"
      "Eighteen Turkish construction workers were abducted early Wednesday from a stadium building "
      "site in Baghdad's Sadr City by gunmen wearing military uniforms, Turkey's Foreign Ministry "
      "said. The workers, employed by the Nurol İnşaat company, were taken away in pickup trucks "
      "at around 3 a.m., a company official told Daily Sabah, adding that three Iraqi guards at "
      "the site had been tied up but were unharmed. An Iraqi security source said around 40 "
      "gunmen had taken part in the raid and that a search had been launched across eastern "
      "Baghdad. Some 90 Turkish nationals work on the 60,000-seat stadium project, according to "
      "the company. No group has yet claimed responsibility.",
      [C("18", 18, "exact", "hostages", "Turkish workers kidnapped", anchor="18 Turkish"),
       C("Eighteen", 18, "exact", "hostages", "Turkish construction workers abducted",
         "Turkey's Foreign Ministry"),
       C("three", 3, "exact", "other", "Iraqi guards tied up", "a company official",
         cat_alt=["hostages"]),
       C("around 40", 40, "about", "troops", "gunmen in the raid", "An Iraqi security source",
         cat_alt=["other"]),
       C("Some 90", 90, "about", "population", "Turkish nationals working on the project",
         "the company", cat_alt=["other"]),
       C("60,000", 60000, "exact", "other", "stadium seats", optional=True)],
      published="2015-09-02"),

    # --- Prisons --------------------------------------------------------------------------------
    P("d82_017",
      "Libya's NTC says mass grave holds Abu Salim victims\n"
      "Published On 25 Sep 2011\n"
      "Libya's interim authorities say they have found a mass grave near Tripoli's Abu Salim "
      "prison that they believe contains the remains of some 1,270 inmates killed in a 1996 "
      "massacre. Khalid al-Sharif, a spokesman for the National Transitional Council's military "
      "council in Tripoli, said investigators had so far uncovered only bones and scraps of "
      "clothing and that foreign forensic help would be needed. About 40 families have already "
      "asked to give DNA samples, he said. Human Rights Watch has long put the death toll at about "
      "1,200, citing a former inmate who said guards fired on prisoners for nearly three hours "
      "after a protest over conditions. Muammar Gaddafi's government acknowledged the killings "
      "only in 2009, offering families compensation of 200,000 Libyan dinars per victim.",
      [C("some 1,270", 1270, "about", "killed", "Abu Salim inmates killed in 1996",
         "Libya's interim authorities"),
       C("About 40", 40, "about", "other", "families asking to give DNA samples",
         "Khalid al-Sharif", attr_alt=["he"]),
       C("about 1,200", 1200, "about", "killed", "Abu Salim death toll", "a former inmate",
         attr_alt=["Human Rights Watch"])],
      published="2011-09-25"),

    P("d82_018",
      "Government says 23 inmates died in Qilinto prison fire; families dispute figure\n"
      "Addis Abeba, September 06/2016 – The government has said 23 inmates died at the Qilinto "
      "maximum security prison on the outskirts of Addis Abeba on Saturday, 21 of them from "
      "suffocation and a stampede during the fire and two who were shot while trying to escape. "
      "Government communications minister Getachew Reda told reporters that the fire had been "
      "started deliberately by inmates as part of an escape plan. Relatives of prisoners who "
      "gathered outside the compound on Sunday said they had heard gunfire for more than an hour "
      "and feared the toll was much higher. The prison held about 3,000 inmates, among them dozens "
      "of opposition politicians and Muslim community leaders jailed after the 2012 protests, "
      "according to lawyers. None of the families Addis Standard spoke to had been told where "
      "surviving inmates had been moved.",
      [C("23", 23, "exact", "killed", "inmates who died", "Government", anchor="23 inmates died in"),
       C("23", 23, "exact", "killed", "inmates who died at Qilinto", "The government",
         attr_alt=["Government"], anchor="23 inmates died at"),
       C("21", 21, "exact", "killed", "inmates dead from suffocation and stampede",
         "The government"),
       C("two", 2, "exact", "killed", "inmates shot while trying to escape", "The government"),
       C("about 3,000", 3000, "about", "detained", "inmates held at Qilinto", "lawyers",
         cat_alt=["population"]),
       C("dozens", 12, "vague", "detained", "opposition politicians and Muslim leaders held",
         "lawyers")],
      published="2016-09-06"),

    P("d82_019",
      "216 inmates escape Malir jail after quake tremors; one killed\n"
      "Published: June 03, 2025\n"
      "KARACHI: At least 216 prisoners escaped from Malir District Jail late on Monday night after "
      "being let out of their barracks during a series of mild earthquake tremors, Sindh Home "
      "Minister Ziaul Hassan Lanjar said. One inmate was killed and three FC personnel and a jail "
      "official were injured in an exchange of fire as prisoners overpowered guards at the main "
      "gate, the minister told a press conference. He said 78 escapees had been recaptured by "
      "Tuesday afternoon and that the rest would be rearrested soon. The jail, built for about "
      "2,200 prisoners, held more than 6,000 at the time, a senior prisons official said, "
      "requesting anonymity. Police set up pickets on all exits from the city and around 700 "
      "personnel took part in the search.",
      [C("216", 216, "exact", "detained", "inmates who escaped", cat_alt=["other"],
         anchor="216 inmates"),
       C("one", 1, "exact", "killed", "inmate killed", anchor="one killed"),
       C("At least 216", 216, "at_least", "detained", "prisoners who escaped",
         "Sindh Home Minister Ziaul Hassan Lanjar", cat_alt=["other"]),
       C("One", 1, "exact", "killed", "inmate killed", "the minister",
         attr_alt=["Sindh Home Minister Ziaul Hassan Lanjar"], anchor="One inmate"),
       C("three", 3, "exact", "injured", "FC personnel injured", "the minister",
         attr_alt=["Sindh Home Minister Ziaul Hassan Lanjar"]),
       C("78", 78, "exact", "detained", "escapees recaptured",
         "Sindh Home Minister Ziaul Hassan Lanjar", attr_alt=["He", "the minister"]),
       C("about 2,200", 2200, "about", "detained", "capacity of Malir jail",
         "a senior prisons official", optional=True, cat_alt=["other"]),
       C("more than 6,000", 6000, "more_than", "detained", "prisoners held at Malir jail",
         "a senior prisons official", cat_alt=["population"]),
       C("around 700", 700, "about", "troops", "personnel in the search", cat_alt=["other"],
         attr_alt=["Police"])],
      published="2025-06-03"),

    P("d82_020",
      "Fire at La Victoria prison leaves 13 dead, dozens injured\n"
      "Santo Domingo.- Thirteen inmates have died as a result of the fire that broke out on Monday "
      "at the National Penitentiary of La Victoria, the country's largest prison, the Attorney "
      "General's Office reported Tuesday. Public Health Minister Víctor Atallah said 39 people, "
      "among them inmates and prison staff, were taken to hospitals in the capital, and that at "
      "least 10 of them remained in serious condition with burns over more than 60% of their "
      "bodies. Authorities said the blaze began when a short circuit ignited a makeshift kitchen "
      "in the area known as Operaciones. The prison, built in 1952 for some 2,000 inmates, held "
      "more than 4,000, according to the Directorate General of Prison Services. Justice Minister "
      "Antoliano Peralta said some 400 inmates had been moved to other centres.",
      [C("13", 13, "exact", "killed", "dead in La Victoria fire"),
       C("dozens", 12, "vague", "injured", "injured in La Victoria fire"),
       C("Thirteen", 13, "exact", "killed", "inmates who died", "the Attorney General's Office"),
       C("39", 39, "exact", "injured", "inmates and staff taken to hospital",
         "Public Health Minister Víctor Atallah"),
       C("at least 10", 10, "at_least", "injured", "people in serious condition",
         "Public Health Minister Víctor Atallah"),
       C("some 2,000", 2000, "about", "detained", "capacity of La Victoria",
         "the Directorate General of Prison Services", optional=True, cat_alt=["other"]),
       C("more than 4,000", 4000, "more_than", "detained", "inmates held at La Victoria",
         "the Directorate General of Prison Services", cat_alt=["population"]),
       C("some 400", 400, "about", "detained", "inmates moved to other centres",
         "Justice Minister Antoliano Peralta")]),

    P("d82_021",
      "Militants free over 250 prisoners in D.I. Khan jail attack\n"
      "From the Newspaper\n"
      "DERA ISMAIL KHAN: Dozens of Taliban militants armed with rocket-propelled grenades and "
      "suicide vests stormed the Central Prison here on Monday night and freed more than 250 "
      "inmates, among them at least 30 described by officials as hardened militants. Six "
      "policemen, four prisoners and two civilians were killed in the hours-long assault, Khyber "
      "Pakhtunkhwa government spokesman Shaukat Yousafzai said. A senior jail official put the "
      "number of attackers at around 100 and said they had used loudspeakers to call out the "
      "names of the prisoners they wanted. The Tehreek-i-Taliban Pakistan claimed responsibility, "
      "saying in a call to reporters that it had sent 150 fighters. The jail held 483 prisoners "
      "before the attack, according to prison records seen by Dawn. Only 48 of the escapees had "
      "been recaptured by Tuesday evening, police said.",
      [C("over 250", 250, "more_than", "detained", "prisoners freed", cat_alt=["other"]),
       C("Dozens", 12, "vague", "troops", "Taliban militants", cat_alt=["other"],
         attr_alt=["Khyber Pakhtunkhwa government spokesman Shaukat Yousafzai"]),
       C("more than 250", 250, "more_than", "detained", "inmates freed", cat_alt=["other"],
         attr_alt=["Khyber Pakhtunkhwa government spokesman Shaukat Yousafzai"]),
       C("at least 30", 30, "at_least", "detained", "hardened militants freed", "officials",
         attr_alt=[None], cat_alt=["other"]),
       C("Six", 6, "exact", "killed", "policemen killed",
         "Khyber Pakhtunkhwa government spokesman Shaukat Yousafzai"),
       C("four", 4, "exact", "killed", "prisoners killed",
         "Khyber Pakhtunkhwa government spokesman Shaukat Yousafzai"),
       C("two", 2, "exact", "killed", "civilians killed",
         "Khyber Pakhtunkhwa government spokesman Shaukat Yousafzai"),
       C("around 100", 100, "about", "troops", "attackers", "A senior jail official",
         cat_alt=["other"]),
       C("150", 150, "exact", "troops", "fighters sent", "The Tehreek-i-Taliban Pakistan",
         cat_alt=["other"], attr_alt=["it"]),
       C("483", 483, "exact", "detained", "prisoners held before the attack",
         "prison records seen by Dawn", cat_alt=["population"]),
       C("48", 48, "exact", "detained", "escapees recaptured", "police")]),

    P("d82_022",
      "El Porvenir: 69 dead in prison riot, most of them gang members\n"
      "Monday, April 7, 2003\n"
      "LA CEIBA – Sixty-nine people were killed on Saturday when a fight between members of the "
      "Mara 18 gang and other inmates at the El Porvenir penal farm turned into a massacre, "
      "Security Minister Oscar Álvarez said. Among the dead were 61 gang members, five other "
      "inmates and three women who were visiting relatives, according to the minister. Human "
      "rights groups accused guards and police of taking part in the killings, saying some gang "
      "members had been shot at close range after surrendering. Forensic officials said that 25 "
      "bodies had been so badly burned that they could not yet be identified. The farm, designed "
      "for 150 prisoners, held about 500.",
      [C("69", 69, "exact", "killed", "dead in El Porvenir riot"),
       C("Sixty-nine", 69, "exact", "killed", "people killed at El Porvenir",
         "Security Minister Oscar Álvarez"),
       C("61", 61, "exact", "killed", "gang members killed", "the minister",
         attr_alt=["Security Minister Oscar Álvarez"]),
       C("five", 5, "exact", "killed", "other inmates killed", "the minister",
         attr_alt=["Security Minister Oscar Álvarez"]),
       C("three", 3, "exact", "killed", "women visitors killed", "the minister",
         attr_alt=["Security Minister Oscar Álvarez"]),
       C("25", 25, "exact", "killed", "bodies not yet identified", "Forensic officials",
         optional=True, cat_alt=["other"]),
       C("150", 150, "exact", "detained", "capacity of El Porvenir", optional=True,
         cat_alt=["other"]),
       C("about 500", 500, "about", "detained", "prisoners held at El Porvenir",
         cat_alt=["population"])],
      published="2003-04-07"),

    P("d82_023",
      "Dominican jail fire kills 133\n"
      "Tuesday, 8 March 2005, 03:14 GMT\n"
      "At least 133 inmates have died in a fire that swept through an overcrowded prison in the "
      "eastern Dominican town of Higüey, officials say. The blaze began during a fight between "
      "rival groups in the early hours of Monday, when inmates set fire to mattresses, said prison "
      "director Ramón Rodríguez. Another 26 prisoners were taken to hospital with severe burns, and "
      "several were later flown to the capital, Santo Domingo, for treatment. The jail, which was "
      "designed to hold 150 people, had 426 inmates when the fire broke out, according to the "
      "attorney-general's office. Relatives who crowded outside the prison gates said guards had "
      "taken more than an hour to open the cell doors.",
      [C("133", 133, "exact", "killed", "dead in Higüey jail fire", anchor="133\n"),
       C("At least 133", 133, "at_least", "killed", "inmates who died in Higüey", "officials"),
       C("26", 26, "exact", "injured", "prisoners taken to hospital with burns",
         "prison director Ramón Rodríguez", attr_alt=[None]),
       C("150", 150, "exact", "detained", "capacity of the Higüey jail", optional=True,
         cat_alt=["other"], attr_alt=["the attorney-general's office"]),
       C("426", 426, "exact", "detained", "inmates in the Higüey jail",
         "the attorney-general's office", cat_alt=["population"])],
      published="2005-03-08"),

    P("d82_024",
      "Chile prison fire kills 81 inmates\n"
      "Jonathan Franklin in Santiago\n"
      "Wednesday 8 December 2010 20.45 GMT\n"
      "At least 81 inmates were killed when fire swept through an overcrowded wing of the San "
      "Miguel prison in Santiago early on Wednesday, in the worst prison disaster in Chile's "
      "history. Officials said the fire broke out during a fight between rival gangs on the "
      "fourth floor, where prisoners used makeshift flamethrowers made from gas canisters. "
      "Fourteen other inmates were taken to hospital, four of them in critical condition, the "
      "health ministry said. The prison, built for about 1,100 inmates, held more than 1,900, "
      "according to Gendarmería, the prison service. President Sebastián Piñera, who visited the "
      "site, called the conditions \"inhumane\" and promised new jails for 8,000 prisoners.",
      [C("81", 81, "exact", "killed", "inmates killed", anchor="81 inmates\n"),
       C("At least 81", 81, "at_least", "killed", "inmates killed in San Miguel",
         attr_alt=["Officials"]),
       C("Fourteen", 14, "exact", "injured", "inmates taken to hospital", "the health ministry"),
       C("four", 4, "exact", "injured", "inmates in critical condition", "the health ministry"),
       C("about 1,100", 1100, "about", "detained", "capacity of San Miguel prison",
         "Gendarmería", optional=True, cat_alt=["other"], attr_alt=[None]),
       C("more than 1,900", 1900, "more_than", "detained", "inmates held at San Miguel",
         "Gendarmería", cat_alt=["population"]),
       C("8,000", 8000, "exact", "other", "places in promised new jails",
         "President Sebastián Piñera", optional=True, cat_alt=["detained"])],
      published="2010-12-08"),

    P("d82_025",
      "Kondengui: Government says 177 detained after prison riot\n"
      "Yaoundé, 24/07/2019\n"
      "Cameroon's government said on Wednesday that 177 inmates had been identified as "
      "instigators of Monday night's riot at the Kondengui central prison and transferred to the "
      "State Defence Secretariat (SED) for questioning. Communication Minister René Emmanuel Sadi "
      "told a press conference that no inmate had been killed and that the situation was \"under "
      "control\". Lawyers for detained Anglophone separatists and opposition supporters said the "
      "prisoners had protested against overcrowding and the length of their pre-trial detention. "
      "Among those moved were at least 50 members of the opposition Cameroon Renaissance "
      "Movement (MRC), the party said. Kondengui, built for 1,500 prisoners, held close to 5,000 "
      "at the time of the riot, a prison official told Journal du Cameroun.",
      [C("177", 177, "exact", "detained", "inmates detained after riot", "Government",
         anchor="177 detained"),
       C("177", 177, "exact", "detained", "inmates transferred to the SED",
         "Cameroon's government", attr_alt=["Government"], anchor="177 inmates"),
       C("at least 50", 50, "at_least", "detained", "MRC members moved", "the party",
         attr_alt=["the opposition Cameroon Renaissance Movement (MRC)"]),
       C("1,500", 1500, "exact", "detained", "capacity of Kondengui", optional=True,
         cat_alt=["other"], attr_alt=["a prison official"]),
       C("close to 5,000", 5000, "about", "detained", "prisoners held at Kondengui",
         "a prison official", cat_alt=["population"])],
      published="2019-07-24"),

    P("d82_026",
      "17 escapees shot dead at Buimo\n"
      "Monday, May 15th, 2017\n"
      "POLICE have confirmed that 17 prisoners were shot dead and three others wounded when more "
      "than 50 inmates broke out of Buimo jail in Lae on Friday afternoon. Morobe police commander "
      "Supt Anthony Wagambie Jr said warders had fired on the escapees after they rushed the main "
      "gate, and that 11 of them had been recaptured by yesterday. Correctional Services "
      "Commissioner Michael Waipo said about 30 prisoners were still at large and appealed to the "
      "public for information. It was the third mass breakout from Buimo this year. Relatives of "
      "the dead, who gathered at the Angau Memorial Hospital morgue, questioned why the warders "
      "had used live ammunition.",
      [C("17", 17, "exact", "killed", "escapees shot dead", anchor="17 escapees"),
       C("17", 17, "exact", "killed", "prisoners shot dead", "POLICE", anchor="17 prisoners"),
       C("three", 3, "exact", "injured", "prisoners wounded", "POLICE"),
       C("more than 50", 50, "more_than", "detained", "inmates who broke out", "POLICE",
         cat_alt=["other"]),
       C("11", 11, "exact", "detained", "escapees recaptured",
         "Morobe police commander Supt Anthony Wagambie Jr"),
       C("about 30", 30, "about", "detained", "prisoners still at large",
         "Correctional Services Commissioner Michael Waipo", cat_alt=["other"])],
      published="2017-05-15"),

    P("d82_027",
      "Standoff at El Rodeo prison enters third week\n"
      "By El Universal staff\n"
      "CARACAS – Some 5,000 National Guard troops and police remained deployed around the El Rodeo "
      "prison complex in Miranda state on Tuesday as armed inmates in El Rodeo II continued to "
      "resist a government operation to seize their weapons. Interior Minister Tareck El Aissami "
      "said 22 people had died since the riot began on June 12, among them a national guardsman, "
      "and that more than 2,500 prisoners had been moved from El Rodeo I to other jails. The "
      "Venezuelan Prison Observatory (OVP) put the toll at 25 and said at least 60 people had been "
      "wounded. Relatives camped outside said food and water had not reached the roughly 1,000 "
      "inmates still holding out. Officials said soldiers had seized 40 rifles, 13 pistols and "
      "some 15,000 rounds of ammunition in the part of the prison already under control.",
      [C("Some 5,000", 5000, "about", "troops", "National Guard troops and police deployed"),
       C("22", 22, "exact", "killed", "people who died since the riot began",
         "Interior Minister Tareck El Aissami"),
       C("more than 2,500", 2500, "more_than", "detained", "prisoners moved to other jails",
         "Interior Minister Tareck El Aissami"),
       C("25", 25, "exact", "killed", "El Rodeo riot toll",
         "The Venezuelan Prison Observatory (OVP)"),
       C("at least 60", 60, "at_least", "injured", "people wounded",
         "The Venezuelan Prison Observatory (OVP)"),
       C("roughly 1,000", 1000, "about", "detained", "inmates still holding out",
         "Relatives camped outside", cat_alt=["other"]),
       C("40", 40, "exact", "munitions", "rifles seized", "Officials", cat_alt=["other"]),
       C("13", 13, "exact", "munitions", "pistols seized", "Officials", cat_alt=["other"]),
       C("some 15,000", 15000, "about", "munitions", "rounds of ammunition seized", "Officials",
         cat_alt=["other"])]),

    P("d82_028",
      "33 inmates die in Magdalena prison fire\n"
      "LA PLATA — Thirty-three inmates died early yesterday when a fire broke out during a fight in "
      "a cellblock of the Unidad 28 prison in Magdalena, Buenos Aires provincial officials said. "
      "Provincial Justice Minister Eduardo Di Rocco said the victims died of smoke inhalation "
      "after prisoners set fire to mattresses, and that guards had been unable to open the "
      "pavilion doors for more than 20 minutes. Relatives, however, said guards had refused to "
      "unlock the cells and had fired rubber bullets at inmates trying to escape the smoke. Of the "
      "63 men held in the pavilion, only 30 survived, the minister said. Human rights group CELS "
      "said the province's prisons held some 24,000 people in space for fewer than 15,000.",
      [C("33", 33, "exact", "killed", "inmates who died in Magdalena"),
       C("Thirty-three", 33, "exact", "killed", "inmates who died",
         "Buenos Aires provincial officials"),
       C("63", 63, "exact", "detained", "men held in the pavilion", "the minister",
         cat_alt=["other", "population"],
         attr_alt=["Provincial Justice Minister Eduardo Di Rocco"]),
       C("30", 30, "exact", "other", "inmates who survived", "the minister",
         attr_alt=["Provincial Justice Minister Eduardo Di Rocco"]),
       C("some 24,000", 24000, "about", "detained", "people held in the province's prisons",
         "Human rights group CELS", cat_alt=["population"]),
       C("fewer than 15,000", 15000, "fewer_than", "detained", "capacity of the province's prisons",
         "Human rights group CELS", optional=True, cat_alt=["other"])]),

    P("d82_029",
      "Jihadist inmates escape Niger's top-security Koutoukalé prison\n"
      "Niamey (RFI) – An unknown number of inmates, among them suspected jihadists, escaped from "
      "Niger's high-security Koutoukalé prison near Niamey on Thursday, the interior ministry said, "
      "announcing a curfew in the surrounding area. A security source told RFI that at least a "
      "dozen detainees had broken out, while a local official in Tillabéri region put the number "
      "at about 30. The prison, 50 km north-west of the capital, holds hundreds of inmates, many "
      "of them convicted members of Boko Haram and the Islamic State in the Greater Sahara. The "
      "ministry offered rewards of up to 500,000 CFA francs for information and said no guards had "
      "been hurt. It was the third escape from the facility since 2016.",
      [C("at least a dozen", 12, "at_least", "detained", "detainees who broke out",
         "A security source", cat_alt=["other"]),
       C("about 30", 30, "about", "detained", "inmates who escaped",
         "a local official in Tillabéri region", cat_alt=["other"]),
       C("hundreds", 100, "vague", "detained", "inmates held at Koutoukalé",
         cat_alt=["population"])]),

    # --- Humanitarian crises ------------------------------------------------------------------------
    P("d82_030",
      "Thousands flee into Kenya after soldiers kill nine in Moyale\n"
      "By Standard Reporter\n"
      "More than 5,000 Ethiopians have crossed into Kenya through Moyale since Saturday, when "
      "soldiers shot dead nine civilians in what Ethiopia's military command post described as a "
      "case of mistaken identity, Kenyan officials said. Marsabit County Commissioner Mohamud "
      "Saleh said the refugees, most of them women and children, were sheltering at Somare, Butiye "
      "and Sessi in makeshift camps, and that the Kenya Red Cross had distributed 200 tents. The "
      "Ethiopian command post said five soldiers had been detained over the shooting and that 12 "
      "people had been wounded. UNHCR put the number of arrivals at 8,500 by Wednesday and warned "
      "that the figure could rise to 10,000. A Kenya Red Cross official said about 2,000 of the "
      "new arrivals were children under five.",
      [C("Thousands", 1000, "vague", "displaced", "people fleeing into Kenya"),
       C("nine", 9, "exact", "killed", "people killed in Moyale", anchor="nine in Moyale"),
       C("More than 5,000", 5000, "more_than", "displaced", "Ethiopians crossing into Kenya",
         "Kenyan officials"),
       C("nine", 9, "exact", "killed", "civilians shot dead by soldiers", "Kenyan officials",
         attr_alt=["Ethiopia's military command post"], anchor="nine civilians"),
       C("200", 200, "exact", "aid", "tents distributed",
         "Marsabit County Commissioner Mohamud Saleh", attr_alt=["the Kenya Red Cross"]),
       C("five", 5, "exact", "detained", "soldiers detained", "The Ethiopian command post",
         anchor="five soldiers"),
       C("12", 12, "exact", "injured", "people wounded", "The Ethiopian command post"),
       C("8,500", 8500, "exact", "displaced", "arrivals in Kenya", "UNHCR"),
       C("10,000", 10000, "exact", "displaced", "projected arrivals", "UNHCR"),
       C("about 2,000", 2000, "about", "displaced", "children among the arrivals",
         "A Kenya Red Cross official")]),

    P("d82_031",
      "Sittwe Calm but Tense as Death Toll Rises\n"
      "By LAWI WENG / THE IRRAWADDY\n"
      "SITTWE, Arakan State — The official death toll from a week of sectarian violence in Arakan "
      "State has risen to 50, a government spokesman said on Sunday, while Rohingya community "
      "leaders said they had counted at least 80 bodies in Sittwe alone. State media reported "
      "that 2,528 houses had been burned in Sittwe and Maungdaw townships, 1,336 of them belonging "
      "to Rohingya and 1,192 to Arakanese. About 30,000 people have fled their homes and are now "
      "sheltering in 37 camps, according to the UN refugee agency, which has begun distributing "
      "rice and plastic sheeting. Soldiers have taken over security in the state capital under an "
      "emergency declared by President Thein Sein. No curfew violations were reported overnight, "
      "police said.",
      [C("50", 50, "exact", "killed", "official death toll in Arakan State",
         "a government spokesman"),
       C("at least 80", 80, "at_least", "killed", "bodies counted in Sittwe",
         "Rohingya community leaders"),
       C("2,528", 2528, "exact", "infrastructure", "houses burned", "State media"),
       C("1,336", 1336, "exact", "infrastructure", "Rohingya houses burned", "State media"),
       C("1,192", 1192, "exact", "infrastructure", "Arakanese houses burned", "State media"),
       C("About 30,000", 30000, "about", "displaced", "people who fled their homes",
         "the UN refugee agency"),
       C("37", 37, "exact", "infrastructure", "camps sheltering the displaced",
         "the UN refugee agency", cat_alt=["other"])]),

    P("d82_032",
      "Debaga camp overwhelmed as Mosul families pour in\n"
      "ERBIL, Kurdistan Region — More than 6,000 people fleeing the fighting around Mosul arrived "
      "at the Debaga camp south of Erbil in the past 48 hours, camp managers said on Thursday, "
      "pushing the number of residents to nearly 35,000 in a site built for 6,000. The Kurdistan "
      "Region's Joint Crisis Coordination Centre (JCC) said 2,400 families were sleeping in the "
      "open or in the camp's stadium, which has no proper toilets. The UN's humanitarian "
      "coordinator, Lise Grande, told Rudaw the UN had trucked in 1,200 tents and food for 30,000 "
      "people, but warned that up to one million civilians could be forced from their homes once "
      "the battle for the city itself begins. Peshmerga officers at the nearby checkpoints said "
      "they had detained about 150 men on suspicion of links to Islamic State for security "
      "screening.",
      [C("More than 6,000", 6000, "more_than", "displaced", "people arriving at Debaga",
         "camp managers"),
       C("nearly 35,000", 35000, "about", "displaced", "residents of Debaga camp",
         "camp managers", cat_alt=["population"]),
       C("6,000", 6000, "exact", "displaced", "capacity of Debaga camp", "camp managers",
         optional=True, cat_alt=["other"], ctx="built for 6,000"),
       C("2,400", 2400, "exact", "displaced", "families sleeping in the open",
         "The Kurdistan Region's Joint Crisis Coordination Centre (JCC)"),
       C("1,200", 1200, "exact", "aid", "tents trucked in", "Lise Grande",
         attr_alt=["The UN's humanitarian coordinator"]),
       C("30,000", 30000, "exact", "other", "people to be fed", "Lise Grande",
         cat_alt=["aid"], attr_alt=["The UN's humanitarian coordinator"]),
       C("up to one million", 1000000, "at_most", "displaced", "civilians who could be displaced",
         "Lise Grande", attr_alt=["The UN's humanitarian coordinator"]),
       C("about 150", 150, "about", "detained", "men detained for screening",
         "Peshmerga officers at the nearby checkpoints")]),

    P("d82_033",
      "Three UN workers killed as militia mob attacks Atambua office\n"
      "KUPANG (JP): Three foreign staff of the UN refugee agency UNHCR were killed on Wednesday "
      "when hundreds of pro-Jakarta militiamen stormed the agency's office in Atambua, West Timor, "
      "and set it on fire, officials said. UNHCR spokesman Kris Janowski said in Geneva that the "
      "victims, from the United States, Ethiopia and Croatia, had been hacked and their bodies "
      "burned, and that the agency was pulling all its staff out of West Timor. About 60 UN and "
      "aid workers were evacuated by helicopter to Kupang on Thursday, a UN official said. The "
      "attack followed the killing of a militia leader, Olivio Mendosa Moruk, on Tuesday. Some "
      "120,000 East Timorese refugees remain in camps in West Timor, many of them controlled by "
      "the militias, according to UNHCR.",
      [C("Three", 3, "exact", "killed", "UN workers killed", anchor="Three UN"),
       C("Three", 3, "exact", "killed", "UNHCR foreign staff killed", "officials",
         anchor="Three foreign"),
       C("hundreds", 100, "vague", "troops", "militiamen who stormed the office", "officials",
         cat_alt=["other"]),
       C("About 60", 60, "about", "displaced", "UN and aid workers evacuated", "a UN official",
         cat_alt=["other"]),
       C("Some 120,000", 120000, "about", "displaced", "East Timorese refugees in West Timor",
         "UNHCR")]),

    P("d82_034",
      "Calais 'Jungle' clearance: more than 1,900 migrants bussed out on first day\n"
      "Updated 2 hours ago\n"
      "French authorities began demolishing the sprawling migrant camp in Calais on Monday after "
      "moving more than 1,900 of its residents to reception centres across France, the interior "
      "ministry said. Officials had estimated that between 6,000 and 8,000 people lived in the "
      "camp, while the aid groups Help Refugees and L'Auberge des Migrants put the number at more "
      "than 8,100, among them some 1,300 unaccompanied minors. About 1,250 riot police officers "
      "were deployed for the operation, which could take a week. Prefect Fabienne Buccio said 60 "
      "buses would leave on Tuesday. Charities said dozens of young people had slept rough near "
      "the camp's edge overnight, having been told there was no room for them.",
      [C("more than 1,900", 1900, "more_than", "displaced", "migrants bussed out",
         anchor="more than 1,900 migrants"),
       C("more than 1,900", 1900, "more_than", "displaced", "residents moved to reception centres",
         "the interior ministry", anchor="more than 1,900 of its"),
       C("between 6,000 and 8,000", 6000, "range", "displaced", "people living in the camp",
         "Officials", high=8000, cat_alt=["population"]),
       C("more than 8,100", 8100, "more_than", "displaced", "people living in the camp",
         "the aid groups Help Refugees and L'Auberge des Migrants", cat_alt=["population"]),
       C("some 1,300", 1300, "about", "displaced", "unaccompanied minors in the camp",
         "the aid groups Help Refugees and L'Auberge des Migrants", cat_alt=["population"]),
       C("About 1,250", 1250, "about", "troops", "riot police officers deployed",
         cat_alt=["other"]),
       C("60", 60, "exact", "other", "buses leaving on Tuesday", "Prefect Fabienne Buccio",
         optional=True),
       C("dozens", 12, "vague", "other", "young people sleeping rough", "Charities",
         cat_alt=["displaced"])]),

    P("d82_035",
      "Kenya's post-election violence: what we know so far\n"
      "- At least 24 people have been killed by police since results were announced on Friday "
      "(Kenya National Commission on Human Rights)\n"
      "- A six-month-old baby, Samantha Pendo, died after being clubbed in her home in Kisumu's "
      "Nyalenda estate\n"
      "- More than 100 people have been treated for gunshot wounds in Kisumu, Homa Bay and Migori "
      "counties, according to hospital officials\n"
      "- Police say 127 people were arrested for looting and violence in Nairobi and Kisumu over "
      "the weekend\n"
      "- The opposition NASA coalition says it will challenge Uhuru Kenyatta's win, declared with "
      "54.27% of the vote, in the Supreme Court\n"
      "Read more: Kisumu traders count their losses",
      [C("At least 24", 24, "at_least", "killed", "people killed by police",
         "Kenya National Commission on Human Rights"),
       C("More than 100", 100, "more_than", "injured", "people treated for gunshot wounds",
         "hospital officials"),
       C("127", 127, "exact", "detained", "people arrested", "Police")]),

    P("d82_036",
      "Malir jailbreak: 135 escapees still at large as search widens\n"
      "KARACHI: Police and Rangers have so far recaptured 81 of the 216 inmates who escaped from "
      "Malir District Jail, while 135 remain at large, the Sindh home department said on "
      "Wednesday. Officials said at least 12 escapees had returned to the jail on their own after "
      "appeals by their families, and would not face additional charges. Jail superintendent "
      "Arshad Shah, whom the government suspended along with six other officials, told reporters "
      "that only 28 guards had been on duty when the tremors began. Sindh Inspector General of "
      "Police Ghulam Nabi Memon said raids had been carried out in 40 localities.\n"
      "Correction: An earlier version of this story said 213 inmates had escaped. The home "
      "department's figure is 216.",
      [C("135", 135, "exact", "detained", "escapees at large", cat_alt=["other"],
         anchor="135 escapees"),
       C("81", 81, "exact", "detained", "escapees recaptured", "the Sindh home department"),
       C("216", 216, "exact", "detained", "inmates who escaped", "the Sindh home department",
         cat_alt=["other"], anchor="216 inmates"),
       C("135", 135, "exact", "detained", "escapees at large", "the Sindh home department",
         cat_alt=["other"], anchor="135 remain"),
       C("at least 12", 12, "at_least", "detained", "escapees who returned on their own",
         "Officials", cat_alt=["other"]),
       C("six", 6, "exact", "other", "officials suspended", optional=True),
       C("28", 28, "exact", "troops", "guards on duty", "Jail superintendent Arshad Shah",
         cat_alt=["other"]),
       C("40", 40, "exact", "other", "localities raided",
         "Sindh Inspector General of Police Ghulam Nabi Memon", optional=True),
       C("213", 213, "exact", "detained", "inmates who escaped (retracted figure)",
         optional=True, cat_alt=["other"]),
       C("216", 216, "exact", "detained", "inmates who escaped (corrected figure)",
         "The home department", cat_alt=["other"], attr_alt=["the Sindh home department"],
         anchor="216.")]),

    # --- Follow-ups -------------------------------------------------------------------------------
    P("d82_037",
      "Remains found at Veracruz ranch belong to missing youths, officials say\n"
      "XALAPA, Veracruz — Forensic experts have identified the remains of two of the five young "
      "people who disappeared in Tierra Blanca last month among bone fragments found at a ranch in "
      "Tlalixcoyan, Veracruz Attorney General Luis Angel Bravo said on Monday. Bravo said "
      "investigators had recovered more than 400 bone fragments from the property, which was "
      "allegedly used by the Jalisco New Generation Cartel to dispose of bodies. A detained cartel "
      "member told investigators the youths had been killed and their bodies burned, according to "
      "the prosecutor's office. Relatives rejected the findings and asked for an independent "
      "review by the Argentine Forensic Anthropology Team, which helped identify some of the 43 "
      "Ayotzinapa students. Seven of the eight officers arrested in January have been charged with "
      "forced disappearance.",
      [C("two", 2, "exact", "killed", "missing youths whose remains were identified",
         "Veracruz Attorney General Luis Angel Bravo", cat_alt=["missing", "other"]),
       C("five", 5, "exact", "missing", "young people who disappeared in Tierra Blanca",
         "Veracruz Attorney General Luis Angel Bravo"),
       C("more than 400", 400, "more_than", "other", "bone fragments recovered", "Bravo",
         attr_alt=["Veracruz Attorney General Luis Angel Bravo"]),
       C("43", 43, "exact", "missing", "Ayotzinapa students", cat_alt=["killed"]),
       C("Seven", 7, "exact", "detained", "officers charged with forced disappearance",
         cat_alt=["other"], attr_alt=["the prosecutor's office"]),
       C("eight", 8, "exact", "detained", "officers arrested in January",
         attr_alt=["the prosecutor's office"])]),

    P("d82_038",
      "Rights body declares Paniai shooting a gross human rights violation\n"
      "JAKARTA — The National Commission on Human Rights (Komnas HAM) has concluded that the 2014 "
      "shooting of civilians in Paniai, Papua, was a gross violation of human rights, more than "
      "five years after four teenagers were killed there. The commission's ad hoc team said it had "
      "questioned 26 witnesses and found that members of the military had fired on the crowd, "
      "killing four and wounding 21 others. Commissioner Choirul Anam said the team had identified "
      "the units involved but not individual perpetrators. The Attorney General's Office has "
      "returned the commission's dossier twice, asking for more evidence. Military spokesmen have "
      "repeatedly said soldiers acted in self-defense after the crowd attacked a military post.",
      [C("four", 4, "exact", "killed", "teenagers killed in Paniai", anchor="four teenagers",
         attr_alt=["The National Commission on Human Rights (Komnas HAM)"]),
       C("26", 26, "exact", "other", "witnesses questioned", "The commission's ad hoc team",
         optional=True),
       C("four", 4, "exact", "killed", "civilians killed by the military",
         "The commission's ad hoc team", anchor="four and wounding"),
       C("21", 21, "exact", "injured", "civilians wounded", "The commission's ad hoc team")]),

    # --- Only non-claims --------------------------------------------------------------------------
    P("d82_039",
      "Dong Tam villagers sentenced to death\n"
      "HANOI — A Hanoi court on Monday sentenced Le Dinh Cong, 59, and his brother Le Dinh Chuc, "
      "47, to death for murder over the January 2020 raid on Dong Tam commune. Cong's son, Le Dinh "
      "Doanh, 30, received life in prison. The trial, which lasted seven days, was closed to "
      "foreign media. Human Rights Watch called the verdicts \"a travesty of justice\" and said the "
      "court had ignored allegations that the defendants had been beaten in custody. Defence "
      "lawyers said they had been given less than a week to study a 10,000-page case file, and "
      "that none of their requests to call witnesses had been granted.",
      []),

    P("d82_040",
      "Bechtel drops $50 million claim against Bolivia over water war\n"
      "COCHABAMBA — The US engineering company Bechtel and its partners have agreed to drop a $50 "
      "million claim against Bolivia at the World Bank's arbitration tribunal, ending a four-year "
      "dispute over the privatisation of Cochabamba's water system. Under the settlement, the "
      "consortium Aguas del Tunari will receive a token payment of 2 bolivianos, about 30 US "
      "cents. The company had sought compensation for investments and lost profits after its "
      "40-year concession was cancelled in April 2000, days after price rises of as much as 200 "
      "percent sparked the protests. Oscar Olivera, 50, who led the coalition against the "
      "contract, called it \"a victory for the people of the world\".",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 82)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d82_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
