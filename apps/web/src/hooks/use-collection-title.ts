import { findCollection } from '@heritage-watch/shared'
import { useCallback } from 'react'
import { useLanguage } from './use-language.ts'

/** A function giving a collection's title from the catalogue, in the shown language. */
export function useCollectionTitle(): (collectionId: string) => string {
  const language = useLanguage()
  return useCallback(
    (collectionId) => findCollection(collectionId)?.title[language] ?? collectionId,
    [language],
  )
}
