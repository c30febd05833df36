// A repository's or a journal's page gives the item as it asks to be cited, under "Suggested Citation",
// "Recommended Citation" or "Citation": its authors, year, title and journal or publisher in one line. Where the
// page's header sets them among menus and buttons, the citation says which is which.
import { surnameLast, type RecordFields } from "./dublin-core.ts";
import { isChineseSurname, personNameForm } from "../text/name-forms.ts";

export interface CitedFields extends RecordFields {
  outlet?: string;
}

// "Suggested Citation", "Recommended Citation", "Citation", "How to cite this article": the label over the line.
const CITATION_LABEL = /^(?:(?:Suggested|Recommended|Preferred) )?Citation:?$|^How to cite(?: this (?:article|paper|item|chapter|report))?:?$/i;
// ("dc.identifier.citation  Solheim, Ingrid Marie. Title. Master thesis, ...": a record's row with the line after its field.)
const CITATION_ROW = /^(?:dc\.identifier\.citation|(?:Suggested|Recommended) Citation:)\s+(\S.{20,600})$/;
// How far down the page the citation is looked for, and how long a line it may be (so its patterns' cost is bounded).
const CITATION_REACH = 200;
const CITATION_CHARS = 700;
const YEAR = "((?:19|20)\\d{2})";
// 'Abdukerim Rozi & Li Wenjing, 2022. "Title," Review of X, Publisher, vol. 14(3), ...' (RePEc's form).
const YEAR_THEN_QUOTED = new RegExp(`^(.{3,300}?), ${YEAR}\\. ["“](.{5,300}?),?["”] (\\p{Lu}[^,]{2,120}),`, "u");
// 'Hu, Lingxiao, "Title" (2022). Dissertations and Theses. Paper 6121.' (a digital commons' form).
const QUOTED_THEN_YEAR = new RegExp(`^(.{3,200}?), ["“](.{5,300}?)["”] \\(${YEAR}\\)\\.`, "u");
// "Solheim, Ingrid Marie. Title. Master thesis, University of Oslo, 2022" (a thesis record's form).
const THESIS = new RegExp(`^(.{3,120}?)\\. (.{5,300}?)\\. (?:Master|PhD|Doctoral|Bachelor)(?:['’]s)? (?:thesis|dissertation), (\\p{Lu}[^,]{2,120}), ${YEAR}\\.?$`, "u");
// "Hartmann, Ulrike; Zhao, Mingyue. 2022. Title. © Washington, DC: World Bank. http://..." (a bank's repository form).
const YEAR_THEN_TITLE = new RegExp(`^(.{3,300}?)\\.? ${YEAR}\\. (.{5,300}?)\\. (?:© ?)?(?:[\\p{L} ,]{2,40}: )?(\\p{Lu}[^.:]{2,80})\\.`, "u");

/** The authors, year, title and outlet of the line a page gives to cite it by, or null where it gives none. */
export function pageCitation(lines: readonly string[]): CitedFields | null {
  const reach = lines.slice(0, CITATION_REACH);
  const labelled = reach.findIndex((l) => CITATION_LABEL.test(l.trim()));
  const line = labelled >= 0 ? reach[labelled + 1]?.trim() : reach.map((l) => CITATION_ROW.exec(l)?.[1]).find((c) => c !== undefined);
  if (line === undefined) return null;
  // ("Lingxiao Hu, Portland State University" under the title: the order the page writes a name in elsewhere.)
  const written = (name: string) => reach.some((l) => l.startsWith(name));
  return parseCitation(line, written);
}

/** One citation line, read in the first of the forms above it fits. */
export function parseCitation(line: string, writtenSo: (name: string) => boolean = () => false): CitedFields | null {
  if (line.length > CITATION_CHARS) return null;
  const repec = YEAR_THEN_QUOTED.exec(line);
  if (repec) return fields(repec[1]!.split(/ & | and /), repec[2]!, repec[3]!, writtenSo, repec[4]!);
  const commons = QUOTED_THEN_YEAR.exec(line);
  if (commons) return fields([commons[1]!], commons[3]!, commons[2]!, writtenSo);
  const thesis = THESIS.exec(line);
  if (thesis) return fields([thesis[1]!], thesis[4]!, thesis[2]!, writtenSo, thesis[3]!);
  const bank = YEAR_THEN_TITLE.exec(line);
  if (bank) return fields(bank[1]!.split("; "), bank[2]!, bank[3]!, writtenSo, bank[4]!);
  return null;
}

function fields(authors: readonly string[], year: string, title: string, writtenSo: (name: string) => boolean, outlet?: string): CitedFields {
  // ("Hu, Lingxiao": a catalogue's surname first, as prose writes it; "Ma Jianguo" as it stands.)
  const names = authors.map((a) => asWritten(a.trim(), writtenSo)).filter((a) => a !== "");
  return { author: names.join("; "), published: year, title: title.trim(), ...(outlet === undefined ? {} : { outlet: outlet.trim() }) };
}

/**
 * "Hartmann, Ulrike" as "Ulrike Hartmann"; "Zhao, Mingyue" as "Zhao Mingyue", a Chinese name keeping its surname first,
 * unless the page writes it given name first elsewhere ("Lingxiao Hu").
 */
function asWritten(name: string, writtenSo: (name: string) => boolean): string {
  const [surname, given] = name.split(", ");
  const chinese = given !== undefined && isChineseSurname(surname!) && personNameForm([surname!, given]) === "chinese";
  return chinese && !writtenSo(`${given} ${surname}`) ? `${surname} ${given}` : surnameLast(name);
}
