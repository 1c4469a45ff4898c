// Time zone names a report or an agenda may use: IANA names (`America/New_York`, `UTC`,
// `Etc/GMT+5`) that this Node's ICU knows. PostgreSQL's `AT TIME ZONE` also takes POSIX
// strings such as `UTC+5` or `+05:00`, with the sign the other way round from what a reader
// expects; the pattern keeps those out, since no IANA name starts with a sign or holds a colon.
const namePattern = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

export function isTimeZoneName(name: string): boolean {
  if (name.length > 64 || !namePattern.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Whether a database error says it does not know a time zone (one ICU knows, but its tz database is older). */
export function isUnknownTimeZoneError(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === '22023' && typeof message === 'string' && /time zone/i.test(message);
}
