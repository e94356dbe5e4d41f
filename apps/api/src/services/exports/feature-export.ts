import type { Readable } from 'node:stream'
import {
  type CollectionDefinition,
  CRS_DETAILS,
  CRS84,
  type CsvStyle,
  EXPORT_MEDIA_TYPES,
  type ExportFormat,
  exportFileName,
  type Feature,
  type ItemsQuery,
} from '@heritage-watch/shared'
import type { FeatureExportRepo } from '../../db/feature-export-repo.ts'
import { requireCollection } from '../features.ts'
import { csvStream, exportedProperties } from './csv-export.ts'
import { writeGeoPackage } from './geopackage.ts'
import { withSourceTexts } from '../source-text.ts'
import { PRIVATE_EXPORT_COLUMNS } from './private-columns.ts'

/** What the route sends: the body (a stream for CSV, the file's bytes for a GeoPackage) and its headers. */
export interface ExportFile {
  body: Readable | Uint8Array
  contentType: string
  fileName: string
  numberMatched: number
}

/**
 * The export's scope: the query's page when `limit` was given, otherwise every feature that matches
 * from `offset` on (the whole layer, or the whole filtered view), whatever the page limit.
 */
function exportedCount(matched: number, query: ItemsQuery, limitGiven: boolean): number {
  const afterOffset = Math.max(0, matched - query.offset)
  return limitGiven ? Math.min(query.limit, afterOffset) : afterOffset
}

export function createFeatureExportService(repo: FeatureExportRepo) {
  return {
    async export(
      id: string,
      query: ItemsQuery,
      options: { format: ExportFormat; csvStyle: CsvStyle; limitGiven: boolean },
    ): Promise<ExportFile> {
      const collection: CollectionDefinition = requireCollection(id)
      const matched = await repo.count(collection, query)
      const total = exportedCount(matched, query, options.limitGiven)
      const properties = exportedProperties(collection, query.properties)
      const rows = withSourceTexts(repo.rows(collection, query, total))
      const file = { contentType: EXPORT_MEDIA_TYPES[options.format], numberMatched: total }
      if (options.format === 'csv')
        return {
          ...file,
          body: csvStream(properties, rows, options.csvStyle),
          fileName: exportFileName(collection.id, 'csv'),
        }
      const { srid, label } = CRS_DETAILS[query.crs]
      const body = await writeGeoPackage({
        layerName: collection.id.replace(/-/g, '_'),
        title: collection.title.fr,
        properties,
        rows,
        declaredType: collection.geometryType,
        crs: {
          srid,
          name: label,
          definition: await repo.crsDefinition(srid),
          wgs84Definition: await repo.crsDefinition(4326),
        },
      })
      return { ...file, body, fileName: exportFileName(collection.id, 'gpkg') }
    },

    /**
     * A private collection's features (alertes, constats), made by its own service for the caller and
     * read page by page, as a file in CRS84.
     */
    async exportFeatures(options: {
      collectionId: string
      title: string
      format: ExportFormat
      csvStyle: CsvStyle
      numberMatched: number
      pages: AsyncIterable<Feature[]>
    }): Promise<ExportFile> {
      const properties = PRIVATE_EXPORT_COLUMNS[options.collectionId] ?? []
      const rows = (async function* () {
        for await (const features of options.pages) yield* await repo.fromFeatures(features)
      })()
      const file = {
        contentType: EXPORT_MEDIA_TYPES[options.format],
        numberMatched: options.numberMatched,
        fileName: exportFileName(options.collectionId, options.format),
      }
      if (options.format === 'csv') return { ...file, body: csvStream(properties, rows, options.csvStyle) }
      const wgs84 = await repo.crsDefinition(4326)
      const body = await writeGeoPackage({
        layerName: options.collectionId,
        title: options.title,
        properties,
        rows,
        declaredType: 'Point',
        crs: { srid: 4326, name: CRS_DETAILS[CRS84].label, definition: wgs84, wgs84Definition: wgs84 },
      })
      return { ...file, body }
    },
  }
}

export type FeatureExportService = ReturnType<typeof createFeatureExportService>
