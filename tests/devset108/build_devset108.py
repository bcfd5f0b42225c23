"""Source of the 108th development set: writes ``passages.jsonl`` next to it.

Thirty-nine passages (3–7 sentences) on kidnappings and hostage crises in sub-Saharan Africa and
Latin America, 1985–2025: abductions of workers, missionaries, tourists, journalists, officials
and businessmen, ransom demands, hostages freed, killed or still held, kidnappers arrested or
killed, and rescue operations. Written for this set (none copied from an article) in the style
of wire copy (Reuters, AP, AFP, EFE, dpa, ANSA, Xinhua, UPI, Keystone-SDA), national dailies with
their own date furniture (Vanguard, Punch, Premium Times, the Daily Nation, The Citizen, the Daily
Monitor, a Buenos Aires English-language daily, a Mexico City daily, MercoPress, the New York
Times, the Guardian) and broadcasters (BBC, RFI, France 24, DW, a Cameroonian news agency), with
police and army statements quoted in the news. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of the earlier sets. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset108/build_devset108.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset108")

BERHAN = "Information Minister Berhan Hailu"
IWEHA = "JTF spokesman Lt. Ikedichi Iweha"
MBA = "Force Public Relations Officer Frank Mba"
LAYA = "Spain's Foreign Minister Arancha González Laya"
BF_SOURCE = "A Burkinabe security source"
CHELIMO = "North Eastern provincial police boss Stephen Chelimo"
SIRRO = "Inspector General of Police Simon Sirro"
KAYIMA = "Police spokesperson Emilian Kayima"
ANIAMAKA = "Delta State Police Public Relations Officer Andrew Aniamaka"
ABREU = "Sao Paulo state public security secretary Saulo de Castro Abreu"
AISSAMI = "Justice Minister Tareck El Aissami"
FTC = "the Joint Task Force (FTC)"
URIBE = "President Alvaro Uribe"
ROMERO = "Government Minister Carlos Romero"
MINING_FED = "the national federation of mining cooperatives"
ICG = "the International Crisis Group"
CN_EMBASSY = "the Chinese embassy in Colombia"

PASSAGES = [
    # --- Horn of Africa and East Africa --------------------------------------------------------
    P("d108_001",
      "ADDIS ABABA, April 24, 2007 (Reuters) - Rebels stormed a Chinese-run oil exploration field "
      "in Ethiopia's eastern Somali region on Tuesday, killing 65 Ethiopians and nine Chinese "
      "workers and abducting seven other Chinese, the government said. The attackers, from the "
      "separatist Ogaden National Liberation Front (ONLF), overran the camp at Abole, about 120 km "
      "from the regional capital Jijiga, at dawn, Information Minister Berhan Hailu told "
      "reporters. \"Between 150 and 200 rebels took part in this cowardly attack,\" he said, "
      "adding that 12 Ethiopian workers were unaccounted for. In a statement sent to Reuters in "
      "Nairobi, the ONLF said its fighters had \"killed or wounded\" more than 100 government "
      "soldiers guarding the site and denied targeting civilians. China's foreign ministry said "
      "it was sending a working group to Ethiopia and urged Addis Ababa to secure the hostages' "
      "release.",
      [C("65", 65, "exact", "killed", "Ethiopians at the Abole oil field", "the government"),
       C("nine", 9, "exact", "killed", "Chinese workers", "the government"),
       C("seven", 7, "exact", "hostages", "Chinese workers abducted", "the government"),
       C("Between 150 and 200", 150, "range", "troops", "rebels in the attack", BERHAN,
         high=200, cat_alt=["other"], attr_alt=["he"]),
       C("12", 12, "exact", "missing", "Ethiopian workers unaccounted for", BERHAN,
         attr_alt=["he"]),
       C("more than 100", 100, "more_than", "injured", "government soldiers killed or wounded",
         "the ONLF", cat_alt=["killed", "other"])],
      published="2007-04-24"),

    P("d108_002",
      "Gunmen abduct two Italian nuns in El Wak\n"
      "By NATION Correspondent\n"
      "Posted Monday, November 10 2008 at 22:30\n"
      "Two Italian Catholic nuns were kidnapped by gunmen who crossed into Kenya from Somalia "
      "early today, police said. Sisters Maria Teresa Olivero, 60, and Caterina Giraudo, 67, were "
      "seized from their mission at El Wak in Mandera District at about 3am by about 15 heavily "
      "armed men who came in two vehicles, North Eastern provincial police boss Stephen Chelimo "
      "said. A guard who tried to stop them was shot in the leg, he said. Mr Chelimo said more "
      "than 100 police officers and soldiers had been sent to the border to pursue the attackers. "
      "The nuns have worked in the area for more than 30 years, running literacy and health "
      "programmes that reach some 5,000 nomadic families.",
      [C("two", 2, "exact", "hostages", "Italian nuns (headline)", None, ctx="abduct two"),
       C("Two", 2, "exact", "hostages", "Italian nuns", "police", ctx="Two Italian Catholic"),
       C("about 15", 15, "about", "troops", "armed kidnappers", CHELIMO, cat_alt=["other"]),
       C("two", 2, "exact", "other", "vehicles of the kidnappers", CHELIMO, optional=True,
         ctx="two vehicles"),
       C("more than 100", 100, "more_than", "troops", "police and soldiers sent to the border",
         "Mr Chelimo", attr_alt=[CHELIMO]),
       C("some 5,000", 5000, "about", "other", "nomadic families reached by the programmes",
         None, cat_alt=["population", "aid"])],
      published="2008-11-10"),

    P("d108_003",
      "Mo Dewji found alive after nine days in captivity\n"
      "Saturday October 20 2018\n"
      "Dar es Salaam. Businessman Mohammed Dewji has been found alive, nine days after he was "
      "abducted by gunmen outside a city hotel where he had gone to exercise, police said "
      "yesterday. Dar es Salaam Special Zone Police Commander Lazaro Mambosasa said the kidnappers "
      "had abandoned him at the Gymkhana grounds in the early hours, and that he had been taken "
      "to hospital for a check-up. Inspector General of Police Simon Sirro told journalists that "
      "27 people had so far been questioned over the abduction and that the kidnappers included "
      "foreigners. Witnesses said at least two of the gunmen were white and that they fired "
      "into the air before driving off on October 11. Dewji's MeTL Group employs some 28,000 "
      "people in Tanzania and six other African countries. The Legal and Human Rights Centre "
      "says at least 14 people have been abducted or have gone missing in Tanzania since 2016.",
      [C("27", 27, "exact", "detained", "people questioned over the abduction", SIRRO,
         cat_alt=["other"]),
       C("at least two", 2, "at_least", "troops", "white gunmen", "Witnesses",
         cat_alt=["other"]),
       C("some 28,000", 28000, "about", "population", "MeTL Group employees", None,
         cat_alt=["other"]),
       C("six", 6, "exact", "other", "other countries where MeTL operates", None,
         optional=True),
       C("at least 14", 14, "at_least", "missing", "people abducted or missing since 2016",
         "The Legal and Human Rights Centre", cat_alt=["hostages"])],
      published="2018-10-20"),

    P("d108_004",
      "Kidnapped accountant Susan Magara found dead\n"
      "Wednesday February 28 2018\n"
      "KAMPALA. The body of Susan Magara, the 28-year-old accountant who was kidnapped on her way "
      "home three weeks ago, was found dumped along the Southern Bypass in Kigo yesterday, police "
      "said. Her family had paid a ransom of about $200,000 (Shs700m) to the kidnappers, "
      "according to relatives. Police spokesperson Emilian Kayima said 10 suspects had been "
      "arrested in connection with the abduction and murder. \"We are also looking for three "
      "others who fled,\" Mr Kayima said. Police figures show that at least 25 people have been "
      "kidnapped in Kampala and Wakiso districts since 2017, several of them children.",
      [C("10", 10, "exact", "detained", "suspects arrested", KAYIMA),
       C("three", 3, "exact", "other", "suspects still sought", "Mr Kayima",
         cat_alt=["detained"], attr_alt=[KAYIMA], ctx="three others"),
       C("at least 25", 25, "at_least", "hostages", "people kidnapped in Kampala and Wakiso",
         "Police figures", cat_alt=["other"])],
      published="2018-02-28"),

    P("d108_005",
      "Kidnapped Britons freed in Eritrea\n"
      "Tuesday 13 March 2007 18.05 GMT\n"
      "Five Europeans who were kidnapped in a remote part of northern Ethiopia nearly two weeks "
      "ago have been released unharmed, the Foreign Office said today. The group - three "
      "Britons, a French woman and a British-Italian dual national - were handed over to the "
      "British embassy in Asmara, the Eritrean capital, by Eritrean officials, a spokeswoman "
      "said. Most of them are linked to the British embassy in Addis Ababa. They were seized on "
      "March 1 in the Afar region, together with 13 Ethiopian drivers, guides and translators, "
      "while visiting the salt lakes near the village of Hamed Ela. Ethiopian officials said "
      "tonight that the 13 Ethiopians were still being held, and accused Eritrea of being behind "
      "the kidnapping, which Asmara denies.",
      [C("Five", 5, "exact", "hostages", "Europeans freed", "the Foreign Office"),
       C("three", 3, "exact", "hostages", "Britons among the freed", "a spokeswoman",
         attr_alt=["the Foreign Office"]),
       C("13", 13, "exact", "hostages", "Ethiopians seized with them", None,
         attr_alt=["the Foreign Office"], ctx="with 13 Ethiopian"),
       C("13", 13, "exact", "hostages", "Ethiopians still held", "Ethiopian officials",
         ctx="the 13 Ethiopians")],
      published="2007-03-13"),

    # --- Central Africa ------------------------------------------------------------------------
    P("d108_006",
      "YAOUNDE, June 1 (ANSA) - Two Italian priests and a Canadian nun who were kidnapped in "
      "northern Cameroon almost two months ago have been freed, Cameroon's presidency said on "
      "Sunday. Father Giampaolo Marta and Father Gianantonio Allegri, both from the diocese of "
      "Vicenza, and Sister Gilberte Bussière were taken from their parish in Tchère, near Maroua, "
      "on the night of April 4 by about 10 gunmen. The three are in good health and will be "
      "flown to Yaoundé, the presidency said in a statement. Premier Matteo Renzi thanked the "
      "Cameroonian authorities and \"all those who worked in silence\". Cameroon has since sent "
      "some 1,000 elite troops to the Far North region, which borders Nigeria, the defence "
      "ministry said last month. Boko Haram, suspected of the abduction, killed more than 2,000 "
      "civilians in Nigeria in the first half of the year, according to Human Rights Watch.",
      [C("Two", 2, "exact", "hostages", "Italian priests freed", "Cameroon's presidency"),
       C("about 10", 10, "about", "troops", "gunmen who seized them", None,
         cat_alt=["other"], attr_alt=["Cameroon's presidency"]),
       C("three", 3, "exact", "hostages", "freed hostages", "the presidency",
         attr_alt=["Cameroon's presidency"]),
       C("some 1,000", 1000, "about", "troops", "elite troops sent to the Far North",
         "the defence ministry"),
       C("more than 2,000", 2000, "more_than", "killed", "civilians killed by Boko Haram",
         "Human Rights Watch")]),

    P("d108_007",
      "Cardinal Tumi freed, Fon of Nso still in captivity\n"
      "Published on 06.11.2020 at 18h40\n"
      "BAMENDA – Cardinal Christian Wiyghan Tumi has been released by separatist fighters a day "
      "after he was abducted on the Bamenda–Kumbo road in the North West region, the Archbishop "
      "of Bamenda, Andrew Nkea, said on Friday. The 90-year-old prelate was travelling in a convoy "
      "of about 12 vehicles with the Fon of Nso, Sehm Mbinglo I, when armed men stopped it at "
      "Babessi, according to his secretary. \"The Cardinal spent the night with them and was "
      "released this morning. The Fon and some members of his entourage are still with them,\" "
      "Archbishop Nkea said. A source at the governor's office said nine other people, among "
      "them drivers and notables, had been taken along with the two men. Since 2017, the "
      "conflict in the Anglophone regions has killed more than 3,000 people, forced over 700,000 "
      "from their homes and shut thousands of schools, according to the International Crisis "
      "Group.",
      [C("about 12", 12, "about", "other", "vehicles in the convoy", "his secretary",
         optional=True),
       C("nine", 9, "exact", "hostages", "people taken with the cardinal and the Fon",
         "A source at the governor's office"),
       C("two", 2, "exact", "hostages", "the cardinal and the Fon",
         "A source at the governor's office", optional=True, ctx="the two men"),
       C("more than 3,000", 3000, "more_than", "killed", "people in the Anglophone conflict",
         ICG),
       C("over 700,000", 700000, "more_than", "displaced", "people forced from their homes",
         ICG),
       C("thousands", 1000, "vague", "infrastructure", "schools shut", ICG)],
      published="2020-11-06"),

    P("d108_008",
      "British tourists kidnapped in DR Congo freed\n"
      "13 May 2018\n"
      "Two British tourists kidnapped in the Democratic Republic of Congo's Virunga National "
      "Park have been released, the park's authorities say. The pair were seized on Friday along "
      "with their Congolese driver when gunmen ambushed their vehicle near the town of Kiwanja, "
      "north of Goma. A 25-year-old ranger, Rachel Masika Baraka, was killed in the attack - the "
      "first female ranger to die on duty in the park. Congo's army said it had sent some 200 "
      "soldiers to comb the area. More than 170 rangers have been killed in Virunga in the past "
      "20 years, according to the park, which has suspended all tourist visits until next year. "
      "Its force of about 700 rangers is one of the largest in Africa.",
      [C("Two", 2, "exact", "hostages", "British tourists freed", "the park's authorities"),
       C("some 200", 200, "about", "troops", "soldiers sent to comb the area", "Congo's army"),
       C("More than 170", 170, "more_than", "killed", "Virunga rangers in 20 years",
         "the park"),
       C("about 700", 700, "about", "population", "Virunga rangers employed", None,
         cat_alt=["troops", "other"])],
      published="2018-05-13"),

    P("d108_009",
      "BANGUI (AFP) - A French aid worker kidnapped in the Central African Republic's capital on "
      "Monday was freed on Friday after five days in captivity, the government said. Claudia "
      "Priest, 67, who worked for a Catholic medical charity, was seized along with a Central "
      "African colleague by anti-balaka militiamen demanding the release of their leader, "
      "Rodrigue Ngaïbona, who was arrested with four of his men by UN peacekeepers at the "
      "weekend. The colleague was freed the same evening. Security Minister Nicaise Samedi Karnou "
      "told AFP the militia had let Priest go \"without conditions\" after talks led by the "
      "archbishop of Bangui. The UN mission, MINUSCA, has about 8,600 troops and police in the "
      "country. Some 440,000 people are still displaced inside the Central African Republic and "
      "more than 425,000 have fled abroad, according to the UN refugee agency, while the World "
      "Food Programme says it delivered 1,500 tonnes of food to Bangui's camps in January.",
      [C("four", 4, "exact", "detained", "militiamen arrested with Ngaïbona", None,
         attr_alt=["UN peacekeepers"]),
       C("about 8,600", 8600, "about", "troops", "MINUSCA troops and police", None),
       C("Some 440,000", 440000, "about", "displaced", "people displaced inside CAR",
         "the UN refugee agency"),
       C("more than 425,000", 425000, "more_than", "displaced", "refugees abroad",
         "the UN refugee agency"),
       C("1,500", 1500, "exact", "aid", "tonnes of food delivered to camps",
         "the World Food Programme")]),

    # --- Sahel -----------------------------------------------------------------------------------
    P("d108_010",
      "KIDAL, Mali, Nov 2 (AFP) - Two French journalists from Radio France Internationale were "
      "abducted and killed in northern Mali on Saturday shortly after interviewing a Tuareg "
      "separatist leader in the town of Kidal, RFI and the French foreign ministry said. "
      "Ghislaine Dupont, 57, and Claude Verlon, 55, were seized outside the leader's home by four "
      "armed men who forced them into a beige pick-up truck, a local official told AFP. Their "
      "bodies were found about 12 kilometres east of the town, near the abandoned vehicle, the "
      "official said. French troops who set off in pursuit in two helicopters did not catch up "
      "with the attackers. France still has about 3,000 soldiers in Mali, down from a peak of "
      "more than 4,500 in the spring, and around 200 of them are stationed at Kidal airport, "
      "according to the defence ministry in Paris.",
      [C("Two", 2, "exact", "killed", "French journalists abducted and killed",
         "RFI and the French foreign ministry", cat_alt=["hostages"]),
       C("four", 4, "exact", "troops", "armed kidnappers", "a local official",
         cat_alt=["other"]),
       C("two", 2, "exact", "other", "helicopters in the pursuit", None, optional=True,
         cat_alt=["munitions"], ctx="two helicopters"),
       C("about 3,000", 3000, "about", "troops", "French soldiers in Mali",
         "the defence ministry in Paris"),
       C("more than 4,500", 4500, "more_than", "troops", "French soldiers at the peak",
         "the defence ministry in Paris"),
       C("around 200", 200, "about", "troops", "French soldiers at Kidal airport",
         "the defence ministry in Paris")]),

    P("d108_011",
      "Frenchman kidnapped in western Mali\n"
      "Published on: 21/11/2012 - 14:20\n"
      "A French national was kidnapped by armed men in western Mali late on Tuesday, near the "
      "border with Mauritania, the French foreign ministry confirmed on Wednesday. Gilberto "
      "Rodrigues Leal, 61, was seized in the town of Diéma while driving towards Mauritania in a "
      "camper van, a Malian police officer said. Six gunmen in turbans took part in the "
      "abduction, according to a witness quoted by the state news agency AMAP. The kidnapping "
      "brings to seven the number of French citizens held hostage in the Sahel, according to "
      "the foreign ministry. Islamist groups have controlled Mali's north since April, and the UN "
      "says more than 400,000 people have fled the region, over 200,000 of them into "
      "neighbouring countries.",
      [C("Six", 6, "exact", "troops", "gunmen in the abduction", "a witness",
         cat_alt=["other"], attr_alt=["the state news agency AMAP"]),
       C("seven", 7, "exact", "hostages", "French citizens held in the Sahel",
         "the foreign ministry", attr_alt=["the French foreign ministry"]),
       C("more than 400,000", 400000, "more_than", "displaced", "people who fled northern Mali",
         "the UN"),
       C("over 200,000", 200000, "more_than", "displaced", "refugees in neighbouring countries",
         "the UN")],
      published="2012-11-21"),

    P("d108_012",
      "Swiss missionary kidnapped again in Timbuktu\n"
      "Published on : 09/01/2016 - 12:10\n"
      "A Swiss missionary who was abducted by Islamist militants in Timbuktu in 2012 and released "
      "after nine days has been kidnapped again in the northern Malian city, local officials said "
      "on Saturday. Beatrice Stockly was taken from her home on Thursday night by four armed men "
      "who arrived in a pick-up truck, a municipal official told RFI. \"They came shortly after "
      "midnight, and there were no soldiers nearby,\" said a neighbour. The Swiss foreign "
      "ministry said it was aware of the case and was in contact with the Malian authorities. The "
      "UN mission in Mali has more than 10,000 peacekeepers in the country, some 700 of them in "
      "the Timbuktu region, according to its website. At least five foreigners are now held "
      "hostage in the Sahel, according to an AFP tally.",
      [C("four", 4, "exact", "troops", "armed kidnappers", "a municipal official",
         cat_alt=["other"]),
       C("more than 10,000", 10000, "more_than", "troops", "UN peacekeepers in Mali",
         "its website", attr_alt=["The UN mission in Mali"]),
       C("some 700", 700, "about", "troops", "peacekeepers in the Timbuktu region",
         "its website", attr_alt=["The UN mission in Mali"]),
       C("At least five", 5, "at_least", "hostages", "foreigners held in the Sahel",
         "an AFP tally")],
      published="2016-01-09"),

    P("d108_013",
      "Madrid, Apr 27 (EFE).- Two Spanish journalists and an Irish conservationist who went "
      "missing after an attack on an anti-poaching patrol in eastern Burkina Faso were killed, "
      "Spain's Foreign Minister Arancha González Laya said on Tuesday. David Beriáin, 44, and "
      "Roberto Fraile, 47, were filming a documentary on poaching when the convoy of around 40 "
      "people, including soldiers and forest rangers, was ambushed on Monday between Fada "
      "N'Gourma and Pama, the minister said. A Burkinabe security source told EFE that the "
      "attackers, on motorbikes and in pick-ups, numbered \"about a hundred\" and that one member "
      "of the patrol, a soldier, was still missing. Six people were wounded, among them four "
      "soldiers, the same source said. An Al-Qaeda-linked group later said it had killed the "
      "three foreigners and seized their weapons and cameras.",
      [C("Two", 2, "exact", "killed", "Spanish journalists", LAYA, cat_alt=["missing"]),
       C("around 40", 40, "about", "other", "people in the patrol convoy", "the minister",
         cat_alt=["troops"], attr_alt=[LAYA]),
       C("about a hundred", 100, "about", "troops", "attackers", BF_SOURCE,
         cat_alt=["other"]),
       C("one", 1, "exact", "missing", "soldier of the patrol", BF_SOURCE),
       C("Six", 6, "exact", "injured", "people wounded", "the same source",
         attr_alt=[BF_SOURCE]),
       C("four", 4, "exact", "injured", "soldiers wounded", "the same source",
         attr_alt=[BF_SOURCE]),
       C("three", 3, "exact", "killed", "foreigners", "An Al-Qaeda-linked group",
         optional=True)]),

    P("d108_014",
      "Berlin (dpa) - A German aid worker held by Islamist militants in West Africa for more than "
      "four and a half years has been freed, the Foreign Office in Berlin said on Monday. Jörg "
      "Lange, who worked for the aid organisation Help, was abducted in April 2018 near Ayorou in "
      "western Niger, close to the border with Mali. His Nigerien driver was shot and wounded and "
      "two colleagues escaped, Help said at the time. Lange is in good health and is being looked "
      "after by German officials in Niamey, the ministry said. At least 12 foreigners are "
      "currently held by jihadist groups in the Sahel, according to a tally by dpa, among them "
      "citizens of the United States, Romania and Australia. Jihadist attacks killed more than "
      "600 civilians last year in the Tillabéri region, where Ayorou lies, according to the "
      "monitoring group ACLED.",
      [C("two", 2, "exact", "other", "colleagues who escaped", "Help"),
       C("At least 12", 12, "at_least", "hostages", "foreigners held in the Sahel",
         "a tally by dpa", attr_alt=["dpa"]),
       C("more than 600", 600, "more_than", "killed", "civilians in Tillabéri last year",
         "the monitoring group ACLED")]),

    P("d108_015",
      "Bern, April 14 (Keystone-SDA) - A Swiss woman has been kidnapped in the northern Niger "
      "city of Agadez, the Federal Department of Foreign Affairs (FDFA) confirmed on Monday. "
      "According to local sources quoted by the news site Aïr Info, three armed men in a "
      "four-wheel-drive vehicle took the woman from her home on Sunday evening and drove off "
      "towards the north. The woman, who has lived in Agadez for many years and ran a handicraft "
      "business, is in her sixties, local media reported. It is the second kidnapping of a "
      "foreign woman in the city this year. About 30 Swiss nationals are registered as living in "
      "Niger, according to the FDFA, which has advised against all travel to the country since "
      "2013. The Agadez region, home to some 600,000 people, has seen a rise in banditry since "
      "the last of about 1,500 French troops left Niger in December 2023.",
      [C("three", 3, "exact", "troops", "armed kidnappers", "local sources",
         cat_alt=["other"], attr_alt=["the news site Aïr Info"]),
       C("About 30", 30, "about", "population", "Swiss nationals registered in Niger",
         "the FDFA", attr_alt=["the Federal Department of Foreign Affairs (FDFA)"]),
       C("some 600,000", 600000, "about", "population", "people in the Agadez region", None),
       C("about 1,500", 1500, "about", "troops", "French troops who left Niger", None)]),

    # --- Nigeria ----------------------------------------------------------------------------------
    P("d108_016",
      "PORT HARCOURT, Nigeria, Jan 11, 2006 (Reuters) - Militants in speedboats attacked an oil "
      "platform operated by Royal Dutch Shell off Nigeria's coast on Wednesday and kidnapped four "
      "foreign workers, the company and security sources said. The hostages - an American, a "
      "Briton, a Bulgarian and a Honduran - were seized from the EA field, about 14 km offshore, "
      "a Shell spokesman said. A security source said as many as 30 gunmen in six boats took "
      "part in the raid, during which a fire broke out at the facility. Shell said it had "
      "evacuated some 330 staff from four other installations in the area as a precaution. The "
      "attack was the latest in a string of raids on oil facilities in the Niger Delta, where "
      "armed groups say they are fighting for a greater share of the region's oil wealth.",
      [C("four", 4, "exact", "hostages", "foreign oil workers",
         "the company and security sources", ctx="four foreign"),
       C("as many as 30", 30, "at_most", "troops", "gunmen in the raid", "A security source",
         cat_alt=["other"]),
       C("six", 6, "exact", "other", "boats used in the raid", "A security source",
         optional=True),
       C("some 330", 330, "about", "displaced", "staff evacuated", "Shell"),
       C("four", 4, "exact", "infrastructure", "other installations evacuated", "Shell",
         optional=True, cat_alt=["other"], ctx="four other installations")],
      published="2006-01-11"),

    P("d108_017",
      "German hostage killed as JTF storms Kano hideout\n"
      "On June 1, 2012 1:25 am In News by Kingsley Omonobi\n"
      "KANO — A German engineer abducted in Kano in January was killed yesterday as soldiers of "
      "the Joint Task Force stormed the house where he was being held in the Sharada area of the "
      "city. JTF spokesman Lt. Ikedichi Iweha said five suspected members of the Boko Haram sect "
      "were killed in the operation and two others were arrested, while one soldier was wounded. "
      "\"Unfortunately, the hostage had been killed by his abductors before our men could reach "
      "him,\" Iweha said, adding that troops recovered six rifles and a quantity of explosives. "
      "Edgar Fritz Raupach, 71, who worked for a construction firm, was seized on January 26 by "
      "four gunmen on the outskirts of Kano. Residents said the gun battle lasted about two hours "
      "and that at least three houses were damaged.",
      [C("five", 5, "exact", "killed", "suspected Boko Haram members", IWEHA),
       C("two", 2, "exact", "detained", "suspects arrested", IWEHA, ctx="two others"),
       C("one", 1, "exact", "injured", "soldier wounded", IWEHA),
       C("six", 6, "exact", "munitions", "rifles recovered", "Iweha", cat_alt=["other"],
         attr_alt=[IWEHA]),
       C("four", 4, "exact", "troops", "gunmen who seized Raupach", None, cat_alt=["other"],
         attr_alt=[IWEHA]),
       C("at least three", 3, "at_least", "infrastructure", "houses damaged", "Residents")],
      published="2012-06-01"),

    P("d108_018",
      "Police rescue Daura district head after 20 days\n"
      "Published May 22, 2019\n"
      "The police have rescued the District Head of Daura, Alhaji Musa Umar Uba, who was abducted "
      "by gunmen from his residence in Katsina State on May 1. Force Public Relations Officer "
      "Frank Mba said in a statement on Tuesday that the 68-year-old traditional ruler was freed "
      "unhurt in Kano State and that five suspects had been arrested. Mba said the operatives "
      "recovered two AK-47 rifles, 250 rounds of ammunition and a Toyota Hilux van used for the "
      "abduction. \"One of the gang members, who was fatally injured in a gun duel with the "
      "operatives, later died,\" he said. The police said over 1,000 kidnapping suspects had been "
      "arrested across the country since January.",
      [C("five", 5, "exact", "detained", "suspects arrested", MBA),
       C("two", 2, "exact", "munitions", "AK-47 rifles recovered", "Mba", cat_alt=["other"],
         attr_alt=[MBA]),
       C("250", 250, "exact", "munitions", "rounds of ammunition recovered", "Mba",
         cat_alt=["other"], attr_alt=[MBA]),
       C("One", 1, "exact", "killed", "gang member", MBA, attr_alt=["he"]),
       C("over 1,000", 1000, "more_than", "detained", "kidnapping suspects arrested",
         "The police")],
      published="2019-05-22"),

    P("d108_019",
      "Gunmen kill British missionary, hold three others in Delta\n"
      "October 16, 2017\n"
      "Gunmen have killed one of four British Christian missionaries abducted on Friday in "
      "Enugbene community, Burutu Local Government Area of Delta State, the police said on "
      "Sunday. Delta State Police Public Relations Officer Andrew Aniamaka said the missionaries, "
      "who had been offering free medical care, were seized in the early hours of Friday by "
      "about eight gunmen who came by boat. \"One of them was killed while three are still in "
      "the kidnappers' den,\" he said. Aniamaka said a joint team of about 50 police officers, "
      "soldiers and naval personnel had been deployed to the creeks to rescue them.",
      [C("three", 3, "exact", "hostages", "missionaries held (headline)", None,
         ctx="hold three"),
       C("one", 1, "exact", "killed", "British missionary", "the police",
         cat_alt=["hostages"], ctx="one of four"),
       C("four", 4, "exact", "hostages", "British missionaries abducted", "the police"),
       C("about eight", 8, "about", "troops", "gunmen who came by boat", ANIAMAKA,
         cat_alt=["other"]),
       C("One", 1, "exact", "killed", "missionary killed", ANIAMAKA, cat_alt=["hostages"],
         attr_alt=["he"], ctx="One of them"),
       C("three", 3, "exact", "hostages", "missionaries still held", ANIAMAKA,
         attr_alt=["he"], ctx="three are still"),
       C("about 50", 50, "about", "troops", "police, soldiers and naval personnel deployed",
         "Aniamaka", attr_alt=[ANIAMAKA])],
      published="2017-10-16"),

    # --- Mexico and Central America -------------------------------------------------------------
    P("d108_020",
      "Diego Fernández de Cevallos freed after seven months\n"
      "Mexico City | Monday, December 20, 2010\n"
      "Diego Fernández de Cevallos, the former presidential candidate of the ruling National "
      "Action Party (PAN), was freed early on Monday, seven months after he was seized from his "
      "ranch in Querétaro state. \"I'm fine, thank God,\" the 69-year-old politician told reporters "
      "outside his home in Mexico City, looking thin and with a long white beard. His family did "
      "not say whether a ransom had been paid; Mexican media reported sums of up to $30 million. "
      "About 100 federal police officers and soldiers searched the ranch and the surrounding "
      "hills in the days after the abduction. The Querétaro state attorney's office said more "
      "than 20 people had been questioned in the case, but no one had been charged. More than 1,300 kidnappings were reported to "
      "authorities in 2009, according to the National Public Security System, though rights "
      "groups say most cases are never reported.",
      [C("About 100", 100, "about", "troops", "federal police and soldiers searching", None),
       C("more than 20", 20, "more_than", "detained", "people questioned in the case",
         "The Querétaro state attorney's office", cat_alt=["other"]),
       C("More than 1,300", 1300, "more_than", "hostages", "kidnappings reported in 2009",
         "the National Public Security System", cat_alt=["other"])],
      published="2010-12-20"),

    P("d108_021",
      "MEXICO CITY, Aug 2 (Reuters) - The body of a 14-year-old boy kidnapped nearly two months "
      "ago was found in the trunk of a car in Mexico City, prosecutors said on Saturday, in a case "
      "that has stirred outrage over Mexico's wave of abductions. Fernando Martí, the son of "
      "sports-store magnate Alejandro Martí, was seized on June 4 at a fake police checkpoint, "
      "where his driver was shot dead and a bodyguard badly wounded. The family paid a ransom but "
      "the boy was not released, according to Mexican media. Mexico City prosecutors said five "
      "people had been detained so far, among them three serving police officers, and that the "
      "gang may have carried out up to 11 other abductions. Civic groups are planning a march "
      "against crime later this month and expect tens of thousands of people to join it.",
      [C("five", 5, "exact", "detained", "people detained", "Mexico City prosecutors"),
       C("three", 3, "exact", "detained", "police officers detained", "Mexico City prosecutors"),
       C("up to 11", 11, "at_most", "hostages", "other abductions by the gang",
         "Mexico City prosecutors", cat_alt=["other"]),
       C("tens of thousands", 10000, "vague", "other", "expected marchers", "Civic groups",
         optional=True)]),

    P("d108_022",
      "SAN SALVADOR, El Salvador (UPI) -- Leftist guerrillas Thursday freed President José "
      "Napoleón Duarte's eldest daughter, 44 days after she was kidnapped, in an exchange that "
      "sent 22 jailed rebels to freedom and allowed 96 wounded guerrillas to leave the country for "
      "medical treatment, officials said. Inés Guadalupe Duarte Durán, 35, and a friend, Ana "
      "Cecilia Villeda, were handed over to church mediators in the eastern town of Tenancingo. "
      "The rebels also released 23 of the mayors and municipal officials they had seized over the "
      "past year, Archbishop Arturo Rivera y Damas said. One of Duarte's bodyguards was killed "
      "and another wounded when the two women were seized outside a private university on Sept. "
      "10.",
      [C("22", 22, "exact", "detained", "jailed rebels freed", "officials"),
       C("96", 96, "exact", "injured", "wounded guerrillas allowed to leave", "officials",
         cat_alt=["other", "displaced"]),
       C("23", 23, "exact", "hostages", "mayors and officials released",
         "Archbishop Arturo Rivera y Damas"),
       C("One", 1, "exact", "killed", "bodyguard", None),
       C("two", 2, "exact", "hostages", "women seized", None, optional=True,
         ctx="the two women")]),

    P("d108_023",
      "MEXICO CITY, June 27 (Reuters) - Mexican banker Alfredo Harp Helú, the president of "
      "Banamex, was freed unharmed on Sunday after 106 days in the hands of kidnappers, his family "
      "said. Harp, 50, a cousin of businessman Carlos Slim, was seized on March 14 as he left a "
      "business meeting in the capital. A ransom of about $30 million was paid, according to "
      "newspaper reports, which would make it one of the largest ever paid in Latin America. The "
      "family thanked the police for their discretion and asked the press to respect its privacy "
      "for a few days.",
      []),

    # --- Colombia and Venezuela -----------------------------------------------------------------
    P("d108_024",
      "F.A.R.C. Admits Its Guerrillas Killed 3 Americans\n"
      "Published: March 11, 1999\n"
      "BOGOTÁ, Colombia, March 10 — Colombia's largest rebel group acknowledged today that one of "
      "its commanders had ordered the killing of three American Indian rights activists whose "
      "bodies were found last week just across the border in Venezuela, and said the men "
      "responsible would face a rebel trial. The activists — Terence Freitas, 24, Ingrid "
      "Washinawatok, 41, and Lahe'ena'e Gay, 39 — were abducted on Feb. 25 in the northeastern "
      "province of Arauca, where they had been helping the U'wa, an Indian people of about 5,000 "
      "who are fighting oil drilling on their land. Their bodies were found bound, blindfolded "
      "and shot several times. Colombian officials said the rebels, who hold more than 1,500 "
      "hostages, had at first denied any involvement.",
      [C("3", 3, "exact", "killed", "American activists (headline)", "F.A.R.C.",
         cat_alt=["hostages"]),
       C("three", 3, "exact", "killed", "American Indian rights activists",
         "Colombia's largest rebel group", cat_alt=["hostages"]),
       C("about 5,000", 5000, "about", "population", "U'wa people", None),
       C("more than 1,500", 1500, "more_than", "hostages", "hostages held by the FARC", None,
         attr_alt=["Colombian officials"])],
      published="1999-03-11"),

    P("d108_025",
      "BOGOTA, Colombia, May 5 (Reuters) - Leftist rebels executed a provincial governor, a "
      "former defense minister and eight soldiers on Monday as Colombian troops closed in on "
      "their jungle camp in a failed rescue attempt, President Alvaro Uribe said. The army said "
      "75 commandos had taken part in the helicopter-borne raid near Urrao. Three other "
      "captive soldiers survived with gunshot wounds and were flown to a hospital in Medellin, "
      "Uribe said in a televised address. Antioquia Gov. Guillermo Gaviria and his peace adviser "
      "Gilberto Echeverri had been held since April 2002, when they were seized while leading a "
      "peace march of about 1,000 people. \"They were murdered in cold blood,\" Uribe said. The "
      "Revolutionary Armed Forces of Colombia, or FARC, holds dozens of politicians and soldiers "
      "it wants to exchange for jailed rebels.",
      [C("eight", 8, "exact", "killed", "captive soldiers executed", URIBE,
         cat_alt=["hostages"]),
       C("75", 75, "exact", "troops", "commandos in the raid", "The army"),
       C("Three", 3, "exact", "injured", "captive soldiers wounded", "Uribe",
         cat_alt=["hostages"], attr_alt=[URIBE]),
       C("about 1,000", 1000, "about", "other", "peace marchers", None),
       C("dozens", 12, "vague", "hostages", "politicians and soldiers held by the FARC",
         None)]),

    P("d108_026",
      "BOGOTA (AFP) - Colombia's ELN rebels on Tuesday freed a Canadian mining executive they had "
      "held for more than seven months, the International Committee of the Red Cross said. "
      "Gernot Wober, vice president of exploration for Braeval Mining, was handed over to a "
      "humanitarian mission in the southern Bolívar department, the ICRC said. He was seized in "
      "January along with two Peruvian geologists and three Colombian workers, who were released "
      "unharmed in February. The ELN had demanded that Braeval give up its mining titles in the "
      "area. The guerrilla group, which has an estimated 2,500 fighters, has said it is ready to "
      "open peace talks with the government of President Juan Manuel Santos. Colombia recorded "
      "305 kidnappings last year, according to the defence ministry, down from more than 3,500 "
      "in 2000.",
      [C("two", 2, "exact", "hostages", "Peruvian geologists seized", None,
         attr_alt=["the ICRC"]),
       C("three", 3, "exact", "hostages", "Colombian workers seized", None,
         attr_alt=["the ICRC"]),
       C("an estimated 2,500", 2500, "about", "troops", "ELN fighters", None,
         cat_alt=["other"]),
       C("305", 305, "exact", "hostages", "kidnappings in Colombia last year",
         "the defence ministry", cat_alt=["other"]),
       C("more than 3,500", 3500, "more_than", "hostages", "kidnappings in Colombia in 2000",
         "the defence ministry", cat_alt=["other"])]),

    P("d108_027",
      "Colombia's ELN frees Dutch journalists\n"
      "Date 29.06.2018\n"
      "Colombia's ELN guerrillas have released two Dutch journalists they held for a week in the "
      "northeastern Catatumbo region, the Ombudsman's Office said on Friday. Reporter Derk Bolt "
      "and cameraman Eugenio Follender were handed over to a humanitarian commission that "
      "included the Catholic Church, the office said. The pair, who were working for a Dutch "
      "television program that traces lost relatives, were seized on June 20 near the border "
      "with Venezuela. The ELN, which has an estimated 2,000 fighters, is still holding at least "
      "10 other people, according to the Colombian government, which suspended peace talks with "
      "the group in January after a wave of bomb attacks, among them a blast at a police station "
      "in Barranquilla that killed five officers and wounded more than 40. The army has deployed "
      "about 5,000 troops in Catatumbo.",
      [C("two", 2, "exact", "hostages", "Dutch journalists freed", "the Ombudsman's Office"),
       C("an estimated 2,000", 2000, "about", "troops", "ELN fighters", None,
         cat_alt=["other"], attr_alt=["the Colombian government"]),
       C("at least 10", 10, "at_least", "hostages", "people still held by the ELN",
         "the Colombian government"),
       C("five", 5, "exact", "killed", "police officers in Barranquilla", None,
         attr_alt=["the Colombian government"]),
       C("more than 40", 40, "more_than", "injured", "people wounded in Barranquilla", None,
         attr_alt=["the Colombian government"]),
       C("about 5,000", 5000, "about", "troops", "troops deployed in Catatumbo", None,
         attr_alt=["The army"])],
      published="2018-06-29"),

    P("d108_028",
      "BOGOTA, Nov. 22 (Xinhua) -- Four employees of the oil company Emerald Energy, three of "
      "them Chinese nationals, were released on Thursday by Colombia's FARC rebels after 17 "
      "months in captivity, the Chinese embassy in Colombia said. The four were handed over to a "
      "humanitarian commission of the International Committee of the Red Cross (ICRC) in the "
      "southern department of Caqueta, the embassy said in a statement. The Chinese engineers "
      "were seized in June 2011 along with their Colombian interpreter while working on an oil "
      "exploration project near San Vicente del Caguan. An ICRC spokesman said the organization "
      "had helped secure the release of 31 people held by armed groups in Colombia so far this "
      "year. The release came days after the Colombian government and the FARC opened peace "
      "talks in Havana.",
      [C("Four", 4, "exact", "hostages", "Emerald Energy employees freed", CN_EMBASSY),
       C("three", 3, "exact", "hostages", "Chinese nationals freed", CN_EMBASSY),
       C("four", 4, "exact", "hostages", "freed employees handed over", "the embassy",
         optional=True, attr_alt=[CN_EMBASSY], ctx="The four were"),
       C("31", 31, "exact", "hostages", "people freed with ICRC help this year",
         "An ICRC spokesman")]),

    P("d108_029",
      "FARC rebels free French reporter Roméo Langlois\n"
      "Latest update : 2012-05-30\n"
      "Colombia's FARC guerrillas on Wednesday freed French journalist Roméo Langlois, who was "
      "captured a month ago while accompanying troops on an anti-drug operation in the southern "
      "Caquetá province. Langlois, 35, was handed over to a delegation that included a French "
      "government envoy and the International Committee of the Red Cross in the village of San "
      "Isidro, where hundreds of villagers had gathered for the occasion. Four members of the "
      "security forces were killed in the clash in which the reporter, wounded in the arm, fell "
      "into rebel hands, according to Colombia's defence ministry. The FARC, which the government "
      "says still has some 9,000 fighters, had accused Langlois of being a \"prisoner of war\".",
      [C("hundreds", 100, "vague", "other", "villagers gathered at San Isidro", None),
       C("Four", 4, "exact", "killed", "security forces members in the clash",
         "Colombia's defence ministry"),
       C("some 9,000", 9000, "about", "troops", "FARC fighters", "the government",
         cat_alt=["other"])],
      published="2012-05-30"),

    P("d108_030",
      "CARACAS, Venezuela (AP) — Venezuelan commandos rescued Washington Nationals catcher Wilson "
      "Ramos on Friday night in a mountainous area of Carabobo state, ending a two-day kidnapping "
      "that had gripped baseball fans in both countries. Justice Minister Tareck El Aissami said "
      "on state television that police and soldiers had exchanged fire with the captors before "
      "freeing Ramos, 24, unharmed, and that about 200 officers had taken part in the operation. "
      "Four people, including a Colombian, had been arrested in the "
      "case, and police were hunting for between four and six other suspects who fled into the "
      "hills, the minister said. Ramos was seized at gunpoint outside his family's home in "
      "Valencia on Wednesday evening. Venezuela registered 1,150 kidnappings last year, according "
      "to police figures, though officials acknowledge that most cases go unreported.",
      [C("about 200", 200, "about", "troops", "police and soldiers in the rescue", AISSAMI),
       C("Four", 4, "exact", "detained", "people arrested", "the minister",
         attr_alt=[AISSAMI]),
       C("between four and six", 4, "range", "other", "suspects still sought", "the minister",
         high=6, cat_alt=["detained"], attr_alt=[AISSAMI]),
       C("1,150", 1150, "exact", "hostages", "kidnappings in Venezuela last year",
         "police figures", cat_alt=["other"])]),

    # --- Southern Cone, Brazil and the Andes ----------------------------------------------------
    P("d108_031",
      "Paraguayan guerrillas kidnap Mennonite teenager\n"
      "Monday, July 31st 2017 - 09:12 UTC\n"
      "Paraguay's EPP guerrilla group has kidnapped an 18-year-old Mennonite farm worker in the "
      "northern department of San Pedro, the Joint Task Force (FTC) said on Sunday. Franz Wiebe "
      "was taken by about 10 armed men from a farm in the Tacuatí district on Friday, the FTC "
      "said, adding that the kidnappers had left a pamphlet demanding that his family hand out 20 "
      "tonnes of food in poor communities. Some 300 soldiers and police officers have been sent "
      "to search the area, according to Interior Minister Lorenzo Lezcano. The EPP, which "
      "authorities believe has fewer than 50 fighters, is also holding at least two other "
      "hostages, among them a Mennonite farmer seized last year. At least 11 members of the "
      "security forces have been killed by the group since 2008.",
      [C("about 10", 10, "about", "troops", "armed kidnappers", "the FTC", cat_alt=["other"],
         attr_alt=[FTC]),
       C("20", 20, "exact", "aid", "tonnes of food demanded", "the FTC", attr_alt=[FTC]),
       C("Some 300", 300, "about", "troops", "soldiers and police searching",
         "Interior Minister Lorenzo Lezcano"),
       C("fewer than 50", 50, "fewer_than", "troops", "EPP fighters", "authorities",
         cat_alt=["other"]),
       C("at least two", 2, "at_least", "hostages", "other hostages held by the EPP", None,
         attr_alt=["authorities"]),
       C("At least 11", 11, "at_least", "killed", "members of the security forces", None)],
      published="2017-07-31"),

    P("d108_032",
      "SAO PAULO, Brazil, Feb 2 (Reuters) - Police freed Brazilian advertising executive "
      "Washington Olivetto on Saturday after 53 days in captivity, storming a house in the city's "
      "south where he had been held in a tiny windowless room, officials said. Six suspected "
      "kidnappers, among them two Chileans, an Argentine and a Colombian, were arrested, Sao Paulo "
      "state public security secretary Saulo de Castro Abreu told a news conference. Two other "
      "suspects were still being sought, he said. Olivetto, 50, one of Brazil's best-known ad "
      "men, was seized on Dec. 11 by gunmen dressed as police officers. More than 300 people were "
      "kidnapped in Sao Paulo state last year, according to the state's public security "
      "department.",
      [C("Six", 6, "exact", "detained", "suspected kidnappers arrested", ABREU),
       C("two", 2, "exact", "detained", "Chileans arrested", ABREU, ctx="two Chileans"),
       C("Two", 2, "exact", "other", "suspects still sought", ABREU, cat_alt=["detained"],
         attr_alt=["he"], ctx="Two other suspects"),
       C("More than 300", 300, "more_than", "hostages", "people kidnapped in Sao Paulo state",
         "the state's public security department", cat_alt=["other"])]),

    P("d108_033",
      "SAO PAULO, Brazil (AP) — A kidnapper who had held the daughter of television host Silvio "
      "Santos for a week invaded the entertainer's mansion Thursday and held him hostage for "
      "seven hours before surrendering, police said. Fernando Dutra Pinto, 22, gave himself up to "
      "Sao Paulo Gov. Geraldo Alckmin, whom he had demanded to see in person. On Tuesday, Dutra "
      "Pinto shot dead two police officers and wounded a third in a shootout at a hotel in the "
      "suburb of Barueri, police said. More than 100 police officers surrounded the house in the "
      "Morumbi neighborhood during the standoff, while hundreds of neighbors and reporters "
      "watched from behind barriers. Patrícia Abravanel, 24, was freed on Aug. 28 after her family "
      "paid a ransom. Police said a second suspect in her abduction had been arrested and that "
      "three others were being sought.",
      [C("two", 2, "exact", "killed", "police officers shot dead", "police"),
       C("More than 100", 100, "more_than", "troops", "police officers around the house", None),
       C("hundreds", 100, "vague", "other", "neighbors and reporters watching", None),
       C("three", 3, "exact", "other", "suspects still sought", "Police",
         cat_alt=["detained"])]),

    P("d108_034",
      "Friday, September 17, 1999\n"
      "Bank siege ends in bloodbath\n"
      "A hostage crisis at a bank in Villa Ramallo, in Buenos Aires province, ended in carnage "
      "early yesterday when police opened fire on a car in which three robbers were trying to "
      "escape with three hostages. Bank manager Carlos Chaves and accountant Carlos Santillán were "
      "killed, as was one of the robbers, provincial security officials said. Chaves's wife, "
      "Flora Lacave, survived with wounds to the head. The robbers had seized seven people when "
      "they burst into the Banco de la Nación branch on Wednesday morning and released four of "
      "them during the night, police said. Some 200 police officers had surrounded the bank "
      "during the 21-hour siege.",
      [C("three", 3, "exact", "troops", "robbers in the car", None, cat_alt=["other"],
         attr_alt=["provincial security officials"], ctx="three robbers"),
       C("three", 3, "exact", "hostages", "hostages in the car", None,
         attr_alt=["provincial security officials"], ctx="three hostages"),
       C("one", 1, "exact", "killed", "robber", "provincial security officials"),
       C("seven", 7, "exact", "hostages", "people seized in the bank", "police"),
       C("four", 4, "exact", "hostages", "hostages released during the night", "police"),
       C("Some 200", 200, "about", "troops", "police officers around the bank", None)],
      published="1999-09-17"),

    P("d108_035",
      "LA PAZ (AFP) - Striking miners in Bolivia kidnapped and beat to death a deputy interior "
      "minister who had gone to negotiate with them at a road blockade, the government said on "
      "Friday. Rodolfo Illanes, 56, was seized on Thursday in Panduro, about 160 kilometres south "
      "of La Paz, Government Minister Carlos Romero said. Romero said more than 100 people had "
      "been arrested and that about 700 police officers had been sent to clear the highway. Two "
      "miners were killed by gunfire in clashes with police on Wednesday and at least three "
      "others were unaccounted for, according to the national federation of mining cooperatives, "
      "which says it represents some 100,000 workers. President Evo Morales declared three days "
      "of mourning.",
      [C("more than 100", 100, "more_than", "detained", "people arrested", "Romero",
         attr_alt=[ROMERO]),
       C("about 700", 700, "about", "troops", "police officers sent", "Romero",
         attr_alt=[ROMERO]),
       C("Two", 2, "exact", "killed", "miners", MINING_FED),
       C("at least three", 3, "at_least", "missing", "miners unaccounted for", MINING_FED),
       C("some 100,000", 100000, "about", "population", "cooperative mine workers", MINING_FED,
         cat_alt=["other"])]),

    # --- Added: Mexico City, Lagos, Rio de Janeiro, Ondo ---------------------------------------
    P("d108_036",
      "MEXICO CITY (AP) — DNA tests have confirmed that 12 of the 13 bodies found in a mass grave "
      "on a ranch outside the capital belong to the young people abducted from a bar in the "
      "city's Zona Rosa in May, Mexico City prosecutors said Thursday. The victims — seven men "
      "and five women, most of them from the rough Tepito neighborhood — were taken from the "
      "After Heaven bar in broad daylight on a Sunday morning, chief prosecutor Rodolfo Ríos told "
      "a news conference. Witnesses have said about 20 men led them out of the bar to waiting "
      "vehicles without firing a shot. At least 16 people have been arrested in the case, among "
      "them the bar's co-owner and two police officers, Ríos said. The remaining body has not "
      "been identified.",
      [C("12", 12, "exact", "killed", "abducted young people identified",
         "Mexico City prosecutors", cat_alt=["hostages"]),
       C("13", 13, "exact", "killed", "bodies in the mass grave", "Mexico City prosecutors"),
       C("seven", 7, "exact", "killed", "men among the victims",
         "chief prosecutor Rodolfo Ríos", cat_alt=["hostages"]),
       C("five", 5, "exact", "killed", "women among the victims",
         "chief prosecutor Rodolfo Ríos", cat_alt=["hostages"]),
       C("about 20", 20, "about", "troops", "men who led them out", "Witnesses",
         cat_alt=["other"]),
       C("At least 16", 16, "at_least", "detained", "people arrested in the case", "Ríos",
         attr_alt=["chief prosecutor Rodolfo Ríos"]),
       C("two", 2, "exact", "detained", "police officers arrested", "Ríos",
         attr_alt=["chief prosecutor Rodolfo Ríos"])]),

    P("d108_037",
      "Gunmen abduct three pupils from Ikorodu school\n"
      "By Gbenga Salau | 01 March 2016 | 4:10 am\n"
      "Gunmen yesterday abducted three female students of Babington Macaulay Junior Seminary, "
      "Ikorodu, Lagos State, from their hostel in the early hours. The Lagos State Police Command "
      "spokesperson, Dolapo Badmos, said the gunmen, about six in number, came in a boat through "
      "the creek that borders the school and forced their way into the hostel. She said about "
      "150 policemen, including marine police, had been deployed to the creeks, and that two "
      "security guards on duty that night were being questioned. The school, which has about 600 "
      "pupils, has been closed and parents asked to take their children home.",
      [C("three", 3, "exact", "hostages", "students abducted (headline)", None,
         ctx="abduct three"),
       C("three", 3, "exact", "hostages", "female students abducted", None,
         attr_alt=["Dolapo Badmos"], ctx="abducted three"),
       C("about six", 6, "about", "troops", "gunmen", "Dolapo Badmos", cat_alt=["other"]),
       C("about 150", 150, "about", "troops", "policemen deployed to the creeks",
         "Dolapo Badmos", attr_alt=["She"]),
       C("two", 2, "exact", "detained", "security guards questioned", "Dolapo Badmos",
         cat_alt=["other"], attr_alt=["She"]),
       C("about 600", 600, "about", "population", "pupils of the school", None,
         cat_alt=["other"])],
      published="2016-03-01"),

    P("d108_038",
      "RIO DE JANEIRO, June 22 (Reuter) - Advertising executive Roberto Medina, the organiser of "
      "the Rock in Rio festival, was freed unharmed on Friday after 16 days in the hands of "
      "kidnappers who were reported to have received a ransom of $2.5 million, police said. "
      "Medina told reporters he had been kept chained in a small room with the radio turned up "
      "loud. State police chief Nilo Batista said more than 500 officers had taken part in the "
      "search and that two suspects had been arrested. Rio de Janeiro state has recorded 43 "
      "kidnappings for ransom so far this year, compared with nine in the whole of 1988, "
      "according to the state security secretariat.",
      [C("more than 500", 500, "more_than", "troops", "officers in the search",
         "State police chief Nilo Batista"),
       C("two", 2, "exact", "detained", "suspects arrested", "State police chief Nilo Batista"),
       C("43", 43, "exact", "hostages", "kidnappings for ransom this year",
         "the state security secretariat", cat_alt=["other"]),
       C("nine", 9, "exact", "hostages", "kidnappings for ransom in 1988",
         "the state security secretariat", cat_alt=["other"])]),

    P("d108_039",
      "Gunmen kill Fasoranti's daughter on Ore road\n"
      "Updated July 13, 2019\n"
      "Gunmen on Friday shot dead Mrs Funke Olakunrin, the daughter of the leader of the "
      "pan-Yoruba group Afenifere, Pa Reuben Fasoranti, on the Kajola–Ore road in Ondo State. Ondo "
      "State Police Commissioner Bolaji Salami said the attackers, numbering between eight and "
      "10, opened fire on her vehicle when the driver refused to stop, in what appeared to be a "
      "kidnapping attempt. The driver escaped unhurt, he said. Afenifere spokesman Yinka Odumakin "
      "said at least 20 travellers had been kidnapped on the same stretch of road in the past two "
      "months. Salami said 13 suspected kidnappers had been arrested in the state since May. The "
      "Inspector-General of Police ordered the deployment of some 400 additional "
      "officers to the Ore–Benin highway.",
      [C("between eight and 10", 8, "range", "troops", "attackers",
         "Ondo State Police Commissioner Bolaji Salami", high=10, cat_alt=["other"]),
       C("at least 20", 20, "at_least", "hostages", "travellers kidnapped on the road",
         "Afenifere spokesman Yinka Odumakin", cat_alt=["other"]),
       C("13", 13, "exact", "detained", "suspected kidnappers arrested since May", "Salami",
         attr_alt=["Ondo State Police Commissioner Bolaji Salami"], ctx="13 suspected"),
       C("some 400", 400, "about", "troops", "additional police officers deployed", None,
         attr_alt=["The Inspector-General of Police"])],
      published="2019-07-13"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d108_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=39)
