/** RFC 3339 `date-time` as the validator's fast format has it: `T` (or a space), an optional fraction, `Z` or an offset. */
const dateTimeShape = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (monthDays[month - 1] ?? 0);
}

/** PostgreSQL refuses a UTC offset beyond ±15:59 (SQLSTATE 22009), though RFC 3339 allows up to ±23:59. */
export const maxOffsetMinutes = 15 * 60 + 59;

/**
 * The milliseconds PostgreSQL keeps of a fraction of a second: it reads the fraction to
 * microseconds, then rounds that half up to the milliseconds of `timestamptz(3)`, so
 * `.9995` becomes the next second.
 */
function storedMilliseconds(fraction: string | undefined): number {
  const digits = (fraction ?? '').padEnd(7, '0');
  const microseconds = Number(digits.slice(0, 6)) + (Number(digits[6]) >= 5 ? 1 : 0);
  return Math.floor((microseconds + 500) / 1000);
}

/**
 * A date-time the database can store and the API can echo as `YYYY-MM-DDTHH:mm:ss.sssZ`:
 * a real calendar date and clock time (23:59:60, a leap second, allowed: PostgreSQL reads it as the next minute), an offset
 * PostgreSQL takes (at most ±15:59), and an instant in the years 0001 to 9999 UTC once
 * rounded to the millisecond as stored (`9999-12-31T23:59:59.9999Z` is the year 10000).
 * Anything else would reach PostgreSQL as an out-of-range value, or come back in a form
 * the spec does not allow.
 */
export function isStorableDateTime(value: string): boolean {
  const parts = dateTimeShape.exec(value);
  if (!parts) return false;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const hour = Number(parts[4]);
  const minute = Number(parts[5]);
  const second = Number(parts[6]);
  const [, , , , , , , fraction, sign, offsetHours = '0', offsetMinutes = '0'] = parts;
  const leapSecond = hour === 23 && minute === 59 && second === 60;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (hour > 23 || minute > 59 || (second > 59 && !leapSecond)) return false;
  if (Number(offsetMinutes) > 59 || Number(offsetHours) * 60 + Number(offsetMinutes) > maxOffsetMinutes) return false;
  // The offset, a leap second and the rounding move an instant by less than a day: only in the
  // first and the last year can they take it out of the years 0001 to 9999, and only there
  // is the instant worked out (every request's date-times are checked here).
  if (year > 1 && year < 9999) return true;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute - (sign ? offset : 0), second, storedMilliseconds(fraction));
  const utcYear = instant.getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999;
}

/** The validator's `date-time` format: the check above, on request and response bodies alike. */
export const dateTimeFormat = { type: 'string', validate: isStorableDateTime } as const;
