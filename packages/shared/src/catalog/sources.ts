import type { SourceReference } from './types.ts'

const MBM_SHAPEFILES = {
  producer: 'Mission Bassin Minier Nord-Pas-de-Calais',
  dataset:
    'Périmètre bien inscrit et zone tampon du Bassin minier Patrimoine mondial UNESCO (shapefiles « UNESCO - L93 2018 », data.gouv.fr)',
  url: 'https://www.data.gouv.fr/fr/datasets/r/7bea0497-889d-410c-8de9-144f4159ae8e',
}
const GEO2FRANCE = {
  producer: 'Mission Bassin Minier Nord-Pas-de-Calais, diffusé par Géo2France',
  url: 'https://www.geo2france.fr',
}

/** Where each raw file comes from (see data/README.md for dates, counts and caveats). */
export const SOURCE_FILES = {
  bienInscrit: { id: 'bien-inscrit', ...MBM_SHAPEFILES, file: 'data/raw/bien-inscrit.geojson' },
  zoneTampon: { id: 'zone-tampon', ...MBM_SHAPEFILES, file: 'data/raw/zone-tampon.geojson' },
  batis: { id: 'batis', ...MBM_SHAPEFILES, file: 'data/raw/batis.geojson' },
  citesMinieres: { id: 'cites-minieres', ...MBM_SHAPEFILES, file: 'data/raw/cites-minieres.geojson' },
  terrils: { id: 'terrils', ...MBM_SHAPEFILES, file: 'data/raw/terrils.geojson' },
  cavaliers: { id: 'cavaliers', ...MBM_SHAPEFILES, file: 'data/raw/cavaliers.geojson' },
  espacesNeonaturels: {
    id: 'espaces-neonaturels',
    ...MBM_SHAPEFILES,
    file: 'data/raw/espace-neonaturel.geojson',
  },
  ztTerrils: {
    id: 'zt-terrils',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:zt_terrils',
    file: 'data/raw/zt-terrils.geojson',
  },
  ztCites: {
    id: 'zt-cites',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:zt_cites_minires',
    file: 'data/raw/zt-cites-minieres.geojson',
  },
  ztCavaliers: {
    id: 'zt-cavaliers',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:zt_cavaliers',
    file: 'data/raw/zt-cavaliers.geojson',
  },
  ztEspaces: {
    id: 'zt-espaces',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:zt_espaces_neonaturels',
    file: 'data/raw/zt-espaces-neonaturels.geojson',
  },
  ztParvis: {
    id: 'zt-parvis',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:zt_parvis_agricoles',
    file: 'data/raw/zt-parvis-agricoles.geojson',
  },
  citesErbm: {
    id: 'cites-erbm',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:cites_erbm',
    file: 'data/raw/cites-erbm.geojson',
  },
  bassinMinier: {
    id: 'bassin-minier',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:bassin_minier',
    file: 'data/raw/bassin-minier.geojson',
  },
  communes: {
    id: 'communes',
    ...GEO2FRANCE,
    dataset: 'WFS mission_bassin_minier:communes_mbm',
    file: 'data/raw/communes-mbm.geojson',
  },
  epci: { id: 'epci', ...GEO2FRANCE, dataset: 'EPCI du Bassin minier', file: 'data/raw/epci.geojson' },
  departements: {
    id: 'departements',
    ...GEO2FRANCE,
    dataset: 'Départements du Nord et du Pas-de-Calais',
    file: 'data/raw/departements.geojson',
  },
  puits: {
    id: 'puits',
    producer: 'Mission Bassin Minier Nord-Pas-de-Calais (fiches BRGM liées)',
    dataset: 'Anciens puits de mines dans le Bassin minier du Nord-Pas-de-Calais (data.gouv.fr)',
    url: 'https://www.data.gouv.fr',
    file: 'data/raw/puits-de-mines.geojson',
  },
  sitesEnDanger: {
    id: 'sites-en-danger',
    producer: 'Fondation du patrimoine et Mission Bassin Minier',
    dataset: 'Souscription « Patrimoine minier en danger » (2018), dépliant des 11 sites',
    url: 'https://dokumen.tips/documents/p-en-dangerminier-a-trimoine-fondation-du-patrimoine-mission-bassin-minier.html',
    file: 'data/seeds/sites_at_risk.csv',
  },
  grandsSites: {
    id: 'grands-sites',
    producer: 'Pas-de-Calais Tourisme',
    dataset: 'Les 5 grands sites miniers',
    url: 'https://pas-de-calais-tourisme.com/espaces-naturels/les-terrils-jumeaux',
    file: 'data/seeds/grands_sites.csv',
  },
  sitesClassesInscrits: {
    id: 'sites-classes-inscrits',
    producer:
      'DREAL Hauts-de-France (servitudes AC2), diffusé par la Géoplateforme (IGN – Ministère de la Transition écologique)',
    dataset:
      'Sites classés et inscrits qui touchent le Bassin minier, dont les 58 polygones du site classé « La chaîne des terrils » (décret du 28 décembre 2016)',
    // The copy we took (see data/README.md); the Géoplateforme record itself was not reached from here.
    url: 'https://github.com/mailbvandongen-eng/detect',
    file: 'data/raw/sites-classes-inscrits.geojson',
  },
  decret2016: {
    id: 'decret-2016',
    producer: 'Journal officiel (décret du 28 décembre 2016), transcription callways.fr',
    dataset: 'Communes du site classé « La chaîne des terrils du Bassin minier du Nord de la France »',
    url: 'https://callways.fr/?p=329392',
    file: 'data/seeds/decret-2016-chaine-des-terrils-communes.tsv',
  },
} satisfies Record<string, SourceReference>

/** The source a feature's short `source` id names, undefined for any other value. */
export const findSource = (id: string): SourceReference | undefined =>
  Object.values(SOURCE_FILES).find((source) => source.id === id)

/** The sentence a feature's `source` used to hold: producer, dataset and where to find it. */
export const sourceSentence = (source: SourceReference): string =>
  `${source.producer} — ${source.dataset} — ${source.url}`
