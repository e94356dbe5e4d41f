/** Media types used by the API. */
export const MEDIA_TYPES = {
  json: 'application/json',
  geojson: 'application/geo+json',
  html: 'text/html',
  openapi: 'application/vnd.oai.openapi+json;version=3.0',
  jsonSchema: 'application/schema+json',
  problem: 'application/problem+json',
  csv: 'text/csv; charset=utf-8',
  atom: 'application/atom+xml',
  eventStream: 'text/event-stream',
} as const
