// Every document's person_roles rows in; one people row per person across documents out. The same
// name is the same person; the first document (in document_id order) gives the name's first
// mention, and the first role that tells a kind decides the kind. Rows are taken a document at a
// time and only each person's tallies are kept, so the memory is the people's, not the roles'.
import type { Row } from "../dataset.ts";
import { compareStrings } from "../text/compare.ts";

interface Tally {
  /** The role in the first document (the earliest given, among roles of the same document). */
  first: Row;
  firstDocument: string;
  /** The kind of the first role that tells one, and its document; null while none has. */
  kind: Row[string] | undefined;
  kindDocument: string | null;
  documents: number;
  mentions: number;
}

export class PeopleMerger {
  private readonly tallies = new Map<string, Tally>();

  add(personRoles: readonly Row[]): void {
    for (const role of personRoles) {
      const id = String(role.person_id);
      const document = String(role.document_id);
      const tellsKind = role.kind !== "other";
      const tally = this.tallies.get(id);
      if (tally === undefined) {
        this.tallies.set(id, { first: role, firstDocument: document, kind: tellsKind ? role.kind : null, kindDocument: tellsKind ? document : null, documents: 1, mentions: Number(role.mention_count) });
        continue;
      }
      tally.documents++;
      tally.mentions += Number(role.mention_count);
      // Strictly earlier only: of two roles in one document, the one given first stays first.
      if (compareStrings(document, tally.firstDocument) < 0) {
        tally.first = role;
        tally.firstDocument = document;
      }
      if (tellsKind && (tally.kindDocument === null || compareStrings(document, tally.kindDocument) < 0)) {
        tally.kind = role.kind;
        tally.kindDocument = document;
      }
    }
  }

  /** One row per person, in the order each was first added. */
  rows(): Row[] {
    const people: Row[] = [];
    for (const [personId, tally] of this.tallies) {
      const { first } = tally;
      people.push({
        person_id: personId,
        name: first.name ?? null,
        kind: tally.kindDocument === null ? "other" : (tally.kind ?? "other"),
        document_count: tally.documents,
        mention_count: tally.mentions,
        document_id: first.document_id ?? null,
        char_start: first.char_start ?? null,
        char_end: first.char_end ?? null,
        span_text: first.span_text ?? null,
      });
    }
    return people;
  }
}
