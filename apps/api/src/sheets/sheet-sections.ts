import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  ASSESSMENT_CONDITION_LABELS,
  ASSESSMENT_CONDITIONS,
  ASSESSMENT_OCCUPANCY_LABELS,
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_THREAT_LABELS,
  ASSESSMENT_TREND_LABELS,
  type CollectionDefinition,
  type Protection,
  type ProtectionRegime,
} from '@heritage-watch/shared'
import type { SheetAlertRow, SheetAssessmentRow, SiteAtRiskFollowupRow } from '../db/sheet-rows.ts'
import { conditionChartSvg } from './condition-chart.ts'
import {
  cell,
  escapeHtml,
  facts,
  formatDay,
  formatNumericDay,
  formatShortDate,
  table,
} from './sheet-format.ts'

// The sections of a fiche-bilan that every feature has: attributes, protections, the endangered site's
// follow-up, condition history and alerts. Each returns HTML with every stored value escaped.

const REGIMES: Record<ProtectionRegime, string> = {
  bien_inscrit: 'Bien inscrit (patrimoine mondial)',
  zone_tampon: 'Zone tampon',
  site_classe_2016: 'Site classé « La chaîne des terrils » (2016)',
  site_classe_inscrit: 'Site classé ou inscrit',
  monument_historique: 'Monument historique',
  erbm: 'ERBM',
}

/** A label of one of the shared vocabularies, or the stored value itself if it is not in it. */
const label = (labels: Record<string, { fr: string }>, value: string) => labels[value]?.fr ?? value

const section = (id: string, title: string, body: string) =>
  `<section id="${id}" class="sheet-section"><h2>${escapeHtml(title)}</h2>${body}</section>`

export function attributesSection(collection: CollectionDefinition, properties: Record<string, unknown>) {
  const rows = collection.properties.map((property): [string, string] => [
    property.title.fr,
    cell(properties[property.name], property.unit),
  ])
  return section('attributs', 'Attributs', facts(rows))
}

export function protectionsSection(protections: Protection[]) {
  const body = protections.length
    ? table(
        ['Régime', 'Statut', 'Précision'],
        protections.map((protection) => [
          escapeHtml(REGIMES[protection.regime]),
          escapeHtml(protection.status),
          escapeHtml(
            [protection.detail, protection.via ? `via ${protection.via.label}` : undefined]
              .filter(Boolean)
              .join(' ; ') || '—',
          ),
        ]),
      )
    : '<p>Aucune protection relevée par nos couches.</p>'
  return section('protections', 'Protections', body)
}

/** What officers added to an endangered site; nothing is invented when they added nothing. */
export function siteAtRiskSection(followup: SiteAtRiskFollowupRow | null) {
  const body = followup
    ? facts([
        ['Souscription Fondation du patrimoine', cell(followup.fondationPatrimoineUrl)],
        ['Propriétaire', cell(followup.proprietaire)],
        ['Protection', cell(followup.protection)],
        ['Mis à jour le', escapeHtml(formatShortDate(followup.updatedAt))],
      ])
    : '<p>Aucun complément saisi par la Mission (souscription, propriétaire, protection).</p>'
  return section('site-en-danger', 'Site minier en danger : suivi', body)
}

/** The latest validated state and which way the last two validated constats went. */
function latestState(assessments: SheetAssessmentRow[]): string {
  const valid = assessments.filter((assessment) => assessment.status === 'validee')
  const last = valid.at(-1)
  if (!last) return '<p>Aucun constat validé.</p>'
  const when =
    last.origin === 'source'
      ? `d’après la source : ${escapeHtml(last.source ?? '—')}`
      : `visite du ${escapeHtml(formatDay(last.visitedOn))}`
  const previous = valid.at(-2)
  const rank = (assessment: SheetAssessmentRow) =>
    ASSESSMENT_CONDITIONS.indexOf(assessment.condition as (typeof ASSESSMENT_CONDITIONS)[number])
  const change = !previous
    ? ''
    : rank(last) < rank(previous)
      ? ' ; en amélioration depuis le constat précédent'
      : rank(last) > rank(previous)
        ? ' ; en dégradation depuis le constat précédent'
        : ' ; inchangé depuis le constat précédent'
  return `<p class="latest"><strong>Dernier état validé : ${escapeHtml(label(ASSESSMENT_CONDITION_LABELS, last.condition))}</strong> (${when})${change}.</p>`
}

export async function assessmentsSection(assessments: SheetAssessmentRow[]) {
  if (assessments.length === 0)
    return section('constats', 'État de conservation (constats d’état)', '<p>Aucun constat d’état.</p>')
  const chart = await conditionChartSvg(assessments)
  const rows = [...assessments]
    .reverse()
    .map((assessment) => [
      escapeHtml(assessment.reference),
      assessment.origin === 'source'
        ? `${escapeHtml(formatNumericDay(assessment.visitedOn))}<br><small>source : ${escapeHtml(assessment.source ?? '—')}</small>`
        : escapeHtml(formatNumericDay(assessment.visitedOn)),
      escapeHtml(label(ASSESSMENT_CONDITION_LABELS, assessment.condition)),
      escapeHtml(label(ASSESSMENT_TREND_LABELS, assessment.trend)),
      escapeHtml(label(ASSESSMENT_OCCUPANCY_LABELS, assessment.occupancy)),
      escapeHtml(assessment.priority),
      cell(assessment.threats.map((threat) => label(ASSESSMENT_THREAT_LABELS, threat))),
      cell(assessment.note),
      escapeHtml(label(ASSESSMENT_STATUS_LABELS, assessment.status)),
    ])
  return section(
    'constats',
    'État de conservation (constats d’état)',
    `${latestState(assessments)}${chart ? `<figure class="chart">${chart}<figcaption>Points pleins : visites ; points creux : état tiré d’une source.</figcaption></figure>` : ''}${table(
      ['Réf.', 'Date', 'État', 'Tendance', 'Occupation', 'Priorité', 'Menaces', 'Note', 'Statut'],
      rows,
      'compact',
    )}<p class="note">Priorités du registre « Heritage at Risk » : A la plus urgente, F réparation en cours.</p>`,
  )
}

export function alertsSection(alerts: SheetAlertRow[]) {
  const body = alerts.length
    ? table(
        ['Réf.', 'Titre', 'Statut', 'Gravité', 'Catégorie', 'Observée le', 'Signalée le', 'Mise à jour'],
        alerts.map((alert) => [
          escapeHtml(alert.reference),
          `${escapeHtml(alert.title)}${alert.organisation ? `<br><small>${escapeHtml(alert.organisation)}</small>` : ''}`,
          escapeHtml(label(ALERT_STATUS_LABELS, alert.status)),
          `<span class="severity severity-${escapeHtml(alert.severity)}">${escapeHtml(label(ALERT_SEVERITY_LABELS, alert.severity))}</span>`,
          escapeHtml(label(ALERT_CATEGORY_LABELS, alert.category)),
          escapeHtml(formatNumericDay(alert.observedOn)),
          escapeHtml(formatShortDate(alert.createdAt)),
          escapeHtml(formatShortDate(alert.updatedAt)),
        ]),
        'compact',
      )
    : '<p>Aucune alerte.</p>'
  return section('alertes', 'Alertes', body)
}

export { section }
