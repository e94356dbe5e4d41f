import {
  ALERT_CATEGORY_LABELS,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUS_LABELS,
  type AlertCategory,
  type AlertSeverity,
  type AlertStatus,
} from '@heritage-watch/shared'
import { Feed } from 'feed'
import type { Actor } from '@heritage-watch/shared'
import type { AlertsDependencies } from '../../db/alert-repos.ts'
import type { AlertEventWithAlertRow } from '../../db/alert-rows.ts'
import { organisationOf, rowScope } from './alert-access.ts'
import { alertAppUrl } from './alert-links.ts'

// The Atom feed of alert changes (issue #4: "an Atom feed of alert changes per user"). French, like the
// rest of the watch's words; each entry links to the alert in the web app.

/** How many events the feed holds: a reader polling every hour misses nothing on an ordinary day. */
const ALERT_FEED_SIZE = 50

/** The feed's text is HTML in Atom (`type="html"`): every stored word is escaped before it goes in. */
// XML 1.0 forbids C0 controls but tab and line breaks; input refuses them, this guards older rows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g

const escapeHtml = (text: string) =>
  text
    .replace(XML_FORBIDDEN, '')
    .replace(
      /[&<>"']/g,
      (character) =>
        ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
    )

const status = (value: unknown) => ALERT_STATUS_LABELS[value as AlertStatus]?.fr ?? String(value)
const severity = (value: unknown) => ALERT_SEVERITY_LABELS[value as AlertSeverity]?.fr ?? String(value)
const FIELD_LABELS: Record<string, string> = {
  title: 'titre',
  description: 'description',
  category: 'catégorie',
  observedOn: 'date d’observation',
}
const personName = (person: unknown) =>
  person && typeof person === 'object' && 'displayName' in person ? String(person.displayName) : null

/** What an event changed, as one line of plain text (escaped by the caller). */
export function describeEvent(event: Pick<AlertEventWithAlertRow, 'kind' | 'data' | 'severity'>): {
  summary: string
  detail?: string
} {
  const data = event.data
  switch (event.kind) {
    case 'created':
      return { summary: `nouvelle alerte (gravité ${severity(event.severity)})` }
    case 'status':
      return {
        summary: `statut ${status(data.from)} → ${status(data.to)}`,
        ...(typeof data.comment === 'string' ? { detail: data.comment } : {}),
      }
    case 'severity':
      return { summary: `gravité ${severity(data.from)} → ${severity(data.to)}` }
    case 'assignment': {
      const to = personName(data.to)
      return { summary: to ? `attribuée à ${to}` : 'plus attribuée' }
    }
    case 'comment':
      return { summary: 'commentaire', detail: String(data.body ?? '') }
    case 'edit': {
      const fields = Object.keys((data.changes as Record<string, unknown> | undefined) ?? {})
      return { summary: `modifiée (${fields.map((field) => FIELD_LABELS[field] ?? field).join(', ')})` }
    }
    case 'photo':
      return { summary: 'photo ajoutée', detail: String(data.filename ?? '') }
  }
}

/**
 * The Atom 1.0 document of the given events (newest first).
 * @param options.base the site's base URL; `selfUrl` the feed's own URL, never with a token in it
 */
export function alertFeedAtom(
  events: AlertEventWithAlertRow[],
  options: { base: string; selfUrl: string; updated: Date },
): string {
  const feed = new Feed({
    title: 'Heritage-watch — alertes',
    description: 'Derniers changements des alertes de la veille patrimoniale que ce compte peut voir',
    id: options.selfUrl,
    link: `${options.base}/app/`,
    feed: options.selfUrl,
    language: 'fr',
    updated: events[0]?.at ?? options.updated,
    generator: 'heritage-watch',
    copyright: 'Usage interne : ne pas diffuser (des sites menacés y sont nommés)',
  })
  for (const event of events) {
    const { summary, detail } = describeEvent(event)
    const category = ALERT_CATEGORY_LABELS[event.category as AlertCategory]?.fr
    const lines = [
      `<p><strong>${escapeHtml(event.reference)}</strong> — ${escapeHtml(event.title)}</p>`,
      `<p>${escapeHtml(summary.charAt(0).toUpperCase() + summary.slice(1))}</p>`,
      ...(detail ? [`<blockquote>${escapeHtml(detail)}</blockquote>`] : []),
      `<p>Statut : ${escapeHtml(status(event.status))} · gravité : ${escapeHtml(severity(event.severity))}${
        category ? ` · ${escapeHtml(category)}` : ''
      }</p>`,
    ]
    feed.addItem({
      title: escapeHtml(`${event.reference} ${event.title} : ${summary}`),
      id: `urn:heritage-watch:alert-event:${event.id}`,
      link: alertAppUrl(options.base, event.alertId),
      date: event.at,
      description: escapeHtml(summary),
      content: lines.join(''),
      author: [{ name: event.author.displayName }],
    })
  }
  return feed.atom1()
}

/** The events behind the feed, narrowed to what the actor may see (none for the anonymous visitor). */
export function createAlertFeedService({ repos }: Pick<AlertsDependencies, 'repos'>) {
  return {
    async latest(actor: Actor, limit = ALERT_FEED_SIZE): Promise<AlertEventWithAlertRow[]> {
      const scope = rowScope(actor)
      return scope ? repos.read.latestEvents(organisationOf(scope), limit) : []
    },
  }
}

export type AlertFeedService = ReturnType<typeof createAlertFeedService>
