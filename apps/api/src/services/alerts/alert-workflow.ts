import {
  type Actor,
  ALERT_PHOTO_MAX_COUNT,
  type Alert,
  AlertAssignRequestSchema,
  AlertBulkStatusRequestSchema,
  AlertCommentRequestSchema,
  AlertEditRequestSchema,
  type AlertStatus,
  AlertStatusChangeRequestSchema,
  type AlertSummary,
  canTransition,
  isOpen,
} from '@heritage-watch/shared'
import type { AlertRepos, AlertsDependencies } from '../../db/alert-repos.ts'
import type { LockedAlert } from '../../db/alert-rows.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts'
import { parseId, parseInput } from '../accounts/input.ts'
import { mayRead, userIdOf } from './alert-access.ts'
import type { AlertBus } from './alert-bus.ts'
import { toSummary } from './alert-shapes.ts'
import { type AlertChangeEvent, editEvents } from './edit-events.ts'
import { loadAlert } from './load-alert.ts'
import { ALERT_MESSAGES } from './messages.ts'
import { checkObservedOn } from './observed-on.ts'
import { checkPhotos, type ReceivedPhoto } from './photos.ts'

/** Checks and applies a status change to a locked alert; the caller records the event. */
async function moveTo(locked: LockedAlert, tx: AlertRepos, to: AlertStatus, comment?: string) {
  if (!canTransition(locked.status, to)) {
    throw new ConflictError(ALERT_MESSAGES.transitionIllegal(locked.status, to), 'transition_illegal')
  }
  await tx.workflow.setStatus(locked.id, to)
  return { kind: 'status' as const, data: { from: locked.status, to, ...(comment ? { comment } : {}) } }
}

/** Edits and photos are for open alerts; comments and assignment stay possible on closed ones. */
function requireOpen(locked: LockedAlert): void {
  if (!isOpen(locked.status)) throw new ConflictError(ALERT_MESSAGES.alertClosed(locked.status))
}

/**
 * The workflow of alerts (issue #4): status, assignment, comments, edits, photos and bulk status
 * changes. Each change locks its alert, checks it and appends its events to the append-only history
 * in one transaction, then tells live listeners once committed.
 */
