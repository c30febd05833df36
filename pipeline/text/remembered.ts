// A pure function of one string, remembered for the strings it was last given. The header's rules ask the
// same few lines the same questions (is this a date? a headline?) many times over; each answer is worked out
// once. The memory is forgotten whole when it is full, so it stays small, and what it returns is what the
// function returns: only the time changes.

/** `work`, remembered for up to `limit` distinct strings at a time; `copy` gives each caller its own copy of a mutable answer. */
export function remembered<T>(work: (text: string) => T, limit: number, copy: (answer: T) => T = (answer) => answer): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      if (known.size >= limit) known.clear();
      known.set(text, (answer = work(text)));
    }
    return copy(answer);
  };
}
