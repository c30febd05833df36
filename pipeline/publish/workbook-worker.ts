// The thread that writes the workbook (workbook-thread.ts): identity and tables in, the .xlsx bytes out.
import type { Dataset } from "../dataset.ts";
import { workbookBytes } from "./workbook.ts";

export default function run(data: Pick<Dataset, "identity" | "tables">): Promise<Uint8Array> {
  return workbookBytes(data);
}
