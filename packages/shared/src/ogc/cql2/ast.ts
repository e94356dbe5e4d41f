// The CQL2 expression tree that both encodings (cql2-text, cql2-json) are read into. It says what
// was asked, not how: the API turns it into SQL with every value as a $n parameter.

/** A GeoJSON geometry as read from a literal, in the filter's CRS (filter-crs). */
export type GeometryLiteral =
  | {
      type: 'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon'
      coordinates: unknown
    }
  | { type: 'GeometryCollection'; geometries: GeometryLiteral[] }

export type Operand =
  | { type: 'property'; name: string }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'casei'; arg: Operand }
  | { type: 'geometry'; geometry: GeometryLiteral }
  /** DATE('…') or TIMESTAMP('…'), kept as text and checked by the checker. */
  | { type: 'instant'; value: string; precision: 'date' | 'timestamp' }
  /** INTERVAL(a, b); null is an open end (`'..'`). */
  | { type: 'interval'; start: string | null; end: string | null }

export const COMPARISON_OPERATORS = ['=', '<>', '<', '<=', '>', '>='] as const
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number]

export const SPATIAL_FUNCTIONS = [
  's_intersects',
  's_within',
  's_contains',
  's_disjoint',
  's_equals',
  's_touches',
  's_overlaps',
  's_crosses',
] as const
export type SpatialFunction = (typeof SPATIAL_FUNCTIONS)[number]

export const TEMPORAL_FUNCTIONS = [
  't_after',
  't_before',
  't_contains',
  't_disjoint',
  't_during',
  't_equals',
  't_finishedby',
  't_finishes',
  't_intersects',
  't_meets',
  't_metby',
  't_overlappedby',
  't_overlaps',
  't_startedby',
  't_starts',
] as const
export type TemporalFunction = (typeof TEMPORAL_FUNCTIONS)[number]

export type Predicate =
  | { type: 'and' | 'or'; args: Predicate[] }
  | { type: 'not'; arg: Predicate }
  | { type: 'literal'; value: boolean }
  | { type: 'comparison'; op: ComparisonOperator; left: Operand; right: Operand }
  /** `ILIKE` is not CQL2: GDAL 3.6 sends it for `-where "… ILIKE …"`, so it is read as CASEI on both sides. */
  | { type: 'like'; value: Operand; pattern: Operand; caseInsensitive: boolean }
  | { type: 'between'; value: Operand; low: Operand; high: Operand }
  | { type: 'in'; value: Operand; list: Operand[] }
  | { type: 'isNull'; value: Operand }
  | { type: 'spatial'; op: SpatialFunction; left: Operand; right: Operand }
  | { type: 'temporal'; op: TemporalFunction; left: Operand; right: Operand }

/** A refusal of the filter: what is wrong and, for cql2-text, where (1-based character position). */
export class Cql2Error extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(position === undefined ? message : `at position ${position}: ${message}`)
  }
}
