import type { AlertPreview, AlertPreviewRequest } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { previewAlert } from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useDebouncedValue } from './use-debounced-value.ts'
import { useSession } from './use-session.ts'

export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; preview: AlertPreview }
  | { status: 'error'; error: unknown }

/** A dragged pin moves many times a second: the context is asked for once it rests. */
const SETTLE_MS = 300

/**
 * The context and duplicate hints of a place, from `POST /alerts/preview` (a read, though a POST: a
 * query keyed by the place), asked again when the place changes and has rested.
 */
export function useAlertPreview(place: AlertPreviewRequest | null): PreviewState {
  const { request } = useSession()
  const key = place ? JSON.stringify(place) : ''
  const settled = useDebouncedValue(key, SETTLE_MS)
  const settledPlace = settled ? (JSON.parse(settled) as AlertPreviewRequest) : null
  const query = useQuery({
    queryKey: queryKeys.alertPreview(settledPlace ?? { features: [], geometry: null }),
    queryFn: ({ signal }) => previewAlert(settledPlace as AlertPreviewRequest, { ...request, signal }),
    enabled: settledPlace !== null && settled === key,
  })
  if (!key) return { status: 'idle' }
  if (settled !== key) return { status: 'loading' }
  if (query.isSuccess) return { status: 'ready', preview: query.data }
  if (query.isError) return { status: 'error', error: query.error }
  return { status: 'loading' }
}
