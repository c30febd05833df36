// A claim and its sentence in; the indicator it measures out (from schemas/indicators.json), or
// null. An indicator fits when it allows the claim's unit and one of its cues stands in the same
// sentence near the figure; higher precedence wins, then the nearest cue, then the longer one.
import codeList from "../../schemas/indicators.json" with { type: "json" };
import type { UnitCode } from "./units.ts";

export interface Indicator {
  code: string;
  label: string;
  units: string[];
  cues: string[];
  description: string;
  /** Wins over nearer cues of other indicators ("poverty line" over "income"). */
  precedence?: number;
}

export const INDICATORS: readonly Indicator[] = codeList.indicators;
export const INDICATOR_LIST_VERSION: string = codeList.version;

// A cue farther than this from the figure belongs to another part of the sentence.
const MAX_DISTANCE = 160;

export function indicatorFor(unit: UnitCode, sentence: string, start: number, end: number): string | null {
  const lower = sentence.toLowerCase();
  let best: { code: string; precedence: number; distance: number; length: number } | null = null;
  for (const indicator of INDICATORS) {
    if (!indicator.units.includes(unit)) continue;
    for (const cue of indicator.cues) {
      for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
        const distance = at >= end ? at - end : at + cue.length <= start ? start - (at + cue.length) : 0;
        if (distance > MAX_DISTANCE) continue;
        const precedence = indicator.precedence ?? 0;
        const better = !best || precedence > best.precedence || (precedence === best.precedence && (distance < best.distance || (distance === best.distance && cue.length > best.length)));
        if (better) best = { code: indicator.code, precedence, distance, length: cue.length };
      }
    }
  }
  return best?.code ?? null;
}
