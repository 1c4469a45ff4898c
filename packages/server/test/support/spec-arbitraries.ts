import fc from 'fast-check';
import { spec } from './spec';

// fast-check arbitraries of request bodies, read off the spec's schemas: what the schema
// allows, and nothing more. Covers the keywords our request schemas use ($ref, allOf,
// enum, type lists with null, date-time and uuid formats, lengths, numbers, records, arrays).

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  enum?: unknown[];
  type?: string | string[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  maxItems?: number;
}

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return resolve({ ...(spec.components.schemas[name] as Schema), ...schema, $ref: undefined });
}

/** Properties and required names of a schema, with its `allOf` parts merged in. */
function flatten(schema: Schema): Schema {
  const resolved = resolve(schema);
  const parts = (resolved.allOf ?? []).map(flatten);
  return {
    ...resolved,
    properties: Object.assign({}, ...parts.map((part) => part.properties), resolved.properties),
    required: [...parts.flatMap((part) => part.required ?? []), ...(resolved.required ?? [])],
  };
}

/** Instants PostgreSQL and RFC 3339 agree on, at millisecond precision. */
export const dateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Text without U+0000, which PostgreSQL cannot store (the server refuses it, tested elsewhere). */
const text = (minLength: number, maxLength: number) =>
  fc.string({ minLength, maxLength, unit: 'grapheme' }).filter((value) => !value.includes('\u0000') && value.length <= maxLength);

function ofType(type: string, schema: Schema, overrides: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'string':
      if (schema.format === 'date-time') return dateTime;
      if (schema.format === 'uuid') return fc.uuid();
      return text(schema.minLength ?? 0, Math.min(schema.maxLength ?? 60, 60));
    case 'array':
      return fc.array(arbitraryOf(schema.items!, overrides), { maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object': {
      const flat = flatten(schema);
      const properties = Object.fromEntries(
        Object.entries(flat.properties ?? {}).map(([name, property]) => [name, overrides[name] ?? arbitraryOf(property, overrides)]),
      );
      return fc.record(properties, { requiredKeys: flat.required ?? [] });
    }
    default:
      throw new Error(`spec-arbitraries: no arbitrary for type ${type}`);
  }
}

/** Values the schema accepts; `overrides` replaces the arbitrary of properties by name (ids that must exist, say). */
export function arbitraryOf(schema: Schema, overrides: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  const resolved = resolve(schema);
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  const types = resolved.type ? [resolved.type].flat() : resolved.allOf || resolved.properties ? ['object'] : [];
  if (types.length === 0) throw new Error('spec-arbitraries: schema without a type');
  return fc.oneof(...types.map((type) => ofType(type, resolved, overrides)));
}

/** The arbitrary of a named component schema. */
export function arbitraryOfSchema(name: string, overrides: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  return arbitraryOf({ $ref: `#/components/schemas/${name}` }, overrides);
}
