// One normalized document in, everything extracted from it out: entities first (quotes need them
// to name speakers), then quotes (claims need them to know who is speaking), then claims.
import type { NormalizedDocument } from "../normalize/document.ts";
import { extractClaims, type Claim } from "./claims.ts";
import { extractEntities, type Entities } from "./entities.ts";
import { extractQuotes, type Quote } from "./quotes.ts";
import { speakerResolver } from "./speakers.ts";
import { creditOf } from "./document-voice.ts";
import { rememberedClauses } from "./speech.ts";
import { earlierSpeakers } from "./earlier-speakers.ts";

export interface Extraction {
  entities: Entities;
  quotes: Quote[];
  claims: Claim[];
}

export function extractDocument(doc: NormalizedDocument): Extraction {
  const entities = extractEntities(doc);
  // Quotes and claims' attribution read the same sentences' reporting clauses: worked out once.
  const clausesOf = rememberedClauses();
  // And name speakers the same way: the resolver's lists of people, bodies and quotations are built once.
  const authors = doc.metadata.author === null ? [] : doc.metadata.author.split("; ");
  const resolver = speakerResolver(doc.text, entities, authors.length > 0 ? creditOf(authors) : doc.metadata.outlet, earlierSpeakers(doc, clausesOf));
  const quotes = extractQuotes(doc, entities, clausesOf, resolver);
  return { entities, quotes, claims: extractClaims(doc, entities, quotes, clausesOf, resolver) };
}
