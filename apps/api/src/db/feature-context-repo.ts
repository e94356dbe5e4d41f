import { type Geometry, NEARBY_RADIUS_M, type RelatedFeature } from '@heritage-watch/shared'
import { collectionTable } from '../collections/collection-tables.ts'
import type { Queryable } from './pool.ts'
import {
  CONTEXT_NEARBY_SQL,
  CONTEXT_OVERLAPS_SQL,
  FEATURES_INSIDE_SQL,
  PROPERTY_LINKS_SQL,
  subjectQuery,
} from './sql/feature-context.sql.ts'

/**
 * Below this share of either geometry, an overlap is a boundary artefact: the upstream layers were
 * simplified to about 10 m, so neighbouring polygons overlap by slivers (about 0.4 % of the Fosse Delloye
 * element lies in the buffer zone). 1 % keeps every real overlap seen in the data.
 */
export const MIN_OVERLAP_SHARE = 0.01
/** At most this many terrils, and this many cités, are listed as near (issue #3: "about 20"). */
export const NEARBY_LIMIT = 20
/** At most this many features of each layer are listed inside a protected site (Notre-Dame-de-Lorette…). */
const INSIDE_LIMIT = 50

/** A stored feature whose context is asked for. */
export interface ContextSubject {
  collection: string
  /** The table behind the collection, as in collection-tables.ts. */
  table: string
  id: string
  /** Hex EWKB, or null for the one feature stored without a geometry. */
  geometry: string | null
  /** The feature's columns, by name. */
  properties: Record<string, unknown>
}

/** The geometry to put in context: a stored one (hex EWKB) or one drawn by a user (GeoJSON, CRS84). */
export type ContextGeometry = { ewkb: string | null } | { geojson: Geometry }

/** Names another feature: where a protection comes from, or what is related. */
export interface FeatureRef {
  collection: string
  id: string
  label: string
}

/** A feature the geometry overlaps by more than a sliver, and which share of the geometry lies in it. */
export interface Overlap extends FeatureRef {
  kind: 'component' | 'buffer_zone' | 'protected_site' | 'erbm' | 'commune'
  subjectShare: number
  /** Columns that describe the protection: the site's typesite, the cité's priorite_erbm… */
  facts: Record<string, unknown>
}

/** Links inside the property, read from the ids rather than from the geometries. */
export interface PropertyLinks {
  /** The component of an element. */
  component?: FeatureRef
  /** The elements of a component, in UNESCO order. */
  elements: FeatureRef[]
  /** The element behind another record: a site at risk, a grand site, an inscribed terril. */
  element?: FeatureRef
}

/** Runs the feature-context queries: the subject, its spatial neighbourhood and its property links. */
export function createFeatureContextRepo(db: Queryable) {
  return {
    /** The feature with its geometry and columns, or undefined when the collection has no such id. */
    async findSubject(collection: string, id: string): Promise<ContextSubject | undefined> {
      const result = await db.query<{ geometry: string | null; properties: Record<string, unknown> }>(
        subjectQuery(collection),
        [id],
      )
      const row = result.rows[0]
      return row && { collection, table: collectionTable(collection).table, id, ...row }
    },

    /**
     * What a geometry overlaps and what lies within NEARBY_RADIUS_M of it. `self` names the stored feature
     * the geometry comes from, which is left out of both lists. Empty lists for a null geometry.
     */
    async spatialContext(geometry: ContextGeometry, self?: { table: string; id: string }) {
      const subject = [
        'ewkb' in geometry ? geometry.ewkb : null,
        'geojson' in geometry ? JSON.stringify(geometry.geojson) : null,
        self?.table ?? null,
        self?.id ?? null,
      ]
      const [overlaps, nearby] = await Promise.all([
        db.query<Omit<Overlap, 'subjectShare'> & { subject_share: number }>(CONTEXT_OVERLAPS_SQL, [
          ...subject,
          MIN_OVERLAP_SHARE,
        ]),
        db.query<Omit<RelatedFeature, 'distanceM'> & { distance_m: number }>(CONTEXT_NEARBY_SQL, [
          ...subject,
          NEARBY_RADIUS_M,
          NEARBY_LIMIT,
        ]),
      ])
      return {
        overlaps: overlaps.rows.map(({ subject_share, ...row }): Overlap => ({
          ...row,
          subjectShare: subject_share,
        })),
        nearby: nearby.rows.map(({ distance_m, ...row }): RelatedFeature => ({
          ...row,
          distanceM: distance_m,
        })),
      }
    },

    /** Features of our layers with at least MIN_OVERLAP_SHARE of them inside a geometry (hex EWKB). */
    async featuresInside(ewkb: string): Promise<FeatureRef[]> {
      const { rows } = await db.query<FeatureRef>(FEATURES_INSIDE_SQL, [
        ewkb,
        MIN_OVERLAP_SHARE,
        INSIDE_LIMIT,
      ])
      return rows
    },

    /** The links asked for; each id may be null, and an unknown id yields nothing. */
    async propertyLinks(ids: {
      componentOf: string | null
      elementsOf: string | null
      element: string | null
    }): Promise<PropertyLinks> {
      const { rows } = await db.query<FeatureRef & { link: string }>(PROPERTY_LINKS_SQL, [
        ids.componentOf,
        ids.elementsOf,
        ids.element,
      ])
      const refs = (link: string) =>
        rows
          .filter((row) => row.link === link)
          .map(({ collection, id, label }) => ({ collection, id, label }))
      return { component: refs('composante')[0], elements: refs('element'), element: refs('via_element')[0] }
    },
  }
}

export type FeatureContextRepo = ReturnType<typeof createFeatureContextRepo>
