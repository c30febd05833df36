// A paragraph of a page's references in; the people it cites as authors out, as their names are written in
// prose: "3. Hallett, Margaret (1996). Peoples of ..." cites Margaret Hallett, "7. Ma, Lan; Zhou, Peng (2021)."
// cites Ma Lan and Zhou Peng (a Chinese surname stays first, as Chinese names are written).
import { isChineseNameParts, isNotNameWord, personNameForm } from "../text/name-forms.ts";

export interface CitedAuthor {
  name: string;
  /** Where the name stands as the reference writes it ("Hallett, Margaret"), relative to the paragraph. */
  at: number;
  length: number;
}

// "7. ", "3. ^ ", "↑ ": the entry's number and an encyclopedia's back-link, then the authors up to the year in brackets.
const CITED_BEFORE_YEAR = /^(?:\d{1,3}\.? ?)?(?:[\^↑] ?)?([^()\n]{3,240}?) \((?:19|20)\d{2}[a-z]?\)/u;
const INVERTED_NAME = /^(\p{Lu}[\p{L}'’-]{1,30}), (\p{Lu}[\p{L}'’-]{0,30}(?: \p{Lu}[\p{L}'’-]{0,30}){0,2})$/u;
const AUTHOR_SEPARATOR = /; |,? and | & /;
const MAX_AUTHORS = 8;

export function referenceAuthors(paragraph: string): CitedAuthor[] {
  const cited = CITED_BEFORE_YEAR.exec(paragraph);
  if (cited === null) return [];
  const parts = cited[1]!.split(AUTHOR_SEPARATOR);
  if (parts.length > MAX_AUTHORS) return [];
  const names = parts.map((p) => INVERTED_NAME.exec(p.trim()));
  // (Every part must be a name turned round, "Surname, Given", or the entry cites no people: "Beijing, China (2019)".)
  if (names.some((n) => n === null || isNotNameWord(n[1]!) || n[2]!.split(" ").some(isNotNameWord))) return [];
  const out: CitedAuthor[] = [];
  let from = cited.index + cited[0].indexOf(cited[1]!);
  for (const n of names) {
    const surname = n![1]!;
    const given = n![2]!;
    const chinese = isChineseNameParts(surname, given);
    const name = chinese ? `${surname} ${given}` : `${given} ${surname}`;
    if (personNameForm(name.split(" ")) === null && !chinese) continue;
    const at = paragraph.indexOf(n![0], from);
    out.push({ name, at, length: n![0].length });
    from = at + n![0].length;
  }
  return out;
}
