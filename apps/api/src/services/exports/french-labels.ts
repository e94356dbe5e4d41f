import type { PropertyDefinition } from '@heritage-watch/shared'

// French labels of the catalogue's codes, for the French CSV. Values that are already French words
// (« classé », « Site inscrit », « oui ») are written as they are.

const LABELS: Record<string, Record<string, string>> = {
  categorie: {
    bati: 'Bâti',
    cite_miniere: 'Cité minière',
    terril: 'Terril',
    cavalier: 'Cavalier',
    espace_neonaturel: 'Espace néonaturel',
  },
  zone: { bien_inscrit: 'Bien inscrit', zone_tampon: 'Zone tampon' },
}

/** The French label of a property's code, or the value itself when it has none. */
export function frenchLabel(property: PropertyDefinition, value: string): string {
  return LABELS[property.name]?.[value] ?? value
}
