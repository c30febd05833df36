import { extractFrom } from "./helpers.ts";
import { readFileSync } from "node:fs";
const f = process.argv[2]!;
const { x, doc } = extractFrom(readFileSync(f, "utf8"));
console.log(JSON.stringify(doc.metadata));
console.log(x.entities.people.map((p) => `${p.name} [${p.role}] ${p.mentions.length}`).join("\n"));
for (const q of x.quotes) console.log("Q", q.form, "|", q.speaker, "|", q.speakerText, "|", doc.text.slice(q.start, Math.min(q.end, q.start + 60)));
for (const c of x.claims) console.log("C", c.valueText, c.value, c.unit, "|", c.attributedTo, c.attributionKind, "|", c.place, "|", c.periodStart, c.periodEnd);
