"""Word lists the extractor matches against: numbers, qualifiers, counted nouns, verbs."""

from __future__ import annotations

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000,
}

#: Vague amounts: value (the gold's convention) and the interval they stand for.
VAGUE = {
    "dozens": (12, 12, 99),
    "scores": (20, 20, 199),
    "hundreds": (100, 100, 999),
    "thousands": (1_000, 1_000, 9_999),
    "tens of thousands": (10_000, 10_000, 99_999),
    "hundreds of thousands": (100_000, 100_000, 999_999),
    "millions": (1_000_000, 1_000_000, 999_999_999),
    "tens of millions": (10_000_000, 10_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 100_000_000, 999_999_999),
}

#: Qualifier words before a figure, longest first when compiled.
QUALIFIERS_BEFORE = {
    "at_least": [
        "at least", "at the very least", "no fewer than", "no less than", "not less than",
        "a minimum of", "minimum of", "at minimum",
    ],
    "more_than": [
        "more than", "well over", "just over", "over", "above", "upwards of", "upward of",
        "in excess of", "greater than", "well above", "north of", "more then",
    ],
    "at_most": [
        "up to", "as many as", "at most", "no more than", "not more than", "a maximum of",
        "maximum of", "as much as",
    ],
    "fewer_than": [
        "fewer than", "less than", "just under", "under", "below", "not even",
    ],
    "about": [
        "about", "around", "some", "nearly", "almost", "approximately", "roughly",
        "an estimated", "estimated", "perhaps", "close to", "approx.", "circa", "an approximate",
        "upward of about", "just about", "more or less", "maybe", "possibly", "about some",
        "nigh on", "almost exactly",
    ],
}
#: Verbs that set a qualifier but are not part of the span ("tops 25,000").
QUALIFYING_VERBS = {
    "more_than": [
        "tops", "topped", "topping", "top", "exceeds", "exceeded", "exceeding", "exceed",
        "surpassed", "surpasses", "surpassing", "surpass", "passed", "passes", "passing",
        "crossed", "crosses", "climbed past", "rose past", "rose above", "rose beyond",
        "went past", "went over", "risen above", "risen past",
    ],
    "about": ["neared", "nears", "nearing", "approached", "approaching", "approaches"],
}

#: Words that mark a sentence as reported speech ("X said").
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "confirmed",
    "confirms", "estimated", "estimates", "estimate", "announced", "announces", "stated",
    "states", "added", "adds", "noted", "notes", "claimed", "claims", "warned", "warns",
    "wrote", "writes", "tweeted", "posted", "insisted", "insists", "explained", "acknowledged",
    "admitted", "asserted", "alleged", "counted", "recorded", "documented", "tallied",
    "disclosed", "revealed", "indicated", "showed", "show", "shows", "put", "puts",
    "declared", "informed", "reiterated", "stressed", "cited", "quoted", "briefed",
    "updated", "revised", "raised", "lowered", "registered", "verified", "listed",
)
#: The same verbs where they introduce a speaker after the figure ("..., said X").
INVERTED_SPEECH = ("said", "says", "told", "added", "according", "wrote", "reported", "noted")

