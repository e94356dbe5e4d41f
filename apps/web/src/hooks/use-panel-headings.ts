import { useCallback, useEffect, useRef } from 'react'

export type PanelHeading = 'layers' | 'list' | 'record'

/**
 * The panels' headings and the focus moved to one when its panel is opened (`focusNext`), once it is
 * rendered. The record is loaded lazily, so it may mount after the render that asked for the focus: its
 * heading takes `recordHeadingRef`, a callback ref that focuses it as it mounts.
 */
export function usePanelHeadings() {
  const layers = useRef<HTMLHeadingElement>(null)
  const list = useRef<HTMLHeadingElement>(null)
  const record = useRef<HTMLHeadingElement | null>(null)
  const pending = useRef<PanelHeading | null>(null)

  useEffect(() => {
    const target = pending.current
    const element = target && { layers, list, record }[target].current
    if (!element) return
    pending.current = null
    element.focus()
  })

  const recordHeadingRef = useCallback((element: HTMLHeadingElement | null) => {
    record.current = element
    if (element && pending.current === 'record') {
      pending.current = null
      element.focus()
    }
  }, [])

  const focusNext = useCallback((heading: PanelHeading) => {
    pending.current = heading
  }, [])

  return { layers, list, recordHeadingRef, focusNext }
}
