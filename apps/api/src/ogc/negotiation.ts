import type { FastifyRequest } from 'fastify'

export type OutputFormat = 'json' | 'html'

const FORMATS: Record<string, OutputFormat> = { json: 'json', geojson: 'json', html: 'html' }

/**
 * The format of the answer: `f` wins (its value was checked by the route's schema), then the Accept
 * header (HTML only when the client prefers it to JSON, as a browser does), then JSON.
 */
export function outputFormat(request: FastifyRequest): OutputFormat {
  const f = (request.query as { f?: unknown } | undefined)?.f
  if (typeof f === 'string' && FORMATS[f.toLowerCase()]) return FORMATS[f.toLowerCase()] ?? 'json'
  const preferred = request.headers.accept ? pickPreferred(request.headers.accept) : undefined
  return preferred ?? 'json'
}

function pickPreferred(accept: string): OutputFormat | undefined {
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...parameters] = part.trim().split(';')
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { type: type.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { type } of ranked) {
    if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
    if (type.includes('json') || type === '*/*' || type === 'application/*') return 'json'
  }
  return undefined
}
