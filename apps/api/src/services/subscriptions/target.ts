import { findCollection, type SubscriptionTarget } from '@heritage-watch/shared'
import type { NewSubscription, SubscriptionsRepo } from '../../db/subscriptions-repo.ts'
import { type InvalidParam, ValidationError } from '../../errors.ts'
import { polygonShape } from '../indicators/area.ts'

type TargetColumns = Pick<
  NewSubscription,
  | 'kind'
  | 'code'
  | 'polygon'
  | 'collection'
  | 'featureTable'
  | 'featureId'
  | 'featureLabel'
  | 'category'
  | 'severity'
>

const EMPTY: Omit<TargetColumns, 'kind'> = {
  code: null,
  polygon: null,
  collection: null,
  featureTable: null,
  featureId: null,
  featureLabel: null,
  category: null,
  severity: null,
}

const invalid = (name: string, reason: string, code?: InvalidParam['code']): never => {
  throw new ValidationError([{ name, reason, ...(code ? { code } : {}) }])
}

/** The indicators' polygon checks (shape here, then PostGIS), their errors named as the body's field. */
async function checkedPolygon(repo: SubscriptionsRepo, geometry: unknown): Promise<string> {
  try {
    const polygon = polygonShape(JSON.stringify(geometry))
    const check = await repo.checkPolygon(polygon)
    if (!check.valid)
      invalid(
        'polygon',
        `is not a valid polygon: ${check.invalidReason ?? 'unknown reason'}`,
        'geometry_invalid',
      )
    if (!check.inBasin)
      invalid(
        'polygon',
        check.inBasinSwapped
          ? 'has [latitude, longitude] positions; GeoJSON wants [longitude, latitude]'
          : 'must lie inside the bassin minier',
        check.inBasinSwapped ? 'geometry_coordinate_order' : 'geometry_outside_bassin',
      )
    return polygon
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    throw new ValidationError(
      error.invalidParams.map((param) => ({ ...param, name: `target.${param.name}` })),
    )
  }
}

/**
 * The columns of a target once checked against the data: the commune or EPCI is in the basin, the
 * feature exists, the polygon is valid and inside the basin.
 * @throws ValidationError naming the field (`target.code`, `target.polygon`, `target.featureId`…)
 */
export async function resolveTarget(
  repo: SubscriptionsRepo,
  target: SubscriptionTarget,
): Promise<TargetColumns> {
  switch (target.kind) {
    case 'commune':
    case 'epci':
      if (!(await repo.areaExists(target.kind, target.code)))
        invalid('target.code', `${target.kind} ${target.code} is not in the bassin minier`)
      return { ...EMPTY, kind: target.kind, code: target.code }
    case 'polygon':
      return { ...EMPTY, kind: 'polygon', polygon: await checkedPolygon(repo, target.polygon) }
    case 'feature': {
      if (!findCollection(target.collection))
        invalid('target.collection', `collection "${target.collection}" does not exist; see /collections`)
      const feature = await repo.feature(target.collection, target.featureId)
      if (!feature)
        invalid('target.featureId', `feature "${target.featureId}" does not exist in "${target.collection}"`)
      return {
        ...EMPTY,
        kind: 'feature',
        collection: target.collection,
        featureTable: feature!.table,
        featureId: target.featureId,
        featureLabel: feature!.label,
      }
    }
    case 'category':
      return { ...EMPTY, kind: 'category', category: target.category }
    case 'severity':
      return { ...EMPTY, kind: 'severity', severity: target.severity }
    case 'triage':
      return { ...EMPTY, kind: 'triage' }
  }
}
