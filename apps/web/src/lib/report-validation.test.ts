import { describe, expect, it } from 'vitest'
import { localDate, type ReportValues, validateReport } from './report-validation.ts'

const valid: ReportValues = {
  category: 'incendie',
  severity: 'high',
  title: 'Combustion sur le flanc nord',
  description: 'Fumées visibles depuis la route.',
  observedOn: '2026-04-20',
  photos: [{ name: 'flanc.png', type: 'image/png', size: 2_000 }],
}

describe('validateReport', () => {
  it('accepts a complete report', () => {
    expect(validateReport(valid, '2026-04-21')).toEqual({})
  })

  it('names every missing field', () => {
    const errors = validateReport(
      { ...valid, category: '', severity: '', title: '  ', description: '', observedOn: '' },
      '2026-04-21',
    )
    expect(errors).toEqual({
      category: 'required',
      severity: 'required',
      title: 'required',
      description: 'required',
      observedOn: 'required',
    })
  })

  it('refuses a date in the future and photos of the wrong type or size', () => {
    expect(validateReport({ ...valid, observedOn: '2026-04-22' }, '2026-04-21').observedOn).toBe('future')
    const gif = { name: 'a.gif', type: 'image/gif', size: 10 }
    expect(validateReport({ ...valid, photos: [gif] }, '2026-04-21').photo).toBe('photoType')
    const huge = { name: 'a.jpg', type: 'image/jpeg', size: 10 * 1024 * 1024 + 1 }
    expect(validateReport({ ...valid, photos: [huge] }, '2026-04-21').photo).toBe('photoSize')
    const many = Array.from({ length: 11 }, () => valid.photos[0]!)
    expect(validateReport({ ...valid, photos: many }, '2026-04-21').photo).toBe('photoCount')
  })
})

describe('localDate', () => {
  it('writes the local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05')
  })
})
