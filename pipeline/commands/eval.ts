// `eval`: build each corpus in memory and score it against its gold files. Load, process, report;
// nothing is written.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../stage/build-dataset.ts";
import { evaluateCorpus, renderScore, type CorpusScore } from "../eval/evaluate.ts";
import { parseGold, type GoldDocument } from "../eval/gold.ts";
import { readInputFolder } from "../ingest/read-folder.ts";
import { DEFAULT_MAX_FILE_BYTES, ListedFileRefused, readListedFile } from "../ingest/open-listed.ts";
import { printable } from "../text/printable.ts";

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
  const names = (await readdir(corpus.gold)).filter((n) => n.endsWith(".json")).sort();
  // No gold file would score every measure 0/0, shown as 1.000.
  if (names.length === 0) throw new Error(`${printable(corpus.gold)} holds no gold file (*.json); give --gold the folder of the corpus's gold files`);
  for (const name of names) golds.push(parseGold(join(corpus.gold, name), await goldText(join(corpus.gold, name))));
  // Process data.
  const { dataset } = buildDataset({ files: folder.files, manifestText: folder.manifestText, version: "0.0.0" });
  return evaluateCorpus(dataset, golds);
}

/** A gold file's text, read as an input is: a FIFO would hang the read, and a link is not followed. */
async function goldText(path: string): Promise<string> {
  try {
    return new TextDecoder().decode((await readListedFile(path, DEFAULT_MAX_FILE_BYTES)).bytes);
  } catch (error) {
    if (!(error instanceof ListedFileRefused)) throw error;
    const what = error.found === "link" ? `${error.whatFound}: links are not followed` : error.whatFound;
    throw new Error(`${printable(path)} ${what}; make it a gold file`);
  }
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
