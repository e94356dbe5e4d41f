import { ALERTS_COLLECTION_ID, type FeatureReference, findCollection } from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'
import type { AssessmentWriteRepo } from '../../db/assessment-write-repo.ts'
import { ValidationError } from '../../errors.ts'
import { ASSESSMENT_MESSAGES } from './messages.ts'

/** The feature a constat is about, as stored with it. */
export interface ResolvedFeature {
  collection: string
  table: string
  id: string
  label: string
  /** Hex EWKB of its point on surface; null for a feature without geometry. */
  anchor: string | null
}

/**
 * Finds the feature a constat names: a collection of the catalogue and one of its features.
 * @throws ValidationError naming `feature.collection` or `feature.id`
 */
export async function resolveFeature(
  write: Pick<AssessmentWriteRepo, 'subject'>,
  reference: FeatureReference,
): Promise<ResolvedFeature> {
  if (reference.collection === ALERTS_COLLECTION_ID) {
    const reason = ASSESSMENT_MESSAGES.notAFeatureLayer(reference.collection)
    throw new ValidationError([{ name: 'feature.collection', reason, code: 'feature_unknown' }])
  }
  const collection = findCollection(reference.collection)
  if (!collection) {
    const reason = ASSESSMENT_MESSAGES.unknownCollection(reference.collection)
    throw new ValidationError([{ name: 'feature.collection', reason, code: 'feature_unknown' }])
  }
  const subject = new RegExp(collection.featureIdPattern).test(reference.id)
    ? await write.subject(collection.id, reference.id)
    : undefined
  if (!subject) {
    const reason = ASSESSMENT_MESSAGES.unknownFeature(collection.id, reference.id)
    throw new ValidationError([{ name: 'feature.id', reason, code: 'feature_unknown' }])
  }
  return { collection: collection.id, table: collectionTable(collection.id).table, ...subject }
}
