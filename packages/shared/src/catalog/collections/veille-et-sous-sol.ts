import { PROPERTIES as P } from '../properties.ts'
import { SOURCE_FILES as S } from '../sources.ts'
import type { CollectionDefinition } from '../types.ts'
import { ELEMENT_ID } from './shared-definitions.ts'

/** Sites at risk, grands sites and mine shafts. */
export const VEILLE_ET_SOUS_SOL_COLLECTIONS: readonly CollectionDefinition[] = [
  {
    id: 'sites-en-danger',
    group: 'veille',
    title: { fr: 'Patrimoine minier en danger (2018)', en: 'Mining heritage at risk (2018)' },
    description: {
      fr: 'Les 11 sites de la souscription « Patrimoine minier en danger » (Fondation du patrimoine et Mission Bassin Minier, 2018), avec la géométrie de leur élément UNESCO. Leur état actuel n’a pas été vérifié.',
      en: 'The 11 sites of the 2018 "Mining heritage at risk" appeal, with the geometry of their UNESCO element. Their current state was not checked.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: ELEMENT_ID,
    featureIdExample: '63L',
    properties: [
      P.nom,
      P.commune,
      {
        name: 'motif',
        kind: 'string',
        title: { fr: 'Motif de l’inscription sur la liste', en: 'Why it is listed' },
      },
      P.element_unesco,
      P.proprietaire,
      P.protection,
      P.source,
    ],
    sources: [S.sitesEnDanger, S.batis],
  },
  {
    id: 'grands-sites',
    group: 'veille',
    title: { fr: 'Grands sites miniers', en: 'Major mining sites' },
    description: {
      fr: 'Les 5 grands sites miniers ; le point est le centre de l’élément UNESCO qui les porte.',
      en: 'The 5 major mining sites; the point is the centroid of their UNESCO element.',
    },
    geometryType: 'Point',
    featureIdPattern: ELEMENT_ID,
    featureIdExample: '23',
    properties: [P.nom, P.commune, P.element_unesco, P.source],
    sources: [S.grandsSites, S.batis],
  },
  {
    id: 'puits-de-mines',
    group: 'sous-sol',
    title: { fr: 'Anciens puits de mines', en: 'Former mine shafts' },
    description: {
      fr: 'Les 636 anciens puits de mines localisés, avec leur profondeur, leurs dates et le lien vers la fiche BRGM.',
      en: 'The 636 located former mine shafts, with depth, dates and BRGM record link.',
    },
    geometryType: 'Point',
    featureIdPattern: '^P[0-9]{3}$',
    featureIdExample: 'P001',
    properties: [
      P.commune,
      P.compagnie,
      { name: 'concession', kind: 'string', title: { fr: 'Concession', en: 'Concession' }, filter: true },
      { name: 'fosse', kind: 'string', title: { fr: 'Fosse', en: 'Pit' }, filter: true },
      { name: 'fosse_alias', kind: 'string', title: { fr: 'Autre nom de la fosse', en: 'Pit alias' } },
      { name: 'puits', kind: 'string', title: { fr: 'Puits', en: 'Shaft' } },
      { name: 'cote_m', kind: 'number', unit: 'm', title: { fr: 'Cote (altitude)', en: 'Elevation' } },
      {
        name: 'annee_creusement',
        kind: 'integer',
        title: { fr: 'Année de creusement', en: 'Year sunk' },
        filter: true,
      },
      {
        name: 'annee_fermeture',
        kind: 'integer',
        title: { fr: 'Année de fermeture', en: 'Year closed' },
        filter: true,
      },
      { name: 'profondeur_m', kind: 'number', unit: 'm', title: { fr: 'Profondeur', en: 'Depth' } },
      { name: 'fiche_brgm', kind: 'string', title: { fr: 'Fiche BRGM (InfoTerre)', en: 'BRGM record' } },
      P.source,
    ],
    temporal: {
      start: 'annee_creusement',
      end: 'annee_fermeture',
      description: {
        fr: 'Période d’activité : du 1er janvier de l’année de creusement au 31 décembre de l’année de fermeture',
        en: 'Working life: from 1 January of the year sunk to 31 December of the year closed',
      },
    },
    sources: [S.puits],
  },
]
