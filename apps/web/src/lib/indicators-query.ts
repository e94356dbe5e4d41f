/**
 * What the dashboard asks GET /indicators for: an area (`bassin`, `commune:62498`…) and a period; with
 * `area: 'polygone'`, the drawn polygon (lib/indicator-polygon.ts).
 */
export interface IndicatorsRequest {
  area: string
  from: string
  to: string
  polygon?: GeoJSON.Polygon
}

/** The query string of GET /indicators; empty dates are left out (no bound). */
export function indicatorsSearch(request: IndicatorsRequest, format?: 'csv'): string {
  const parameters = new URLSearchParams({ area: request.area })
  if (request.area === 'polygone' && request.polygon)
    parameters.set('polygon', JSON.stringify(request.polygon))
  if (request.from) parameters.set('from', request.from)
  if (request.to) parameters.set('to', request.to)
  if (format) parameters.set('f', format)
  return parameters.toString()
}
