import type { PropertyKind } from '@heritage-watch/shared'
import initSqlJs, { type Database } from 'sql.js'
import type { ExportRow } from '../../db/feature-export-repo.ts'
import type { ExportProperty } from './french-labels.ts'

// A GeoPackage 1.3 (OGC 12-128r18) written with SQLite compiled to WebAssembly (sql.js): no GDAL and
// no native module at run time. The file holds the required metadata tables and one feature table per
// kind of geometry (a collection mixing points and polygons gets two layers), geometries in the
// GeoPackage binary form: a small header with the envelope, then the WKB PostGIS wrote.

/** 'GPKG' in the SQLite header's application id, and version 1.3.0 in user_version. */
const APPLICATION_ID = 0x47504b47
const USER_VERSION = 10300

const COLUMN_TYPES: Record<PropertyKind, string> = {
  string: 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
  boolean: 'BOOLEAN',
  // A list is written as its items joined, as in the CSV: GeoPackage has no array type.
  'string[]': 'TEXT',
}

const FAMILIES: Record<string, string> = {
  POINT: 'points',
  MULTIPOINT: 'points',
  LINESTRING: 'lignes',
  MULTILINESTRING: 'lignes',
  POLYGON: 'polygones',
  MULTIPOLYGON: 'polygones',
}

export interface GeoPackageCrs {
  srid: number
  name: string
  definition: string
  /** WGS 84's own definition: a GeoPackage always lists it. */
  wgs84Definition: string
}

let sqlite: ReturnType<typeof initSqlJs> | undefined

/** The GeoPackage binary geometry (§2.1.3): magic, version, flags, srs id, envelope, then the WKB. */
function geometryBlob(geometry: NonNullable<ExportRow['geometry']>, srid: number): Uint8Array {
  const header = Buffer.alloc(8 + 32)
  header.write('GP', 0, 'ascii')
  header.writeUInt8(0, 2)
  // Little-endian (bit 0), envelope [minx, maxx, miny, maxy] (indicator 1 in bits 1-3).
  header.writeUInt8(0b0000_0011, 3)
  header.writeInt32LE(srid, 4)
  geometry.envelope.forEach((value, index) => header.writeDoubleLE(value, 8 + index * 8))
  return Buffer.concat([header, geometry.wkb])
}

function listValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.join(' | ')
  if (typeof value === 'boolean') return value ? 1 : 0
  return value ?? null
}

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`

function createMetadata(db: Database, crs: GeoPackageCrs) {
  db.run(`PRAGMA application_id = ${APPLICATION_ID}`)
  db.run(`PRAGMA user_version = ${USER_VERSION}`)
  db.run(`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
    description TEXT)`)
  db.run(`CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
    identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT
    (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))`)
  db.run(`CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))`)
  const insert = `INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)`
  // The three rows every GeoPackage has (§1.1.2.1.2), then the export's own CRS when it is not WGS 84.
  db.run(insert, ['Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', null])
  db.run(insert, ['Undefined geographic SRS', 0, 'NONE', 0, 'undefined', null])
  db.run(insert, [
    'WGS 84 geodetic',
    4326,
    'EPSG',
    4326,
    crs.wgs84Definition,
    'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid',
  ])
  if (crs.srid !== 4326) db.run(insert, [crs.name, crs.srid, 'EPSG', crs.srid, crs.definition, null])
}

interface Layer {
  table: string
  types: Set<string>
  count: number
  envelope: [number, number, number, number]
}

/**
 * Writes the rows into a new GeoPackage and returns its bytes.
 * @param layerName the table of a single-kind export; a mixed one gets `<layerName>_<kind>` tables
 */
export async function writeGeoPackage(options: {
  layerName: string
  title: string
  properties: readonly ExportProperty[]
  rows: AsyncIterable<ExportRow>
  crs: GeoPackageCrs
  /** The kind of geometry of a layer whose features have none or are absent. */
  declaredType: string
}): Promise<Uint8Array> {
  sqlite ??= initSqlJs()
  const db = new (await sqlite).Database()
  try {
    createMetadata(db, options.crs)
    const columns = options.properties.map((property) => property.name)
    const layers = new Map<string, Layer>()
    const rowsByFamily = new Map<string, ExportRow[]>()
    for await (const row of options.rows) {
      const type = row.geometry?.type ?? options.declaredType.toUpperCase()
      const family = FAMILIES[type] ?? 'geometries'
      const list = rowsByFamily.get(family) ?? []
      list.push(row)
      rowsByFamily.set(family, list)
    }
    if (rowsByFamily.size === 0)
      rowsByFamily.set(FAMILIES[options.declaredType.toUpperCase()] ?? 'geometries', [])
    const single = rowsByFamily.size === 1
    for (const [family, rows] of rowsByFamily) {
      const layer: Layer = {
        table: single ? options.layerName : `${options.layerName}_${family}`,
        types: new Set(),
        count: 0,
        envelope: [Infinity, -Infinity, Infinity, -Infinity],
      }
      layers.set(family, layer)
      const definitions = options.properties.map(
        (property) => `${identifier(property.name)} ${COLUMN_TYPES[property.kind]}`,
      )
      db.run(`CREATE TABLE ${identifier(layer.table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        geom GEOMETRY, id TEXT NOT NULL${definitions.map((definition) => `, ${definition}`).join('')})`)
      const statement = db.prepare(
        `INSERT INTO ${identifier(layer.table)} (geom, id${columns.map((name) => `, ${identifier(name)}`).join('')})
         VALUES (?, ?${columns.map(() => ', ?').join('')})`,
      )
      db.run('BEGIN')
      for (const row of rows) {
        const geometry = row.geometry
        if (geometry) {
          layer.types.add(geometry.type)
          const [minX, maxX, minY, maxY] = geometry.envelope
          layer.envelope = [
            Math.min(layer.envelope[0], minX),
            Math.max(layer.envelope[1], maxX),
            Math.min(layer.envelope[2], minY),
            Math.max(layer.envelope[3], maxY),
          ]
        }
        statement.run([
          geometry ? geometryBlob(geometry, options.crs.srid) : null,
          row.id,
          ...(columns.map((name) => listValue(row.properties[name])) as (string | number | null)[]),
        ])
        layer.count += 1
      }
      db.run('COMMIT')
      statement.free()
      registerLayer(db, layer, options, family)
    }
    return db.export()
  } finally {
    db.close()
  }
}

function registerLayer(
  db: Database,
  layer: Layer,
  options: { title: string; crs: GeoPackageCrs; declaredType: string },
  family: string,
) {
  const [minX, maxX, minY, maxY] = layer.envelope
  const known = layer.count > 0 && Number.isFinite(minX)
  // One geometry type when all agree, else the generic GEOMETRY (a Polygon beside MultiPolygons).
  const type =
    layer.types.size === 1
      ? [...layer.types][0]
      : layer.types.size
        ? 'GEOMETRY'
        : options.declaredType.toUpperCase()
  db.run(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
     VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)`,
    [
      layer.table,
      layer.table,
      `${options.title} (${family})`,
      known ? minX : null,
      known ? minY : null,
      known ? maxX : null,
      known ? maxY : null,
      options.crs.srid,
    ],
  )
  db.run(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)`, [
    layer.table,
    type ?? 'GEOMETRY',
    options.crs.srid,
  ])
}
