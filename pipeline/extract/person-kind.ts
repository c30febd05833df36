// A person's role as a text gives it in; what kind of person that makes them out: an official, a
// spokesperson, a journalist, a researcher, a resident (a private individual, whose name may be pseudonymized),
// or other. Read from the role's head words, most specific first.
export type PersonKind = "official" | "spokesperson" | "journalist" | "researcher" | "resident" | "other";

/** The role of a person the byline credits. */
export const BYLINE_ROLE = "byline author";
/** The role of a paper's writer, credited over an affiliation. */
export const PAPER_AUTHOR_ROLE = "paper author";

const KINDS: readonly [RegExp, PersonKind][] = [
  [/\b(?:spokesperson|spokesman|spokeswoman|press officer)\b/i, "spokesperson"],
  [/\b(?:reporter|journalist|correspondent|editor|anchor|columnist|host|photographer|byline author)\b/i, "journalist"],
  [/\b(?:paper author|professor|researcher|scholar|fellow|analyst|economist|academic|lecturer|scientist|sociologist|anthropologist|demographer|ethnographer|expert|specialist)\b/i, "researcher"],
  [/\b(?:official|officer|cadre|director|secretary|chief|head|governor|mayor|minister|premier|ambassador|envoy|councillor|councilor|inspector|commissioner|chairman|chairwoman|chairperson|deputy|leader|president|vice|party|committee|government|bureau|department|office)\b/i, "official"],
  [/\b(?:villager|resident|farmer|herder|worker|student|trainee|graduate|teacher|doctor|driver|owner|shopkeeper|migrant|employee|picker|grower|vendor|trader|labourer|laborer|weaver|tailor|mother|father|grandmother|grandfather|local|woman|man|housewife|widow|retiree)\b|\b\d{1,3}-year-old\b/i, "resident"],
];

export function personKind(role: string | null): PersonKind {
  if (role === null) return "other";
  for (const [pattern, kind] of KINDS) if (pattern.test(role)) return kind;
  return "other";
}
