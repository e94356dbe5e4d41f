import { findSource, sourceSentence } from '@heritage-watch/shared'

/**
 * GeoJSON answers carry a feature's source as a short id that the collection document resolves (issue
 * 12). A CSV, a GeoPackage or an HTML page is read without that document, so they say the source in full:
 * producer, dataset and link. A value that names no source (the endangered sites' own references) is kept.
 */
export function sourceText(value: unknown): unknown {
  const source = typeof value === 'string' ? findSource(value) : undefined
  return source ? sourceSentence(source) : value
}

/** The properties with their `source` written in full, when they have one. */
export function withSourceText<Properties extends Record<string, unknown>>(
  properties: Properties,
): Properties {
  return 'source' in properties ? { ...properties, source: sourceText(properties.source) } : properties
}

/** Export rows with their `source` written in full, as they are read. */
export async function* withSourceTexts<Row extends { properties: Record<string, unknown> }>(
  rows: AsyncIterable<Row>,
): AsyncIterable<Row> {
  for await (const row of rows) yield { ...row, properties: withSourceText(row.properties) }
}
