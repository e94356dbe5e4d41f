import { describe, expect, it } from 'vitest'
import { ALERT_STATUSES, canTransition, isOpen, OPEN_ALERT_STATUSES } from './alert-values.ts'

describe('isOpen', () => {
  it('is true for the statuses still to be dealt with and false for the final ones', () => {
    expect(ALERT_STATUSES.filter(isOpen)).toEqual(['nouvelle', 'prise_en_compte', 'en_cours'])
    expect(isOpen('resolue')).toBe(false)
    expect(isOpen('rejetee')).toBe(false)
  })

  it('agrees with the workflow: an alert is open exactly when it can still be rejected', () => {
    for (const status of ALERT_STATUSES) expect(isOpen(status)).toBe(canTransition(status, 'rejetee'))
  })

  it('matches OPEN_ALERT_STATUSES, which the SQL of badges and duplicate hints reads', () => {
    expect(ALERT_STATUSES.filter(isOpen)).toEqual([...OPEN_ALERT_STATUSES])
  })
})
