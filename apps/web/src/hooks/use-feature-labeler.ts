import { featureLabel, findCollection } from '@heritage-watch/shared'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from './use-language.ts'

export type FeatureLabeler = (
  collectionId: string,
  id: string,
  properties: Readonly<Record<string, unknown>>,
) => string

/** A function naming features in the shown language (the shared `featureLabel` rule). */
export function useFeatureLabeler(): FeatureLabeler {
  const { t } = useTranslation()
  const language = useLanguage()
  return useCallback(
    (collectionId, id, properties) =>
      featureLabel(findCollection(collectionId)?.title[language] ?? collectionId, id, properties, {
        shaft: (puits, fosse) => t('labels.shaft', { puits, fosse }),
        pit: (fosse) => t('labels.pit', { fosse }),
        terril: (numero) => t('labels.terril', { terril: numero }),
        numbered: (title, featureId) => t('labels.numbered', { title, id: featureId }),
      }),
    [t, language],
  )
}
