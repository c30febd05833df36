// The official Data Package 2.0 profile (see SOURCES.md), compiled once for the tests that check a
// written datapackage.json against the standard.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";

const PROFILE_URL = new URL("./datapackage-2.0.profile.json", import.meta.url);

function compileProfile() {
  const profile: unknown = JSON.parse(readFileSync(fileURLToPath(PROFILE_URL), "utf8"));
  // The profiles use keywords ajv's strict mode rejects (propertyOrder, context, options).
  const ajv = new Ajv({ strict: false });
  // ajv-formats is CommonJS: its plugin is both module.exports and .default; the types see .default.
  ajvFormats.default(ajv);
  ajv.addFormat("textarea", true);
  return ajv.compile(profile as object);
}

export const validateDataPackage = compileProfile();
