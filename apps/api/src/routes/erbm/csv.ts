import {
  ERBM_CRITERION_LABELS,
  ERBM_OPINION_SUBJECT_LABELS,
  ERBM_PHASE_LABELS,
  ERBM_VERDICT_LABELS,
  type ErbmCiteSummary,
} from '@heritage-watch/shared'
import { stringify } from 'csv-stringify/sync'

// The dashboard as CSV, for the Mission's spreadsheets: French headers and French labels, the lines the
// filter shows in the order they are sorted.

const PRIORITY_LABELS = { oui: 'oui', non: 'non', inconnue: 'inconnue' } as const

const COLUMNS: [header: string, value: (cite: ErbmCiteSummary) => string | number | null][] = [
  ['Identifiant', (cite) => cite.id],
  ['Cité', (cite) => cite.nom],
  ['Communes', (cite) => cite.communes.join(' | ')],
  ['Prioritaire ERBM', (cite) => PRIORITY_LABELS[cite.priorite]],
  ['Bailleur', (cite) => cite.bailleur],
  ['Logements', (cite) => cite.logements],
  ['Phase en cours', (cite) => (cite.phase ? ERBM_PHASE_LABELS[cite.phase.phase].fr : null)],
  ['Début de la phase', (cite) => cite.phase?.startedOn ?? null],
  ['Date du dernier avis', (cite) => cite.lastOpinion?.givenOn ?? null],
  [
    'Objet du dernier avis',
    (cite) => (cite.lastOpinion ? ERBM_OPINION_SUBJECT_LABELS[cite.lastOpinion.subject].fr : null),
  ],
  [
    'Sens du dernier avis',
    (cite) => (cite.lastOpinion ? ERBM_VERDICT_LABELS[cite.lastOpinion.verdict].fr : null),
  ],
  ['Date du dernier bilan', (cite) => cite.scores?.visitedOn ?? null],
  [ERBM_CRITERION_LABELS.habitabilite.fr, (cite) => cite.scores?.values.habitabilite ?? null],
  [ERBM_CRITERION_LABELS.facades.fr, (cite) => cite.scores?.values.facades ?? null],
  [ERBM_CRITERION_LABELS.abords.fr, (cite) => cite.scores?.values.abords ?? null],
  [ERBM_CRITERION_LABELS.patrimoine.fr, (cite) => cite.scores?.values.patrimoine ?? null],
  ['Note moyenne', (cite) => cite.scores?.mean ?? null],
  ['Alertes ouvertes', (cite) => cite.openAlerts],
]

/** One row per cité. A BOM so that spreadsheet software reads UTF-8; formulas stay text. */
export function erbmCitesCsv(cites: ErbmCiteSummary[]): string {
  const rows = cites.map((cite) =>
    Object.fromEntries(COLUMNS.map(([header, value]) => [header, value(cite) ?? ''])),
  )
  return stringify(rows, {
    header: true,
    bom: true,
    escape_formulas: true,
    columns: COLUMNS.map(([header]) => header),
  })
}

/** Whether an Accept header prefers CSV to JSON (a spreadsheet tool asking for the table). */
export function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false
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
    if (type === 'text/csv') return true
    if (type.includes('json') || type === '*/*' || type === 'application/*') return false
  }
  return false
}
