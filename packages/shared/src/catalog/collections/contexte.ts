import { PROPERTIES as P } from '../properties.ts'
import { SOURCE_FILES as S } from '../sources.ts'
import type { CollectionDefinition } from '../types.ts'

/** Context layers: basin outline, communes, EPCI, départements. */
export const CONTEXTE_COLLECTIONS: readonly CollectionDefinition[] = [
  {
    id: 'bassin-minier',
    group: 'contexte',
    title: { fr: 'Périmètre du Bassin minier', en: 'Mining basin outline' },
    description: {
      fr: 'Le contour du Bassin minier du Nord-Pas-de-Calais.',
      en: 'The outline of the mining basin.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,2}$',
    featureIdExample: '1',
    properties: [
      P.nom,
      { name: 'surface_km2', kind: 'number', unit: 'km²', title: { fr: 'Surface', en: 'Area' } },
      { name: 'population', kind: 'integer', title: { fr: 'Population', en: 'Population' } },
      P.source,
    ],
    sources: [S.bassinMinier],
  },
  {
    id: 'communes',
    group: 'contexte',
    title: { fr: 'Communes', en: 'Municipalities' },
    description: {
      fr: 'Les 330 communes du territoire de la Mission Bassin Minier, et si chacune est nommée au décret de 2016 de la chaîne des terrils.',
      en: 'The 330 municipalities of the Mission Bassin Minier area, and whether each is named in the 2016 decree.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^(59|62)[0-9]{3}$',
    featureIdExample: '62510',
    properties: [
      P.nom,
      { name: 'statut', kind: 'string', title: { fr: 'Statut', en: 'Status' }, filter: true },
      { name: 'population', kind: 'integer', title: { fr: 'Population', en: 'Population' } },
      { name: 'surface_km2', kind: 'number', unit: 'km²', title: { fr: 'Surface', en: 'Area' } },
      {
        name: 'epci_siren',
        kind: 'string',
        title: { fr: 'SIREN de l’EPCI', en: 'EPCI SIREN' },
        filter: true,
      },
      { name: 'epci_nom', kind: 'string', title: { fr: 'EPCI', en: 'EPCI' }, filter: true },
      { name: 'departement', kind: 'string', title: { fr: 'Département', en: 'Département' }, filter: true },
      {
        name: 'decret_2016',
        kind: 'boolean',
        title: { fr: 'Nommée au décret de 2016 (terrils)', en: 'Named in the 2016 decree (spoil tips)' },
        filter: true,
      },
      P.source,
    ],
    sources: [S.communes, S.decret2016],
  },
  {
    id: 'epci',
    group: 'contexte',
    title: { fr: 'EPCI', en: 'Inter-municipal bodies (EPCI)' },
    description: { fr: 'Les 9 intercommunalités du Bassin minier.', en: 'The 9 inter-municipal bodies.' },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{9}$',
    featureIdExample: '200044618',
    properties: [P.nom, P.source],
    sources: [S.epci],
  },
  {
    id: 'departements',
    group: 'contexte',
    title: { fr: 'Départements', en: 'Départements' },
    description: { fr: 'Le Nord et le Pas-de-Calais.', en: 'Nord and Pas-de-Calais.' },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^(59|62)$',
    featureIdExample: '62',
    properties: [P.nom, P.source],
    sources: [S.departements],
  },
]
