import { describe, expect, it } from 'vitest'
import { changedFields } from './account-change.ts'

// Synthetic snapshots, for the test only.
const officer = {
  email: 'a@example.org',
  displayName: 'A',
  role: 'officer',
  organisationId: null,
  disabled: false,
}

describe('changedFields', () => {
  it('names the fields that differ, with before and after', () => {
    expect(changedFields(officer, { ...officer, role: 'admin', disabled: true })).toEqual([
      { field: 'role', before: 'officer', after: 'admin' },
      { field: 'disabled', before: false, after: true },
    ])
  })
  it('lists every field for a creation, none for an unchanged account or a missing after', () => {
    expect(changedFields(null, officer).map((change) => change.field)).toEqual([
      'email',
      'displayName',
      'role',
      'organisationId',
      'disabled',
    ])
    expect(changedFields(officer, { ...officer })).toEqual([])
    expect(changedFields(officer, null)).toEqual([])
  })
})
