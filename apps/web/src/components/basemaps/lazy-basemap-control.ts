import { lazy } from 'react'
import { rememberedBasemap } from '../../hooks/use-basemap-choice.ts'
import { OFFLINE_BASEMAP } from '../../lib/basemap-choice.ts'
import type { UrlState } from '../../lib/url-state.ts'

/**
 * The basemap menu, a chunk of its own with its texts: it is loaded after the first view is drawn
 * (first-load budget, issue #3), or at once when the URL or the last visit asks for a basemap.
 */
export const BasemapControl = lazy(async () => {
  const [module] = await Promise.all([
    import('./basemap-control.tsx'),
    import('../../i18n/watch-translations.ts'),
  ])
  return { default: module.BasemapControl }
})

/** Whether the map should not wait for its first view before loading the basemap menu. */
export function basemapWantedAtStart(initial: UrlState): boolean {
  const wanted = initial.basemap ?? rememberedBasemap()
  return wanted !== null && wanted !== OFFLINE_BASEMAP
}
