import { createHash } from 'node:crypto'
import {
  ALERT_PHOTO_MAX_COUNT,
  type Alert,
  AlertAssignRequestSchema,
  AlertBulkStatusRequestSchema,
  AlertCommentRequestSchema,
  AlertCreateRequestSchema,
  AlertEditRequestSchema,
  type AlertEventKind,
  type AlertListParameters,
  type AlertPreview,
  AlertPreviewRequestSchema,
  type AlertStatus,
  AlertStatusChangeRequestSchema,
  type AlertSummary,
  canTransition,
} from '@heritage-watch/shared'
import type pg from 'pg'
import { type Actor, alertScope, can } from '@heritage-watch/shared'
import {
  type AlertRowScope,
  type AlertsRepo,
  createAlertsRepo,
  type LockedAlert,
} from '../../db/alerts-repo.ts'
import { createFeatureContextRepo } from '../../db/feature-context-repo.ts'
import { inTransaction } from '../../db/pool.ts'
import { ConflictError, NotFoundError, UnprocessableContentError, ValidationError } from '../../errors.ts'
import { parseId, parseInput } from '../accounts/input.ts'
import type { AlertBus } from './alert-bus.ts'
import { toAlert, toSummary } from './alert-shapes.ts'
import { type AlertListQuery, alertListQuery } from './list-query.ts'
import { ALERT_MESSAGES } from './messages.ts'
import { checkPhotos, type ReceivedPhoto } from './photos.ts'
import { resolvePlace } from './place.ts'

export { ALERT_MESSAGES } from './messages.ts'
export type { ReceivedPhoto } from './photos.ts'

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/

/** Rolls back a creation whose Idempotency-Key another request claimed first. */
class KeyClaimedElsewhere extends Error {}

/** Today in France, where the watch is kept: an observation dated tomorrow there is a mistake. */
const todayInFrance = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())

/** The rows an actor may see, for SQL; undefined when none (the anonymous visitor). */
function rowScope(actor: Actor): AlertRowScope | undefined {
  const scope = alertScope(actor)
  return scope.kind === 'none' ? undefined : scope
}

const organisationOf = (scope: AlertRowScope) => (scope.kind === 'organisation' ? scope.id : null)

/** The account behind an actor that passed requirePermission; routes never call services anonymously. */
function userIdOf(actor: Actor): string {
  if (!actor.userId) throw new Error('alerts service called without an account')
  return actor.userId
}

/**
 * Alerts (issue #4): creation with its spatial context and photos in one transaction, the workflow
 * with its append-only history, and the queries every view of alerts is built from. Every read is
 * narrowed to what the actor may see (policy.ts); an alert the actor may not see is "not found".
 */
