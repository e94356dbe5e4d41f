import type { AccountSnapshot } from '@heritage-watch/shared'

/** The fields of an account the admin log compares, in the order they are told. */
const FIELDS = ['email', 'displayName', 'role', 'organisationId', 'disabled'] as const
export type AccountField = (typeof FIELDS)[number]

/** One field a logged action changed. */
export interface FieldChange {
  field: AccountField
  before: AccountSnapshot[AccountField] | undefined
  after: AccountSnapshot[AccountField] | undefined
}

/**
 * The fields that differ between an account's before and after in the admin log; every field of the
 * after for a creation (no before), none when neither is given.
 * @example changedFields({ …, role: 'officer' }, { …, role: 'admin' }) // [{ field: 'role', before: 'officer', after: 'admin' }]
 */
export function changedFields(before: AccountSnapshot | null, after: AccountSnapshot | null): FieldChange[] {
  if (!after) return []
  return FIELDS.filter((field) => !before || before[field] !== after[field]).map((field) => ({
    field,
    before: before?.[field],
    after: after[field],
  }))
}
