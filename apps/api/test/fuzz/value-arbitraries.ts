import fc from 'fast-check'
import type { JsonSchema } from './openapi-operations.ts'

// Values for one parameter or body field: valid-looking ones drawn from the field's own schema, and
// hostile ones an attacker or a broken client sends. Synthetic test data, never real features.

/** Numbers at the edges of JavaScript's and PostgreSQL's types, as they travel in a query string. */
const HOSTILE_NUMBERS = [
  '2147483648',
  '-2147483649',
  '2147483647',
  '9007199254740992',
  '9007199254740993',
  '99999999999999999999999',
  '-0',
  '1e309',
  '-1e309',
  '1e-400',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1_000',
  '１２',
  '1.5',
  '+1',
  ' 1',
  '1 ',
  '١',
]

/** Texts that break parsers, SQL, HTML and URLs. */
const HOSTILE_TEXTS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFEFF',
  '𝕏👩‍👩‍👧',
  'é'.normalize('NFD'),
  "' OR 1=1 --",
  '"; DROP TABLE alert; --',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%',
  '%00',
  '%C0%AF',
  '\\',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"$ne":null}',
  'me',
  'none',
  '*',
  '..',
  'x'.repeat(300),
  'é'.repeat(5000),
  'a'.repeat(70_000),
]

/** CQL2 text and JSON, bounding boxes and datetimes, broken in the ways that reach deep code. */
const HOSTILE_FILTERS = [
  'annee_creusement > 2147483648',
  'annee_creusement = -9999999999999',
  'annee_creusement BETWEEN 1 AND 1e309',
  "commune LIKE '%'",
  "commune = 'x' OR 1=1",
  'S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 0 0)))',
  'S_INTERSECTS(geometry, POINT(1e309 0))',
  'S_INTERSECTS(geometry, BBOX(3,50,2,51))',
  'S_WITHIN(geometry, POLYGON((0 0)))',
  "T_AFTER(datetime, TIMESTAMP('2020-13-45T99:99:99Z'))",
  "CASEI(commune) = casei('LENS')",
  "commune IN ('a', 'b', 'c')",
  'NOT NOT NOT NOT annee_creusement IS NULL',
  `${'('.repeat(2000)}annee_creusement = 1${')'.repeat(2000)}`,
  `${'annee_creusement = 1 AND '.repeat(500)}annee_creusement = 1`,
  '{"op":"=","args":[{"property":"annee_creusement"},2147483648]}',
  '{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":[null,1]}]}',
  `${'{"op":"not","args":['.repeat(1000)}true${']}'.repeat(1000)}`,
  'inconnue = 1',
  '= =',
  '1,2,3',
  '1,2,3,4,5,6,7',
  'NaN,NaN,NaN,NaN',
  '-181,-91,181,91',
  '3,51,2,50',
  '2.5,50.2,2.6,50.3',
  '1e309,0,1,1',
  '2020-02-30',
  '2020-01-01/2019-01-01',
  '../..',
  '9999-99-99',
  '2020-01-01T25:00:00Z',
]

/** Any text that is not meant to be valid: the lists above, and random unicode of every length. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, ...HOSTILE_TEXTS, ...HOSTILE_FILTERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 100, maxLength: 3000 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
)

/** A JSON value of the wrong type for about any field. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(null, true, false, 0, -1, 2147483648, 1e308, -1e308, [], {}, [null], { $ref: '#' }),
  fc.integer(),
  fc.double({ noDefaultInfinity: true, noNaN: true }),
  fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
)

const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type[0] : schema.type)

/** Integers inside a schema's bounds, with the bounds themselves and their neighbours outside. */
function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -2_147_483_648, Number.MIN_SAFE_INTEGER)
  const max = Math.min(schema.maximum ?? 2_147_483_647, Number.MAX_SAFE_INTEGER)
  // Small values most of the time: a page of 10,000 features costs the run seconds to no purpose.
  const small = fc.integer({ min, max: Math.min(max, min + 20) })
  return fc.oneof(
    { weight: 3, arbitrary: small },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max, min - 1, max + 1) },
  )
}

const DATE = fc
  .date({ min: new Date('1850-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

/**
 * A value that fits the schema as far as its type, bounds, enum, format and pattern say.
 * @param schema a parameter's or field's JSON Schema
 */
export function validLooking(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives) return fc.oneof(...alternatives.map((option) => validLooking(option, depth + 1)))
  switch (typeOf(schema)) {
    case 'integer':
      return integerArbitrary(schema)
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'array':
      return fc.array(validLooking(schema.items ?? {}, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + 4),
      })
    case 'object':
      return objectArbitrary(schema, depth)
    default:
      return stringArbitrary(schema)
  }
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid()
  if (schema.format === 'date') return DATE
  if (schema.format === 'uri') return fc.webUrl()
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern))
  return fc.string({
    unit: 'grapheme',
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 30, (schema.minLength ?? 0) + 30),
  })
}

function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant({})
  const properties = schema.properties ?? {}
  const required = new Set(schema.required ?? [])
  const fields = Object.fromEntries(
    Object.entries(properties).map(([name, field]) => [name, validLooking(field, depth + 1)]),
  )
  return fc.record(fields, {
    requiredKeys: Object.keys(properties).filter((name) => required.has(name)),
  }) as fc.Arbitrary<unknown>
}

/**
 * A value built from the schema, with some fields swapped for hostile ones, dropped or added.
 * @param schema a body's JSON Schema
 */
export function mutated(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.tuple(validLooking(schema), fc.nat(), hostileJson).map(([value, choice, hostile]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return hostile
    const fields = { ...(value as Record<string, unknown>) }
    const names = Object.keys(schema.properties ?? {})
    const name = names[choice % Math.max(names.length, 1)] ?? 'unknown'
    if (choice % 3 === 0) delete fields[name]
    else if (choice % 3 === 1) fields[name] = hostile
    else fields[`extra_${choice % 7}`] = hostile
    return fields
  })
}
