import { describe, expect, it } from 'vitest'
import { apiProcessEnvironment, EMBEDDED_MALLOC_SETTINGS } from './config.ts'

// What npm start's launcher (cli/launch.ts) and the bench give the API process (architecture §32).
describe.runIf(process.platform === 'linux')('apiProcessEnvironment', () => {
  it("adds glibc's malloc settings for the embedded database", () => {
    expect(apiProcessEnvironment({ PORT: '3000' })).toEqual({ PORT: '3000', ...EMBEDDED_MALLOC_SETTINGS })
  })

  it('leaves a server’s API as it was', () => {
    const environment = { DATABASE_URL: 'postgres://localhost/hw' }
    expect(apiProcessEnvironment(environment)).toEqual(environment)
  })

  it('keeps a value already set', () => {
    expect(apiProcessEnvironment({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4')
  })
})
