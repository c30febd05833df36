// `eval`: build each corpus in memory and score it against its gold files. Load, process, report;
// nothing is written.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../stage/build-dataset.ts";
import { evaluateCorpus, renderScore, type CorpusScore } from "../eval/evaluate.ts";
import { parseGold, type GoldDocument } from "../eval/gold.ts";
import { readInputFolder } from "../ingest/read-folder.ts";
import { DEFAULT_MAX_FILE_BYTES } from "../ingest/open-listed.ts";

export interface Corpus {
  name: string;
  input: string;
  gold: string;
}

export const DEFAULT_CORPORA: readonly Corpus[] = [
  { name: "seeds", input: "seeds", gold: "test/gold/seeds" },
  { name: "unseen", input: "test/fixtures/unseen", gold: "test/gold/unseen" },
  { name: "forms", input: "test/fixtures/forms", gold: "test/gold/forms" },
];

export async function scoreCorpus(corpus: Corpus): Promise<CorpusScore> {
  // Load inputs.
  const folder = await readInputFolder(corpus.input, DEFAULT_MAX_FILE_BYTES);
  const golds: GoldDocument[] = [];
  for (const name of (await readdir(corpus.gold)).filter((n) => n.endsWith(".json")).sort()) {
    const path = join(corpus.gold, name);
    golds.push(parseGold(path, await readFile(path, "utf8")));
  }
  // Process data.
  const { dataset } = buildDataset({ files: folder.files, manifestText: folder.manifestText, version: "0.0.0" });
  return evaluateCorpus(dataset, golds);
}

export async function runEval(corpora: readonly Corpus[], verbose: boolean, print: (text: string) => void, log: (line: string) => void): Promise<number> {
  for (const corpus of corpora) {
    let score: CorpusScore;
    try {
      score = await scoreCorpus(corpus);
    } catch (error) {
      log(`error: cannot score corpus "${corpus.name}": ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    print(`${renderScore(corpus.name, score)}\n`);
    if (verbose) for (const n of score.notes) print(`  ${n.documentId}: ${n.note}\n`);
  }
  return 0;
}
