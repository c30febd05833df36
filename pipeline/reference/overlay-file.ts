// The parsed JSON of reference/gazetteer-overlay.json in, its entries out, or every way it is not a
// file of gazetteer entries (the shape of reference/gazetteer.json's places): each with the entry's index and id.
import { z } from "zod";
import type { GazetteerEntry } from "../gazetteer/gazetteer.ts";
import { GAZETTEER_ENTRY } from "../gazetteer/gazetteer-entry.ts";

export interface OverlayIssue {
  code: "bad-overlay";
  path: string;
  message: string;
}

// The overlay's entries are gazetteer entries written by hand; "curated" is what generation adds.
const EntrySchema = GAZETTEER_ENTRY.omit({ curated: true });

const FileSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "expected a semantic version MAJOR.MINOR.PATCH"),
  description: z.string().min(1),
  places: z.array(EntrySchema),
});

/** The overlay's entries in file order, or the issues (zod's, located by JSON path) when it does not parse. */
export function parseOverlay(raw: unknown, source = "reference/gazetteer-overlay.json"): [OverlayIssue[], GazetteerEntry[]] {
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i): OverlayIssue => {
      const path = i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
      const index = typeof i.path[1] === "number" ? i.path[1] : undefined;
      const item = index === undefined || typeof raw !== "object" || raw === null ? undefined : (raw as { places?: unknown[] }).places?.[index];
      const id = typeof item === "object" && item !== null && "id" in item && typeof item.id === "string" ? ` (id "${item.id}")` : "";
      return { code: "bad-overlay", path: path || "(top level)", message: `${source}: ${path || "(top level)"}${id}: ${i.message}` };
    });
    return [issues, []];
  }
  const entries = parsed.data.places.map((e): GazetteerEntry => ({ id: e.id, name: e.name, level: e.level, parent: e.parent, aliases: e.aliases, adcode: e.adcode, ...(e.note !== undefined ? { note: e.note } : {}) }));
  return [[], entries];
}
