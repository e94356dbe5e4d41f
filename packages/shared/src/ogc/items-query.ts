import { z } from 'zod'
import type { CollectionDefinition, PropertyDefinition } from '../catalog/types.ts'
import type { Cql2Filter } from './cql2/index.ts'
import { CRS_DETAILS, CRS84, type SupportedCrs } from './crs.ts'
import { collectionQueryables, FILTER_SHAPE, readFilterParameters } from './filter-query.ts'
import { CsvStyleValueSchema, ItemsFormatValueSchema } from './export-formats.ts'
import { ITEMS_LIMIT_DEFAULT, ITEMS_LIMIT_MAX } from './limits.ts'
import {
  BboxNumbersSchema,
  CrsValueSchema,
  type DateInterval,
  dateInterval,
  INTEGER_COLUMN_RANGE,
  onceText,
  wholeNumber,
} from './query-values.ts'

// The query of /collections/{id}/items, built from the catalogue: one schema per collection, whose
// filters are the collection's own properties. A new collection gets its query, and its OpenAPI
// parameters, without code.

export interface BoundingBox {
  minX: number
  minY: number
  maxX: number
  maxY: number
  crs: SupportedCrs
}

export type FilterValue = string | number | boolean
export interface PropertyFilter {
  property: PropertyDefinition
  value: FilterValue
}

/** What the items query means once read: the repo builds its SQL from this alone. */
export interface ItemsQuery {
  bbox?: BoundingBox
  crs: SupportedCrs
  limit: number
  offset: number
  datetime?: DateInterval
  /** Properties to return; undefined returns them all. */
  properties?: string[]
  sortby: { name: string; descending: boolean }[]
  filters: PropertyFilter[]
  /** The CQL2 `filter` (OGC API - Features Part 3), read and held to the queryables. */
  filter?: Cql2Filter
}

/** `limit` and `offset` of OGC paging, shared by every items route. */
export const LimitValueSchema = wholeNumber({
  min: 1,
  max: ITEMS_LIMIT_MAX,
  default: ITEMS_LIMIT_DEFAULT,
}).meta({
  description: `Nombre maximal d’entités par page (défaut ${ITEMS_LIMIT_DEFAULT}, maximum ${ITEMS_LIMIT_MAX})`,
})
export const OffsetValueSchema = wholeNumber({ min: 0, max: Number.MAX_SAFE_INTEGER, default: 0 }).meta({
  description: 'Rang de la première entité (pagination)',
})

function filterValue(property: PropertyDefinition) {
  const title = property.title.fr
  switch (property.kind) {
    case 'integer':
      return wholeNumber({ ...INTEGER_COLUMN_RANGE, signed: true }).meta({ description: title })
    case 'number':
      return onceText()
        .transform((raw, context) => {
          if (raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw)
          context.addIssue({ code: 'custom', message: `must be a number, got "${raw}"` })
          return z.NEVER
        })
        .meta({ type: 'number', description: title } as Record<string, unknown>)
    case 'boolean':
      return onceText()
        .refine((raw) => raw === 'true' || raw === 'false', {
          error: (issue) => `must be true or false, got "${String(issue.input)}"`,
        })
        .transform((raw) => raw === 'true')
        .meta({ type: 'boolean', description: title } as Record<string, unknown>)
    default: {
      const { enum: values } = property
      const description = `${title}${property.kind === 'string[]' ? ' (une des valeurs)' : ''}, sans tenir compte de la casse`
      return onceText()
        .refine((raw) => !values || values.includes(raw), {
          error: (issue) => `must be one of ${values?.join(', ')}, got "${String(issue.input)}"`,
        })
        .refine((raw) => raw.trim() !== '', 'must not be empty')
        .meta({ type: 'string', description, ...(values ? { enum: [...values] } : {}) })
    }
  }
}

/** `properties`: names of the collection's properties, comma-separated. */
function propertyList(collection: CollectionDefinition) {
  const names = collection.properties.map((property) => property.name)
  return onceText()
    .transform((raw, context) => {
      const list = raw
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
      for (const name of list.filter((name) => !names.includes(name)))
        context.addIssue({ code: 'custom', message: `"${name}" is not a property of this collection` })
      return list
    })
    .meta({
      type: 'array',
      items: { type: 'string', enum: names },
      description: 'Propriétés à renvoyer, séparées par des virgules',
    } as Record<string, unknown>)
}

/** `sortby`: single-valued properties (or id), `-` for descending. */
function sortKeys(collection: CollectionDefinition) {
  const sortable = collection.properties.filter((p) => p.kind !== 'string[]').map((p) => p.name)
  return onceText()
    .transform((raw, context) => {
      const keys: ItemsQuery['sortby'] = []
      for (const term of raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const name = term.replace(/^[+-]/, '')
        if (name === 'id' || sortable.includes(name)) keys.push({ name, descending: term.startsWith('-') })
        else
          context.addIssue({
            code: 'custom',
            message: `cannot sort on "${name}": not a single-valued property of this collection`,
          })
      }
      return keys
    })
    .meta({
      type: 'string',
      description: `Tri : propriétés séparées par des virgules, préfixées de - pour un ordre décroissant (${sortable.join(', ')})`,
    } as Record<string, unknown>)
}

