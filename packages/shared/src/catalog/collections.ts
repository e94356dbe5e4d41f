import { BIEN_INSCRIT_COLLECTIONS } from './collections/bien-inscrit.ts'
import { CONTEXTE_COLLECTIONS } from './collections/contexte.ts'
import { PROTECTIONS_COLLECTIONS } from './collections/protections.ts'
import { TERRILS_ET_CITES_COLLECTIONS } from './collections/terrils-et-cites.ts'
import { VEILLE_ET_SOUS_SOL_COLLECTIONS } from './collections/veille-et-sous-sol.ts'
import { ZONE_TAMPON_COLLECTIONS } from './collections/zone-tampon.ts'
import type { CollectionDefinition } from './types.ts'

export type { ElementCategory } from './collections/shared-definitions.ts'

/** Every layer served as an OGC API collection, in the order of the catalogue. */
export const COLLECTIONS: readonly CollectionDefinition[] = [
  ...BIEN_INSCRIT_COLLECTIONS,
  ...ZONE_TAMPON_COLLECTIONS,
  ...TERRILS_ET_CITES_COLLECTIONS,
  ...VEILLE_ET_SOUS_SOL_COLLECTIONS,
  ...PROTECTIONS_COLLECTIONS,
  ...CONTEXTE_COLLECTIONS,
]

/**
 * Finds a collection of the catalogue.
 * @param id the collection id, as in `/collections/{id}`
 * @returns the definition, or undefined when there is no such collection
 */
export function findCollection(id: string): CollectionDefinition | undefined {
  return COLLECTIONS.find((collection) => collection.id === id)
}
