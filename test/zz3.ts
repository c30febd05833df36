import { documentFrom } from "./helpers.ts";
import { readFileSync } from "node:fs";
const d = documentFrom(readFileSync(process.argv[2]!, "utf8"));
for (const r of d.removals) console.log(r.lineNumber, r.rule, r.became, JSON.stringify(r.text ?? "").slice(0, 100));
