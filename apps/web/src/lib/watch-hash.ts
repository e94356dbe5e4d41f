/**
 * What the address bar's hash holds for the accounts and alerts UI: the open sheet and the open alert,
 * e.g. `#vue=bureau&alerte=3f2c…`. The hash, because the map's query string (url-state.ts) is rewritten
 * on every map move and keeps the hash as it is; a link to an alert survives the map.
 */
export type WatchSheet = 'desk' | 'tokens' | 'admin' | 'erbm' | 'indicators' | 'subscriptions'

export interface WatchHashState {
  sheet: WatchSheet | null
  alertId: string | null
  /** What the subscriptions sheet offers to follow, `<collection>/<feature id>` (a record's "S'abonner"). */
  follow?: string
}

/** The words of the hash, French like the map's parameters. */
const SHEET_WORDS: Record<WatchSheet, string> = {
  desk: 'bureau',
  tokens: 'jetons',
  admin: 'admin',
  erbm: 'erbm',
  indicators: 'indicateurs',
  subscriptions: 'abonnements',
}
const FOLLOW = /^[a-z0-9-]+\/[^/\s]+$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Reads the hash; anything unknown is left out. @param hash `location.hash`, with or without `#` */
export function parseWatchHash(hash: string): WatchHashState {
  const parameters = new URLSearchParams(hash.replace(/^#/, ''))
  const word = parameters.get('vue')
  const sheet = (Object.keys(SHEET_WORDS) as WatchSheet[]).find((key) => SHEET_WORDS[key] === word) ?? null
  const alertId = parameters.get('alerte')
  const follow = parameters.get('suivre')
  return {
    sheet,
    alertId: alertId && UUID.test(alertId) ? alertId.toLowerCase() : null,
    ...(sheet === 'subscriptions' && follow && FOLLOW.test(follow) ? { follow } : {}),
  }
}

/** Writes the hash, '' when nothing is open. */
export function serializeWatchHash(state: WatchHashState): string {
  const parts: string[] = []
  if (state.sheet) parts.push(`vue=${SHEET_WORDS[state.sheet]}`)
  if (state.alertId) parts.push(`alerte=${state.alertId}`)
  if (state.sheet === 'subscriptions' && state.follow) parts.push(`suivre=${state.follow}`)
  return parts.length ? `#${parts.join('&')}` : ''
}
