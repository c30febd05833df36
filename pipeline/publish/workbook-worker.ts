// The thread that writes the workbook (workbook-thread.ts): identity and tables in, the .xlsx bytes out.
import type { Dataset } from "../dataset.ts";
import { TABLE_NAMES, type TableName } from "../schema/tables.ts";
import { workbookBytes } from "./workbook.ts";
import { fromPortable, type PortableTable } from "./workbook-thread.ts";

export default function run(data: { identity: Dataset["identity"]; tables: Record<TableName, PortableTable> }): Promise<Uint8Array> {
  return workbookBytes({ identity: data.identity, tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, fromPortable(data.tables[t])])) as Dataset["tables"] });
}
