import { describe, expect, it } from 'vitest'
import { indicatorsSearch } from './indicators-query.ts'

describe('indicatorsSearch', () => {
  it('leaves out the empty bounds and asks for CSV when told', () => {
    expect(indicatorsSearch({ area: 'commune:62498', from: '', to: '2026-12-31' }, 'csv')).toBe(
      'area=commune%3A62498&to=2026-12-31&f=csv',
    )
    expect(indicatorsSearch({ area: 'bassin', from: '', to: '' })).toBe('area=bassin')
  })
})