export function createAlertsService(pool: pg.Pool, bus: AlertBus) {
  const reading = { alerts: createAlertsRepo(pool), features: createFeatureContextRepo(pool) }

  const visible = (actor: Actor, organisationId: string | null) =>
    can(actor, 'alert:read-detail', { organisationId })

  async function load(actor: Actor, id: string, repo: AlertsRepo = reading.alerts): Promise<Alert> {
    const row = await repo.detail(id)
    if (!row || !visible(actor, row.organisationId)) throw new NotFoundError(ALERT_MESSAGES.alertNotFound(id))
    const scope = rowScope(actor)!
    const [photos, events, features] = await Promise.all([
      repo.photos(id),
      repo.events(id),
      repo.featureTables(id),
    ])
    const duplicates = await repo.duplicates({
      ewkb: row.ewkb,
      features,
      exceptId: id,
      organisationId: organisationOf(scope),
    })
    return toAlert(row, { photos, events, duplicates, mayTriage: can(actor, 'alert:triage') })
  }

  /**
   * Runs one change of one alert in a transaction: locks it, lets `change` check and write, records the
   * events it returns, then tells live listeners once committed.
   */
  async function changeAlert(
    actor: Actor,
    rawId: unknown,
    change: (
      locked: LockedAlert,
      repo: AlertsRepo,
    ) => Promise<{ kind: AlertEventKind; data: Record<string, unknown> }[]>,
  ): Promise<Alert> {
    const id = parseId(rawId)
    const authorId = userIdOf(actor)
    const committed = await inTransaction(pool, async (client) => {
      const repo = createAlertsRepo(client)
      const locked = await repo.lock(id)
      if (!locked || !visible(actor, locked.organisation_id)) {
        throw new NotFoundError(ALERT_MESSAGES.alertNotFound(id))
      }
      const events = await change(locked, repo)
      let at: Date | undefined
      for (const event of events) at = (await repo.insertEvent(id, event.kind, authorId, event.data)).at
      return { locked, events, at }
    })
    const last = committed.events.at(-1)
    if (last && committed.at) {
      const moved = committed.events.find((event) => event.kind === 'status')
      const status = (moved?.data.to as AlertStatus | undefined) ?? committed.locked.status
      bus.publish({
        alertId: id,
        organisationId: committed.locked.organisation_id,
        kind: last.kind,
        status,
        at: committed.at.toISOString(),
      })
    }
    return load(actor, id)
  }

  /** Checks and applies a status change to a locked alert; the caller records the event. */
  async function moveTo(locked: LockedAlert, repo: AlertsRepo, to: AlertStatus, comment?: string) {
    if (!canTransition(locked.status, to)) {
      throw new ConflictError(ALERT_MESSAGES.transitionIllegal(locked.status, to), 'transition_illegal')
    }
    await repo.setStatus(locked.id, to)
    return { kind: 'status' as const, data: { from: locked.status, to, ...(comment ? { comment } : {}) } }
  }

  return {
    /** The context and duplicate hints of a place, before an alert is written there. */
    async preview(actor: Actor, body: unknown): Promise<AlertPreview> {
      const place = parseInput(AlertPreviewRequestSchema, body)
      const resolved = await resolvePlace(reading, place)
      const scope = rowScope(actor)
      const [context, geometry, duplicates] = await Promise.all([
        reading.alerts.context(resolved.ewkb),
        reading.alerts.toGeoJson(resolved.ewkb),
        scope
          ? reading.alerts.duplicates({
              ewkb: resolved.ewkb,
              features: resolved.features,
              exceptId: null,
              organisationId: organisationOf(scope),
            })
          : [],
      ])
      const features = resolved.features.map(({ collection, id, label }) => ({ collection, id, label }))
      return { features, geometry, context, duplicates }
    },

    /**
     * Creates an alert with its features, context, photos and first event in one transaction. With an
     * Idempotency-Key, a retry of the same request returns the first alert (`replayed`).
     * @throws ValidationError (fields, geometry, features, photos), PayloadTooLargeError (photo),
     *   UnprocessableContentError (key reused for another request)
     */
    async create(
      actor: Actor,
      input: { body: unknown; photos: ReceivedPhoto[]; idempotencyKey?: string },
    ): Promise<{ alert: Alert; replayed: boolean }> {
      const userId = userIdOf(actor)
      const { idempotencyKey: key } = input
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
        throw new ValidationError([{ name: 'Idempotency-Key', reason: ALERT_MESSAGES.idempotencyKeyFormat }])
      }
      const body = parseInput(AlertCreateRequestSchema, input.body)
      if (body.observedOn > todayInFrance()) {
        throw new ValidationError([{ name: 'observedOn', reason: ALERT_MESSAGES.observedInFuture }])
      }
      if (input.photos.length > ALERT_PHOTO_MAX_COUNT) {
        throw new ValidationError([
          { name: 'photo', reason: ALERT_MESSAGES.photoTooMany, code: 'photo_too_many' },
        ])
      }
      const photos = await checkPhotos(input.photos)
      const requestHash = createHash('sha256')
        .update(JSON.stringify({ body, photos: photos.map((photo) => photo.sha256) }))
        .digest('hex')

      const replay = async (): Promise<{ alert: Alert; replayed: boolean } | undefined> => {
        if (key === undefined) return undefined
        const stored = await reading.alerts.findIdempotencyKey(userId, key)
        if (!stored) return undefined
        if (stored.requestHash !== requestHash) {
          throw new UnprocessableContentError(ALERT_MESSAGES.idempotencyMismatch, 'idempotency_mismatch')
        }
        return { alert: await load(actor, stored.alertId), replayed: true }
      }
      const earlier = await replay()
      if (earlier) return earlier

      let created: { id: string; at: Date; organisationId: string | null }
      try {
        created = await inTransaction(pool, async (client) => {
          const repo = createAlertsRepo(client)
          const place = await resolvePlace({ alerts: repo, features: createFeatureContextRepo(client) }, body)
          const context = await repo.context(place.ewkb)
          const organisationId = actor.organisationId
          const id = await repo.insertAlert({
            title: body.title,
            description: body.description,
            category: body.category,
            severity: body.severity,
            observedOn: body.observedOn,
            ewkb: place.ewkb,
            geometryOrigin: place.origin,
            context,
            reporterId: userId,
            organisationId,
          })
          await repo.insertFeatures(id, place.features)
          for (const photo of photos) await repo.insertPhoto(id, photo)
          const event = await repo.insertEvent(id, 'created', userId, {})
          if (key !== undefined && !(await repo.claimIdempotencyKey(userId, key, requestHash, id))) {
            throw new KeyClaimedElsewhere()
          }
          return { id, at: event.at, organisationId }
        })
      } catch (error) {
        // Two copies of one request raced: the other one committed first (this one rolled back), so
        // this is a replay.
        if (error instanceof KeyClaimedElsewhere) {
          const raced = await replay()
          if (raced) return raced
        }
        throw error
      }
      bus.publish({
        alertId: created.id,
        organisationId: created.organisationId,
        kind: 'created',
        status: 'nouvelle',
        at: created.at.toISOString(),
      })
      return { alert: await load(actor, created.id), replayed: false }
    },

    /** One alert with its timeline. @throws NotFoundError when it does not exist or is not visible */
    async get(actor: Actor, rawId: unknown): Promise<Alert> {
      return load(actor, parseId(rawId))
    },

    /** GET /alerts's query, as its route's schema read it, for this actor (`assignee=me`). */
    parseListQuery(actor: Actor, query: AlertListParameters): AlertListQuery {
      return alertListQuery(query, actor.userId)
    },

    /** A page of the alerts the actor may see (every match when `limit` is null). */
    async list(
      actor: Actor,
      query: Pick<AlertListQuery, 'filter' | 'sort'> & { limit: number | null; offset: number },
      options: { withGeometry?: boolean } = {},
    ): Promise<{ alerts: (AlertSummary & { geometry?: unknown })[]; numberMatched: number }> {
      const scope = rowScope(actor)
      if (!scope) return { alerts: [], numberMatched: 0 }
      const { rows, numberMatched } = await reading.alerts.list(scope, query.filter, query.sort, {
        limit: query.limit,
        offset: query.offset,
        withGeometry: options.withGeometry,
      })
      return {
        alerts: rows.map(({ geometry, ...row }) => ({
          ...toSummary(row),
          ...(options.withGeometry ? { geometry } : {}),
        })),
        numberMatched,
      }
    },

    /** Changes title, description, category, severity or observed date; one event per kind of change. */
    async edit(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const changes = parseInput(AlertEditRequestSchema, body)
      if (changes.observedOn && changes.observedOn > todayInFrance()) {
        throw new ValidationError([{ name: 'observedOn', reason: ALERT_MESSAGES.observedInFuture }])
      }
      return changeAlert(actor, rawId, async (locked, repo) => {
        if (!canTransition(locked.status, 'rejetee')) {
          throw new ConflictError(ALERT_MESSAGES.alertClosed(locked.status))
        }
        const before = {
          category: locked.category,
          severity: locked.severity,
          title: locked.title,
          description: locked.description,
          observedOn: locked.observed_on,
        }
        const after = {
          ...before,
          ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
        }
        const edited = (Object.keys(before) as (keyof typeof before)[]).filter(
          (field) => field !== 'severity' && before[field] !== after[field],
        )
        const events: { kind: AlertEventKind; data: Record<string, unknown> }[] = []
        if (after.severity !== before.severity) {
          events.push({ kind: 'severity', data: { from: before.severity, to: after.severity } })
        }
        if (edited.length > 0) {
          const fields = Object.fromEntries(
            edited.map((field) => [field, { from: before[field], to: after[field] }]),
          )
          events.push({ kind: 'edit', data: { changes: fields } })
        }
        if (events.length > 0) {
          await repo.edit(locked.id, {
            category: after.category,
            severity: after.severity,
            title: after.title,
            description: after.description,
            observed_on: after.observedOn,
          })
        }
        return events
      })
    },

    /** Moves an alert along the workflow, with an optional comment kept in the event. */
    async changeStatus(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const { status, comment } = parseInput(AlertStatusChangeRequestSchema, body)
      return changeAlert(actor, rawId, async (locked, repo) => [await moveTo(locked, repo, status, comment)])
    },

    /**
     * The same status change on several alerts, all or none: one illegal transition refuses them all,
     * naming each alert that cannot move.
     */
    async bulkStatus(actor: Actor, body: unknown): Promise<AlertSummary[]> {
      const { ids, status, comment } = parseInput(AlertBulkStatusRequestSchema, body)
      const unique = [...new Set(ids)]
      const authorId = userIdOf(actor)
      const changed = await inTransaction(pool, async (client) => {
        const repo = createAlertsRepo(client)
        const problems: { name: string; reason: string; code?: 'transition_illegal' }[] = []
        const locked: LockedAlert[] = []
        // Locked in a fixed order, so that two bulk changes cannot deadlock each other.
        for (const id of [...unique].sort()) {
          const row = await repo.lock(id)
          if (!row || !visible(actor, row.organisation_id)) {
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
          const event = await moveTo(row, repo, status, comment)
          const { at } = await repo.insertEvent(row.id, event.kind, authorId, event.data)
          results.push({ row, at })
        }
        return results
      })
      for (const { row, at } of changed) {
        bus.publish({
          alertId: row.id,
          organisationId: row.organisation_id,
          kind: 'status',
          status,
          at: at.toISOString(),
        })
      }
      return (await reading.alerts.summaries(unique)).map(toSummary)
    },

    /** Gives the alert to an officer or admin, or to nobody. */
    async assign(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const { assigneeId } = parseInput(AlertAssignRequestSchema, body)
      return changeAlert(actor, rawId, async (locked, repo) => {
        if (locked.assignee_id === assigneeId) return []
        const to = assigneeId ? await repo.assignee(assigneeId) : null
        if (assigneeId && !to) {
          throw new ValidationError([
            {
              name: 'assigneeId',
              reason: ALERT_MESSAGES.assigneeInvalid(assigneeId),
              code: 'assignee_invalid',
            },
          ])
        }
        const from = locked.assignee_id
          ? ((await repo.assignee(locked.assignee_id)) ?? { id: locked.assignee_id, displayName: '?' })
          : null
        await repo.setAssignee(locked.id, assigneeId)
        return [{ kind: 'assignment', data: { from, to } }]
      })
    },

    /** Adds a comment to the timeline. */
    async comment(actor: Actor, rawId: unknown, body: unknown): Promise<Alert> {
      const comment = parseInput(AlertCommentRequestSchema, body)
      return changeAlert(actor, rawId, async (locked, repo) => {
        await repo.touch(locked.id)
        return [{ kind: 'comment', data: { body: comment.body } }]
      })
    },

    /** Adds photos to an open alert, one event each. */
    async addPhotos(actor: Actor, rawId: unknown, received: ReceivedPhoto[]): Promise<Alert> {
      if (received.length === 0)
        throw new ValidationError([{ name: 'photo', reason: ALERT_MESSAGES.multipartNoPhoto }])
      const photos = await checkPhotos(received)
      return changeAlert(actor, rawId, async (locked, repo) => {
        if (!canTransition(locked.status, 'rejetee'))
          throw new ConflictError(ALERT_MESSAGES.alertClosed(locked.status))
        if ((await repo.photoCount(locked.id)) + photos.length > ALERT_PHOTO_MAX_COUNT) {
          throw new ValidationError([
            { name: 'photo', reason: ALERT_MESSAGES.photoTooMany, code: 'photo_too_many' },
          ])
        }
        const events = []
        for (const photo of photos) {
          const photoId = await repo.insertPhoto(locked.id, photo)
          events.push({ kind: 'photo' as const, data: { photoId, filename: photo.filename } })
        }
        await repo.touch(locked.id)
        return events
      })
    },

    /** A photo's bytes, with the same rights as its alert. */
    async photo(actor: Actor, rawId: unknown, rawPhotoId: unknown) {
      const id = parseId(rawId)
      const photoId = parseId(rawPhotoId)
      const photo = await reading.alerts.photoContent(id, photoId)
      if (!photo || !visible(actor, photo.organisationId)) {
        throw new NotFoundError(ALERT_MESSAGES.photoNotFound(photoId))
      }
      return photo
    },

    /** Features with open alerts the actor may see, with their highest severity; none for the public. */
    async badges(actor: Actor) {
      const scope = rowScope(actor)
      return scope ? reading.alerts.badges(organisationOf(scope)) : []
    },

    /** The officers and admins an alert can be given to. */
    async assignees() {
      return reading.alerts.assignees()
    },
  }
}

export type AlertsService = ReturnType<typeof createAlertsService>
