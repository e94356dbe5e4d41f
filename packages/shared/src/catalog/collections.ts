import { PROPERTIES as P } from './properties.ts'
import { SOURCE_FILES as S } from './sources.ts'
import type { CollectionDefinition, PropertyDefinition } from './types.ts'

const ELEMENT_CATEGORIES = ['bati', 'cite_miniere', 'terril', 'cavalier', 'espace_neonaturel'] as const
export type ElementCategory = (typeof ELEMENT_CATEGORIES)[number]

const ELEMENT_ID = '^[0-9]{1,3}[A-Z]{0,2}$'
const TERRIL_ID = '^[0-9]{1,3}[A-Z]?(-(bi|zt))?$'

const element = {
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

const ELEMENT_COMMON = [element.composante, element.objet, P.nom, P.communes, P.communes_insee] as const

function elementCollection(
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

const TERRIL_PROPERTIES = [
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
  P.classement_2016_methode,
  {
    name: 'communes_hors_decret',
    kind: 'string[]',
    title: { fr: 'Communes non nommées au décret de 2016', en: 'Communes not named in the 2016 decree' },
  },
  P.source,
] as const

const BUFFER_CITE_PROPERTIES = [
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

/** Every layer served as an OGC API collection, in the order of the catalogue. */
export const COLLECTIONS: readonly CollectionDefinition[] = [
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
  {
    id: 'zone-tampon',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon', en: 'Buffer zone' },
    description: {
      fr: 'Les 15 polygones de la zone tampon du bien.',
      en: 'The 15 polygons of the buffer zone.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,3}$',
    featureIdExample: '1',
    properties: [P.surface_ha, P.source],
    sources: [S.zoneTampon],
  },
  {
    id: 'zone-tampon-terrils',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : terrils', en: 'Buffer zone: spoil tips' },
    description: { fr: 'Les 111 terrils de la zone tampon.', en: 'The 111 spoil tips of the buffer zone.' },
    geometryType: 'MultiPolygon',
    featureIdPattern: TERRIL_ID,
    featureIdExample: '190',
    properties: TERRIL_PROPERTIES,
    sources: [S.ztTerrils],
  },
  {
    id: 'zone-tampon-cites',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : cités minières', en: 'Buffer zone: mining estates' },
    description: {
      fr: 'Les 162 cités minières de la zone tampon.',
      en: 'The 162 mining estates of the buffer zone.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,6}$',
    featureIdExample: '900',
    properties: BUFFER_CITE_PROPERTIES,
    sources: [S.ztCites],
  },
  {
    id: 'zone-tampon-cavaliers',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : cavaliers', en: 'Buffer zone: railway embankments' },
    description: {
      fr: 'Les 1 317 tronçons de cavaliers de la zone tampon. Le dernier enregistrement de la source est vide (ni identifiant, ni nom, ni géométrie) : il est gardé sous l’identifiant « sans-identifiant-1317 ».',
      en: 'The 1,317 embankment sections of the buffer zone. The last source record is empty (no id, name or geometry); it is kept as "sans-identifiant-1317".',
    },
    geometryType: 'MultiLineString',
    featureIdPattern: '^([0-9]{3}_[0-9A-Z]{2}[a-z]?|sans-identifiant-[0-9]+)$',
    featureIdExample: '001_01',
    properties: [P.nom, P.communes, P.communes_insee, P.source],
    sources: [S.ztCavaliers],
  },
  {
    id: 'zone-tampon-espaces-neonaturels',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : espaces néonaturels', en: 'Buffer zone: post-mining natural areas' },
    description: {
      fr: 'Les 7 espaces néonaturels de la zone tampon.',
      en: 'The 7 post-mining natural areas of the buffer zone.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^ENZT[0-9]{2}$',
    featureIdExample: 'ENZT01',
    properties: [P.nom, P.communes, P.communes_insee, P.source],
    sources: [S.ztEspaces],
  },
  {
    id: 'zone-tampon-parvis-agricoles',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : parvis agricoles', en: 'Buffer zone: agricultural forecourts' },
    description: {
      fr: 'Les 138 parvis agricoles de la zone tampon et les vues qu’ils ouvrent sur les terrils et chevalements.',
      en: 'The 138 agricultural forecourts of the buffer zone and the views they open.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,4}$',
    featureIdExample: '22',
    properties: [
      {
        name: 'qualite_vue',
        kind: 'string',
        title: { fr: 'Qualité de la vue', en: 'View quality' },
        filter: true,
      },
      {
        name: 'vue_sur',
        kind: 'string',
        title: { fr: 'Vue sur (texte de la source)', en: 'View on (source text)' },
      },
      {
        name: 'terrils_vus',
        kind: 'string[]',
        title: {
          fr: 'Terrils vus (numéros lus dans « vue sur »)',
          en: 'Spoil tips in view (numbers read from "vue sur")',
        },
        filter: true,
      },
      P.source,
    ],
    sources: [S.ztParvis],
  },
  {
    id: 'terrils',
    group: 'terrils',
    title: { fr: 'Terrils (bien inscrit et zone tampon)', en: 'Spoil tips (property and buffer zone)' },
    description: {
      fr: 'Les 162 terrils des couches officielles (51 dans le bien, 111 dans la zone tampon) avec leur statut au site classé « La chaîne des terrils » (décret du 28 décembre 2016). « probable » est déduit des communes du décret, jamais confirmé.',
      en: 'All 162 spoil tips with their status in the 2016 listed site "La chaîne des terrils". "probable" is derived from the decree communes, never confirmed.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: TERRIL_ID,
    featureIdExample: '74A',
    properties: TERRIL_PROPERTIES,
    sources: [S.terrils, S.ztTerrils, S.decret2016],
  },
  {
    id: 'cites-erbm',
    group: 'cites',
    title: { fr: 'Cités de l’ERBM', en: 'ERBM mining estates' },
    description: {
      fr: 'Les 59 cités de la couche ERBM (Engagement pour le renouveau du Bassin minier), avec la part de chacune dans le bien inscrit, calculée dans PostGIS. La liste des 35 cités prioritaires n’est pas dans nos sources : « priorite_erbm » vaut « inconnue » tant qu’elle n’est pas chargée.',
      en: 'The 59 estates of the ERBM layer with the share of each inside the property, computed in PostGIS. Priority is unknown until the official list is loaded.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,6}$',
    featureIdExample: '565',
    properties: [
      ...BUFFER_CITE_PROPERTIES.filter(
        (property) => property.name !== 'id_lsm' && property.name !== 'source',
      ),
      {
        name: 'part_dans_bien',
        kind: 'number',
        unit: '%',
        title: { fr: 'Part dans le bien inscrit', en: 'Share inside the property' },
      },
      {
        name: 'statut_unesco',
        kind: 'string',
        enum: ['oui', 'non', 'partiel'],
        title: { fr: 'Dans le bien inscrit', en: 'Inside the property' },
        description: {
          fr: 'oui : au moins 50 % de la cité dans le bien ; non : moins de 5 % ; partiel : entre les deux',
          en: 'yes: at least 50% inside; no: under 5%; partial: in between',
        },
        filter: true,
      },
      P.priorite_erbm,
      P.source,
    ],
    sources: [S.citesErbm],
  },
  {
    id: 'cites-minieres-hors-bien',
    group: 'cites',
    title: {
      fr: 'Autres cités minières (sans statut UNESCO)',
      en: 'Other mining estates (no UNESCO status)',
    },
    description: {
      fr: 'Les 35 polygones de la couche « cités minières » qui ne portent pas d’identifiant UNESCO. Aucune source ne dit s’il s’agit des 35 cités prioritaires de l’ERBM.',
      en: 'The 35 polygons of the mining-estates layer without a UNESCO id. No source says whether they are the 35 ERBM priority estates.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,6}$',
    featureIdExample: '704',
    properties: [...BUFFER_CITE_PROPERTIES.slice(0, -1), P.inscrit_mh, P.source],
    sources: [S.citesMinieres],
  },
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

/**
 * Finds a collection of the catalogue.
 * @param id the collection id, as in `/collections/{id}`
 * @returns the definition, or undefined when there is no such collection
 */
export function findCollection(id: string): CollectionDefinition | undefined {
  return COLLECTIONS.find((collection) => collection.id === id)
}
