import { type ElementCategory, SOURCE_FILES, type SourceReference } from '@heritage-watch/shared'
import { type CommuneMatcher, createCommuneMatcher, normalizeCommuneName } from './commune-names.ts'
import type { SourceFeature } from './read-sources.ts'
import type { Sources } from './sources.ts'
import { terrilNumber, terrilsInView } from './terril-numbers.ts'

export type Row = Record<string, unknown> & { id: string; geometry: SourceFeature<unknown>['geometry'] }
export type TableRows = Record<string, Row[]>

/** The `source` property of every feature: producer, dataset and the file of data/ it came from. */
export function sourceLabel(source: SourceReference): string {
  return `${source.producer} — ${source.dataset} — ${source.file}`
}

type CommuneFields = { communes: string[]; communes_insee: string[] }

function communeFields(matcher: CommuneMatcher, names: (string | null | undefined)[]): CommuneFields {
  const communes: string[] = []
  const insee: string[] = []
  for (const name of names) {
    if (!name?.trim()) continue
    const official = matcher.match(name)
    const label = official?.nom ?? name.trim()
    if (!communes.includes(label)) communes.push(label)
    if (official && !insee.includes(official.insee)) insee.push(official.insee)
  }
  return { communes, communes_insee: insee }
}

const mhFlag = (value: string | null | undefined) =>
  value === 'T' || value === 'oui' ? true : value === 'F' || value === 'non' ? false : null

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

/** Terril ids are HBNPC numbers; a number found in both layers (140) gets its zone as a suffix. */
function terrilIds(numbers: { numero: string; zone: 'bi' | 'zt' }[]): string[] {
  const seen = new Map<string, number>()
  for (const { numero } of numbers) seen.set(numero, (seen.get(numero) ?? 0) + 1)
  return numbers.map(({ numero, zone }) => ((seen.get(numero) ?? 0) > 1 ? `${numero}-${zone}` : numero))
}

/**
 * Until the official list of the 78 is loaded, a terril is "probable" when the decree names all its
 * communes and "exclu" when it leaves out at least one: the decree lists the communes of every classified terril.
 */
export function derivedClassement2016(communes: string[], outsideDecree: string[]) {
  if (communes.length === 0) throw new Error('a terril must have at least one commune')
  const probable = outsideDecree.length === 0
  return {
    classement_2016: probable ? 'probable' : 'exclu',
    classement_2016_methode: probable
      ? `Déduit, non confirmé : le décret du 28 décembre 2016 nomme toutes ses communes (${communes.join(', ')}) ; la liste officielle des 78 terrils n’est pas encore chargée`
      : `Déduit : le décret du 28 décembre 2016, qui nomme les communes de tous les terrils classés, ne nomme pas ${outsideDecree.join(', ')}`,
    communes_hors_decret: outsideDecree,
  }
}

/**
 * Turns the validated sources into the rows of every table, with commune names matched to the
 * communes layer and terril numbers normalised. Everything spatial is left to PostGIS (db/sql/data-load.sql.ts).
 */
