import { SOURCE_FILES } from '@heritage-watch/shared'
import { type Row, type RowContext, citeFields } from './row-context.ts'
import type { Sources } from './sources.ts'
import { terrilsInView } from './terril-numbers.ts'

/** The buffer zone and its features, and the ERBM cités (whose share in the property PostGIS computes). */
export function buildBufferZoneRows({ layers }: Sources, context: RowContext) {
  const { communes } = context
  const bufferCites: Row[] = layers.ztCites.map((feature) => {
    const p = feature.properties
    return {
      id: String(p.id_lsm),
      ...citeFields(p, context),
      id_lsm: p.id_lsm,
      source: SOURCE_FILES.ztCites.id,
      geometry: feature.geometry,
    }
  })

  return {
    buffer_zone: layers.zoneTampon.map((feature) => ({
      id: String(feature.properties.id),
      surface_ha: feature.properties.surface_ha,
      source: SOURCE_FILES.zoneTampon.id,
      geometry: feature.geometry,
    })),
    buffer_cite: bufferCites,
    buffer_cavalier: layers.ztCavaliers.map((feature) => {
      const p = feature.properties
      return {
        id: p.id_troncon ?? `sans-identifiant-${feature.index + 1}`,
        nom: p.nom,
        ...communes([p.commune_1, p.commune_2, p.commune_3, p.commune_4]),
        source: SOURCE_FILES.ztCavaliers.id,
        geometry: feature.geometry,
      }
    }),
    buffer_espace_neonaturel: layers.ztEspaces.map((feature) => {
      const p = feature.properties
      return {
        id: p.id,
        nom: p.nom,
        ...communes([p.commune_1, p.commune_2, p.commune_3]),
        source: SOURCE_FILES.ztEspaces.id,
        geometry: feature.geometry,
      }
    }),
    buffer_parvis_agricole: layers.ztParvis.map((feature) => ({
      id: String(feature.properties.id),
      qualite_vue: feature.properties.qualite_vue,
      vue_sur: feature.properties.vue_sur,
      terrils_vus: terrilsInView(feature.properties.vue_sur ?? null),
      source: SOURCE_FILES.ztParvis.id,
      geometry: feature.geometry,
    })),
    erbm_cite: layers.citesErbm.map((feature) => {
      const p = feature.properties
      return {
        id: String(p.id_lsm),
        ...citeFields(p, context),
        source: SOURCE_FILES.citesErbm.id,
        geometry: feature.geometry,
      }
    }),
  }
}
