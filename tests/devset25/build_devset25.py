"""Source of the twenty-fifth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, plus headlines, date lines and list lines) on epidemics and health
emergencies (cholera, Ebola, monkeypox, measles, dengue, meningitis, MERS, Zika, H1N1,
encephalitis, national COVID-19 tallies and hospitals overwhelmed) and on natural disasters before
2015 (typhoons, cyclones, hurricanes, floods, landslides, eruptions, avalanches, earthquakes and
cold waves), written for this set (none copied from an article) in the styles of WHO Disease
Outbreak News, ministry of health daily bulletins, an NDRRMC situation report, an ISPR press
release, wire copy (Reuters, AP, AFP, ANSA, Kyodo, Xinhua, Yonhap, PTI, PNA, Andina, Anadolu) and
local English-language papers (Philippines, India, Bangladesh, Nepal, Nigeria, Indonesia,
Pakistan). The set stresses cases against deaths against recoveries against suspected cases,
cumulative totals against new daily figures, people in quarantine and isolation, patients and
tests, people evacuated, in evacuation centres, affected and homeless, houses destroyed against
damaged, missing against dead, figures by province in lists, revisions, spelled-out numbers, and
non-claims (case fatality rates, positivity rates, magnitudes, depths, wind speeds, rainfall,
temperatures, ages, years, durations, money, hotline numbers, unit names). Annotated by hand and
blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset23`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts.

Run ``python tests/devset25/build_devset25.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

# --- sources, as worded in the passages ---------------------------------------------------------
HT_MSPP = "the health ministry"
UG_MOH = "the Ugandan Ministry of Health"
CD_MOH = "Congo's health ministry"
NCDC_LONG = "The Nigeria Centre for Disease Control (NCDC)"
PH_DOH = "the Department of Health (DOH)"
PH_DOH2 = "The Department of Health (DOH)"
DUQUE = "Health Secretary Francisco Duque III"
DOMINGO = "Health Undersecretary Eric Domingo"
NE_MSP = "the Ministry of Public Health of Niger"
BORRELLI = "civil protection chief Angelo Borrelli"
RANA = "the hospital's chairman D.S. Rana"
DL_BULLETIN = "the State Health Bulletin"
NP_MOHP = "The Ministry of Health and Population"
GAUTAM = "ministry spokesperson Dr Jageshwar Gautam"
DGHS_RELEASE = "a press release from the Directorate General of Health Services (DGHS)"
DGHS = "the Directorate General of Health Services (DGHS)"
ASADUZZAMAN = "Home Minister Asaduzzaman Khan"
ID_TASKFORCE = "the COVID-19 task force"
LAPORCOVID = "Independent data initiative LaporCovid-19"
KR_MOHW = "The Ministry of Health and Welfare"
BR_MOH = "the Health Ministry"
GHOSH = "district magistrate Alok Ranjan Ghosh"
SHAHI = "superintendent Dr Sunil Kumar Shahi"
MX_MIN = "Mexico's health minister"
CORDOVA = "Health Minister Jose Angel Cordova"
OCD = "the Office of Civil Defense"
PRC = "The Philippine Red Cross"
SOLIMAN = "Social Welfare Secretary Corazon Soliman"
RABONZA = "National Disaster Coordinating Council (NDCC) executive director Glenn Rabonza"
TEODORO = "Defense Secretary Gilberto Teodoro"
MOHAPATRA = "Special Relief Commissioner P.K. Mohapatra"
BD_MOFDM = "the Ministry of Food and Disaster Management"
BDRCS = "The Bangladesh Red Crescent Society"
BAHUGUNA = "Chief Minister Vijay Bahuguna"
GOSWAMI = "Northern Command spokesman Col. S.D. Goswami"
BNPB = "the National Disaster Mitigation Agency (BNPB)"
NAGANO_GOV = "the Nagano prefectural government"
PENNINGTON = "Snohomish County emergency management director John Pennington"
HOTS = "Snohomish County Fire District 21 Chief Travis Hots"
ADEEB = "Badakhshan governor Shah Waliullah Adeeb"
IOM = "The International Organization for Migration"
BURLAKOTI = "Tourism Ministry spokesperson Madhu Sudan Burlakoti"
UA_MES = "the Emergencies Ministry"
INDECI = "the National Civil Defense Institute (Indeci)"
GARCIA = "President Alan García"
MINSA = "The Ministry of Health (Minsa)"
JIMENEZ = "Prime Minister Juan Jiménez"
AFAD = "the Disaster and Emergency Management Presidency (AFAD)"
ZHOUQU_HQ = "the local rescue headquarters"
BLIGH = "Premier Anna Bligh"
BERTOLASO = "Civil Protection chief Guido Bertolaso"
SUPARI = "Health Minister Siti Fadilah Supari"
FLORES = "President Carlos Flores"

PASSAGES = [
    # --- Epidemics and health emergencies -------------------------------------------------------
    P("d25_001",
      "CAP-HAITIEN, Haiti, Nov 16, 2010 (AFP) - Two people were killed on Monday as "
      "protesters who blame Nepalese peacekeepers for Haiti's cholera epidemic clashed with "
      "UN troops in the northern city of Cap-Haitien, the UN mission said. MINUSTAH said six "
      "of its soldiers had been hurt by stones and that its troops had fired more than 40 "
      "tear gas canisters to clear burning barricades. The epidemic has now killed 1,034 "
      "people and sent 16,799 to hospital since it broke out in the Artibonite valley four "
      "weeks ago, the health ministry said on Monday. Of the dead, 141 were in the Nord "
      "department, it said.",
      [C("Two", 2, "exact", "killed", "protesters", "the UN mission", attr_alt=["MINUSTAH"]),
       C("six", 6, "exact", "injured", "peacekeepers hurt by stones", "MINUSTAH",
         attr_alt=["the UN mission"]),
       C("more than 40", 40, "more_than", "munitions", "tear gas canisters fired", "MINUSTAH",
         cat_alt=["other"], attr_alt=["the UN mission"]),
       C("1,034", 1034, "exact", "killed", "cholera deaths", HT_MSPP),
       C("16,799", 16799, "exact", "other", "cholera patients hospitalised", HT_MSPP,
         cat_alt=["injured"]),
       C("141", 141, "exact", "killed", "cholera deaths in Nord", HT_MSPP, attr_alt=["it"])],
      published="2010-11-16"),

    P("d25_002",
      "Ebola haemorrhagic fever in Uganda - Update 14\n"
      "30 October 2000\n"
      "Disease Outbreak Reported\n"
      "As of 29 October, the Ugandan Ministry of Health has reported a cumulative total of "
      "182 cases, including 64 deaths, in Gulu district. Of these, 12 are new cases and 3 "
      "are new deaths reported since the last update. A total of 41 patients are currently "
      "hospitalized in the isolation wards of Lacor and Gulu hospitals, and 1,033 contacts "
      "are being followed up daily. WHO has sent a further 6 epidemiologists to Gulu to join "
      "the international team. Insecurity in the district, where the Lord's Resistance Army "
      "abducted at least 20 people last month, continues to hamper contact tracing.",
      [C("182", 182, "exact", "other", "Ebola cases (cumulative)", UG_MOH),
       C("64", 64, "exact", "killed", "Ebola deaths (cumulative)", UG_MOH),
       C("12", 12, "exact", "other", "new Ebola cases", UG_MOH, attr_alt=[None]),
       C("3", 3, "exact", "killed", "new Ebola deaths", UG_MOH, attr_alt=[None]),
       C("41", 41, "exact", "other", "Ebola patients in isolation wards", UG_MOH,
         cat_alt=["injured"], attr_alt=[None]),
       C("1,033", 1033, "exact", "other", "contacts followed up", UG_MOH, attr_alt=[None]),
       C("6", 6, "exact", "other", "epidemiologists sent by WHO", None, cat_alt=["troops"],
         attr_alt=["WHO"]),
       C("at least 20", 20, "at_least", "hostages", "people abducted by the LRA", None)],
      published="2000-10-30"),

    P("d25_003",
      "KINSHASA, May 21 (Reuters) - Congo's health ministry said on Monday that 51 people "
      "had been infected with Ebola in the northwestern province of Equateur, of whom 28 "
      "were confirmed by laboratory tests and the rest were probable or suspected. The toll "
      "stood at 27 deaths, it said, up from 26 on Friday, with confirmed cases now recorded "
      "in the provincial capital Mbandaka, a river port of about 1.2 million people. Health "
      "workers began vaccinating on Monday and had given the experimental rVSV-ZEBOV vaccine "
      "to 154 people, mostly front-line health staff and contacts of confirmed cases, the "
      "ministry said. The World Health Organization has shipped more than 7,500 doses to "
      "Kinshasa. It is Congo's ninth Ebola outbreak since the virus was identified near the "
      "Ebola river in 1976.",
      [C("51", 51, "exact", "other", "Ebola cases (confirmed, probable, suspected)", CD_MOH),
       C("28", 28, "exact", "other", "confirmed Ebola cases", CD_MOH),
       C("27", 27, "exact", "killed", "Ebola deaths", CD_MOH, attr_alt=["it"]),
       C("26", 26, "exact", "killed", "Ebola deaths (earlier figure)", CD_MOH, attr_alt=["it"]),
       C("about 1.2 million", 1200000, "about", "population", "residents of Mbandaka", None,
         attr_alt=[CD_MOH]),
       C("154", 154, "exact", "other", "people vaccinated", "the ministry", cat_alt=["aid"],
         attr_alt=[CD_MOH]),
       C("more than 7,500", 7500, "more_than", "aid", "vaccine doses shipped", None,
         attr_alt=["The World Health Organization"]),
]),

    P("d25_004",
      "Monkeypox: Nigeria confirms 43 cases — NCDC\n"
      "By Nike Adebowale\n"
      "November 10, 2017\n"
      "The Nigeria Centre for Disease Control (NCDC) says 43 of the 165 suspected cases of "
      "monkeypox reported since September have been confirmed by laboratory tests. In its "
      "latest situation report, the agency said the cases were spread across 15 states and "
      "the Federal Capital Territory, with Bayelsa recording the highest number, 14 "
      "confirmed cases. No death has been linked to the outbreak, it said. The index case, "
      "an 11-year-old boy, was reported from the Niger Delta University Teaching Hospital in "
      "Yenagoa on September 22. The NCDC said 211 contacts had been identified and were "
      "being monitored. Members of the public can call the NCDC toll-free line, "
      "0800-970000-10, for information.",
      [C("43", 43, "exact", "other", "confirmed monkeypox cases (headline)", "NCDC",
         attr_alt=[NCDC_LONG], ctx="confirms 43"),
       C("43", 43, "exact", "other", "confirmed monkeypox cases", NCDC_LONG, ctx="43 of the"),
       C("165", 165, "exact", "other", "suspected monkeypox cases", NCDC_LONG),
       C("15", 15, "exact", "other", "states with cases", "the agency", optional=True,
         attr_alt=[NCDC_LONG], ctx="across 15 states"),
       C("14", 14, "exact", "other", "confirmed cases in Bayelsa", "the agency",
         attr_alt=[NCDC_LONG]),
       C("211", 211, "exact", "other", "contacts monitored", "The NCDC", attr_alt=[NCDC_LONG])],
      published="2017-11-10"),

    P("d25_005",
      "DOH: Measles deaths hit 136 as outbreak spreads to more regions\n"
      "Philippine Daily Inquirer / 05:12 AM February 15, 2019\n"
      "MANILA, Philippines — At least 136 people, most of them children under five, have "
      "died of measles since January 1, the Department of Health (DOH) said on Thursday, as "
      "it declared outbreaks in more regions. Health Undersecretary Eric Domingo said 8,443 "
      "cases had been recorded nationwide in the same period, a 550-percent increase over "
      "last year. At San Lazaro Hospital in Manila, where 22 children have died since "
      "January, patients were being treated on beds set up in tents on the hospital grounds. "
      "The DOH said its vaccination teams had immunized about 210,000 children in Metro "
      "Manila since the outbreak was declared.",
      [C("136", 136, "exact", "killed", "measles deaths (headline)", "DOH",
         attr_alt=[None, PH_DOH], ctx="hit 136"),
       C("At least 136", 136, "at_least", "killed", "measles deaths", PH_DOH),
       C("8,443", 8443, "exact", "other", "measles cases", DOMINGO),
       C("22", 22, "exact", "killed", "children who died at San Lazaro Hospital", None),
       C("about 210,000", 210000, "about", "other", "children vaccinated", "The DOH",
         cat_alt=["aid"], attr_alt=[PH_DOH])],
      published="2019-02-15"),

    P("d25_006",
      "DOH declares national dengue epidemic\n"
      "MANILA, Aug. 6 (PNA) -- The Department of Health (DOH) on Tuesday declared a national "
      "dengue epidemic after recording 146,062 cases and 622 deaths from January 1 to July "
      "20, up 98 percent from the same period last year. Health Secretary Francisco Duque "
      "III said the epidemic threshold had been breached in seven regions, among them:\n"
      "- Western Visayas: 23,330 cases, 103 deaths\n"
      "- Northern Mindanao: 10,271 cases, 43 deaths\n"
      "Duque said hospitals in Western Visayas had added 400 beds and opened 'dengue fast "
      "lanes' to cope with the surge in patients. The DOH urged the public to call its "
      "hotline, 711-1001, if fever lasts two days or more.",
      [C("146,062", 146062, "exact", "other", "dengue cases", PH_DOH2),
       C("622", 622, "exact", "killed", "dengue deaths", PH_DOH2),
       C("seven", 7, "exact", "other", "regions over the epidemic threshold", DUQUE,
         optional=True),
       C("23,330", 23330, "exact", "other", "dengue cases in Western Visayas", DUQUE,
         attr_alt=[None]),
       C("103", 103, "exact", "killed", "dengue deaths in Western Visayas", DUQUE,
         attr_alt=[None]),
       C("10,271", 10271, "exact", "other", "dengue cases in Northern Mindanao", DUQUE,
         attr_alt=[None]),
       C("43", 43, "exact", "killed", "dengue deaths in Northern Mindanao", DUQUE,
         attr_alt=[None]),
       C("400", 400, "exact", "other", "hospital beds added", "Duque", optional=True,
         attr_alt=[DUQUE])]),

    P("d25_007",
      "Meningococcal disease – Niger\n"
      "Disease outbreak news\n"
      "14 May 2015\n"
      "Between 1 January and 10 May 2015, the Ministry of Public Health of Niger reported "
      "6,179 suspected cases of meningitis, including 423 deaths (case fatality rate 6.8%). "
      "The outbreak is concentrated in Niamey, which accounts for 3,546 of the suspected "
      "cases and 131 of the deaths. Laboratory analysis has confirmed Neisseria meningitidis "
      "serogroup C in 187 samples, a serogroup against which most of the population has not "
      "been vaccinated. A reactive vaccination campaign targeting 285,000 people aged 2 to "
      "29 years began in Niamey on 7 May with polysaccharide vaccine released by the "
      "International Coordinating Group on Vaccine Provision. WHO has deployed 10 experts to "
      "support surveillance and case management.",
      [C("6,179", 6179, "exact", "other", "suspected meningitis cases", NE_MSP),
       C("423", 423, "exact", "killed", "meningitis deaths", NE_MSP),
       C("6.8%", 6.8, "exact", "other", "case fatality rate", NE_MSP, optional=True),
       C("3,546", 3546, "exact", "other", "suspected cases in Niamey", NE_MSP,
         attr_alt=[None]),
       C("131", 131, "exact", "killed", "meningitis deaths in Niamey", NE_MSP,
         attr_alt=[None]),
       C("187", 187, "exact", "other", "samples positive for serogroup C", None,
         optional=True),
       C("285,000", 285000, "exact", "other", "people targeted for vaccination", None,
         cat_alt=["aid", "population"]),
       C("10", 10, "exact", "other", "experts deployed by WHO", None, cat_alt=["troops"],
         ctx="10 experts",
         attr_alt=["WHO"])],
      published="2015-05-14"),

    P("d25_008",
      "ROME, March 21, 2020 (ANSA) - Italy recorded 793 deaths from the coronavirus in the "
      "last 24 hours, the biggest daily rise since the outbreak began, bringing the total to "
      "4,825, civil protection chief Angelo Borrelli said on Saturday. The cumulative number "
      "of cases rose to 53,578, he told the daily news conference. Of those currently "
      "infected, 2,857 are in intensive care and 17,708 are in hospital with symptoms, while "
      "19,185 are isolating at home. A further 943 people have recovered. Borrelli said the "
      "department had distributed 1.8 million protective masks to hospitals in the previous "
      "day.",
      [C("793", 793, "exact", "killed", "COVID-19 deaths in 24 hours", BORRELLI),
       C("4,825", 4825, "exact", "killed", "COVID-19 deaths (total)", BORRELLI),
       C("53,578", 53578, "exact", "other", "COVID-19 cases (cumulative)", BORRELLI,
         attr_alt=["he"]),
       C("2,857", 2857, "exact", "other", "patients in intensive care", BORRELLI,
         cat_alt=["injured"], attr_alt=[None]),
       C("17,708", 17708, "exact", "other", "patients in hospital with symptoms", BORRELLI,
         cat_alt=["injured"], attr_alt=[None]),
       C("19,185", 19185, "exact", "other", "infected people isolating at home", BORRELLI,
         cat_alt=["injured"], attr_alt=[None]),
       C("943", 943, "exact", "other", "people recovered (new)", BORRELLI,
         cat_alt=["injured"], attr_alt=[None]),
       C("1.8 million", 1800000, "exact", "aid", "protective masks distributed", "Borrelli",
         attr_alt=[BORRELLI])],
      published="2020-03-21"),

    P("d25_009",
      "Oxygen crisis: 25 patients die at Delhi's Sir Ganga Ram Hospital\n"
      "Updated - April 23, 2021 11:42 am IST\n"
      "NEW DELHI: Twenty-five of the sickest patients at Sir Ganga Ram Hospital died in the "
      "past 24 hours, and the lives of another 60 are at risk, the hospital's chairman D.S. "
      "Rana said on Friday morning, as oxygen supplies ran critically low across the "
      "capital. Pressure in the hospital's ventilators had dropped, he said, and the "
      "remaining stock would last less than two hours. Delhi reported 26,169 new cases and "
      "306 deaths on Thursday, its highest single-day toll, according to the State Health "
      "Bulletin, and only 14 of the city's ICU beds with ventilators were vacant. Delhi "
      "Police said they had arrested seven people for black-marketing oxygen cylinders.",
      [C("25", 25, "exact", "killed", "patients who died (headline)", None, ctx="25 patients"),
       C("Twenty-five", 25, "exact", "killed", "patients who died", RANA),
       C("60", 60, "exact", "other", "patients at risk", RANA, cat_alt=["injured"]),
       C("26,169", 26169, "exact", "other", "new COVID-19 cases in Delhi", DL_BULLETIN),
       C("306", 306, "exact", "killed", "COVID-19 deaths in Delhi", DL_BULLETIN),
       C("14", 14, "exact", "other", "vacant ICU beds with ventilators", DL_BULLETIN,
         optional=True, attr_alt=[None]),
       C("seven", 7, "exact", "detained", "people arrested for black-marketing oxygen",
         "Delhi Police")],
      published="2021-04-23"),

    P("d25_010",
      "PH logs record 26,303 new COVID-19 cases\n"
      "Published 4:40 PM, September 11, 2021\n"
      "MANILA, Philippines – The Department of Health (DOH) reported 26,303 new coronavirus "
      "infections on Saturday, the highest single-day count since the pandemic began, "
      "pushing the country's total to 2,179,770. Active cases rose to 168,091, of which "
      "95.6% were mild or asymptomatic, the DOH said in its daily bulletin. Another 236 "
      "deaths were recorded, raising the toll to 34,733, while 20,596 more patients "
      "recovered.",
      [C("26,303", 26303, "exact", "other", "new COVID-19 cases (headline)", None,
         ctx="logs record 26,303"),
       C("26,303", 26303, "exact", "other", "new COVID-19 cases", PH_DOH2,
         ctx="reported 26,303"),
       C("2,179,770", 2179770, "exact", "other", "COVID-19 cases (total)", PH_DOH2),
       C("168,091", 168091, "exact", "other", "active COVID-19 cases", "the DOH",
         attr_alt=[PH_DOH2]),
       C("95.6%", 95.6, "exact", "other", "share of active cases mild or asymptomatic",
         "the DOH", optional=True, attr_alt=[PH_DOH2]),
       C("236", 236, "exact", "killed", "new COVID-19 deaths", "the DOH",
         attr_alt=[None, PH_DOH2]),
       C("34,733", 34733, "exact", "killed", "COVID-19 deaths (total)", "the DOH",
         attr_alt=[None, PH_DOH2]),
       C("20,596", 20596, "exact", "other", "patients recovered", "the DOH",
         cat_alt=["injured"], attr_alt=[None, PH_DOH2])],
      published="2021-09-11"),

    P("d25_011",
      "KATHMANDU: The Ministry of Health and Population on Tuesday reported 9,317 new "
      "COVID-19 infections and 225 deaths in the past 24 hours, the highest daily toll since "
      "the pandemic began. Of the new cases, 5,046 were confirmed through PCR tests and the "
      "rest through antigen tests, ministry spokesperson Dr Jageshwar Gautam said at the "
      "daily briefing. A total of 18,922 PCR tests were conducted across the country, with a "
      "positivity rate of 44 percent. There are currently 111,018 active cases, 105,374 of "
      "them in home isolation and 5,644 in institutional isolation, he said, while 1,219 "
      "people are in quarantine. Hospitals in the Kathmandu Valley have stopped admitting "
      "patients who need ICU beds.",
      [C("9,317", 9317, "exact", "other", "new COVID-19 cases", NP_MOHP),
       C("225", 225, "exact", "killed", "COVID-19 deaths in 24 hours", NP_MOHP),
       C("5,046", 5046, "exact", "other", "cases confirmed by PCR", GAUTAM),
       C("18,922", 18922, "exact", "other", "PCR tests conducted", GAUTAM, optional=True,
         attr_alt=[None]),
       C("44 percent", 44, "exact", "other", "test positivity rate", GAUTAM, optional=True,
         attr_alt=[None]),
       C("111,018", 111018, "exact", "other", "active COVID-19 cases", GAUTAM,
         attr_alt=["he"]),
       C("105,374", 105374, "exact", "other", "cases in home isolation", GAUTAM,
         cat_alt=["injured"], attr_alt=["he"]),
       C("5,644", 5644, "exact", "other", "cases in institutional isolation", GAUTAM,
         cat_alt=["injured"], attr_alt=["he"]),
       C("1,219", 1219, "exact", "other", "people in quarantine", GAUTAM,
         attr_alt=[None, "he"])]),

    P("d25_012",
      "Covid-19: Bangladesh records 258 deaths in a day\n"
      "Star Online Report\n"
      "Wed Jul 28, 2021 04:35 PM\n"
      "Bangladesh recorded 258 deaths from Covid-19 in the 24 hours to 8am today, taking the "
      "country's death toll to 19,779, according to a press release from the Directorate "
      "General of Health Services (DGHS). Another 15,192 people tested positive, the "
      "second-highest daily count, the release said. The positivity rate was 29.82 percent. "
      "Of the day's deaths, Dhaka division recorded the highest, 96, followed by Khulna with "
      "54. During the period, 12,844 patients recovered. Home Minister Asaduzzaman Khan said "
      "police had detained 620 people for violating the lockdown in Dhaka since Friday.",
      [C("258", 258, "exact", "killed", "COVID-19 deaths in a day (headline)", None,
         ctx="records 258"),
       C("258", 258, "exact", "killed", "COVID-19 deaths in 24 hours", DGHS_RELEASE,
         attr_alt=[DGHS], ctx="recorded 258"),
       C("19,779", 19779, "exact", "killed", "COVID-19 deaths (total)", DGHS_RELEASE,
         attr_alt=[DGHS]),
       C("15,192", 15192, "exact", "other", "new COVID-19 cases", "the release",
         attr_alt=[DGHS_RELEASE, DGHS]),
       C("29.82 percent", 29.82, "exact", "other", "test positivity rate", "the release",
         optional=True, attr_alt=[None, DGHS_RELEASE]),
       C("96", 96, "exact", "killed", "deaths in Dhaka division", "the release",
         attr_alt=[None, DGHS_RELEASE]),
       C("54", 54, "exact", "killed", "deaths in Khulna division", "the release",
         attr_alt=[None, DGHS_RELEASE]),
       C("12,844", 12844, "exact", "other", "patients recovered", "the release",
         cat_alt=["injured"], attr_alt=[None, DGHS_RELEASE]),
       C("620", 620, "exact", "detained", "people detained for violating the lockdown",
         ASADUZZAMAN)],
      published="2021-07-28"),

    P("d25_013",
      "LIMA, Peru (AP) — Peru nearly tripled its official COVID-19 death toll on Monday after a "
      "government review found that 180,764 people had died of the disease since the pandemic "
      "began, up from the 69,342 previously reported. Prime Minister Violeta Bermúdez said the "
      "new figure followed the recommendations of a panel of experts who re-examined death "
      "certificates, and that it was the government's duty to be transparent. The revision "
      "gives Peru, a country of about 33 million people, the world's highest COVID-19 death "
      "rate per capita. At the height of the second wave in April, families queued for hours "
      "in Lima to refill oxygen tanks, and on some days fewer than 50 of the country's 2,100 "
      "ICU beds were free, according to the health ministry. The government imported 160 "
      "tonnes of liquid oxygen from Chile that month to ease the shortage.",
      [C("180,764", 180764, "exact", "killed", "COVID-19 deaths (revised)",
         "a government review"),
       C("69,342", 69342, "exact", "killed", "COVID-19 deaths (earlier official figure)",
         "a government review", attr_alt=[None]),
       C("about 33 million", 33000000, "about", "population", "Peru's population", None),
       C("fewer than 50", 50, "fewer_than", "other", "free ICU beds", "the health ministry",
         optional=True),
       C("2,100", 2100, "exact", "other", "ICU beds in Peru", "the health ministry",
         optional=True),
       C("160", 160, "exact", "aid", "tonnes of liquid oxygen imported", None,
         attr_alt=["The government"])]),

    P("d25_014",
      "Jakarta / Sat, July 17, 2021 / 09:15 am\n"
      "Indonesia recorded 1,205 COVID-19 deaths on Friday, a new daily record, bringing the "
      "total to 72,489, the COVID-19 task force said. The country also reported 54,000 new "
      "infections. Independent data initiative LaporCovid-19 said at least 451 people had "
      "died while self-isolating at home since June, many after hospitals in Java turned "
      "them away. In Jakarta, where COVID-19 referral hospitals were nearly full, the city "
      "administration said it had converted 14 more buildings into isolation centres. The "
      "government has flown in 1,000 oxygen concentrators donated by Singapore.",
      [C("1,205", 1205, "exact", "killed", "COVID-19 deaths in a day", ID_TASKFORCE),
       C("72,489", 72489, "exact", "killed", "COVID-19 deaths (total)", ID_TASKFORCE),
       C("54,000", 54000, "exact", "other", "new COVID-19 cases", ID_TASKFORCE,
         attr_alt=[None]),
       C("at least 451", 451, "at_least", "killed", "people who died while self-isolating",
         LAPORCOVID),
       C("14", 14, "exact", "infrastructure", "buildings converted into isolation centres",
         "the city administration", cat_alt=["other", "aid"]),
       C("1,000", 1000, "exact", "aid", "oxygen concentrators", None,
         attr_alt=["The government"])],
      published="2021-07-17"),

    P("d25_015",
      "(LEAD) MERS death toll rises to 20, quarantine list tops 6,500\n"
      "2015/06/16 15:21\n"
      "SEOUL, June 16 (Yonhap) -- Three more people have died of Middle East Respiratory "
      "Syndrome (MERS) in South Korea, bringing the death toll to 20, health authorities "
      "said Tuesday. The Ministry of Health and Welfare said four new cases had been "
      "confirmed, raising the total number of infections to 154, while 6,508 people were "
      "under quarantine. Seventeen patients were in unstable condition, it said. People are "
      "released from quarantine if they show no symptoms during the 14-day incubation "
      "period. Of the infected, 77 caught the virus at the Samsung Medical Center in "
      "southern Seoul, which has suspended most of its services.",
      [C("20", 20, "exact", "killed", "MERS deaths (headline)", None, ctx="rises to 20,"),
       C("6,500", 6500, "more_than", "other", "people in quarantine (headline)", None),
       C("Three", 3, "exact", "killed", "new MERS deaths", "health authorities"),
       C("20", 20, "exact", "killed", "MERS deaths", "health authorities",
         ctx="death toll to 20"),
       C("four", 4, "exact", "other", "new MERS cases", KR_MOHW),
       C("154", 154, "exact", "other", "MERS infections (total)", KR_MOHW),
       C("6,508", 6508, "exact", "other", "people under quarantine", KR_MOHW),
       C("Seventeen", 17, "exact", "other", "patients in unstable condition", KR_MOHW,
         cat_alt=["injured"], attr_alt=["it"]),
       C("77", 77, "exact", "other", "infected at the Samsung Medical Center", KR_MOHW,
         attr_alt=[None])],
      published="2015-06-16"),

    P("d25_016",
      "BRASILIA, Feb 3 (Reuters) - Brazil is investigating 3,670 suspected cases of "
      "microcephaly possibly linked to the Zika virus, the Health Ministry said on "
      "Wednesday. Of the 1,113 cases investigated so far, 404 were confirmed as microcephaly "
      "and 17 of those were linked to Zika infection, the ministry said in its weekly "
      "bulletin. Seventy-six babies with microcephaly or other malformations of the nervous "
      "system have died, it said. The government has mobilised 220,000 soldiers to go door "
      "to door destroying breeding sites of the Aedes aegypti mosquito, which also spreads "
      "dengue and chikungunya.",
      [C("3,670", 3670, "exact", "other", "suspected microcephaly cases", BR_MOH),
       C("1,113", 1113, "exact", "other", "cases investigated", "the ministry",
         attr_alt=[BR_MOH]),
       C("404", 404, "exact", "other", "confirmed microcephaly cases", "the ministry",
         attr_alt=[BR_MOH]),
       C("17", 17, "exact", "other", "cases linked to Zika", "the ministry",
         attr_alt=[BR_MOH]),
       C("Seventy-six", 76, "exact", "killed", "babies with microcephaly who died", BR_MOH,
         attr_alt=["it", "the ministry"]),
       C("220,000", 220000, "exact", "troops", "soldiers mobilised against the mosquito",
         None, attr_alt=["The government"])]),

    P("d25_017",
      "AES toll rises to 108 in Muzaffarpur; hospital runs out of beds\n"
      "TNN | Updated: Jun 18, 2019, 10:12 IST\n"
      "MUZAFFARPUR: The number of children who have died of acute encephalitis syndrome "
      "(AES) in Bihar's Muzaffarpur district rose to 108 on Monday, with 89 deaths at the "
      "Sri Krishna Medical College and Hospital (SKMCH) and 19 at the private Kejriwal "
      "Hospital, district magistrate Alok Ranjan Ghosh said. A further 12 children died at "
      "SKMCH overnight, a hospital official told TOI on Tuesday. The hospital, whose "
      "paediatric ICU is full, was treating 131 children, two or three to a bed, "
      "superintendent Dr Sunil Kumar Shahi said. Most of the victims were aged between one "
      "and 10. The state government has announced an ex gratia of Rs 4 lakh for the family "
      "of each child who died.",
      [C("108", 108, "exact", "killed", "children dead of AES (headline)", None,
         ctx="rises to 108 in"),
       C("108", 108, "exact", "killed", "children dead of AES", GHOSH, ctx="rose to 108"),
       C("89", 89, "exact", "killed", "deaths at SKMCH", GHOSH),
       C("19", 19, "exact", "killed", "deaths at Kejriwal Hospital", GHOSH),
       C("12", 12, "exact", "killed", "children who died overnight", "a hospital official",
         ctx="A further 12"),
       C("131", 131, "exact", "other", "children being treated", SHAHI,
         cat_alt=["injured"])],
      published="2019-06-18"),

    P("d25_018",
      "MEXICO CITY, April 27 (Reuters) - Mexico's health minister said on Monday that the "
      "swine flu outbreak was suspected of having killed 149 people, up from 103 a day "
      "earlier, and that 1,995 people had been hospitalized with symptoms since April 13. "
      "Only 20 of the deaths had so far been confirmed by laboratory tests as caused by the "
      "new H1N1 strain, Health Minister Jose Angel Cordova told a news conference. Of those "
      "admitted, 1,070 had been discharged, he said. Schools across the country will stay "
      "closed until May 6 and the capital has shut more than 35,000 restaurants, bars and "
      "cinemas. The World Health Organization raised its pandemic alert to phase 4 on its "
      "six-phase scale.",
      [C("149", 149, "exact", "killed", "suspected swine flu deaths", MX_MIN,
         cat_alt=["other"]),
       C("103", 103, "exact", "killed", "suspected swine flu deaths (previous day)", MX_MIN,
         cat_alt=["other"]),
       C("1,995", 1995, "exact", "other", "people hospitalized with symptoms", MX_MIN,
         cat_alt=["injured"]),
       C("20", 20, "exact", "killed", "deaths confirmed as H1N1", CORDOVA),
       C("1,070", 1070, "exact", "other", "patients discharged", CORDOVA,
         cat_alt=["injured"], attr_alt=["he"]),
       C("more than 35,000", 35000, "more_than", "infrastructure",
         "restaurants, bars and cinemas shut", None, cat_alt=["other"])]),

    # --- Typhoons, cyclones, floods ---------------------------------------------------------------
    P("d25_019",
      "NDRRMC Update\n"
      "SitRep No. 23 re Effects of Typhoon \"Pablo\" (Bopha)\n"
      "10 December 2012, 6:00 AM\n"
      "I. CASUALTIES\n"
      "• Dead: 647 (including Davao Oriental – 287, Compostela Valley – 316)\n"
      "• Injured: 1,482\n"
      "• Missing: 780\n"
      "II. AFFECTED POPULATION\n"
      "A total of 5,412,593 persons were affected. Of these, 76,562 persons are still "
      "staying in evacuation centers.\n"
      "III. DAMAGED HOUSES\n"
      "Totally destroyed: 70,767\n"
      "Partially damaged: 78,302",
      [C("647", 647, "exact", "killed", "dead", None, attr_alt=["NDRRMC"]),
       C("287", 287, "exact", "killed", "dead in Davao Oriental", None, attr_alt=["NDRRMC"]),
       C("316", 316, "exact", "killed", "dead in Compostela Valley", None,
         attr_alt=["NDRRMC"]),
       C("1,482", 1482, "exact", "injured", "injured", None, attr_alt=["NDRRMC"]),
       C("780", 780, "exact", "missing", "missing", None, attr_alt=["NDRRMC"]),
       C("5,412,593", 5412593, "exact", "other", "persons affected", None,
         cat_alt=["population"], attr_alt=["NDRRMC"]),
       C("76,562", 76562, "exact", "displaced", "persons in evacuation centers", None,
         attr_alt=["NDRRMC"]),
       C("70,767", 70767, "exact", "infrastructure", "houses totally destroyed", None,
         attr_alt=["NDRRMC"]),
       C("78,302", 78302, "exact", "infrastructure", "houses partially damaged", None,
         attr_alt=["NDRRMC"])],
      published="2012-12-10"),

    P("d25_020",
      "Sendong death toll climbs to 957; dozens still missing\n"
      "Philippine Daily Inquirer / 01:25 AM December 20, 2011\n"
      "CAGAYAN DE ORO CITY—The death toll from Tropical Storm “Sendong” (international name: "
      "Washi) climbed to 957 on Monday, with 579 dead in this city and 279 in neighboring "
      "Iligan, the Office of Civil Defense said. Funeral parlors in both cities ran out of "
      "space. The Philippine Red Cross said 49 people were still missing, far fewer than the "
      "300 or more feared by local officials at the weekend. More than 44,000 people were "
      "crammed into evacuation centers, many of them schools, Social Welfare Secretary "
      "Corazon Soliman said.",
      [C("957", 957, "exact", "killed", "dead (headline)", None, ctx="climbs to 957"),
       C("dozens", 12, "vague", "missing", "missing (headline)", None),
       C("957", 957, "exact", "killed", "dead", OCD, ctx="climbed to 957"),
       C("579", 579, "exact", "killed", "dead in Cagayan de Oro", OCD),
       C("279", 279, "exact", "killed", "dead in Iligan", OCD),
       C("49", 49, "exact", "missing", "missing", PRC),
       C("300 or more", 300, "at_least", "missing", "missing feared at the weekend",
         "local officials", attr_alt=[PRC]),
       C("More than 44,000", 44000, "more_than", "displaced",
         "people in evacuation centers", SOLIMAN)],
      published="2011-12-20"),

    P("d25_021",
      "MANILA, Sept. 28 — The death toll from Tropical Storm Ondoy (Ketsana) rose to 140 on "
      "Monday as floodwaters began to recede in Metro Manila, where the storm dumped 455 "
      "millimeters of rain in 12 hours on Saturday, more than a month's worth. National "
      "Disaster Coordinating Council (NDCC) executive director Glenn Rabonza said 32 people "
      "were missing and 373,000 had fled to evacuation centers, among them about 100,000 in "
      "Marikina City alone. In all, more than 1.8 million people were affected in Metro "
      "Manila and nearby provinces, he said. Defense Secretary Gilberto Teodoro, who chairs "
      "the NDCC, said the military had deployed 4,000 soldiers to rescue stranded residents. "
      "President Gloria Macapagal Arroyo has declared a state of calamity in the affected "
      "areas.",
      [C("140", 140, "exact", "killed", "dead", None, attr_alt=[RABONZA]),
       C("32", 32, "exact", "missing", "missing", RABONZA),
       C("373,000", 373000, "exact", "displaced", "people in evacuation centers", RABONZA),
       C("about 100,000", 100000, "about", "displaced", "evacuees in Marikina City", RABONZA),
       C("more than 1.8 million", 1800000, "more_than", "other", "people affected", RABONZA,
         cat_alt=["population"], attr_alt=["he"]),
       C("4,000", 4000, "exact", "troops", "soldiers deployed", TEODORO)]),

    P("d25_022",
      "Phailin: Odisha's massive evacuation keeps toll at 21\n"
      "Updated - October 13, 2013 11:52 pm IST\n"
      "BHUBANESWAR: Cyclone Phailin, which crossed the coast near Gopalpur on Saturday night "
      "with wind speeds of over 200 kmph, left 21 people dead in Odisha, most of them killed "
      "by falling trees, Special Relief Commissioner P.K. Mohapatra said on Sunday. He said "
      "8,73,000 people had been moved to cyclone shelters and other safe places before "
      "landfall, the largest evacuation in the State's history. In Ganjam district alone, "
      "2,34,000 houses were damaged. Nearly 12 million people were affected, according to "
      "the State government. In neighbouring Andhra Pradesh, one fisherman was reported dead.",
      [C("21", 21, "exact", "killed", "dead (headline)", None, ctx="toll at 21"),
       C("21", 21, "exact", "killed", "dead in Odisha", MOHAPATRA, ctx="left 21"),
       C("8,73,000", 873000, "exact", "displaced", "people evacuated", MOHAPATRA,
         attr_alt=["He"]),
       C("2,34,000", 234000, "exact", "infrastructure", "houses damaged in Ganjam", MOHAPATRA,
         attr_alt=[None]),
       C("Nearly 12 million", 12000000, "about", "other", "people affected",
         "the State government", cat_alt=["population"]),
       C("one", 1, "exact", "killed", "fisherman dead in Andhra Pradesh", None)],
      published="2013-10-13"),

    P("d25_023",
      "Sidr toll passes 3,000\n"
      "Star Report\n"
      "Published: Monday, November 19, 2007\n"
      "The death toll from Cyclone Sidr rose to 3,113 yesterday, the Ministry of Food and "
      "Disaster Management said, with the worst-hit coastal districts reporting the "
      "following:\n"
      "Bagerhat: 908 dead\n"
      "Barguna: 423 dead\n"
      "The Bangladesh Red Crescent Society put the toll higher, at over 3,500, and said "
      "about 1,000 fishermen who were at sea when the storm struck had yet to return. Some "
      "650,000 people had been moved to cyclone shelters before the storm made landfall on "
      "Thursday night, officials said. The government has allocated 10,000 tonnes of rice to "
      "the affected districts.",
      [C("3,000", 3000, "more_than", "killed", "dead (headline)", None),
       C("3,113", 3113, "exact", "killed", "dead", BD_MOFDM),
       C("908", 908, "exact", "killed", "dead in Bagerhat", BD_MOFDM, attr_alt=[None]),
       C("423", 423, "exact", "killed", "dead in Barguna", BD_MOFDM, attr_alt=[None]),
       C("over 3,500", 3500, "more_than", "killed", "dead", BDRCS),
       C("about 1,000", 1000, "about", "missing", "fishermen yet to return", BDRCS),
       C("Some 650,000", 650000, "about", "displaced", "people moved to shelters",
         "officials"),
       C("10,000", 10000, "exact", "aid", "tonnes of rice allocated", None,
         attr_alt=["The government"])],
      published="2007-11-19"),

    P("d25_024",
      "Dehradun, Jun 24 (PTI) Rescuers have evacuated more than 80,000 pilgrims and tourists "
      "stranded in Uttarakhand since flash floods and landslides struck the state nine days "
      "ago, but about 12,000 are still waiting to be flown out of Badrinath and Harsil, "
      "Chief Minister Vijay Bahuguna said today. The official death toll stands at 822, he "
      "said, though the number could run into thousands once debris is cleared at Kedarnath, "
      "where 180 bodies were cremated over the weekend. The Indian Air Force says it is "
      "carrying out the largest air rescue operation it has ever undertaken, while 8,000 "
      "Army and ITBP personnel are on the ground. Bahuguna said 3,000 people were missing, "
      "many of them from other states.",
      [C("more than 80,000", 80000, "more_than", "displaced", "pilgrims and tourists evacuated",
         BAHUGUNA, cat_alt=["other"]),
       C("about 12,000", 12000, "about", "other", "people still stranded", BAHUGUNA,
         cat_alt=["population", "displaced"]),
       C("822", 822, "exact", "killed", "dead (official toll)", BAHUGUNA, attr_alt=["he"]),
       C("thousands", 1000, "vague", "killed", "dead (projection)", BAHUGUNA,
         attr_alt=["he"]),
       C("180", 180, "exact", "killed", "bodies cremated at Kedarnath", None,
         attr_alt=[BAHUGUNA]),
       C("8,000", 8000, "exact", "troops", "Army and ITBP personnel", "The Indian Air Force",
         attr_alt=[None]),
       C("3,000", 3000, "exact", "missing", "missing", "Bahuguna", attr_alt=[BAHUGUNA])]),

    P("d25_025",
      "SRINAGAR: The Army said on Saturday it had rescued 142,000 people from flooded areas "
      "of the Kashmir Valley and Jammu since the Jhelum breached its banks a week ago, as "
      "water began to recede in parts of Srinagar. Northern Command spokesman Col. S.D. "
      "Goswami said 30,000 troops and aircraft of the Indian Air Force and Army Aviation "
      "were engaged in rescue and relief, and that 1,081,000 litres of water and 220 tonnes "
      "of food had been dropped. The state government put the death toll at 215 in the "
      "Valley and Jammu combined. Officials said fewer than 5,000 people were still stranded "
      "on upper floors in Rajbagh and Jawahar Nagar, among the worst-hit neighbourhoods.",
      [C("142,000", 142000, "exact", "other", "people rescued", "The Army"),
       C("30,000", 30000, "exact", "troops", "troops engaged in rescue", GOSWAMI),
       C("1,081,000", 1081000, "exact", "aid", "litres of water dropped", GOSWAMI),
       C("220", 220, "exact", "aid", "tonnes of food dropped", GOSWAMI),
       C("215", 215, "exact", "killed", "dead", "The state government"),
       C("fewer than 5,000", 5000, "fewer_than", "other", "people still stranded",
         "Officials", cat_alt=["population"])]),

    P("d25_026",
      "Merapi toll rises to 138 as eruptions ease\n"
      "Jakarta / Tue, November 9, 2010 / 10:02 am\n"
      "The death toll from the eruptions of Mount Merapi in Central Java and Yogyakarta has "
      "risen to 138, the National Disaster Mitigation Agency (BNPB) said on Monday, after "
      "rescuers found more bodies in villages buried by pyroclastic flows on the volcano's "
      "southern slopes. Most of the victims died in Friday's eruption, the largest since 1872, "
      "which sent searing gas clouds 15 kilometers down the Gendol river. The agency said "
      "320,090 people were staying in 676 evacuation points, many of them in the Maguwoharjo "
      "stadium in Sleman, after authorities widened the exclusion zone to 20 kilometers. "
      "Hospitals in Yogyakarta were treating 453 people, most of them for burns and "
      "respiratory problems, it said. The eruptions have also killed more than 1,000 head of "
      "cattle.",
      [C("138", 138, "exact", "killed", "dead (headline)", None, ctx="rises to 138"),
       C("138", 138, "exact", "killed", "dead", BNPB, ctx="risen to 138"),
       C("320,090", 320090, "exact", "displaced", "people in evacuation points", "The agency",
         attr_alt=[BNPB]),
       C("676", 676, "exact", "infrastructure", "evacuation points", "The agency",
         cat_alt=["other", "aid"], attr_alt=[BNPB]),
       C("453", 453, "exact", "injured", "people treated in hospital", BNPB,
         cat_alt=["other"], attr_alt=["it", "The agency"]),
       C("more than 1,000", 1000, "more_than", "other", "cattle killed", "The agency",
         attr_alt=[None, BNPB])],
      published="2010-11-09"),

    # --- Eruptions, landslides, avalanches ---------------------------------------------------------
    P("d25_027",
      "NAGANO, Sept. 29 (Kyodo) -- Police said Monday that 36 people had been found in "
      "cardiopulmonary arrest near the summit of Mt. Ontake, which erupted without warning "
      "on Saturday while it was crowded with autumn hikers, and that 12 of them had been "
      "confirmed dead. The bodies of eight of them were brought down by Self-Defense Forces "
      "helicopters before volcanic gas forced rescuers to suspend the operation in the early "
      "afternoon, the Nagano prefectural government said. Some 500 police officers, "
      "firefighters and SDF personnel took part in the search. At least 69 people were "
      "injured, 30 of them seriously, according to the prefecture. The 3,067-meter volcano "
      "straddling Nagano and Gifu prefectures had last erupted in 2007.",
      [C("36", 36, "exact", "killed", "people found in cardiopulmonary arrest", "Police",
         cat_alt=["injured", "other"]),
       C("12", 12, "exact", "killed", "deaths confirmed", "Police"),
       C("eight", 8, "exact", "killed", "bodies brought down", NAGANO_GOV),
       C("Some 500", 500, "about", "troops", "police, firefighters and SDF personnel", None,
         cat_alt=["other"]),
       C("At least 69", 69, "at_least", "injured", "injured", "the prefecture",
         attr_alt=[NAGANO_GOV]),
       C("30", 30, "exact", "injured", "seriously injured", "the prefecture",
         attr_alt=[NAGANO_GOV])]),

    P("d25_028",
      "ARLINGTON, Wash. (AP) — The number of people listed as missing after a massive "
      "landslide buried a rural neighborhood near Oso fell sharply on Thursday to 90, from "
      "176 a day earlier, after officials matched duplicate reports and found that dozens of "
      "people had been accounted for, Snohomish County emergency management director John "
      "Pennington said. The confirmed death toll rose to 16, with another eight bodies "
      "located but not yet recovered, said Snohomish County Fire District 21 Chief Travis "
      "Hots. More than 200 searchers, including National Guard soldiers, were working "
      "through mud and debris up to 70 feet deep. The slide covered a square mile of State "
      "Route 530.",
      [C("90", 90, "exact", "missing", "missing", PENNINGTON),
       C("176", 176, "exact", "missing", "missing (previous day)", PENNINGTON),
       C("dozens", 12, "vague", "other", "people accounted for", PENNINGTON),
       C("16", 16, "exact", "killed", "confirmed dead", HOTS),
       C("eight", 8, "exact", "killed", "bodies located, not yet recovered", HOTS),
       C("More than 200", 200, "more_than", "troops", "searchers", None,
         cat_alt=["other"])]),

    P("d25_029",
      "ARGO, Afghanistan, May 4, 2014 (AFP) - Rescuers gave up hope on Sunday of finding "
      "survivors beneath the mud that engulfed the village of Ab Barik in Afghanistan's remote "
      "northeast, as officials gave sharply different estimates of the death toll. Badakhshan "
      "governor Shah Waliullah Adeeb said at least 2,100 people were buried when a hillside "
      "collapsed on Friday, while the United Nations put the toll at between 250 and 350. Some "
      "700 families, or about 4,000 people, had been displaced, Adeeb said, many of them "
      "sleeping in the open at an altitude of 2,000 metres. The International Organization for "
      "Migration said it had delivered tents and 300 family kits, and that a second landslide "
      "on Friday afternoon had killed some of the villagers who rushed to help.",
      [C("at least 2,100", 2100, "at_least", "killed", "people buried", ADEEB,
         cat_alt=["missing"]),
       C("between 250 and 350", 250, "range", "killed", "dead", "the United Nations",
         high=350),
       C("Some 700", 700, "about", "displaced", "families displaced", "Adeeb",
         attr_alt=[ADEEB]),
       C("about 4,000", 4000, "about", "displaced", "people displaced", "Adeeb",
         attr_alt=[ADEEB]),
       C("300", 300, "exact", "aid", "family kits delivered", IOM)],
      published="2014-05-04"),

    P("d25_030",
      "No PR-93/2012-ISPR\n"
      "Rawalpindi - April 8, 2012\n"
      "An avalanche struck the battalion headquarters of 6 Northern Light Infantry in the "
      "Gayari sector near the Siachen glacier at about 0600 hours on Saturday, burying 124 "
      "soldiers and 11 civilian employees under snow up to 80 feet deep. Rescue and relief "
      "operations are continuing round the clock. More than 450 troops, heavy machinery and "
      "sniffer dogs have been inducted into the area, and rescue teams from the United States, "
      "Germany and Switzerland are expected to arrive tomorrow. Chief of Army Staff General "
      "Ashfaq Parvez Kayani visited the site and was briefed on the rescue effort. No survivors "
      "have been found so far.",
      [C("124", 124, "exact", "missing", "soldiers buried", None, cat_alt=["killed"],
         attr_alt=["ISPR"]),
       C("11", 11, "exact", "missing", "civilian employees buried", None, cat_alt=["killed"],
         attr_alt=["ISPR"]),
       C("More than 450", 450, "more_than", "troops", "troops inducted for rescue", None,
         attr_alt=["ISPR"])],
      published="2012-04-08"),

    P("d25_031",
      "Everest avalanche: 13 bodies recovered as search for Sherpas goes on\n"
      "Published at : April 19, 2014\n"
      "KATHMANDU: An avalanche swept through the Khumbu Icefall above Everest base camp "
      "early Friday, killing at least 13 Nepali guides in the deadliest single accident on "
      "the world's highest mountain. Rescuers recovered 13 bodies by Friday evening and "
      "three guides remain missing, Tourism Ministry spokesperson Madhu Sudan Burlakoti "
      "said. Seven guides were injured and airlifted to Kathmandu, four of them in serious "
      "condition. The guides were fixing ropes on the route at 5,800 metres when a serac "
      "broke off the West Shoulder at around 6:45 am. About 400 foreign climbers from many "
      "expedition teams are on the mountain this season, supported by a similar number of "
      "Nepali guides.",
      [C("13", 13, "exact", "killed", "bodies recovered (headline)", None,
         ctx="13 bodies recovered as"),
       C("at least 13", 13, "at_least", "killed", "Nepali guides killed", None,
         attr_alt=[BURLAKOTI]),
       C("13", 13, "exact", "killed", "bodies recovered", BURLAKOTI, ctx="recovered 13 bodies by"),
       C("three", 3, "exact", "missing", "guides missing", BURLAKOTI, ctx="three guides"),
       C("Seven", 7, "exact", "injured", "guides injured", BURLAKOTI, attr_alt=[None]),
       C("four", 4, "exact", "injured", "guides seriously injured", BURLAKOTI,
         attr_alt=[None]),
       C("About 400", 400, "about", "other", "foreign climbers on the mountain", None)],
      published="2014-04-19"),

    # --- Cold waves and earthquakes -------------------------------------------------------------
    P("d25_032",
      "KIEV, Feb 3 (Reuters) - The death toll from a week-long cold snap in Ukraine rose to "
      "101 on Friday as temperatures fell to minus 33 degrees Celsius, the Emergencies "
      "Ministry said, most of them homeless people found frozen in the streets. The ministry "
      "said 1,180 people had sought hospital treatment for frostbite and hypothermia over "
      "the week, and that authorities had set up more than 2,900 heating and food points. In "
      "neighbouring Poland, police said 29 people had frozen to death since the start of the "
      "cold spell, while in Romania 22 deaths were reported.",
      [C("101", 101, "exact", "killed", "cold deaths in Ukraine", UA_MES),
       C("1,180", 1180, "exact", "other", "people treated for frostbite and hypothermia",
         "The ministry", cat_alt=["injured"], attr_alt=[UA_MES]),
       C("more than 2,900", 2900, "more_than", "infrastructure", "heating and food points",
         "The ministry", cat_alt=["other", "aid"], attr_alt=[UA_MES]),
       C("29", 29, "exact", "killed", "cold deaths in Poland", "police"),
       C("22", 22, "exact", "killed", "cold deaths in Romania", None, attr_alt=["police"])]),

    P("d25_033",
      "Lima, Aug. 17 (ANDINA). The number of people killed by Wednesday's magnitude 7.9 "
      "earthquake on Peru's southern coast has risen to 510, the National Civil Defense "
      "Institute (Indeci) reported this morning, most of them in Pisco, Ica and Chincha. "
      "Indeci said 1,090 people were injured and 16,669 homes destroyed, while some 85,000 "
      "people were left homeless. In Pisco, where much of the city was flattened, 148 people "
      "died when the roof of the San Clemente church collapsed during a mass. President Alan "
      "García, who has declared a state of emergency for 60 days, said the government would "
      "send 2,500 soldiers and police to keep order after looting was reported.",
      [C("510", 510, "exact", "killed", "dead", INDECI),
       C("1,090", 1090, "exact", "injured", "injured", "Indeci", attr_alt=[INDECI]),
       C("16,669", 16669, "exact", "infrastructure", "homes destroyed", "Indeci",
         attr_alt=[INDECI]),
       C("some 85,000", 85000, "about", "displaced", "people left homeless", "Indeci",
         attr_alt=[INDECI]),
       C("148", 148, "exact", "killed", "dead in the San Clemente church", "Indeci",
         attr_alt=[None, INDECI]),
       C("2,500", 2500, "exact", "troops", "soldiers and police to be sent", GARCIA)]),

    P("d25_034",
      "Frost and cold: 254 children under five dead of pneumonia so far this year\n"
      "Andina / July 12, 2013\n"
      "The Ministry of Health (Minsa) reported that 254 children under five have died of "
      "pneumonia in Peru so far this year, 89 of them in the high Andean region of Puno, as "
      "night temperatures in the southern highlands dropped to minus 20 degrees Celsius. "
      "Minsa said 17,400 cases of pneumonia in children had been treated nationwide since "
      "January. The government has declared a state of emergency in the worst-hit districts "
      "and is distributing 50,000 warm-clothing kits and 10,000 blankets, Prime Minister "
      "Juan Jiménez said. More than 30,000 alpacas and llamas have died in Puno and Cusco, "
      "according to the regional agriculture directorates.",
      [C("254", 254, "exact", "killed", "children dead of pneumonia (headline)", None,
         ctx="254 children under five dead"),
       C("254", 254, "exact", "killed", "children dead of pneumonia", MINSA,
         ctx="reported that 254"),
       C("89", 89, "exact", "killed", "children dead in Puno", MINSA),
       C("17,400", 17400, "exact", "other", "pneumonia cases in children", "Minsa",
         attr_alt=[MINSA]),
       C("50,000", 50000, "exact", "aid", "warm-clothing kits", JIMENEZ),
       C("10,000", 10000, "exact", "aid", "blankets", JIMENEZ),
       C("More than 30,000", 30000, "more_than", "other", "alpacas and llamas dead",
         "the regional agriculture directorates")],
      published="2013-07-12"),

    P("d25_035",
      "VAN - Anatolia News Agency\n"
      "The death toll from the 7.2-magnitude earthquake that struck the eastern province of Van "
      "on Sunday rose to 570 on Thursday, the Disaster and Emergency Management Presidency "
      "(AFAD) said, with 4,152 people injured. Rescue teams have pulled 187 people alive from "
      "collapsed buildings, including a two-week-old baby and her mother and grandmother in "
      "Erciş on Tuesday. AFAD said 2,262 buildings had been found uninhabitable, and that the "
      "Turkish Red Crescent had distributed more than 40,000 tents, though many families were "
      "still without shelter as night temperatures fell below freezing. About 5,400 "
      "search-and-rescue personnel are working in the region.",
      [C("570", 570, "exact", "killed", "dead", AFAD),
       C("4,152", 4152, "exact", "injured", "injured", AFAD),
       C("187", 187, "exact", "other", "people pulled alive", None),
       C("2,262", 2262, "exact", "infrastructure", "buildings uninhabitable", "AFAD",
         attr_alt=[AFAD]),
       C("more than 40,000", 40000, "more_than", "aid", "tents distributed", "AFAD",
         attr_alt=[AFAD]),
       C("About 5,400", 5400, "about", "troops", "search-and-rescue personnel", None,
         cat_alt=["other"])]),

    P("d25_036",
      "LANZHOU, Aug. 15 (Xinhua) -- The death toll from the massive mudslides that hit "
      "Zhouqu County in northwest China's Gansu Province a week ago has risen to 1,239, with "
      "505 people still missing, the local rescue headquarters said Sunday. More than 4,500 "
      "residents had been evacuated to temporary shelters, the headquarters said. Some "
      "10,000 soldiers, armed police and firefighters have taken part in the rescue. Zhouqu "
      "county, home to about 134,000 people, joined a national day of mourning on Sunday, "
      "with flags flown at half-mast across the country.",
      [C("1,239", 1239, "exact", "killed", "dead", ZHOUQU_HQ),
       C("505", 505, "exact", "missing", "missing", ZHOUQU_HQ),
       C("More than 4,500", 4500, "more_than", "displaced", "residents evacuated",
         "the headquarters", attr_alt=[ZHOUQU_HQ]),
       C("Some 10,000", 10000, "about", "troops", "soldiers, armed police and firefighters",
         None, cat_alt=["other"]),
       C("about 134,000", 134000, "about", "population", "residents of Zhouqu county", None)]),

    P("d25_037",
      "Queensland floods: toll rises to 20 as search continues in Lockyer Valley\n"
      "Updated Fri 14 Jan 2011, 7:38am AEDT\n"
      "The number of people confirmed dead in Queensland's floods has risen to 20, after "
      "police found more bodies in the Lockyer Valley overnight. Premier Anna Bligh said 12 "
      "people were still unaccounted for, most of them from the towns of Grantham and "
      "Murphys Creek, which were hit by a wall of water on Monday. In Brisbane, where the "
      "Brisbane River peaked at 4.46 metres on Thursday morning, about 11,900 homes were "
      "flooded completely and another 14,700 partially, she said. Almost 4,000 people spent "
      "the night in evacuation centres in Brisbane and Ipswich. More than 1,000 soldiers "
      "have been deployed to help with the clean-up.",
      [C("20", 20, "exact", "killed", "dead (headline)", None, ctx="rises to 20 as"),
       C("20", 20, "exact", "killed", "confirmed dead", None, attr_alt=[BLIGH],
         ctx="risen to 20"),
       C("12", 12, "exact", "missing", "people unaccounted for", BLIGH),
       C("about 11,900", 11900, "about", "infrastructure", "homes flooded completely", BLIGH,
         attr_alt=["she"]),
       C("14,700", 14700, "exact", "infrastructure", "homes flooded partially", BLIGH,
         attr_alt=["she"]),
       C("Almost 4,000", 4000, "about", "displaced", "people in evacuation centres", BLIGH,
         attr_alt=[None]),
       C("More than 1,000", 1000, "more_than", "troops", "soldiers deployed", None)],
      published="2011-01-14"),

    P("d25_038",
      "L'AQUILA, April 8 (ANSA) - The death toll from Monday's earthquake in the Abruzzo "
      "region rose to 272 on Wednesday, Premier Silvio Berlusconi said, as rescuers pulled a "
      "98-year-old woman alive from the rubble of her home. Civil Protection chief Guido "
      "Bertolaso said about 1,000 people had been injured and that some 17,000 people were "
      "sleeping in 31 tent camps, with a further 10,000 put up in hotels on the Adriatic "
      "coast. He added that around 10,000 buildings had been damaged. The prefecture said 16 "
      "children were among the dead. Some 8,000 firefighters, soldiers and volunteers are "
      "taking part in the rescue effort, according to the civil protection department.",
      [C("272", 272, "exact", "killed", "dead", "Premier Silvio Berlusconi"),
       C("about 1,000", 1000, "about", "injured", "injured", BERTOLASO),
       C("some 17,000", 17000, "about", "displaced", "people in tent camps", BERTOLASO),
       C("31", 31, "exact", "infrastructure", "tent camps", BERTOLASO,
         cat_alt=["other", "aid"]),
       C("10,000", 10000, "exact", "displaced", "people put up in hotels", BERTOLASO,
         ctx="further 10,000"),
       C("around 10,000", 10000, "about", "infrastructure", "buildings damaged", BERTOLASO,
         attr_alt=["He"]),
       C("16", 16, "exact", "killed", "children among the dead", "The prefecture"),
       C("Some 8,000", 8000, "about", "troops", "firefighters, soldiers and volunteers",
         "the civil protection department", cat_alt=["other"],
         attr_alt=[BERTOLASO])]),

    P("d25_039",
      "PADANG, Indonesia, Oct 3, 2009 (Reuters) - Rescuers using heavy equipment dug through the "
      "rubble of collapsed hotels and schools in the West Sumatran city of Padang on Saturday, "
      "but hopes were fading for thousands believed trapped three days after a 7.6 magnitude "
      "earthquake struck at a depth of 81 km. Health Minister Siti Fadilah Supari said 603 "
      "people were confirmed dead, while the United Nations put the toll at 1,100 and said up "
      "to 3,000 could be buried. In the Padang Pariaman district, landslides buried four "
      "villages, with as many as 300 residents feared dead, a district official said. More than "
      "88,000 houses were severely damaged, the disaster agency said.",
      [C("thousands", 1000, "vague", "missing", "people believed trapped", None,
         cat_alt=["other"]),
       C("603", 603, "exact", "killed", "confirmed dead", SUPARI),
       C("1,100", 1100, "exact", "killed", "dead", "the United Nations"),
       C("up to 3,000", 3000, "at_most", "missing", "people possibly buried",
         "the United Nations", cat_alt=["killed"]),
       C("four", 4, "exact", "other", "villages buried", "a district official",
         optional=True, cat_alt=["infrastructure"]),
       C("as many as 300", 300, "at_most", "killed", "residents feared dead",
         "a district official", cat_alt=["missing"]),
       C("More than 88,000", 88000, "more_than", "infrastructure", "houses severely damaged",
         "the disaster agency")],
      published="2009-10-03"),

    P("d25_040",
      "TEGUCIGALPA, Honduras (AP) — President Carlos Flores said Monday that Hurricane Mitch had "
      "killed at least 5,000 people in Honduras and that another 11,000 were missing, making the "
      "storm the worst natural disaster in the country's modern history. “We have before us a "
      "panorama of death, desolation and ruin,” he said in a televised address. Some 600,000 "
      "people, nearly a tenth of the population, had been forced to flee their homes, and 70 "
      "percent of the country's crops had been destroyed, Flores said. In neighboring "
      "Nicaragua, officials said as many as 2,000 people may have been buried when the crater "
      "lake of the Casita volcano collapsed in a mudslide.",
      [C("at least 5,000", 5000, "at_least", "killed", "dead in Honduras", FLORES),
       C("11,000", 11000, "exact", "missing", "missing in Honduras", FLORES),
       C("Some 600,000", 600000, "about", "displaced", "people forced to flee", "Flores",
         attr_alt=[FLORES]),
       C("as many as 2,000", 2000, "at_most", "killed", "people buried at Casita",
         "officials", cat_alt=["missing"])]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d25_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "devset22", "devset23",
                                                   "devset24", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
