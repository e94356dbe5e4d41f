import { COLLECTIONS, ELEMENT_VIEW_CATEGORIES } from '@heritage-watch/shared'

/** Where each collection of the catalogue lives: a table and, for the views of a table, a fixed filter. */
export interface CollectionTable {
  table: string
  /** A constant SQL condition on the table, never built from input. */
  where?: string
}

const COLLECTION_TABLES: Record<string, CollectionTable> = {
  'bien-inscrit-composantes': { table: 'property_component' },
  'bien-inscrit-elements': { table: 'property_element' },
  // Constant conditions from the shared catalogue (its values are fixed identifiers, never input).
  ...Object.fromEntries(
    Object.entries(ELEMENT_VIEW_CATEGORIES).map(([collection, categorie]) => [
      collection,
      { table: 'property_element', where: `categorie = '${categorie}'` },
    ]),
  ),
  'zone-tampon': { table: 'buffer_zone' },
  'zone-tampon-terrils': { table: 'terril', where: "zone = 'zone_tampon'" },
  'zone-tampon-cites': { table: 'buffer_cite' },
  'zone-tampon-cavaliers': { table: 'buffer_cavalier' },
  'zone-tampon-espaces-neonaturels': { table: 'buffer_espace_neonaturel' },
  'zone-tampon-parvis-agricoles': { table: 'buffer_parvis_agricole' },
  terrils: { table: 'terril' },
  'cites-erbm': { table: 'erbm_cite' },
  'cites-minieres-hors-bien': { table: 'other_mining_cite' },
  'sites-en-danger': { table: 'site_at_risk' },
  'grands-sites': { table: 'major_site' },
  'sites-classes-inscrits': { table: 'protected_site' },
  'puits-de-mines': { table: 'mine_shaft' },
  'bassin-minier': { table: 'mining_basin' },
  communes: { table: 'commune' },
  epci: { table: 'epci' },
  departements: { table: 'departement' },
}

for (const collection of COLLECTIONS) {
  if (!COLLECTION_TABLES[collection.id]) throw new Error(`collection ${collection.id} has no table`)
}

/** The table behind a collection; the catalogue guarantees every collection has one. */
export function collectionTable(id: string): CollectionTable {
  const table = COLLECTION_TABLES[id]
  if (!table) throw new Error(`collection ${id} has no table`)
  return table
}
