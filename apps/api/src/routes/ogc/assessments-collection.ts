import {
  ASSESSMENTS_COLLECTION_ID,
  AssessmentFeatureParamsSchema,
  AssessmentFeatureQuerySchema,
  AssessmentItemsQuerySchema,
  AssessmentResourceQuerySchema,
  ITEMS_LIMIT_DEFAULT,
} from '@heritage-watch/shared'
import {
  type AssessmentItemsQuery,
  assessmentQueryables,
} from '../../services/assessments/assessment-collection.ts'
import type { PrivateCollectionSpec } from './private-collection.ts'

/**
 * `/collections/constats` (issue #10 §2): the constats d'état the caller may read, with the alerts'
 * rights, as OGC API - Features; `datetime` is the visit's date.
 */
export const ASSESSMENTS_COLLECTION: PrivateCollectionSpec<
  typeof AssessmentItemsQuerySchema,
  AssessmentItemsQuery
> = {
  id: ASSESSMENTS_COLLECTION_ID,
  title: 'Constats d’état',
  permission: 'assessment:read',
  tag: 'Constats d’état (OGC API - Features)',
  summaries: {
    describe: 'Métadonnées : constats visibles par le compte (étendue et nombre calculés pour lui)',
    items: 'Constats visibles par le compte, en GeoJSON (CRS84), la visite la plus récente d’abord',
    itemsAnswer: 'Constats (GeoJSON)',
    feature: 'Un constat en GeoJSON',
    featureAnswer: 'Un constat',
    queryables: 'Propriétés filtrables : état, tendance, occupation, priorité, statut, collection',
  },
  schemas: {
    items: AssessmentItemsQuerySchema,
    feature: AssessmentFeatureQuerySchema,
    featureParams: AssessmentFeatureParamsSchema,
    resource: AssessmentResourceQuerySchema,
  },
  // The schema read filter, filter-lang and filter-crs into `cql2`: the raw texts are left out.
  toPage: ({
    bbox,
    limit,
    offset,
    datetime,
    cql2,
    filter: _text,
    'filter-lang': _language,
    'filter-crs': _crs,
    f: _f,
    csv: _csv,
    ...filters
  }) => ({
    filter: {
      ...filters,
      cql2,
      visited: datetime,
      bbox: bbox ? [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY] : undefined,
    },
    limit: limit ?? ITEMS_LIMIT_DEFAULT,
    offset: offset ?? 0,
  }),
  queryables: assessmentQueryables,
}
