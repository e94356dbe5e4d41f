import {
  ALERTS_COLLECTION_ID,
  AlertFeatureParamsSchema,
  AlertFeatureQuerySchema,
  AlertItemsQuerySchema,
  AlertResourceQuerySchema,
  ITEMS_LIMIT_DEFAULT,
} from '@heritage-watch/shared'
import { type AlertItemsQuery, alertQueryables } from '../../services/alerts/alert-collection.ts'
import { alertFilter } from '../../services/alerts/list-query.ts'
import type { PrivateCollectionSpec } from './private-collection.ts'

/** `/collections/alertes` (issue #4): the alerts the caller may read, as OGC API - Features. */
export const ALERTS_COLLECTION: PrivateCollectionSpec<typeof AlertItemsQuerySchema, AlertItemsQuery> = {
  id: ALERTS_COLLECTION_ID,
  title: 'Alertes',
  permission: 'alert:read',
  tag: 'Alertes (OGC API - Features)',
  summaries: {
    describe: 'Métadonnées : alertes visibles par le compte (étendue et nombre calculés pour lui)',
    items: 'Alertes visibles par le compte, en GeoJSON (CRS84), la plus récemment observée d’abord',
    itemsAnswer: 'Alertes (GeoJSON)',
    feature: 'Une alerte en GeoJSON',
    featureAnswer: 'Une alerte',
    queryables: 'Propriétés filtrables : statut, gravité, catégorie',
  },
  schemas: {
    items: AlertItemsQuerySchema,
    feature: AlertFeatureQuerySchema,
    featureParams: AlertFeatureParamsSchema,
    resource: AlertResourceQuerySchema,
  },
  // The schema read filter, filter-lang and filter-crs into `cql2`: the raw texts are left out.
  toPage: ({
    bbox,
    limit,
    offset,
    geometryOrigin,
    cql2,
    filter: _text,
    'filter-lang': _language,
    'filter-crs': _crs,
    f: _f,
    csv: _csv,
    ...filters
  }) => {
    const filter = alertFilter(filters, null)
    if (cql2) filter.cql2 = cql2
    if (bbox) filter.bbox = [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY]
    if (geometryOrigin) filter.geometryOrigins = geometryOrigin
    return { filter, limit: limit ?? ITEMS_LIMIT_DEFAULT, offset: offset ?? 0 }
  },
  queryables: alertQueryables,
}
