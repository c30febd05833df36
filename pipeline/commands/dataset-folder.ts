// Which dataset folder and which version a command means: verify and diff take `--out` (a folder
// of dataset folders), an optional `--dataset` name, and versions that may be "latest". Every
// failure is a CommandRefused with one line naming what was looked for and what to do.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { latestVersion, publishedVersions } from "../release/read-release.ts";
import { printable } from "../text/printable.ts";

/** A refusal the user can act on: the command prints its message as one line and exits 2. */
export class CommandRefused extends Error {
  override name = "CommandRefused";
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** The dataset folder under `out`: the one named, or the only one there. */
export async function datasetFolder(out: string, named: string | null): Promise<string> {
  if (!(await isFolder(out))) throw new CommandRefused(`there is no output folder "${printable(out)}"; build a dataset first, or point --out at the folder a build wrote`);
  const entries = (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name).sort();
  if (named !== null) {
    if (entries.includes(named)) return join(out, named);
    throw new CommandRefused(`"${printable(out)}" holds no dataset folder "${printable(named)}"; ${entries.length === 0 ? "it holds none" : `it holds ${entries.map((e) => printable(e)).join(", ")}`}`);
  }
  if (entries.length === 1) return join(out, entries[0]!);
  if (entries.length === 0) throw new CommandRefused(`"${printable(out)}" holds no dataset folder; build a dataset first, or point --out at the folder a build wrote`);
  throw new CommandRefused(`"${printable(out)}" holds ${entries.length} dataset folders (${entries.map((e) => printable(e)).join(", ")}); name one with --dataset`);
}

/** A published version of the dataset, "latest" meaning the one `latest` names. */
export async function publishedVersion(datasetDir: string, asked: string): Promise<string> {
  const versions = await publishedVersions(datasetDir);
  const version = asked === "latest" ? await latestVersion(datasetDir) : asked;
  if (version === null) throw new CommandRefused(`"${printable(datasetDir)}" has no latest version${versions.length > 0 ? `; name one of ${versions.join(", ")}` : ""}`);
  if (!versions.includes(version)) {
    const have = versions.length === 0 ? "it has none yet" : `it has ${versions.join(", ")} (or say latest)`;
    throw new CommandRefused(`"${printable(datasetDir)}" has no published version ${printable(version)}; ${have}`);
  }
  return version;
}
