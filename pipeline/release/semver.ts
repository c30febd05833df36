// Semantic versions as the Data Package recipe uses them: MAJOR.MINOR.PATCH, compared numerically.
export type Bump = "none" | "patch" | "minor" | "major";

export const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export function parseVersion(version: string): [number, number, number] | null {
  const m = SEMVER.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a)!;
  const y = parseVersion(b)!;
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function bumpVersion(version: string, bump: Exclude<Bump, "none">): string {
  const [major, minor, patch] = parseVersion(version)!;
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

export function largerBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/**
 * A version this tool may publish or read as one: no leading zeros (01.0.0 and 1.0.0 would be two
 * folders for one version), each number small enough to stay exact when it is bumped, and not 0.0.0.
 */
export function isPublishableVersion(version: string): boolean {
  return /^(?:0|[1-9]\d{0,8})\.(?:0|[1-9]\d{0,8})\.(?:0|[1-9]\d{0,8})$/.test(version) && version !== "0.0.0";
}
