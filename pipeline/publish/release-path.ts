// Which paths a release may hold. Text paths come from data, and the writer joins every path onto
// the output folder, so each must stay inside the version folder and be a line sha256sum reads back.

/** Throws when `path` is not a plain relative "/"-separated path inside the version folder. */
export function checkReleasePath(path: string, caller: string): void {
  const segments = path.split("/");
  const bad =
    path === "" ||
    /^[./]/.test(path) ||
    /[\\\n\r\0]/.test(path) ||
    segments.some((segment) => segment === "" || segment === "." || segment === "..");
  if (bad) {
    throw new Error(
      `${caller}: expected a relative path inside the version folder (no leading "." or "/", ` +
        `no "..", "\\" or line break), got ${JSON.stringify(path)}`,
    );
  }
}
