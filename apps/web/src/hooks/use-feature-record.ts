import type { Feature, FeatureContext } from '@heritage-watch/shared'
import { useEffect, useState } from 'react'
import { ApiError } from '../api/api-error.ts'
import { fetchFeature, fetchFeatureContext } from '../api/features-client.ts'
import { env } from '../env.ts'
import type { FeatureRef } from '../lib/url-state.ts'

export type RecordState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; feature: Feature }

export type ContextState =
  { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; context: FeatureContext }

export interface FeatureRecord {
  record: RecordState
  context: ContextState
}

/** Where a record comes from; the hook does not know it is HTTP. */
export interface RecordLoaders {
  feature: (ref: FeatureRef, signal: AbortSignal) => Promise<Feature>
  context: (ref: FeatureRef, signal: AbortSignal) => Promise<FeatureContext>
}

const API_LOADERS: RecordLoaders = {
  feature: (ref, signal) => fetchFeature(ref, { apiBaseUrl: env.apiBaseUrl, signal }),
  context: (ref, signal) => fetchFeatureContext(ref, { apiBaseUrl: env.apiBaseUrl, signal }),
}

const toError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/**
 * Loads a feature's record (all its properties) and its context (protections, related features) side
 * by side. A failed context does not fail the record: it is reported as `unavailable`.
 */
export function useFeatureRecord(selection: FeatureRef, loaders: RecordLoaders = API_LOADERS): FeatureRecord {
  const [record, setRecord] = useState<RecordState>({ status: 'loading' })
  const [context, setContext] = useState<ContextState>({ status: 'loading' })
  const { collection, id } = selection

  useEffect(() => {
    const controller = new AbortController()
    const ref = { collection, id }
    const live = () => !controller.signal.aborted
    setRecord({ status: 'loading' })
    setContext({ status: 'loading' })
    loaders.feature(ref, controller.signal).then(
      (feature) => live() && setRecord({ status: 'ready', feature }),
      (error: unknown) => {
        if (!live()) return
        const missing = error instanceof ApiError && (error.status === 404 || error.status === 400)
        setRecord(missing ? { status: 'missing' } : { status: 'error', error: toError(error) })
      },
    )
    loaders.context(ref, controller.signal).then(
      (loaded) => live() && setContext({ status: 'ready', context: loaded }),
      () => live() && setContext({ status: 'unavailable' }),
    )
    return () => controller.abort()
  }, [collection, id, loaders])

  return { record, context }
}
