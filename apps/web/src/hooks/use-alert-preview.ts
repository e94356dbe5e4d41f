import type { AlertPreview, AlertPreviewRequest } from '@heritage-watch/shared'
import { useEffect, useState } from 'react'
import { previewAlert } from '../api/alerts-client.ts'
import { useSession } from './use-session.ts'

export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; preview: AlertPreview }
  | { status: 'error'; error: unknown }

/** A dragged pin moves many times a second: the context is asked for once it rests. */
const SETTLE_MS = 300

/**
 * The context and duplicate hints of a place, from `POST /alerts/preview`, asked again when the place
 * changes (the key says when: a JSON of the place).
 */
export function useAlertPreview(place: AlertPreviewRequest | null): PreviewState {
  const { request } = useSession()
  const [state, setState] = useState<PreviewState>({ status: 'idle' })
  const key = place ? JSON.stringify(place) : ''

  useEffect(() => {
    if (!key) {
      setState({ status: 'idle' })
      return
    }
    const controller = new AbortController()
    setState({ status: 'loading' })
    const timer = window.setTimeout(() => {
      previewAlert(JSON.parse(key) as AlertPreviewRequest, { ...request, signal: controller.signal }).then(
        (preview) => setState({ status: 'ready', preview }),
        (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
      )
    }, SETTLE_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [key, request])

  return state
}
