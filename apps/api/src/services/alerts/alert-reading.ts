import type { Actor, Alert, AlertListParameters, AlertSummary } from '@heritage-watch/shared'
import type { AlertsDependencies } from '../../db/alert-repos.ts'
import type { AlertExportColumns } from '../../db/alert-rows.ts'
import { NotFoundError } from '../../errors.ts'
import { parseId } from '../accounts/input.ts'
import { mayRead, organisationOf, rowScope } from './alert-access.ts'
import { toSummary } from './alert-shapes.ts'
import { type AlertListQuery, alertListQuery } from './list-query.ts'
import { loadAlert } from './load-alert.ts'
import { ALERT_MESSAGES } from './messages.ts'

/** An alert as the exports read it: the summary, with the export's columns and geometry when asked. */
export type ExportedAlert = AlertSummary & Partial<AlertExportColumns> & { geometry?: unknown }

/**
 * Reading alerts (issue #4): one record, the list and its exports, photos, badges and the people an
 * alert can be given to. Every read is narrowed to what the actor may see; an alert the actor may not
 * see is "not found".
 */
export function createAlertReadingService({ repos }: Pick<AlertsDependencies, 'repos'>) {
  return {
    /** One alert with its timeline. @throws NotFoundError when it does not exist or is not visible */
    async get(actor: Actor, rawId: unknown): Promise<Alert> {
      return loadAlert(repos.read, actor, parseId(rawId))
    },

    /** GET /alerts's query, as its route's schema read it, for this actor (`assignee=me`). */
    parseListQuery(actor: Actor, query: AlertListParameters): AlertListQuery {
      return alertListQuery(query, actor.userId)
    },

    /** A page of the alerts the actor may see (every match when `limit` is null: the exports). */
    async list(
      actor: Actor,
      query: Pick<AlertListQuery, 'filter' | 'sort'> & { limit: number | null; offset: number },
      options: { withGeometry?: boolean; withDetails?: boolean } = {},
    ): Promise<{ alerts: ExportedAlert[]; numberMatched: number }> {
      const scope = rowScope(actor)
      if (!scope) return { alerts: [], numberMatched: 0 }
      const { rows, numberMatched } = await repos.read.list(scope, query.filter, query.sort, {
        limit: query.limit,
        offset: query.offset,
        withGeometry: options.withGeometry,
        withDetails: options.withDetails,
      })
      return {
        alerts: rows.map(({ geometry, description, commentCount, photoIds, ...row }) => ({
          ...toSummary(row),
          ...(options.withDetails ? { description, commentCount, photoIds } : {}),
          ...(options.withGeometry ? { geometry } : {}),
        })),
        numberMatched,
      }
    },

    /** A photo's bytes, with the same rights as its alert. */
    async photo(actor: Actor, rawId: unknown, rawPhotoId: unknown) {
      const id = parseId(rawId)
      const photoId = parseId(rawPhotoId)
      const photo = await repos.read.photoContent(id, photoId)
      if (!photo || !mayRead(actor, photo.organisationId)) {
        throw new NotFoundError(ALERT_MESSAGES.photoNotFound(photoId))
      }
      return photo
    },

    /** Features with open alerts the actor may see, with their highest severity; none for the public. */
    async badges(actor: Actor) {
      const scope = rowScope(actor)
      return scope ? repos.read.badges(organisationOf(scope)) : []
    },

    /** The officers and admins an alert can be given to. */
    async assignees() {
      return repos.read.assignees()
    },
  }
}

export type AlertReadingService = ReturnType<typeof createAlertReadingService>
