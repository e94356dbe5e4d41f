// Zod-free, so that the web app's first bundle can read them without loading zod.

/** Today's maps and imagery, and historical orthophotos (one entry per year or span). */
export const BASEMAP_GROUPS = ['current', 'historical'] as const

/** A basemap id as the URL (`fond=`) and local storage carry it. */
export const BASEMAP_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/

/** The ids of the basemaps offered by default (a configured historical WMS layer is `historique-<year>`). */
export const BASEMAP_IDS = {
  planIgn: 'plan-ign',
  orthoIgn: 'ortho-ign',
  osm: 'osm',
  ign1950: 'historique-ign-1950-1965',
} as const
