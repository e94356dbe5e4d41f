import {
  type Actor,
  alertScope,
  assessmentScope,
  can,
  type CollectionDefinition,
  CRS84,
  type Protection,
} from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'
import type { FeaturesRepo } from '../../db/features-repo.ts'
import type {
  ErbmFollowupRows,
  MapFrameRow,
  MapLayerRow,
  SheetAlertRow,
  SheetAssessmentRow,
  SheetIndexRow,
  SheetPhotoRow,
  SiteAtRiskFollowupRow,
  StoredFeatureRef,
} from '../../db/sheet-rows.ts'
import type { SheetsRepo } from '../../db/sheets-repo.ts'
import { ERROR_MESSAGES, NotFoundError } from '../../errors.ts'
import type { FeatureContextService } from '../feature-context.ts'
import { requireCollection, requireFeatureId } from '../features.ts'

/** The map's frame: at least 800 m across (a shaft or a small building still shows its street), 16:10. */
const MAP_MIN_WIDTH_M = 800
const MAP_ASPECT = 1.6
/** Photos embedded in a sheet: the newest six, each under 3 MB (a larger one is named, not embedded). */
const PHOTO_LIMITS = { count: 6, maxBytes: 3 * 1024 * 1024 }

/**
 * Everything one fiche-bilan prints, already narrowed to what the caller may see: a part the caller
 * may not see is `undefined` (and the page leaves its section out), not an empty list.
 */
export interface SheetContent {
  collection: CollectionDefinition
  featureId: string
  properties: Record<string, unknown>
  protections: Protection[]
  map: { frame: MapFrameRow; layers: MapLayerRow[] } | undefined
  /** For an endangered site: what officers added (null when nothing yet). */
  siteAtRisk?: SiteAtRiskFollowupRow | null
  assessments?: SheetAssessmentRow[]
  alerts?: SheetAlertRow[]
  erbm?: ErbmFollowupRows
  photos: SheetPhotoRow[]
  generatedAt: Date
}

const organisationOf = (scope: ReturnType<typeof alertScope>) =>
  scope.kind === 'organisation' ? scope.id : null

/** The (table, id) pairs alerts and constats may name the feature by: an endangered site is its element too. */
function storedRefs(collection: CollectionDefinition, id: string, properties: Record<string, unknown>) {
  const refs: StoredFeatureRef[] = [{ table: collectionTable(collection.id).table, id }]
  const element = properties.element_unesco
  if (collection.id === 'sites-en-danger' && typeof element === 'string')
    refs.push({ table: collectionTable('bien-inscrit-elements').table, id: element })
  return refs
}

/** The fiches-bilan (issue #10 §4): what one sheet shows to one caller, and the sheets' index. */
export function createSheetsService(dependencies: {
  repo: SheetsRepo
  features: FeaturesRepo
  featureContext: FeatureContextService
}) {
  const { repo, features, featureContext } = dependencies

  async function privateParts(actor: Actor, collection: CollectionDefinition, refs: StoredFeatureRef[]) {
    const alerts = alertScope(actor)
    const assessments = assessmentScope(actor)
    const parts: Pick<SheetContent, 'alerts' | 'assessments' | 'erbm' | 'photos'> = { photos: [] }
    // Oldest visit first: the chart draws its line in that order and the latest state is the last.
    if (assessments.kind !== 'none')
      parts.assessments = (await repo.assessments(refs, organisationOf(assessments))).reverse()
    if (alerts.kind !== 'none') parts.alerts = await repo.alerts(refs, organisationOf(alerts))
    if (parts.assessments || parts.alerts) {
      // The same organisation narrows both (assessmentScope is alertScope), so one value serves.
      const ids = (parts.assessments ?? []).map((assessment) => assessment.id)
      parts.photos = await repo.photos(refs, organisationOf(alerts), ids, !!parts.alerts, PHOTO_LIMITS)
    }
    const citeId = refs[0]?.id
    if (collection.id === 'cites-erbm' && citeId && can(actor, 'erbm:read')) {
      parts.erbm = await repo.erbmFollowup(citeId)
      const newest = [...parts.photos, ...(await repo.erbmPhotos(citeId, PHOTO_LIMITS))]
      parts.photos = newest
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, PHOTO_LIMITS.count)
    }
    return parts
  }

  return {
    /**
     * One feature's sheet as `actor` may see it.
     * @throws NotFoundError for an unknown collection or feature
     */
    async sheet(actor: Actor, collectionId: string, featureId: string): Promise<SheetContent> {
      const collection = requireCollection(collectionId)
      requireFeatureId(collection, featureId)
      const feature = await features.findFeature(collection, featureId, CRS84)
      if (!feature) throw new NotFoundError(ERROR_MESSAGES.featureNotFound(collection.id, featureId))
      const properties = feature.properties ?? {}
      const { protections } = await featureContext.featureContext(collection.id, featureId)
      const table = collectionTable(collection.id)
      const frame = await repo.mapFrame(table, featureId, MAP_MIN_WIDTH_M, MAP_ASPECT)
      const map = frame ? { frame, layers: await repo.mapLayers(frame) } : undefined
      const refs = storedRefs(collection, featureId, properties)
      const content: SheetContent = {
        collection,
        featureId,
        properties,
        protections,
        map,
        ...(await privateParts(actor, collection, refs)),
        generatedAt: new Date(),
      }
      if (collection.id === 'sites-en-danger')
        content.siteAtRisk = (await repo.siteAtRiskFollowup(featureId)) ?? null
      return content
    },

    /** The endangered sites, then the ERBM cités (priority ones first): public facts only. */
    index: (): Promise<SheetIndexRow[]> => repo.index(),
  }
}

export type SheetsService = ReturnType<typeof createSheetsService>
