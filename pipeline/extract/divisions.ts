// General knowledge the place extractor starts from: China's province-level divisions, the
// prefecture-level divisions of Xinjiang, large cities, and countries often named beside them.
// A name here is recognised with its level even when the text gives no level word.
export type PlaceLevel = "country" | "region" | "province" | "municipality" | "prefecture" | "city" | "county" | "township" | "town" | "village" | "area" | "unknown";

const LIST: readonly [PlaceLevel, readonly string[]][] = [
  ["country", ["China", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Afghanistan", "India", "Japan", "United States", "US", "U.S.", "Britain", "UK", "Germany", "France", "Russia", "Turkey", "Mongolia"]],
  ["region", ["Xinjiang", "Tibet", "Inner Mongolia", "Guangxi", "Ningxia"]],
  ["municipality", ["Beijing", "Shanghai", "Tianjin", "Chongqing"]],
  ["province", ["Hebei", "Shanxi", "Liaoning", "Jilin", "Heilongjiang", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong", "Hainan", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Taiwan"]],
  ["prefecture", ["Kashi", "Kashgar", "Hotan", "Khotan", "Aksu", "Kizilsu", "Turpan", "Hami", "Changji", "Bortala", "Bayingolin", "Ili", "Tacheng", "Altay", "Karamay", "Urumqi"]],
  ["city", ["Shenzhen", "Guangzhou", "Hong Kong", "Macao", "Wuhan", "Chengdu", "Xi'an", "Kunming", "Lhasa", "Hangzhou", "Nanjing"]],
];

const LEVEL_BY_NAME: ReadonlyMap<string, PlaceLevel> = new Map(LIST.flatMap(([level, names]) => names.map((n) => [n, level] as const)));

export function listedLevel(name: string): PlaceLevel | undefined {
  return LEVEL_BY_NAME.get(name);
}

export function listedNames(): readonly string[] {
  return [...LEVEL_BY_NAME.keys()];
}

/** Level words as texts write them after a name ("Awati county", "Xinjiang Uygur Autonomous Region"). */
export const LEVEL_WORDS: readonly [RegExp, PlaceLevel][] = [
  [/^(?:Uygur |Uyghur |Uighur |Hui |Zhuang |Tibet )?Autonomous Region$/i, "region"],
  [/^Autonomous Prefecture$/i, "prefecture"],
  [/^Autonomous County$/i, "county"],
  [/^Province$/i, "province"],
  [/^Municipality$/i, "municipality"],
  [/^Prefecture$/i, "prefecture"],
  [/^City$/i, "city"],
  [/^County$/i, "county"],
  [/^District$/i, "county"],
  [/^Township$/i, "township"],
  [/^Town$/i, "town"],
  [/^Village$/i, "village"],
];
