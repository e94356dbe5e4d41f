import { PROPERTIES as P } from '../properties.ts'
import { SOURCE_FILES as S } from '../sources.ts'
import type { CollectionDefinition } from '../types.ts'
import { element, ELEMENT_COMMON, elementCollection } from './shared-definitions.ts'

/** The inscribed property: components and elements. */
export const BIEN_INSCRIT_COLLECTIONS: readonly CollectionDefinition[] = [
  {
    id: 'bien-inscrit-composantes',
    group: 'bien-inscrit',
    title: { fr: 'Bien inscrit : composantes', en: 'Inscribed property: components' },
    description: {
      fr: 'Les 109 composantes du bien « Bassin minier du Nord-Pas-de-Calais » inscrit au patrimoine mondial en 2012, avec leur surface officielle et leur compagnie minière.',
      en: 'The 109 components of the World Heritage property (2012), with official area and mining company.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[1-9][0-9]{0,2}$',
    featureIdExample: '23',
    properties: [
      P.nom,
      {
        name: 'numero_section',
        kind: 'integer',
        title: { fr: 'N° de section', en: 'Section number' },
        filter: true,
      },
      {
        name: 'section',
        kind: 'string',
        title: { fr: 'Section (compagnie)', en: 'Section (company)' },
        filter: true,
      },
      P.surface_ha,
      { name: 'nb_elements', kind: 'integer', title: { fr: 'Nombre d’éléments', en: 'Number of elements' } },
      P.communes,
      P.communes_insee,
      P.source,
    ],
    sources: [S.bienInscrit],
  },
  elementCollection(
    'bien-inscrit-elements',
    { fr: 'Bien inscrit : tous les éléments', en: 'Inscribed property: all elements' },
    {
      fr: 'Les 353 éléments du bien : 159 bâtis, 124 cités minières, 51 terrils, 14 cavaliers et 5 espaces néonaturels, avec leur identifiant UNESCO (ex. 37B).',
      en: 'The 353 elements of the property (buildings, mining estates, spoil tips, railway embankments, post-mining landscapes).',
    },
    [
      element.categorie,
      ...ELEMENT_COMMON,
      P.nom_2,
      element.typologie,
      P.compagnie,
      P.periode,
      P.proprietaire,
      P.protection,
      P.inscrit_mh,
      P.classe_mh,
      P.interet,
      element.longueur_m,
      element.numero_terril,
      element.groupe,
      P.id_lsm,
    ],
    [S.batis, S.citesMinieres, S.terrils, S.cavaliers, S.espacesNeonaturels],
  ),
  elementCollection(
    'bien-inscrit-batis',
    { fr: 'Bien inscrit : bâtis', en: 'Inscribed property: buildings' },
    {
      fr: 'Les 159 bâtis du bien : fosses, chevalements, écoles, églises, équipements de santé, châteaux, gares…',
      en: 'The 159 buildings: pits, headframes, schools, churches, health buildings, châteaux, stations…',
    },
    [
      ...ELEMENT_COMMON,
      element.typologie,
      P.compagnie,
      P.periode,
      P.proprietaire,
      P.protection,
      P.inscrit_mh,
      P.classe_mh,
    ],
    [S.batis],
  ),
  elementCollection(
    'bien-inscrit-cites',
    { fr: 'Bien inscrit : cités minières', en: 'Inscribed property: mining estates' },
    { fr: 'Les 124 cités minières inscrites.', en: 'The 124 inscribed mining estates.' },
    [
      ...ELEMENT_COMMON,
      P.nom_2,
      element.typologie,
      P.compagnie,
      P.interet,
      P.proprietaire,
      P.inscrit_mh,
      P.classe_mh,
      P.id_lsm,
    ],
    [S.citesMinieres],
  ),
  elementCollection(
    'bien-inscrit-terrils',
    { fr: 'Bien inscrit : terrils', en: 'Inscribed property: spoil tips' },
    {
      fr: 'Les 51 terrils inscrits, avec leur numéro HBNPC.',
      en: 'The 51 inscribed spoil tips, with their HBNPC number.',
    },
    [...ELEMENT_COMMON, element.numero_terril, element.typologie, P.compagnie, element.groupe],
    [S.terrils],
  ),
  elementCollection(
    'bien-inscrit-cavaliers',
    { fr: 'Bien inscrit : cavaliers', en: 'Inscribed property: railway embankments' },
    {
      fr: 'Les 14 cavaliers (anciennes voies ferrées minières) inscrits.',
      en: 'The 14 inscribed mining railway embankments.',
    },
    [...ELEMENT_COMMON, element.longueur_m],
    [S.cavaliers],
  ),
  elementCollection(
    'bien-inscrit-espaces-neonaturels',
    { fr: 'Bien inscrit : espaces néonaturels', en: 'Inscribed property: post-mining natural areas' },
    {
      fr: 'Les 5 espaces néonaturels inscrits (étangs d’affaissement minier).',
      en: 'The 5 inscribed post-mining natural areas (subsidence ponds).',
    },
    [...ELEMENT_COMMON],
    [S.espacesNeonaturels],
  ),
]