export function buildRows(sources: Sources): { rows: TableRows; unmatchedCommunes: string[] } {
  const { layers } = sources
  const matcher = createCommuneMatcher(
    layers.communes.map((feature) => ({ insee: feature.properties.insee, nom: feature.properties.nom })),
    new Map(sources.communeAliases.map((alias) => [alias.spelling_in_source, alias.official_name])),
  )
  const unmatched = new Set<string>()
  const communes = (names: (string | null | undefined)[]) => {
    const fields = communeFields(matcher, names)
    for (const name of names) if (name?.trim() && !matcher.match(name)) unmatched.add(name.trim())
    return fields
  }
  const decreeKeys = new Set(sources.decreeCommunes.map((row) => normalizeCommuneName(row.commune)))
  const outsideDecree = (names: string[]) =>
    names.filter((name) => !decreeKeys.has(normalizeCommuneName(name)))

  const element = (
    feature: SourceFeature<{ id_unesco?: string | null; element?: string | null; objet?: string | null }>,
    categorie: ElementCategory,
    source: SourceReference,
  ) => ({
    id: feature.properties.id_unesco ?? '',
    categorie,
    composante: feature.properties.element,
    objet: blankToNull(feature.properties.objet),
    source: sourceLabel(source),
    geometry: feature.geometry,
  })

  const cites = layers.citesMinieres.map((feature) => {
    const p = feature.properties
    return {
      feature,
      fields: {
        nom: p.nom,
        nom_2: p.nom_2,
        ...communes([p.commune_1, p.commune_2, p.commune_3]),
        type: p.type,
        compagnie: p.compagnie,
        interet: p.interet,
        proprietaire: p.proprietaire,
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

  const terrilSources = [
    ...layers.terrils.map((feature) => {
      const p = feature.properties
      return {
        numero: terrilNumber(p.no_terril),
        zone: 'bi' as const,
        row: {
          numero_source: p.no_terril,
          nom: p.nom,
          nom_usuel: null,
          ...communes([p.commune_1, p.commune_2, p.commune_3]),
          forme: p.forme,
          zone: 'bien_inscrit',
          element_unesco: p.id_unesco,
          compagnie: p.compagnie,
          groupe: p.groupe,
          source: sourceLabel(SOURCE_FILES.terrils),
          geometry: feature.geometry,
        },
      }
    }),
    ...layers.ztTerrils.map((feature) => {
      const p = feature.properties
      return {
        numero: terrilNumber(p.id),
        zone: 'zt' as const,
        row: {
          numero_source: p.id,
          nom: p.nom,
          nom_usuel: p.nom_usuel,
          ...communes([p.commune_1, p.commune_2, p.commune_3]),
          forme: p.forme,
          zone: 'zone_tampon',
          element_unesco: null,
          compagnie: null,
          groupe: null,
          source: sourceLabel(SOURCE_FILES.ztTerrils),
          geometry: feature.geometry,
        },
      }
    }),
  ]
  const ids = terrilIds(terrilSources)
  const terrils: Row[] = terrilSources.map(({ numero, row }, index) => ({
    id: ids[index] ?? numero,
    numero,
    ...row,
    ...derivedClassement2016(row.communes, outsideDecree(row.communes)),
  }))

  const bufferCites: Row[] = layers.ztCites.map((feature) => {
    const p = feature.properties
    return {
      id: String(p.id_lsm),
      nom: p.nom,
      nom_2: p.nom_2,
      ...communes([p.commune_1, p.commune_2, p.commune_3]),
      type: p.type,
      compagnie: p.compagnie,
      interet: p.interet,
      proprietaire: p.proprietaire,
      id_lsm: p.id_lsm,
      source: sourceLabel(SOURCE_FILES.ztCites),
      geometry: feature.geometry,
    }
  })

  const rows: TableRows = {
    property_component: layers.bienInscrit.map((feature) => ({
      id: feature.properties.no_element,
      nom: feature.properties.nom,
      numero_section: Number(feature.properties.no_section),
      section: feature.properties.section,
      surface_ha: feature.properties.surface_ha,
      source: sourceLabel(SOURCE_FILES.bienInscrit),
      geometry: feature.geometry,
    })),
    property_element: propertyElements as Row[],
    buffer_zone: layers.zoneTampon.map((feature) => ({
      id: String(feature.properties.id),
      surface_ha: feature.properties.surface_ha,
      source: sourceLabel(SOURCE_FILES.zoneTampon),
      geometry: feature.geometry,
    })),
    terril: terrils,
    buffer_cite: bufferCites,
    buffer_cavalier: layers.ztCavaliers.map((feature) => {
      const p = feature.properties
      return {
        id: p.id_troncon ?? `sans-identifiant-${feature.index + 1}`,
        nom: p.nom,
        ...communes([p.commune_1, p.commune_2, p.commune_3, p.commune_4]),
        source: sourceLabel(SOURCE_FILES.ztCavaliers),
        geometry: feature.geometry,
      }
    }),
    buffer_espace_neonaturel: layers.ztEspaces.map((feature) => {
      const p = feature.properties
      return {
        id: p.id,
        nom: p.nom,
        ...communes([p.commune_1, p.commune_2, p.commune_3]),
        source: sourceLabel(SOURCE_FILES.ztEspaces),
        geometry: feature.geometry,
      }
    }),
    buffer_parvis_agricole: layers.ztParvis.map((feature) => ({
      id: String(feature.properties.id),
      qualite_vue: feature.properties.qualite_vue,
      vue_sur: feature.properties.vue_sur,
      terrils_vus: terrilsInView(feature.properties.vue_sur ?? null),
      source: sourceLabel(SOURCE_FILES.ztParvis),
      geometry: feature.geometry,
    })),
    erbm_cite: layers.citesErbm.map((feature) => {
      const p = feature.properties
      return {
        id: String(p.id_lsm),
        nom: p.nom,
        nom_2: p.nom_2,
        ...communes([p.commune_1, p.commune_2, p.commune_3]),
        type: p.type,
        compagnie: p.compagnie,
        interet: p.interet,
        proprietaire: p.proprietaire,
        source: sourceLabel(SOURCE_FILES.citesErbm),
        geometry: feature.geometry,
      }
    }),
    other_mining_cite: cites
      .filter(({ feature }) => !feature.properties.id_unesco)
      .map(({ feature, fields }) => {
        const { classe_mh: _classe, ...rest } = fields
        if (fields.id_lsm == null)
          throw new Error(`cites-minieres feature #${feature.index} has neither UNESCO id nor LSM id`)
        return {
          id: String(fields.id_lsm),
          ...rest,
          source: sourceLabel(SOURCE_FILES.citesMinieres),
          geometry: feature.geometry,
        }
      }),
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
        source: sourceLabel(SOURCE_FILES.puits),
        geometry: feature.geometry,
      }
    }),
    mining_basin: layers.bassinMinier.map((feature) => ({
      id: String(feature.index + 1),
      nom: feature.properties.nom,
      surface_km2: feature.properties.surface_km2,
      population: feature.properties.population,
      source: sourceLabel(SOURCE_FILES.bassinMinier),
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
        decret_2016: decreeKeys.has(normalizeCommuneName(p.nom)),
        source: sourceLabel(SOURCE_FILES.communes),
        geometry: feature.geometry,
      }
    }),
    epci: layers.epci.map((feature) => ({
      id: feature.properties.code_siren,
      nom: feature.properties.nom,
      source: sourceLabel(SOURCE_FILES.epci),
      geometry: feature.geometry,
    })),
    departement: layers.departements.map((feature) => ({
      id: feature.properties.code,
      nom: feature.properties.nom,
      source: sourceLabel(SOURCE_FILES.departements),
      geometry: feature.geometry,
    })),
    decree_2016_commune: sources.decreeCommunes.map((row) => ({
      id: row.commune,
      departement: row.departement,
      insee: matcher.match(row.commune)?.insee ?? null,
      geometry: null,
    })),
  }
  return { rows, unmatchedCommunes: [...unmatched].sort() }
}
