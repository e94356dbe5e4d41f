import {
  ALERT_CATEGORIES,
  ALERT_GEOMETRY_ORIGINS,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  ALERTS_COLLECTION_ID,
  type Collection,
  CRS84,
  type Feature,
  type PrivateFeatureCollection,
  type Link,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import type { Actor } from '@heritage-watch/shared'
import type { AlertListFilter } from '../../db/alert-read-repo.ts'
import type { AlertRepos } from '../../db/alert-repos.ts'
import type { AlertDetailRow, AlertFeaturePageRow } from '../../db/alert-rows.ts'
import { NotFoundError } from '../../errors.ts'
import { pagingLinks, urlWithQuery } from '../../ogc/links.ts'
import type { RequestContext } from '../features.ts'
import { mayRead, organisationOf, rowScope } from './alert-access.ts'
import { alertAppUrl, alertPhotoUrl } from './alert-links.ts'
import { ALERT_MESSAGES } from './messages.ts'

// The alerts as an OGC API - Features collection (issue #4: "so officers can open them in QGIS with a
// token"). Not in the static catalogue: its rows depend on who asks, so its count, extent and items are
// computed for the caller, and the catalogue stays what every anonymous harvester sees.

// An id that is no UUID is not looked up (PostgreSQL would refuse the cast): it names no alert.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const TITLE = { fr: 'Alertes', en: 'Alerts' }
const DESCRIPTION = {
  fr: 'Alertes de la veille patrimoniale que le compte appelant peut voir (un partenaire : celles de son organisation ; les chargés de mission : toutes). Accès par cookie de session ou jeton d’API (Authorization: Bearer). Au-delà de 10 000 alertes correspondantes, numberMatched est omis : suivre le lien next.',
  en: 'Heritage-watch alerts the calling account may see (a partner: its organisation’s; officers: all of them). Access with a session cookie or an API token (Authorization: Bearer). Past 10,000 matching alerts numberMatched is left out: follow the next link.',
}

/** A page of the collection as the service reads it; the route's schema made it from the query. */
export interface AlertItemsQuery {
  filter: AlertListFilter
  limit: number
  offset: number
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
      ...('commentCount' in row
        ? {
            commentCount: row.commentCount,
            photoUrls: row.photoIds.map((photoId) => alertPhotoUrl(base, row.id, photoId)),
          }
        : {}),
      geometryOrigin: row.geometryOrigin,
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
export function createAlertCollectionService({ repos }: { repos: Pick<AlertRepos, 'read'> }) {
  const repo = repos.read

  return {
    /** The collection's metadata, with the count and extent of the alerts this actor may see. */
    async describe(actor: Actor, base: string): Promise<Collection> {
      const scope = rowScope(actor)
      const path = `${base}/collections/${ALERTS_COLLECTION_ID}`
      const extent = scope
        ? await repo.extent(organisationOf(scope))
        : { count: 0, bbox: null, first: null, last: null }
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

    /**
     * A page of the alerts this actor may see, newest observation first, with OGC paging links;
     * numberMatched is left out past ALERT_COLLECTION_COUNT_CAP matches unless `exactCount`.
     */
    async items(
      actor: Actor,
      context: RequestContext,
      query: AlertItemsQuery,
      options: { exactCount?: boolean } = {},
    ): Promise<PrivateFeatureCollection> {
      const scope = rowScope(actor)
      const page = { limit: query.limit, offset: query.offset, exactCount: options.exactCount ?? false }
      const { rows, numberMatched } = scope
        ? await repo.featurePage(scope, query.filter, page)
        : { rows: [], numberMatched: 0 }
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
        ...(numberMatched === undefined ? {} : { numberMatched }),
        numberReturned: rows.length,
        timeStamp: new Date().toISOString(),
        links,
      }
    },

    /**
     * One alert as a feature.
     * @throws NotFoundError when there is no such alert, whatever the id's shape (OGC API - Features
     *   Part 1 §7.5.1), or the actor may not see it (its existence does not leak)
     */
    async feature(actor: Actor, featureId: string, context: RequestContext): Promise<Feature> {
      const row = UUID.test(featureId) ? await repo.detail(featureId) : undefined
      if (!row || !mayRead(actor, row.organisationId)) {
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
      observedOn: { title: 'Date d’observation', type: 'string', format: 'date' },
      status: { title: 'Statut', type: 'string', enum: [...ALERT_STATUSES] },
      severity: { title: 'Gravité', type: 'string', enum: [...ALERT_SEVERITIES] },
      category: { title: 'Catégorie', type: 'string', enum: [...ALERT_CATEGORIES] },
      geometryOrigin: {
        title: 'Origine de la géométrie',
        type: 'string',
        enum: [...ALERT_GEOMETRY_ORIGINS],
      },
    },
    additionalProperties: false,
  }
}
