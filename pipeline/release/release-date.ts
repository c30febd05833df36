// When a release is dated, decided once at the edge and recorded in build.json: the date the
// manifest gives, else SOURCE_DATE_EPOCH (the reproducible-builds convention: seconds since the
// epoch, read as a UTC day), else the day the build runs (UTC). Pure: the caller passes the
// environment and the clock's reading in.

export const SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

export type ReleaseDateChoice = { date: string } | { error: string };

/** A moment's UTC day as YYYY-MM-DD. */
function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `identityDate` is sources.json's `dataset.release_date` (already checked as a day), or null. */
export function releaseDateFor(identityDate: string | null, env: Readonly<Record<string, string | undefined>>, today: Date): ReleaseDateChoice {
  if (identityDate !== null) return { date: identityDate };
  const epoch = env[SOURCE_DATE_EPOCH];
  if (epoch !== undefined && epoch !== "") {
    // Whole seconds only, as the convention says; a date past year 9999 cannot be written as YYYY-MM-DD.
    const seconds = /^\d{1,12}$/.test(epoch) ? Number(epoch) : NaN;
    if (!Number.isSafeInteger(seconds) || seconds * 1000 > Date.UTC(9999, 11, 31)) {
      return { error: `${SOURCE_DATE_EPOCH} must be a whole number of seconds since 1970-01-01 UTC (such as 1700000000), got ${JSON.stringify(epoch.slice(0, 40))}; fix it or unset it to date the release today` };
    }
    return { date: utcDay(new Date(seconds * 1000)) };
  }
  return { date: utcDay(today) };
}

/** SOURCE_DATE_EPOCH's value for a day: its first second, so reading it back gives the same day. */
export function epochOfDay(day: string): string {
  return String(Date.parse(`${day}T00:00:00Z`) / 1000);
}
