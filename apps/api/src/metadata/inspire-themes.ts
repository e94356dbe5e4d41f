import type { CollectionDefinition } from '@heritage-watch/shared'

// The INSPIRE theme (GEMET - INSPIRE themes, version 1.0) and ISO 19115 topic category of each
// collection, for the ISO 19139 records and the DCAT-AP catalogue. Chosen by what the layer holds:
// protections and the World Heritage property are protected sites, housing estates are buildings,
// mine shafts are mineral resources, the basin and the communes are units of administration.

export interface InspireTheme {
  code: string
  label: string
  uri: string
}

const theme = (code: string, label: string): InspireTheme => ({
  code,
  label,
  uri: `http://inspire.ec.europa.eu/theme/${code}`,
})

const PROTECTED_SITES = theme('ps', 'Sites protégés')
const BUILDINGS = theme('bu', 'Bâtiments')
const MINERAL_RESOURCES = theme('mr', 'Ressources minérales')
const ADMINISTRATIVE_UNITS = theme('au', 'Unités administratives')
const MANAGEMENT_AREAS = theme(
  'am',
  'Zones de gestion, de restriction ou de réglementation et unités de déclaration',
)

/** The GEMET thesaurus the INSPIRE theme keywords come from. */
export const INSPIRE_THESAURUS = {
  title: 'GEMET - INSPIRE themes, version 1.0',
  publication: '2008-06-01',
  uri: 'http://inspire.ec.europa.eu/theme',
} as const

const BY_ID: Record<string, InspireTheme> = {
  'cites-erbm': BUILDINGS,
  'cites-minieres-hors-bien': BUILDINGS,
  'puits-de-mines': MINERAL_RESOURCES,
  'bassin-minier': MANAGEMENT_AREAS,
  communes: ADMINISTRATIVE_UNITS,
  epci: ADMINISTRATIVE_UNITS,
  departements: ADMINISTRATIVE_UNITS,
}

const TOPICS: Record<string, string> = {
  ps: 'environment',
  bu: 'structure',
  mr: 'geoscientificInformation',
  au: 'boundaries',
  am: 'planningCadastre',
}

/** The INSPIRE theme of a collection: protected sites unless the table above says otherwise. */
export function inspireTheme(collection: CollectionDefinition): InspireTheme {
  return BY_ID[collection.id] ?? PROTECTED_SITES
}

/** The ISO 19115 MD_TopicCategoryCode that goes with the collection's theme. */
export function topicCategory(collection: CollectionDefinition): string {
  return TOPICS[inspireTheme(collection).code] ?? 'environment'
}