/** Checks a bbox against its CRS: corner order and the CRS's area of use. */
function boundingBox(
  numbers: number[],
  crs: SupportedCrs,
  context: z.RefinementCtx,
): BoundingBox | undefined {
  const fail = (message: string) => {
    context.addIssue({ code: 'custom', path: ['bbox'], message })
    return undefined
  }
  // With 6 numbers the third and sixth are heights, which our 2D layers ignore.
  const [a, b, c, d] = (
    numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers
  ) as number[]
  const [minX, minY, maxX, maxY] = (CRS_DETAILS[crs].latitudeFirst ? [b, a, d, c] : [a, b, c, d]) as number[]
  if (minX === undefined || minY === undefined || maxX === undefined || maxY === undefined) return undefined
  if (minX > maxX || minY > maxY)
    return fail('the lower corner must come first: minimum x/y must not exceed maximum x/y')
  if (CRS_DETAILS[crs].srid === 4326 && (minX < -180 || maxX > 180 || minY < -90 || maxY > 90))
    return fail('longitudes must lie within -180..180 and latitudes within -90..90')
  // The area of use of Lambert-93 (metropolitan France), rounded outwards.
  const outsideLambert93 = minX < -400_000 || maxX > 1_400_000 || minY < 6_000_000 || maxY > 7_300_000
  if (CRS_DETAILS[crs].srid === 2154 && outsideLambert93)
    return fail('Lambert-93 coordinates must lie within x -400000..1400000 and y 6000000..7300000')
  return { minX, minY, maxX, maxY, crs }
}

/** The bbox and bbox-crs pair, read together: the CRS says which number is which axis. */
export function readBoundingBox(
  query: { bbox?: number[]; 'bbox-crs'?: SupportedCrs },
  context: z.RefinementCtx,
): BoundingBox | undefined {
  return query.bbox ? boundingBox(query.bbox, query['bbox-crs'] ?? CRS84, context) : undefined
}

export const ITEMS_PAGING_SHAPE = {
  bbox: BboxNumbersSchema.optional(),
  'bbox-crs': CrsValueSchema.meta({ description: 'CRS de bbox' }).optional(),
  limit: LimitValueSchema.optional(),
  offset: OffsetValueSchema.optional(),
}

/**
 * The query schema of one collection's items: paging, bbox, crs, datetime (dated collections),
 * properties, sortby, f and a `?name=value` filter per filterable property, integers within their
 * column's range. Unknown parameters are refused by name.
 * @param collection a collection of the catalogue
 * @returns a zod schema whose output is an {@link ItemsQuery}
 * @example itemsQuerySchema(findCollection('terrils')!).parse({ numero: '74A' }).filters[0].value // '74A'
 */
export function itemsQuerySchema(collection: CollectionDefinition) {
  const filterable = collection.properties.filter((property) => property.filter)
  const shape = {
    ...ITEMS_PAGING_SHAPE,
    crs: CrsValueSchema.meta({
      description: 'CRS des géométries renvoyées (en-tête Content-Crs)',
    }).optional(),
    ...(collection.temporal ? { datetime: dateInterval().optional() } : {}),
    properties: propertyList(collection).optional(),
    sortby: sortKeys(collection).optional(),
    ...FILTER_SHAPE,
    f: ItemsFormatValueSchema.optional(),
    csv: CsvStyleValueSchema.optional(),
    ...Object.fromEntries(filterable.map((property) => [property.name, filterValue(property).optional()])),
  }
  const accepted = Object.keys(shape).join(', ')
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code !== 'unrecognized_keys'
          ? undefined
          : issue.keys.length === 1 && issue.keys[0] === 'datetime'
            ? `collection "${collection.id}" has no dates to filter on`
            : `unknown parameter; this collection accepts ${accepted}`,
    })
    .transform((query, context): ItemsQuery => {
      const values = query as Record<string, unknown>
      return {
        bbox: readBoundingBox(query, context),
        crs: query.crs ?? CRS84,
        limit: query.limit ?? ITEMS_LIMIT_DEFAULT,
        offset: query.offset ?? 0,
        datetime: values.datetime as DateInterval | undefined,
        properties: query.properties,
        sortby: query.sortby ?? [],
        filters: filterable
          .filter((property) => values[property.name] !== undefined)
          .map((property) => ({ property, value: values[property.name] as FilterValue })),
        filter: readFilterParameters(query, collectionQueryables(collection), context),
      }
    })
}
