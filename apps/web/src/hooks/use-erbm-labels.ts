import {
  ERBM_CRITERION_LABELS,
  ERBM_OPINION_SUBJECT_LABELS,
  ERBM_PHASE_LABELS,
  ERBM_VERDICT_LABELS,
  type ErbmCriterion,
  type ErbmOpinionSubject,
  type ErbmPhase,
  type ErbmVerdict,
} from '@heritage-watch/shared'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { parseLanguage } from '../lib/languages.ts'

/** The ERBM vocabularies' labels (packages/shared erbm-values.ts) in the shown language. */
export function useErbmLabels() {
  const { i18n } = useTranslation()
  const language = parseLanguage(i18n.resolvedLanguage)
  return useMemo(
    () => ({
      phase: (phase: ErbmPhase) => ERBM_PHASE_LABELS[phase][language],
      subject: (subject: ErbmOpinionSubject) => ERBM_OPINION_SUBJECT_LABELS[subject][language],
      verdict: (verdict: ErbmVerdict) => ERBM_VERDICT_LABELS[verdict][language],
      criterion: (criterion: ErbmCriterion) => ERBM_CRITERION_LABELS[criterion][language],
      date: (date: string) =>
        new Date(`${date}T12:00:00Z`).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB', {
          timeZone: 'UTC',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        }),
    }),
    [language],
  )
}
