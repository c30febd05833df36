// load.R and load.py for a version folder: a few lines that read every table from the CSV files
// beside them with the types the schemas give, empty cell as the only missing value. Generated
// from the schemas, like everything else about the shape.
import { TABLE_NAMES, type TableName } from "../schema/tables.ts";
import { tableSchemaFor } from "../schema/table-schema.ts";

const R_TYPE: Record<string, string> = { string: "c", integer: "i", number: "d", boolean: "l", date: "D" };
const PANDAS_TYPE: Record<string, string> = { string: "string", integer: "Int64", number: "float64", boolean: "boolean" };

function fieldsOf(table: TableName) {
  return tableSchemaFor(table).fields;
}

export function loadR(): string {
  const lines = [
    "# Reads every table of this version with its types (readr). Empty cells are NA; nothing else is.",
    "# Use, from this folder: source(\"load.R\"); then tables$claims, ... (elsewhere, set dataset_folder first).",
    "library(readr)",
    "here <- if (exists(\"dataset_folder\")) dataset_folder else \".\"",
    "types <- list(",
    ...TABLE_NAMES.map((t, k) => `  ${t} = "${fieldsOf(t).map((f) => R_TYPE[f.type]).join("")}"${k < TABLE_NAMES.length - 1 ? "," : ""}`),
    ")",
    "tables <- lapply(names(types), function(name) {",
    "  read_csv(file.path(here, paste0(name, \".csv\")), col_types = types[[name]], na = \"\", trim_ws = FALSE,",
    "           locale = locale(encoding = \"UTF-8\"), progress = FALSE)",
    "})",
    "names(tables) <- names(types)",
    "",
  ];
  return lines.join("\n");
}

export function loadPy(): string {
  const lines = [
    "\"\"\"Reads every table of this version with its types (pandas). Empty cells are missing; nothing else is.",
    "",
    "Use: from load import load; tables = load(); tables[\"claims\"]",
    "\"\"\"",
    "from pathlib import Path",
    "",
    "import pandas as pd",
    "",
    "DTYPES = {",
    ...TABLE_NAMES.map((t) => `    "${t}": {${fieldsOf(t).filter((f) => f.type !== "date").map((f) => `"${f.name}": "${PANDAS_TYPE[f.type]}"`).join(", ")}},`),
    "}",
    "DATES = {",
    ...TABLE_NAMES.map((t) => `    "${t}": [${fieldsOf(t).filter((f) => f.type === "date").map((f) => `"${f.name}"`).join(", ")}],`),
    "}",
    "",
    "",
    "def load(folder=Path(__file__).parent):",
    "    tables = {}",
    "    for name, dtypes in DTYPES.items():",
    "        frame = pd.read_csv(Path(folder) / f\"{name}.csv\", dtype=dtypes, keep_default_na=False, na_values=[\"\"], encoding=\"utf-8\")",
    "        for column in DATES[name]:",
    "            frame[column] = pd.to_datetime(frame[column], format=\"%Y-%m-%d\")",
    "        tables[name] = frame",
    "    return tables",
    "",
    "",
    "if __name__ == \"__main__\":",
    "    for name, frame in load().items():",
    "        print(name, len(frame))",
    "",
  ];
  return lines.join("\n");
}
