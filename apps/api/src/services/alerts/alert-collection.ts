import {
  ALERT_CATEGORIES,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  ALERTS_COLLECTION_ID,
  type Collection,
  CRS_DETAILS,
  CRS84,
  type Feature,
  type FeatureCollection,
  ITEMS_LIMIT_DEFAULT,
  ITEMS_LIMIT_MAX,
  type Link,
  MEDIA_TYPES,
  parseCrs,
} from '@heritage-watch/shared'
import type pg from 'pg'
import { type Actor, alertScope, can } from '@heritage-watch/shared'
import {
  type AlertDetailRow,
  type AlertFeaturePageRow,
  type AlertFilter,
  createAlertsRepo,
} from '../../db/alerts-repo.ts'
import { type InvalidParam, NotFoundError, ValidationError } from '../../errors.ts'
import { parseBbox } from '../../ogc/items-query.ts'
import { pagingLinks, urlWithQuery } from '../../ogc/links.ts'
import type { RequestContext } from '../features.ts'
import { alertAppUrl } from './alert-links.ts'
import { parseAlertFilter } from './list-query.ts'
import { ALERT_MESSAGES } from './messages.ts'

// The alerts as an OGC API - Features collection (issue #4: "so officers can open them in QGIS with a
// token"). Not in the static catalogue: its rows depend on who asks, so its count, extent and items are
// computed for the caller, and the catalogue stays what every anonymous harvester sees.

/** The filters the collection takes, declared as its queryables; `datetime` is the observed date. */
const FILTERS = ['status', 'severity', 'category'] as const
const PARAMETERS = ['bbox', 'bbox-crs', 'crs', 'limit', 'offset', 'datetime', 'f', ...FILTERS]
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const TITLE = { fr: 'Alertes', en: 'Alerts' }
const DESCRIPTION = {
  fr: 'Alertes de la veille patrimoniale que le compte appelant peut voir (un partenaire : celles de son organisation ; les chargés de mission : toutes). Accès par cookie de session ou jeton d’API (Authorization: Bearer).',
  en: 'Heritage-watch alerts the calling account may see (a partner: its organisation’s; officers: all of them). Access with a session cookie or an API token (Authorization: Bearer).',
}

function single(name: string, value: unknown, problems: InvalidParam[]): string | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string') return value
  problems.push({ name, reason: 'must be given once (separate several values with commas)' })
  return undefined
}

function integer(name: string, raw: string | undefined, min: number, max: number, problems: InvalidParam[]) {
  if (raw === undefined) return undefined
  if (/^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max) return Number(raw)
  problems.push({ name, reason: `must be a whole number from ${min} to ${max}, got "${raw}"` })
  return undefined
}

export interface AlertItemsQuery {
  filter: AlertFilter
  limit: number
  offset: number
}

/**
 * Reads the query of /collections/alertes/items: the OGC paging, bbox and datetime (on the observed
 * date) and the status, severity and category filters of GET /alerts.
 * @throws ValidationError naming every bad or unknown parameter
 */
export function parseAlertItemsQuery(query: Record<string, unknown>): AlertItemsQuery {
  const problems: InvalidParam[] = []
  for (const name of Object.keys(query).filter((name) => !PARAMETERS.includes(name))) {
    problems.push({ name, reason: `unknown parameter; known ones are ${PARAMETERS.join(', ')}` })
  }
  const picked = Object.fromEntries(
    [...FILTERS, 'datetime'].filter((name) => query[name] !== undefined).map((name) => [name, query[name]]),
  )
  const filter = parseAlertFilter(picked, null, problems)
  const bboxRaw = single('bbox', query.bbox, problems)
  const bboxCrs = single('bbox-crs', query['bbox-crs'], problems)
  if (bboxRaw !== undefined) {
    const bbox = parseBbox(bboxRaw, bboxCrs, problems)
    // Alerts are stored in EPSG:4326; a Lambert-93 box would need a transform nobody has asked for.
    if (bbox && CRS_DETAILS[bbox.crs].srid !== 4326) {
      problems.push({ name: 'bbox-crs', reason: `the alerts collection takes a bbox in ${CRS84} only` })
    } else if (bbox) filter.bbox = [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY]
  }
  checkCrs(single('crs', query.crs, problems), problems)
  checkFormat(query.f, problems)
  const limit = integer('limit', single('limit', query.limit, problems), 1, ITEMS_LIMIT_MAX, problems)
  const offset = integer(
    'offset',
    single('offset', query.offset, problems),
    0,
    Number.MAX_SAFE_INTEGER,
    problems,
  )
  if (problems.length) throw new ValidationError(problems)
  return { filter, limit: limit ?? ITEMS_LIMIT_DEFAULT, offset: offset ?? 0 }
}

