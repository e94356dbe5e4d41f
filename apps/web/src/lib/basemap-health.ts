/**
 * Whether a basemap's service answers, from its tiles since it was chosen (issue 11 §1: a service that
 * does not answer is said and the map falls back, never a blank map).
 */
export interface BasemapHealth {
  loaded: number
  errors: number
  failed: boolean
}

export type BasemapTileEvent = 'tile-loaded' | 'tile-error' | 'timeout'

/** A few errors can be tiles off a service's coverage; this many, and more than loaded, is a dead service. */
export const FAILED_AFTER_ERRORS = 3

/** How long the first tile may take before the service counts as not answering. */
export const FIRST_TILE_TIMEOUT_MS = 8000

export const HEALTHY: BasemapHealth = { loaded: 0, errors: 0, failed: false }

/**
 * The next health after one event. A failure is final: the caller falls back once, and a new choice
 * starts again from HEALTHY.
 * - `timeout`: fails when no tile has come yet (a service that hangs sends no error);
 * - errors: fail at FAILED_AFTER_ERRORS when they outnumber the loaded tiles.
 */
export function nextHealth(health: BasemapHealth, event: BasemapTileEvent): BasemapHealth {
  if (health.failed) return health
  switch (event) {
    case 'tile-loaded':
      return { ...health, loaded: health.loaded + 1 }
    case 'timeout':
      return health.loaded === 0 ? { ...health, failed: true } : health
    case 'tile-error': {
      const errors = health.errors + 1
      return { ...health, errors, failed: errors >= FAILED_AFTER_ERRORS && errors > health.loaded }
    }
  }
}
