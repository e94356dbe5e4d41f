import type { LngLatBoundsLike } from 'maplibre-gl'

/** The whole bassin minier, the view of a first visit (issue #3). */
export const DEFAULT_BOUNDS: LngLatBoundsLike = [
  [2.25, 50.25],
  [3.7, 50.65],
]

/** Room kept around what the map fits to, in pixels. */
export const FIT_PADDING = 32

/** The closest a fit goes: a single building stays in its context. */
export const FIT_MAX_ZOOM = 16
