import { type Basemap, parseBasemap } from './map/layers/basemap-layers.ts'

/**
 * The web app's configuration, read once at build time. The only reader of `import.meta.env`.
 * - `VITE_API_BASE_URL` defaults to '' (same origin): in development Vite proxies the API paths,
 *   in production the API serves this app.
 * - `VITE_BASEMAP` = `osm` or `plan-ign` adds that raster basemap under the data; unset (the default),
 *   the map uses nothing but the API.
 */
export const env: { apiBaseUrl: string; basemap: Basemap } = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
  basemap: parseBasemap(import.meta.env.VITE_BASEMAP),
}
