/**
 * The web app's configuration, read once at build time. The only reader of `import.meta.env`.
 * - `VITE_API_BASE_URL` defaults to '' (same origin): in development Vite proxies the API paths,
 *   in production the API serves this app.
 * Basemaps are the API's configuration (`GET /config/basemaps`), chosen at run time in the map's menu.
 */
export const env: { apiBaseUrl: string; appBaseUrl: string } = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
  /** Where the app's own static files are (`/app/`), such as public/place-labels.geojson. */
  appBaseUrl: import.meta.env.BASE_URL,
}
