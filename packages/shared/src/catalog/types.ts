/**
 * What a property holds; drives the SQL cast, the JSON Schema of the queryables and the items query
 * schema. An `integer` is a PostgreSQL `integer` column: its filter is held to INTEGER_COLUMN_RANGE.
 */
export type PropertyKind = 'string' | 'integer' | 'number' | 'boolean' | 'string[]'

export interface Bilingual {
  fr: string
  en: string
}

export interface PropertyDefinition {
  name: string
  kind: PropertyKind
  title: Bilingual
  description?: Bilingual
  unit?: string
  /** Allowed values; a filter outside them is refused with a 400. */
  enum?: readonly string[]
  /** Offered as a simple `?name=value` filter on the items. */
  filter?: boolean
}

export type CollectionGroup =
  'bien-inscrit' | 'zone-tampon' | 'terrils' | 'cites' | 'veille' | 'protections' | 'sous-sol' | 'contexte'

export interface SourceReference {
  /**
   * Short, stable name of the file's provenance: what a feature's `source` property holds in GeoJSON
   * answers, resolved through the collection's `sources` (issue 12: the sentence is not repeated per feature).
   */
  id: string
  /** Who produced the data, as the Licence Ouverte asks to credit it. */
  producer: string
  dataset: string
  url: string
  /** The file under data/raw or data/seeds it was loaded from. */
  file: string
}

export interface CollectionDefinition {
  id: string
  group: CollectionGroup
  title: Bilingual
  description: Bilingual
  geometryType: 'MultiPolygon' | 'MultiLineString' | 'Point'
  /** A feature id that does not match is malformed (400), one that matches but is absent is missing (404). */
  featureIdPattern: string
  featureIdExample: string
  properties: readonly PropertyDefinition[]
  /** Properties that bound each feature's time span, for `datetime`. */
  temporal?: { start: string; end: string; description: Bilingual }
  sources: readonly SourceReference[]
}
