import type { Basemap } from '@heritage-watch/shared'

/** The offline background: the app's own style, always there, and what the map falls back to. */
export const OFFLINE_BASEMAP = 'hors-ligne'

/** Where the last choice is remembered between visits. */
export const BASEMAP_STORAGE_KEY = 'heritage-watch:fond'

/**
 * The basemap to show at start: the URL's (`fond=`), else the remembered one, else the offline
 * background. An id the server does not offer (any more) counts as absent, never as an error.
 * @param offered the ids `GET /config/basemaps` lists
 */
export function initialBasemap(
  fromUrl: string | undefined,
  remembered: string | null,
  offered: readonly string[],
): string {
  for (const candidate of [fromUrl, remembered]) {
    if (candidate === OFFLINE_BASEMAP) return OFFLINE_BASEMAP
    if (candidate && offered.includes(candidate)) return candidate
  }
  return OFFLINE_BASEMAP
}

/** What the map draws for a choice: the basemap itself, and today's imagery under a historical one. */
export interface BasemapStack {
  /** Today's imagery a historical basemap is compared with; undefined for any other choice. */
  under?: Basemap
  top: Basemap
}

/**
 * The raster layers a choice needs, bottom first; undefined for the offline background or an unknown id.
 * @param compareWith the id of today's imagery (`compareWith` of the server's answer)
 */
export function basemapStack(
  choice: string,
  basemaps: readonly Basemap[],
  compareWith: string | null,
): BasemapStack | undefined {
  const top = basemaps.find((basemap) => basemap.id === choice)
  if (!top) return undefined
  const under =
    top.group === 'historical' ? basemaps.find((basemap) => basemap.id === compareWith) : undefined
  return under ? { under, top } : { top }
}
