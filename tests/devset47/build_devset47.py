"""Source of the forty-seventh development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on the wars in Ukraine
(2014–2025), Gaza, Israel and Lebanon (2023–2025), Sudan (2023–2025) and Myanmar (2021–2025),
written for this set (none copied from an article) in the styles of war reporting: live blogs
with entry timestamps, daily war briefings (an ISW-style assessment, a UK Defence Intelligence
update, an OCHA flash update, an IOM DTM flash alert), ministry and military statements, UN and
agency releases, prisoner-exchange and hostage-release reports, analysis pieces that compare
contested casualty counts from several sources in one paragraph, wire copy and headline-plus-body
items. Only smaller incidents, reports and updates not used by earlier sets. Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports
loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset47/build_devset47.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

RU_MOD = "Russia's defence ministry"
UA_AF = "Ukraine's armed forces"
GIRKIN = "Igor Girkin"
LYSAK = "Governor Serhii Lysak"
SES = "The State Emergency Service"
RU_MOD_US = "Russia's Defense Ministry"
KRAM_SES = "the State Emergency Service"
UA_HQ = "the Coordination Headquarters for the Treatment of Prisoners of War"
ZELENSKY = "President Volodymyr Zelensky"
UA_OFFICIALS = "Ukrainian officials"
UA_GS = "The Ukrainian General Staff"
ISW_RU_MOD = "The Russian Ministry of Defense (MoD)"
MILBLOGGERS = "Russian milbloggers"
MEDVEDEV = "Dmitry Medvedev"
UK_DI = "UK Defence Intelligence"
HUR = "Ukraine's military intelligence (HUR)"
UA_CULTURE = "Ministry of Culture and Information Policy of Ukraine"
ODESA_OVA = "the Odesa Regional Military Administration"
KLYMENKO = "Interior Minister Ihor Klymenko"
UA_DEF = "Ukraine's defence ministry"
GAZA_MOH = "Gaza's health ministry"
IDF = "The Israeli military"
AWDA = "Doctors at al-Awda hospital"
OCHA_GAZA = "the UN humanitarian office OCHA"
PRCS = "The PRCS"
GAZA_CD = "Gaza's civil defence agency"
BASAL = "Mahmoud Basal"
EUROMED = "the Euro-Med Human Rights Monitor"
KAHLOUT = "Atef al-Kahlout"
KAHLOUT_LONG = "the director of the nearby Indonesian Hospital"
GMO = "Gaza's government media office"
IDF_SHIFA = "The IDF and ISA (Shin Bet)"
PAL_CD = "Palestinian civil defence teams"
FORUM = "The Hostages and Missing Families Forum"
ANSARI = "Majed al-Ansari"
ANSARI_LONG = "Qatar's foreign ministry spokesman Majed al-Ansari"
PRCS_AID = "the Palestinian Red Crescent"
PPMO = "the Palestinian Prisoners' Media Office"
PAL_MOH = "the Palestinian Ministry of Health"
LB_MOH = "Lebanon's health ministry"
MDA = "the Magen David Adom rescue service"
OCHA_MOH = "the Ministry of Health (MoH)"
GEZIRA_CONF = "the Gezira Conference"
SDN = "The Sudan Doctors Network"
KORDOFAN_MOH = "The state's health authorities"
WFP_UNICEF = "WFP and UNICEF"
ABDALLAH = "Army spokesman Nabil Abdallah"
EMERGENCY_LAWYERS = "The Emergency Lawyers group"
ICRC = "the International Committee of the Red Cross"
HADDAD = "UNHCR spokesperson Rania Haddad"
DTM = "DTM field teams"
VILLAGER = "a villager"
NUG = "The National Unity Government"
AAPP = "the Assistance Association for Political Prisoners"
BGF = "the Karen Border Guard Force (BGF)"
JUNTA = "Myanmar's junta"
OHCHR = "the U.N. human rights office"
TURK = "Volker Türk"
CHIN_BH = "The Chin Brotherhood alliance"
ASSAM_OFFICER = "a senior Assam Rifles officer"
CHAMPHAI_DC = "the district's deputy commissioner"

PASSAGES = [
    # --- Ukraine and Russia --------------------------------------------------------------------
    P("d47_001",
      "Analysis: How many Russian soldiers died at Makiivka?\n"
      "5 January 2023\n"
      "The toll from the New Year's strike on a vocational school in Makiivka, where newly "
      "mobilised Russian troops were billeted, depends on whom you ask. Russia's defence "
      "ministry first acknowledged 63 deaths, then raised its count to 89 on Wednesday, blaming "
      "the soldiers' use of mobile phones for giving away their position. Ukraine's armed forces "
      "said about 400 mobilised soldiers had been killed and some 300 wounded, while Daniil "
      "Bezsonov, a Russian-installed official in Donetsk, wrote only of \"many dead and "
      "wounded\". Igor Girkin, a former commander of the separatist forces, put the dead in the "
      "\"hundreds\". The ministry says four of the six HIMARS rockets fired at the building hit "
      "it and two were shot down.",
      [C("63", 63, "exact", "killed", "Russian soldiers at Makiivka (first count)", RU_MOD),
       C("89", 89, "exact", "killed", "Russian soldiers at Makiivka", RU_MOD),
       C("about 400", 400, "about", "killed", "mobilised Russian soldiers", UA_AF),
       C("some 300", 300, "about", "injured", "mobilised Russian soldiers", UA_AF),
       C("hundreds", 100, "vague", "killed", "Russian soldiers at Makiivka", GIRKIN),
       C("four", 4, "exact", "munitions", "HIMARS rockets that hit the building", "The ministry",
         attr_alt=[RU_MOD]),
       C("six", 6, "exact", "munitions", "HIMARS rockets fired", "The ministry",
         attr_alt=[RU_MOD]),
       C("two", 2, "exact", "munitions", "HIMARS rockets shot down", "The ministry",
         attr_alt=[RU_MOD])],
      published="2023-01-05"),

    P("d47_002",
      "Russian missile strike on Kryvyi Rih playground kills 18, including 9 children\n"
      "by Dmytro Kovalenko April 4, 2025 11:52 PM 2 min read\n"
      "A Russian ballistic missile struck a residential area next to a children's playground in "
      "Kryvyi Rih on the evening of April 4, killing 18 people, including nine children, "
      "Governor Serhii Lysak reported. Another 61 people were injured, 40 of whom were "
      "hospitalized, among them a three-month-old baby, he said. It was the deadliest attack on "
      "President Volodymyr Zelensky's hometown since the start of the full-scale invasion. "
      "Russia's Defense Ministry claimed it had hit a restaurant where unit commanders were "
      "meeting Western instructors, killing \"up to 85\" servicemen and 20 foreign instructors. "
      "Ukraine's General Staff dismissed the claim as disinformation.",
      [C("18", 18, "exact", "killed", "people in Kryvyi Rih", None, ctx="kills 18"),
       C("9", 9, "exact", "killed", "children in Kryvyi Rih", None),
       C("18", 18, "exact", "killed", "people in Kryvyi Rih", LYSAK, ctx="killing 18 people"),
       C("nine", 9, "exact", "killed", "children in Kryvyi Rih", LYSAK),
       C("61", 61, "exact", "injured", "people in Kryvyi Rih", LYSAK, attr_alt=["he"]),
       C("40", 40, "exact", "injured", "injured people hospitalized", LYSAK, attr_alt=["he"]),
       C("up to 85", 85, "at_most", "killed", "servicemen Russia claims it killed", RU_MOD_US,
         cat_alt=["troops"]),
       C("20", 20, "exact", "killed", "foreign instructors Russia claims it killed",
         RU_MOD_US)],
      published="2025-04-04"),

    P("d47_003",
      "Mykolaiv regional administration strike: live\n"
      "09:48 A Russian missile has hit the nine-storey regional administration building in "
      "Mykolaiv, tearing a gaping hole through its centre. Governor Vitaliy Kim says most of the "
      "staff had not yet arrived for work.\n"
      "10:35 The State Emergency Service says three people have been killed and 22 injured. "
      "Rescuers are searching the rubble with dogs.\n"
      "13:10 The toll has risen to seven dead, with 22 still in hospital, President Zelensky says "
      "in a video address to the Danish parliament.\n"
      "16:40 Emergency workers have pulled 18 people alive from under the rubble, the SES says. "
      "At least 10 more are believed to be trapped.\n"
      "Update, 1 April: The SES put the final toll at 37 dead and 33 injured as search "
      "operations ended.",
      [C("three", 3, "exact", "killed", "people in Mykolaiv", SES),
       C("22", 22, "exact", "injured", "people in Mykolaiv", SES, ctx="22 injured"),
       C("seven", 7, "exact", "killed", "people in Mykolaiv", "President Zelensky"),
       C("22", 22, "exact", "injured", "people in hospital in Mykolaiv", "President Zelensky",
         ctx="22 still in hospital"),
       C("18", 18, "exact", "other", "people pulled alive from the rubble", "the SES",
         attr_alt=[SES]),
       C("At least 10", 10, "at_least", "missing", "people believed trapped", "the SES",
         cat_alt=["other"], attr_alt=[None, SES]),
       C("37", 37, "exact", "killed", "people in Mykolaiv (final toll)", "The SES",
         attr_alt=[SES]),
       C("33", 33, "exact", "injured", "people in Mykolaiv (final toll)", "The SES",
         attr_alt=[SES])]),

    P("d47_004",
      "MOSCOW (AP) — Russia's Defense Ministry acknowledged on Friday that one sailor had been "
      "killed and 27 others were missing after the flagship of its Black Sea Fleet, the "
      "missile cruiser Moskva, sank a week ago. The remaining 396 crew members had been "
      "evacuated, the ministry said, in its first casualty figures since the sinking. Ukraine "
      "says it struck the 186-meter ship with two Neptune anti-ship missiles; Moscow blames a "
      "fire that set off ammunition on board. The ministry had earlier said the entire crew was "
      "rescued. Relatives of some sailors have told independent Russian media that far more were "
      "unaccounted for, one father saying his son's unit alone had lost \"about 40 men.\"",
      [C("one", 1, "exact", "killed", "Moskva sailors", RU_MOD_US, ctx="one sailor"),
       C("27", 27, "exact", "missing", "Moskva sailors", RU_MOD_US),
       C("396", 396, "exact", "other", "Moskva crew members evacuated", "the ministry",
         cat_alt=["displaced"], attr_alt=[RU_MOD_US]),
       C("two", 2, "exact", "munitions", "Neptune missiles Ukraine says hit the Moskva",
         "Ukraine"),
       C("about 40", 40, "about", "killed", "sailors of one unit lost", "one father",
         cat_alt=["missing"], attr_alt=["Relatives of some sailors"])]),

    P("d47_005",
      "Death toll in Kramatorsk pizza restaurant strike rises to 12, three of them children\n"
      "KRAMATORSK, Ukraine, June 29 (Reuters) - Rescuers pulled the body of another victim from "
      "the rubble of a restaurant in the eastern city of Kramatorsk on Thursday, raising the "
      "death toll from Tuesday's Russian missile strike to 12, the State Emergency Service said. "
      "Three of the dead were children, among them 14-year-old twin sisters. More than 60 people "
      "were wounded, including a Colombian writer and several foreign aid workers, the service "
      "said. Ukraine's SBU security service said it had detained a local man suspected of "
      "filming the restaurant for Russian forces. The missile hit the busy city centre, about 30 "
      "km from the front line, at about 7:30 p.m.",
      [C("12", 12, "exact", "killed", "people in Kramatorsk", None, ctx="rises to 12"),
       C("three", 3, "exact", "killed", "children in Kramatorsk", None),
       C("12", 12, "exact", "killed", "people in Kramatorsk", KRAM_SES,
         ctx="strike to 12"),
       C("Three", 3, "exact", "killed", "children in Kramatorsk", KRAM_SES, attr_alt=[None]),
       C("More than 60", 60, "more_than", "injured", "people in Kramatorsk", "the service",
         attr_alt=[KRAM_SES])]),

    P("d47_006",
      "Ukraine brings home 277 defenders in Easter exchange\n"
      "19.04.2025 18:27\n"
      "Ukraine brought home 277 servicemen from Russian captivity on Saturday in an exchange "
      "mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of "
      "Prisoners of War reported. Of them, 246 were exchanged under the agreed formula and a "
      "further 31 seriously wounded soldiers were handed over outside it, in return for 15 "
      "wounded Russian servicemen. Russia's Defence Ministry said 246 Russian soldiers had been "
      "returned from territory controlled by Kyiv. Among the Ukrainians freed were defenders of "
      "Mariupol and servicemen captured in the Kursk region, the youngest 21 and the oldest 57, "
      "the headquarters said. It was the 63rd exchange since the full-scale invasion began, "
      "President Volodymyr Zelensky said, adding that 4,552 Ukrainians had come home in all.",
      [C("277", 277, "exact", "detained", "Ukrainian prisoners of war returned", None,
         ctx="home 277 defenders"),
       C("277", 277, "exact", "detained", "Ukrainian prisoners of war returned", UA_HQ,
         ctx="home 277 servicemen"),
       C("246", 246, "exact", "detained", "Ukrainian prisoners exchanged", UA_HQ,
         attr_alt=[None], ctx="Of them, 246"),
       C("31", 31, "exact", "detained", "seriously wounded Ukrainian prisoners handed over",
         UA_HQ, cat_alt=["injured"], attr_alt=[None]),
       C("15", 15, "exact", "detained", "wounded Russian prisoners handed over", UA_HQ,
         cat_alt=["injured"], attr_alt=[None]),
       C("246", 246, "exact", "detained", "Russian prisoners returned",
         "Russia's Defence Ministry", ctx="246 Russian soldiers"),
       C("4,552", 4552, "exact", "detained", "Ukrainians returned from captivity in all",
         ZELENSKY)],
      published="2025-04-19"),

    P("d47_007",
      "KIEV, Sept 7, 2019 (AFP) - Russia and Ukraine swapped 70 prisoners on Saturday, 35 from "
      "each side, in a long-awaited exchange that brought home Ukrainian filmmaker Oleg Sentsov "
      "and the 24 sailors seized by Russia off the Kerch Strait last November. Two planes landed "
      "almost simultaneously at Kiev's Boryspil airport and Moscow's Vnukovo in the early "
      "afternoon. Among the 35 handed to Russia was journalist Kirill Vyshinsky, who had spent "
      "more than a year in a Ukrainian jail on treason charges. \"This is the first step,\" "
      "President Volodymyr Zelensky told reporters on the tarmac. Ukrainian officials say about "
      "100 Ukrainians are still held in Russia and Crimea, and \"hundreds\" more by separatists "
      "in the east.",
      [C("70", 70, "exact", "detained", "prisoners swapped", None),
       C("35", 35, "exact", "detained", "prisoners from each side", None,
         ctx="35 from each side"),
       C("24", 24, "exact", "detained", "Ukrainian sailors freed", None, cat_alt=["hostages"]),
       C("Two", 2, "exact", "other", "planes carrying the prisoners", None, optional=True),
       C("35", 35, "exact", "detained", "prisoners handed to Russia", None,
         ctx="Among the 35", optional=True),
       C("about 100", 100, "about", "detained", "Ukrainians held in Russia and Crimea",
         UA_OFFICIALS),
       C("hundreds", 100, "vague", "detained", "Ukrainians held by separatists", UA_OFFICIALS,
         cat_alt=["hostages"])],
      published="2019-09-07"),

    P("d47_008",
      "Russian Offensive Campaign Assessment, August 28, 2023\n"
      "Ukrainian forces liberated Robotyne in western Zaporizhia Oblast and continued offensive "
      "operations south and southeast of the settlement on August 28. Ukrainian Deputy Defense "
      "Minister Hanna Malyar stated that Ukrainian forces had completed clearing operations in "
      "Robotyne, and geolocated footage published on August 28 shows Ukrainian soldiers raising "
      "a flag over the village's administration building. The Ukrainian General Staff reported "
      "that Ukrainian forces repelled 19 Russian attacks near Klishchiivka and Andriivka in the "
      "Bakhmut direction. The Russian Ministry of Defense (MoD) claimed that Russian forces "
      "destroyed 11 Ukrainian tanks and up to 80 personnel near Robotyne, though ISW cannot "
      "verify this claim. Russian milbloggers claimed that elements of the 7th VDV Division had "
      "redeployed up to 2,000 personnel to the Verbove area. ISW previously assessed that "
      "Russia has committed roughly 13 regiments of reserves to the Zaporizhia front.",
      [C("19", 19, "exact", "other", "Russian attacks repelled", UA_GS),
       C("11", 11, "exact", "munitions", "Ukrainian tanks Russia claims destroyed", ISW_RU_MOD,
         cat_alt=["other"]),
       C("up to 80", 80, "at_most", "killed", "Ukrainian personnel Russia claims destroyed",
         ISW_RU_MOD, cat_alt=["injured", "troops"]),
       C("up to 2,000", 2000, "at_most", "troops", "Russian personnel redeployed to Verbove",
         MILBLOGGERS),
       C("roughly 13", 13, "about", "troops", "Russian reserve regiments on the Zaporizhia "
         "front", "ISW", cat_alt=["other"], optional=True)],
      published="2023-08-28"),

    P("d47_009",
      "Latest Defence Intelligence update on the situation in Ukraine – 19 January 2024\n"
      "• On 15 January, Dmitry Medvedev, deputy chairman of Russia's Security Council, claimed "
      "that 500,000 people had signed contracts with the Russian armed forces in 2023.\n"
      "• It is highly unlikely that this figure is accurate. Russia's recruitment target for the "
      "year was 400,000, and UK Defence Intelligence assesses that Russia has been recruiting "
      "between 25,000 and 30,000 personnel a month, many of them from prisons or abroad.\n"
      "• Defence Intelligence estimates that Russia has suffered approximately 360,000 "
      "casualties since February 2022, and that recruitment at this pace is only just "
      "sufficient to replace its losses.\n"
      "• Ukraine's military intelligence (HUR) puts the number of Russian troops deployed in "
      "occupied Ukraine at about 470,000.",
      [C("500,000", 500000, "exact", "troops", "people who signed Russian military contracts "
         "in 2023", MEDVEDEV),
       C("400,000", 400000, "exact", "troops", "Russia's recruitment target for 2023", None,
         optional=True),
       C("between 25,000 and 30,000", 25000, "range", "troops",
         "Russian recruits per month", UK_DI, high=30000),
       C("approximately 360,000", 360000, "about", "injured", "Russian casualties",
         "Defence Intelligence", cat_alt=["killed", "other"], attr_alt=[UK_DI]),
       C("about 470,000", 470000, "about", "troops", "Russian troops in occupied Ukraine",
         HUR)],
      published="2024-01-19"),

    P("d47_010",
      "Statement of the Ministry of Culture and Information Policy of Ukraine\n"
      "23 July 2023\n"
      "Overnight, the Russian Federation carried out another massive attack on Odesa with 19 "
      "missiles of various types. As a result, 25 architectural monuments in the historic centre "
      "of Odesa, a UNESCO World Heritage site, were damaged, among them the Transfiguration "
      "Cathedral, which Soviet authorities demolished in 1936 and which was rebuilt in 2003. Two "
      "people were killed and 22 injured, four of them children, according to the Odesa "
      "Regional Military Administration. Air defence forces destroyed nine of the missiles, the "
      "Air Force reported. The ministry calls on UNESCO and its partners to respond firmly to "
      "these crimes against the cultural heritage of humanity.",
      [C("19", 19, "exact", "munitions", "Russian missiles fired at Odesa", None,
         attr_alt=[UA_CULTURE]),
       C("25", 25, "exact", "infrastructure", "architectural monuments damaged", None,
         attr_alt=[UA_CULTURE]),
       C("Two", 2, "exact", "killed", "people in Odesa", ODESA_OVA),
       C("22", 22, "exact", "injured", "people in Odesa", ODESA_OVA),
       C("four", 4, "exact", "injured", "children injured in Odesa", ODESA_OVA),
       C("nine", 9, "exact", "munitions", "missiles destroyed by air defence", "the Air Force")],
      published="2023-07-23"),

    P("d47_011",
      "KYIV, Aug 8 (Reuters) - The death toll from two Russian missile strikes on the eastern "
      "city of Pokrovsk has risen to nine, Interior Minister Ihor Klymenko said on Tuesday, and "
      "82 people were wounded, 31 of them police officers. The second missile hit about 40 "
      "minutes after the first, as rescuers, police and medics were arriving, a tactic "
      "Ukrainian officials have denounced as a deliberate \"double tap\". Among the dead was a "
      "senior official of the regional emergency service, Klymenko said. Russia's defence "
      "ministry said it had struck a command post of Ukrainian troops in the city, which had "
      "about 60,000 inhabitants before the war.",
      [C("two", 2, "exact", "munitions", "Russian missile strikes on Pokrovsk", KLYMENKO,
         cat_alt=["other"], attr_alt=[None]),
       C("nine", 9, "exact", "killed", "people in Pokrovsk", KLYMENKO),
       C("82", 82, "exact", "injured", "people in Pokrovsk", KLYMENKO, attr_alt=[None]),
       C("31", 31, "exact", "injured", "police officers wounded in Pokrovsk", KLYMENKO,
         attr_alt=[None]),
       C("about 60,000", 60000, "about", "population", "Pokrovsk's pre-war population", None,
         attr_alt=[RU_MOD])]),

    P("d47_012",
      "KIEV, June 14 (Reuters) - Pro-Russian separatists shot down a Ukrainian military "
      "transport plane as it came in to land at Luhansk airport early on Saturday, killing all 49 "
      "servicemen on board, Ukraine's defence ministry said. The Ilyushin Il-76 was carrying 40 "
      "paratroopers and a crew of nine, the ministry said, in the deadliest single loss for "
      "Ukrainian forces since fighting in the east began in April. President Petro Poroshenko "
      "declared a day of national mourning and promised an \"adequate\" response. The rebels "
      "said they had used an anti-aircraft missile system and heavy machine-gun fire. NATO said "
      "on Thursday that Russia still had thousands of troops near the border.",
      [C("49", 49, "exact", "killed", "Ukrainian servicemen on the Il-76", UA_DEF),
       C("40", 40, "exact", "other", "paratroopers on board", "the ministry",
         cat_alt=["killed", "troops"], attr_alt=[UA_DEF]),
       C("nine", 9, "exact", "other", "crew on board", "the ministry",
         cat_alt=["killed"], attr_alt=[UA_DEF]),
       C("thousands", 1000, "vague", "troops", "Russian troops near the border", "NATO")]),

    # --- Gaza, Israel and Lebanon ---------------------------------------------------------------
    P("d47_013",
      "What happened on al-Rashid Street? The accounts compared\n"
      "Published 2 March 2024\n"
      "More than 48 hours after crowds rushed an aid convoy at the Nabulsi roundabout in Gaza "
      "City, the accounts of what happened still diverge. Gaza's health ministry says 112 people "
      "were killed and more than 760 wounded, most of them by Israeli gunfire. The Israeli "
      "military says most of the victims died in a stampede or were run over by the aid trucks, "
      "and that troops fired only at a group that approached them, hitting \"fewer than 10\". "
      "Doctors at al-Awda hospital said 142 of the 176 wounded they had received had gunshot "
      "wounds, while a UN team that visited al-Shifa hospital reported \"a large number\" of "
      "gunshot injuries. The convoy of 30 trucks had been organised by private contractors in "
      "coordination with the Israeli army.",
      [C("112", 112, "exact", "killed", "Palestinians at the Nabulsi roundabout", GAZA_MOH),
       C("more than 760", 760, "more_than", "injured", "Palestinians at the Nabulsi roundabout",
         GAZA_MOH),
       C("fewer than 10", 10, "fewer_than", "injured", "people hit by Israeli fire", IDF,
         cat_alt=["killed"]),
       C("142", 142, "exact", "injured", "wounded with gunshot wounds at al-Awda", AWDA),
       C("176", 176, "exact", "injured", "wounded received at al-Awda", AWDA),
       C("30", 30, "exact", "aid", "aid trucks in the convoy", None)],
      published="2024-03-02"),

    P("d47_014",
      "UN says 15 rescuers killed by Israeli forces in Rafah were buried in mass grave\n"
      "The bodies of 15 emergency workers killed by Israeli forces in southern Gaza were "
      "recovered from a shallow grave in Rafah, the UN humanitarian office OCHA said, a week "
      "after their convoy of ambulances and a fire truck came under fire. Eight of the dead were "
      "medics of the Palestine Red Crescent Society (PRCS), six were members of Gaza's civil "
      "defence and one was a UN staff member, OCHA said. \"They were killed one by one,\" said "
      "Jonathan Whittall, who heads the office in the occupied Palestinian territory. The PRCS "
      "said one of its paramedics was still missing. The Israeli military said its troops had "
      "opened fire on \"suspicious vehicles\" and that nine of those killed were militants of "
      "Hamas and Islamic Jihad.",
      [C("15", 15, "exact", "killed", "emergency workers in Rafah", "UN",
         attr_alt=[OCHA_GAZA], ctx="UN says 15"),
       C("15", 15, "exact", "killed", "emergency workers in Rafah", OCHA_GAZA,
         ctx="bodies of 15"),
       C("Eight", 8, "exact", "killed", "PRCS medics", "OCHA", attr_alt=[OCHA_GAZA]),
       C("six", 6, "exact", "killed", "civil defence members", "OCHA", attr_alt=[OCHA_GAZA]),
       C("one", 1, "exact", "killed", "UN staff member", "OCHA", attr_alt=[OCHA_GAZA],
         ctx="one was a UN staff"),
       C("one", 1, "exact", "missing", "PRCS paramedic", PRCS, ctx="one of its paramedics"),
       C("nine", 9, "exact", "killed", "militants Israel says were among the dead", IDF)]),

    P("d47_015",
      "Israel-Gaza war live: strike on Gaza City school kills dozens\n"
      "Last modified on Sat 10 Aug 2024 14.20 BST\n"
      "06:12 BST Gaza's civil defence agency says an Israeli strike on al-Tabi'in school in Gaza "
      "City, which was sheltering displaced families, has killed more than 90 people during "
      "dawn prayers.\n"
      "07:40 BST The Israeli military says it struck a Hamas and Islamic Jihad command centre "
      "inside the school and that at least 19 militants were among the dead. It calls the "
      "figures published by Gaza's authorities \"inflated\".\n"
      "09:05 BST Mahmoud Basal, the civil defence spokesperson, tells Al Jazeera that rescuers "
      "have so far recovered about 70 bodies and that \"the toll may be more than 100\".\n"
      "11:30 BST Jordan, Egypt and Qatar have condemned the strike. Some 6,000 people were "
      "sheltering in the school compound, according to the Euro-Med Human Rights Monitor.",
      [C("dozens", 12, "vague", "killed", "people at al-Tabi'in school", None),
       C("more than 90", 90, "more_than", "killed", "people at al-Tabi'in school", GAZA_CD),
       C("at least 19", 19, "at_least", "killed", "militants Israel says were killed", IDF),
       C("about 70", 70, "about", "killed", "bodies recovered", BASAL),
       C("more than 100", 100, "more_than", "killed", "expected toll", BASAL),
       C("Some 6,000", 6000, "about", "displaced", "people sheltering in the school", EUROMED)],
      published="2024-08-10"),

    P("d47_016",
      "JABALIA, Gaza Strip (AP) — Israeli airstrikes flattened a block of apartment buildings in "
      "Gaza's Jabalia refugee camp on Tuesday, leaving a crater the width of a street. Atef "
      "al-Kahlout, the director of the nearby Indonesian Hospital, said it had received at least "
      "50 bodies and 150 wounded, and that hundreds more people were believed to be trapped "
      "under the rubble. The Israeli military said the strike had killed Ibrahim Biari, a Hamas "
      "commander it said had helped plan the Oct. 7 attack, along with \"dozens\" of militants "
      "in tunnels beneath the buildings. Gaza's government media office later put the toll from "
      "that strike and a second one on Wednesday at 195, with 120 missing and 777 wounded. "
      "Jabalia, the largest of Gaza's eight refugee camps, was home to about 116,000 people "
      "before the war.",
      [C("at least 50", 50, "at_least", "killed", "bodies received at the Indonesian Hospital",
         KAHLOUT, attr_alt=[KAHLOUT_LONG]),
       C("150", 150, "exact", "injured", "wounded received at the Indonesian Hospital",
         KAHLOUT, attr_alt=[KAHLOUT_LONG]),
       C("hundreds", 100, "vague", "missing", "people believed trapped under the rubble",
         KAHLOUT, cat_alt=["other"], attr_alt=[KAHLOUT_LONG]),
       C("dozens", 12, "vague", "killed", "militants Israel says were killed", IDF),
       C("195", 195, "exact", "killed", "people killed in the two Jabalia strikes", GMO),
       C("120", 120, "exact", "missing", "people missing after the two Jabalia strikes", GMO),
       C("777", 777, "exact", "injured", "people wounded in the two Jabalia strikes", GMO),
       C("eight", 8, "exact", "infrastructure", "refugee camps in Gaza", None,
         cat_alt=["other"], optional=True),
       C("about 116,000", 116000, "about", "population", "Jabalia's pre-war population",
         None)]),

    P("d47_017",
      "IDF concludes operation in Shifa Hospital area\n"
      "01.04.2024\n"
      "The IDF and ISA (Shin Bet) concluded a precise two-week operation in the area of the "
      "Shifa Hospital in Gaza City overnight. During the operation, troops eliminated "
      "approximately 200 terrorists in exchanges of fire and apprehended more than 500 "
      "terrorists affiliated with Hamas and Islamic Jihad, out of more than 900 suspects who were "
      "questioned. The troops located numerous weapons in the area, including 48 rockets and "
      "dozens of explosive devices. The forces acted to avoid harm to civilians, patients and "
      "medical teams, and some 20 patients were evacuated to other hospitals.",
      [C("approximately 200", 200, "about", "killed", "militants killed at Shifa", None,
         attr_alt=["The IDF"]),
       C("more than 500", 500, "more_than", "detained", "militants apprehended at Shifa", None,
         attr_alt=["The IDF"]),
       C("more than 900", 900, "more_than", "detained", "suspects questioned at Shifa", None,
         cat_alt=["other"], attr_alt=["The IDF"]),
       C("48", 48, "exact", "munitions", "rockets found at Shifa", None,
         cat_alt=["other"], attr_alt=["The IDF"]),
       C("dozens", 12, "vague", "munitions", "explosive devices found at Shifa", None,
         cat_alt=["other"], attr_alt=["The IDF"]),
       C("some 20", 20, "about", "displaced", "patients evacuated from Shifa", None,
         cat_alt=["other"], attr_alt=["The IDF"])],
      published="2024-04-01"),

    P("d47_018",
      "Gaza civil defence says 283 bodies recovered from mass grave at Nasser hospital\n"
      "GENEVA/GAZA, April 23 (Reuters) - Palestinian civil defence teams said they had "
      "recovered 283 bodies from a mass grave in the courtyard of Nasser Medical Complex in "
      "Khan Younis since the Israeli army withdrew from the city earlier this month, 42 of which "
      "had been identified. Ravina Shamdasani, a spokeswoman for the U.N. human rights office, "
      "told reporters in Geneva that the office was seeking to corroborate reports that some of "
      "the dead had been found with their hands tied. The Israeli military called claims that "
      "it had buried Palestinians \"baseless\". The military said it had detained about 200 "
      "people at the hospital in February, among them what it called militants posing as "
      "medical staff.",
      [C("283", 283, "exact", "killed", "bodies recovered at Nasser hospital",
         "Gaza civil defence", attr_alt=[PAL_CD], ctx="says 283"),
       C("283", 283, "exact", "killed", "bodies recovered at Nasser hospital", PAL_CD,
         ctx="recovered 283"),
       C("42", 42, "exact", "killed", "bodies identified", PAL_CD, cat_alt=["other"],
         optional=True),
       C("about 200", 200, "about", "detained", "people detained at Nasser hospital",
         "The military", attr_alt=[IDF])]),

    P("d47_019",
      "Hundreds of thousands rally across Israel after six hostages found dead\n"
      "By TOI Staff 1 September 2024, 11:58 pm\n"
      "Hundreds of thousands of Israelis took to the streets on Sunday night after the army "
      "announced it had recovered the bodies of six hostages from a tunnel in Rafah. The "
      "Hostages and Missing Families Forum said some 500,000 people had demonstrated in Tel Aviv "
      "alone and 750,000 nationwide; police gave no estimate. The six, among them "
      "Israeli-American Hersh Goldberg-Polin, 23, had been shot at close range a day or two "
      "before troops reached them, the Health Ministry's forensic institute said. Their deaths "
      "leave 101 hostages in Gaza, of whom the military believes at least 35 are dead. The "
      "Histadrut labor federation called a general strike for Monday.",
      [C("Hundreds of thousands", 100000, "vague", "other", "protesters across Israel", None,
         ctx="Hundreds of thousands rally"),
       C("six", 6, "exact", "killed", "hostages found dead", None, cat_alt=["hostages"],
         ctx="six hostages found"),
       C("Hundreds of thousands", 100000, "vague", "other", "protesters across Israel", None,
         attr_alt=[FORUM], ctx="Hundreds of thousands of Israelis"),
       C("six", 6, "exact", "killed", "hostages whose bodies were recovered", "the army",
         cat_alt=["hostages"], ctx="bodies of six"),
       C("some 500,000", 500000, "about", "other", "protesters in Tel Aviv", FORUM),
       C("750,000", 750000, "exact", "other", "protesters nationwide", FORUM),
       C("six", 6, "exact", "killed", "hostages shot at close range",
         "the Health Ministry's forensic institute", cat_alt=["hostages"],
         ctx="The six, among", optional=True),
       C("101", 101, "exact", "hostages", "hostages still in Gaza", None,
         attr_alt=["the military"]),
       C("at least 35", 35, "at_least", "killed", "hostages believed dead", "the military",
         cat_alt=["hostages"])],
      published="2024-09-01"),

    P("d47_020",
      "DOHA/GAZA, Nov 24, 2023 (Reuters) - Hamas freed 24 hostages on Friday, the first day of "
      "a four-day truce in Gaza, handing 13 Israelis, 10 Thai nationals and a Filipino to the "
      "International Committee of the Red Cross, which drove them into Egypt through the Rafah "
      "crossing. Israel released 39 Palestinian prisoners, 24 women and 15 teenage boys, from "
      "its jails in return, Qatar's foreign ministry spokesman Majed al-Ansari said. The Thais "
      "and the Filipino were freed under a separate arrangement, Thailand's prime minister said. "
      "Some 200 aid trucks entered Gaza during the day, the Palestinian Red Crescent said, along "
      "with four tankers of fuel and four of cooking gas. Around 240 people were seized in "
      "Hamas's Oct. 7 attack, according to Israeli officials.",
      [C("24", 24, "exact", "hostages", "hostages freed on the first day", None,
         attr_alt=[ANSARI_LONG], ctx="freed 24 hostages"),
       C("13", 13, "exact", "hostages", "Israeli hostages freed", None,
         attr_alt=[ANSARI_LONG]),
       C("10", 10, "exact", "hostages", "Thai hostages freed", None, attr_alt=[ANSARI_LONG]),
       C("39", 39, "exact", "detained", "Palestinian prisoners released", ANSARI_LONG,
         attr_alt=[ANSARI]),
       C("24", 24, "exact", "detained", "Palestinian women prisoners released", ANSARI_LONG,
         attr_alt=[ANSARI], ctx="24 women"),
       C("15", 15, "exact", "detained", "Palestinian teenage prisoners released", ANSARI_LONG,
         attr_alt=[ANSARI]),
       C("Some 200", 200, "about", "aid", "aid trucks into Gaza", PRCS_AID),
       C("four", 4, "exact", "aid", "fuel tankers", PRCS_AID, ctx="four tankers"),
       C("four", 4, "exact", "aid", "cooking gas tankers", PRCS_AID,
         ctx="four of cooking gas"),
       C("Around 240", 240, "about", "hostages", "people seized on Oct. 7",
         "Israeli officials")],
      published="2023-11-24"),

    P("d47_021",
      "Israel releases 110 Palestinian prisoners after chaotic handover in Khan Yunis\n"
      "JANUARY 30, 2025 22:14\n"
      "Israel released 110 Palestinian prisoners on Thursday night, among them 32 serving life "
      "sentences and 30 minors, after three Israeli hostages and five Thai nationals were freed "
      "in Gaza earlier in the day. The release was held up for several hours after Prime "
      "Minister Benjamin Netanyahu's office protested at the scenes in Khan Yunis, where hundreds "
      "of armed men and onlookers mobbed the vehicles carrying Arbel Yehud and Gadi Moses. Buses "
      "carrying the freed prisoners were greeted by thousands in Ramallah and Beitunia, while "
      "about 20 of those serving life terms are to be deported abroad, the Palestinian "
      "Prisoners' Media Office said. With Thursday's releases, 15 of the 33 hostages due to be "
      "freed in the ceasefire's first phase have come home.",
      [C("110", 110, "exact", "detained", "Palestinian prisoners released", None,
         ctx="releases 110"),
       C("110", 110, "exact", "detained", "Palestinian prisoners released", None,
         ctx="released 110"),
       C("32", 32, "exact", "detained", "released prisoners serving life sentences", None),
       C("30", 30, "exact", "detained", "released minors", None, ctx="30 minors"),
       C("three", 3, "exact", "hostages", "Israeli hostages freed", None),
       C("five", 5, "exact", "hostages", "Thai hostages freed", None),
       C("hundreds", 100, "vague", "other", "armed men and onlookers at the handover", None),
       C("thousands", 1000, "vague", "other", "crowds greeting the freed prisoners", PPMO),
       C("about 20", 20, "about", "detained", "released prisoners to be deported", PPMO,
         cat_alt=["displaced"]),
       C("15", 15, "exact", "hostages", "hostages freed so far in the first phase", None),
       C("33", 33, "exact", "hostages", "hostages due for release in the first phase", None)],
      published="2025-01-30"),

    P("d47_022",
      "Press release\n"
      "12 September 2024\n"
      "First round of polio vaccination in Gaza reaches 560,000 children\n"
      "Gaza/Cairo/Amman – The first round of the emergency polio vaccination campaign in the "
      "Gaza Strip has concluded, reaching an estimated 559,161 children under the age of 10 with "
      "a first dose of novel oral polio vaccine type 2, according to the Palestinian Ministry of "
      "Health. The campaign was carried out in three phases during area-specific humanitarian "
      "pauses by more than 2,180 health and community workers, working from 517 fixed and "
      "mobile sites. Some 1.26 million doses of vaccine and 500 vaccine carriers had been "
      "delivered to Gaza before the campaign began. A second round is planned within four "
      "weeks. The campaign followed the paralysis of a 10-month-old baby by type 2 poliovirus in "
      "August, the first case in the territory in 25 years.",
      [C("560,000", 560000, "exact", "other", "children vaccinated against polio", None,
         cat_alt=["aid"]),
       C("an estimated 559,161", 559161, "about", "other", "children vaccinated against polio",
         PAL_MOH, cat_alt=["aid"]),
       C("three", 3, "exact", "other", "phases of the campaign", None, optional=True),
       C("more than 2,180", 2180, "more_than", "other", "health and community workers", None,
         cat_alt=["troops"]),
       C("517", 517, "exact", "infrastructure", "vaccination sites", None,
         cat_alt=["other"], optional=True),
       C("Some 1.26 million", 1260000, "about", "aid", "polio vaccine doses delivered", None),
       C("500", 500, "exact", "aid", "vaccine carriers delivered", None, optional=True)],
      published="2024-09-12"),

    P("d47_023",
      "BEIRUT, Oct 16 (Reuters) - Israeli air strikes on the southern Lebanese city of Nabatieh "
      "on Wednesday killed 16 people, among them the city's mayor, Ahmad Kahil, and wounded 52, "
      "Lebanon's health ministry said. The strikes hit the municipal building while officials "
      "were meeting to coordinate relief for displaced families, the provincial governor said. "
      "The Israeli military said it had struck dozens of Hezbollah targets in the Nabatieh "
      "area. The ministry said 2,367 people had been killed and 11,088 wounded in Israeli "
      "attacks on Lebanon since October 2023. Nabatieh, about 12 km from the border, is the "
      "largest city in the south after Tyre and Sidon.",
      [C("16", 16, "exact", "killed", "people in Nabatieh", LB_MOH, ctx="killed 16"),
       C("52", 52, "exact", "injured", "people in Nabatieh", LB_MOH),
       C("dozens", 12, "vague", "other", "Hezbollah targets struck", IDF,
         cat_alt=["munitions", "infrastructure"]),
       C("2,367", 2367, "exact", "killed", "people killed in Lebanon since October 2023",
         "The ministry", attr_alt=[LB_MOH]),
       C("11,088", 11088, "exact", "injured", "people wounded in Lebanon since October 2023",
         "The ministry", attr_alt=[LB_MOH])]),

    P("d47_024",
      "Five killed as rocket from Lebanon hits farm near Metula; two more die near Haifa\n"
      "METULA, Israel (AP) — A rocket fired from Lebanon struck an agricultural area on the "
      "outskirts of the northern town of Metula on Thursday, killing four foreign workers and "
      "an Israeli farmer, the Magen David Adom rescue service said. Hours later, a man and a "
      "woman were killed when a rocket hit an olive grove between Kiryat Ata and Haifa, the "
      "service said, and a third person was seriously wounded. The military said some 90 "
      "projectiles had been fired from Lebanon during the day, most of them intercepted. The "
      "seven deaths made it the deadliest day for Israel from Hezbollah fire since the war "
      "began.",
      [C("Five", 5, "exact", "killed", "people near Metula", None),
       C("two", 2, "exact", "killed", "people near Haifa", None),
       C("four", 4, "exact", "killed", "foreign workers near Metula", MDA,
         attr_alt=["Magen David Adom"]),
       C("some 90", 90, "about", "munitions", "projectiles fired from Lebanon", "The military"),
       C("seven", 7, "exact", "killed", "people killed in Israel that day", None)]),

    P("d47_025",
      "Flash Update #231 | Hostilities in the Gaza Strip and Israel\n"
      "Issued 30 October 2024\n"
      "• On 29 October, at about 4:00, an Israeli strike hit a five-storey residential building "
      "in Beit Lahia, North Gaza, that was sheltering some 200 people, according to the Ministry "
      "of Health (MoH). At least 93 people were reportedly killed, including at least 25 "
      "children, and about 40 others remain missing under the rubble.\n"
      "• Between 26 and 29 October, the Israeli authorities denied 12 of the 16 coordinated "
      "humanitarian missions to North Gaza; the other four were facilitated.\n"
      "• According to the MoH, between 7 October 2023 and 30 October 2024, at least 43,163 "
      "Palestinians were killed and 101,510 injured in Gaza.",
      [C("some 200", 200, "about", "displaced", "people sheltering in the building", OCHA_MOH,
         cat_alt=["other"]),
       C("At least 93", 93, "at_least", "killed", "people in Beit Lahia", OCHA_MOH,
         attr_alt=[None]),
       C("at least 25", 25, "at_least", "killed", "children in Beit Lahia", OCHA_MOH,
         attr_alt=[None]),
       C("about 40", 40, "about", "missing", "people under the rubble in Beit Lahia", OCHA_MOH,
         attr_alt=[None]),
       C("12", 12, "exact", "other", "humanitarian missions denied", None),
       C("16", 16, "exact", "other", "humanitarian missions to North Gaza", None),
       C("four", 4, "exact", "other", "humanitarian missions facilitated", None),
       C("at least 43,163", 43163, "at_least", "killed", "Palestinians killed in Gaza",
         "the MoH"),
       C("101,510", 101510, "exact", "injured", "Palestinians injured in Gaza", "the MoH")],
      published="2024-10-30"),

    P("d47_026",
      "JERUSALEM (AP) — Twenty-one Israeli soldiers were killed in central Gaza when militants "
      "fired a rocket-propelled grenade at a tank and two buildings the troops had rigged for "
      "demolition collapsed on them, the military said Tuesday, the deadliest single attack on "
      "Israeli forces since the ground offensive began. Military spokesman Rear Adm. Daniel "
      "Hagari said the reservists had been preparing the two-storey buildings near the border "
      "kibbutz of Kissufim when the blast set off their explosives. The deaths bring to 221 the "
      "number of soldiers killed since the start of the ground operation in late October, "
      "according to military figures. Hagari said troops had encircled Khan Younis and killed "
      "\"dozens\" of militants there in the past day.",
      [C("Twenty-one", 21, "exact", "killed", "Israeli soldiers in central Gaza",
         "the military"),
       C("two", 2, "exact", "infrastructure", "buildings that collapsed", "the military",
         ctx="two buildings"),
       C("221", 221, "exact", "killed", "Israeli soldiers killed in the ground operation",
         "military figures"),
       C("dozens", 12, "vague", "killed", "militants in Khan Younis", "Hagari")]),

    # --- Sudan ---------------------------------------------------------------------------------
    P("d47_027",
      "HILALIYA – November 6, 2024\n"
      "More than 300 people have died in El Hilaliya in eastern El Gezira since the Rapid "
      "Support Forces (RSF) besieged the town two weeks ago, the Gezira Conference, a civil "
      "society group, reported on Tuesday. Most died of diarrhoea and other illnesses that "
      "residents suspect were caused by poisoned food, the group said, while at least 40 were "
      "shot by RSF fighters. The Sudan Doctors Network gave a lower toll of 119 deaths since "
      "the RSF entered the town. Dabanga could not independently verify the figures. The town "
      "had about 50,000 inhabitants before the siege, but thousands have since fled towards the "
      "Butana plains.",
      [C("More than 300", 300, "more_than", "killed", "people in El Hilaliya", GEZIRA_CONF),
       C("at least 40", 40, "at_least", "killed", "people shot in El Hilaliya", "the group",
         attr_alt=[GEZIRA_CONF]),
       C("119", 119, "exact", "killed", "people in El Hilaliya", SDN),
       C("about 50,000", 50000, "about", "population", "El Hilaliya's pre-siege population",
         None),
       C("thousands", 1000, "vague", "displaced", "people who fled El Hilaliya", None)],
      published="2024-11-06"),

    P("d47_028",
      "Sudan: Kalogi toll disputed as RSF denies targeting kindergarten\n"
      "Tuesday, December 9, 2025\n"
      "Accounts of last Thursday's drone strikes on Kalogi in South Kordofan continue to "
      "diverge. The state's health authorities say 116 people were killed, 46 of them children, "
      "when drones hit a kindergarten and struck again as parents and medics arrived. UNICEF "
      "has confirmed the deaths of more than 10 children aged between five and seven, while "
      "the Sudan Doctors Network has put the toll at 79. The RSF, which fights alongside the "
      "SPLM-N in the region, said it had struck \"military positions\" and denied killing "
      "civilians. Some 1,800 people have since fled Kalogi for Kadugli and nearby villages, "
      "according to IOM's Displacement Tracking Matrix.",
      [C("116", 116, "exact", "killed", "people in Kalogi", KORDOFAN_MOH),
       C("46", 46, "exact", "killed", "children in Kalogi", KORDOFAN_MOH),
       C("more than 10", 10, "more_than", "killed", "children in Kalogi", "UNICEF"),
       C("79", 79, "exact", "killed", "people in Kalogi", "the Sudan Doctors Network"),
       C("Some 1,800", 1800, "about", "displaced", "people who fled Kalogi",
         "IOM's Displacement Tracking Matrix", attr_alt=["IOM"])],
      published="2025-12-09"),

    P("d47_029",
      "Joint statement by WFP and UNICEF on the attack on a humanitarian convoy in North Darfur\n"
      "NEW YORK/ROME, 3 June 2025 – A joint WFP-UNICEF convoy of 15 trucks was attacked on "
      "Monday night in Al Koma, North Darfur, while it waited for clearance to travel on to El "
      "Fasher. Five members of the convoy were killed, several others were injured and a "
      "number of trucks were burned. The convoy had travelled more than 1,800 km from Port "
      "Sudan carrying food and nutrition supplies for families in El Fasher, where famine was "
      "confirmed last year. Humanitarian workers must never be a target: at least 15 aid workers "
      "have been killed in Sudan this year.",
      [C("15", 15, "exact", "aid", "trucks in the convoy", None, attr_alt=[WFP_UNICEF],
         ctx="15 trucks"),
       C("Five", 5, "exact", "killed", "convoy members", None, attr_alt=[WFP_UNICEF]),
       C("at least 15", 15, "at_least", "killed", "aid workers killed in Sudan this year",
         None, attr_alt=[WFP_UNICEF])],
      published="2025-06-03"),

    P("d47_030",
      "KHARTOUM, March 21 (Reuters) - Sudan's army said on Friday it had recaptured the "
      "Republican Palace in central Khartoum, the last major stronghold of the Rapid Support "
      "Forces in the capital, nearly two years after losing it at the start of the war. Army "
      "spokesman Nabil Abdallah said troops had killed \"hundreds\" of RSF fighters and seized "
      "large quantities of weapons. Hours later, an RSF drone strike on the palace killed three "
      "journalists from state television and several army officers, Sudan TV said. The RSF said "
      "in a statement that its fighters were still in the area and had killed 89 soldiers in an "
      "ambush near the palace.",
      [C("hundreds", 100, "vague", "killed", "RSF fighters", ABDALLAH),
       C("three", 3, "exact", "killed", "state television journalists", "Sudan TV"),
       C("89", 89, "exact", "killed", "Sudanese soldiers", "The RSF")]),

    P("d47_031",
      "How many died in the villages around Bara? What we know\n"
      "Published On 16 Jul 2025\n"
      "Rights groups and UN agencies have given differing tolls for the RSF attacks on villages "
      "near Bara, in North Kordofan, on July 12 and 13. The Emergency Lawyers group said more "
      "than 300 people were killed, at least 200 of them in the village of Shag Alnom, where it "
      "said many were burned inside their homes. UNICEF said 24 children were among the dead, "
      "while local activists put the toll in Shag Alnom alone at between 200 and 250. The RSF "
      "has not commented. Around 3,400 people fled the area within two days, the International "
      "Organization for Migration said.",
      [C("more than 300", 300, "more_than", "killed", "people in villages near Bara",
         EMERGENCY_LAWYERS),
       C("at least 200", 200, "at_least", "killed", "people in Shag Alnom", EMERGENCY_LAWYERS),
       C("24", 24, "exact", "killed", "children near Bara", "UNICEF"),
       C("between 200 and 250", 200, "range", "killed", "people in Shag Alnom",
         "local activists", high=250),
       C("Around 3,400", 3400, "about", "displaced", "people who fled the Bara area",
         "the International Organization for Migration")],
      published="2025-07-16"),

    P("d47_032",
      "PORT SUDAN, Jan 12 (Reuters) - The Rapid Support Forces released 64 detainees held in "
      "Khartoum on Friday in an operation facilitated by the International Committee of the Red "
      "Cross, which drove them to Gedaref in a convoy of seven vehicles. Of those freed, 44 were "
      "soldiers of the Sudanese army and 20 were civilians, several of them in poor health, the "
      "ICRC said. The army did not comment on whether it would free RSF fighters in return. "
      "Since the war began, the ICRC has helped bring about the release of more than 400 "
      "detainees held by both sides, a spokesperson said. Rights groups say thousands of "
      "civilians are still held by the RSF in makeshift prisons around the capital.",
      [C("64", 64, "exact", "detained", "detainees released by the RSF", None,
         cat_alt=["hostages"], attr_alt=["the ICRC", ICRC]),
       C("seven", 7, "exact", "other", "vehicles in the ICRC convoy", None, optional=True),
       C("44", 44, "exact", "detained", "Sudanese soldiers released", "the ICRC",
         cat_alt=["hostages"], attr_alt=[ICRC]),
       C("20", 20, "exact", "detained", "civilians released", "the ICRC",
         cat_alt=["hostages"], attr_alt=[ICRC]),
       C("more than 400", 400, "more_than", "detained", "detainees released with ICRC help",
         "a spokesperson", attr_alt=["the ICRC"]),
       C("thousands", 1000, "vague", "detained", "civilians held by the RSF", "Rights groups",
         cat_alt=["hostages"])]),

    P("d47_033",
      "Libya: Sudanese arrivals in Kufra stretch services as numbers climb\n"
      "Briefing notes | 13 June 2025\n"
      "This is a summary of what was said by UNHCR spokesperson Rania Haddad – to whom quoted "
      "text may be attributed – at today's press briefing at the Palais des Nations in Geneva. "
      "More than 240,000 Sudanese refugees have arrived in Libya since the war in Sudan began in "
      "April 2023, and in recent weeks some 500 people have been crossing into the Kufra area "
      "every day. In Kufra, a town of about 60,000 inhabitants, the refugees now outnumber the "
      "local population. \"Families tell us they walked for days through the desert, some "
      "without water,\" Haddad said. UNHCR has registered 61,000 of the new arrivals so far and "
      "needs $106 million to support them this year.",
      [C("More than 240,000", 240000, "more_than", "displaced",
         "Sudanese refugees who arrived in Libya", HADDAD, attr_alt=["UNHCR", None]),
       C("some 500", 500, "about", "displaced", "people crossing into Kufra each day", HADDAD,
         attr_alt=["UNHCR", None]),
       C("about 60,000", 60000, "about", "population", "Kufra's population", None,
         attr_alt=[HADDAD]),
       C("61,000", 61000, "exact", "displaced", "new arrivals registered by UNHCR", HADDAD,
         attr_alt=["UNHCR"])],
      published="2025-06-13"),

    P("d47_034",
      "DTM Sudan – Flash Alert: Al Malha, North Darfur\n"
      "Published: 24 March 2025\n"
      "On 20 March 2025, DTM field teams reported that an estimated 3,500 households "
      "(approximately 17,500 individuals) had been displaced from Al Malha town and surrounding "
      "villages in Al Malha locality, North Darfur, following attacks by the Rapid Support "
      "Forces (RSF) on 16 March. The displaced moved to locations in Mellit and Kutum "
      "localities. Local sources reported that at least 45 civilians were killed during the "
      "attacks. The situation remains tense and fluid, and DTM will continue to monitor "
      "developments.",
      [C("an estimated 3,500", 3500, "about", "displaced", "households displaced from Al Malha",
         DTM),
       C("approximately 17,500", 17500, "about", "displaced",
         "individuals displaced from Al Malha", DTM),
       C("at least 45", 45, "at_least", "killed", "civilians in Al Malha", "Local sources")],
      published="2025-03-24"),

    # --- Myanmar -------------------------------------------------------------------------------
    P("d47_035",
      "BANGKOK (AP) — Myanmar government troops rounded up 11 villagers in the Sagaing region, "
      "tied them up and set them on fire, according to a villager who said he saw the aftermath "
      "and to reports in local media. Five of the victims were teenagers, the youngest 14, said "
      "the villager, who asked not to be named for fear of reprisals. The National Unity "
      "Government, the opposition's shadow administration, said about 50 soldiers had entered "
      "Done Taw village on Tuesday morning and burned at least 30 houses. Maj. Gen. Zaw Min Tun, "
      "a spokesman for the military government, denied that troops were in the area. More than "
      "1,300 people have been killed by the security forces since the February coup, according "
      "to the Assistance Association for Political Prisoners.",
      [C("11", 11, "exact", "killed", "villagers burned in Done Taw", VILLAGER,
         attr_alt=["reports in local media"]),
       C("Five", 5, "exact", "killed", "teenage victims", "the villager",
         attr_alt=[VILLAGER]),
       C("about 50", 50, "about", "troops", "soldiers who entered Done Taw", NUG),
       C("at least 30", 30, "at_least", "infrastructure", "houses burned in Done Taw", NUG,
         cat_alt=["other"]),
       C("More than 1,300", 1300, "more_than", "killed", "people killed since the coup",
         AAPP)]),

    P("d47_036",
      "MAE SOT, Thailand, Feb 21 (Reuters) - Some 7,000 foreigners freed from scam compounds "
      "around Myawaddy are waiting on the Myanmar side of the border to be sent home, the Karen "
      "Border Guard Force (BGF) said on Friday, most of them Chinese. Thai authorities said they "
      "had so far taken in 260 people from a first group, among them Filipinos, Ethiopians and "
      "Kenyans. The first of three chartered flights carrying 200 Chinese nationals left Mae "
      "Sot airport for Nanjing on Thursday, Thailand's defence ministry said. Thailand cut "
      "electricity, fuel and internet supplies to the border areas earlier this month to "
      "pressure the compounds, which the United Nations says hold at least 120,000 people in "
      "Myanmar.",
      [C("Some 7,000", 7000, "about", "other", "foreigners freed from scam compounds", BGF,
         cat_alt=["hostages", "displaced"]),
       C("260", 260, "exact", "other", "people taken in by Thailand", "Thai authorities",
         cat_alt=["hostages", "displaced"]),
       C("three", 3, "exact", "other", "chartered flights", "Thailand's defence ministry",
         cat_alt=["aid"], optional=True),
       C("200", 200, "exact", "other", "Chinese nationals flown home",
         "Thailand's defence ministry", cat_alt=["displaced"]),
       C("at least 120,000", 120000, "at_least", "other", "people held in scam compounds in "
         "Myanmar", "the United Nations", cat_alt=["hostages"])]),

    P("d47_037",
      "YANGON, Jan 4, 2024 (AFP) - Myanmar's junta said it would free 9,652 prisoners and drop "
      "charges against others to mark the country's Independence Day on Thursday, though it was "
      "not immediately clear whether any political detainees were among them. The pardoned "
      "include 114 foreigners who will be deported, the junta's information team said in a "
      "statement. The Assistance Association for Political Prisoners says more than 19,800 "
      "people are still behind bars for opposing the 2021 coup. Ousted leader Aung San Suu Kyi, "
      "78, is serving a 27-year sentence on charges her supporters say are politically "
      "motivated.",
      [C("9,652", 9652, "exact", "detained", "prisoners to be freed", JUNTA),
       C("114", 114, "exact", "detained", "foreign prisoners to be deported",
         "the junta's information team", cat_alt=["displaced"], attr_alt=[JUNTA]),
       C("more than 19,800", 19800, "more_than", "detained", "political prisoners in Myanmar",
         "The Assistance Association for Political Prisoners")],
      published="2024-01-04"),

    P("d47_038",
      "BANGKOK, May 24 (Reuters) - Tens of thousands of people have fled the town of Buthidaung "
      "in Myanmar's Rakhine state after it was burned last week, the U.N. human rights office "
      "said on Friday, citing satellite images, survivor testimony and online videos. The "
      "office's chief, Volker Türk, said as many as 45,000 Rohingya had fled to an area near "
      "the Naf river on the border with Bangladesh, which refuses to let them in. Rohingya "
      "activists said about 200,000 people lived in the town and surrounding villages before "
      "the fighting. The Arakan Army, which captured Buthidaung on May 18, denied burning the "
      "town and said it had helped residents leave.",
      [C("Tens of thousands", 10000, "vague", "displaced", "people who fled Buthidaung",
         OHCHR),
       C("as many as 45,000", 45000, "at_most", "displaced", "Rohingya who fled to the Naf "
         "river", TURK, attr_alt=["The office's chief, Volker Türk"]),
       C("about 200,000", 200000, "about", "population", "Buthidaung's pre-war population",
         "Rohingya activists")]),

    P("d47_039",
      "Chin resistance forces capture Falam after five-month siege\n"
      "Mizzima | 8 April 2025\n"
      "The Chin Brotherhood alliance said on Monday it had taken full control of Falam, the "
      "first town in Chin State to fall entirely to resistance forces since the 2021 coup, after "
      "a siege that began in November. It said it had captured more than 100 junta soldiers, "
      "among them a battalion commander, along with about 300 weapons, and that \"dozens\" of "
      "soldiers had been killed. At least 12 of its own fighters died in the fighting, the group "
      "said. Falam had some 20,000 residents before the coup, most of whom fled to villages or "
      "across the border into India.",
      [C("more than 100", 100, "more_than", "hostages", "junta soldiers captured", CHIN_BH,
         cat_alt=["detained"], attr_alt=["It"]),
       C("about 300", 300, "about", "munitions", "weapons seized", CHIN_BH,
         cat_alt=["other"], attr_alt=["It"]),
       C("dozens", 12, "vague", "killed", "junta soldiers killed", CHIN_BH, attr_alt=["It"]),
       C("At least 12", 12, "at_least", "killed", "Chin resistance fighters killed",
         "the group", attr_alt=[CHIN_BH]),
       C("some 20,000", 20000, "about", "population", "Falam's pre-coup population", None)],
      published="2025-04-08"),

    P("d47_040",
      "Aizawl, Nov 15 (PTI) At least 39 Myanmar army soldiers crossed into Mizoram's Champhai "
      "district and surrendered to the Assam Rifles after pro-democracy militias overran two of "
      "their camps near the border, officials said on Wednesday. In all, 45 soldiers had crossed "
      "over since Monday and would be handed back to the Myanmar authorities through Moreh in "
      "Manipur, a senior Assam Rifles officer said. Over 5,000 people from Myanmar's Chin state "
      "have also taken refuge in Champhai since Sunday, the district's deputy commissioner said. "
      "Mizoram was already sheltering more than 31,000 refugees from Myanmar who fled after "
      "the 2021 coup.",
      [C("At least 39", 39, "at_least", "troops", "Myanmar soldiers who crossed into Mizoram",
         "officials", cat_alt=["detained", "displaced"]),
       C("two", 2, "exact", "other", "Myanmar army camps overrun", "officials",
         cat_alt=["infrastructure"], optional=True),
       C("45", 45, "exact", "troops", "Myanmar soldiers who crossed over since Monday",
         ASSAM_OFFICER, cat_alt=["detained", "displaced"]),
       C("Over 5,000", 5000, "more_than", "displaced", "people from Chin state in Champhai",
         CHAMPHAI_DC),
       C("more than 31,000", 31000, "more_than", "displaced", "Myanmar refugees in Mizoram",
         None)]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 47)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d47_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
