import { z } from 'zod'
import { onceText } from './query-values.ts'

// The file formats of `/collections/{id}/items` beside GeoJSON and HTML (issue 11 §3): CSV for a
// spreadsheet and GeoPackage for a GIS. Declared here so that the route, its OpenAPI parameters, the
// collection's enclosure links and the web app's export dialog agree.

export const EXPORT_FORMATS = ['csv', 'gpkg'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  gpkg: 'application/geopackage+sqlite3',
}

/** `f` of the items: the negotiated formats plus the export files. */
export const ItemsFormatValueSchema = onceText('must be one of json, geojson, html, csv, gpkg')
  .refine(
    (raw) => ['json', 'geojson', 'html', ...EXPORT_FORMATS].includes(raw.toLowerCase()),
    'must be one of json, geojson, html, csv, gpkg',
  )
  .meta({
    description:
      'Format de la réponse. csv et gpkg (GeoPackage) exportent toutes les entités qui répondent à la requête quand limit est absent',
    enum: ['json', 'geojson', 'html', ...EXPORT_FORMATS],
  })

/** The two CSV dialects: a French office's spreadsheet, or the plain form other tools expect. */
export const CSV_STYLES = ['fr', 'international'] as const
export type CsvStyle = (typeof CSV_STYLES)[number]

export const CsvStyleValueSchema = onceText('must be fr or international')
  .refine((raw) => (CSV_STYLES as readonly string[]).includes(raw), 'must be fr or international')
  .transform((raw) => raw as CsvStyle)
  .meta({
    type: 'string',
    enum: [...CSV_STYLES],
    description:
      'Avec f=csv : fr (défaut) = séparateur « ; », UTF-8 avec BOM, en-têtes et libellés français ; international = séparateur « , », sans BOM, noms des propriétés et codes',
  } as Record<string, unknown>)

/** The export's file name (Content-Disposition): the collection id and the format's extension. */
export function exportFileName(collectionId: string, format: ExportFormat | 'geojson'): string {
  return `${collectionId}.${format}`
}

/** `f` of a private collection's items (alertes, constats): GeoJSON, or every feature the caller may see as a file. */
export const PrivateItemsFormatSchema = z.enum(['json', 'geojson', ...EXPORT_FORMATS], {
  error: 'must be one of json, geojson, csv, gpkg (the HTML view is the web app)',
})
