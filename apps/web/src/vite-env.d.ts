/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin (and optional path prefix) of the API; empty means the same origin as the web app. */
  readonly VITE_API_BASE_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

interface Window {
  /** The MapLibre map, for the browser tests and the bench (issue #3 contract). */
  heritageWatchMap?: import('maplibre-gl').Map
}
