// A synthetic corpus for the benchmark, the same for the same seed: documents of about 5 KB made by
// recombining sentence patterns of the kinds the seeds hold (figures with qualifiers, periods and
// places, people with roles, quotes, reporting clauses, site chrome).
const PLACES = ["Hotan", "Kashgar Prefecture", "Aksu", "Awati county", "Yunnan Province", "Wensu county", "southern Xinjiang", "Qianjin village", "Zhenxiong County", "Urumqi"];
const PEOPLE = ["Li Fang", "Wang Xin", "Chen Lei", "Zhang Peng", "Ma Jing", "Liu Yong", "Yang Fan", "Zhao Lei"];
const ROLES = ["director of the county poverty alleviation office", "head of the village work team", "a villager in Qianjin village", "deputy secretary of the prefecture"];
const UNITS = ["officials", "households", "villages", "people", "workers", "companies", "programs", "counties"];
const HEDGES = ["more than ", "nearly ", "about ", "at least ", "", "", "over "];
const YEARS = ["2016", "2017", "2018", "2019", "2020"];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const figure = (r: () => number) => (r() < 0.3 ? `${(r() * 9 + 1).toFixed(2)} million` : Math.floor(r() * 99000 + 10).toLocaleString("en-US"));

const SENTENCES: ((r: () => number) => string)[] = [
  (r) => `By the end of ${pick(r, YEARS)}, ${pick(r, HEDGES)}${figure(r)} ${pick(r, UNITS)} in ${pick(r, PLACES)} had joined the programme.`,
  (r) => `The rate of poverty incidence in ${pick(r, PLACES)} decreased from ${(r() * 30).toFixed(2)} percent in ${pick(r, YEARS)} to ${(r() * 10).toFixed(2)} percent in ${pick(r, YEARS)}, according to data from the poverty alleviation office.`,
  (r) => `${pick(r, PEOPLE)}, ${pick(r, ROLES)}, said that ${figure(r)} ${pick(r, UNITS)} had been paired with local families.`,
  (r) => `"We now earn ${Math.floor(r() * 5000 + 800).toLocaleString("en-US")} yuan a month," ${pick(r, PEOPLE)} said, smiling.`,
  (r) => `She now has a monthly income of ${Math.floor(r() * 3000 + 500).toLocaleString("en-US")} yuan ($${Math.floor(r() * 400 + 80)}).`,
  (r) => `In ${pick(r, YEARS)}, the county invested ${pick(r, HEDGES)}${Math.floor(r() * 90 + 5)} million yuan to build ${Math.floor(r() * 20 + 2)} factories in ${pick(r, PLACES)}.`,
  () => `The working team visits the village every two months and stays for five days at a time.`,
  (r) => `Officials in ${pick(r, PLACES)} said the new roads had changed daily life for residents, who now sell fruit in nearby towns.`,
];

// Narrative without figures, as most of a news text is: the seeds hold about 3 claims and 21
// records per KB, and with these the synthetic corpus holds about as many.
const PROSE: ((r: () => number) => string)[] = [
  (r) => `Many families in ${pick(r, PLACES)} grow walnuts and red dates on small plots beside their houses.`,
  () => `Local officials describe the training courses as a way to help young people find steady work.`,
  (r) => `The road to ${pick(r, PLACES)} winds through cotton fields and orchards before reaching the market town.`,
  () => `Critics abroad have questioned how voluntary the labour transfer programmes are.`,
  () => `The report did not say how the figures had been collected or who had checked them.`,
  (r) => `A cooperative in ${pick(r, PLACES)} now sells dried fruit online to buyers in eastern cities.`,
  () => `The government says the campaign is meant to end absolute poverty across the region.`,
  () => `Residents interviewed at the market spoke about new housing, schools and clinics.`,
];

const CHROME = ["Home", "Log in", "Share on Facebook | Share on Twitter | Print", "Related articles", "comments powered by Disqus", "1 2 3 Next"];

export function syntheticDocument(seed: number, bytes = 5_000): string {
  const r = rng(seed);
  const lines = [`${pick(r, ["Officials", "Households", "Villages"])} in ${pick(r, PLACES)} report progress ${seed}`, `By ${pick(r, PEOPLE)} Source: Daily Report Published: 2019/${1 + (seed % 12)}/${1 + (seed % 28)} 10:00:00`];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 2 + Math.floor(r() * 3) }, () => (r() < 0.72 ? pick(r, PROSE)(r) : pick(r, SENTENCES)(r))).join(" ");
    lines.push("", paragraph);
    size += paragraph.length;
    if (r() < 0.1) lines.push("", pick(r, CHROME));
  }
  return `${lines.join("\n")}\n`;
}