/** Alerts are served in CRS84 only: the collection declares no other CRS. */
function checkCrs(raw: string | undefined, problems: InvalidParam[]) {
  if (raw !== undefined && parseCrs(raw) !== CRS84) {
    problems.push({ name: 'crs', reason: `the alerts collection is served in ${CRS84} only` })
  }
}

/** JSON only: the alerts' HTML view is the web app, which knows the caller's language. */
function checkFormat(f: unknown, problems: InvalidParam[]) {
  if (f !== undefined && f !== 'json' && f !== 'geojson') {
    problems.push({ name: 'f', reason: 'must be json or geojson (the HTML view of alerts is the web app)' })
  }
}

/**
 * Reads the query of a single resource of the collection (metadata, queryables, one feature).
 * @throws ValidationError for unknown parameters, a CRS other than CRS84 or a format other than JSON
 */
export function parseAlertResourceQuery(query: Record<string, unknown>, allowCrs: boolean): void {
  const problems: InvalidParam[] = []
  const allowed = allowCrs ? ['f', 'crs'] : ['f']
  for (const name of Object.keys(query).filter((name) => !allowed.includes(name))) {
    problems.push({ name, reason: `unknown parameter; accepted: ${allowed.join(', ')}` })
  }
  if (allowCrs) checkCrs(single('crs', query.crs, problems), problems)
  checkFormat(query.f, problems)
  if (problems.length) throw new ValidationError(problems)
}

/**
 * An alert as a GeoJSON feature. Properties are flat (names, not objects; lists of strings), because
 * QGIS and GDAL show nested objects as unreadable JSON text in the attribute table.
 */
function toFeature(row: AlertFeaturePageRow | AlertDetailRow, base: string): Feature {
  return {
    type: 'Feature',
    id: row.id,
    geometry: row.geometry as Feature['geometry'],
    properties: {
      reference: row.reference,
      title: row.title,
      description: row.description,
      category: row.category,
      severity: row.severity,
      status: row.status,
      observedOn: row.observedOn,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      reporter: row.reporter.displayName,
      organisation: row.organisation?.name ?? null,
      assignee: row.assignee?.displayName ?? null,
      features: row.features.map((feature) => `${feature.collection}/${feature.id}`),
      featureLabels: row.features.map((feature) => feature.label),
      communes: row.communes,
      photoCount: row.photoCount,
      appUrl: alertAppUrl(base, row.id),
    },
  }
}

function featureLinks(base: string, id: string): Link[] {
  const collection = `${base}/collections/${ALERTS_COLLECTION_ID}`
  return [
    { href: `${collection}/items/${id}`, rel: 'self', type: MEDIA_TYPES.geojson, title: id },
    { href: `${base}/alerts/${id}`, rel: 'describedby', type: MEDIA_TYPES.json, title: 'Fiche (JSON)' },
    { href: alertAppUrl(base, id), rel: 'related', type: MEDIA_TYPES.html, title: 'Fiche (application)' },
  ]
}

/**
 * The alerts collection for one caller. Every read is narrowed to what the actor may see, as in the
 * alerts service; an actor who may see none gets an empty collection (the routes answer 401 first).
 */
