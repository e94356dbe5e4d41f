import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

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

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|css|html|json|svg|txt)$/

/**
 * Writes a `.br` (quality 11) and a `.gz` (level 9) beside each built text file, which the API serves as
 * they are (`@fastify/static` `preCompressed`, plugins/web-app.ts). Compressing 1 MB of MapLibre on each
 * request took the server 0.1–0.7 s of CPU before the first byte of the app's largest file (issue 12);
 * the highest levels, too slow to use per request, also make the files smaller.
 */
function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'heritage-watch:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async writeBundle(_options, bundle) {
      const files = [...Object.keys(bundle), 'index.html'].filter((file) => COMPRESSIBLE.test(file))
      await Promise.all(
        [...new Set(files)].map(async (file) => {
          const bytes = await readFile(path.join(outDir, file)).catch(() => undefined)
          if (!bytes || bytes.length < 1024) return
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            promisify(gzip)(bytes, { level: 9 }),
          ])
          await Promise.all([
            writeFile(path.join(outDir, `${file}.br`), br),
            writeFile(path.join(outDir, `${file}.gz`), gz),
          ])
        }),
      )
    },
  }
}

const proxy = Object.fromEntries(API_PATHS.map((path) => [path, { target: API_ORIGIN, changeOrigin: false }]))

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The API serves the built app under /app/; the root belongs to the OGC API landing page.
  base: '/app/',
  plugins: [react(), precompress()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    // MapLibre alone is about 1 MB minified; it gets a chunk of its own (below), so the warning would
    // only repeat that.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre changes far less often than the app: its own file stays cached across deployments
        // and downloads alongside the app's.
        // The libraries every view needs share one chunk: compressed together they are smaller than as
        // the handful of small files the split would otherwise make (the first-load budget, issue 12).
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            {
              name: 'libraries',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
})
