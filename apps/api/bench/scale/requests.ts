import type { SessionHeaders } from './accounts.ts'

// What the scale bench asks at each size: what the desk, the map and the dashboard ask for (issue 12 §4).
// Alerts have no vector tiles: the web app draws them on the map as badges (GET /alerts/badges), which is
// therefore the alert map layer measured here.

/** A box around Lens–Liévin, inside the basin (CRS84). */
export const TOWN_BOX: [number, number, number, number] = [2.75, 50.4, 2.86, 50.47]

/** The reads measured at each size, by key (the key is what the report and the flatness check use). */
export const SCALE_READS: { key: string; label: string; path: string }[] = [
  { key: 'desk', label: 'GET /alerts, desk first page', path: '/alerts?sort=-observedOn&limit=50' },
  {
    key: 'desk-filtered',
    label: 'GET /alerts, status + category',
    path: '/alerts?status=nouvelle,prise_en_compte&category=erosion&sort=-observedOn&limit=50',
  },
  {
    key: 'desk-commune',
    label: 'GET /alerts, commune',
    path: '/alerts?commune=lens&sort=-observedOn&limit=50',
  },
  {
    key: 'desk-sorted-page',
    label: 'GET /alerts, by severity, page 3',
    path: '/alerts?status=nouvelle&sort=-severity&limit=50&offset=100',
  },
  {
    key: 'collection-bbox',
    label: 'alertes collection, town bbox',
    path: `/collections/alertes/items?bbox=${TOWN_BOX.join(',')}&limit=100`,
  },
  { key: 'badges', label: 'GET /alerts/badges (alert map layer)', path: '/alerts/badges' },
  { key: 'indicators', label: 'GET /indicators, basin', path: '/indicators' },
]

/** A partner's pin in the buffer zone west of terril 74A (the same place as the alerts bench's). */
const PIN = [2.771748, 50.443281] as const
const GRID = 20

/**
 * Where creation `n` is pinned: a 20 × 20 grid of pins about 250 m apart around PIN (Lens–Liévin, about
 * 5 km across, in the buffer zone and around it), taken in turn. Partners report in many places; when every
 * creation went to one pin, each found all the bench's earlier creations as duplicate candidates (they stay
 * open), so the hints grew with the bench's own history rather than with the alerts (§29).
 */
export function creationPin(n: number): [number, number] {
  const cell = n % (GRID * GRID)
  const column = (cell % GRID) - GRID / 2
  const row = Math.floor(cell / GRID) - GRID / 2
  return [round(PIN[0] + column * 0.0035), round(PIN[1] + row * 0.00225)]
}

const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6

/** The body of one synthetic alert creation; `n` makes titles distinct. */
export const creationBody = (n: number) => ({
  features: [],
  geometry: { type: 'Point', coordinates: creationPin(n) },
  category: 'erosion',
  severity: 'medium',
  title: `[bench] synthetic creation ${n}`,
  description: 'Synthetic alert written by the scale bench in its throwaway database.',
  observedOn: new Date().toISOString().slice(0, 10),
})

/** One request of the bench, returning the size of the answer; throws on an unexpected status. */
export async function call(
  apiBase: string,
  headers: SessionHeaders,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ bytes: number; text: string }> {
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
  return { bytes: Buffer.byteLength(text), text }
}
