import type { Bilingual, PropertyDefinition } from '@heritage-watch/shared'

// French labels of the codes, for the French CSV. Values that are already French words (« classé »,
// « Site inscrit », « oui ») are written as they are.

/** A property as an export writes it: a catalogue property, or a private collection's with its labels. */
export type ExportProperty = PropertyDefinition & { labels?: Record<string, Bilingual> }

const CATALOGUE_LABELS: Record<string, Record<string, string>> = {
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
export function frenchLabel(property: ExportProperty, value: string): string {
  return property.labels?.[value]?.fr ?? CATALOGUE_LABELS[property.name]?.[value] ?? value
}
