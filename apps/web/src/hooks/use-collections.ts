import type { Collection, Collections } from '@heritage-watch/shared'
import { useCallback, useEffect, useState } from 'react'
import { fetchCollections } from '../api/collections-client.ts'
import { env } from '../env.ts'

/** Where the collections come from; the hook does not know it is HTTP. */
export type CollectionsLoader = (signal: AbortSignal) => Promise<Collections>

const loadFromApi: CollectionsLoader = (signal) => fetchCollections({ apiBaseUrl: env.apiBaseUrl, signal })

export type CollectionsState =
  { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; collections: Collection[] }

/**
 * Loads the collections once, and again on `retry`.
 * @param load injected in tests; the API client otherwise
 * @param enabled false to wait (the state stays `loading`)
 */
export function useCollections(
  load: CollectionsLoader = loadFromApi,
  enabled = true,
): CollectionsState & { retry: () => void } {
  const [state, setState] = useState<CollectionsState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // `attempt` is a dependency on purpose: a new attempt number is what re-runs the request.
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    setState({ status: 'loading' })
    load(controller.signal).then(
      (answer) => {
        if (!controller.signal.aborted) setState({ status: 'ready', collections: answer.collections })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) })
        }
      },
    )
    return () => controller.abort()
  }, [load, attempt, enabled])

  const retry = useCallback(() => setAttempt((previous) => previous + 1), [])
  return { ...state, retry }
}
