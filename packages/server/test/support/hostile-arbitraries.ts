import fc from 'fast-check';

// fast-check arbitraries of the inputs a red-team pass found the server wrong on, each with
// whether the API must take it: text over all of UTF-16 (lone surrogates included), dates
// at every UTC offset and at the edges of the years 0001-9999, and bodies cut short.

export interface Judged<T> {
  value: T;
  valid: boolean;
}

/** Storable text: Unicode (no lone surrogate) without U+0000. */
export const storable = (text: string) => !text.includes('\u0000') && !/\p{Cs}/u.test(text);

/** Any UTF-16 string: whole code points and lone surrogates alike, from 1 to `maxLength` units. */
export const anyUtf16 = (maxLength: number): fc.Arbitrary<Judged<string>> =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength, unit: 'binary' }),
      fc
        .array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 3 })
        .chain((surrogates) => fc.string({ maxLength: 10 }).map((around) => `${around}${String.fromCharCode(...surrogates)}${around}`)),
    )
    .filter((text) => text.length <= maxLength)
    .map((value) => ({ value, valid: storable(value) }));

const two = (n: number) => String(n).padStart(2, '0');

/** An instant written at any offset from -23:59 to +23:59: PostgreSQL takes up to ±15:59. */
export const anyOffsetDateTime: fc.Arbitrary<Judged<string>> = fc
  .tuple(
    fc.date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
  )
  .map(([date, offset]) => {
    const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, -1);
    const sign = offset < 0 ? '-' : '+';
    return { value: `${local}${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`, valid: Math.abs(offset) <= 15 * 60 + 59 };
  });

/** Dates at the edges of the years 0001 to 9999 UTC, as stored to the millisecond. */
export const edgeDateTime: fc.Arbitrary<Judged<string>> = fc.constantFrom(
  { value: '0001-01-01T00:00:00Z', valid: true },
  { value: '0001-01-01T00:00:00.0004-00:00', valid: true },
  { value: '0001-01-01T00:30:00+00:30', valid: true },
  { value: '0001-01-01T00:00:00+00:01', valid: false },
  { value: '0000-12-31T23:59:59.999Z', valid: false },
  { value: '9999-12-31T23:59:59.999Z', valid: true },
  { value: '9999-12-31T23:59:59.9994Z', valid: true },
  { value: '9999-12-31T23:59:59.9995Z', valid: false },
  { value: '9999-12-31T23:59:59.9999Z', valid: false },
  { value: '9999-12-31T23:59:60Z', valid: false },
  { value: '9999-12-31T23:59:59-00:01', valid: false },
  { value: '9999-12-31T08:59:59.999-15:00', valid: true },
  { value: '9999-12-31T23:59:59.999+15:59', valid: true },
);

/** A date of either kind. */
export const hostileDateTime = fc.oneof(anyOffsetDateTime, edgeDateTime);

/** The JSON text of `body`, empty or cut short anywhere: never a JSON object. */
export const cutShort = (body: unknown): fc.Arbitrary<string> => {
  const text = JSON.stringify(body);
  return fc.integer({ min: 0, max: text.length - 1 }).map((length) => text.slice(0, length));
};
