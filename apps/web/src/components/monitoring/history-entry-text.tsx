import {
  ASSESSMENT_CONDITION_LABELS,
  ERBM_OPINION_SUBJECT_LABELS,
  ERBM_VERDICT_LABELS,
  type AlertCategory,
  type AlertSeverity,
  type AlertStatus,
  type HistoryEntry,
} from '@heritage-watch/shared'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useLanguage } from '../../hooks/use-language.ts'

type Labels = Record<string, { fr: string; en: string } | undefined>

/** What one timeline entry says, in the reader's language, from its kind and facts. */
export function HistoryEntryText({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const language = useLanguage()
  const label = (vocabulary: Labels, value: unknown) =>
    vocabulary[String(value)]?.[language] ?? String(value ?? '?')
  const { data } = entry

  if (entry.source === 'alert') {
    switch (entry.kind) {
      case 'created':
        return t('monitoring.entry.alertCreated', {
          category: labels.category(data.category as AlertCategory),
          severity: labels.severity(data.severity as AlertSeverity),
        })
      case 'status':
        return t('monitoring.entry.alertStatus', {
          from: labels.status(data.from as AlertStatus),
          to: labels.status(data.to as AlertStatus),
        })
      case 'severity':
        return t('monitoring.entry.alertSeverity', {
          from: labels.severity(data.from as AlertSeverity),
          to: labels.severity(data.to as AlertSeverity),
        })
      case 'assignment':
        return t('monitoring.entry.alertAssignment')
      case 'comment':
        return t('monitoring.entry.alertComment', { body: String(data.body ?? '') })
      case 'edit':
        return t('monitoring.entry.alertEdit')
      case 'photo':
        return t('monitoring.entry.alertPhoto')
    }
  }
  if (entry.source === 'assessment') {
    const facts = {
      condition: label(ASSESSMENT_CONDITION_LABELS, data.condition),
      priority: String(data.priority ?? '?'),
    }
    const derived = data.origin === 'source' ? ` (${t('monitoring.entry.fromSources')})` : ''
    switch (entry.kind) {
      case 'created':
        return t('monitoring.entry.assessmentCreated', facts) + derived
      case 'proposed':
        return t('monitoring.entry.assessmentProposed', facts) + derived
      case 'validated':
        return t('monitoring.entry.assessmentValidated', facts) + derived
      case 'refused':
        return t('monitoring.entry.assessmentRefused')
    }
  }
  if (entry.source === 'erbm') {
    switch (entry.kind) {
      case 'opinion':
        return t('monitoring.entry.erbmOpinion', {
          verdict: label(ERBM_VERDICT_LABELS, data.verdict),
          subject: label(ERBM_OPINION_SUBJECT_LABELS, data.subject),
        })
      case 'evaluation':
        return t('monitoring.entry.erbmEvaluation')
      case 'phase':
        return t('monitoring.entry.erbmPhase')
      case 'dossier':
        return t('monitoring.entry.erbmDossier')
      case 'followup':
        return t('monitoring.entry.erbmFollowup')
    }
  }
  return t('monitoring.entry.other', { kind: entry.kind })
}
