// What `--help` prints: the commands in a screen, and each command's own usage and options
// (`claims-dataset build --help`, or `claims-dataset help build`). The options a command accepts
// are cli.ts's COMMANDS table; a test holds each help to that list.

export const USAGE = `Usage: claims-dataset <command> [options]   (in the project: npm run build -- [options])

Turns a folder of raw web texts into a versioned, documented dataset of what those texts claim.

Commands:
  build            publish a new version of the dataset from a folder of .txt files
  assemble         publish it from the entries that shards of a build left (build --shard)
  verify [VERSION] check published versions: their checksums, and that they rebuild
  diff A B         what changed from version A to version B
  eval             score the extraction against the hand-made gold files

Run claims-dataset <command> --help for a command's usage and options.

Exit status: 0 success; 1 rejects, a failed check, or a published version that would change;
2 bad usage, unreadable input, or an output folder in a state the command refuses (the message
says which file and what to do); 70 an unexpected failure (run again with --debug and report it).
`;

const OUT = `  --out DIR          the output folder (default: dist, in the folder you run the command from)`;
const DATASET = `  --dataset NAME     the dataset folder under --out (default: the only one; the message names them)`;
const KEY_FILE = `  --pseudonym-key-file FILE
                     read the pseudonym key from FILE instead of the environment variable
                     CLAIMS_PSEUDONYM_KEY (keep it outside the release)`;
const MAX_FILE = `  --max-file-mb N    an input file larger than N megabytes is a reject, refused before it is
                     read (default: 32)`;
const HELP = `  -h, --help         show this help
  --debug            on an unexpected failure, also print where it happened (the stack)`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  build: `Usage: claims-dataset build [--input DIR] [--out DIR] [options]

Reads every .txt file under --input (and its optional sources.json: the outlet, date and author
of each text, and the dataset's own name, licence and creators), extracts claims, people, places,
organisations and quotes, validates every record against schemas/*.schema.json, and publishes
CSV, JSON and a workbook, the normalized texts, datapackage.json, a data dictionary, a README,
CITATION.cff and SHA256SUMS into <out>/<dataset name>/<version>/. A build whose data did not
change publishes nothing.

Options:
  --input DIR        the folder of .txt files (default: seeds)
${OUT}
  --allow-rejects    publish the valid records and a rejects table even when some input or
                     record failed (without it, any reject publishes nothing and exits 1)
  --version X        publish as X, which may be higher than the version the changes call for,
                     never lower
  --pseudonymize-residents
                     replace the names of residents (private individuals) everywhere, texts
                     included, with pseudonyms keyed by your secret key; the same key gives the
                     same pseudonyms, and the dataset README says so
${KEY_FILE}
  --report FILE      also write the account of every input file and record, as JSON
  --workers N        threads for the per-document stage (default: one per core from 200 texts;
                     never more than the cores)
${MAX_FILE}
  --no-cache         process every document afresh (results are otherwise reused from
                     node_modules/.cache when a document, its manifest entry and the code are
                     the same)
  --shard I/N        process only shard I of N of the files (from 1; a file's shard follows from
                     its path), leave their entries in --entries, and publish nothing: run each
                     shard on any machine, then claims-dataset assemble (see docs/sharding.md)
  --entries DIR      with --shard: the folder every shard shares
${HELP}

The release date is the manifest's release_date, else SOURCE_DATE_EPOCH, else today (UTC).
Exit status: 0 published, or nothing to publish; 1 rejects, or the version folder exists with
different bytes; 2 bad usage, unreadable input, or an output folder the build refuses.
`,
  assemble: `Usage: claims-dataset assemble --entries DIR [--input DIR] [--out DIR] [options]

Publishes a version from the entries the shards of a build left in --entries (build --shard I/N
--entries DIR, one run per shard, on as many machines as you like), byte for byte the version a
single build would publish. It first checks the shards' records: every shard ran to its end, on
these very input files, with this pipeline code; a shard missing, run twice with other results, or
run on other files is named, and nothing is published.

Options:
  --entries DIR      the folder the shards wrote
  --input DIR        the folder of .txt files the shards read (default: seeds)
${OUT}
  --allow-rejects    publish the valid records and a rejects table even when some input or
                     record failed
  --version X        publish as X, which may be higher than the version the changes call for
  --pseudonymize-residents
                     as the shards did (they must have had the same key)
${KEY_FILE}
  --report FILE      also write the account of every input file and record, as JSON
${MAX_FILE}
${HELP}

Exit status: 0 published, or nothing to publish; 1 rejects; 2 bad usage, shards' records that do
not cover the input, or an output folder the build refuses.
`,
  verify: `Usage: claims-dataset verify [VERSION | latest] [--input DIR] [options]

Checks published versions (all of them, or VERSION, or latest) in two parts. Integrity: every
file must match SHA256SUMS (files that are not part of the release are listed as extra).
Reproducibility, when --input is given: a rebuild from the recorded inputs, by the code that
built the version, must give the same bytes. Says which parts passed, failed or could not run,
and why.

Options:
  --input DIR        the folder the version was built from (without it, only integrity is checked)
${OUT}
${DATASET}
${KEY_FILE}
${MAX_FILE}
${HELP}

Exit status: 0 everything that could be checked holds; 1 a check failed; 2 bad usage, or no
such version or folder.
`,
  diff: `Usage: claims-dataset diff A B [options]

What changed from version A to version B (either may be latest): rows added, removed and
changed per table, a changed record with its old and new values, added and removed texts, and
every schema change.

Options:
${OUT}
${DATASET}
  --json             print the report as JSON
${HELP}

Exit status: 0 the report was printed; 2 bad usage, or no such version or folder.
`,
  eval: `Usage: claims-dataset eval [--input DIR --gold DIR] [--verbose]

Builds corpora in memory (by default the seeds, test/fixtures/unseen and test/fixtures/forms)
and scores claims, people, places, organisations, quotes and document metadata against the
hand-made gold files, printing precision and recall per table and accuracy per field. Writes
nothing.

Options:
  --input DIR        score one corpus, the texts in DIR, instead of the three (needs --gold)
  --gold DIR         the gold files for --input's texts
  --verbose          also list every miss, invented record and wrong field
${HELP}
`,
};
