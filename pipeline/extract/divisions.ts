// General knowledge the place extractor starts from: China's province-level divisions, the
// prefecture-level divisions of Xinjiang, large cities, and countries often named beside them.
// A name here, or in the gazetteer, is recognised with its level even when the text gives none.
import { GAZETTEER } from "./gazetteer.ts";

export type PlaceLevel = "country" | "region" | "province" | "municipality" | "prefecture" | "city" | "county" | "township" | "town" | "village" | "area" | "unknown";

const LIST: readonly [PlaceLevel, readonly string[]][] = [
  ["country", ["China", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Afghanistan", "India", "Japan", "United States", "US", "U.S.", "Britain", "UK", "Germany", "France", "Russia", "Turkey", "Mongolia"]],
  ["region", ["Xinjiang", "Tibet", "Inner Mongolia", "Guangxi", "Ningxia"]],
  ["municipality", ["Beijing", "Shanghai", "Tianjin", "Chongqing"]],
  ["province", ["Hebei", "Shanxi", "Liaoning", "Jilin", "Heilongjiang", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong", "Hainan", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Taiwan"]],
  ["prefecture", ["Kashi", "Kashgar", "Hotan", "Khotan", "Aksu", "Kizilsu", "Turpan", "Hami", "Changji", "Bortala", "Bayingolin", "Ili", "Tacheng", "Altay", "Karamay", "Urumqi"]],
  ["city", ["Shenzhen", "Guangzhou", "Hong Kong", "Macao", "Wuhan", "Chengdu", "Xi'an", "Kunming", "Lhasa", "Hangzhou", "Nanjing"]],
];

// Gazetteer spellings without a level word ("Kashi", "Akto", "Yusitunke Ayikule") are known too.
const LEVEL_WORD_IN_NAME = /\b(?:Autonomous|Region|Province|Prefecture|County|City|Town|Township|Village|Municipality|District)\b/i;
const LEVEL_BY_NAME: ReadonlyMap<string, PlaceLevel> = new Map([
  ...GAZETTEER.flatMap((e) => [e.name, ...e.aliases].filter((n) => !LEVEL_WORD_IN_NAME.test(n) && !/^[a-z]/.test(n)).map((n) => [n, e.level] as const)),
  ...LIST.flatMap(([level, names]) => names.map((n) => [n, level] as const)),
]);

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
