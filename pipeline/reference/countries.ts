// ISO 3166-1 alpha-2 codes in, one gazetteer entry per country out: id "iso-<code>", level
// "country", no parent or adcode, the English short name Node's Intl.DisplayNames gives, and the
// other names English texts use. A country the overlay already has (China, "cn") keeps its entry.
import type { GazetteerEntry } from "../gazetteer/gazetteer.ts";

// The 249 officially assigned ISO 3166-1 alpha-2 codes, written out rather than found by asking
// DisplayNames about every AA..ZZ: DisplayNames also names reserved and withdrawn codes (EU, UN,
// BU, DD, YU, ZZ ...), and a written list does not change when Node's ICU does. Dependent
// territories (GL, PR, ...) are ISO 3166-1 entries too and get level "country": PlaceLevel has
// nothing closer.
const ISO_3166_ALPHA_2 = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

// Hong Kong, Macao and Taiwan are entries under "cn" in the overlay (as in the seeds' gazetteer);
// a country entry of the same name would outrank them when a name is resolved without a level.
const NOT_COUNTRIES: ReadonlySet<string> = new Set(["HK", "MO", "TW"]);

// Other names English texts use, beyond what the DisplayNames name gives ("&" as "and", "St." as "Saint").
const CURATED_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ["UAE", "Emirates"],
  BA: ["Bosnia"],
  BS: ["The Bahamas"],
  CD: ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
  CG: ["Republic of the Congo", "Congo-Brazzaville"],
  CI: ["Ivory Coast"],
  CV: ["Cabo Verde"],
  CZ: ["Czech Republic"],
  FM: ["Federated States of Micronesia"],
  GB: ["UK", "U.K.", "Britain", "Great Britain"],
  GM: ["The Gambia"],
  KG: ["Kyrgyz Republic"],
  KP: ["DPRK", "Democratic People's Republic of Korea"],
  KR: ["Republic of Korea", "ROK"],
  LA: ["Lao PDR"],
  MK: ["Macedonia"],
  MM: ["Myanmar", "Burma"],
  NL: ["The Netherlands", "Holland"],
  PH: ["The Philippines"],
  PS: ["Palestine", "State of Palestine"],
  RU: ["Russian Federation"],
  SZ: ["Swaziland"],
  TL: ["East Timor"],
  TR: ["Turkey", "Republic of Turkey"],
  US: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  VA: ["Vatican", "Holy See"],
  VC: ["Saint Vincent and the Grenadines"],
  VN: ["Viet Nam"],
};

/** "St. Kitts & Nevis" → "St. Kitts and Nevis", "Saint Kitts & Nevis", "Saint Kitts and Nevis". */
function spelledOut(name: string): string[] {
  const ands = name.includes(" & ") ? [name, name.replaceAll(" & ", " and ")] : [name];
  return ands.flatMap((n) => (n.startsWith("St. ") ? [n, `Saint ${n.slice(4)}`] : [n])).filter((n) => n !== name);
}

/**
 * One entry per ISO code, in code order, leaving out Hong Kong, Macao, Taiwan and any country whose
 * name is already the name or an alias of a country in `overlay`. Throws if DisplayNames does not
 * know a code (a programmer error: the list above is wrong or Node has no ICU data).
 */
export function countryEntries(overlay: readonly GazetteerEntry[]): GazetteerEntry[] {
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const known = new Set(overlay.filter((e) => e.level === "country").flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())));
  const out: GazetteerEntry[] = [];
  for (const code of ISO_3166_ALPHA_2) {
    if (NOT_COUNTRIES.has(code)) continue;
    const name = display.of(code);
    if (name === undefined) throw new Error(`countryEntries: Intl.DisplayNames has no English name for ISO 3166-1 code ${code}`);
    if (known.has(name.toLowerCase())) continue;
    const seen = new Set([name.toLowerCase()]);
    const aliases = [...spelledOut(name), ...(CURATED_ALIASES[code] ?? [])].filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
    out.push({ id: `iso-${code.toLowerCase()}`, name, level: "country", parent: null, aliases, adcode: null });
  }
  return out;
}

/** How many codes the list holds (249), for a test that it is the whole of ISO 3166-1. */
export const ISO_CODE_COUNT = ISO_3166_ALPHA_2.length;
