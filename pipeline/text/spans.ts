// Small helpers shared by the entity extractors: whole-word occurrences of a name in a text, and
// choosing non-overlapping spans. Offsets are UTF-16 indices into the normalized text.
export interface TextSpan {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every occurrence of `needle` in `text` that is not part of a longer word. */
export function wholeWordOccurrences(text: string, needle: string): TextSpan[] {
  const out: TextSpan[] = [];
  if (needle === "") return out;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return out;
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) {
      out.push({ start: at, end: at + needle.length });
    }
    from = at + 1;
  }
}

/** Keeps, in order of start, each item that does not overlap one kept before it (longest first at a tie). */
export function nonOverlapping<T extends TextSpan>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = -1;
  for (const item of sorted) {
    if (item.start < reach) continue;
    kept.push(item);
    reach = item.end;
  }
  return kept;
}

/** The first index in `sorted` (items in order of start) whose item starts at or after `offset`. */
export function firstFrom(sorted: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Capitalised words that open sentences or headings and are not names. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "In", "The", "A", "An", "All", "Many", "Some", "Each", "Every", "Of", "And", "From", "To", "For", "At", "By", "On",
  "With", "As", "This", "That", "These", "Those", "Northwest", "Northeast", "Southwest", "Southeast", "North", "South",
  "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "According", "However", "Last", "Today",
  "Now", "Under", "After", "Before", "Since", "During", "When", "While", "If", "But", "So", "Yet", "Also", "Other",
  "Women", "Men", "Workers", "Villagers", "Officials", "Residents", "Farmers", "Children", "People", "Counties",
  "Villages", "Local", "Rural", "Western", "Chinese", "Recently", "Mr", "Mrs", "Ms", "Dr", "Prof", "Mr.", "Mrs.",
  "Ms.", "Dr.", "Prof.", "Photo", "Source", "Read", "Our", "My", "Their", "His", "Her", "Its", "We", "They", "He",
  "She", "It", "I", "You", "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "Could", "Would", "Will",
  "Thank", "Any", "No", "Not", "Both", "Such", "Most", "More", "Several", "Frequent", "Precise", "Cultivating",
  "Planting", "Promoting", "Pairing", "Door-to-door", "Cracking", "Aside", "Officials", "Leaders",
  // Time words that open sentences ("Yesterday Awati county held a fair").
  "Yesterday", "Tomorrow", "Tonight", "Meanwhile", "Currently", "Previously", "Later", "Earlier", "Then", "Next",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December", "Once", "Until",
]);
