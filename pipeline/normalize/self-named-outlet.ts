// A page's text in; the outlet it names as itself at work, out: "told the Global Times", "when The
// Straits Times visited him", "reached by Xinhua". News copy names its own outlet so, and rarely
// another one; when the text names two or more outlets so, none is chosen.

const MEDIA = "(?:[\\p{Lu}][\\p{L}’'&.-]*\\s){0,3}(?:Times|Daily|News|Post|Journal|Herald|Tribune|Review|Weekly|Monitor|Xinhua|Reuters|AFP|AP|BBC|CNN|CGTN|NPR|Agency|Television|TV|Radio)";
const SELF_NAMED = new RegExp(
  `\\b(?:told|reached by|contacted by|interviewed by|spoke to|spoke with|said to)\\s(?:[Tt]he\\s)?(${MEDIA})\\b|\\b(?:[Tt]he\\s)?(${MEDIA})(?:'s|’s)?\\s(?:visited|interviewed|learned|found|reporters?|correspondents?|journalists?)\\b`,
  "gu",
);

export function selfNamedOutlet(text: string): string | null {
  const names = new Set<string>();
  for (const m of text.matchAll(SELF_NAMED)) names.add((m[1] ?? m[2]!).trim().replace(/^The /, ""));
  return names.size === 1 ? [...names][0]! : null;
}