#: Category triggers: words around a figure and the category they imply.
CASUALTY_WORDS = {
    "killed": [
        "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying",
        "deaths", "death", "death toll", "toll", "fatalities", "fatality", "fatally", "slain",
        "perished", "massacred", "murdered", "executed", "lives lost", "lost their lives",
        "bodies", "body", "corpses", "shot dead", "lost their lives", "casualties", "buried",
        "drowned", "burned to death", "martyred", "martyrs", "died of", "killed in action",
        "deceased", "claimed the lives", "lost", "to death", "crushed to death",
        "burned to death", "beaten to death", "stabbed to death", "trampled to death",
        "hacked to death", "starved to death", "shot and killed", "gunned down", "slaughtered",
        "beheaded", "lynched", "suffocated", "electrocuted", "asphyxiated", "succumbed",
        "succumbed to their injuries", "among the dead", "were among the dead", "took the lives",
        "killed outright", "dead or presumed dead", "lives", "crushed", "trampled", "left dead", "dead bodies", "lost lives",
        "were found dead", "confirmed dead", "feared dead", "massacre",
    ],
    "injured": [
        "injured", "injuring", "injuries", "injures", "wounded", "wounding", "wounds",
        "hurt", "hospitalised", "hospitalized", "treated", "taken to hospital",
        "admitted to hospital", "in hospital", "receiving treatment", "treated in hospital", "maimed", "burned", "injury",
        "wounded in action", "sustained injuries", "needing treatment", "wounds",
    ],
    "hostages": [
        "hostage", "hostages", "captive", "captives", "abducted", "abducting", "abduction",
        "kidnapped", "kidnapping", "kidnap", "kidnaps", "held captive", "taken captive",
        "seized", "held hostage", "taken hostage", "abductees", "kidnap victims",
    ],
    "missing": [
        "missing", "unaccounted", "unaccounted for", "disappeared", "lost at sea",
        "remain missing", "whereabouts unknown", "trapped", "disappearances",
        "enforced disappearance", "enforced disappearances", "victims of enforced disappearance",
        "victims of enforced disappearances", "went missing", "gone missing",
    ],
    "displaced": [
        "displaced", "displacing", "fled", "flee", "fleeing", "flees", "evacuated",
        "evacuating", "evacuate", "evacuees", "evacuations", "refugees", "refugee",
        "homeless", "uprooted", "forced from their homes", "forced to leave", "relocated",
        "sheltering", "shelters", "crossed into", "crossed the border", "left their homes",
        "asylum seekers", "internally displaced", "lost their homes", "made homeless",
        "leaving", "fleeing", "forced to flee", "sought refuge", "took refuge", "seeking refuge",
        "sought shelter", "took shelter", "seeking shelter", "forced out", "driven out",
        "driven from their homes", "have arrived in", "arrived in", "crossed the border into", "have left", "had left", "from their homes",
        "out of their homes", "returned home", "have returned", "returnees", "flown out",
        "airlifted", "bused out", "moved to safety", "in evacuation centres",
        "in evacuation centers", "in relief camps", "in camps", "in shelters",
        "in temporary shelters", "in shelter", "ordered to evacuate", "ordered to leave",
        "crossed into",
    ],
    "detained": [
        "arrested", "arresting", "arrest", "arrests", "detained", "detaining", "detain",
        "detention", "detainees", "detainee", "prisoners", "prisoner", "jailed", "imprisoned",
        "in custody", "taken into custody", "rounded up", "apprehended", "charged",
        "held in custody", "incarcerated", "in detention", "behind bars", "in prison", "in jail", "political prisoners", "convicted", "sentenced",
    ],
}
#: Verbs whose category comes from the counted noun, with a fallback when none is given.
NEUTRAL_VERBS = {
    "deployed": "troops", "deploying": "troops", "deploy": "troops", "sent": "troops",
    "sending": "troops", "dispatched": "troops", "mobilised": "troops", "mobilized": "troops",
    "stationed": "troops", "fired": "munitions", "firing": "munitions", "launched": "munitions",
    "launching": "munitions", "shot down": "munitions", "intercepted": "munitions",
    "dropped": "munitions", "delivered": "aid", "entered": "aid", "crossed": "aid",
}

