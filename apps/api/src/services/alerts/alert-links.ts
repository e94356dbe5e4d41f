/**
 * The web app's page of one alert: the alert opens from the address bar's hash (`#alerte=<id>`,
 * apps/web/src/lib/watch-hash.ts), which survives the map rewriting its query string.
 * @example alertAppUrl('https://veille.example', '3f2c…') // 'https://veille.example/app/#alerte=3f2c…'
 */
export function alertAppUrl(base: string, alertId: string): string {
  return `${base}/app/#alerte=${alertId}`
}

/**
 * A photo's absolute URL, for exports read outside the app; it answers with the alert's own rights.
 * @example alertPhotoUrl('https://veille.example', 'a1…', 'p9…') // 'https://veille.example/alerts/a1…/photos/p9…'
 */
export function alertPhotoUrl(base: string, alertId: string, photoId: string): string {
  return `${base}/alerts/${alertId}/photos/${photoId}`
}
