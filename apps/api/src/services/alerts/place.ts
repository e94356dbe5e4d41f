import {
  ALERTS_COLLECTION_ID,
  type AlertGeometry,
  type FeatureReference,
  findCollection,
} from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'
import type { AlertPlaceRepo } from '../../db/alert-place-repo.ts'
import type { AlertFeatureRow } from '../../db/alert-rows.ts'
import type { FeatureContextRepo } from '../../db/feature-context-repo.ts'
import { type InvalidParam, ValidationError } from '../../errors.ts'
import { ALERT_MESSAGES } from './messages.ts'

/** Where an alert is: its features, and the geometry it is stored with (hex EWKB). */
export interface ResolvedPlace {
  features: AlertFeatureRow[]
  ewkb: string
  origin: 'drawn' | 'features'
}

/** The name people know a feature by, from the columns the layers have; else the collection and id. */
function featureLabel(title: string, id: string, properties: Record<string, unknown>): string {
  const name = ['nom', 'nom_usuel', 'nom_2'].map((key) => properties[key]).find((v) => typeof v === 'string')
  if (typeof name === 'string' && name.trim() !== '') return name.trim()
  if (typeof properties.fosse === 'string') return `Fosse ${properties.fosse}`
  return `${title} ${id}`
}

/** Refuses rings that do not close before PostGIS sees them (ST_GeomFromGeoJSON would raise an error). */
function checkRings(geometry: AlertGeometry): InvalidParam[] {
  if (geometry.type !== 'Polygon') return []
  return geometry.coordinates.flatMap((ring, index) => {
    const first = ring[0]
    const last = ring[ring.length - 1]
    return first && last && first[0] === last[0] && first[1] === last[1]
      ? []
      : [
          {
            name: `geometry.coordinates.${index}`,
            reason: ALERT_MESSAGES.ringNotClosed,
            code: 'geometry_invalid' as const,
          },
        ]
  })
}

/**
 * Resolves the features an alert names (each must exist) and checks a drawn geometry in PostGIS: valid,
 * inside the bassin minier, and not a [latitude, longitude] mistake. A feature-only alert takes the
 * union of its features' geometries.
 * @throws ValidationError naming each bad feature or the geometry, with a code for the web app
 */
export async function resolvePlace(
  repos: { place: AlertPlaceRepo; features: FeatureContextRepo },
  place: { features: FeatureReference[]; geometry: AlertGeometry | null },
): Promise<ResolvedPlace> {
  const problems: InvalidParam[] = []
  const features: AlertFeatureRow[] = []
  const seen = new Set<string>()
  for (const [index, reference] of place.features.entries()) {
    const name = `features.${index}`
    const collection = findCollection(reference.collection)
    if (reference.collection === ALERTS_COLLECTION_ID) {
      problems.push({
        name: `${name}.collection`,
        reason: ALERT_MESSAGES.alertsNotAFeatureLayer,
        code: 'feature_unknown',
      })
      continue
    }
    if (!collection) {
      const reason = ALERT_MESSAGES.unknownCollection(reference.collection)
      problems.push({ name: `${name}.collection`, reason, code: 'feature_unknown' })
      continue
    }
    const subject = new RegExp(collection.featureIdPattern).test(reference.id)
      ? await repos.features.findSubject(collection.id, reference.id)
      : undefined
    if (!subject) {
      const reason = ALERT_MESSAGES.unknownFeature(collection.id, reference.id)
      problems.push({ name: `${name}.id`, reason, code: 'feature_unknown' })
      continue
    }
    const table = collectionTable(collection.id).table
    if (seen.has(`${table}/${subject.id}`)) {
      problems.push({ name, reason: ALERT_MESSAGES.duplicateFeature })
      continue
    }
    seen.add(`${table}/${subject.id}`)
    features.push({
      collection: collection.id,
      table,
      id: subject.id,
      label: featureLabel(collection.title.fr, subject.id, subject.properties),
      geometry: subject.geometry,
    })
  }
  if (place.geometry) problems.push(...checkRings(place.geometry))
  if (problems.length) throw new ValidationError(problems)

  if (place.geometry) {
    const geojson = JSON.stringify(place.geometry)
    const check = await repos.place.checkDrawnGeometry(geojson)
    if (!check.valid) {
      const reason = ALERT_MESSAGES.geometryInvalid(check.invalidReason ?? 'unknown reason')
      throw new ValidationError([{ name: 'geometry', reason, code: 'geometry_invalid' }])
    }
    if (!check.inBasin) {
      throw new ValidationError([
        check.inBasinSwapped
          ? {
              name: 'geometry.coordinates',
              reason: ALERT_MESSAGES.geometryCoordinateOrder,
              code: 'geometry_coordinate_order',
            }
          : {
              name: 'geometry',
              reason: ALERT_MESSAGES.geometryOutsideBasin,
              code: 'geometry_outside_bassin',
            },
      ])
    }
    return { features, ewkb: check.ewkb!, origin: 'drawn' }
  }
  const geometries = features.flatMap((feature) => (feature.geometry ? [feature.geometry] : []))
  if (geometries.length === 0) {
    const first = features[0]!
    throw new ValidationError([
      {
        name: 'geometry',
        reason: ALERT_MESSAGES.featureWithoutGeometry(first.collection, first.id),
        code: 'geometry_invalid',
      },
    ])
  }
  return { features, ewkb: await repos.place.unionOf(geometries), origin: 'features' }
}