#: Counted nouns (singular and plural stems) and their category.
NOUN_CATEGORIES = {
    "hostages": [
        "hostage", "hostages", "captive", "captives", "abductee", "abductees", "kidnap victims",
    ],
    "detained": [
        "prisoner", "prisoners", "detainee", "detainees", "inmate", "inmates", "arrest",
        "arrests", "political prisoners",
    ],
    "displaced": [
        "refugee", "refugees", "evacuee", "evacuees", "asylum seekers", "asylum-seekers",
        "displaced people", "displaced persons", "internally displaced", "idps", "migrants",
        "evacuations",
    ],
    "missing": ["missing people", "missing persons"],
    "killed": [
        "bodies", "corpses", "dead", "deaths", "fatalities", "death", "martyrs",
        "casualties", "victims", "lives",
    ],
    "injured": ["injuries", "wounded", "injured"],
    "troops": [
        "troop", "troops", "soldier", "soldiers", "personnel", "servicemen", "servicewomen",
        "service members", "servicemembers", "marines", "sailors", "airmen", "reservists",
        "officers", "officer", "forces", "force", "paratroopers", "commandos", "peacekeepers",
        "police", "policemen", "police officers", "guardsmen", "national guard", "fighters",
        "militants", "combatants", "mercenaries", "advisers", "advisors", "instructors",
        "special forces", "brigades", "battalions", "divisions", "units", "recruits",
        "conscripts", "riot police", "security forces", "members of the national guard",
        "gendarmes", "rangers", "snipers", "pilots", "crew members", "infantry",
    ],
    "munitions": [
        "rocket", "rockets", "missile", "missiles", "drone", "drones", "bomb", "bombs",
        "shell", "shells", "warplane", "warplanes", "aircraft carrier", "aircraft carriers",
        "aircraft", "jets", "fighter jets", "fighter jet", "warships", "warship", "tanks",
        "tank", "helicopters", "helicopter", "artillery", "rounds", "mortars", "mortar",
        "grenades", "munitions", "projectiles", "projectile", "interceptors", "airstrikes",
        "air strikes", "strikes", "sorties", "bombers", "ballistic missiles", "cruise missiles",
        "launchers", "weapons", "rifles", "guns", "explosives", "mines", "landmines",
        "cluster bombs", "barrel bombs", "shahed drones", "destroyers", "submarines",
        "frigates", "vessels", "armoured vehicles", "armored vehicles", "howitzers",
        "carriers", "carrier strike groups", "attack drones", "kamikaze drones",
        "rocket launchers", "air raids", "raids", "attacks", "bombings",
    ],
    "aid": [
        "truck", "trucks", "lorries", "lorry", "convoys", "convoy", "aid trucks", "food parcels",
        "parcels", "meals", "food", "fuel", "water", "tonnes", "tons", "litres", "liters",
        "gallons", "rations", "aid", "supplies", "blankets", "tents", "medical supplies",
        "vaccines", "doses", "kits", "airdrops", "pallets", "bags of flour", "flour",
        "shipments", "packages", "aid packages", "food baskets",
    ],
    "population": [
        "residents", "inhabitants", "population", "people live", "citizens", "locals",
        "dwellers", "nationals", "population of",
    ],
    "infrastructure": [
        "hospital", "hospitals", "building", "buildings", "home", "homes", "house", "houses",
        "school", "schools", "mosques", "mosque", "churches", "church", "bridges", "bridge",
        "structures", "apartments", "apartment blocks", "clinics", "health facilities",
        "health centres", "health centers", "facilities", "dwellings", "housing units",
        "shelters", "roads", "power stations", "stations", "police stations", "power plants", "substations", "shops",
        "businesses", "residential buildings", "universities", "ambulances", "bakeries", "wells",
        "water wells", "kindergartens", "residences", "properties", "factories", "offices",
        "towers", "high-rises", "warehouses", "farms", "power lines", "dams", "camps",
    ],
}

#: Nouns that mean people but say nothing of the category.
PEOPLE_NOUNS = (
    "people", "persons", "person", "civilians", "civilian", "children", "child", "kids",
    "women", "men", "babies", "infants", "minors", "adults", "boys", "girls", "students",
    "pupils", "protesters", "protestors", "demonstrators", "workers", "journalists",
    "reporters", "doctors", "nurses", "medics", "paramedics", "patients", "passengers",
    "migrants", "villagers", "worshippers", "worshipers", "pilgrims", "miners", "tourists",
    "foreigners", "nationals", "citizens", "residents", "others", "individuals", "youths",
    "teenagers", "elderly", "family members", "relatives", "staff", "employees", "crew",
    "fishermen", "farmers", "herders", "aid workers", "volunteers", "rescuers",
    "firefighters", "settlers", "americans", "israelis", "palestinians", "ukrainians",
    "russians", "syrians", "sudanese", "afghans", "iranians", "iraqis", "lebanese",
    "yemenis", "haitians", "nigerians", "rohingya", "kurds", "people's", "victims",
    "gunmen", "attackers", "militants", "fighters", "insurgents", "rebels", "terrorists",
    "suspects", "schoolgirls", "schoolchildren", "churchgoers", "guests", "spectators",
    "fans", "shoppers", "bystanders", "survivors", "inmates", "prisoners", "detainees",
    "mourners", "voters", "activists", "opposition supporters", "supporters", "members",
    "officials", "diplomats", "hostages", "peacekeepers", "soldiers", "troops",
)

