import {
  ERBM_CRITERIA,
  ERBM_PHASES,
  type ErbmCiteDetail,
  type ErbmCiteSummary,
  type ErbmCriterion,
  erbmDossierLink,
} from '@heritage-watch/shared'
import type { ErbmEvaluationRow, ErbmOpinionRow, ErbmSummaryRow } from '../../db/erbm-read-repo.ts'

// Rows of the ERBM tables as the contract's shapes (packages/shared/src/api/erbm.ts).

const person = (id: string | null, name: string | null) => (id && name ? { id, displayName: name } : null)

/** The mean of the four scores, to two decimals. */
const meanScore = (scores: Record<ErbmCriterion, number>) =>
  Math.round(
    (ERBM_CRITERIA.reduce((sum, criterion) => sum + scores[criterion], 0) / ERBM_CRITERIA.length) * 100,
  ) / 100

/** @param seesAlerts false when the caller may see no alert at all: the count is then null, not 0 */
export function summaryOf(row: ErbmSummaryRow, seesAlerts: boolean): ErbmCiteSummary {
  const scores =
    row.visitedOn && row.habitabilite && row.facades && row.abords && row.patrimoine
      ? {
          habitabilite: row.habitabilite,
          facades: row.facades,
          abords: row.abords,
          patrimoine: row.patrimoine,
        }
      : null
  return {
    id: row.id,
    nom: row.nom,
    communes: row.communes,
    priorite: row.priorite,
    bailleur: row.bailleur,
    logements: row.logements,
    phase:
      row.phase && row.phaseStartedOn
        ? { phase: row.phase, startedOn: row.phaseStartedOn, endedOn: row.phaseEndedOn }
        : null,
    lastOpinion:
      row.opinionId && row.opinionGivenOn && row.opinionSubject && row.opinionVerdict
        ? {
            id: row.opinionId,
            givenOn: row.opinionGivenOn,
            subject: row.opinionSubject,
            verdict: row.opinionVerdict,
          }
        : null,
    scores:
      scores && row.visitedOn ? { visitedOn: row.visitedOn, values: scores, mean: meanScore(scores) } : null,
    openAlerts: seesAlerts ? row.openAlerts : null,
  }
}

const citeHref = (citeId: string) => `/erbm/cites/${encodeURIComponent(citeId)}`

export function opinionOf(citeId: string, row: ErbmOpinionRow): ErbmCiteDetail['opinions'][number] {
  return {
    id: row.id,
    givenOn: row.givenOn,
    subject: row.subject,
    verdict: row.verdict,
    text: row.text,
    dossierNumber: row.dossierNumber,
    author: person(row.authorId, row.authorName),
    createdAt: row.createdAt.toISOString(),
    attachments: row.attachments.map((file) => ({
      ...file,
      href: `${citeHref(citeId)}/avis/${row.id}/pieces/${file.id}`,
    })),
  }
}

export function evaluationOf(citeId: string, row: ErbmEvaluationRow): ErbmCiteDetail['evaluations'][number] {
  const scores = Object.fromEntries(ERBM_CRITERIA.map((c) => [c, row[`${c}_score`]])) as Record<
    ErbmCriterion,
    number
  >
  const comments = Object.fromEntries(ERBM_CRITERIA.map((c) => [c, row[`${c}_comment`]])) as Record<
    ErbmCriterion,
    string
  >
  return {
    id: row.id,
    visitedOn: row.visitedOn,
    scores,
    comments,
    mean: meanScore(scores),
    author: person(row.authorId, row.authorName),
    createdAt: row.createdAt.toISOString(),
    photos: row.photos.map((photo) => ({
      ...photo,
      href: `${citeHref(citeId)}/bilans/${row.id}/photos/${photo.id}`,
    })),
  }
}

/** A dossier's link: the one an officer gave, else the usual Démarches Simplifiées link, said to be built. */
export function dossierOf(row: {
  number: string
  url: string | null
  label: string | null
  createdAt: Date
}) {
  return {
    number: row.number,
    url: row.url ?? erbmDossierLink(row.number),
    linkSource: row.url ? ('given' as const) : ('built' as const),
    label: row.label,
    createdAt: row.createdAt.toISOString(),
  }
}

/** Every phase of the programme in order, with the dates recorded for it. */
export function phasesOf(
  rows: { phase: (typeof ERBM_PHASES)[number]; startedOn: string | null; endedOn: string | null }[],
) {
  return ERBM_PHASES.map((phase) => {
    const row = rows.find((candidate) => candidate.phase === phase)
    return { phase, startedOn: row?.startedOn ?? null, endedOn: row?.endedOn ?? null }
  })
}
