"""Source of the held-out evaluation set: writes ``passages.jsonl`` next to it.

The passages are written by hand for this set (none copied from an article, none
taken from the development set's events or sentences) and annotated blind, by
the gold conventions (``gold/README.md`` in the project's shared folder).

Offsets are never typed.  Each claim names its ``span``; when the span occurs
more than once in the text, it also names a ``ctx``: a longer piece of text
that occurs exactly once and contains the span exactly once.  The spans, the
fields, the order of the claims, the attributions (worded in the text) and the
value/qualifier that the span's own words give are checked by
``tests/devset_build.py``, which the evaluation sets share.

The set is held out: score it with the official scorer only
(``python /work/shared/eval/score.py tests/holdout/passages.jsonl``); do not
tune the extractor on it and do not write tests that use it.

Run ``python tests/holdout/build_holdout.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- Haiti 2010 earthquake ---------------------------------------------------------------
    P("ho001",
      "Posted January 15, 2010, 6:42 p.m. ET\n"
      "PORT-AU-PRINCE — Haiti's government said Friday that about 50,000 bodies had been "
      "collected from the streets of the capital and that it expected the final toll from "
      "Tuesday's magnitude-7.0 earthquake to reach between 100,000 and 200,000. Interior "
      "Minister Paul Antoine Bien-Aimé said 1.5 million people had been left homeless and that "
      "some 3,000 police officers were on duty in Port-au-Prince. The Red Cross estimates that "
      "perhaps 3 million people have been affected.",
      [C("about 50,000", 50000, "about", "killed", "bodies collected", "Haiti's government"),
       C("between 100,000 and 200,000", 100000, "range", "killed", "expected final toll",
         "Haiti's government", high=200000),
       C("1.5 million", 1500000, "exact", "displaced", "people left homeless",
         "Interior Minister Paul Antoine Bien-Aimé"),
       C("some 3,000", 3000, "about", "troops", "police officers on duty",
         "Interior Minister Paul Antoine Bien-Aimé"),
       C("perhaps 3 million", 3000000, "about", "other", "people affected", "The Red Cross",
         cat_alt=["population"])],
      published="2010-01-15"),

    # --- 2004 Indian Ocean tsunami ----------------------------------------------------------
    P("ho002",
      "The Indian Ocean tsunami of 26 December 2004 killed an estimated 227,898 people in 14 "
      "countries, making it one of the deadliest natural disasters in recorded history. "
      "Indonesia's Aceh province bore the brunt, with more than 160,000 dead, while in Sri Lanka "
      "some 35,000 people perished and half a million were left homeless. Waves up to 30 metres "
      "high struck the coast of Aceh within 20 minutes of the magnitude 9.1 undersea quake.",
      [C("an estimated 227,898", 227898, "about", "killed", "people"),
       C("14", 14, "exact", "other", "countries", optional=True),
       C("more than 160,000", 160000, "more_than", "killed", "people in Aceh"),
       C("some 35,000", 35000, "about", "killed", "people in Sri Lanka"),
       C("half a million", 500000, "exact", "displaced", "people left homeless in Sri Lanka")]),

    # --- Gaza 2014 --------------------------------------------------------------------------
    P("ho003",
      "Published 27 August 2014\n"
      "GAZA/JERUSALEM (Reuters) - The 50-day war in Gaza killed 2,104 Palestinians, including "
      "495 children, the Gaza health ministry said on Wednesday, a day after an open-ended "
      "ceasefire took hold. Israel says 66 of its soldiers and six civilians in Israel were "
      "killed. The United Nations estimates that about 18,000 homes in the enclave were "
      "destroyed or severely damaged, leaving some 108,000 people homeless.",
      [C("2,104", 2104, "exact", "killed", "Palestinians", "the Gaza health ministry"),
       C("495", 495, "exact", "killed", "children", "the Gaza health ministry"),
       C("66", 66, "exact", "killed", "Israeli soldiers", "Israel"),
       C("six", 6, "exact", "killed", "civilians in Israel", "Israel"),
       C("about 18,000", 18000, "about", "infrastructure", "homes destroyed or damaged",
         "The United Nations"),
       C("some 108,000", 108000, "about", "displaced", "people left homeless",
         "The United Nations")],
      published="2014-08-27"),

    # --- Mosul 2017 (live blog) -------------------------------------------------------------
    P("ho004",
      "Battle for Mosul: live updates\n"
      "10:42 GMT — Iraqi forces have retaken about 90 percent of west Mosul, Lt. Gen. Abdul "
      "Amir Rasheed Yarallah said in a statement, with Islamic State fighters squeezed into the "
      "Old City. An estimated 300,000 civilians are still living in IS-held districts, according "
      "to the International Committee of the Red Cross, which said some 5,000 people had fled "
      "across the front line in the past 24 hours alone.",
      [C("about 90 percent", 90, "about", "other", "share of west Mosul retaken",
         "Lt. Gen. Abdul Amir Rasheed Yarallah", optional=True),
       C("An estimated 300,000", 300000, "about", "population",
         "civilians in IS-held districts", "the International Committee of the Red Cross"),
       C("some 5,000", 5000, "about", "displaced", "people who fled across the front line",
         "the International Committee of the Red Cross")]),

    # --- Rohingya exodus 2017 ---------------------------------------------------------------
    P("ho005",
      "Rohingya exodus: 123,000 flee Myanmar violence in 10 days\n"
      "About 123,000 Rohingya Muslims have crossed into Bangladesh since fighting erupted in "
      "Myanmar's Rakhine state on August 25, the UN refugee agency UNHCR said on Tuesday. "
      "Myanmar's military says almost 400 people, most of them \"terrorists\", have been killed "
      "in clearance operations and that 2,625 houses were burned in Muslim-majority villages. "
      "Aid workers in Cox's Bazar said two camps were already full.",
      [C("123,000", 123000, "exact", "displaced", "Rohingya refugees", ctx="123,000 flee"),
       C("About 123,000", 123000, "about", "displaced", "Rohingya refugees",
         "the UN refugee agency UNHCR"),
       C("almost 400", 400, "about", "killed", "people", "Myanmar's military"),
       C("2,625", 2625, "exact", "infrastructure", "houses burned", "Myanmar's military"),
       C("two", 2, "exact", "infrastructure", "refugee camps full",
         "Aid workers in Cox's Bazar", cat_alt=["other"])]),

    # --- Beirut port blast 2020 -------------------------------------------------------------
    P("ho006",
      "Beirut explosion: Death toll rises to 135\n"
      "Published 6 August 2020\n"
      "At least 135 people have been killed and about 5,000 injured in the massive explosion "
      "that tore through Beirut's port, Lebanon's Health Minister Hamad Hassan said. Dozens are "
      "still missing. The blast was caused by 2,750 tonnes of ammonium nitrate that had been "
      "stored in a warehouse for six years, according to Prime Minister Hassan Diab. Beirut's "
      "governor, Marwan Abboud, said up to 300,000 people had been left homeless.",
      [C("135", 135, "exact", "killed", "people", ctx="rises to 135"),
       C("At least 135", 135, "at_least", "killed", "people",
         "Lebanon's Health Minister Hamad Hassan"),
       C("about 5,000", 5000, "about", "injured", "people",
         "Lebanon's Health Minister Hamad Hassan"),
       C("Dozens", 12, "vague", "missing", "people", "Lebanon's Health Minister Hamad Hassan",
         attr_alt=[None]),
       C("2,750", 2750, "exact", "other", "tonnes of ammonium nitrate",
         "Prime Minister Hassan Diab", cat_alt=["munitions"]),
       C("up to 300,000", 300000, "at_most", "displaced", "people left homeless",
         "Beirut's governor, Marwan Abboud")],
      published="2020-08-06"),

    # --- Kabul airlift 2021 -----------------------------------------------------------------
    P("ho007",
      "Fri 27 Aug 2021 09.14 BST\n"
      "The death toll from Thursday's suicide bombing outside Kabul airport has risen to at least "
      "170 Afghans and 13 US service members, officials said, as the evacuation entered its "
      "final days. The Pentagon said 12,500 people had been flown out in the previous 24 hours "
      "on 35 US Air Force C-17 flights and 54 coalition flights, bringing the total evacuated "
      "since 14 August to about 105,000. Some 5,400 US troops remain at the airport. The State "
      "Department believes fewer than 1,000 American citizens are still trying to leave.",
      [C("at least 170", 170, "at_least", "killed", "Afghans", "officials"),
       C("13", 13, "exact", "killed", "US service members", "officials"),
       C("12,500", 12500, "exact", "displaced", "people flown out in 24 hours", "The Pentagon"),
       C("35", 35, "exact", "other", "US Air Force flights", "The Pentagon"),
       C("54", 54, "exact", "other", "coalition flights", "The Pentagon"),
       C("about 105,000", 105000, "about", "displaced", "people evacuated since 14 August",
         "The Pentagon"),
       C("Some 5,400", 5400, "about", "troops", "US troops at the airport", "The Pentagon",
         attr_alt=[None]),
       C("fewer than 1,000", 1000, "fewer_than", "other", "Americans still trying to leave",
         "The State Department", cat_alt=["displaced"])],
      published="2021-08-27"),

    # --- Türkiye-Syria aftershock, February 2023 --------------------------------------------
    P("ho008",
      "HATAY, Türkiye (Anadolu) — A magnitude 6.4 earthquake struck Türkiye's southern Hatay "
      "province on Monday evening, two weeks after the February 6 disaster, killing six people "
      "and injuring 294, Interior Minister Süleyman Soylu said. He said 18 people had been "
      "rescued from collapsed buildings. In Syria, the White Helmets said more than 130 people "
      "were hurt, many of them while jumping from buildings in panic.",
      [C("six", 6, "exact", "killed", "people", "Interior Minister Süleyman Soylu"),
       C("294", 294, "exact", "injured", "people", "Interior Minister Süleyman Soylu"),
       C("18", 18, "exact", "other", "people rescued from collapsed buildings",
         "Interior Minister Süleyman Soylu"),
       C("more than 130", 130, "more_than", "injured", "people in Syria", "the White Helmets")]),

    # --- Sri Lanka Easter bombings 2019 -----------------------------------------------------
    P("ho009",
      "COLOMBO (AFP) - Sri Lanka has revised down the death toll from the Easter Sunday suicide "
      "bombings to 253 from 359, blaming a counting error by morgues struggling to identify "
      "dismembered remains, deputy defence minister Ruwan Wijewardene said. About 500 people "
      "were wounded in the attacks on three churches and three luxury hotels, he added. Police "
      "have arrested 76 suspects, including a Syrian national.\n"
      "Photo: Soldiers stand guard outside St Anthony's Shrine in Colombo on April 25, 2019. "
      "(AFP)",
      [C("253", 253, "exact", "killed", "people", "deputy defence minister Ruwan Wijewardene",
         attr_alt=["Sri Lanka"]),
       C("359", 359, "exact", "killed", "people (earlier toll)",
         "deputy defence minister Ruwan Wijewardene", attr_alt=["Sri Lanka"]),
       C("About 500", 500, "about", "injured", "people",
         "deputy defence minister Ruwan Wijewardene"),
       C("three", 3, "exact", "infrastructure", "churches attacked",
         "deputy defence minister Ruwan Wijewardene", cat_alt=["other"], ctx="three churches"),
       C("three", 3, "exact", "infrastructure", "luxury hotels attacked",
         "deputy defence minister Ruwan Wijewardene", cat_alt=["other"],
         ctx="three luxury hotels"),
       C("76", 76, "exact", "detained", "suspects arrested", "Police")]),

    # --- Chibok girls, 2016 release ---------------------------------------------------------
    P("ho010",
      "ABUJA, Nigeria (Premium Times) — Twenty-one of the schoolgirls kidnapped by Boko Haram "
      "from their school in Chibok two and a half years ago have been freed in a deal brokered "
      "by the International Committee of the Red Cross and the Swiss government, presidential "
      "spokesman Garba Shehu said on Thursday. The militants seized 276 girls from their "
      "dormitory in April 2014; 57 escaped within hours. Campaigners say 197 remain in "
      "captivity.",
      [C("Twenty-one", 21, "exact", "hostages", "schoolgirls freed",
         "presidential spokesman Garba Shehu"),
       C("276", 276, "exact", "hostages", "girls seized", None,
         attr_alt=["presidential spokesman Garba Shehu"]),
       C("57", 57, "exact", "hostages", "girls who escaped", None, cat_alt=["other"],
         attr_alt=["presidential spokesman Garba Shehu"]),
       C("197", 197, "exact", "hostages", "girls still held", "Campaigners")]),

    # --- Boko Haram, Baga 2015 --------------------------------------------------------------
    P("ho011",
      "Satellite images show that more than 3,700 structures were damaged or destroyed in the "
      "towns of Baga and Doron Baga during Boko Haram's assault on Jan. 3, Amnesty International "
      "said Thursday. Local officials have said as many as 2,000 people may have been killed, "
      "though Nigeria's military puts the figure at about 150. Scores of bodies still lie in the "
      "bush, witnesses told the BBC's Hausa service. Some 20,000 residents fled, many of them "
      "across Lake Chad to Chad.",
      [C("more than 3,700", 3700, "more_than", "infrastructure", "structures",
         "Amnesty International"),
       C("as many as 2,000", 2000, "at_most", "killed", "people", "Local officials"),
       C("about 150", 150, "about", "killed", "people", "Nigeria's military"),
       C("Scores", 20, "vague", "killed", "bodies", "witnesses"),
       C("Some 20,000", 20000, "about", "displaced", "residents who fled")]),

    # --- Mariupol theatre 2022 --------------------------------------------------------------
    P("ho012",
      "Around 300 people were killed in the Russian airstrike on the Mariupol Drama Theatre, the "
      "city council said on Friday, citing eyewitnesses. Hundreds of civilians, many of them "
      "women and children, had been sheltering in the building, where the word \"CHILDREN\" was "
      "painted in giant letters on the ground outside. An Associated Press investigation later "
      "put the toll at close to 600.",
      [C("Around 300", 300, "about", "killed", "people", "eyewitnesses",
         attr_alt=["the city council"]),
       C("Hundreds", 100, "vague", "displaced", "civilians sheltering in the theatre", None,
         cat_alt=["other"], attr_alt=["the city council", "eyewitnesses"]),
       C("close to 600", 600, "about", "killed", "people", "An Associated Press investigation")]),

    # --- Bucha 2022 -------------------------------------------------------------------------
    P("ho013",
      "The Kyiv Independent\n"
      "Ukrainian authorities have exhumed the bodies of 458 people in Bucha district since "
      "Russian troops withdrew at the end of March, regional police chief Andriy Nebytov said. "
      "Of those, 419 had been shot, tortured or beaten to death. Prosecutors have named 10 "
      "soldiers of Russia's 64th Separate Motorized Rifle Brigade as suspects in the killings.\n"
      "Read more: Bucha, six months on",
      [C("458", 458, "exact", "killed", "bodies exhumed", "regional police chief Andriy Nebytov"),
       C("419", 419, "exact", "killed", "people shot, tortured or beaten to death",
         "regional police chief Andriy Nebytov"),
       C("10", 10, "exact", "other", "Russian soldiers named as suspects", "Prosecutors",
         cat_alt=["troops"])]),

    # --- Kakhovka dam breach 2023 -----------------------------------------------------------
    P("ho014",
      "Last modified on Thu 8 Jun 2023 17.55 BST\n"
      "Floodwaters from the breached Kakhovka dam have submerged some 600 square kilometres of "
      "the Kherson region, Governor Oleksandr Prokudin said, and about 1,900 people have been "
      "evacuated from flooded areas on the Ukrainian-controlled west bank. At least five people "
      "have died. In Russian-occupied Nova Kakhovka, the Moscow-installed mayor said seven "
      "people were missing and 900 residents had been rescued. Hundreds of thousands of people "
      "have been left without normal access to drinking water, President Volodymyr Zelensky "
      "said.",
      [C("some 600", 600, "about", "other", "square kilometres flooded",
         "Governor Oleksandr Prokudin", optional=True),
       C("about 1,900", 1900, "about", "displaced", "people evacuated",
         "Governor Oleksandr Prokudin"),
       C("At least five", 5, "at_least", "killed", "people", "Governor Oleksandr Prokudin",
         attr_alt=[None]),
       C("seven", 7, "exact", "missing", "people in Nova Kakhovka",
         "the Moscow-installed mayor"),
       C("900", 900, "exact", "other", "residents rescued", "the Moscow-installed mayor",
         cat_alt=["displaced"]),
       C("Hundreds of thousands", 100000, "vague", "other", "people without drinking water",
         "President Volodymyr Zelensky", cat_alt=["population"])],
      published="2023-06-08"),

    # --- Niger coup 2023 --------------------------------------------------------------------
    P("ho015",
      "NIAMEY (DW) — Niger's military junta, which seized power on July 26, has given French "
      "ambassador Sylvain Itté 48 hours to leave the country and demanded the withdrawal of "
      "France's roughly 1,500 troops. The United States has about 1,100 military personnel in "
      "Niger, mostly at a drone base near Agadez, a Pentagon spokesperson said. The West African "
      "bloc ECOWAS says it has readied a standby force but has not said how many soldiers it "
      "would deploy.",
      [C("roughly 1,500", 1500, "about", "troops", "French troops in Niger"),
       C("about 1,100", 1100, "about", "troops", "US military personnel in Niger",
         "a Pentagon spokesperson")]),

    # --- Burkina Faso, Barsalogho 2024 ------------------------------------------------------
    P("ho016",
      "As many as 600 people, most of them civilians digging defensive trenches around the town, "
      "were killed when jihadists attacked Barsalogho in central Burkina Faso in August, "
      "according to a French government security assessment seen by CNN, which put the number "
      "of wounded at 140. The al-Qaeda-linked group JNIM said it had killed 300 \"militia "
      "members\". Burkina Faso's junta has not published a toll.",
      [C("As many as 600", 600, "at_most", "killed", "people",
         "a French government security assessment", attr_alt=["CNN"]),
       C("140", 140, "exact", "injured", "people", "a French government security assessment",
         attr_alt=["CNN"]),
       C("300", 300, "exact", "killed", "\"militia members\"",
         "The al-Qaeda-linked group JNIM")]),

    # --- Ethiopian Airlines crash 2019 ------------------------------------------------------
    P("ho017",
      "ADDIS ABABA, Ethiopia (AP) — An Ethiopian Airlines Boeing 737 Max 8 crashed shortly "
      "after takeoff from Addis Ababa on Sunday, killing all 157 people on board, the airline "
      "said. The victims came from 35 countries, including 32 Kenyans, 18 Canadians and nine "
      "Ethiopians, and at least 19 worked for UN-affiliated organizations. Flight ET302 lost "
      "contact with air traffic control six minutes after departure.",
      [C("157", 157, "exact", "killed", "people on board", "the airline"),
       C("35", 35, "exact", "other", "victims' countries", "the airline", optional=True),
       C("32", 32, "exact", "killed", "Kenyans", "the airline", attr_alt=[None]),
       C("18", 18, "exact", "killed", "Canadians", "the airline", attr_alt=[None]),
       C("nine", 9, "exact", "killed", "Ethiopians", "the airline", attr_alt=[None]),
       C("at least 19", 19, "at_least", "killed", "UN-affiliated staff", "the airline",
         attr_alt=[None])]),

    # --- Hong Kong protests 2019 ------------------------------------------------------------
    P("ho018",
      "Organisers said about 1.7 million people joined Sunday's rally in Hong Kong, defying a "
      "police ban, while police put the turnout at 128,000 at its peak. More than 700 people "
      "have been arrested in connection with the protests since June, police said. Officers "
      "fired 10 rounds of tear gas in Mong Kok late in the evening.\n"
      "We will not give up. — Civil Human Rights Front (@CHRF) August 18, 2019",
      [C("about 1.7 million", 1700000, "about", "other", "protesters", "Organisers"),
       C("128,000", 128000, "exact", "other", "protesters at peak", "police"),
       C("More than 700", 700, "more_than", "detained", "people arrested", "police"),
       C("10", 10, "exact", "munitions", "rounds of tear gas", None, cat_alt=["other"])]),

    # --- Chile protests 2019 ----------------------------------------------------------------
    P("ho019",
      "SANTIAGO (EFE) — Chile's National Human Rights Institute (INDH) said on Monday that 2,381 "
      "people had been injured during a month of protests, including 222 who suffered eye "
      "injuries from rubber pellets, and that 6,362 had been detained. The government says 23 "
      "people have died in the unrest. President Sebastián Piñera deployed some 9,000 soldiers "
      "to the streets in the first days of the uprising, the first such deployment since the "
      "end of military rule in 1990.",
      [C("2,381", 2381, "exact", "injured", "people",
         "Chile's National Human Rights Institute (INDH)"),
       C("222", 222, "exact", "injured", "people with eye injuries",
         "Chile's National Human Rights Institute (INDH)"),
       C("6,362", 6362, "exact", "detained", "people",
         "Chile's National Human Rights Institute (INDH)"),
       C("23", 23, "exact", "killed", "people", "The government"),
       C("some 9,000", 9000, "about", "troops", "soldiers deployed")]),

    # --- Sri Lanka 2022 ---------------------------------------------------------------------
    P("ho020",
      "Daily Mirror | Sunday, 10 July 2022\n"
      "Tens of thousands of protesters converged on Colombo on Saturday, and hundreds stormed "
      "President Gotabaya Rajapaksa's official residence, forcing him to flee. At least 55 "
      "people, including six journalists, were admitted to the National Hospital with injuries, "
      "a hospital spokesman said. Inflation hit 54.6% in June, and the country has just $25 "
      "million in usable foreign reserves.",
      [C("Tens of thousands", 10000, "vague", "other", "protesters"),
       C("hundreds", 100, "vague", "other", "protesters who stormed the residence"),
       C("At least 55", 55, "at_least", "injured", "people", "a hospital spokesman"),
       C("six", 6, "exact", "injured", "journalists", "a hospital spokesman")],
      published="2022-07-10"),

    # --- Peru protests 2023 -----------------------------------------------------------------
    P("ho021",
      "LIMA (El Comercio) — At least 17 people were killed in clashes between protesters and "
      "security forces in the southern city of Juliaca on Monday, Peru's health ministry said, "
      "the deadliest day since protests erupted over the ouster of former President Pedro "
      "Castillo. The country's ombudsman's office put the total number of deaths since early "
      "December at 46, including one police officer. More than 300 people have been injured, it "
      "said.",
      [C("At least 17", 17, "at_least", "killed", "people in Juliaca", "Peru's health ministry"),
       C("46", 46, "exact", "killed", "people", "The country's ombudsman's office"),
       C("one", 1, "exact", "killed", "police officer", "The country's ombudsman's office"),
       C("More than 300", 300, "more_than", "injured", "people",
         "The country's ombudsman's office")]),

    # --- Ecuador prison massacre 2021 -------------------------------------------------------
    P("ho022",
      "GUAYAQUIL, Ecuador — At least 118 inmates were killed in a battle between rival gangs at "
      "the Litoral Penitentiary in Guayaquil, the worst prison massacre in Ecuador's history, "
      "police commander Fausto Buenaño said on Wednesday. Five of the victims were beheaded. "
      "Authorities said 400 police officers had retaken control of the prison, which holds "
      "about 8,500 inmates, well above its capacity of 5,300.",
      [C("At least 118", 118, "at_least", "killed", "inmates",
         "police commander Fausto Buenaño"),
       C("Five", 5, "exact", "killed", "inmates beheaded", "police commander Fausto Buenaño",
         attr_alt=[None]),
       C("400", 400, "exact", "troops", "police officers", "Authorities"),
       C("about 8,500", 8500, "about", "detained", "inmates held in the prison", "Authorities",
         optional=True, cat_alt=["population"]),
       C("5,300", 5300, "exact", "other", "prison capacity", "Authorities", optional=True)]),

    # --- Mexico cartel kidnapping, Matamoros 2023 -------------------------------------------
    P("ho023",
      "MATAMOROS, Mexico — Two of the four Americans kidnapped by gunmen in the Mexican border "
      "city of Matamoros last week were found dead and the other two alive, one of them wounded, "
      "Tamaulipas Governor Américo Villarreal said Tuesday. A 24-year-old Mexican man was taken "
      "into custody. The State Department has a \"do not travel\" advisory for Tamaulipas, one "
      "of six Mexican states on its highest warning level.",
      [C("Two", 2, "exact", "killed", "Americans", "Tamaulipas Governor Américo Villarreal"),
       C("four", 4, "exact", "hostages", "Americans kidnapped",
         "Tamaulipas Governor Américo Villarreal"),
       C("two", 2, "exact", "hostages", "Americans found alive",
         "Tamaulipas Governor Américo Villarreal", cat_alt=["other"]),
       C("one", 1, "exact", "injured", "American wounded",
         "Tamaulipas Governor Américo Villarreal", ctx="one of them wounded"),
       C("six", 6, "exact", "other", "Mexican states on the highest warning level",
         "The State Department", optional=True)]),

    # --- Colombia national strike 2021 ------------------------------------------------------
    P("ho024",
      "BOGOTÁ (El Tiempo) — Colombia's Ombudsman's Office said it had received reports of 548 "
      "people missing since anti-government protests began on April 28, and had located 379 of "
      "them. Human rights group Temblores says 37 people have been killed by police, while the "
      "Defence Ministry reports 849 police officers injured. About 47,500 police and soldiers "
      "have been deployed nationwide.",
      [C("548", 548, "exact", "missing", "people reported missing",
         "Colombia's Ombudsman's Office"),
       C("379", 379, "exact", "missing", "missing people located",
         "Colombia's Ombudsman's Office", cat_alt=["other"]),
       C("37", 37, "exact", "killed", "people killed by police", "Human rights group Temblores"),
       C("849", 849, "exact", "injured", "police officers", "the Defence Ministry"),
       C("About 47,500", 47500, "about", "troops", "police and soldiers deployed")]),

    # --- Pakistan floods 2022 ---------------------------------------------------------------
    P("ho025",
      "ISLAMABAD (Dawn) — The death toll from monsoon floods that have submerged a third of "
      "Pakistan has crossed 1,100, the National Disaster Management Authority (NDMA) said on "
      "Monday, with 380 children among the dead. More than 33 million people have been affected "
      "and nearly a million houses damaged or destroyed. “It's a climate catastrophe of epic "
      "proportions,” Climate Minister Sherry Rehman told reporters, saying 3,000 kilometres of "
      "roads had been washed away.",
      [C("a third", 1 / 3, "exact", "other", "share of Pakistan submerged", optional=True),
       C("1,100", 1100, "more_than", "killed", "people",
         "the National Disaster Management Authority (NDMA)"),
       C("380", 380, "exact", "killed", "children",
         "the National Disaster Management Authority (NDMA)"),
       C("More than 33 million", 33000000, "more_than", "other", "people affected",
         "the National Disaster Management Authority (NDMA)", cat_alt=["population"],
         attr_alt=[None]),
       C("nearly a million", 1000000, "about", "infrastructure", "houses damaged or destroyed",
         "the National Disaster Management Authority (NDMA)", attr_alt=[None]),
       C("3,000", 3000, "exact", "infrastructure", "kilometres of roads washed away",
         "Climate Minister Sherry Rehman", optional=True)]),

    # --- Rana Plaza collapse 2013 -----------------------------------------------------------
    P("ho026",
      "Published: 10 May 2013\n"
      "SAVAR, Bangladesh (The Daily Star) — Rescuers pulled a woman alive from the rubble of the "
      "Rana Plaza building on Friday, 17 days after it collapsed, as the death toll passed "
      "1,000. Army spokesman Shahinul Islam said 1,045 bodies had been recovered and 2,438 "
      "people rescued alive. The eight-storey building housed five garment factories employing "
      "about 3,000 workers.",
      [C("1,000", 1000, "more_than", "killed", "people", None,
         attr_alt=["Army spokesman Shahinul Islam"]),
       C("1,045", 1045, "exact", "killed", "bodies recovered", "Army spokesman Shahinul Islam"),
       C("2,438", 2438, "exact", "other", "people rescued alive",
         "Army spokesman Shahinul Islam"),
       C("five", 5, "exact", "infrastructure", "garment factories", optional=True,
         cat_alt=["other"]),
       C("about 3,000", 3000, "about", "other", "factory workers", optional=True)],
      published="2013-05-10"),

    # --- Lampedusa shipwreck 2013 -----------------------------------------------------------
    P("ho027",
      "LAMPEDUSA, Italy (ANSA) — Divers recovered 83 more bodies from the wreck of a boat that "
      "sank off Lampedusa on Thursday, bringing the confirmed death toll to 194, the Italian "
      "coast guard said. Only 155 of the estimated 500 migrants on board, most of them "
      "Eritreans, survived. Prime Minister Enrico Letta declared a day of national mourning.",
      [C("83", 83, "exact", "killed", "bodies recovered", "the Italian coast guard"),
       C("194", 194, "exact", "killed", "migrants", "the Italian coast guard"),
       C("155", 155, "exact", "other", "survivors", "the Italian coast guard",
         attr_alt=[None]),
       C("estimated 500", 500, "about", "other", "migrants on board", "the Italian coast guard",
         attr_alt=[None])]),

    # --- Congo, M23 in Goma 2025 ------------------------------------------------------------
    P("ho028",
      "GOMA, Democratic Republic of Congo — At least 700 people have been killed and 2,800 "
      "wounded in fighting for Goma since Sunday, the United Nations said, as Rwanda-backed M23 "
      "rebels tightened their hold on the city of about 2 million. Some 4,000 Rwandan troops are "
      "operating alongside the rebels in eastern Congo, according to UN experts. Around 4,000 "
      "inmates escaped from Munzenze prison during the fighting.",
      [C("At least 700", 700, "at_least", "killed", "people", "the United Nations"),
       C("2,800", 2800, "exact", "injured", "people", "the United Nations"),
       C("about 2 million", 2000000, "about", "population", "Goma residents", None,
         attr_alt=["the United Nations"]),
       C("Some 4,000", 4000, "about", "troops", "Rwandan troops", "UN experts"),
       C("Around 4,000", 4000, "about", "detained", "inmates who escaped", None,
         cat_alt=["other"])]),

    # --- Mozambique, Cabo Delgado 2021 ------------------------------------------------------
    P("ho029",
      "MAPUTO (Lusa) — Insurgents linked to the Islamic State group killed dozens of people, "
      "some of them beheaded, during an assault on the town of Palma in Mozambique's Cabo "
      "Delgado province, the government said on Sunday. Seven people died when a convoy of 17 "
      "vehicles trying to leave a hotel was ambushed, police spokesman Orlando Mudumane said. "
      "More than 11,000 people have fled the town, according to the UN refugee agency. The "
      "conflict has displaced nearly 700,000 since 2017.",
      [C("dozens", 12, "vague", "killed", "people", "the government"),
       C("Seven", 7, "exact", "killed", "people in ambushed convoy",
         "police spokesman Orlando Mudumane"),
       C("17", 17, "exact", "other", "vehicles in convoy", "police spokesman Orlando Mudumane",
         optional=True),
       C("More than 11,000", 11000, "more_than", "displaced", "people who fled Palma",
         "the UN refugee agency"),
       C("nearly 700,000", 700000, "about", "displaced", "people displaced by the conflict",
         None, attr_alt=["the UN refugee agency"])]),

    # --- Nagorno-Karabakh exodus 2023 -------------------------------------------------------
    P("ho030",
      "Date: 30/09/2023\n"
      "More than 100,000 ethnic Armenians, nearly the entire population of approximately "
      "120,000, have fled Nagorno-Karabakh to Armenia since Azerbaijan's offensive last week, "
      "the Armenian government said. At least 170 people were killed when a fuel depot exploded "
      "on Monday as residents queued for petrol, and 349 were injured, officials said. "
      "Azerbaijan said 192 of its servicemen had been killed in the 24-hour operation.",
      [C("More than 100,000", 100000, "more_than", "displaced", "ethnic Armenians who fled",
         "the Armenian government"),
       C("approximately 120,000", 120000, "about", "population",
         "Nagorno-Karabakh's Armenian population", "the Armenian government",
         attr_alt=[None]),
       C("At least 170", 170, "at_least", "killed", "people in fuel depot blast", "officials"),
       C("349", 349, "exact", "injured", "people in fuel depot blast", "officials"),
       C("192", 192, "exact", "killed", "Azerbaijani servicemen", "Azerbaijan")],
      published="2023-09-30"),

    # --- Hurricane Katrina 2005 -------------------------------------------------------------
    P("ho031",
      "NEW ORLEANS (The Times-Picayune) — Louisiana health officials have raised the state's "
      "confirmed death toll from Hurricane Katrina to 1,464. Across the Gulf Coast, the storm "
      "drove more than a million people from their homes, and 30,000 or more spent days in the "
      "Superdome with little food or water. An estimated 80 percent of New Orleans flooded after "
      "the levees failed.",
      [C("1,464", 1464, "exact", "killed", "people in Louisiana", "Louisiana health officials"),
       C("more than a million", 1000000, "more_than", "displaced", "people driven from homes"),
       C("30,000 or more", 30000, "at_least", "displaced", "people sheltering in the Superdome",
         cat_alt=["other"]),
       C("An estimated 80 percent", 80, "about", "other", "share of New Orleans flooded",
         optional=True)]),

    # --- Texas border, Del Rio 2021 ---------------------------------------------------------
    P("ho032",
      "DEL RIO, Texas (The Texas Tribune) — About 14,000 migrants, most of them Haitians, were "
      "camped under the international bridge in Del Rio on Saturday, Val Verde County Judge "
      "Bruno Lozano said, up from 10,500 a day earlier. The Department of Homeland Security said "
      "it had moved about 2,000 people to other processing locations and would send 400 agents "
      "and officers to the area. Deportation flights to Haiti are expected to begin within 72 "
      "hours.",
      [C("About 14,000", 14000, "about", "displaced", "migrants camped under the bridge",
         "Val Verde County Judge Bruno Lozano", cat_alt=["other"]),
       C("10,500", 10500, "exact", "displaced", "migrants camped a day earlier",
         "Val Verde County Judge Bruno Lozano", cat_alt=["other"]),
       C("about 2,000", 2000, "about", "displaced", "migrants moved to processing locations",
         "The Department of Homeland Security", cat_alt=["other"]),
       C("400", 400, "exact", "troops", "agents and officers",
         "The Department of Homeland Security")]),

    # --- Hajj stampede 2015 -----------------------------------------------------------------
    P("ho033",
      "MINA, Saudi Arabia (AP) — At least 717 pilgrims were killed and 863 injured in a stampede "
      "at Mina, near Mecca, on Thursday, Saudi Arabia's civil defense directorate said, the "
      "worst disaster to strike the hajj in 25 years. About 2 million Muslims are performing the "
      "pilgrimage this year. Iran said 131 of its nationals were among the dead.\n"
      "© 2015 The Associated Press. All rights reserved.",
      [C("At least 717", 717, "at_least", "killed", "pilgrims",
         "Saudi Arabia's civil defense directorate"),
       C("863", 863, "exact", "injured", "pilgrims", "Saudi Arabia's civil defense directorate"),
       C("About 2 million", 2000000, "about", "other", "pilgrims", None,
         cat_alt=["population"]),
       C("131", 131, "exact", "killed", "Iranians", "Iran")]),

    # --- Indonesian football stampede 2022 --------------------------------------------------
    P("ho034",
      "MALANG, Indonesia (The Jakarta Post) — At least 125 people died after police fired tear "
      "gas inside a packed stadium in East Java, triggering a crush as fans fled for the exits, "
      "National Police chief Listyo Sigit Prabowo said on Sunday, revising the toll down from "
      "174 after some victims were counted twice. Home side Arema FC had lost 2-3 to rival "
      "Persebaya Surabaya. The stadium has a capacity of 38,000, but 42,000 tickets had been "
      "sold, the police chief said. Among the dead were 32 children.",
      [C("At least 125", 125, "at_least", "killed", "people",
         "National Police chief Listyo Sigit Prabowo"),
       C("174", 174, "exact", "killed", "people (earlier toll)",
         "National Police chief Listyo Sigit Prabowo", attr_alt=[None]),
       C("38,000", 38000, "exact", "other", "stadium capacity", "the police chief",
         optional=True),
       C("42,000", 42000, "exact", "other", "tickets sold", "the police chief"),
       C("32", 32, "exact", "killed", "children", "the police chief", attr_alt=[None])]),

    # --- Thai cave rescue 2018 --------------------------------------------------------------
    P("ho035",
      "Updated July 10, 2018 at 11:02 a.m. EDT\n"
      "CHIANG RAI, Thailand — All 12 boys and their football coach have been brought out of the "
      "flooded Tham Luang cave, ending an 18-day ordeal, the Thai Navy SEALs said on Tuesday. "
      "\"We are not sure if this is a miracle, a science, or what,\" the unit wrote on Facebook. "
      "About 90 divers, 40 of them Thai and 50 from overseas, took part in the rescue. A former "
      "Navy SEAL, Saman Kunan, 38, died during the operation.",
      [C("12", 12, "exact", "other", "boys rescued from the cave", "the Thai Navy SEALs",
         cat_alt=["missing"]),
       C("About 90", 90, "about", "other", "rescue divers", None, cat_alt=["troops"],
         attr_alt=["the Thai Navy SEALs"]),
       C("40", 40, "exact", "other", "Thai divers", None, cat_alt=["troops"],
         attr_alt=["the Thai Navy SEALs"]),
       C("50", 50, "exact", "other", "foreign divers", None, cat_alt=["troops"],
         attr_alt=["the Thai Navy SEALs"])],
      published="2018-07-10"),

    # --- Typhoon Haiyan 2013 ----------------------------------------------------------------
    P("ho036",
      "TACLOBAN, Philippines — \"We had a meeting last night with the governor and other "
      "officials. The initial estimate is about 10,000,\" Chief Superintendent Elmer Soria, the "
      "regional police director, said on Sunday of the death toll in Leyte province alone. "
      "President Benigno Aquino later told CNN the figure was more likely 2,000 to 2,500. By "
      "Nov. 20, the National Disaster Risk Reduction and Management Council's figures showed "
      "4,011 dead and 1,602 missing.",
      [C("about 10,000", 10000, "about", "killed", "people in Leyte",
         "Chief Superintendent Elmer Soria"),
       C("2,000 to 2,500", 2000, "range", "killed", "people", "President Benigno Aquino",
         high=2500),
       C("4,011", 4011, "exact", "killed", "people",
         "the National Disaster Risk Reduction and Management Council"),
       C("1,602", 1602, "exact", "missing", "people",
         "the National Disaster Risk Reduction and Management Council")]),

    # --- Iran's drone and missile attack on Israel, April 2024 ------------------------------
    P("ho037",
      "Last updated 14 April 2024 11:20\n"
      "Iran launched more than 300 drones and missiles at Israel overnight, 99% of which were "
      "intercepted, Israeli military spokesman Rear Adm. Daniel Hagari said. The barrage "
      "included 170 drones, more than 30 cruise missiles and over 120 ballistic missiles, he "
      "said. A 7-year-old Bedouin girl was seriously injured by shrapnel in the Negev.",
      [C("more than 300", 300, "more_than", "munitions", "drones and missiles",
         "Israeli military spokesman Rear Adm. Daniel Hagari"),
       C("99%", 99, "exact", "munitions", "share intercepted",
         "Israeli military spokesman Rear Adm. Daniel Hagari", optional=True),
       C("170", 170, "exact", "munitions", "drones",
         "Israeli military spokesman Rear Adm. Daniel Hagari"),
       C("more than 30", 30, "more_than", "munitions", "cruise missiles",
         "Israeli military spokesman Rear Adm. Daniel Hagari"),
       C("over 120", 120, "more_than", "munitions", "ballistic missiles",
         "Israeli military spokesman Rear Adm. Daniel Hagari")],
      published="2024-04-14"),

    # --- Lebanon pager explosions 2024 ------------------------------------------------------
    P("ho038",
      "BEIRUT (L'Orient Today) — Thousands of pagers used by Hezbollah members exploded almost "
      "simultaneously across Lebanon on Tuesday afternoon, killing at least 12 people, including "
      "two children, and wounding about 2,800, Health Minister Firass Abiad said. Around 300 of "
      "the wounded were in critical condition, he said. Iran's ambassador to Lebanon, Mojtaba "
      "Amani, was among those hurt.",
      [C("Thousands", 1000, "vague", "other", "pagers exploded", "Health Minister Firass Abiad",
         cat_alt=["munitions"], attr_alt=[None]),
       C("at least 12", 12, "at_least", "killed", "people", "Health Minister Firass Abiad"),
       C("two", 2, "exact", "killed", "children", "Health Minister Firass Abiad"),
       C("about 2,800", 2800, "about", "injured", "people", "Health Minister Firass Abiad"),
       C("Around 300", 300, "about", "injured", "people in critical condition",
         "Health Minister Firass Abiad")]),

    # --- Crocus City Hall attack 2024 -------------------------------------------------------
    P("ho039",
      "MOSCOW — The death toll from the attack on the Crocus City Hall concert venue outside "
      "Moscow has risen to 137, including three children, Russia's Investigative Committee said "
      "on Sunday. Eleven people have been detained, among them the four suspected gunmen, the "
      "Federal Security Service (FSB) said. More than 180 people were wounded. The Islamic State "
      "group claimed responsibility.",
      [C("137", 137, "exact", "killed", "people", "Russia's Investigative Committee"),
       C("three", 3, "exact", "killed", "children", "Russia's Investigative Committee"),
       C("Eleven", 11, "exact", "detained", "people", "the Federal Security Service (FSB)"),
       C("four", 4, "exact", "detained", "suspected gunmen",
         "the Federal Security Service (FSB)"),
       C("More than 180", 180, "more_than", "injured", "people", None,
         attr_alt=["the Federal Security Service (FSB)"])]),

    # --- Non-claims only --------------------------------------------------------------------
    P("ho040",
      "SANTIAGO — The unrest was triggered by a 30-peso increase in Santiago metro fares, to 830 "
      "pesos at peak times, a rise of about 3.7%. Chile's economy grew 1.1% in 2019, and the "
      "peso fell to a record low of 828 per dollar on 28 November. Piñera, 69, suspended the "
      "fare hike after four days.",
      []),
    P("ho041",
      "YEREVAN (Armenpress) — Armenia's defence ministry said an Armenian Su-25 ground-attack "
      "jet was shot down by a Turkish F-16 over Armenian airspace on Tuesday, a claim Ankara "
      "dismissed as \"cheap propaganda\". Azerbaijan has made wide use of Turkish-made Bayraktar "
      "TB2 drones and Israeli Harop loitering munitions since fighting began on 27 September. "
      "The pilot was killed.",
      []),
    P("ho042",
      "MATARAM, Indonesia — A magnitude 5.3 aftershock shook the island of Lombok at 1:25 p.m. "
      "local time (0525 GMT) on Thursday, the geophysics agency BMKG said, centred 10 km below "
      "the seabed about 30 km northeast of Mataram. There were no immediate reports of "
      "casualties or damage, and no tsunami warning was issued.",
      []),
    P("ho043",
      "HONG KONG — Media tycoon Jimmy Lai, 76, appeared in court on Monday for the first day of "
      "his national security trial, which is expected to last 80 days. Lai has been in custody "
      "since December 2020 and could face life in prison if convicted. The hearing began at 10 "
      "a.m. and was adjourned at 4:30 p.m.",
      []),
    P("ho044",
      "Published 19 December 2022 · 3 min read\n"
      "Argentina beat France 4-2 on penalties after a 3-3 draw in the World Cup final in Lusail "
      "on Sunday, giving Lionel Messi, 35, the only major trophy that had eluded him. Kylian "
      "Mbappé scored a hat-trick, the first in a final since 1966.\n"
      "Share · 1,204 comments",
      [],
      published="2022-12-19"),

    # --- Cyclone Idai 2019 (live blog) ------------------------------------------------------
    P("ho045",
      "Cyclone Idai: live updates\n"
      "14:05 — Mozambique's President Filipe Nyusi says more than 1,000 people may have died, "
      "after flying over the flooded areas around Beira. \"Everything indicates that we can "
      "register more than 1,000 deaths,\" he said in an address on Radio Moçambique.\n"
      "13:40 — The World Food Programme says it is scaling up to feed 600,000 people and has "
      "airlifted 20 tonnes of high-energy biscuits into Beira.\n"
      "13:12 — In Zimbabwe, the information ministry put the toll at 98, with 217 people still "
      "missing in Chimanimani district.",
      [C("more than 1,000", 1000, "more_than", "killed", "people",
         "Mozambique's President Filipe Nyusi", ctx="more than 1,000 people"),
       C("more than 1,000", 1000, "more_than", "killed", "deaths",
         "Mozambique's President Filipe Nyusi", ctx="more than 1,000 deaths"),
       C("600,000", 600000, "exact", "aid", "people to be fed", "The World Food Programme",
         cat_alt=["other"]),
       C("20", 20, "exact", "aid", "tonnes of high-energy biscuits",
         "The World Food Programme"),
       C("98", 98, "exact", "killed", "people in Zimbabwe", "the information ministry"),
       C("217", 217, "exact", "missing", "people in Chimanimani", "the information ministry")]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="ho{:03d}")


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT)
