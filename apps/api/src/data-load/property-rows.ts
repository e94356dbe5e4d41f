import { type ElementCategory, SOURCE_FILES, type SourceReference } from '@heritage-watch/shared'
import type { SourceFeature } from './read-sources.ts'
import { type Row, type RowContext, blankToNull, citeFields, mhFlag } from './row-context.ts'
import type { Sources } from './sources.ts'
import { terrilNumber } from './terril-numbers.ts'

/**
 * The inscribed property: its components, its 353 elements from five layers, and the cités of the
 * cités layer that carry no UNESCO id (kept apart, without UNESCO status).
 */
export function buildPropertyRows({ layers }: Sources, context: RowContext) {
  const { communes } = context
  const element = (
    feature: SourceFeature<{ id_unesco?: string | null; element?: string | null; objet?: string | null }>,
    categorie: ElementCategory,
    source: SourceReference,
  ) => ({
    id: feature.properties.id_unesco ?? '',
    categorie,
    composante: feature.properties.element,
    objet: blankToNull(feature.properties.objet),
    source: source.id,
    geometry: feature.geometry,
  })

  const cites = layers.citesMinieres.map((feature) => {
    const p = feature.properties
    return {
      feature,
      fields: {
        ...citeFields(p, context),
        id_lsm: p.id_lsm,
        inscrit_mh: mhFlag(p.inscrit_mh),
        classe_mh: mhFlag(p.classe_mh),
      },
    }
  })

  const propertyElements: Row[] = [
    ...layers.batis.map((feature) => {
      const p = feature.properties
      return {
        ...element(feature, 'bati', SOURCE_FILES.batis),
        nom: p.nom ?? p.denomination,
        ...communes([p.commune_1, p.commune_2]),
        typologie: p.typologie,
        compagnie: p.compagnie,
        periode: p.periode,
        proprietaire: p.proprietaire,
        protection: p.protection,
        inscrit_mh: mhFlag(p.inscrit_mh),
        classe_mh: mhFlag(p.classe_mh),
      }
    }),
    ...cites
      .filter(({ feature }) => feature.properties.id_unesco)
      .map(({ feature, fields }) => {
        const { type, ...rest } = fields
        return { ...element(feature, 'cite_miniere', SOURCE_FILES.citesMinieres), ...rest, typologie: type }
      }),
    ...layers.terrils.map((feature) => {
      const p = feature.properties
      return {
        ...element(feature, 'terril', SOURCE_FILES.terrils),
        nom: p.nom,
        ...communes([p.commune_1, p.commune_2, p.commune_3]),
        numero_terril: terrilNumber(p.no_terril),
        typologie: p.forme,
        compagnie: p.compagnie,
        groupe: p.groupe,
      }
    }),
    ...layers.cavaliers.map((feature) => {
      const p = feature.properties
      return {
        ...element(feature, 'cavalier', SOURCE_FILES.cavaliers),
        ...communes([p.commune_1, p.commune_2, p.commune_3, p.commune_4, p.commune_5, p.commune_6]),
        longueur_m: p.longueur_m,
      }
    }),
    ...layers.espacesNeonaturels.map((feature) => {
      const p = feature.properties
      return {
        ...element(feature, 'espace_neonaturel', SOURCE_FILES.espacesNeonaturels),
        nom: p.nom,
        ...communes([p.commune_1, p.commune_2]),
      }
    }),
  ]

  return {
    property_component: layers.bienInscrit.map((feature) => ({
      id: feature.properties.no_element,
      nom: feature.properties.nom,
      numero_section: Number(feature.properties.no_section),
      section: feature.properties.section,
      surface_ha: feature.properties.surface_ha,
      source: SOURCE_FILES.bienInscrit.id,
      geometry: feature.geometry,
    })),
    property_element: propertyElements,
    other_mining_cite: cites
      .filter(({ feature }) => !feature.properties.id_unesco)
      .map(({ feature, fields }) => {
        const { classe_mh: _classe, ...rest } = fields
        if (fields.id_lsm == null)
          throw new Error(`cites-minieres feature #${feature.index} has neither UNESCO id nor LSM id`)
        return {
          id: String(fields.id_lsm),
          ...rest,
          source: SOURCE_FILES.citesMinieres.id,
          geometry: feature.geometry,
        }
      }),
  }
}
