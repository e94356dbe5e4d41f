import {
  type Actor,
  ASSESSMENT_CONDITIONS,
  ASSESSMENT_OCCUPANCIES,
  ASSESSMENT_PRIORITIES,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TRENDS,
  ASSESSMENTS_COLLECTION_ID,
  type Collection,
  CRS84,
  type Feature,
  type FeatureCollection,
  type Link,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import type { AssessmentItemsFilter, AssessmentFeatureRow } from '../../db/assessment-collection-repo.ts'
import type { AssessmentsDependencies } from '../../db/assessment-repos.ts'
import { NotFoundError } from '../../errors.ts'
import { pagingLinks, urlWithQuery } from '../../ogc/links.ts'
import type { RequestContext } from '../features.ts'
import { mayReadAssessment, scopeOrganisation } from './assessment-access.ts'
import { ASSESSMENT_MESSAGES } from './messages.ts'

// The constats as an OGC API - Features collection, private like `alertes` (issue #10 §2): not in the
// static catalogue, its count, extent and items are computed for the caller.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const TITLE = { fr: 'Constats d’état', en: 'Condition assessments' }
const DESCRIPTION = {
  fr: 'Constats d’état que le compte appelant peut voir (un partenaire : ceux de son organisation et ceux tirés des sources ; les chargés de mission : tous), un point par constat sur l’entité constatée. Accès par cookie de session ou jeton d’API.',
  en: 'Condition assessments the calling account may see (a partner: its organisation’s and the source-derived ones; officers: all), one point per assessment on its feature. Access with a session cookie or an API token.',
}

/** A page of the collection as the route's schema made it from the query. */
export interface AssessmentItemsQuery {
  filter: AssessmentItemsFilter
  limit: number
  offset: number
}

/** A constat as a flat GeoJSON feature (QGIS shows nested objects as unreadable text). */
function toFeature(row: AssessmentFeatureRow): Feature {
  return {
    type: 'Feature',
    id: row.id,
    geometry: row.geometry as Feature['geometry'],
    properties: {
      number: row.number,
      collection: row.collection,
      featureId: row.featureId,
      label: row.label,
      visitedOn: row.visitedOn,
      condition: row.condition,
      trend: row.trend,
      occupancy: row.occupancy,
      priority: row.priority,
      threats: row.threats,
      note: row.note,
      origin: row.origin,
      source: row.source,
      status: row.status,
      author: row.author,
      organisation: row.organisation,
      createdAt: row.createdAt.toISOString(),
    },
  }
}

function featureLinks(base: string, id: string): Link[] {
  const collection = `${base}/collections/${ASSESSMENTS_COLLECTION_ID}`
  return [
    { href: `${collection}/items/${id}`, rel: 'self', type: MEDIA_TYPES.geojson, title: id },
    {
      href: `${base}/assessments/${id}`,
      rel: 'describedby',
      type: MEDIA_TYPES.json,
      title: 'Constat (JSON)',
    },
  ]
}

/** The constats collection for one caller; an actor who may see none gets an empty one. */
export function createAssessmentCollectionService({ repos }: Pick<AssessmentsDependencies, 'repos'>) {
  const repo = repos.collection
  return {
    async describe(actor: Actor, base: string): Promise<Collection> {
      const organisation = scopeOrganisation(actor)
      const path = `${base}/collections/${ASSESSMENTS_COLLECTION_ID}`
      const extent =
        organisation === undefined
          ? { count: 0, bbox: null, first: null, last: null }
          : await repo.extent(organisation)
      return {
        id: ASSESSMENTS_COLLECTION_ID,
        title: TITLE.fr,
        description: DESCRIPTION.fr,
        titleEn: TITLE.en,
        descriptionEn: DESCRIPTION.en,
        group: 'veille',
        attribution: 'Heritage-watch : constats de la Mission Bassin Minier et de ses partenaires',
        links: [
          { href: path, rel: 'self', type: MEDIA_TYPES.json, title: TITLE.fr },
          { href: `${path}/items`, rel: 'items', type: MEDIA_TYPES.geojson, title: 'Constats (GeoJSON)' },
          {
            href: `${path}/queryables`,
            rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables',
            type: MEDIA_TYPES.jsonSchema,
            title: 'Propriétés filtrables',
          },
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

    async items(
      actor: Actor,
      context: RequestContext,
      query: AssessmentItemsQuery,
    ): Promise<FeatureCollection> {
      const organisation = scopeOrganisation(actor)
      const { rows, numberMatched } =
        organisation === undefined
          ? { rows: [], numberMatched: 0 }
          : await repo.page(organisation, query.filter, { limit: query.limit, offset: query.offset })
      const links: Link[] = [
        {
          href: urlWithQuery(context.base, context.path, context.query, {}),
          rel: 'self',
          type: MEDIA_TYPES.geojson,
          title: TITLE.fr,
        },
        ...pagingLinks(context, {
          offset: query.offset,
          limit: query.limit,
          returned: rows.length,
          matched: numberMatched,
        }),
        {
          href: `${context.base}/collections/${ASSESSMENTS_COLLECTION_ID}`,
          rel: 'collection',
          type: MEDIA_TYPES.json,
          title: TITLE.fr,
        },
      ]
      return {
        type: 'FeatureCollection',
        features: rows.map((row) => ({
          ...toFeature(row),
          links: featureLinks(context.base, row.id).slice(0, 1),
        })),
        numberMatched,
        numberReturned: rows.length,
        timeStamp: new Date().toISOString(),
        links,
      }
    },

    /** @throws NotFoundError for no such constat, whatever the id's shape, or one the actor may not see */
    async feature(actor: Actor, featureId: string, context: RequestContext): Promise<Feature> {
      const row = UUID.test(featureId) ? await repo.feature(featureId) : undefined
      if (!row || !mayReadAssessment(actor, row)) {
        throw new NotFoundError(ASSESSMENT_MESSAGES.assessmentNotFound(featureId))
      }
      return { ...toFeature(row), links: featureLinks(context.base, row.id) }
    },
  }
}

export type AssessmentCollectionService = ReturnType<typeof createAssessmentCollectionService>

const enumOf = (title: string, values: readonly string[]) => ({ title, type: 'string', enum: [...values] })

/** The collection's queryables (OGC API - Features Part 3): the filters /items takes. */
export function assessmentQueryables(url: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: url,
    type: 'object',
    title: TITLE.fr,
    description:
      'Propriétés filtrables des constats (paramètres de requête de /items ; datetime porte sur la date de visite)',
    properties: {
      geometry: { title: 'Géométrie', format: 'geometry-point' },
      visitedOn: { title: 'Date de visite', type: 'string', format: 'date' },
      condition: enumOf('État', ASSESSMENT_CONDITIONS),
      trend: enumOf('Tendance', ASSESSMENT_TRENDS),
      occupancy: enumOf('Occupation', ASSESSMENT_OCCUPANCIES),
      priority: enumOf('Priorité', ASSESSMENT_PRIORITIES),
      status: enumOf('Statut', ASSESSMENT_STATUSES),
      collection: { title: 'Collection de l’entité', type: 'string' },
    },
    additionalProperties: false,
  }
}
