import { PROPERTIES as P } from '../properties.ts'
import { SOURCE_FILES as S } from '../sources.ts'
import type { CollectionDefinition } from '../types.ts'

/** The sites classés and inscrits (servitudes AC2) that touch the bassin minier. */
export const PROTECTIONS_COLLECTIONS: readonly CollectionDefinition[] = [
  {
    id: 'sites-classes-inscrits',
    group: 'protections',
    title: { fr: 'Sites classés et inscrits', en: 'Listed and registered sites (sites classés et inscrits)' },
    description: {
      fr: 'Les 83 polygones des sites classés (76) et inscrits (7) au titre du code de l’environnement (servitudes AC2, DREAL Hauts-de-France) qui touchent le Bassin minier, dont les 58 polygones du site classé « La chaîne des terrils » (décret du 28 décembre 2016, 1 832 ha). Le périmètre dit quels terrils sont dans le site classé ; il ne donne pas la numérotation des 78 terrils du décret. Dix-huit polygones de la chaîne ne portent aucun terril des couches de la Mission : ce sont des terrils classés hors de ces couches.',
      en: 'The 83 polygons of the sites classés (76) and inscrits (7) under the Environment Code (AC2 servitudes, DREAL Hauts-de-France) that touch the mining basin, among them the 58 polygons of the site classé "La chaîne des terrils" (decree of 28 December 2016, 1,832 ha). The perimeter settles which tips are in the listed site, not the decree’s numbering of the 78. Eighteen polygons of the chain hold no tip of the Mission’s layers: listed tips outside those layers.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,6}$',
    featureIdExample: '2674',
    properties: [
      {
        name: 'nomgen',
        kind: 'string',
        title: { fr: 'Nom du site', en: 'Name of the site' },
        filter: true,
      },
      {
        name: 'typesite',
        kind: 'string',
        enum: ['Site classé', 'Site inscrit'],
        title: { fr: 'Type de site', en: 'Kind of site' },
        filter: true,
      },
      {
        name: 'datecrea',
        kind: 'string',
        title: { fr: 'Date de création', en: 'Date created' },
        description: {
          fr: 'Date du décret ou de l’arrêté (AAAA-MM-JJ)',
          en: 'Date of the decree or order (YYYY-MM-DD)',
        },
        filter: true,
      },
      {
        name: 'idsup',
        kind: 'string',
        title: { fr: 'Identifiant de la servitude AC2', en: 'AC2 servitude id' },
        description: {
          fr: 'Commun à tous les polygones d’un même site',
          en: 'Shared by every polygon of one site',
        },
        filter: true,
      },
      {
        name: 'id_source',
        kind: 'string',
        title: { fr: 'Identifiant Géoplateforme', en: 'Géoplateforme id' },
      },
      {
        name: 'chaine_des_terrils',
        kind: 'boolean',
        title: {
          fr: 'Polygone du site classé « La chaîne des terrils »',
          en: 'Polygon of the listed site "La chaîne des terrils"',
        },
        filter: true,
      },
      {
        name: 'terrils',
        kind: 'string[]',
        title: { fr: 'Terrils des couches de la Mission dedans', en: 'Tips of the Mission’s layers inside' },
        description: {
          fr: 'Identifiants (collection terrils) des terrils dont au moins 1 % de la surface est dans ce polygone',
          en: 'Ids (terrils collection) of the tips with at least 1% of their area in this polygon',
        },
      },
      {
        name: 'hors_couches_mission',
        kind: 'boolean',
        title: {
          fr: 'Terril classé hors des couches de la Mission',
          en: 'Listed tip outside the Mission’s layers',
        },
        description: {
          fr: 'Polygone de la chaîne qui ne porte aucun terril des couches de la Mission',
          en: 'A polygon of the chain that holds no tip of the Mission’s layers',
        },
        filter: true,
      },
      P.communes,
      P.communes_insee,
      {
        name: 'commune_principale',
        kind: 'string',
        title: { fr: 'Commune principale', en: 'Main municipality' },
        description: {
          fr: 'La commune qui porte la plus grande part du polygone',
          en: 'The municipality that holds most of the polygon',
        },
        filter: true,
      },
      {
        name: 'surface_ha',
        kind: 'number',
        unit: 'ha',
        title: { fr: 'Surface du polygone', en: 'Area of the polygon' },
      },
      {
        name: 'surface_declaree_ha',
        kind: 'number',
        unit: 'ha',
        title: { fr: 'Surface déclarée du site', en: 'Declared area of the site' },
        description: {
          fr: 'Surface de tout le site, répétée sur chacun de ses polygones',
          en: 'Area of the whole site, repeated on each of its polygons',
        },
      },
      { name: 'gestionnaire', kind: 'string', title: { fr: 'Gestionnaire', en: 'Manager' } },
      {
        name: 'gestionnaire_adresse',
        kind: 'string',
        title: { fr: 'Adresse du gestionnaire', en: 'Manager’s address' },
      },
      {
        name: 'gestionnaire_telephone',
        kind: 'string',
        title: { fr: 'Téléphone du gestionnaire', en: 'Manager’s telephone' },
      },
      P.source,
    ],
    sources: [S.sitesClassesInscrits],
  },
]
