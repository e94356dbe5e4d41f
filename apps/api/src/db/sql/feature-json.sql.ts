import { type CollectionDefinition, EPSG_2154, EPSG_4326, type SupportedCrs } from '@heritage-watch/shared'

// A public feature as GeoJSON text written by PostgreSQL: what the items pages answer (features.sql.ts)
// and what feature_text stores (feature-text.sql.ts).

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/**
 * GeoJSON geometry in the asked CRS. Options 0 keeps the short "crs" member out of the geometry:
 * the CRS travels in the Content-Crs header, as OGC API - Features Part 2 asks. In CRS84 the output
 * follows RFC 7946, whose right-hand rule wants exterior rings counter-clockwise.
 */
export function geometryAsGeoJson(crs: SupportedCrs): string {
  if (crs === EPSG_4326) return 'ST_AsGeoJSON(ST_FlipCoordinates(geom), 7, 0)'
  if (crs === EPSG_2154) return 'ST_AsGeoJSON(ST_Transform(geom, 2154), 3, 0)'
  return 'ST_AsGeoJSON(ST_ForcePolygonCCW(geom), 7, 0)'
}

/** A string constant of SQL; only ever given catalogue names, never input. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/**
 * The whole feature as GeoJSON text, written by PostgreSQL: the geometry text of ST_AsGeoJSON is
 * concatenated, never parsed (neither here nor in Node), and each property's value comes from to_json.
 * It ends with `}` so that a feature asked by id can have its `links` put in before it.
 */
export function featureJson(
  collection: CollectionDefinition,
  properties: string[] | undefined,
  crs: SupportedCrs,
) {
  const names = collection.properties
    .map((p) => p.name)
    .filter((name) => !properties || properties.includes(name))
  // Each value through to_json, the members joined as text: json_build_object would put a space after
  // every colon and comma (8 bytes a feature on a 1,000-feature page of cavaliers).
  const members = names.map(
    (name, index) =>
      `${literal(`${index ? ',' : ''}${JSON.stringify(name)}:`)} || coalesce(to_json(${quote(name)})::text, 'null')`,
  )
  const propertiesJson = names.length ? `'{' || ${members.join(' || ')} || '}'` : `'{}'`
  return `'{"type":"Feature","id":' || to_json(id)::text || ',"geometry":' || coalesce(${geometryAsGeoJson(crs)}, 'null') || ',"properties":' || ${propertiesJson} || '}'`
}
