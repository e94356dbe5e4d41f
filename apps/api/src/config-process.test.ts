import { describe, expect, it } from 'vitest'
import { apiProcessEnvironment, EMBEDDED_MALLOC_SETTINGS, EMBEDDED_NODE_OPTIONS } from './config.ts'

// What npm start's launcher (cli/launch.ts) and the bench give the API process (architecture §32).
describe('apiProcessEnvironment', () => {
  it.runIf(process.platform === 'linux')("adds glibc's malloc settings for the embedded database", () => {
    expect(apiProcessEnvironment({ PORT: '3000' })).toEqual({
      PORT: '3000',
      ...EMBEDDED_MALLOC_SETTINGS,
      NODE_OPTIONS: '--max-old-space-size=1900',
    })
  })

  it("adds V8's heap limit to the embedded database's NODE_OPTIONS, after those given", () => {
    expect(EMBEDDED_NODE_OPTIONS).toEqual(['--max-old-space-size=1900'])
    expect(apiProcessEnvironment({}).NODE_OPTIONS).toBe('--max-old-space-size=1900')
    expect(apiProcessEnvironment({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(
      '--enable-source-maps --max-old-space-size=1900',
    )
  })

  it('leaves a server’s API as it was', () => {
    const environment = { DATABASE_URL: 'postgres://localhost/hw', NODE_OPTIONS: '--trace-warnings' }
    expect(apiProcessEnvironment(environment)).toEqual(environment)
  })

  it.runIf(process.platform === 'linux')('keeps a value already set', () => {
    expect(apiProcessEnvironment({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4')
  })

  it('keeps a heap limit already set', () => {
    expect(apiProcessEnvironment({ NODE_OPTIONS: '--max-old-space-size=512' }).NODE_OPTIONS).toBe(
      '--max-old-space-size=512',
    )
  })
})
