/**
 * The web app's configuration, read once at build time. The only reader of `import.meta.env`.
 * `VITE_API_BASE_URL` defaults to '' (same origin): in development Vite proxies the API paths,
 * in production the API serves this app.
 */
export const env = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
} as const
