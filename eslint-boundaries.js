// The layering rules of STYLE §1 and §3, as import restrictions that fail `npm run lint` (issue #9,
// point 7): the two apps never import each other (shared code goes in packages/*), and db/ sits below
// everything else of the API, so it never imports routes, services, plugins or the OGC helpers.

// By the other app's top folders, since a relative path cannot be resolved here: the web app has its own
// src/api/ folder, which `../../api/…` names too.
const OTHER_APP = (app) => ({
  group: [
    `**/apps/${app}/**`,
    `**/${app}/src/**`,
    `**/${app}/test/**`,
    `**/${app}/e2e/**`,
    `@heritage-watch/${app}`,
  ],
  message: `apps never import each other: put what both need in packages/* (STYLE §1).`,
})

const ABOVE_DB = {
  group: ['**/routes/**', '**/services/**', '**/plugins/**', '**/ogc/**', '**/app.ts'],
  message: 'db/ runs SQL and returns rows: it may not import routes, services, plugins or ogc/ (STYLE §3).',
}

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export const BOUNDARIES = [
  { files: ['apps/web/**/*.{ts,tsx}'], rules: restrict(OTHER_APP('api')) },
  { files: ['apps/api/**/*.ts'], rules: restrict(OTHER_APP('web')) },
  // Flat config replaces a rule's options per file, so db/ repeats the app rule beside its own.
  { files: ['apps/api/src/db/**/*.ts'], rules: restrict(OTHER_APP('web'), ABOVE_DB) },
]
