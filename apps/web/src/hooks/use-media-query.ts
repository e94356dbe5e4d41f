import { useSyncExternalStore } from 'react'

/** Wide enough for side panels beside the map; below it, panels are full-width sheets over the map. */
export const WIDE_SCREEN = '(min-width: 56rem)'

/** Whether a CSS media query matches now, kept up to date. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    () => window.matchMedia(query).matches,
  )
}
