import {
  ERBM_NO_PHASE,
  ERBM_PHASES,
  type ErbmCiteListParameters,
  type ErbmCiteSummary,
  type ErbmSortKey,
} from '@heritage-watch/shared'

// The dashboard's filters and sort, on the 59 lines in memory: the layer is small and fixed, and one SQL
// text for every line keeps the figures (phase, last opinion, scores, alerts) in one place.

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr')

/** Whether a line passes every filter given. */
export function matchesFilters(cite: ErbmCiteSummary, query: ErbmCiteListParameters): boolean {
  if (query.phase && !query.phase.includes(cite.phase?.phase ?? ERBM_NO_PHASE)) return false
  if (query.priorite && !query.priorite.includes(cite.priorite)) return false
  if (query.verdict && (!cite.lastOpinion || !query.verdict.includes(cite.lastOpinion.verdict))) return false
  if (query.commune) {
    const wanted = fold(query.commune)
    if (!cite.communes.some((commune) => fold(commune) === wanted)) return false
  }
  if (query.q) {
    const words = fold(query.q).split(/\s+/)
    const name = fold(`${cite.nom ?? ''} ${cite.id}`)
    if (!words.every((word) => name.includes(word))) return false
  }
  return true
}

type SortValue = string | number | null

/** What a line is sorted on; null sorts last whichever the direction. */
const SORT_VALUES: Record<ErbmSortKey, (cite: ErbmCiteSummary) => SortValue> = {
  nom: (cite) => cite.nom ?? cite.id,
  commune: (cite) => cite.communes[0] ?? null,
  priorite: (cite) => ['oui', 'non', 'inconnue'].indexOf(cite.priorite),
  phase: (cite) => (cite.phase ? ERBM_PHASES.indexOf(cite.phase.phase) : null),
  avis: (cite) => cite.lastOpinion?.givenOn ?? null,
  score: (cite) => cite.scores?.mean ?? null,
  alertes: (cite) => cite.openAlerts,
  logements: (cite) => cite.logements,
}

function compare(left: SortValue, right: SortValue): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right
  return String(left).localeCompare(String(right), 'fr', { numeric: true, sensitivity: 'base' })
}

/** Sorted on the key (by name by default), ties by name then id. */
export function sortCites(cites: ErbmCiteSummary[], sort: ErbmCiteListParameters['sort']): ErbmCiteSummary[] {
  const { key, descending } = sort ?? { key: 'nom' as const, descending: false }
  const valueOf = SORT_VALUES[key]
  const byName = (a: ErbmCiteSummary, b: ErbmCiteSummary) =>
    compare(a.nom ?? a.id, b.nom ?? b.id) || compare(a.id, b.id)
  return [...cites].sort((a, b) => {
    const [left, right] = [valueOf(a), valueOf(b)]
    if (left === null || right === null) return left === right ? byName(a, b) : left === null ? 1 : -1
    return (descending ? -compare(left, right) : compare(left, right)) || byName(a, b)
  })
}
