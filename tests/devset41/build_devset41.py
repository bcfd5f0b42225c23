"""Source of the forty-first development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on kidnappings, hostage
crises, prisoner swaps and protests between 1990 and 2025, twenty of each, written for this set
(none copied from an article) in the styles of the outlets that covered them: wire copy (Reuters,
AP, AFP, Kyodo, PTI, CNA), national papers (a London daily, a Bangkok daily, a Buenos Aires
daily, a Nigerian daily, Dawn, the Hindustan Times, the Baltimore Sun, a Canadian daily, a
Washington paper, Haaretz, the BBC, Sky, CBC), a police press release (Katsina State Police
Command), rights-group and UN statements (Human Rights Watch, Amnesty International, UN News), a
live blog, and explainers. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset39`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset41/build_devset41.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

SY_MFA = "Syrian Foreign Ministry officials"
OSTRO_NOTE = "A note pinned to the body of Hans Christian Ostro"
PMO_TH = "the Prime Minister's Office"
SUTHAM = "Deputy Interior Minister Sutham Saengprathum"
PRASIT = "Hospital director Dr Prasit Sriyaphai"
JP_EMB = "the Japanese Embassy"
HOSODA = "Chief Cabinet Secretary Hiroyuki Hosoda"
LB_SEC = "Lebanese security sources"
MARITIME = "a regional maritime official"
MWANGURA = "Andrew Mwangura"
SO_OFFICIAL = "a Somali official"
ELDERS = "Somali clan elders"
EUNAVFOR = "EU Naval Force officials"
ADMIN = "a senior administration official"
PUNTLAND = "officials in the semi-autonomous region"
HASSAN = "Abdirahman Mohamud Hassan"
IMB = "the International Maritime Bureau"
IR_MEDIA = "Iranian state media"
HUNT = "Britain's foreign secretary, Jeremy Hunt"
KT_POLICE = "KATSINA STATE POLICE COMMAND"
GAC = "Global Affairs Canada"
TRUSS = "Foreign Secretary Liz Truss"
CRH = "the Conference of Religious of Haiti"
FOLEY = "a count by the Foley Foundation"
RUBIO = "Secretary of State Marco Rubio"
TIKH_OFFICE = "the office of his wife"
TIKH_FULL = "the office of his wife, exiled opposition leader Svetlana Tikhanovskaya"
VIASNA = "The rights group Viasna"
NBS = "the National Bureau of Statistics"
YARD = "Scotland Yard"
APTF = "the All-Britain Anti-Poll Tax Federation"
HOSP_RS = "hospital officials"
AR_TALLY = "a tally by the Interior Ministry"
AR_MOI = "the Interior Ministry"
SAME = "the city's emergency medical service (SAME)"
HRON = "the Human Rights Organisation of Nepal"
HU_OFF = "Hungarian officials"
BENE = "National police chief Laszlo Bene"
HRW = "Human Rights Watch"
ATHENS_TRADERS = "the Athens Traders' Association"
QALIBAF = "Tehran's mayor, Mohammad Baqer Qalibaf"
OHCHR = "The United Nations human rights office"
COLVILLE = "the office's spokesman, Rupert Colville"
UNHCR_CI = "The UN refugee agency (UNHCR)"
WFP = "The World Food Programme"
NYPD = "The Police Department"
NG_RC = "the state chapter of the Nigerian Red Cross"
RINGIM = "The Inspector-General of Police, Hafiz Ringim"
NPA_TW = "the National Police Agency"
TPE_GOV = "the Taipei City government"
JOHNSON = "Missouri Highway Patrol Capt. Ron Johnson"
BATTS = "police Commissioner Anthony W. Batts"
HOGAN = "Gov. Larry Hogan"
UVA = "the University of Virginia Medical Center"
SANDHU = "Haryana director general of police BS Sandhu"
RNDDH = "the National Human Rights Defense Network (RNDDH)"
AMNESTY = "Amnesty International"
NAQAVI = "Hossein Naqavi Hosseini"
NAQAVI_FULL = ("a member of parliament's national security committee, Hossein Naqavi "
               "Hosseini")
GTB = "its medical superintendent Sunil Kumar"
DL_POLICE = "Delhi Police"
DL_GOV = "the Delhi government"
PK_GOV = "The federal government"
TARAR = "Information Minister Attaullah Tarar"

PASSAGES = [
    # ================================ Kidnappings, hostages, swaps ============================
    P("d41_001",
      "DAMASCUS, Syria (AP) — Terry Anderson, the chief Middle East correspondent of The "
      "Associated Press, was freed in Lebanon on Wednesday after 2,454 days in captivity and "
      "handed to Syrian officials, who drove him across the border to Damascus. Anderson, 44, "
      "was the longest-held of the Western hostages seized by Shiite Muslim militants in the "
      "1980s. His release leaves two Germans, Heinrich Struebig and Thomas Kemptner, as the last "
      "Westerners known to be held in Lebanon, Syrian Foreign Ministry officials said. Seventeen "
      "Americans have been kidnapped in Lebanon since 1982, and three of them died in captivity. "
      "\"I'm very, very glad to be here,\" Anderson told reporters at the ministry, where he was "
      "reunited with his sister, Peggy Say.",
      [C("two", 2, "exact", "hostages", "Germans still held in Lebanon", SY_MFA,
         ctx="two Germans"),
       C("Seventeen", 17, "exact", "hostages", "Americans kidnapped in Lebanon since 1982"),
       C("three", 3, "exact", "killed", "American hostages who died in captivity",
         cat_alt=["hostages"])]),

    P("d41_002",
      "SRINAGAR, India, Aug 14, 1995 (Reuters) - The beheaded body of a Norwegian tourist "
      "kidnapped by Kashmiri militants last month was found near the village of Seer in southern "
      "Kashmir on Sunday, police said. A note pinned to the body of Hans Christian Ostro, 27, "
      "said the Al-Faran group had killed him because the government had not met its demand to "
      "free 21 jailed militants. The group is still holding four other Western tourists — two "
      "Britons, an American and a German — seized in the Pahalgam area on July 4, police said. A "
      "sixth hostage, American John Childs, escaped four days after the kidnapping. Some 1,500 "
      "soldiers and police have been combing the forests around Pahalgam, a senior police "
      "officer told Reuters.",
      [C("21", 21, "exact", "detained", "jailed militants whose release was demanded",
         OSTRO_NOTE, attr_alt=[None, "the Al-Faran group"]),
       C("four", 4, "exact", "hostages", "Western tourists still held", "police",
         ctx="four other Western"),
       C("two", 2, "exact", "hostages", "Britons held", "police", ctx="two Britons"),
       C("Some 1,500", 1500, "about", "troops", "soldiers and police searching",
         "a senior police officer")],
      published="1995-08-14"),

    P("d41_003",
      "Hospital siege ends as commandos kill all 10 gunmen\n"
      "Published on Jan 26, 2000\n"
      "Thai commandos stormed Ratchaburi provincial hospital at dawn yesterday, killing all 10 "
      "Karen gunmen who had held hundreds of patients and staff hostage for 22 hours, the Prime "
      "Minister's Office said. None of the hostages was killed, though Deputy Interior Minister "
      "Sutham Saengprathum said three had been slightly hurt in the crossfire. The gunmen, linked "
      "to the God's Army rebel group led by the 12-year-old twins Johnny and Luther Htoo, had "
      "demanded treatment for their wounded and an end to Thai shelling of their camp across the "
      "border. Hospital director Dr Prasit Sriyaphai said about 700 patients and 200 staff had "
      "been inside the building when the gunmen arrived in a hijacked bus. More than 300 police "
      "and soldiers had surrounded the compound overnight.",
      [C("10", 10, "exact", "killed", "gunmen killed by commandos", ctx="all 10 gunmen"),
       C("10", 10, "exact", "killed", "Karen gunmen killed", PMO_TH, ctx="all 10 Karen"),
       C("hundreds", 100, "vague", "hostages", "patients and staff held hostage", None,
         attr_alt=[PMO_TH]),
       C("three", 3, "exact", "injured", "hostages slightly hurt", SUTHAM,
         cat_alt=["hostages"], ctx="three had been"),
       C("about 700", 700, "about", "other", "patients inside the hospital", PRASIT,
         cat_alt=["hostages"]),
       C("200", 200, "exact", "other", "staff inside the hospital", PRASIT,
         cat_alt=["hostages"]),
       C("More than 300", 300, "more_than", "troops", "police and soldiers surrounding")],
      published="2000-01-26"),

    P("d41_004",
      "BAGHDAD, April 15 (Kyodo) -- Three Japanese civilians held hostage for a week by Iraqi "
      "insurgents were handed over unharmed to a Sunni Muslim clerics' association in Baghdad on "
      "Thursday, the Japanese Embassy said. Aid worker Nahoko Takato, 34, freelance photographer "
      "Soichiro Koriyama, 32, and Noriaki Imai, 18, were seized near Fallujah on April 7 by a "
      "group calling itself Saraya al-Mujahedin, which had threatened to burn them alive unless "
      "Japan pulled its roughly 550 troops out of Samawah. Prime Minister Junichiro Koizumi "
      "refused, saying the Self-Defense Forces were in Iraq on a humanitarian mission. Two other "
      "Japanese, a freelance journalist and an activist, were abducted west of Baghdad on "
      "Wednesday and are still missing, Chief Cabinet Secretary Hiroyuki Hosoda told a news "
      "conference in Tokyo. The Foreign Ministry said 22 other Japanese nationals remained in "
      "Iraq despite its advice to leave.",
      [C("Three", 3, "exact", "hostages", "Japanese civilians freed", JP_EMB),
       C("roughly 550", 550, "about", "troops", "Japanese troops in Samawah"),
       C("Two", 2, "exact", "missing", "Japanese abducted west of Baghdad", HOSODA,
         cat_alt=["hostages"]),
       C("22", 22, "exact", "population", "Japanese nationals still in Iraq",
         "The Foreign Ministry", cat_alt=["other"])]),

    P("d41_005",
      "Israel, Hezbollah complete German-brokered swap\n"
      "Last update - 21:14 29/01/2004\n"
      "Israel released 400 Palestinian prisoners and 35 Lebanese and other Arab detainees on "
      "Thursday in exchange for Israeli businessman Elhanan Tannenbaum and the bodies of three "
      "soldiers seized by Hezbollah in October 2000. The Arab detainees, among them Hezbollah "
      "cleric Sheikh Abdel Karim Obeid, were flown to Germany and then to Beirut, where tens of "
      "thousands of Hezbollah supporters gathered at the airport, Lebanese security sources said. "
      "Israel also handed over the remains of 59 Lebanese fighters and civilians. Hezbollah "
      "leader Hassan Nasrallah told the crowd that the group would seize more Israeli soldiers if "
      "Samir Kuntar, who was left out of the deal, was not freed.",
      [C("400", 400, "exact", "detained", "Palestinian prisoners released", None,
         attr_alt=[LB_SEC]),
       C("35", 35, "exact", "detained", "Lebanese and Arab detainees released", None,
         attr_alt=[LB_SEC]),
       C("three", 3, "exact", "killed", "bodies of soldiers seized by Hezbollah", None,
         cat_alt=["hostages"], attr_alt=[LB_SEC]),
       C("tens of thousands", 10000, "vague", "other", "Hezbollah supporters at the airport",
         LB_SEC, attr_alt=[None]),
       C("59", 59, "exact", "killed", "remains of Lebanese handed over", None,
         cat_alt=["other"])],
      published="2004-01-29"),

    P("d41_006",
      "BBC's Alan Johnston freed in Gaza\n"
      "Page last updated at 09:12 GMT, Wednesday, 4 July 2007\n"
      "BBC correspondent Alan Johnston has been freed in Gaza after 114 days in captivity, and "
      "says the experience was \"like being buried alive\". He was handed over to Hamas in the "
      "early hours of Wednesday after the group that held him, the Army of Islam, came under "
      "growing pressure, including an armed standoff around the compound of the Dughmush clan. "
      "Hamas said its forces had surrounded the area with about 1,000 gunmen and had detained six "
      "members of the clan in recent days. Mr Johnston, 45, was the only Western journalist based "
      "permanently in Gaza when he was seized on 12 March. More than 20 foreigners were kidnapped "
      "in Gaza in the two years before his abduction, though all the others were freed within "
      "days.",
      [C("about 1,000", 1000, "about", "troops", "Hamas gunmen around the compound", "Hamas",
         cat_alt=["other"]),
       C("six", 6, "exact", "detained", "clan members detained by Hamas", "Hamas"),
       C("More than 20", 20, "more_than", "hostages", "foreigners kidnapped in Gaza")],
      published="2007-07-04"),

    P("d41_007",
      "MOMBASA, Kenya, Feb 5, 2009 (AFP) - Somali pirates on Thursday freed the Ukrainian cargo "
      "ship MV Faina and its 20 remaining crew after receiving a ransom of 3.2 million dollars, "
      "dropped onto the deck by parachute, a regional maritime official said. The Belize-flagged "
      "vessel was seized on September 25 off the Somali coast with a cargo of 33 Soviet-designed "
      "T-72 tanks, rocket-propelled grenades and ammunition bound for Kenya. Its Russian captain, "
      "Vladimir Kolobkov, died of a suspected heart attack days after the hijacking. \"The crew "
      "are exhausted but all are alive,\" said Andrew Mwangura of the East African Seafarers' "
      "Assistance Programme, adding that at least six US warships had shadowed the Faina "
      "throughout the 134-day ordeal. Pirates are still holding at least 10 other ships and about "
      "200 crew members, he said.",
      [C("20", 20, "exact", "hostages", "crew of the Faina freed", MARITIME),
       C("33", 33, "exact", "munitions", "T-72 tanks aboard the Faina"),
       C("at least six", 6, "at_least", "munitions", "US warships shadowing the Faina",
         MWANGURA, cat_alt=["other"]),
       C("at least 10", 10, "at_least", "other", "ships held by pirates", MWANGURA,
         attr_alt=["he"]),
       C("about 200", 200, "about", "hostages", "crew held by pirates", MWANGURA,
         attr_alt=["he"])],
      published="2009-02-05"),

    P("d41_008",
      "Freed Canadian journalist reaches Nairobi after 15 months held in Somalia\n"
      "Amanda Lindhout, the Alberta freelance journalist kidnapped outside Mogadishu in August "
      "2008, arrived in Nairobi on Wednesday after her captors released her and Australian "
      "photographer Nigel Brennan in exchange for a ransom reportedly worth more than $600,000. "
      "The pair had been held for 460 days. Their Somali interpreter, Abdifatah Mohamed Elmi, and "
      "two drivers seized with them were freed in January, a Somali official said. Lindhout, 28, "
      "told a doctor she had been beaten and starved, according to a family friend. Somali clan "
      "elders involved in the talks said as many as 18 gunmen had guarded the hostages in "
      "shifts. At least nine other foreigners are believed to be held in Somalia, most of them by "
      "pirates, a Western diplomat in Nairobi said.",
      [C("two", 2, "exact", "hostages", "drivers freed in January", SO_OFFICIAL,
         ctx="two drivers"),
       C("as many as 18", 18, "at_most", "troops", "gunmen guarding the hostages", ELDERS,
         cat_alt=["other"]),
       C("At least nine", 9, "at_least", "hostages", "foreigners held in Somalia",
         "a Western diplomat in Nairobi")]),

    P("d41_009",
      "Sun 14 Nov 2010 14.36 GMT\n"
      "Paul and Rachel Chandler, the British couple held by Somali pirates for 388 days, were "
      "freed early on Sunday and flown to Mogadishu, where they were received by Somali "
      "government officials. The Chandlers, from Tunbridge Wells, were seized from their yacht, "
      "the Lynn Rival, near the Seychelles in October 2009. Their captors said a ransom of about "
      "$750,000 had been paid, though the couple's family declined to comment on the amount. EU "
      "Naval Force officials said pirates were still holding 20 ships and at least 438 crew "
      "members, most of them in anchorages along the central Somali coast. Elders who helped "
      "negotiate the release said at least 15 gunmen had guarded the couple in the bush near "
      "Adado. The British "
      "government, which does not pay ransoms, said it was \"delighted\" by the release.",
      [C("20", 20, "exact", "other", "ships held by Somali pirates", EUNAVFOR),
       C("at least 438", 438, "at_least", "hostages", "crew held by Somali pirates",
         EUNAVFOR),
       C("at least 15", 15, "at_least", "troops", "gunmen guarding the Chandlers",
         "Elders who helped negotiate the release", cat_alt=["other"])],
      published="2010-11-14"),

    P("d41_010",
      "What we know about the prisoner swap that freed Alan Gross\n"
      "December 17, 2014 5:19 PM ET\n"
      "Who was freed? Alan Gross, 65, a subcontractor for the U.S. Agency for International "
      "Development who had been jailed in Cuba since December 2009, flew home on a U.S. "
      "government plane on Wednesday. Cuba also released a U.S. intelligence agent who had been "
      "held for nearly 20 years; officials have not named him.\n"
      "What did Cuba get? The three remaining members of the \"Cuban Five,\" intelligence "
      "officers convicted in Miami in 2001, were returned to Havana. The other two had been "
      "released earlier after serving their sentences.\n"
      "What else? Cuba agreed to free 53 people the U.S. regards as political prisoners, a "
      "senior administration official said, and the two countries will move to restore "
      "diplomatic ties broken off in 1961.",
      [C("three", 3, "exact", "detained", "Cuban agents returned in the swap"),
       C("two", 2, "exact", "detained", "Cuban agents released earlier", ctx="two had been"),
       C("53", 53, "exact", "detained", "political prisoners Cuba agreed to free", ADMIN)],
      published="2014-12-17"),

    P("d41_011",
      "BOSASO, Somalia, March 16 (Reuters) - Somali pirates released an oil tanker and its eight "
      "Sri Lankan crew members on Thursday without receiving a ransom, after a gunfight with the "
      "Puntland Maritime Police Force, officials in the semi-autonomous region said. The "
      "Comoros-flagged Aris 13 was seized on Monday off the tip of the Horn of Africa, the first "
      "hijacking of a commercial ship off Somalia since 2012. Abdirahman Mohamud Hassan, the "
      "district commissioner of Alula, said one pirate had been wounded in the exchange of fire "
      "and that around 20 pirates had been on board. Clan elders persuaded the gunmen to let the "
      "ship go after learning it had been hired by Somali businessmen, a local official told "
      "Reuters. At the height of the piracy crisis in 2011, gangs attacked 237 vessels off "
      "Somalia, according to the International Maritime Bureau.",
      [C("eight", 8, "exact", "hostages", "Sri Lankan crew released", PUNTLAND),
       C("one", 1, "exact", "injured", "pirate wounded", HASSAN, ctx="one pirate"),
       C("around 20", 20, "about", "troops", "pirates on board", HASSAN, cat_alt=["other"]),
       C("237", 237, "exact", "other", "vessels attacked off Somalia in 2011", IMB)]),

    P("d41_012",
      "LONDON/DUBAI, July 20, 2019 (Reuters) - Iran's Revolutionary Guards seized a "
      "British-flagged oil tanker in the Strait of Hormuz on Friday, and its 23 crew members will "
      "remain on board at the port of Bandar Abbas while an investigation is carried out, "
      "Iranian state media said. Stena Bulk, the Swedish owner of the Stena Impero, said 18 of "
      "the crew were Indian nationals and the rest were from Russia, Latvia and the Philippines; "
      "none was hurt. Britain's foreign secretary, Jeremy Hunt, said the ship had been surrounded "
      "by four vessels and a helicopter in Omani waters before it was taken. Britain has some "
      "1,000 sailors in the region, including the crew of the frigate HMS Montrose, which was an "
      "hour away when the tanker was seized.",
      [C("23", 23, "exact", "hostages", "crew of the Stena Impero held", IR_MEDIA,
         cat_alt=["detained"]),
       C("18", 18, "exact", "hostages", "Indian crew members", "Stena Bulk",
         cat_alt=["detained"]),
       C("four", 4, "exact", "munitions", "Iranian vessels surrounding the tanker", HUNT,
         cat_alt=["other"]),
       C("some 1,000", 1000, "about", "troops", "British sailors in the region")],
      published="2019-07-20"),

    P("d41_013",
      "KATSINA STATE POLICE COMMAND\n"
      "PRESS RELEASE\n"
      "20th December, 2020\n"
      "POLICE, MILITARY AND VIGILANTES RESCUE 84 ABDUCTED ISLAMIYYA PUPILS IN DANDUME LGA\n"
      "On 19/12/2020 at about 2130hrs, bandits in large numbers, armed with AK-47 rifles, attacked "
      "Mahuta village, Dandume LGA, and abducted about 80 pupils of an Islamiyya school returning "
      "from a Maulud ceremony. The Command, in conjunction with the Nigerian Army and local "
      "vigilantes, trailed the hoodlums into the Dumburum forest and engaged them in a gun duel, "
      "during which 84 pupils were rescued. Four of the victims sustained injuries and are "
      "receiving treatment at the General Hospital, Funtua. One vigilante member paid the supreme "
      "price, while the bandits escaped with gunshot wounds. Investigation is ongoing.\n"
      "SP GAMBO ISAH\n"
      "Police Public Relations Officer",
      [C("84", 84, "exact", "hostages", "pupils rescued (headline)", None,
         attr_alt=[KT_POLICE], ctx="RESCUE 84"),
       C("about 80", 80, "about", "hostages", "Islamiyya pupils abducted", None,
         attr_alt=[KT_POLICE]),
       C("84", 84, "exact", "hostages", "pupils rescued", None, attr_alt=[KT_POLICE],
         ctx="which 84 pupils"),
       C("Four", 4, "exact", "injured", "rescued pupils injured", None, cat_alt=["hostages"],
         attr_alt=[KT_POLICE]),
       C("One", 1, "exact", "killed", "vigilante killed", None, attr_alt=[KT_POLICE])],
      published="2020-12-20"),

    P("d41_014",
      "Michael Kovrig and Michael Spavor land in Canada after more than 1,000 days in Chinese "
      "detention\n"
      "CBC News · Posted: Sep 25, 2021 4:01 AM ET\n"
      "Michael Kovrig and Michael Spavor arrived in Calgary early Saturday, hours after a "
      "Canadian judge ended extradition proceedings against Huawei executive Meng Wanzhou, who "
      "flew home to Shenzhen under a deal with U.S. prosecutors. The two men had been held in "
      "China for 1,019 days on espionage charges that Canada called arbitrary. Prime Minister "
      "Justin Trudeau met them on the tarmac. Global Affairs Canada says about 115 other "
      "Canadians are currently detained in China, among them Robert Schellenberg, who faces a "
      "death sentence for drug smuggling. Canadian officials have said 13 Canadians were "
      "detained in China in the weeks after Meng's arrest in Vancouver in December 2018.",
      [C("two", 2, "exact", "detained", "Canadians held in China and freed",
         ctx="two men"),
       C("about 115", 115, "about", "detained", "Canadians detained in China", GAC),
       C("13", 13, "exact", "detained", "Canadians detained after Meng's arrest",
         "Canadian officials")],
      published="2021-09-25"),

    P("d41_015",
      "Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori land in UK after £393.5m debt is settled\n"
      "Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori touched down at RAF Brize Norton shortly "
      "after midnight, ending six years and five years respectively in Iranian detention. "
      "Foreign Secretary Liz Truss confirmed that Britain had paid the £393.5m it had owed Iran "
      "since the 1970s over a cancelled order for 1,500 Chieftain tanks. A third dual national, "
      "Morad Tahbaz, has been released from Evin prison on furlough but has not been allowed to "
      "leave the country, Ms Truss said. Rights groups say at least a dozen other dual and "
      "foreign nationals remain held in Iran. Amnesty International said it had documented at "
      "least 30 cases of dual nationals detained in Iran since 2015.",
      [C("1,500", 1500, "exact", "munitions", "Chieftain tanks ordered by the Shah", None,
         attr_alt=[TRUSS], optional=True),
       C("at least a dozen", 12, "at_least", "detained", "dual and foreign nationals held",
         "Rights groups", cat_alt=["hostages"]),
       C("at least 30", 30, "at_least", "detained", "dual nationals detained since 2015",
         "Amnesty International", cat_alt=["other"])]),

    P("d41_016",
      "PORT-AU-PRINCE, Haiti (AP) — Gunmen in Haiti's capital kidnapped six nuns from a bus on "
      "Monday, along with the driver and at least two other passengers, the Conference of "
      "Religious of Haiti said. The nuns belong to the Congregation of Sainte-Anne and were on "
      "their way to a school the order runs in the city, the group said in a statement. Nobody "
      "has claimed responsibility, and the group did not say whether a ransom had been demanded. "
      "Dozens of people have been abducted from buses and cars on the capital's roads since "
      "January, according to the Centre for Analysis and Research in Human Rights (CARDH). "
      "Kidnappings have soared as gangs tighten their grip on Port-au-Prince: the U.N. says "
      "nearly 2,500 people were kidnapped across Haiti last year, more than double the number in "
      "2022. Gangs now control an estimated 80% of the capital, according to U.N. officials.",
      [C("six", 6, "exact", "hostages", "nuns kidnapped", CRH),
       C("at least two", 2, "at_least", "hostages", "other passengers kidnapped", CRH),
       C("Dozens", 12, "vague", "hostages", "people abducted from vehicles since January",
         "the Centre for Analysis and Research in Human Rights (CARDH)"),
       C("nearly 2,500", 2500, "about", "hostages", "people kidnapped in Haiti last year",
         "the U.N.", cat_alt=["other"]),
       C("an estimated 80%", 80, "about", "other", "share of the capital gangs control",
         "U.N. officials", optional=True)]),

    P("d41_017",
      "WASHINGTON, Feb 11 (Reuters) - Russia freed American teacher Marc Fogel on Tuesday after "
      "three and a half years in detention, and he was flying home with President Donald Trump's "
      "envoy Steve Witkoff, the White House said. Fogel, 63, was arrested at a Moscow airport in "
      "August 2021 with 17 grams of medical marijuana and sentenced to 14 years in a penal "
      "colony. Trump's national security adviser, Mike Waltz, described the release as a \"show "
      "of good faith\" and said the United States had agreed to an exchange but did not give "
      "details. Two U.S. officials said the United States would free Alexander Vinnik, a Russian "
      "cybercriminal convicted of laundering billions of dollars, in return. At least 10 other "
      "Americans are still detained in Russia, according to a count by the Foley Foundation.",
      [C("Two", 2, "exact", "other", "U.S. officials (sources)", None, optional=True),
       C("At least 10", 10, "at_least", "detained", "Americans detained in Russia", FOLEY,
         cat_alt=["hostages"], attr_alt=["the Foley Foundation"])]),

    P("d41_018",
      "Ten Americans freed by Venezuela in swap for migrants held in El Salvador\n"
      "Updated July 19, 2025, 6:05 a.m. ET\n"
      "Venezuela released 10 American citizens and permanent residents on Friday in exchange for "
      "252 Venezuelan migrants whom the Trump administration had deported to a maximum-security "
      "prison in El Salvador in March, Secretary of State Marco Rubio said. The Venezuelans were "
      "flown from the prison, known as CECOT, to Caracas, where President Nicolás Maduro's "
      "government accused El Salvador of torturing them. As part of the deal, Venezuela also "
      "agreed to release about 80 Venezuelan political prisoners, Mr Rubio said. Salvadoran "
      "President Nayib Bukele said the prison, built for 40,000 inmates, had been paid $6 "
      "million a year to hold the Venezuelans.",
      [C("Ten", 10, "exact", "detained", "Americans freed by Venezuela (headline)"),
       C("10", 10, "exact", "detained", "Americans freed by Venezuela", RUBIO),
       C("252", 252, "exact", "detained", "Venezuelans returned from CECOT", RUBIO,
         cat_alt=["displaced"]),
       C("about 80", 80, "about", "detained", "Venezuelan political prisoners to be freed",
         "Mr Rubio", attr_alt=[RUBIO]),
       C("40,000", 40000, "exact", "other", "CECOT capacity", None,
         attr_alt=["Salvadoran President Nayib Bukele"], optional=True,
         cat_alt=["infrastructure"])],
      published="2025-07-19"),

    P("d41_019",
      "VILNIUS, June 21, 2025 (AFP) - Belarus freed opposition figure Sergei Tikhanovsky and 13 "
      "other prisoners on Saturday after a rare visit to Minsk by US envoy Keith Kellogg, the "
      "office of his wife, exiled opposition leader Svetlana Tikhanovskaya, said. The 14 freed "
      "included citizens of Japan, Poland, Estonia, Sweden and Latvia and were driven across the "
      "border into Lithuania, a US official said. Tikhanovsky, 46, had been arrested in May 2020 "
      "as he prepared to run against President Alexander Lukashenko and was later sentenced to "
      "18 and a half years. \"My husband is free!\" Tikhanovskaya wrote on X. The rights group "
      "Viasna says Belarus still holds 1,169 political prisoners, among them Nobel Peace Prize "
      "laureate Ales Bialiatski.",
      [C("13", 13, "exact", "detained", "other prisoners freed by Belarus", TIKH_OFFICE,
         attr_alt=[TIKH_FULL]),
       C("14", 14, "exact", "detained", "prisoners freed by Belarus", "a US official",
         cat_alt=["displaced"]),
       C("1,169", 1169, "exact", "detained", "political prisoners in Belarus", VIASNA,
         attr_alt=["Viasna"])],
      published="2025-06-21"),

    P("d41_020",
      "EXPLAINER: What the NBS crime survey says about kidnapping in Nigeria\n"
      "December 18, 2024\n"
      "Nigerians paid an estimated N2.23 trillion in ransom in the 12 months to April 2024, "
      "according to the National Bureau of Statistics' first Crime Experience and Security "
      "Perception Survey, released on Tuesday. The bureau estimated that households across the "
      "country experienced 2,235,954 kidnapping incidents in that period, with an average ransom "
      "of N2.67 million per incident. The North-West recorded the highest number of killings, "
      "the survey found, and 614,937 Nigerians were killed in all crimes nationwide. Only about "
      "a third of households that experienced a crime reported it to the police. The survey "
      "interviewed members of 10,000 households across the 36 states and the Federal Capital "
      "Territory.",
      [C("2,235,954", 2235954, "exact", "other", "kidnapping incidents", "The bureau",
         cat_alt=["hostages"], attr_alt=[NBS]),
       C("614,937", 614937, "exact", "killed", "Nigerians killed in crimes", "the survey",
         attr_alt=[None, NBS]),
       C("10,000", 10000, "exact", "other", "households interviewed", None,
         attr_alt=["The survey"], optional=True),
       C("36", 36, "exact", "other", "states surveyed", None, optional=True)],
      published="2024-12-18"),

    # ================================ Protests, strikes, riots ================================
    P("d41_021",
      "Poll tax riot: 341 arrested as police count cost of West End violence\n"
      "Monday 2 April 1990\n"
      "Scotland Yard said yesterday that 341 people had been arrested after Saturday's "
      "demonstration against the community charge turned into the worst rioting central London "
      "has seen this century. A total of 374 police officers were injured, 58 of them seriously "
      "enough to need hospital treatment, and 86 members of the public were hurt. The organisers, "
      "the All-Britain Anti-Poll Tax Federation, said 200,000 people had joined the march from "
      "Kennington Park; police put the crowd at 40,000. Shops, restaurants and cars were set "
      "alight around Trafalgar Square, and the Metropolitan Police said 20 police horses had "
      "been hurt.",
      [C("341", 341, "exact", "detained", "people arrested (headline)", ctx="341 arrested"),
       C("341", 341, "exact", "detained", "people arrested", YARD, ctx="341 people"),
       C("374", 374, "exact", "injured", "police officers injured", YARD, attr_alt=[None]),
       C("58", 58, "exact", "injured", "officers needing hospital treatment", YARD,
         attr_alt=[None]),
       C("86", 86, "exact", "injured", "members of the public hurt", YARD, attr_alt=[None]),
       C("200,000", 200000, "exact", "other", "marchers (organisers)", "The organisers",
         attr_alt=[APTF]),
       C("40,000", 40000, "exact", "other", "crowd (police)", "police"),
       C("20", 20, "exact", "other", "police horses hurt", "the Metropolitan Police",
         cat_alt=["injured"], optional=True)],
      published="1990-04-02"),

    P("d41_022",
      "BELGRADE, Yugoslavia (AP) — Hundreds of thousands of protesters seized Yugoslavia's "
      "parliament and state television on Thursday, setting both buildings ablaze as police who "
      "had fired tear gas melted away or joined the crowds. Opposition leader Vojislav Kostunica "
      "declared himself president before a cheering throng outside city hall. At least one "
      "person was killed and 65 were injured, hospital officials said; the dead woman was run "
      "over by a truck. The interior ministry said 42 police officers had been hurt. Witnesses "
      "said police fired dozens of tear gas canisters before the "
      "first demonstrators broke through the doors of the federal parliament. The opposition "
      "said at least 30 police officers had switched sides during the day.",
      [C("Hundreds of thousands", 100000, "vague", "other", "protesters in Belgrade"),
       C("At least one", 1, "at_least", "killed", "people killed", HOSP_RS),
       C("65", 65, "exact", "injured", "people injured", HOSP_RS),
       C("42", 42, "exact", "injured", "police officers hurt", "The interior ministry"),
       C("dozens", 12, "vague", "munitions", "tear gas canisters fired", "Witnesses",
         cat_alt=["other"]),
       C("at least 30", 30, "at_least", "troops", "police officers who switched sides",
         "The opposition", cat_alt=["other"])]),

    P("d41_023",
      "Friday, December 21, 2001\n"
      "De la Rúa quits as riots leave 25 dead\n"
      "President Fernando de la Rúa resigned yesterday after two days of looting and street "
      "battles in which at least 25 people were killed across the country, according to a tally "
      "by the Interior Ministry. Five of them died in and around the Plaza de Mayo, where "
      "mounted police charged thousands of protesters banging pots and pans. Hospitals in the "
      "capital treated 439 people for injuries, the city's emergency medical service (SAME) "
      "said. Police arrested more than 2,000 people nationwide during the state of siege "
      "declared on Wednesday night, a federal police spokesman said. De la Rúa left the Casa "
      "Rosada by helicopter shortly after 7:30 p.m.",
      [C("25", 25, "exact", "killed", "people killed in riots (headline)", ctx="leave 25 dead"),
       C("at least 25", 25, "at_least", "killed", "people killed nationwide", AR_TALLY,
         attr_alt=[AR_MOI]),
       C("Five", 5, "exact", "killed", "people killed around the Plaza de Mayo", AR_TALLY,
         attr_alt=[AR_MOI, None]),
       C("thousands", 1000, "vague", "other", "protesters in the Plaza de Mayo", None,
         attr_alt=[AR_TALLY]),
       C("439", 439, "exact", "injured", "people treated for injuries", SAME),
       C("more than 2,000", 2000, "more_than", "detained", "people arrested nationwide",
         "a federal police spokesman")],
      published="2001-12-21"),

    P("d41_024",
      "Kathmandu, April 21 (PTI) Defying a day-time curfew, tens of thousands of pro-democracy "
      "protesters poured onto the Ring Road encircling the Nepalese capital on Friday, the 16th "
      "day of a general strike called by the seven-party alliance. Security forces opened fire at "
      "Gongabu and Kalanki, injuring at least 30 people, the Human Rights Organisation of Nepal "
      "said. At least 14 people have been killed and more than 5,000 injured since the strike "
      "began on April 6, according to the rights body. King Gyanendra later went on state "
      "television to offer to hand executive power to a prime minister named by the parties. The "
      "alliance, which says over 1,000 of its activists remain in detention, rejected the offer "
      "as inadequate.",
      [C("tens of thousands", 10000, "vague", "other", "protesters on the Ring Road"),
       C("at least 30", 30, "at_least", "injured", "people injured at Gongabu and Kalanki",
         HRON),
       C("At least 14", 14, "at_least", "killed", "people killed since April 6",
         "the rights body", attr_alt=[HRON]),
       C("more than 5,000", 5000, "more_than", "injured", "people injured since April 6",
         "the rights body", attr_alt=[HRON]),
       C("over 1,000", 1000, "more_than", "detained", "alliance activists in detention",
         "The alliance", attr_alt=["the seven-party alliance"])]),

    P("d41_025",
      "BUDAPEST, Sept 19 (Reuters) - About 150 people were injured, 102 of them police officers, "
      "when protesters demanding the resignation of Prime Minister Ferenc Gyurcsany stormed the "
      "headquarters of state television overnight, Hungarian officials said on Tuesday. A crowd "
      "of some 10,000 had gathered outside the building after a recording leaked in which "
      "Gyurcsany admitted lying about the economy \"morning, noon and night\". Police fired water "
      "cannon and tear gas but were driven back; the rioters set fire to at least 20 cars. "
      "National police chief Laszlo Bene said 18 people had been detained and that he would not "
      "resign. Gyurcsany, whose Socialists won April's election with 43 percent of the vote, "
      "said he would stay in office.",
      [C("About 150", 150, "about", "injured", "people injured", HU_OFF),
       C("102", 102, "exact", "injured", "police officers injured", HU_OFF),
       C("some 10,000", 10000, "about", "other", "crowd outside state television"),
       C("at least 20", 20, "at_least", "other", "cars set on fire", None,
         cat_alt=["infrastructure"], optional=True),
       C("18", 18, "exact", "detained", "people detained", BENE)]),

    P("d41_026",
      "Guinea: Hold Security Forces Accountable for Strike Killings\n"
      "April 24, 2007\n"
      "(New York) – Guinean security forces, including members of the Presidential Guard, killed "
      "at least 129 people and wounded more than 1,700 during a nationwide general strike in "
      "January and February, Human Rights Watch said in a report released today. On January 22 "
      "alone, police and gendarmes shot dead between 20 and 30 unarmed protesters as some 30,000 "
      "people tried to march on the National Assembly in Conakry, witnesses told Human Rights "
      "Watch. The strike, called by Guinea's main trade union federations, ended on February 27 "
      "with President Lansana Conté's appointment of a consensus prime minister. The 65-page "
      "report is based on interviews with more than 100 victims, witnesses and officials.",
      [C("at least 129", 129, "at_least", "killed", "people killed during the strike", HRW),
       C("more than 1,700", 1700, "more_than", "injured", "people wounded during the strike",
         HRW),
       C("between 20 and 30", 20, "range", "killed", "protesters shot dead on January 22",
         "witnesses", high=30),
       C("some 30,000", 30000, "about", "other", "marchers on January 22", None,
         attr_alt=["witnesses"]),
       C("more than 100", 100, "more_than", "other", "people interviewed", None,
         attr_alt=[HRW], optional=True)],
      published="2007-04-24"),

    P("d41_027",
      "ATHENS — Rioting spread to at least 10 Greek cities last night as thousands of youths "
      "clashed with police for a third night over the fatal shooting of 15-year-old Alexandros "
      "Grigoropoulos by a police officer in Exarchia on Saturday. In Athens, rioters torched "
      "banks, car dealerships and the Christmas tree in Syntagma Square, and the Athens Traders' "
      "Association said 565 stores had been damaged or looted since the weekend. Police said "
      "they had made 87 arrests in the capital and that 12 officers had been injured. The two "
      "officers involved in the shooting were remanded in custody yesterday; one has been "
      "charged with murder. Schools and universities remained shut as teachers' unions called "
      "a strike for today.",
      [C("at least 10", 10, "at_least", "other", "Greek cities with rioting", optional=True),
       C("thousands", 1000, "vague", "other", "youths clashing with police"),
       C("565", 565, "exact", "infrastructure", "stores damaged or looted", ATHENS_TRADERS),
       C("87", 87, "exact", "detained", "arrests in Athens", "Police"),
       C("12", 12, "exact", "injured", "police officers injured", "Police"),
       C("two", 2, "exact", "detained", "officers remanded in custody",
         ctx="two officers"),
       C("one", 1, "exact", "detained", "officer charged with murder", cat_alt=["other"],
         ctx="one has been charged")]),

    P("d41_028",
      "TEHRAN, June 16 (Reuters) - Seven people were killed when gunmen opened fire from a Basij "
      "militia compound on protesters at the end of a huge opposition rally in Tehran on Monday, "
      "state radio said. Hundreds of thousands of supporters of defeated candidate Mirhossein "
      "Mousavi had marched from Enqelab Square to Azadi Square in defiance of a ban, and Tehran's "
      "mayor, Mohammad Baqer Qalibaf, was quoted as putting the crowd at up to 3 million. "
      "Authorities have arrested more than 100 reformist politicians and activists since "
      "Saturday, a reformist party said. Relatives of at least 40 people detained at the "
      "rallies say they have not been told where they are being held. Mousavi won 33.75 percent "
      "of the vote, according to official results, against 62.63 percent for Mahmoud "
      "Ahmadinejad.",
      [C("Seven", 7, "exact", "killed", "people killed near the Basij compound",
         "state radio"),
       C("Hundreds of thousands", 100000, "vague", "other", "Mousavi supporters marching"),
       C("up to 3 million", 3_000_000, "at_most", "other", "crowd (mayor)", QALIBAF),
       C("more than 100", 100, "more_than", "detained", "reformists arrested",
         "a reformist party"),
       C("at least 40", 40, "at_least", "missing", "detainees whose whereabouts are unknown",
         "Relatives", cat_alt=["detained"])]),

    P("d41_029",
      "4 March 2011 – The United Nations human rights office today condemned the killing of "
      "seven women who were shot dead by security forces loyal to Laurent Gbagbo during a "
      "peaceful march in the Abidjan suburb of Abobo on Thursday. Witnesses said hundreds of "
      "women had gathered at the Abobo town hall when soldiers in armoured vehicles opened fire. "
      "At least 365 people have been killed in Côte d'Ivoire since the disputed presidential "
      "run-off of 28 November, the office's spokesman, Rupert Colville, told reporters in "
      "Geneva. The UN refugee agency (UNHCR) estimates that up to 300,000 people have fled Abobo "
      "alone in recent weeks, and that more than 70,000 Ivorians have crossed into Liberia. The "
      "World Food Programme said it had delivered 150 tonnes of food to displaced families in "
      "the west of the country.",
      [C("seven", 7, "exact", "killed", "women shot dead in Abobo", OHCHR),
       C("hundreds", 100, "vague", "other", "women gathered at the town hall", "Witnesses"),
       C("At least 365", 365, "at_least", "killed", "people killed since the run-off",
         COLVILLE),
       C("up to 300,000", 300000, "at_most", "displaced", "people who fled Abobo", UNHCR_CI),
       C("more than 70,000", 70000, "more_than", "displaced", "Ivorians who crossed into Liberia",
         UNHCR_CI),
       C("150", 150, "exact", "aid", "tonnes of food delivered", WFP)],
      published="2011-03-04"),

    P("d41_030",
      "Updated, 9:52 p.m. | The Police Department said that more than 700 people had been "
      "arrested on the Brooklyn Bridge, most of them charged with disorderly conduct and "
      "blocking a roadway.\n"
      "7:40 p.m. | Protesters with Occupy Wall Street, who had marched from Zuccotti Park, "
      "spilled onto the bridge's roadway, and officers closed the Brooklyn-bound lanes. Paul J. "
      "Browne, the department's chief spokesman, said protesters had been warned several times "
      "by bullhorn.\n"
      "6:15 p.m. | Organizers put the crowd at about 5,000; a police official estimated it at "
      "1,500. At least 20 buses, some of them commandeered city buses, were used to take those "
      "arrested to precincts. One officer suffered a minor injury, the police said.",
      [C("more than 700", 700, "more_than", "detained", "people arrested on the bridge", NYPD),
       C("about 5,000", 5000, "about", "other", "crowd (organizers)", "Organizers"),
       C("1,500", 1500, "exact", "other", "crowd (police)", "a police official"),
       C("At least 20", 20, "at_least", "other", "buses used for the arrested", None,
         optional=True),
       C("One", 1, "exact", "injured", "officer injured", "the police", attr_alt=[NYPD])]),

    P("d41_031",
      "Fuel subsidy: Strike grounds Nigeria as police kill protester in Lagos\n"
      "ON JANUARY 10, 2012\n"
      "LAGOS — Banks, markets, schools and petrol stations stayed shut across Nigeria yesterday "
      "as the strike called by the Nigeria Labour Congress and the Trade Union Congress over the "
      "removal of fuel subsidy began, with the pump price of petrol having risen from N65 to at "
      "least N141 a litre. In Ogba, Lagos, a 23-year-old man, Ademola Aderinde, was shot dead, "
      "allegedly by a police officer, witnesses said. In Kano, the state chapter of the Nigerian "
      "Red Cross said at least five people were killed and 100 injured when police opened fire "
      "on protesters at the Silver Jubilee roundabout. Rallies drew tens of thousands in Lagos, "
      "the union leaders said, while organisers in Kano put their crowd at 80,000-100,000. The "
      "Inspector-General of Police, Hafiz Ringim, said 20 policemen had been injured nationwide.",
      [C("at least five", 5, "at_least", "killed", "people killed in Kano", NG_RC),
       C("100", 100, "exact", "injured", "people injured in Kano", NG_RC),
       C("tens of thousands", 10000, "vague", "other", "rally crowd in Lagos",
         "the union leaders"),
       C("80,000-100,000", 80000, "range", "other", "crowd in Kano", "organisers in Kano",
         high=100000),
       C("20", 20, "exact", "injured", "policemen injured", RINGIM)],
      published="2012-01-10"),

    P("d41_032",
      "Hundreds of thousands rally in Taipei against trade pact\n"
      "2014/03/30 21:45:12\n"
      "Taipei, March 30 (CNA) Protesters opposed to a service trade agreement with China filled "
      "Ketagalan Boulevard in front of the Presidential Office on Sunday, in the largest rally "
      "the city has seen in years. Organizers said some 500,000 people took part, while the "
      "National Police Agency estimated the turnout at 116,000. The student-led movement has "
      "occupied the Legislative Yuan since March 18, and fewer than 200 students remained inside "
      "its chamber on Sunday night, organizers said. Police evicted students from the nearby "
      "Executive Yuan in the early hours of March 24 with water cannon and batons; 61 people "
      "were arrested and at least 150 injured in that operation, including 52 police officers, "
      "according to the Taipei City government. About 4,000 police officers were deployed for "
      "Sunday's rally.",
      [C("Hundreds of thousands", 100000, "vague", "other", "protesters in Taipei (headline)"),
       C("some 500,000", 500000, "about", "other", "crowd (organizers)", "Organizers"),
       C("116,000", 116000, "exact", "other", "crowd (police)", NPA_TW),
       C("fewer than 200", 200, "fewer_than", "other", "students inside the legislature",
         "organizers"),
       C("61", 61, "exact", "detained", "people arrested at the Executive Yuan", TPE_GOV),
       C("at least 150", 150, "at_least", "injured", "people injured at the Executive Yuan",
         TPE_GOV),
       C("52", 52, "exact", "injured", "police officers injured", TPE_GOV),
       C("About 4,000", 4000, "about", "troops", "police deployed for the rally",
         cat_alt=["other"])],
      published="2014-03-30"),

    P("d41_033",
      "FERGUSON, Mo. (AP) — Police arrested 31 people and two officers were hurt by rocks during "
      "another night of unrest in this St. Louis suburb, where a white officer fatally shot "
      "18-year-old Michael Brown nine days ago, Missouri Highway Patrol Capt. Ron Johnson said "
      "early Tuesday. Johnson said officers had come under \"heavy gunfire\" and that two people "
      "had been shot by civilians in the crowd; police fired no shots. Gov. Jay Nixon has "
      "ordered the Missouri National Guard into Ferguson, a city of about 21,000 people. By 2 "
      "a.m., fewer than 100 protesters remained on West Florissant Avenue, Johnson said. Only "
      "three of the city's 53 police officers are black.",
      [C("31", 31, "exact", "detained", "people arrested", JOHNSON),
       C("two", 2, "exact", "injured", "officers hurt by rocks", JOHNSON, ctx="two officers"),
       C("two", 2, "exact", "injured", "people shot by civilians", "Johnson",
         attr_alt=[JOHNSON], ctx="two people"),
       C("about 21,000", 21000, "about", "population", "residents of Ferguson"),
       C("fewer than 100", 100, "fewer_than", "other", "protesters remaining", "Johnson",
         attr_alt=[JOHNSON]),
       C("three", 3, "exact", "troops", "black officers in Ferguson's police", None,
         cat_alt=["other", "population"], ctx="three of the"),
       C("53", 53, "exact", "troops", "officers in Ferguson's police", None,
         cat_alt=["other", "population"])]),

    P("d41_034",
      "Baltimore riots: 15 officers hurt, nearly 200 arrested as Guard moves in\n"
      "April 28, 2015, 6:05 AM\n"
      "Fifteen police officers were injured, six of them seriously, and nearly 200 people were "
      "arrested as rioting swept West Baltimore on Monday after the funeral of Freddie Gray, "
      "police Commissioner Anthony W. Batts said. Fire officials said they had responded to 144 "
      "vehicle fires and 15 structure fires overnight, including a senior center under "
      "construction in East Baltimore. Gov. Larry Hogan declared a state of emergency and said "
      "as many as 5,000 National Guard troops could be sent into the city, while Mayor "
      "Stephanie Rawlings-Blake imposed a week-long curfew from 10 p.m. Gray, 25, died April 19, "
      "a week after suffering a spinal injury in police custody.",
      [C("15", 15, "exact", "injured", "officers hurt (headline)", ctx="15 officers hurt"),
       C("nearly 200", 200, "about", "detained", "people arrested (headline)",
         ctx="nearly 200 arrested"),
       C("Fifteen", 15, "exact", "injured", "police officers injured", BATTS),
       C("six", 6, "exact", "injured", "officers seriously injured", BATTS),
       C("nearly 200", 200, "about", "detained", "people arrested", BATTS,
         ctx="nearly 200 people"),
       C("144", 144, "exact", "other", "vehicle fires", "Fire officials",
         cat_alt=["infrastructure"], optional=True),
       C("15", 15, "exact", "infrastructure", "structure fires", "Fire officials",
         cat_alt=["other"], ctx="15 structure"),
       C("as many as 5,000", 5000, "at_most", "troops", "National Guard troops", HOGAN)],
      published="2015-04-28"),

    P("d41_035",
      "August 13, 2017 at 12:51 a.m. EDT\n"
      "CHARLOTTESVILLE, Va. — A 32-year-old woman was killed and 19 people were injured when a "
      "car plowed into a crowd of counterprotesters marching through downtown Charlottesville on "
      "Saturday afternoon, hours after a white-nationalist rally was broken up, city officials "
      "said. The driver, James Alex Fields Jr., 20, of Ohio, was arrested and charged with "
      "second-degree murder. Two Virginia State Police troopers died when their helicopter, which "
      "had been monitoring the clashes, crashed in woods outside the city, state police said. In "
      "all, the University of Virginia Medical Center said it had treated 35 people during the "
      "day. Police said three other people had been arrested on charges related to the rally.",
      [C("19", 19, "exact", "injured", "people injured by the car", "city officials"),
       C("Two", 2, "exact", "killed", "state troopers killed in helicopter crash",
         "state police"),
       C("35", 35, "exact", "injured", "people treated by the medical center", UVA,
         cat_alt=["other"]),
       C("three", 3, "exact", "detained", "other people arrested", "Police")],
      published="2017-08-13"),

    P("d41_036",
      "Dera violence: Toll rises to 36 as Panchkula limps back\n"
      "Panchkula | Updated: Aug 26, 2017 08:14 IST\n"
      "The number of people killed in the violence that erupted after Dera Sacha Sauda chief "
      "Gurmeet Ram Rahim Singh was convicted of rape rose to 36 on Saturday, officials said, with "
      "30 deaths in Panchkula and six in Sirsa. More than 250 people were injured, among them 60 "
      "police and paramilitary personnel, Haryana director general of police BS Sandhu said. "
      "Police have arrested 1,000 Dera followers and registered 79 FIRs, the DGP added. The Army, "
      "which staged flag marches in Panchkula and Sirsa, said 16 columns had been deployed. Tens "
      "of thousands of followers had camped in Panchkula ahead of the CBI court's verdict.",
      [C("36", 36, "exact", "killed", "people killed (headline)", ctx="rises to 36"),
       C("36", 36, "exact", "killed", "people killed", "officials", ctx="rose to 36"),
       C("30", 30, "exact", "killed", "deaths in Panchkula", "officials"),
       C("six", 6, "exact", "killed", "deaths in Sirsa", "officials"),
       C("More than 250", 250, "more_than", "injured", "people injured", SANDHU),
       C("60", 60, "exact", "injured", "police and paramilitary injured", SANDHU),
       C("1,000", 1000, "exact", "detained", "Dera followers arrested", "the DGP",
         attr_alt=[SANDHU]),
       C("79", 79, "exact", "other", "FIRs registered", "the DGP", attr_alt=[SANDHU],
         optional=True),
       C("16", 16, "exact", "troops", "army columns deployed", "The Army"),
       C("Tens of thousands", 10000, "vague", "other", "followers camped in Panchkula")],
      published="2017-08-26"),

    P("d41_037",
      "PORT-AU-PRINCE, Feb 16 (Reuters) - At least seven people have been killed in nine days of "
      "protests demanding the resignation of President Jovenel Moise over inflation and the "
      "alleged misuse of Venezuelan PetroCaribe aid funds, the National Human Rights Defense "
      "Network (RNDDH) said. The network said another 27 people had been wounded, most of them by "
      "police gunfire. In the southern town of Aquin, 78 inmates escaped from the local prison on "
      "Tuesday after protesters attacked the building, a police spokesman said. Moise, in his "
      "first address since the unrest began, said on Thursday he would not hand the country over "
      "to \"armed gangs and drug traffickers.\" Schools and most businesses in the capital, a "
      "city of some 2.8 million people, have stayed closed for more than a week.",
      [C("At least seven", 7, "at_least", "killed", "people killed in protests", RNDDH),
       C("27", 27, "exact", "injured", "people wounded", "The network", attr_alt=[RNDDH]),
       C("78", 78, "exact", "detained", "inmates who escaped in Aquin", "a police spokesman",
         cat_alt=["other"]),
       C("some 2.8 million", 2_800_000, "about", "population", "residents of Port-au-Prince")]),

    P("d41_038",
      "Iran: Death toll from bloody crackdown on protests rises to 304\n"
      "16 December 2019\n"
      "The number of people killed by Iranian security forces during the protests that broke out "
      "on 15 November over a sudden rise in fuel prices has risen to at least 304, Amnesty "
      "International said today. Those killed include at least 10 children, according to the "
      "organization. Thousands of protesters were also injured, and an estimated 7,000 people "
      "have been arrested, among them children as young as 15. Iran's authorities have not "
      "published an official toll; a member of parliament's national security committee, "
      "Hossein Naqavi Hosseini, said this month that about 7,000 had been detained.",
      [C("304", 304, "exact", "killed", "people killed (headline)", ctx="rises to 304"),
       C("at least 304", 304, "at_least", "killed", "people killed", AMNESTY),
       C("at least 10", 10, "at_least", "killed", "children killed", "the organization",
         attr_alt=[AMNESTY]),
       C("Thousands", 1000, "vague", "injured", "protesters injured", AMNESTY,
         attr_alt=[None, "the organization"]),
       C("an estimated 7,000", 7000, "about", "detained", "people arrested", AMNESTY,
         attr_alt=[None, "the organization"]),
       C("about 7,000", 7000, "about", "detained", "people detained (MP)", NAQAVI,
         attr_alt=[NAQAVI_FULL])],
      published="2019-12-16"),

    P("d41_039",
      "New Delhi, Feb 29 (PTI) The death toll in the communal violence in northeast Delhi rose to "
      "42 on Saturday, with hospital authorities confirming four more deaths, while around 200 "
      "people were under treatment for injuries. Guru Teg Bahadur Hospital alone recorded 38 "
      "deaths, its medical superintendent Sunil Kumar said. Delhi Police said it had registered "
      "254 FIRs and arrested or detained 903 people so far. Relief camps run by the Delhi Waqf "
      "Board at Mustafabad's Eidgah were sheltering about 1,000 people who fled their homes, and "
      "the Delhi government said it had distributed 5,000 food packets in the affected areas. "
      "Paramilitary forces staged flag marches in Jafrabad, Maujpur and Shiv Vihar, where 80 "
      "companies remain deployed.",
      [C("42", 42, "exact", "killed", "death toll in northeast Delhi", "hospital authorities",
         attr_alt=[None]),
       C("four", 4, "exact", "killed", "more deaths confirmed", "hospital authorities"),
       C("around 200", 200, "about", "injured", "people under treatment",
         "hospital authorities", attr_alt=[None]),
       C("38", 38, "exact", "killed", "deaths at Guru Teg Bahadur Hospital", GTB),
       C("254", 254, "exact", "other", "FIRs registered", DL_POLICE, optional=True),
       C("903", 903, "exact", "detained", "people arrested or detained", DL_POLICE),
       C("about 1,000", 1000, "about", "displaced", "people sheltering at the Eidgah camp",
         None, attr_alt=[DL_GOV]),
       C("5,000", 5000, "exact", "aid", "food packets distributed", DL_GOV),
       C("80", 80, "exact", "troops", "paramilitary companies deployed")]),

    P("d41_040",
      "Govt says 4 security men martyred; PTI claims 'massacre' at D-Chowk\n"
      "Published November 27, 2024\n"
      "ISLAMABAD: The federal government said on Tuesday that four security personnel — three "
      "Rangers and a policeman — had been martyred when a vehicle ran into them on Srinagar "
      "Highway, as thousands of PTI supporters marched on D-Chowk. Information Minister "
      "Attaullah Tarar said more than 100 police officials had been injured in clashes with the "
      "protesters over three days. PTI leaders claimed that \"hundreds\" of their workers had "
      "been killed or wounded when police and Rangers cleared the area overnight, but gave no "
      "list; the government said no protester had been shot. Islamabad police said they had "
      "arrested 954 people, while the Punjab police put the number held in the province at more "
      "than 4,000. Around 20,000 security personnel had been deployed in the capital, including "
      "Rangers and FC troops.",
      [C("4", 4, "exact", "killed", "security personnel killed (headline)", "Govt",
         attr_alt=[PK_GOV]),
       C("four", 4, "exact", "killed", "security personnel killed", PK_GOV),
       C("three", 3, "exact", "killed", "Rangers killed", PK_GOV, ctx="three Rangers"),
       C("thousands", 1000, "vague", "other", "PTI supporters marching", None,
         attr_alt=[PK_GOV]),
       C("more than 100", 100, "more_than", "injured", "police officials injured", TARAR),
       C("hundreds", 100, "vague", "injured", "PTI workers killed or wounded", "PTI leaders",
         cat_alt=["killed", "other"]),
       C("954", 954, "exact", "detained", "people arrested in Islamabad", "Islamabad police"),
       C("more than 4,000", 4000, "more_than", "detained", "people held in Punjab",
         "the Punjab police"),
       C("Around 20,000", 20000, "about", "troops", "security personnel deployed")],
      published="2024-11-27"),
]

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 40)), "holdout", "holdout2", "holdout3")


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d41_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
