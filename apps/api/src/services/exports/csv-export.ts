import { Readable } from 'node:stream'
import type { CollectionDefinition, CsvStyle } from '@heritage-watch/shared'
import { stringify } from 'csv-stringify'
import type { ExportRow } from '../../db/feature-export-repo.ts'
import { type ExportProperty, frenchLabel } from './french-labels.ts'

// CSV of a collection's features. The French form is what a French office's spreadsheet opens as
// columns: `;` (the comma is the decimal separator there), UTF-8 with a BOM, the catalogue's French
// titles and labels, decimal commas. The international form keeps names and codes, `,` and no BOM.

const LIST_SEPARATOR = ' | '

interface CsvColumn {
  key: string
  header: string
}

function columns(properties: readonly ExportProperty[], style: CsvStyle): CsvColumn[] {
  const french = style === 'fr'
  return [
    { key: 'id', header: french ? 'Identifiant' : 'id' },
    ...properties.map((property) => ({
      key: property.name,
      header: french ? `${property.title.fr}${property.unit ? ` (${property.unit})` : ''}` : property.name,
    })),
    { key: '__wkt', header: french ? 'Géométrie (WKT)' : 'wkt' },
  ]
}

function frenchValue(property: ExportProperty, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  if (typeof value === 'number') return String(value).replace('.', ',')
  if (Array.isArray(value))
    return value.map((item) => frenchLabel(property, String(item))).join(LIST_SEPARATOR)
  return frenchLabel(property, String(value))
}

function internationalValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR)
  return String(value)
}

/** The properties a query returns, in the catalogue's order. */
export function exportedProperties(collection: CollectionDefinition, names: string[] | undefined) {
  return collection.properties.filter((property) => !names || names.includes(property.name))
}

/**
 * The CSV text of the rows, written as they are read.
 * @param rows the features, batch by batch from the database
 */
export function csvStream(
  properties: readonly ExportProperty[],
  rows: AsyncIterable<ExportRow>,
  style: CsvStyle,
): Readable {
  const french = style === 'fr'
  const records = async function* () {
    for await (const row of rows) {
      const record: Record<string, string> = { id: row.id, __wkt: row.geometry?.wkt ?? '' }
      for (const property of properties) {
        const value = row.properties[property.name]
        record[property.name] = french ? frenchValue(property, value) : internationalValue(value)
      }
      yield record
    }
  }
  const selected = columns(properties, style)
  // escape_formulas: a name such as =HYPERLINK(…) stays text in the spreadsheet.
  const stringifier = stringify({
    header: true,
    bom: french,
    delimiter: french ? ';' : ',',
    escape_formulas: true,
    columns: selected,
  })
  const source = Readable.from(records())
  source.on('error', (error) => stringifier.destroy(error))
  return source.pipe(stringifier)
}
