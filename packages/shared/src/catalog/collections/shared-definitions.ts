import { PROPERTIES as P } from '../properties.ts'
import type { CollectionDefinition, PropertyDefinition } from '../types.ts'

// Definitions shared by several collection files of this folder.

const ELEMENT_CATEGORIES = ['bati', 'cite_miniere', 'terril', 'cavalier', 'espace_neonaturel'] as const
export type ElementCategory = (typeof ELEMENT_CATEGORIES)[number]

export const ELEMENT_ID = '^[0-9]{1,3}[A-Z]{0,2}$'
export const TERRIL_ID = '^[0-9]{1,3}[A-Z]?(-(bi|zt))?$'

export const element = {
  categorie: {
    name: 'categorie',
    kind: 'string',
    enum: ELEMENT_CATEGORIES,
    title: { fr: 'Catégorie', en: 'Category' },
    filter: true,
  },
  composante: {
    name: 'composante',
    kind: 'string',
    title: { fr: 'Composante du bien', en: 'Property component' },
    filter: true,
  },
  objet: { name: 'objet', kind: 'string', title: { fr: 'Lettre de l’objet', en: 'Object letter' } },
  typologie: { name: 'typologie', kind: 'string', title: { fr: 'Typologie', en: 'Typology' }, filter: true },
  longueur_m: { name: 'longueur_m', kind: 'number', unit: 'm', title: { fr: 'Longueur', en: 'Length' } },
  numero_terril: {
    name: 'numero_terril',
    kind: 'string',
    title: { fr: 'Numéro de terril (HBNPC)', en: 'Spoil tip number (HBNPC)' },
    filter: true,
  },
  groupe: { name: 'groupe', kind: 'string', title: { fr: 'Groupe HBNPC', en: 'HBNPC group' }, filter: true },
} satisfies Record<string, PropertyDefinition>

export const ELEMENT_COMMON = [
  element.composante,
  element.objet,
  P.nom,
  P.communes,
  P.communes_insee,
] as const

/** A collection of property elements: same id form, group and source property. */
export function elementCollection(
  id: string,
  title: CollectionDefinition['title'],
  description: CollectionDefinition['description'],
  properties: readonly PropertyDefinition[],
  sources: CollectionDefinition['sources'],
  geometryType: CollectionDefinition['geometryType'] = 'MultiPolygon',
): CollectionDefinition {
  return {
    id,
    group: 'bien-inscrit',
    title,
    description,
    geometryType,
    featureIdPattern: ELEMENT_ID,
    featureIdExample: '37B',
    properties: [...properties, P.source],
    sources,
  }
}

const terril = {
  numero: {
    name: 'numero',
    kind: 'string',
    title: { fr: 'Numéro HBNPC', en: 'HBNPC number' },
    filter: true,
  },
  nom_usuel: { name: 'nom_usuel', kind: 'string', title: { fr: 'Nom usuel', en: 'Common name' } },
  forme: { name: 'forme', kind: 'string', title: { fr: 'Forme', en: 'Form' }, filter: true },
  zone: {
    name: 'zone',
    kind: 'string',
    enum: ['bien_inscrit', 'zone_tampon'],
    title: { fr: 'Zone UNESCO', en: 'UNESCO zone' },
    filter: true,
  },
} satisfies Record<string, PropertyDefinition>

export const TERRIL_PROPERTIES = [
  terril.numero,
  P.nom,
  terril.nom_usuel,
  P.communes,
  P.communes_insee,
  terril.forme,
  terril.zone,
  P.element_unesco,
  P.compagnie,
  element.groupe,
  P.classement_2016,
  P.classement_2016_part,
  P.classement_2016_site,
  P.classement_2016_methode,
  P.liste_officielle_2016,
  P.liste_officielle_2016_source,
  P.source,
] as const

export const BUFFER_CITE_PROPERTIES = [
  P.nom,
  P.nom_2,
  P.communes,
  P.communes_insee,
  P.type,
  P.compagnie,
  P.interet,
  P.proprietaire,
  P.id_lsm,
  P.source,
] as const
