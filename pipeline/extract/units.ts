// The controlled vocabulary of units: the noun a number counts (as written, singular or plural) in,
// a unit code of the claims schema out. Grouped by what is counted; order within a group is free.
export type UnitCode =
  | "person" | "official" | "household" | "family" | "village" | "township" | "county" | "prefecture" | "province"
  | "company" | "programme" | "project" | "factory" | "cooperative" | "job" | "visit" | "wave" | "group" | "animal"
  | "tonne" | "item" | "CNY" | "USD" | "currency_unspecified" | "percent" | "year" | "month" | "week" | "day"
  | "hour" | "year_of_age" | "count";

const VOCABULARY: readonly [UnitCode, readonly string[]][] = [
  // People
  ["official", ["official", "officials", "cadre", "cadres", "civil servant", "civil servants", "officer", "officers"]],
  ["person", ["people", "person", "persons", "resident", "residents", "villager", "villagers", "worker", "workers", "farmer", "farmers", "herder", "herders", "girl", "girls", "boy", "boys", "child", "children", "student", "students", "trainee", "trainees", "graduate", "graduates", "woman", "women", "man", "men", "individual", "individuals", "migrant", "migrants", "labourer", "labourers", "laborer", "laborers", "apprentice", "apprentices", "employee", "employees", "teacher", "teachers", "doctor", "doctors", "member", "members", "relative", "relatives", "volunteer", "volunteers", "inhabitant", "inhabitants", "citizen", "citizens", "poor", "peoples", "population",
    "pupil", "pupils", "patient", "patients", "researcher", "researchers", "scholar", "scholars", "expert", "experts",
    "journalist", "journalists", "reporter", "reporters", "nurse", "nurses", "engineer", "engineers", "technician", "technicians",
    "instructor", "instructors", "participant", "participants", "applicant", "applicants", "visitor", "visitors", "tourist", "tourists",
    "detainee", "detainees", "prisoner", "prisoners", "Muslims", "retiree", "retirees", "returnee", "returnees", "Uyghurs", "Uighurs", "Uygurs", "Kazakhs", "Tibetans", "entrants", "youths",
    "adult", "adults", "local", "locals", "shepherd", "shepherds", "herdsman", "herdsmen", "herdswoman", "herdswomen", "nomad", "nomads",
    "son", "sons", "daughter", "daughters", "sibling", "siblings", "grandchild", "grandchildren", "kid", "kids", "infant", "infants",
    "picker", "pickers", "fisherman", "fishermen", "craftsman", "craftsmen", "artisan", "artisans", "entrepreneur", "entrepreneurs",
    "respondent", "respondents", "interviewee", "interviewees", "manager", "managers", "female", "females", "male", "males",
    "peasant", "peasants", "beneficiary", "beneficiaries", "dweller", "dwellers", "settler", "settlers", "refugee", "refugees", "minor", "minors",
    "elderly", "senior", "seniors", "orphan", "orphans", "jobseeker", "jobseekers", "job seekers", "staff"]],
  ["household", ["household", "households", "home", "homes"]],
  ["family", ["family", "families"]],
  // Places and administrative units
  ["village", ["village", "villages", "hamlet", "hamlets"]],
  ["township", ["township", "townships", "town", "towns"]],
  ["county", ["county", "counties"]],
  ["prefecture", ["prefecture", "prefectures", "city", "cities"]],
  ["province", ["province", "provinces", "region", "regions", "municipality", "municipalities"]],
  // Organisations and undertakings
  ["company", ["company", "companies", "enterprise", "enterprises", "firm", "firms", "business", "businesses", "shop", "shops"]],
  ["programme", ["program", "programs", "programme", "programmes", "scheme", "schemes", "campaign", "campaigns"]],
  ["project", ["project", "projects"]],
  ["factory", ["factory", "factories", "workshop", "workshops", "plant", "plants", "base", "bases"]],
  ["cooperative", ["cooperative", "cooperatives", "co-op", "co-ops"]],
  ["job", ["job", "jobs", "position", "positions", "post", "posts"]],
  ["visit", ["visit", "visits", "trip", "trips"]],
  ["wave", ["wave", "waves", "batch", "batches", "round", "rounds"]],
  ["group", ["group", "groups", "team", "teams"]],
  // Things
  ["animal", ["sheep", "cow", "cows", "cattle", "goat", "goats", "animal", "animals", "livestock", "chicken", "chickens", "pig", "pigs", "yak", "yaks", "camel", "camels", "horse", "horses"]],
  ["tonne", ["ton", "tons", "tonne", "tonnes"]],
  ["item", ["stick", "sticks", "seedling", "seedlings", "tree", "trees", "product", "products", "unit", "units", "order", "orders", "piece", "pieces", "set", "sets", "bag", "bags", "box", "boxes", "house", "houses", "bed", "beds", "school", "schools", "hospital", "hospitals", "clinic", "clinics", "road", "roads"]],
  // Money
  ["CNY", ["yuan", "renminbi", "rmb", "yuan renminbi"]],
  ["USD", ["dollar", "dollars", "us dollars", "u.s. dollars", "cent", "cents", "us cents", "u.s. cents"]],
  ["percent", ["percent", "per cent", "%", "percentage points", "percentage point"]],
  // Time
  ["year", ["year", "years", "decade", "decades"]],
  ["month", ["month", "months"]],
  ["week", ["week", "weeks"]],
  ["day", ["day", "days"]],
  ["hour", ["hour", "hours"]],
];

const BY_WORD: ReadonlyMap<string, UnitCode> = new Map(VOCABULARY.flatMap(([code, words]) => words.map((w) => [w.toLowerCase(), code] as const)));

export const TIME_UNITS: ReadonlySet<UnitCode> = new Set(["year", "month", "week", "day", "hour"]);
export const MONEY_UNITS: ReadonlySet<UnitCode> = new Set(["CNY", "USD", "currency_unspecified"]);

export function unitForWord(word: string): UnitCode | undefined {
  return BY_WORD.get(word.toLowerCase());
}

/** Every unit code with the words that map to it, for the data dictionary. */
export function unitVocabulary(): readonly [UnitCode, readonly string[]][] {
  return VOCABULARY;
}
