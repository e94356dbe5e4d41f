import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The API started by `npm run dev` (apps/api, PORT and HOST defaults). */
const API_ORIGIN = 'http://127.0.0.1:3000'

/** Paths served by the API; the web app lives under /app/. */
const API_PATHS = [
  '/collections',
  '/tiles',
  '/search',
  '/conformance',
  '/api',
  '/healthz',
  '/auth',
  '/admin',
  '/alerts',
  '/sheets',
  '/history',
  '/assessments',
  '/sites-en-danger',
  '/config',
  '/geocode',
  '/indicators',
  '/erbm',
  '/subscriptions',
  '/exports',
  '/catalog.jsonld',
  '/tileMatrixSets',
]

const proxy = Object.fromEntries(API_PATHS.map((path) => [path, { target: API_ORIGIN, changeOrigin: false }]))

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The API serves the built app under /app/; the root belongs to the OGC API landing page.
  base: '/app/',
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre alone is about 1 MB minified; it gets a chunk of its own (below), so the warning would
    // only repeat that.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre changes far less often than the app: its own file stays cached across deployments
        // and downloads alongside the app's.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
})