export function createAlertCollectionService(pool: pg.Pool) {
  const repo = createAlertsRepo(pool)
  const scopeOf = (actor: Actor) => alertScope(actor)

  return {
    /** The collection's metadata, with the count and extent of the alerts this actor may see. */
    async describe(actor: Actor, base: string): Promise<Collection> {
      const scope = scopeOf(actor)
      const path = `${base}/collections/${ALERTS_COLLECTION_ID}`
      const extent =
        scope.kind === 'none'
          ? { count: 0, bbox: null, first: null, last: null }
          : await repo.extent(scope.kind === 'organisation' ? scope.id : null)
      return {
        id: ALERTS_COLLECTION_ID,
        title: TITLE.fr,
        description: DESCRIPTION.fr,
        titleEn: TITLE.en,
        descriptionEn: DESCRIPTION.en,
        group: 'veille',
        attribution: 'Heritage-watch : signalements des partenaires de la Mission Bassin Minier',
        links: [
          { href: path, rel: 'self', type: MEDIA_TYPES.json, title: TITLE.fr },
          { href: `${path}/items`, rel: 'items', type: MEDIA_TYPES.geojson, title: 'Alertes (GeoJSON)' },
          {
            href: `${path}/queryables`,
            rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables',
            type: MEDIA_TYPES.jsonSchema,
            title: 'Propriétés filtrables',
          },
          { href: `${base}/app/`, rel: 'related', type: MEDIA_TYPES.html, title: 'Application web' },
        ],
        extent: {
          spatial: { bbox: extent.bbox ? [extent.bbox] : [], crs: CRS84 },
          temporal: {
            interval: [
              [
                extent.first ? `${extent.first}T00:00:00Z` : null,
                extent.last ? `${extent.last}T23:59:59Z` : null,
              ],
            ],
            trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
          },
        },
        itemType: 'feature',
        crs: [CRS84],
        storageCrs: CRS84,
        numberOfFeatures: extent.count,
      }
    },

    /** A page of the alerts this actor may see, newest observation first, with OGC paging links. */
    async items(actor: Actor, context: RequestContext): Promise<FeatureCollection> {
      const query = parseAlertItemsQuery(context.query)
      const scope = scopeOf(actor)
      const { rows, numberMatched } =
        scope.kind === 'none'
          ? { rows: [], numberMatched: 0 }
          : await repo.featurePage(scope, query.filter, { limit: query.limit, offset: query.offset })
      const links: Link[] = [
        {
          href: urlWithQuery(context.base, context.path, context.query, {}),
          rel: 'self',
          type: MEDIA_TYPES.geojson,
          title: TITLE.fr,
        },
      ]
      links.push(
        ...pagingLinks(context, {
          offset: query.offset,
          limit: query.limit,
          returned: rows.length,
          matched: numberMatched,
        }),
      )
      links.push({
        href: `${context.base}/collections/${ALERTS_COLLECTION_ID}`,
        rel: 'collection',
        type: MEDIA_TYPES.json,
        title: TITLE.fr,
      })
      return {
        type: 'FeatureCollection',
        features: rows.map((row) => ({
          ...toFeature(row, context.base),
          links: featureLinks(context.base, row.id).slice(0, 1),
        })),
        numberMatched,
        numberReturned: rows.length,
        timeStamp: new Date().toISOString(),
        links,
      }
    },

    /**
     * One alert as a feature.
     * @throws ValidationError when the id is not a UUID; NotFoundError when there is no such alert or
     *   the actor may not see it (its existence does not leak)
     */
    async feature(actor: Actor, featureId: string, context: RequestContext): Promise<Feature> {
      if (!UUID.test(featureId)) {
        throw new ValidationError([
          { name: 'featureId', reason: `"${featureId}" is not an alert id (a UUID)` },
        ])
      }
      const row = await repo.detail(featureId)
      if (!row || !can(actor, 'alert:read-detail', { organisationId: row.organisationId })) {
        throw new NotFoundError(ALERT_MESSAGES.alertNotFound(featureId))
      }
      return { ...toFeature(row, context.base), links: featureLinks(context.base, row.id) }
    },
  }
}

export type AlertCollectionService = ReturnType<typeof createAlertCollectionService>

/** The collection's queryables (OGC API - Features Part 3): the filters /items takes. */
export function alertQueryables(url: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: url,
    type: 'object',
    title: TITLE.fr,
    description: `Propriétés filtrables des alertes (paramètres de requête de /items ; datetime porte sur la date d’observation)`,
    properties: {
      geometry: { title: 'Géométrie', format: 'geometry-any' },
      status: { title: 'Statut', type: 'string', enum: [...ALERT_STATUSES] },
      severity: { title: 'Gravité', type: 'string', enum: [...ALERT_SEVERITIES] },
      category: { title: 'Catégorie', type: 'string', enum: [...ALERT_CATEGORIES] },
    },
    additionalProperties: false,
  }
}