#: Nouns after a figure that make it a non-claim (units of time, measures, money...).
NON_CLAIM_UNITS = (
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "hrs", "minute", "minutes", "mins", "min", "second", "seconds", "secs", "decade",
    "decades", "century", "centuries", "night", "nights", "weekend", "weekends", "am", "pm",
    "a.m.", "p.m.", "gmt", "utc", "bst", "edt", "est", "cet", "local time", "o'clock",
    "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "mile", "miles", "mi",
    "metres", "meters", "metre", "meter", "feet", "foot", "ft", "inches", "inch", "cm",
    "mm", "millimetres", "millimeters", "centimetres", "centimeters", "yards", "kg", "kilograms", "kilos", "grams", "g", "lb", "lbs", "ounces", "acres",
    "hectares", "ha", "square", "sq", "degrees", "°", "°c", "°f", "celsius", "fahrenheit",
    "mph", "kph", "km/h", "knots", "percent", "per cent", "pc", "%", "percentage",
    "percentage points", "points", "point", "magnitude", "richter", "mw", "gw", "kw",
    "kwh", "megawatts", "gigawatts", "barrels", "bpd", "calories", "dollars", "dollar",
    "euros", "euro", "pounds", "sterling", "yuan", "yen", "rupees", "naira", "shillings",
    "hryvnias", "hryvnia", "rubles", "roubles", "francs", "usd", "eur", "gbp", "dinars",
    "lira", "liras", "pesos", "rand", "cents", "pence", "dirhams", "riyals", "rials",
    "shekels", "taka", "birr", "cedis", "times", "fold", "votes", "seats", "goals", "runs",
    "wickets", "sets", "games", "laps", "innings", "overs", "storeys", "stories", "floors",
    "bedrooms", "to one", "out of", "per", "bytes", "mb", "gb", "tb",
    "pixels", "carats", "volts", "amps", "horsepower", "hp", "mg", "ml", "ppm", "µg",
    "followers", "likes", "views", "subscribers", "pages", "words", "characters",
    "chapters", "episodes", "seasons", "ratings", "stars", "grade", "grades", "bits",
)
#: Words right before a figure that make it a label, not a count ("Resolution 2334").
LABEL_WORDS = (
    "no", "no.", "nos", "number", "page", "p.", "pp.", "article", "resolution", "section",
    "chapter", "route", "highway", "flight", "room", "gate", "platform", "level", "category",
    "phase", "block", "unit", "apartment", "terminal", "channel", "district", "ward", "zone",
    "sector", "camp", "tower", "building", "hall", "line", "bus", "train", "road", "street",
    "avenue", "interstate", "i-", "model", "version", "v", "series", "class", "type", "mark",
    "mk", "code", "paragraph", "clause", "amendment", "bill", "act", "law", "decree", "case",
    "file", "item", "figure", "table", "exhibit", "volume", "vol", "issue", "episode",
    "season", "stage", "round", "week", "day", "year", "years", "aged", "age", "ages",
    "magnitude", "size", "grade", "tier", "covid", "windows", "iphone", "boeing",
    "airbus", "patriot", "himars", "shahed", "fattah", "qassam",
    "grad", "kalibr", "iskander", "kinzhal", "unit", "brigade", "division", "battalion",
    "regiment", "squadron", "fleet", "army", "corps",
)
