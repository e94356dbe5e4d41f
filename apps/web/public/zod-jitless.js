// Runs before the app's modules (a deferred classic script precedes the module script in index.html),
// so before any zod schema is built: zod 4 probes `new Function` to compile faster object parsers, and
// a strict Content-Security-Policy reports that probe as a violation even though zod catches it.
// Jitless parsing needs no eval (docs/architecture.md §35). A file, not an inline script: the CSP
// allows no inline script; it is not bundled, so that no chunk can be evaluated before it.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
