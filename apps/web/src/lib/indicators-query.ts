/** What the dashboard asks GET /indicators for: an area (`bassin`, `commune:62498`…) and a period. */
export interface IndicatorsRequest {
  area: string
  from: string
  to: string
}

/** The query string of GET /indicators; empty dates are left out (no bound). */
export function indicatorsSearch(request: IndicatorsRequest, format?: 'csv'): string {
  const parameters = new URLSearchParams({ area: request.area })
  if (request.from) parameters.set('from', request.from)
  if (request.to) parameters.set('to', request.to)
  if (format) parameters.set('f', format)
  return parameters.toString()
}
