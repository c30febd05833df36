// Every document's person_roles rows in; one people row per person across documents out. The same
// name is the same person; the first document (in document_id order) gives the name's first
// mention, and the first role that tells a kind decides the kind.
import type { Row } from "../dataset.ts";
import { compareStrings } from "../text/compare.ts";

export function mergePeople(personRoles: readonly Row[]): Row[] {
  const byPerson = new Map<string, Row[]>();
  for (const role of personRoles) {
    const id = String(role.person_id);
    // push, not a copy per role: a person named in every document must cost what the documents do.
    const rows = byPerson.get(id);
    if (rows) rows.push(role);
    else byPerson.set(id, [role]);
  }
  const people: Row[] = [];
  for (const [personId, rows] of byPerson) {
    const ordered = [...rows].sort((a, b) => compareStrings(String(a.document_id), String(b.document_id)));
    const first = ordered[0]!;
    people.push({
      person_id: personId,
      name: first.name ?? null,
      kind: ordered.find((r) => r.kind !== "other")?.kind ?? "other",
      document_count: ordered.length,
      mention_count: ordered.reduce((n, r) => n + Number(r.mention_count), 0),
      document_id: first.document_id ?? null,
      char_start: first.char_start ?? null,
      char_end: first.char_end ?? null,
      span_text: first.span_text ?? null,
    });
  }
  return people;
}
