import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  ASSESSMENT_CONDITION_LABELS,
  ERBM_OPINION_SUBJECT_LABELS,
  ERBM_PHASE_LABELS,
  ERBM_VERDICT_LABELS,
} from '@heritage-watch/shared'
import type { HistoryRow } from '../../db/history-repo.ts'

// The short French sentence of each timeline entry, for readers of the JSON and the fiches-bilan; the web
// app words its own from `kind` and `data`, in the reader's language.

type Labels = Record<string, { fr: string } | undefined>
const COMMENT_LENGTH = 120

/** The French label of `value` in `labels`, or the raw value when it is not one of them. */
const fr = (labels: Labels, value: unknown): string => labels[String(value)]?.fr ?? String(value ?? '?')

const shorten = (text: unknown) => {
  const flat = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return flat.length > COMMENT_LENGTH ? `${flat.slice(0, COMMENT_LENGTH - 1)}…` : flat
}

function alertSummary({ kind, data }: HistoryRow): string {
  switch (kind) {
    case 'created':
      return `Alerte signalée (${fr(ALERT_CATEGORY_LABELS, data.category)}, gravité ${fr(ALERT_SEVERITY_LABELS, data.severity).toLowerCase()})`
    case 'status':
      return `Statut : ${fr(ALERT_STATUS_LABELS, data.from)} → ${fr(ALERT_STATUS_LABELS, data.to)}`
    case 'severity':
      return `Gravité : ${fr(ALERT_SEVERITY_LABELS, data.from)} → ${fr(ALERT_SEVERITY_LABELS, data.to)}`
    case 'assignment':
      return 'Attribution modifiée'
    case 'comment':
      return `Commentaire : ${shorten(data.body)}`
    case 'edit':
      return 'Alerte modifiée'
    case 'photo':
      return 'Photo ajoutée'
    default:
      return `Alerte : ${kind}`
  }
}

const ASSESSMENT_KINDS: Record<string, string> = {
  created: 'Constat d’état',
  proposed: 'Constat d’état proposé',
  validated: 'Constat d’état validé',
  refused: 'Constat d’état refusé',
}

function assessmentSummary({ kind, data }: HistoryRow): string {
  const what = ASSESSMENT_KINDS[kind] ?? `Constat d’état : ${kind}`
  const derived = data.origin === 'source' ? ' (d’après les sources)' : ''
  return `${what}${derived} : état ${fr(ASSESSMENT_CONDITION_LABELS, data.condition).toLowerCase()}, priorité ${String(data.priority)}`
}

function erbmSummary({ kind, data }: HistoryRow): string {
  switch (kind) {
    case 'opinion':
      return `Avis ${fr(ERBM_VERDICT_LABELS, data.verdict).toLowerCase()} : ${fr(ERBM_OPINION_SUBJECT_LABELS, data.subject)}`
    case 'evaluation':
      return 'Bilan qualitatif (visite)'
    case 'phase':
      return typeof data.phase === 'string'
        ? `Phase : ${fr(ERBM_PHASE_LABELS, data.phase)}`
        : 'Phases du suivi ERBM modifiées'
    case 'dossier':
      return typeof data.number === 'string'
        ? `Dossier Démarches Simplifiées n° ${data.number}`
        : 'Dossier Démarches Simplifiées'
    default:
      return 'Suivi ERBM mis à jour'
  }
}

/** The entry's summary, by its source. */
export function historySummary(row: HistoryRow): string {
  if (row.source === 'alert') return alertSummary(row)
  if (row.source === 'assessment') return assessmentSummary(row)
  return erbmSummary(row)
}
