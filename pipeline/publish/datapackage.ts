// The dataset and its rendered CSV files in, the datapackage.json descriptor out: the dataset's
// identity (licence, creators, keywords when stated) and one tabular resource per table, with the
// checksum and size of the exact bytes published.
import type { Dataset, DatasetIdentity } from "../dataset.ts";
import { licenseOf } from "../ingest/licenses.ts";
import { orcidUrl } from "../release/citation.ts";
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from "../schema/tables.ts";
import { digestOf, type FileContent } from "../format/file-content.ts";
import { tableSchemaFor, type TableSchema } from "../schema/table-schema.ts";

export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

export interface CsvDialect {
  header: true;
  delimiter: ",";
  lineTerminator: "\n";
  quoteChar: '"';
}

export interface TableResource {
  name: TableName;
  type: "table";
  profile: "tabular-data-resource";
  path: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  dialect: CsvDialect;
  schema: TableSchema;
  description: string;
}

/** Data Package v2 `licenses[]`: `name` the SPDX id, `path` where its text is (none for a LicenseRef-). */
export interface PackageLicense {
  name: string;
  path?: string;
  title: string;
}

/** Data Package v2 `contributors[]`: `path` is the creator's ORCID iD as a URL, when given. */
export interface PackageContributor {
  title: string;
  path?: string;
  roles: ["creator"];
}

export interface DataPackage {
  $schema: typeof DATA_PACKAGE_PROFILE;
  name: string;
  title: string;
  version: string;
  description: string;
  // Each left out when empty: the profile wants at least one item in each.
  licenses?: PackageLicense[];
  contributors: PackageContributor[];
  keywords?: string[];
  resources: TableResource[];
}

/** Where a table's CSV sits in the version folder. */
export function csvPathOf(table: TableName): string {
  return `${table}.csv`;
}

/** `files` maps paths relative to the version folder to their content; every table's CSV must be there. */
export function dataPackage(dataset: Dataset, files: Map<string, FileContent>): DataPackage {
  const { name, title, version, description } = dataset.identity;
  return {
    // Written out because the profile's default still names 1.0.
    $schema: DATA_PACKAGE_PROFILE,
    name,
    title,
    version,
    description,
    ...identityProperties(dataset.identity),
    // No `created`: the profile wants the moment the package was made, which only a clock knows,
    // and the same inputs must give the same bytes.
    resources: TABLE_NAMES.map((table) => tableResource(table, files)),
  };
}

function identityProperties(identity: DatasetIdentity): Pick<DataPackage, "licenses" | "contributors" | "keywords"> {
  const license = identity.license === null ? null : licenseOf(identity.license);
  return {
    ...(license === null ? {} : { licenses: [{ name: license.id, ...(license.url === null ? {} : { path: license.url }), title: license.title }] }),
    contributors: identity.creators.map((c) => ({ title: c.name, ...(c.orcid === null ? {} : { path: orcidUrl(c.orcid) }), roles: ["creator"] })),
    ...(identity.keywords.length === 0 ? {} : { keywords: [...identity.keywords] }),
  };
}

function tableResource(table: TableName, files: Map<string, FileContent>): TableResource {
  const path = csvPathOf(table);
  const csv = files.get(path);
  if (csv === undefined || csv instanceof Uint8Array) {
    throw new Error(`dataPackage: expected the rendered CSV "${path}" among the files, got ${csv === undefined ? "none" : "bytes"}`);
  }
  const digest = digestOf(csv);
  return {
    name: table,
    type: "table",
    // frictionless-r 1.2 reads a table only with this v1 marker; v2 readers go by `type`.
    profile: "tabular-data-resource",
    path,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: digest.bytes,
    hash: `sha256:${digest.sha256}`,
    // Declared because the default line terminator is CRLF and these files end lines with LF.
    dialect: { header: true, delimiter: ",", lineTerminator: "\n", quoteChar: '"' },
    schema: tableSchemaFor(table),
    description: TABLE_SCHEMAS[table].description,
  };
}
