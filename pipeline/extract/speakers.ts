// Words naming a speaker in, the fullest name the document gives out: a person mentioned inside
// them, else a description of a person kept as written ("an official from ..."), else an
// organisation mentioned inside them; pronouns and "the official" stand for the last speaker.
import type { Entities } from "./entities.ts";
import { overlaps, type TextSpan } from "./spans.ts";

const ANAPHOR = /^(?:he|she|they|it|the official|the officials|the spokesperson|the spokesman|the source|the release|the report|the document|the statement|the bulletin|the paper|the article|the plan|the notice)$/i;
const PERSON_NOUN = /\b(?:officials?|residents?|villagers?|experts?|spokesperson|spokesman|spokeswoman|sources?|head|director|chief|leaders?|people|farmers?|workers?|reporters?)\b/i;

export interface SpeakerResolver {
  /** Resolves the speaker named at `span` of the document text, remembering it for later anaphors. */
  resolve(span: TextSpan): string | null;
}

export function speakerResolver(text: string, entities: Entities): SpeakerResolver {
  let last: string | null = null;
  const inside = <T extends { mentions: TextSpan[] }>(list: T[], span: TextSpan) =>
    list.map((e) => ({ e, at: e.mentions.find((m) => overlaps(m, span))?.start ?? Infinity })).filter((x) => x.at !== Infinity).sort((a, b) => a.at - b.at)[0]?.e;
  return {
    resolve(span) {
      const words = text.slice(span.start, span.end).trim();
      if (words === "") return null;
      if (ANAPHOR.test(words)) return last ?? words;
      const person = inside(entities.people, span);
      let name: string;
      if (person) name = person.name;
      else if (PERSON_NOUN.test(words.split(" ").slice(0, 4).join(" "))) name = words;
      else name = inside(entities.organisations, span)?.name ?? words.replace(/^the /i, "");
      last = name;
      return name;
    },
  };
}
