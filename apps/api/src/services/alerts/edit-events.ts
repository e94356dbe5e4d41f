import type { AlertEditRequest, AlertEventKind } from '@heritage-watch/shared'
import type { AlertEditableFields } from '../../db/alert-workflow-repo.ts'

/** An event a change appends to an alert's history. */
export interface AlertChangeEvent {
  kind: AlertEventKind
  data: Record<string, unknown>
}

/**
 * What an edit changes: the fields after it, and its events — `severity` (from → to) when the severity
 * moves, one `edit` naming every other field that moved. No event when nothing moves.
 * @param before the locked alert's fields
 * @param changes the edit request; an undefined field is left as it is
 */
export function editEvents(
  before: AlertEditableFields,
  changes: Partial<AlertEditRequest>,
): { after: AlertEditableFields; events: AlertChangeEvent[] } {
  const after: AlertEditableFields = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  }
  const edited = (Object.keys(before) as (keyof AlertEditableFields)[]).filter(
    (field) => field !== 'severity' && before[field] !== after[field],
  )
  const events: AlertChangeEvent[] = []
  if (after.severity !== before.severity) {
    events.push({ kind: 'severity', data: { from: before.severity, to: after.severity } })
  }
  if (edited.length > 0) {
    const fields = Object.fromEntries(
      edited.map((field) => [field, { from: before[field], to: after[field] }]),
    )
    events.push({ kind: 'edit', data: { changes: fields } })
  }
  return { after, events }
}
