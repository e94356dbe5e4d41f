import { execFile } from 'node:child_process'
import { readFile, readdir } from 'node:fs/promises'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { START_BUNDLE_DIR, startArguments } from './start-bundle.ts'

const run = promisify(execFile)

// npm start's bundle (architecture §32); the fault suite, the e2e tests and the bench start the API from it.
describe("npm start's bundle", () => {
  it('runs the API without tsx', async () => {
    const warnings: string[] = []
    const args = await startArguments((message) => warnings.push(message))
    expect(warnings).toEqual([])
    expect(args).not.toContain('tsx')
    // A bad setting ends the start at its first step, after every module of start.ts was loaded.
    const ended = await run(process.execPath, args, { env: { ...process.env, PORT: 'none' } }).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect(ended).toMatchObject({ code: 1, stderr: expect.stringContaining('PORT') })
  }, 30_000)

  it('starts the embedded database from its own file, and each module keeps its location', async () => {
    await startArguments(() => undefined)
    const modules = (await readdir(START_BUNDLE_DIR)).filter((name) => name.endsWith('.mjs'))
    const bundle = (
      await Promise.all(modules.map((name) => readFile(`${START_BUNDLE_DIR}${name}`, 'utf8')))
    ).join('\n')
    expect(bundle).toContain(`new URL("file://${START_BUNDLE_DIR}embedded-worker.mjs")`)
    expect(bundle).not.toContain('import.meta.url')
    // migrate.ts reads the migrations beside its own folder.
    expect(bundle).toContain('/apps/api/src/db/migrate.ts")')
  }, 30_000)
})
