/** RFC 3339 `date-time` as the validator's fast format has it: `T` (or a space), an optional fraction, `Z` or an offset. */
const dateTimeShape = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (monthDays[month - 1] ?? 0);
}

/**
 * A date-time the database can store and the API can echo as `YYYY-MM-DDTHH:mm:ss.sssZ`:
 * a real calendar date and clock time (23:59:60, a leap second, allowed), an offset under
 * 24 hours, and an instant in the years 0001 to 9999 UTC. Anything else would reach
 * PostgreSQL as an out-of-range value, or come back in a form the spec does not allow.
 */
export function isStorableDateTime(value: string): boolean {
  const parts = dateTimeShape.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const [sign, offsetHours = '0', offsetMinutes = '0'] = parts.slice(7);
  const leapSecond = hour === 23 && minute === 59 && second === 60;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (hour > 23 || minute > 59 || (second > 59 && !leapSecond)) return false;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return false;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute - (sign ? offset : 0), Math.min(second, 59));
  const utcYear = instant.getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999;
}

/** The validator's `date-time` format: the check above, on request and response bodies alike. */
export const dateTimeFormat = { type: 'string', validate: isStorableDateTime } as const;
