import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The boundaries are only worth having if they fail: lint a line that crosses each one, as if it were
// written in the file named, and expect the rule to refuse it.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

describe('import boundaries (eslint-boundaries.js)', () => {
  it('refuses the web app importing the API, and the API importing the web app', async () => {
    const web = await restrictedImports(
      'apps/web/e2e/support/serve-product.ts',
      "import { buildApp } from '../../../api/src/app.ts'\nexport { buildApp }\n",
    )
    expect(web).toEqual([expect.stringMatching(/apps never import each other/)])
    const api = await restrictedImports(
      'apps/api/src/app.ts',
      "import { env } from '../../web/src/env.ts'\nexport { env }\n",
    )
    expect(api).toEqual([expect.stringMatching(/apps never import each other/)])
  })

  it('refuses db/ importing the layers above it, and lets it import its own SQL and packages', async () => {
    for (const source of ['../ogc/links.ts', '../services/features.ts', '../routes/ogc/items.ts']) {
      const refused = await restrictedImports(
        'apps/api/src/db/features-repo.ts',
        `import { x } from '${source}'\nexport { x }\n`,
      )
      expect(refused, source).toEqual([expect.stringMatching(/db\/ runs SQL/)])
    }
    const allowed = await restrictedImports(
      'apps/api/src/db/features-repo.ts',
      "import { x } from './sql/features.sql.ts'\nimport { y } from '@heritage-watch/shared'\nexport { x, y }\n",
    )
    expect(allowed).toEqual([])
  })
})
