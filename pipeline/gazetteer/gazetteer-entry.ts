// One gazetteer entry's shape and the order of place levels: what the committed gazetteer, the
// overlay it is generated from, and the place resolvers all read. No data is loaded here, so the
// script that writes reference/gazetteer.json never depends on the file it writes.
import { z } from "zod";
import type { PlaceLevel } from "./divisions.ts";

const LEVELS = ["country", "region", "province", "municipality", "prefecture", "city", "county", "township", "town", "village", "area"] as const satisfies readonly PlaceLevel[];

// Which of two same-named entries wins without a level hint, and which of two levels is the higher.
// Provincial-level divisions share a rank; "city" sits between prefecture and county because the
// cities that share a name with another entry are county-level cities (Kashgar, Hotan, Aksu). An
// informal area ranks last.
export const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = {
  country: 9,
  region: 8,
  province: 8,
  municipality: 8,
  prefecture: 7,
  city: 6,
  county: 5,
  township: 4,
  town: 4,
  village: 3,
  area: 1,
  unknown: 0,
};

export const GAZETTEER_ENTRY = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case letters and digits in '-'-separated segments"),
  name: z.string().trim().min(1, "expected a non-empty name"),
  level: z.enum(LEVELS),
  parent: z.string().min(1).nullable(),
  aliases: z.array(z.string().trim().min(1, "expected a non-empty alias")),
  adcode: z.string().regex(/^[1-9]\d{5}$/, "expected a 6-digit GB/T 2260 code or null").nullable(),
  note: z.string().min(1).optional(),
  curated: z.literal(true).optional(),
});