export function createAlertWorkflowService({
  repos,
  inTransaction,
  bus,
}: AlertsDependencies & { bus: AlertBus }) {
  /** Runs one change of one alert: `change` checks and writes, and returns the events to record. */
  async function changeAlert(
    actor: Actor,
    rawId: unknown,
    change: (locked: LockedAlert, tx: AlertRepos) => Promise<AlertChangeEvent[]>,
  ): Promise<Alert> {
    const id = parseId(rawId)
    const authorId = userIdOf(actor)
    const committed = await inTransaction(async (tx) => {
      const locked = await tx.workflow.lock(id)
      if (!locked || !mayRead(actor, locked.organisationId)) {
        throw new NotFoundError(ALERT_MESSAGES.alertNotFound(id))
      }
      const events = await change(locked, tx)
      let at: Date | undefined
      for (const event of events) at = (await tx.write.insertEvent(id, event.kind, authorId, event.data)).at
      return { locked, events, at }
    })
    const last = committed.events.at(-1)
    if (last && committed.at) {
      const moved = committed.events.find((event) => event.kind === 'status')
      const status = (moved?.data.to as AlertStatus | undefined) ?? committed.locked.status
      await bus.publish({
        alertId: id,
        organisationId: committed.locked.organisationId,
        kind: last.kind,
        status,
        at: committed.at.toISOString(),
      })
    }
    return loadAlert(repos.read, actor, id)
  }

  return {
    /** Changes title, description, category, severity or observed date; one event per kind of change. */
    async edit(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const changes = parseInput(AlertEditRequestSchema, body)
      checkObservedOn(changes.observedOn)
      return changeAlert(actor, rawId, async (locked, tx) => {
        requireOpen(locked)
        const { category, severity, title, description, observedOn } = locked
        const { after, events } = editEvents({ category, severity, title, description, observedOn }, changes)
        if (events.length > 0) await tx.workflow.edit(locked.id, after)
        return events
      })
    },

    /** Moves an alert along the workflow, with an optional comment kept in the event. */
    async changeStatus(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const { status, comment } = parseInput(AlertStatusChangeRequestSchema, body)
      return changeAlert(actor, rawId, async (locked, tx) => [await moveTo(locked, tx, status, comment)])
    },

    /**
     * The same status change on several alerts, all or none: one illegal transition refuses them all,
     * naming each alert that cannot move.
     */
    async bulkStatus(actor: Actor, body: unknown): Promise<AlertSummary[]> {
      const { ids, status, comment } = parseInput(AlertBulkStatusRequestSchema, body)
      const unique = [...new Set(ids)]
      const authorId = userIdOf(actor)
      const changed = await inTransaction(async (tx) => {
        const problems: { name: string; reason: string; code?: 'transition_illegal' }[] = []
        const locked: LockedAlert[] = []
        // Locked in a fixed order, so that two bulk changes cannot deadlock each other.
        for (const id of [...unique].sort()) {
          const row = await tx.workflow.lock(id)
          if (!row || !mayRead(actor, row.organisationId)) {
            problems.push({ name: `ids.${ids.indexOf(id)}`, reason: ALERT_MESSAGES.alertNotFound(id) })
          } else if (!canTransition(row.status, status)) {
            problems.push({
              name: `ids.${ids.indexOf(id)}`,
              reason: ALERT_MESSAGES.transitionIllegal(row.status, status),
              code: 'transition_illegal',
            })
          } else locked.push(row)
        }
        if (problems.length) throw new ValidationError(problems)
        const results = []
        for (const row of locked) {
          const event = await moveTo(row, tx, status, comment)
          const { at } = await tx.write.insertEvent(row.id, event.kind, authorId, event.data)
          results.push({ row, at })
        }
        return results
      })
      for (const { row, at } of changed) {
        await bus.publish({
          alertId: row.id,
          organisationId: row.organisationId,
          kind: 'status',
          status,
          at: at.toISOString(),
        })
      }
      return (await repos.read.summaries(unique)).map(toSummary)
    },

    /** Gives the alert to an officer or admin, or to nobody. */
    async assign(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const { assigneeId } = parseInput(AlertAssignRequestSchema, body)
      return changeAlert(actor, rawId, async (locked, tx) => {
        if (locked.assigneeId === assigneeId) return []
        const to = assigneeId ? await tx.workflow.assignee(assigneeId) : null
        if (assigneeId && !to) {
          const reason = ALERT_MESSAGES.assigneeInvalid(assigneeId)
          throw new ValidationError([{ name: 'assigneeId', reason, code: 'assignee_invalid' }])
        }
        // A former assignee who is no longer an officer keeps their id in the history.
        const from = locked.assigneeId
          ? ((await tx.workflow.assignee(locked.assigneeId)) ?? { id: locked.assigneeId, displayName: '?' })
          : null
        await tx.workflow.setAssignee(locked.id, assigneeId)
        return [{ kind: 'assignment', data: { from, to } }]
      })
    },

    /** Adds a comment to the timeline. */
    async comment(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const comment = parseInput(AlertCommentRequestSchema, body)
      return changeAlert(actor, rawId, async (locked, tx) => {
        await tx.workflow.touch(locked.id)
        return [{ kind: 'comment', data: { body: comment.body } }]
      })
    },

    /** Adds photos to an open alert, one event each. */
    async addPhotos(actor: Actor, rawId: unknown, received: ReceivedPhoto[]): Promise<Alert> {
      if (received.length === 0)
        throw new ValidationError([{ name: 'photo', reason: ALERT_MESSAGES.multipartNoPhoto }])
      const checked = await checkPhotos(received)
      return changeAlert(actor, rawId, async (locked, tx) => {
        requireOpen(locked)
        // A photo is added to an alert once: the same bytes again (a retried upload) are already there.
        const present = await tx.workflow.photoChecksums(locked.id)
        const photos: typeof checked = []
        for (const photo of checked) {
          if (present.has(photo.sha256)) continue
          present.add(photo.sha256)
          photos.push(photo)
        }
        if ((await tx.workflow.photoCount(locked.id)) + photos.length > ALERT_PHOTO_MAX_COUNT) {
          throw new ValidationError([
            { name: 'photo', reason: ALERT_MESSAGES.photoTooMany, code: 'photo_too_many' },
          ])
        }
        const events: AlertChangeEvent[] = []
        for (const photo of photos) {
          const photoId = await tx.write.insertPhoto(locked.id, photo)
          events.push({ kind: 'photo', data: { photoId, filename: photo.filename } })
        }
        await tx.workflow.touch(locked.id)
        return events
      })
    },
  }
}

export type AlertWorkflowService = ReturnType<typeof createAlertWorkflowService>
