import type { Basemap } from '@heritage-watch/shared'
import { useCallback, useEffect, useState } from 'react'
import { BASEMAP_STORAGE_KEY, initialBasemap, OFFLINE_BASEMAP } from '../lib/basemap-choice.ts'
import { serializeUrlState } from '../lib/url-state.ts'
import { readUrlState } from './use-url-history.ts'

/** The remembered choice; null when nothing is remembered or storage is refused (private browsing). */
export function rememberedBasemap(): string | null {
  try {
    return window.localStorage.getItem(BASEMAP_STORAGE_KEY)
  } catch {
    return null
  }
}

function remember(id: string): void {
  try {
    window.localStorage.setItem(BASEMAP_STORAGE_KEY, id)
  } catch {
    // Not remembered: the URL still carries it.
  }
}

/** `fond=` in the address bar (absent for the offline background); the map's own parameters stay. */
function writeUrl(id: string): void {
  const state = { ...readUrlState(), basemap: id === OFFLINE_BASEMAP ? undefined : id }
  const { pathname, hash, search } = window.location
  const next = serializeUrlState(state)
  if (next !== search) window.history.replaceState(null, '', `${pathname}${next}${hash}`)
}

/**
 * The basemap shown: read from the URL, else from local storage, once the server's list is known; a
 * choice is written to both. A fallback (`remember: false`) leaves the remembered choice, so that the
 * next visit tries the service again.
 */
export function useBasemapChoice(offered: readonly Basemap[], loaded: boolean) {
  const [choice, setChoice] = useState(OFFLINE_BASEMAP)
  useEffect(() => {
    if (!loaded) return
    const ids = offered.map((basemap) => basemap.id)
    setChoice(initialBasemap(readUrlState().basemap, rememberedBasemap(), ids))
  }, [offered, loaded])

  const choose = useCallback((id: string, { fallback = false } = {}) => {
    setChoice(id)
    if (!fallback) remember(id)
    writeUrl(id)
  }, [])
  return { choice, choose }
}
