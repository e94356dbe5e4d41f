import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

describe('loadConfig', () => {
  it('has defaults for everything, so that npm start needs no configuration', () => {
    const config = loadConfig({})
    expect(config.PORT).toBe(3000)
    expect(config.DATABASE_URL).toBeUndefined()
    expect(config.PGLITE_DATA_DIR).toMatch(/\.data\/pglite$/)
  })

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' })).toThrow(ConfigError)
    const message = (() => {
      try {
        loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' })
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(message).toMatch(/^\s+PORT: /m)
    expect(message).toMatch(/^\s+DATABASE_URL: /m)
  })

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
  })
})
