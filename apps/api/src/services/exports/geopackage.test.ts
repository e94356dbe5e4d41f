import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import type { ExportRow } from '../../db/feature-export-repo.ts'
import { writeGeoPackage } from './geopackage.ts'

// Synthetic features (not real ones): a point and a polygon, as PostGIS would give their WKB.

/** Little-endian WKB of a point. */
function pointWkb(x: number, y: number): Uint8Array {
  const buffer = Buffer.alloc(21)
  buffer.writeUInt8(1, 0)
  buffer.writeUInt32LE(1, 1)
  buffer.writeDoubleLE(x, 5)
  buffer.writeDoubleLE(y, 13)
  return buffer
}

/** Little-endian WKB of a one-ring polygon. */
function squareWkb(x: number, y: number, side: number): Uint8Array {
  const ring = [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y],
  ]
  const buffer = Buffer.alloc(1 + 4 + 4 + 4 + ring.length * 16)
  buffer.writeUInt8(1, 0)
  buffer.writeUInt32LE(3, 1)
  buffer.writeUInt32LE(1, 5)
  buffer.writeUInt32LE(ring.length, 9)
  ring.forEach(([px, py], index) => {
    buffer.writeDoubleLE(px ?? 0, 13 + index * 16)
    buffer.writeDoubleLE(py ?? 0, 21 + index * 16)
  })
  return buffer
}

async function* mixed(): AsyncGenerator<ExportRow> {
  yield {
    id: 'p',
    properties: { nom: 'Point', tags: ['a', 'b'] },
    geometry: { wkt: '', wkb: pointWkb(2, 50), type: 'POINT', envelope: [2, 2, 50, 50] },
  }
  yield {
    id: 'z',
    properties: { nom: 'Zone', tags: [] },
    geometry: { wkt: '', wkb: squareWkb(3, 50, 1), type: 'POLYGON', envelope: [3, 4, 50, 51] },
  }
}

describe('writeGeoPackage', () => {
  it('puts points and polygons in layers of their own, with the GeoPackage binary header and extents', async () => {
    const bytes = await writeGeoPackage({
      layerName: 'essai',
      title: 'Essai',
      properties: [
        { name: 'nom', kind: 'string', title: { fr: 'Nom', en: 'Name' } },
        { name: 'tags', kind: 'string[]', title: { fr: 'Mots', en: 'Tags' } },
      ],
      rows: mixed(),
      crs: {
        srid: 4326,
        name: 'WGS 84',
        definition: 'GEOGCS["WGS 84"]',
        wgs84Definition: 'GEOGCS["WGS 84"]',
      },
      declaredType: 'Point',
    })
    const db = new (await initSqlJs()).Database(bytes)
    expect(db.exec('PRAGMA application_id')[0]?.values[0]?.[0]).toBe(0x47504b47)
    expect(db.exec('SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id')[0]?.values.flat()).toEqual([
      -1, 0, 4326,
    ])
    expect(
      db.exec('SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents ORDER BY table_name')[0]
        ?.values,
    ).toEqual([
      ['essai_points', 2, 50, 2, 50],
      ['essai_polygones', 3, 50, 4, 51],
    ])
    expect(
      db.exec('SELECT geometry_type_name FROM gpkg_geometry_columns ORDER BY table_name')[0]?.values.flat(),
    ).toEqual(['POINT', 'POLYGON'])
    const [[blob, tags]] = db.exec('SELECT geom, tags FROM essai_points')[0]?.values as [[Uint8Array, string]]
    const header = Buffer.from(blob)
    expect(header.subarray(0, 2).toString('ascii')).toBe('GP')
    expect(header.readInt32LE(4)).toBe(4326)
    expect(header.readDoubleLE(8)).toBe(2)
    expect(header.subarray(40)).toEqual(Buffer.from(pointWkb(2, 50)))
    expect(tags).toBe('a | b')
    db.close()
  })
})
