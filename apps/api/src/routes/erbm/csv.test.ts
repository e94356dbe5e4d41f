import { describe, expect, it } from 'vitest'
import { prefersCsv } from './csv.ts'

describe('prefersCsv', () => {
  it('answers CSV only when the Accept header ranks it above JSON', () => {
    expect(prefersCsv(undefined)).toBe(false)
    expect(prefersCsv('text/csv')).toBe(true)
    expect(prefersCsv('application/json, text/csv')).toBe(false)
    expect(prefersCsv('application/json;q=0.5, text/csv')).toBe(true)
    expect(prefersCsv('*/*')).toBe(false)
    expect(prefersCsv('text/csv;q=0')).toBe(false)
  })
})
