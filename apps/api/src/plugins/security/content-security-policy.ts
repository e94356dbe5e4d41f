import type { BasemapsConfig } from '../../services/basemaps.ts'

export type CspDirectives = Record<string, string[]>

/** The origins the browser fetches basemap tiles from: each configured URL's, once, in a stable order. */
export function basemapOrigins(config: Partial<BasemapsConfig>): string[] {
  const urls = [
    config.BASEMAP_PLAN_IGN_URL,
    config.BASEMAP_ORTHO_IGN_URL,
    config.BASEMAP_OSM_URL,
    config.BASEMAP_IGN_1950_URL,
    // Only a WMS with layers configured is ever asked (services/basemaps.ts).
    config.BASEMAP_HISTORICAL_LAYERS?.length ? config.BASEMAP_HISTORICAL_WMS_URL : undefined,
  ]
  const origins = urls.filter((url): url is string => Boolean(url)).map((url) => new URL(url).origin)
  return [...new Set(origins)].sort()
}

/**
 * The Content-Security-Policy of every answer (docs/architecture.md §35). Scripts come from our origin
 * only: no inline script, no eval. MapLibre starts its workers from a blob: URL and decodes tiles through
 * blob:/data: images, and fetches basemap tiles from their services (connect-src and img-src). Styles
 * allow 'unsafe-inline': the server-made pages (OGC HTML, fiches-bilan) carry a <style> block and style
 * attributes (Observable Plot's SVG), and a style cannot run code.
 * @param tileOrigins origins of the configured basemap services (basemapOrigins)
 */
export function contentSecurityPolicy(tileOrigins: readonly string[]): CspDirectives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...tileOrigins],
    'connect-src': ["'self'", ...tileOrigins],
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'font-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
}

/** The policy as the header's text. */
export function cspHeader(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/**
 * Permissions-Policy: geolocation for our own pages (a partner may locate herself on the map), every
 * other powerful feature off. Photos come through a file input, which needs no camera permission.
 */
export const PERMISSIONS_POLICY = [
  'geolocation=(self)',
  'camera=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'midi=()',
  'magnetometer=()',
  'gyroscope=()',
  'accelerometer=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ')
