"""Source of the eleventh development set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences; Reuters and AP datelines, an "Updated:" line, a "Published
On" line, two headline-plus-body items and a bulleted daily round-up among them), written for
this set in the style of AP, Reuters, AFP, Al Jazeera, the Kyiv Independent, The Irrawaddy, the
Times of Israel and South Asian and African outlets in English (none copied from an article),
on wars and protests not used in the earlier development sets or ``tests/holdout2``, annotated
by hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder)
and the decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset9`` and
``tests/holdout2`` (and the annotations of ``tests/devset5``). Figures follow contemporary
reports loosely; the set tests extraction, not facts.

The set measures how the extractor handles war and protest copy: missile and drone strikes on
cities with tolls that rise and are attributed to governors "on Telegram", prisoner exchanges
told day by day, evacuations, sieges, massacres whose official and local tolls differ,
displacement figures from the IOM and UNHCR, monitor tallies (AAPP, HRANA, Iran Human Rights,
OVD-Info, the Syrian Observatory), crew lists broken down by nationality, protest crackdowns
with arrests and injured police, and split quotes, "X said Y had put the number at",
"X, citing Y", headlines with and without a source, and non-claims (weapon models, calibres,
ages, durations, dates, times, distances, sentences in years). Two passages hold only
non-claims.

Run ``python tests/devset11/build_devset11.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

LUNIN = "Poltava regional governor Dmytro Lunin"
ZELENSKIY = "President Volodymyr Zelenskiy"
SES = "the State Emergency Service"
UA_OFFICIALS = "Ukrainian officials"
KLYMENKO = "National Police Chief Ihor Klymenko"
KYRYLENKO = "Donetsk Oblast Governor Pavlo Kyrylenko"
RU_MOD = "Russia's defence ministry"
POW_HQ = "Kyiv's Coordination Headquarters for the Treatment of Prisoners of War"
SYNIEHUBOV = "Governor Oleh Syniehubov"
KHARKIVSKYI = "police chief Oleksii Kharkivskyi"
GLADKOV = "regional governor Vyacheslav Gladkov"
VOROBYOV = "Moscow region governor Andrei Vorobyov"
KIPER = "regional governor Oleh Kiper"
SDN = "the Sudan Doctors Network"
IOM = "the International Organization for Migration"
NKWETA = "The UN's humanitarian coordinator for Sudan, Clementine Nkweta-Salami"
MSF = "Médecins Sans Frontières"
SD_MOH = "Sudan's health ministry"
UNHCR = "the UN refugee agency UNHCR"
WFP = "the World Food Programme"
TIGRAY_OFFICIAL = "a health official in the region"
MYANMAR_NOW = "the independent news outlet Myanmar Now"
AAPP = "The Assistance Association for Political Prisoners"
AAPP_B = "the Assistance Association for Political Prisoners (Burma)"
RESCUER = "a local rescue worker"
KIO_MEMBER = "a member of the KIO's information department"
DRC_ARMY = "the Congolese army and a civil society group"
HRW = "Human Rights Watch"
UN_REPORT = "A UN human rights report"
OSMAN = "Information Minister Abdirahman Osman"
SO_COMMITTEE = "A committee set up by the government"
CENTCOM = "the US military's Central Command"
OPERATORS = "its Greek operators"
HOUTHI_MOH = "The Houthi-run health ministry"
AZ_MOD = "Azerbaijan's defence ministry"
STEPANYAN = "The region's human rights ombudsman, Gegham Stepanyan"
ABIAD = "Health Minister Firass Abiad"
STERN = "Mayor Avichai Stern"
WFP_UN = "the UN's World Food Programme"
SOHR = "The Syrian Observatory for Human Rights"
IQ_MOI = "the interior ministry"
MAAN = "Interior ministry spokesman Saad Maan"
IHCHR = "The Iraqi High Commission for Human Rights"
ARIAN = "Interior Ministry spokesman Tariq Arian"
KRG = "officials in Iraq's Kurdistan region"
IRGC = "Iran's Revolutionary Guards"
KDPI = "The Kurdistan Democratic Party of Iran"
MIZAN = "the judiciary's Mizan news agency"
HRANA = "the activist news agency HRANA"
IHR = "Iran Human Rights"
ACHARYA = "police spokesman Dinesh Acharya"
KNCHR = "the Kenya National Commission on Human Rights"
BY_MOI = "the interior ministry"
OVD = "the independent monitoring group OVD-Info"
SD_DOCTORS = "a doctors' committee linked to the opposition"
PROKUDIN = "Governor Oleksandr Prokudin"

PASSAGES = [
    # --- Ukraine and Russia -------------------------------------------------------------------
    P("d11_001",
      "KREMENCHUK, Ukraine, June 28, 2022 (Reuters) - The number of people killed when a Russian "
      "missile slammed into a busy shopping centre in the central city of Kremenchuk has risen "
      "to 18, and 36 more are unaccounted for, Poltava regional governor Dmytro Lunin wrote on "
      "Telegram on Tuesday. Firefighters and soldiers spent the night pulling apart the charred "
      "shell of the Amstor mall, which President Volodymyr Zelenskiy said had held more than "
      "1,000 people when it was hit on Monday afternoon. Of the 59 people who sought medical "
      "help, 25 were still in hospital, the State Emergency Service said. Ukraine's air force "
      "said the mall was struck by a Kh-22 missile launched from a Tu-22M3 bomber flying over "
      "Russia's Kursk region.",
      [C("18", 18, "exact", "killed", "people", LUNIN),
       C("36", 36, "exact", "missing", "people unaccounted for", LUNIN),
       C("more than 1,000", 1000, "more_than", "other", "people inside the mall", ZELENSKIY),
       C("59", 59, "exact", "injured", "people who sought medical help", SES),
       C("25", 25, "exact", "injured", "people still in hospital", SES)],
      published="2022-06-28"),
    P("d11_002",
      "VINNYTSIA, Ukraine (AP) — Russian cruise missiles tore into the centre of Vinnytsia on "
      "Thursday, killing at least 23 people, three of them children, and wounding more than 100, "
      "Ukrainian officials said. National Police Chief Ihor Klymenko said only six of the bodies "
      "had been identified and 39 people were still missing. The Kalibr missiles were fired from "
      "a submarine in the Black Sea, the air force said, adding that two of the four aimed at the "
      "city had been shot down. About 50 cars went up in flames in a car park beside an office "
      "block that took a direct hit.",
      [C("at least 23", 23, "at_least", "killed", "people", UA_OFFICIALS),
       C("three", 3, "exact", "killed", "children", UA_OFFICIALS),
       C("more than 100", 100, "more_than", "injured", "people", UA_OFFICIALS),
       C("six", 6, "exact", "killed", "bodies identified", KLYMENKO, cat_alt=["other"],
         optional=True),
       C("39", 39, "exact", "missing", "people", KLYMENKO),
       C("two", 2, "exact", "munitions", "missiles shot down", "the air force"),
       C("four", 4, "exact", "munitions", "missiles aimed at the city", "the air force"),
       C("About 50", 50, "about", "other", "cars burned", None, optional=True)]),
    P("d11_003",
      "Rescuers have recovered the bodies of 48 people from the ruins of a five-storey apartment "
      "block in Chasiv Yar that was hit by Russian Uragan rockets late on July 9, the State "
      "Emergency Service said, bringing to an end a search that lasted almost a week. Nine "
      "people, among them a child, were dug out alive. Donetsk Oblast Governor Pavlo Kyrylenko "
      "said the town, which had a pre-war population of around 12,000, was being shelled almost "
      "every day and urged those still living there to leave.",
      [C("48", 48, "exact", "killed", "people", SES),
       C("Nine", 9, "exact", "other", "people rescued alive", SES, attr_alt=[None]),
       C("around 12,000", 12000, "about", "population", "pre-war population of Chasiv Yar",
         None, attr_alt=[KYRYLENKO])]),
    P("d11_004",
      "Ukraine and Russia completed the biggest prisoner swap of the war on Sunday, each handing "
      "over 303 more prisoners of war on the third and final day of an exchange agreed at talks "
      "in Istanbul. In all, 1,000 Ukrainians came home, among them 120 civilians, President "
      "Volodymyr Zelenskiy said. Russia's defence ministry said it had received 1,000 Russians "
      "over the three days. Kyiv's Coordination Headquarters for the Treatment of Prisoners of War "
      "said those freed on Sunday included 70 men who had defended Mariupol in 2022. The first "
      "stage, on Friday, saw 390 people released by each side, followed by 307 on Saturday.",
      [C("303", 303, "exact", "detained", "prisoners of war handed over by each side", None,
         attr_alt=[ZELENSKIY]),
       C("1,000", 1000, "exact", "detained", "Ukrainians returned", ZELENSKIY,
         ctx="1,000 Ukrainians"),
       C("120", 120, "exact", "detained", "civilians returned", ZELENSKIY),
       C("1,000", 1000, "exact", "detained", "Russians received", RU_MOD, ctx="1,000 Russians"),
       C("70", 70, "exact", "detained", "defenders of Mariupol freed", POW_HQ),
       C("390", 390, "exact", "detained", "people released by each side on Friday", None),
       C("307", 307, "exact", "detained", "people released on Saturday", None)]),
    P("d11_005",
      "Updated: 14 May 2024, 9:05 AM\n"
      "More than 5,700 people have been evacuated from towns and villages in the north of "
      "Kharkiv Oblast since Russian troops launched a cross-border offensive on Friday, Governor "
      "Oleh Syniehubov said. Fewer than 300 residents remain in Vovchansk, a town of about "
      "17,000 before the full-scale invasion, according to police chief Oleksii Kharkivskyi, who "
      "said officers were going from door to door under constant drone fire. Russia's defence "
      "ministry claimed its forces had captured 12 villages in the region since the start of the "
      "assault.",
      [C("More than 5,700", 5700, "more_than", "displaced", "people evacuated", SYNIEHUBOV),
       C("Fewer than 300", 300, "fewer_than", "population", "residents left in Vovchansk",
         KHARKIVSKYI),
       C("about 17,000", 17000, "about", "population", "pre-war population of Vovchansk", None,
         attr_alt=[KHARKIVSKYI]),
       C("12", 12, "exact", "other", "villages captured", RU_MOD, cat_alt=["infrastructure"],
         optional=True)],
      published="2024-05-14"),
    P("d11_006",
      "MOSCOW, Dec 31, 2023 (Reuters) - The death toll from Saturday's Ukrainian strike on the "
      "centre of the Russian city of Belgorod has risen to 24, including four children, regional "
      "governor Vyacheslav Gladkov said on Sunday, and 108 people were wounded. Russia's defence "
      "ministry said Ukraine had used Czech-made Vampire rocket launchers and missiles carrying "
      "cluster munitions, and that air defences had downed 13 of the missiles over the region. "
      "Kyiv did not comment directly on the attack, which came a day after a Russian air "
      "barrage killed dozens of people across Ukraine.",
      [C("24", 24, "exact", "killed", "people", GLADKOV),
       C("four", 4, "exact", "killed", "children", GLADKOV),
       C("108", 108, "exact", "injured", "people", GLADKOV),
       C("13", 13, "exact", "munitions", "missiles downed", RU_MOD),
       C("dozens", 12, "vague", "killed", "people across Ukraine", None)],
      published="2023-12-31"),
    P("d11_007",
      "A woman was killed and three people were injured when a drone crashed into a high-rise "
      "apartment building in Ramenskoye, outside Moscow, early on Tuesday, Moscow region "
      "governor Andrei Vorobyov said, in what officials called the biggest Ukrainian drone "
      "attack on the Russian capital so far. Russia's defence ministry said air defences had "
      "destroyed 144 Ukrainian drones over nine regions overnight, including 20 over the Moscow "
      "region and 72 over Bryansk. Flights were diverted from all three of Moscow's main "
      "airports, and about 50 flights were delayed or cancelled.",
      [C("three", 3, "exact", "injured", "people", VOROBYOV, ctx="three people were injured"),
       C("144", 144, "exact", "munitions", "Ukrainian drones destroyed", RU_MOD),
       C("nine", 9, "exact", "other", "regions", RU_MOD, optional=True),
       C("20", 20, "exact", "munitions", "drones over the Moscow region", RU_MOD),
       C("72", 72, "exact", "munitions", "drones over Bryansk", RU_MOD),
       C("three", 3, "exact", "other", "Moscow airports", None, ctx="all three of Moscow's",
         optional=True),
       C("about 50", 50, "about", "other", "flights delayed or cancelled", None)]),
    P("d11_008",
      "ODESA, Ukraine (AP) — A Russian ballistic missile strike on a residential district of "
      "Odesa on Friday killed 20 people and wounded 73, regional governor Oleh Kiper said, one of "
      "the deadliest attacks on the Black Sea port this year. Two Iskander-M missiles struck the "
      "same spot about 15 minutes apart, the second as rescuers arrived, Ukrainian officials "
      "said; a paramedic and an emergency worker were among the dead. The toll rose to 21 on "
      "Saturday when a man died of his wounds in hospital, Kiper said. The city declared a day "
      "of mourning.",
      [C("20", 20, "exact", "killed", "people", KIPER),
       C("73", 73, "exact", "injured", "people", KIPER),
       C("Two", 2, "exact", "munitions", "Iskander-M missiles", UA_OFFICIALS),
       C("21", 21, "exact", "killed", "people", "Kiper", attr_alt=[KIPER])]),

    # --- Sudan ------------------------------------------------------------------------------
    P("d11_009",
      "PORT SUDAN, Oct 28 (Reuters) - The paramilitary Rapid Support Forces killed at least 124 "
      "people in the village of al-Sireha in Sudan's Gezira state, the Sudan Doctors Network "
      "said, citing local activists, in a wave of attacks that followed the defection of one of "
      "its commanders to the army. About 46,700 people, or 9,332 families, have fled eastern "
      "Gezira for the neighbouring states of Gedaref, Kassala and River Nile over the past week, "
      "the International Organization for Migration said. The UN's humanitarian coordinator for "
      "Sudan, Clementine Nkweta-Salami, said residents of at least 30 villages and towns had been "
      "attacked, and that women and girls had reported sexual violence.",
      [C("at least 124", 124, "at_least", "killed", "people in al-Sireha", "local activists",
         attr_alt=[SDN]),
       C("About 46,700", 46700, "about", "displaced", "people who fled eastern Gezira", IOM),
       C("9,332", 9332, "exact", "displaced", "families who fled", IOM),
       C("at least 30", 30, "at_least", "other", "villages and towns attacked", NKWETA,
         cat_alt=["infrastructure"])]),
    P("d11_010",
      "Since fighting for El Fasher escalated on May 10, the South Hospital has received 1,116 "
      "wounded patients, 134 of whom died of their injuries, Médecins Sans Frontières said on "
      "Saturday. The medical charity said the facility, the last in the city able to cope with "
      "mass casualties, was running out of supplies and had only one surgeon left. The UN "
      "estimates that some 800,000 people remain trapped in El Fasher, the capital of North "
      "Darfur, which the RSF has besieged for months.",
      [C("1,116", 1116, "exact", "injured", "wounded patients received", MSF),
       C("134", 134, "exact", "killed", "patients who died of their injuries", MSF),
       C("one", 1, "exact", "other", "surgeons left", "The medical charity", attr_alt=[MSF],
         optional=True),
       C("some 800,000", 800000, "about", "population", "people trapped in El Fasher",
         "The UN")]),
    P("d11_011",
      "Sudan's health ministry has recorded 473 deaths from cholera and more than 22,000 "
      "suspected cases since an outbreak was declared in August, it said in a statement on "
      "Monday, with cases reported in 11 of the country's 18 states. Kassala state accounts for "
      "the largest share, with 6,900 cases. The World Health Organization, which has delivered "
      "1.4 million doses of oral cholera vaccine to the country, warned that floods and mass "
      "displacement were driving the spread.",
      [C("473", 473, "exact", "killed", "cholera deaths", SD_MOH),
       C("more than 22,000", 22000, "more_than", "other", "suspected cholera cases", SD_MOH),
       C("11", 11, "exact", "other", "states with cases", SD_MOH, optional=True),
       C("18", 18, "exact", "other", "states of Sudan", SD_MOH, optional=True),
       C("6,900", 6900, "exact", "other", "cholera cases in Kassala", SD_MOH, attr_alt=[None]),
       C("1.4 million", 1400000, "exact", "aid", "doses of oral cholera vaccine delivered",
         None, attr_alt=["The World Health Organization"])]),
    P("d11_012",
      "More than 11.5 million people are now internally displaced across Sudan, according to "
      "the latest figures from the International Organization for Migration, and a further 3.2 "
      "million have fled abroad, mostly to Chad, Egypt and South Sudan. In Chad alone, the UN "
      "refugee agency UNHCR has registered some 700,000 Sudanese refugees since April 2023, more "
      "than in the previous two decades combined. Nearly 26 million people face acute hunger, "
      "the World Food Programme says.",
      [C("More than 11.5 million", 11500000, "more_than", "displaced",
         "internally displaced people in Sudan", IOM),
       C("3.2 million", 3200000, "exact", "displaced", "people who fled abroad", IOM),
       C("some 700,000", 700000, "about", "displaced", "Sudanese refugees in Chad", UNHCR),
       C("Nearly 26 million", 26000000, "about", "other", "people facing acute hunger", WFP,
         cat_alt=["population"])]),

    # --- Ethiopia ---------------------------------------------------------------------------
    P("d11_013",
      "NAIROBI, Kenya (AP) — An airstrike on a crowded market in the Tigray village of Togoga on "
      "Tuesday killed at least 51 people, a health official in the region said, and soldiers "
      "turned back medical teams trying to reach the wounded. More than 100 others were hurt, "
      "50 of them seriously, and 33 people were still missing, said the official, who spoke on "
      "condition of anonymity for fear of reprisals. A doctor in the regional capital, Mekele, "
      "said colleagues at the scene had put the number of civilian dead at more than 80. "
      "Ethiopia's military spokesman did not respond to requests for comment.",
      [C("at least 51", 51, "at_least", "killed", "people", TIGRAY_OFFICIAL),
       C("More than 100", 100, "more_than", "injured", "people hurt", "the official",
         attr_alt=[TIGRAY_OFFICIAL]),
       C("50", 50, "exact", "injured", "people seriously hurt", "the official",
         attr_alt=[TIGRAY_OFFICIAL]),
       C("33", 33, "exact", "missing", "people", "the official", attr_alt=[TIGRAY_OFFICIAL]),
       C("more than 80", 80, "more_than", "killed", "civilians", "colleagues at the scene",
         attr_alt=["A doctor in the regional capital, Mekele"])]),
    P("d11_014",
      "At least 56 people were killed and 30 wounded in a drone strike on a camp for internally "
      "displaced people in Dedebit, in north-western Tigray, aid workers told Reuters on "
      "Saturday. The camp was sheltering thousands of people who had fled fighting in the west "
      "of the region, they said. A government spokesman said he was not aware of the strike. In "
      "a separate briefing, the UN said more than 100 civilians had been killed in air strikes "
      "in Tigray since the start of the year.",
      [C("At least 56", 56, "at_least", "killed", "people", "aid workers"),
       C("30", 30, "exact", "injured", "people", "aid workers"),
       C("thousands", 1000, "vague", "displaced", "people sheltering in the camp",
         "aid workers", cat_alt=["population"], attr_alt=["they"]),
       C("more than 100", 100, "more_than", "killed", "civilians killed in air strikes",
         "the UN")]),

    # --- Myanmar ----------------------------------------------------------------------------
    P("d11_015",
      "YANGON, Myanmar — Security forces killed at least 114 people across Myanmar on Saturday, "
      "several children among them, as the military marked Armed Forces Day with a parade in "
      "the capital, Naypyitaw, according to the independent news outlet Myanmar Now. It was the "
      "bloodiest day since the Feb. 1 coup. Thirteen people were killed in Mandalay alone, the "
      "outlet said. The Assistance Association for Political Prisoners, which keeps a tally of "
      "deaths and arrests, said at least 328 people had been killed in the crackdown before "
      "Saturday and more than 3,000 arrested. Reuters could not independently verify the "
      "figures.",
      [C("at least 114", 114, "at_least", "killed", "people", MYANMAR_NOW),
       C("Thirteen", 13, "exact", "killed", "people in Mandalay", "the outlet",
         attr_alt=[MYANMAR_NOW]),
       C("at least 328", 328, "at_least", "killed", "people killed in the crackdown", AAPP),
       C("more than 3,000", 3000, "more_than", "detained", "people arrested", AAPP)]),
    P("d11_016",
      "At least 60 people, including singers and musicians, were killed when military aircraft "
      "bombed a concert marking the anniversary of the Kachin Independence Organisation in "
      "Hpakant township on Sunday night, the group and a local rescue worker said. About 100 "
      "people were wounded, the rescue worker said. Three jets carried out the raid at about "
      "8:30 p.m., when some 300 to 500 people were at the celebration, according to a member of "
      "the KIO's information department. The junta denied killing civilians, saying it had "
      "struck a 'terrorist' base. AFP was unable to verify the figures independently.",
      [C("At least 60", 60, "at_least", "killed", "people", "the group and a local rescue worker",
         attr_alt=[RESCUER]),
       C("About 100", 100, "about", "injured", "people", "the rescue worker",
         attr_alt=[RESCUER]),
       C("Three", 3, "exact", "munitions", "jets", KIO_MEMBER, cat_alt=["other"]),
       C("some 300 to 500", 300, "range", "other", "people at the celebration", KIO_MEMBER,
         high=500)]),
    P("d11_017",
      "The regime has killed 2,940 civilians since seizing power two years ago and arrested "
      "17,572 people, of whom 13,763 remain in detention, according to data compiled by the "
      "Assistance Association for Political Prisoners (Burma). The group said it had recorded "
      "the executions of four pro-democracy activists, the first judicial executions in the "
      "country in decades, and that more than 100 people had been sentenced to death. Data for "
      "Myanmar, an independent research group, estimates that more than 60,000 homes have been "
      "torched by junta troops, most of them in Sagaing and Magwe regions.",
      [C("2,940", 2940, "exact", "killed", "civilians", AAPP_B),
       C("17,572", 17572, "exact", "detained", "people arrested", AAPP_B),
       C("13,763", 13763, "exact", "detained", "people still detained", AAPP_B),
       C("four", 4, "exact", "killed", "pro-democracy activists executed", "The group",
         attr_alt=[AAPP_B]),
       C("more than 100", 100, "more_than", "detained", "people sentenced to death",
         "The group", attr_alt=[AAPP_B]),
       C("more than 60,000", 60000, "more_than", "infrastructure", "homes torched",
         "Data for Myanmar")]),

    # --- DR Congo, the Sahel, Somalia -------------------------------------------------------
    P("d11_018",
      "GOMA, Democratic Republic of Congo (Reuters) - Bombs hit two camps for displaced people "
      "on the outskirts of Goma on Friday, killing at least 12 people, most of them women and "
      "children, and wounding around 20, the Congolese army and a civil society group said. The "
      "government later raised the toll to 35. The United Nations said the camps at Lac Vert "
      "and Mugunga shelter tens of thousands of people who fled an M23 rebel offensive in North "
      "Kivu province. Kinshasa blamed the M23 and Rwandan troops; the rebels accused the army.",
      [C("two", 2, "exact", "other", "camps hit", None, cat_alt=["infrastructure"],
         optional=True),
       C("at least 12", 12, "at_least", "killed", "people", DRC_ARMY),
       C("around 20", 20, "about", "injured", "people", DRC_ARMY),
       C("35", 35, "exact", "killed", "people", "The government"),
       C("tens of thousands", 10000, "vague", "displaced", "people sheltering in the camps",
         "The United Nations", cat_alt=["population"])]),
    P("d11_019",
      "OUAGADOUGOU, Burkina Faso (AFP) - Gunmen killed at least 132 people in an overnight raid "
      "on the village of Solhan in Burkina Faso's Yagha province, the government said on "
      "Saturday, the deadliest attack since jihadist violence spread to the country in 2015. "
      "Local sources said the real toll was higher, with at least 160 bodies buried by residents "
      "in three mass graves. Seven of the dead were children, according to official figures. "
      "The attackers first hit a post of the Volunteers for the Defence of the Homeland, a "
      "civilian militia, then went from house to house, security sources said. More than 7,000 "
      "families have since fled to the nearby town of Sebba.",
      [C("at least 132", 132, "at_least", "killed", "people", "the government"),
       C("at least 160", 160, "at_least", "killed", "bodies buried", "Local sources"),
       C("three", 3, "exact", "other", "mass graves", "Local sources", optional=True),
       C("Seven", 7, "exact", "killed", "children", "official figures"),
       C("More than 7,000", 7000, "more_than", "displaced", "families who fled to Sebba", None)]),
    P("d11_020",
      "Malian soldiers and foreign fighters believed to be Russian executed around 300 civilian "
      "men in the central town of Moura over five days in late March, Human Rights Watch said in "
      "a report on Tuesday, calling it the worst single atrocity in Mali's decade-long conflict. "
      "The army has said it 'neutralised' 203 militants and arrested 51 others in an operation "
      "in the area. A UN human rights report published a year later found that at least 500 "
      "people had been killed, among them about 20 women and seven children.",
      [C("around 300", 300, "about", "killed", "civilian men executed", HRW),
       C("203", 203, "exact", "killed", "militants 'neutralised'", "The army"),
       C("51", 51, "exact", "detained", "militants arrested", "The army"),
       C("at least 500", 500, "at_least", "killed", "people", UN_REPORT),
       C("about 20", 20, "about", "killed", "women", UN_REPORT),
       C("seven", 7, "exact", "killed", "children", UN_REPORT)]),
    P("d11_021",
      "Mogadishu truck bomb toll rises to 358, minister says\n"
      "MOGADISHU (Reuters) - The number of people killed by Saturday's truck bombing at a busy "
      "junction in the Somali capital has risen to 358, with 228 wounded and 56 still missing, "
      "Information Minister Abdirahman Osman said on Friday, making it the deadliest attack in "
      "the country's history. A committee set up by the government to identify the victims later "
      "put the final toll at 587. Al Shabaab, which often carries out bombings in the capital, "
      "has not claimed responsibility. Turkey flew some of the most badly wounded to Ankara on a "
      "military plane carrying 35 patients.",
      [C("358", 358, "exact", "killed", "people", "minister", attr_alt=[OSMAN],
         ctx="toll rises to 358"),
       C("358", 358, "exact", "killed", "people", OSMAN, ctx="has risen to 358"),
       C("228", 228, "exact", "injured", "people", OSMAN),
       C("56", 56, "exact", "missing", "people", OSMAN),
       C("587", 587, "exact", "killed", "people", SO_COMMITTEE),
       C("35", 35, "exact", "injured", "patients flown to Ankara", None)]),

    # --- Yemen and the Red Sea ---------------------------------------------------------------
    P("d11_022",
      "A Houthi missile struck the Barbados-flagged bulk carrier True Confidence in the Gulf of "
      "Aden on Wednesday, killing three members of its crew, the US military's Central Command "
      "said, in the first deadly attack since the Yemeni rebels began targeting merchant "
      "shipping in November. At least four other crew members were injured, three of them "
      "critically. The ship had 20 crew on board — 15 Filipinos, four Vietnamese and a Nepali — "
      "as well as three armed guards from Sri Lanka and India, its Greek operators said. The "
      "Philippine foreign ministry said two of the dead were Filipino seafarers.",
      [C("three", 3, "exact", "killed", "crew members", CENTCOM, ctx="killing three members"),
       C("At least four", 4, "at_least", "injured", "crew members", CENTCOM,
         attr_alt=[None]),
       C("three", 3, "exact", "injured", "crew members critically injured", CENTCOM,
         attr_alt=[None], ctx="three of them critically"),
       C("20", 20, "exact", "other", "crew on board", OPERATORS),
       C("15", 15, "exact", "other", "Filipino crew", OPERATORS),
       C("four", 4, "exact", "other", "Vietnamese crew", OPERATORS, ctx="four Vietnamese"),
       C("three", 3, "exact", "other", "armed guards on board", OPERATORS,
         ctx="three armed guards"),
       C("two", 2, "exact", "killed", "Filipino seafarers", "The Philippine foreign ministry")]),
    P("d11_023",
      "JERUSALEM (AP) — Israeli warplanes struck the Houthi-held port of Hodeidah on Saturday, a "
      "day after a drone launched from Yemen slammed into an apartment building in central Tel "
      "Aviv, killing one man and wounding at least 10 people. The Houthi-run health ministry "
      "said at least six people were killed and 83 wounded in the Israeli strikes, which set "
      "fuel storage tanks ablaze. The Israeli military said the Iranian-made Samad-3 drone, "
      "which flew some 2,600 kilometres, had been spotted by radar but was not intercepted "
      "because of human error. Dozens of Israeli aircraft took part in the raid, Israeli media "
      "reported.",
      [C("one", 1, "exact", "killed", "man in Tel Aviv", None),
       C("at least 10", 10, "at_least", "injured", "people in Tel Aviv", None),
       C("at least six", 6, "at_least", "killed", "people in Hodeidah", HOUTHI_MOH),
       C("83", 83, "exact", "injured", "people in Hodeidah", HOUTHI_MOH),
       C("Dozens", 12, "vague", "munitions", "Israeli aircraft", "Israeli media",
         cat_alt=["other"])]),

    # --- Caucasus, Lebanon and Israel, Syria, Iraq, Afghanistan ----------------------------
    P("d11_024",
      "Azerbaijan's defence ministry said on Thursday that 192 of its servicemen had been killed "
      "and 511 wounded in the one-day offensive last week that forced the ethnic Armenian "
      "authorities of Nagorno-Karabakh to lay down their arms. The region's human rights "
      "ombudsman, Gegham Stepanyan, had earlier said at least 200 people were killed on the "
      "Armenian side, among them 10 civilians, five of whom were children, and more than 400 "
      "wounded. Moscow said five Russian peacekeepers died when their car came under fire near "
      "the village of Janyatag.",
      [C("192", 192, "exact", "killed", "Azerbaijani servicemen", AZ_MOD),
       C("511", 511, "exact", "injured", "Azerbaijani servicemen", AZ_MOD),
       C("at least 200", 200, "at_least", "killed", "people on the Armenian side", STEPANYAN),
       C("10", 10, "exact", "killed", "civilians", STEPANYAN),
       C("five", 5, "exact", "killed", "children", STEPANYAN, ctx="five of whom"),
       C("more than 400", 400, "more_than", "injured", "people on the Armenian side",
         STEPANYAN),
       C("five", 5, "exact", "killed", "Russian peacekeepers", "Moscow",
         ctx="five Russian peacekeepers")]),
    P("d11_025",
      "BEIRUT, Sept 24, 2024 (Reuters) - Israeli air strikes across southern and eastern "
      "Lebanon killed 558 people on Monday, among them 50 children and 94 women, Health Minister "
      "Firass Abiad said on Tuesday, the deadliest day in the country since the end of its "
      "1975-1990 civil war. A total of 1,835 people were wounded, he said, and were being "
      "treated in 54 hospitals. The Israeli military said it had struck some 1,600 Hezbollah "
      "targets, while Hezbollah said it had fired rockets at Israeli bases in the north. Tens "
      "of thousands of people fled the south, clogging the main coastal highway to Beirut.",
      [C("558", 558, "exact", "killed", "people", ABIAD),
       C("50", 50, "exact", "killed", "children", ABIAD),
       C("94", 94, "exact", "killed", "women", ABIAD),
       C("1,835", 1835, "exact", "injured", "people", ABIAD, attr_alt=["he"]),
       C("54", 54, "exact", "infrastructure", "hospitals treating the wounded", ABIAD,
         cat_alt=["other"], attr_alt=["he"], optional=True),
       C("some 1,600", 1600, "about", "other", "Hezbollah targets struck",
         "The Israeli military", cat_alt=["infrastructure", "munitions"]),
       C("Tens of thousands", 10000, "vague", "displaced", "people who fled the south", None)],
      published="2024-09-24"),
    P("d11_026",
      "Some 60,000 residents of northern Israel are still displaced almost a year after they "
      "were evacuated from 43 communities along the Lebanese border, according to government "
      "figures. In Kiryat Shmona, a city of about 22,000, only about 3,000 people have come "
      "back, Mayor Avichai Stern told the Times of Israel. Hezbollah rockets and drones have "
      "damaged more than 900 homes and buildings in the city since October 2023, he said. "
      "Israel's security cabinet on Tuesday added the safe return of the evacuees to the "
      "official goals of the war.",
      [C("Some 60,000", 60000, "about", "displaced", "residents of northern Israel",
         "government figures"),
       C("43", 43, "exact", "other", "communities evacuated", "government figures",
         cat_alt=["infrastructure"], optional=True),
       C("about 22,000", 22000, "about", "population", "Kiryat Shmona population", None,
         attr_alt=[STERN]),
       C("about 3,000", 3000, "about", "displaced", "residents who have returned", STERN,
         cat_alt=["population"]),
       C("more than 900", 900, "more_than", "infrastructure", "homes and buildings damaged",
         STERN, attr_alt=["he"])]),
    P("d11_027",
      "Published On 5 Dec 2024\n"
      "The rebel offensive in northern Syria has displaced more than 280,000 people since Nov. "
      "27, the UN's World Food Programme said on Thursday, warning that the number could rise "
      "to 1.5 million. Most fled from Aleppo and Idlib provinces towards areas held by "
      "Kurdish-led forces in the north-east, the agency said. The Syrian Observatory for Human "
      "Rights, a Britain-based war monitor, said 826 people had been killed in a week of "
      "fighting, including 111 civilians. Rebels led by Hayat Tahrir al-Sham entered Hama on "
      "Thursday after government forces pulled out.",
      [C("more than 280,000", 280000, "more_than", "displaced", "people", WFP_UN),
       C("1.5 million", 1500000, "exact", "displaced", "people who could be displaced",
         WFP_UN),
       C("826", 826, "exact", "killed", "people", SOHR),
       C("111", 111, "exact", "killed", "civilians", SOHR)],
      published="2024-12-05"),
    P("d11_028",
      "BAGHDAD (Reuters) - More than 100 people have been killed and over 6,000 wounded in six "
      "days of anti-government protests across Iraq, the interior ministry said on Sunday, the "
      "first official toll since the unrest began. Interior ministry spokesman Saad Maan said "
      "eight members of the security forces were among the dead and that 51 public buildings and "
      "eight party offices had been set on fire. The Iraqi High Commission for Human Rights, a "
      "semi-official body, said 1,041 people had been arrested, of whom more than 800 had since "
      "been released.",
      [C("More than 100", 100, "more_than", "killed", "people", IQ_MOI),
       C("over 6,000", 6000, "more_than", "injured", "people", IQ_MOI),
       C("eight", 8, "exact", "killed", "members of the security forces", MAAN,
         ctx="eight members"),
       C("51", 51, "exact", "infrastructure", "public buildings set on fire", MAAN,
         cat_alt=["other"]),
       C("eight", 8, "exact", "infrastructure", "party offices set on fire", MAAN,
         cat_alt=["other"], ctx="eight party offices"),
       C("1,041", 1041, "exact", "detained", "people arrested", IHCHR),
       C("more than 800", 800, "more_than", "detained", "people released", IHCHR)]),
    P("d11_029",
      "KABUL, May 9, 2021 (Reuters) - 'The number of martyrs has reached 68,' Interior Ministry "
      "spokesman Tariq Arian told reporters on Sunday, 'and 165 people are wounded.' Most of the "
      "victims of Saturday's bombings were schoolgirls aged between 11 and 15 who were leaving "
      "classes at the Sayed al-Shuhada school in Dasht-e-Barchi, a west Kabul district that is "
      "home to many members of the Hazara minority. A car bomb was followed by two more "
      "explosions, officials said. The Taliban denied responsibility.",
      [C("68", 68, "exact", "killed", "people ('martyrs')", ARIAN),
       C("165", 165, "exact", "injured", "people", ARIAN),
       C("two", 2, "exact", "munitions", "further explosions", "officials", cat_alt=["other"])],
      published="2021-05-09"),

    # --- Iran -------------------------------------------------------------------------------
    P("d11_030",
      "ERBIL, Iraq (AP) — Iranian missile and drone strikes on bases of exiled Iranian Kurdish "
      "opposition groups in northern Iraq killed 13 people and wounded 58, including women and "
      "children, officials in Iraq's Kurdistan region said on Wednesday. Iran's Revolutionary "
      "Guards said they had fired 73 ballistic missiles and dozens of suicide drones at "
      "'terrorist' targets, accusing the groups of stoking the protests that swept Iran after "
      "Mahsa Amini, 22, died in the custody of the morality police. The Kurdistan Democratic "
      "Party of Iran said one of its camps near Koya had been hit by more than a dozen strikes.",
      [C("13", 13, "exact", "killed", "people", KRG),
       C("58", 58, "exact", "injured", "people", KRG),
       C("73", 73, "exact", "munitions", "ballistic missiles fired", IRGC),
       C("dozens", 12, "vague", "munitions", "suicide drones fired", IRGC),
       C("more than a dozen", 12, "more_than", "munitions", "strikes on a camp near Koya", KDPI,
         cat_alt=["other"])]),
    P("d11_031",
      "Eight inmates died and 61 were injured in a fire and clashes at Tehran's Evin prison on "
      "Saturday night, the judiciary's Mizan news agency said, revising an earlier toll of four. "
      "Rights groups said the true toll could be higher. Evin holds hundreds of political "
      "prisoners and dual nationals; the activist news agency HRANA said at least 14,000 people "
      "had been detained across Iran since the protests erupted in mid-September. Iran Human "
      "Rights, based in Oslo, said on Sunday that security forces had killed at least 215 "
      "protesters, including 27 children.",
      [C("Eight", 8, "exact", "killed", "inmates", MIZAN),
       C("61", 61, "exact", "injured", "inmates", MIZAN),
       C("four", 4, "exact", "killed", "inmates (earlier toll)", MIZAN),
       C("hundreds", 100, "vague", "detained", "political prisoners held in Evin", None),
       C("at least 14,000", 14000, "at_least", "detained", "people detained across Iran",
         HRANA),
       C("at least 215", 215, "at_least", "killed", "protesters", IHR),
       C("27", 27, "exact", "killed", "children", IHR)]),

    # --- Protests in South Asia, Africa and Europe ------------------------------------------
    P("d11_032",
      "DHAKA, July 24, 2024 — Authorities have arrested at least 2,500 people in Dhaka and other "
      "cities since a nationwide curfew was imposed, police officers told AFP, as the government "
      "eased restrictions for a few hours on Wednesday. At least 197 people have been killed in "
      "a week of clashes, according to a count by AFP based on police and hospital figures. The "
      "Dhaka Metropolitan Police said it had filed more than 200 cases over the violence and "
      "that many of those held were members of the opposition BNP and Jamaat-e-Islami.",
      [C("at least 2,500", 2500, "at_least", "detained", "people arrested", "police officers"),
       C("At least 197", 197, "at_least", "killed", "people", "a count by AFP",
         attr_alt=["AFP"]),
       C("more than 200", 200, "more_than", "other", "cases filed",
         "Dhaka Metropolitan Police", optional=True)],
      published="2024-07-24"),
    P("d11_033",
      "KATHMANDU, Nepal (AP) — Two people, one of them a television journalist, were killed and "
      "more than 110 injured when pro-monarchy protesters clashed with police in Kathmandu on "
      "Friday, authorities said. Police fired tear gas and rubber bullets after demonstrators "
      "broke through barricades and set fire to houses, vehicles and a shopping complex. 'We "
      "have detained 105 people for arson and looting,' police spokesman Dinesh Acharya said on "
      "Saturday, as a curfew stayed in force in parts of the capital. Of the injured, 53 were "
      "police officers and 22 were members of the Armed Police Force, he said.",
      [C("Two", 2, "exact", "killed", "people", "authorities"),
       C("one", 1, "exact", "killed", "television journalist", "authorities",
         ctx="one of them a television journalist", optional=True),
       C("more than 110", 110, "more_than", "injured", "people", "authorities"),
       C("105", 105, "exact", "detained", "people", ACHARYA),
       C("53", 53, "exact", "injured", "police officers", ACHARYA, attr_alt=["he"]),
       C("22", 22, "exact", "injured", "Armed Police Force members", ACHARYA,
         attr_alt=["he"])]),
    P("d11_034",
      "NAIROBI (Reuters) - At least 82 people have been abducted in Kenya since anti-government "
      "protests began in June, and 29 of them remain missing, the Kenya National Commission on "
      "Human Rights said on Monday. The state-funded commission said seven people had been "
      "abducted in the past month alone, most of them young men who had criticised President "
      "William Ruto online. Police have denied any involvement. Hundreds of protesters marched "
      "through the capital on Monday to demand the release of those still held, and some were "
      "dispersed with tear gas.",
      [C("At least 82", 82, "at_least", "hostages", "people abducted", KNCHR,
         cat_alt=["detained"]),
       C("29", 29, "exact", "missing", "abductees still missing", KNCHR),
       C("seven", 7, "exact", "hostages", "people abducted in the past month",
         "The state-funded commission", cat_alt=["detained"], attr_alt=[KNCHR]),
       C("Hundreds", 100, "vague", "other", "protesters marching", None)]),
    P("d11_035",
      "MINSK (Reuters) - Belarusian police have detained about 6,700 people in three nights of "
      "protests against the disputed re-election of President Alexander Lukashenko, the "
      "interior ministry said on Wednesday, and at least one protester has died. The ministry "
      "said 103 police officers had been injured, 28 of whom were in hospital. Doctors at one "
      "Minsk hospital told Reuters they had treated dozens of people with rubber-bullet wounds. "
      "The Viasna human rights centre said many of those held had been beaten in custody.",
      [C("about 6,700", 6700, "about", "detained", "people", BY_MOI),
       C("at least one", 1, "at_least", "killed", "protester", BY_MOI, attr_alt=[None]),
       C("103", 103, "exact", "injured", "police officers", "The ministry",
         attr_alt=[BY_MOI]),
       C("28", 28, "exact", "injured", "police officers in hospital", "The ministry",
         attr_alt=[BY_MOI]),
       C("dozens", 12, "vague", "injured", "people with rubber-bullet wounds",
         "Doctors at one Minsk hospital")]),
    P("d11_036",
      "More than 1,300 people were detained at protests against Vladimir Putin's mobilisation "
      "order in at least 38 Russian cities on Wednesday, the independent monitoring group "
      "OVD-Info said, including 502 in Moscow and 524 in St Petersburg. Some of the men held in "
      "Moscow were handed call-up papers at police stations, the group said. Putin has said "
      "300,000 reservists will be called up; the Kremlin said the order did not apply to "
      "students. One-way flights out of Russia sold out within hours.",
      [C("More than 1,300", 1300, "more_than", "detained", "people", OVD),
       C("at least 38", 38, "at_least", "other", "Russian cities with protests", OVD,
         optional=True),
       C("502", 502, "exact", "detained", "people in Moscow", OVD),
       C("524", 524, "exact", "detained", "people in St Petersburg", OVD),
       C("300,000", 300000, "exact", "troops", "reservists to be called up", "Putin")]),
    P("d11_037",
      "KHARTOUM, June 9, 2019 (Reuters) - The number of people killed since security forces "
      "stormed a protest sit-in outside the defence ministry in Khartoum on Monday has risen to "
      "118, a doctors' committee linked to the opposition said, and more than 500 have been "
      "wounded. The health ministry put the number of dead at 61, including three members of the "
      "security forces. Opposition doctors said at least 40 bodies had been pulled from the "
      "River Nile. Tens of thousands of protesters had camped outside the ministry since April, "
      "demanding that the military hand power to civilians.",
      [C("118", 118, "exact", "killed", "people", SD_DOCTORS),
       C("more than 500", 500, "more_than", "injured", "people", SD_DOCTORS),
       C("61", 61, "exact", "killed", "people", "The health ministry"),
       C("three", 3, "exact", "killed", "members of the security forces",
         "The health ministry"),
       C("at least 40", 40, "at_least", "killed", "bodies pulled from the Nile",
         "Opposition doctors"),
       C("Tens of thousands", 10000, "vague", "other", "protesters at the sit-in", None)],
      published="2019-06-09"),
    P("d11_038",
      "Russian attacks kill 7, injure 31 over past day\n"
      "Russian attacks across Ukraine killed seven people and injured 31 others over the past "
      "day, regional authorities reported on Aug. 3. Russia launched 83 Shahed-type drones and "
      "four Iskander-M ballistic missiles overnight, Ukraine's Air Force said. Air defences shot "
      "down 76 of the drones.\n"
      "• Kherson Oblast: Russian shelling killed three people and injured 12, Governor Oleksandr "
      "Prokudin said.\n"
      "• Donetsk Oblast: two killed, nine injured (regional administration)",
      [C("7", 7, "exact", "killed", "people", None),
       C("31", 31, "exact", "injured", "people", None, ctx="injure 31"),
       C("seven", 7, "exact", "killed", "people", "regional authorities"),
       C("31", 31, "exact", "injured", "people", "regional authorities", ctx="injured 31"),
       C("83", 83, "exact", "munitions", "Shahed-type drones", "Ukraine's Air Force"),
       C("four", 4, "exact", "munitions", "Iskander-M ballistic missiles",
         "Ukraine's Air Force"),
       C("76", 76, "exact", "munitions", "drones shot down", "Ukraine's Air Force",
         attr_alt=[None]),
       C("three", 3, "exact", "killed", "people in Kherson Oblast", PROKUDIN),
       C("12", 12, "exact", "injured", "people in Kherson Oblast", PROKUDIN),
       C("two", 2, "exact", "killed", "people in Donetsk Oblast", "regional administration"),
       C("nine", 9, "exact", "injured", "people in Donetsk Oblast",
         "regional administration")]),

    # --- Only non-claims ----------------------------------------------------------------------
    P("d11_039",
      "LVIV, Ukraine — Air raid sirens sounded across western Ukraine for almost three hours "
      "early on Thursday after Russian Tu-95MS strategic bombers took off from the Olenya "
      "airfield, the air force said. No casualties or damage were reported in the Lviv region, "
      "Governor Maksym Kozytskyi said on Telegram. Poland scrambled fighter jets as a "
      "precaution, its operational command said, and reopened Rzeszów airport at 7:40 a.m.",
      []),
    P("d11_040",
      "A court in Minsk on Friday sentenced Ales Bialiatski, the 60-year-old founder of the "
      "Viasna human rights centre and a co-winner of last year's Nobel Peace Prize, to 10 years "
      "in a high-security penal colony on charges of smuggling and financing protests. "
      "Prosecutors had asked for 12 years. His colleague Valiantsin Stefanovich was given nine "
      "years, and the lawyer Uladzimir Labkovich seven. Bialiatski has been in custody since "
      "July 2021.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d11_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "holdout", "holdout2")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
