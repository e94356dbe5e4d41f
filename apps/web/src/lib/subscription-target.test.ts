import { describe, expect, it } from 'vitest'
import { followTarget, type TargetDraft, targetOf } from './subscription-target.ts'

const DRAFT: TargetDraft = { kind: 'commune', code: '', category: 'erosion', severity: 'high' }

describe('subscription targets', () => {
  it('follows a commune or an EPCI by area, any other feature by its alerts', () => {
    expect(followTarget('communes/62528')).toEqual({ kind: 'commune', code: '62528' })
    expect(followTarget('epci/246200364')).toEqual({ kind: 'epci', code: '246200364' })
    expect(followTarget('terrils/74A')).toEqual({ kind: 'feature', collection: 'terrils', featureId: '74A' })
  })

  it('needs the area chosen before it makes an area target', () => {
    expect(targetOf(DRAFT)).toBeUndefined()
    expect(targetOf({ ...DRAFT, code: '62528' })).toEqual({ kind: 'commune', code: '62528' })
    expect(targetOf({ ...DRAFT, kind: 'follow' })).toBeUndefined()
  })

  it('takes the category, the severity or nothing else for the other kinds', () => {
    expect(targetOf({ ...DRAFT, kind: 'category' })).toEqual({ kind: 'category', category: 'erosion' })
    expect(targetOf({ ...DRAFT, kind: 'severity' })).toEqual({ kind: 'severity', severity: 'high' })
    expect(targetOf({ ...DRAFT, kind: 'triage' })).toEqual({ kind: 'triage' })
  })
})
