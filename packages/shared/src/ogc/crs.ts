/** Coordinate reference systems offered by every collection (OGC API - Features Part 2). */
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'
export const EPSG_4326 = 'http://www.opengis.net/def/crs/EPSG/0/4326'
export const EPSG_2154 = 'http://www.opengis.net/def/crs/EPSG/0/2154'

export const SUPPORTED_CRS = [CRS84, EPSG_4326, EPSG_2154] as const
export type SupportedCrs = (typeof SUPPORTED_CRS)[number]

/**
 * The coordinates are stored longitude first in EPSG:4326, which is exactly CRS84.
 * @alias the storage CRS is named apart from CRS84 on purpose, as the collections declare it
 */
export const STORAGE_CRS: SupportedCrs = CRS84

/** PostGIS SRID behind each CRS URI and whether its official axis order is latitude first. */
export const CRS_DETAILS: Record<SupportedCrs, { srid: number; latitudeFirst: boolean; label: string }> = {
  [CRS84]: { srid: 4326, latitudeFirst: false, label: 'WGS 84 (longitude, latitude)' },
  [EPSG_4326]: { srid: 4326, latitudeFirst: true, label: 'WGS 84 (latitude, longitude)' },
  [EPSG_2154]: { srid: 2154, latitudeFirst: false, label: 'RGF93 v1 / Lambert-93' },
}

/**
 * Reads a CRS given as a URI, a safe CURIE (`[EPSG:2154]`) or the short `EPSG:2154` form.
 * @param value what a client sent in `crs` or `bbox-crs`
 * @returns the canonical URI, or undefined when the CRS is not offered
 * @example parseCrs('EPSG:2154') // 'http://www.opengis.net/def/crs/EPSG/0/2154'
 */
export function parseCrs(value: string): SupportedCrs | undefined {
  const trimmed = value.trim().replace(/^\[(.*)\]$/, '$1')
  const short = /^(EPSG|OGC):(.+)$/i.exec(trimmed)
  const uri = short
    ? short[1]?.toUpperCase() === 'EPSG'
      ? `http://www.opengis.net/def/crs/EPSG/0/${short[2]}`
      : `http://www.opengis.net/def/crs/OGC/1.3/${short[2]}`
    : trimmed.replace(/^https:/, 'http:')
  return SUPPORTED_CRS.find((crs) => crs === uri)
}
