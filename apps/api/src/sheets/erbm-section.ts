import {
  ERBM_CRITERIA,
  ERBM_CRITERION_LABELS,
  ERBM_OPINION_SUBJECT_LABELS,
  ERBM_PHASE_LABELS,
  ERBM_SCORE_MAX,
  ERBM_VERDICT_LABELS,
} from '@heritage-watch/shared'
import type { ErbmEvaluationRow, ErbmFollowupRows } from '../db/sheet-rows.ts'
import { cell, escapeHtml, facts, formatDay, formatNumber, formatNumericDay, table } from './sheet-format.ts'
import { section } from './sheet-sections.ts'

// A cité's ERBM follow-up on its fiche-bilan (convention 2024, art. 2.1-2.2): the programme's facts, its
// phases, the Mission's opinions, the Démarches Simplifiées dossiers and the bilan qualitatif's scores.

const label = (labels: Record<string, { fr: string }>, value: string) => labels[value]?.fr ?? value
const day = (value: string | null) => (value ? escapeHtml(formatNumericDay(value)) : '—')

const scoreOf = (evaluation: ErbmEvaluationRow, criterion: (typeof ERBM_CRITERIA)[number]) => ({
  score: evaluation[`${criterion}Score`],
  comment: evaluation[`${criterion}Comment`],
})

/** A score as "3 / 4" with a bar of four cells, so that the grid reads at a glance on paper. */
function scoreCell(score: number): string {
  const cells = Array.from(
    { length: ERBM_SCORE_MAX },
    (_, index) => `<i class="${index < score ? 'on' : ''}"></i>`,
  ).join('')
  return `<span class="score" aria-label="${score} sur ${ERBM_SCORE_MAX}">${cells}</span> ${score}&nbsp;/&nbsp;${ERBM_SCORE_MAX}`
}

function bilan(evaluations: ErbmEvaluationRow[]): string {
  const [latest, ...earlier] = evaluations
  if (!latest) return '<h3>Bilan qualitatif</h3><p>Aucune visite de bilan.</p>'
  const grid = table(
    ['Critère', 'Note', 'Commentaire'],
    ERBM_CRITERIA.map((criterion) => {
      const { score, comment } = scoreOf(latest, criterion)
      return [escapeHtml(ERBM_CRITERION_LABELS[criterion].fr), scoreCell(score), cell(comment)]
    }),
  )
  const mean = (evaluation: ErbmEvaluationRow) =>
    ERBM_CRITERIA.reduce((sum, criterion) => sum + scoreOf(evaluation, criterion).score, 0) /
    ERBM_CRITERIA.length
  const history = earlier.length
    ? table(
        ['Visite', ...ERBM_CRITERIA.map((criterion) => ERBM_CRITERION_LABELS[criterion].fr), 'Moyenne'],
        earlier.map((evaluation) => [
          day(evaluation.visitedOn),
          ...ERBM_CRITERIA.map((criterion) => String(scoreOf(evaluation, criterion).score)),
          escapeHtml(formatNumber(mean(evaluation))),
        ]),
        'compact',
      )
    : ''
  return `<h3>Bilan qualitatif — visite du ${escapeHtml(formatDay(latest.visitedOn))} (moyenne ${escapeHtml(formatNumber(mean(latest)))} / ${ERBM_SCORE_MAX})</h3>${grid}${history ? `<h3>Visites précédentes</h3>${history}` : ''}`
}

export function erbmSection(erbm: ErbmFollowupRows, priority: unknown) {
  const summary = facts([
    ['Priorité ERBM (liste officielle)', cell(priority)],
    ['Bailleur', cell(erbm.followup?.bailleur)],
    ['Logements', cell(erbm.followup?.logements)],
    ['Phase en cours', erbm.currentPhase ? escapeHtml(label(ERBM_PHASE_LABELS, erbm.currentPhase)) : '—'],
  ])
  const phases = erbm.phases.length
    ? table(
        ['Phase', 'Début', 'Fin'],
        erbm.phases.map((phase) => [
          escapeHtml(label(ERBM_PHASE_LABELS, phase.phase)),
          day(phase.startedOn),
          day(phase.endedOn),
        ]),
        'compact',
      )
    : '<p>Aucune phase renseignée.</p>'
  const opinions = erbm.opinions.length
    ? table(
        ['Date', 'Objet', 'Avis', 'Texte', 'Dossier', 'Pièces jointes'],
        erbm.opinions.map((opinion) => [
          day(opinion.givenOn),
          escapeHtml(label(ERBM_OPINION_SUBJECT_LABELS, opinion.subject)),
          escapeHtml(label(ERBM_VERDICT_LABELS, opinion.verdict)),
          cell(opinion.text),
          cell(opinion.dossierNumber),
          String(opinion.attachments),
        ]),
        'compact',
      )
    : '<p>Aucun avis de la Mission.</p>'
  const dossiers = erbm.dossiers.length
    ? `<ul>${erbm.dossiers
        .map(
          (dossier) =>
            `<li>Dossier n° ${escapeHtml(dossier.number)}${dossier.label ? ` — ${escapeHtml(dossier.label)}` : ''}${dossier.url ? ` : ${cell(dossier.url)}` : ''}</li>`,
        )
        .join('')}</ul>`
    : '<p>Aucun dossier déposé sur Démarches Simplifiées.</p>'
  return section(
    'erbm',
    'Suivi ERBM',
    `${summary}<h3>Phases</h3>${phases}<h3>Avis de la Mission</h3>${opinions}<h3>Dossiers (Démarches Simplifiées)</h3>${dossiers}${bilan(erbm.evaluations)}`,
  )
}
