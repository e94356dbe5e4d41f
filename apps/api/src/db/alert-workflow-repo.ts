import type { AlertPerson, AlertStatus } from '@heritage-watch/shared'
import type { LockedAlert } from './alert-rows.ts'
import type { Queryable } from './pool.ts'
import { firstRow } from './query-rows.ts'
import {
  ASSIGNEE_SQL,
  EDIT_ALERT_SQL,
  LOCK_ALERT_SQL,
  PHOTO_CHECKSUMS_SQL,
  PHOTO_COUNT_SQL,
  SET_ASSIGNEE_SQL,
  SET_STATUS_SQL,
  TOUCH_ALERT_SQL,
} from './sql/alert-workflow.sql.ts'

/** The fields an edit may change. */
export type AlertEditableFields = Omit<LockedAlert, 'id' | 'status' | 'organisationId' | 'assigneeId'>

/** Changes an alert that the same transaction has locked; run on that transaction's client. */
export function createAlertWorkflowRepo(db: Queryable) {
  return {
    /** The alert, locked until the transaction ends, or undefined. */
    async lock(alertId: string): Promise<LockedAlert | undefined> {
      return firstRow<LockedAlert>(db, LOCK_ALERT_SQL, [alertId])
    },

    async setStatus(alertId: string, status: AlertStatus): Promise<void> {
      await db.query(SET_STATUS_SQL, [alertId, status])
    },

    async setAssignee(alertId: string, assigneeId: string | null): Promise<void> {
      await db.query(SET_ASSIGNEE_SQL, [alertId, assigneeId])
    },

    async edit(alertId: string, fields: AlertEditableFields): Promise<void> {
      const { category, severity, title, description, observedOn } = fields
      await db.query(EDIT_ALERT_SQL, [alertId, category, severity, title, description, observedOn])
    },

    /** Marks the alert changed (`updated_at`) when only its history grows. */
    async touch(alertId: string): Promise<void> {
      await db.query(TOUCH_ALERT_SQL, [alertId])
    },

    /** An enabled officer or admin; undefined for anyone else, who may not be given alerts. */
    async assignee(id: string): Promise<AlertPerson | undefined> {
      return firstRow<AlertPerson>(db, ASSIGNEE_SQL, [id])
    },

    async photoCount(alertId: string): Promise<number> {
      return (await firstRow<{ count: number }>(db, PHOTO_COUNT_SQL, [alertId]))!.count
    },
    async photoChecksums(alertId: string): Promise<Set<string>> {
      const { rows } = await db.query<{ sha256: string }>(PHOTO_CHECKSUMS_SQL, [alertId])
      return new Set(rows.map((row) => row.sha256))
    },
  }
}
