import { describe, expect, it } from 'vitest'
import { DEFAULT_ERBM_SORT, EMPTY_ERBM_FILTER, erbmCsvUrl, erbmQuery, nextErbmSort } from './erbm-query.ts'

describe('erbm-query', () => {
  it('writes only the filters given, then the sort', () => {
    expect(String(erbmQuery(EMPTY_ERBM_FILTER, DEFAULT_ERBM_SORT))).toBe('sort=nom')
    const filter = { ...EMPTY_ERBM_FILTER, phase: 'travaux' as const, commune: ' Lens ' }
    expect(String(erbmQuery(filter, { key: 'score', descending: true }))).toBe(
      'phase=travaux&commune=Lens&sort=-score',
    )
  })

  it('builds the CSV link of what the table shows', () => {
    const url = erbmCsvUrl('/api', { ...EMPTY_ERBM_FILTER, verdict: 'defavorable' }, DEFAULT_ERBM_SORT)
    expect(url).toBe('/api/erbm/cites?verdict=defavorable&sort=nom&f=csv')
  })

  it('flips the same column and starts scores descending', () => {
    expect(nextErbmSort(DEFAULT_ERBM_SORT, 'nom')).toEqual({ key: 'nom', descending: true })
    expect(nextErbmSort(DEFAULT_ERBM_SORT, 'score')).toEqual({ key: 'score', descending: true })
    expect(nextErbmSort(DEFAULT_ERBM_SORT, 'phase')).toEqual({ key: 'phase', descending: false })
  })
})
