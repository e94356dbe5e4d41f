import { SOURCE_FILES } from '@heritage-watch/shared'
import type { RowContext } from './row-context.ts'
import type { Sources } from './sources.ts'

/** Mine shafts, the basin outline, communes, EPCI, départements and the communes of the 2016 decree. */
export function buildContextRows(sources: Sources, { inDecree, matcher }: RowContext) {
  const { layers } = sources
  return {
    mine_shaft: layers.puits.map((feature) => {
      const p = feature.properties
      return {
        // The source has no identifier (BRGM codes repeat or are missing): the id is the order in the file.
        id: `P${String(feature.index + 1).padStart(3, '0')}`,
        commune: p.commune,
        compagnie: p.compagnie,
        concession: p.concession,
        fosse: p.fosse,
        fosse_alias: p.fosse_alias,
        puits: p.puits,
        cote_m: p.cote,
        annee_creusement: p.creusement ? Number(p.creusement) : null,
        annee_fermeture: p.fermeture ? Number(p.fermeture) : null,
        profondeur_m: p.profondeur,
        fiche_brgm: p.brgm,
        source: SOURCE_FILES.puits.id,
        geometry: feature.geometry,
      }
    }),
    mining_basin: layers.bassinMinier.map((feature) => ({
      id: String(feature.index + 1),
      nom: feature.properties.nom,
      surface_km2: feature.properties.surface_km2,
      population: feature.properties.population,
      source: SOURCE_FILES.bassinMinier.id,
      geometry: feature.geometry,
    })),
    commune: layers.communes.map((feature) => {
      const p = feature.properties
      return {
        id: p.insee,
        nom: p.nom,
        statut: p.statut,
        population: p.population,
        surface_km2: p.surface_km2,
        epci_siren: p.epci_siren,
        epci_nom: p.epci_nom,
        departement: p.insee.slice(0, 2),
        decret_2016: inDecree(p.nom),
        source: SOURCE_FILES.communes.id,
        geometry: feature.geometry,
      }
    }),
    epci: layers.epci.map((feature) => ({
      id: feature.properties.code_siren,
      nom: feature.properties.nom,
      source: SOURCE_FILES.epci.id,
      geometry: feature.geometry,
    })),
    departement: layers.departements.map((feature) => ({
      id: feature.properties.code,
      nom: feature.properties.nom,
      source: SOURCE_FILES.departements.id,
      geometry: feature.geometry,
    })),
    decree_2016_commune: sources.decreeCommunes.map((row) => ({
      id: row.commune,
      departement: row.departement,
      insee: matcher.match(row.commune)?.insee ?? null,
      geometry: null,
    })),
  }
}
