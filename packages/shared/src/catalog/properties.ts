import {
  CLASSEMENT_2016_VALUES,
  LISTE_OFFICIELLE_2016_VALUES,
  PRIORITE_ERBM_VALUES,
} from './classement-2016.ts'
import type { PropertyDefinition } from './types.ts'

/** Property definitions shared by several collections, so a name means the same thing everywhere. */
export const PROPERTIES = {
  nom: { name: 'nom', kind: 'string', title: { fr: 'Nom', en: 'Name' }, filter: true },
  nom_2: { name: 'nom_2', kind: 'string', title: { fr: 'Autre nom', en: 'Other name' } },
  communes: {
    name: 'communes',
    kind: 'string[]',
    title: { fr: 'Communes', en: 'Municipalities' },
    description: {
      fr: 'Noms officiels (couche communes) quand ils ont pu être rapprochés, sinon le nom de la source',
      en: 'Official names (communes layer) where they could be matched, otherwise the source spelling',
    },
    filter: true,
  },
  communes_insee: {
    name: 'communes_insee',
    kind: 'string[]',
    title: { fr: 'Codes INSEE des communes', en: 'INSEE codes of the municipalities' },
    filter: true,
  },
  commune: { name: 'commune', kind: 'string', title: { fr: 'Commune', en: 'Municipality' }, filter: true },
  compagnie: {
    name: 'compagnie',
    kind: 'string',
    title: { fr: 'Compagnie minière', en: 'Mining company' },
    filter: true,
  },
  periode: {
    name: 'periode',
    kind: 'string',
    title: { fr: 'Période de construction', en: 'Period' },
    filter: true,
  },
  proprietaire: {
    name: 'proprietaire',
    kind: 'string',
    title: { fr: 'Propriétaire', en: 'Owner' },
    filter: true,
  },
  protection: {
    name: 'protection',
    kind: 'string',
    title: { fr: 'Protection Monument historique', en: 'Historic monument protection' },
    filter: true,
  },
  inscrit_mh: {
    name: 'inscrit_mh',
    kind: 'boolean',
    title: { fr: 'Inscrit MH', en: 'Listed (inscrit MH)' },
    filter: true,
  },
  classe_mh: {
    name: 'classe_mh',
    kind: 'boolean',
    title: { fr: 'Classé MH', en: 'Scheduled (classé MH)' },
    filter: true,
  },
  interet: {
    name: 'interet',
    kind: 'string',
    title: { fr: 'Intérêt patrimonial', en: 'Heritage interest' },
    filter: true,
  },
  type: { name: 'type', kind: 'string', title: { fr: 'Type', en: 'Type' }, filter: true },
  id_lsm: { name: 'id_lsm', kind: 'integer', title: { fr: 'Identifiant LSM', en: 'LSM id' } },
  surface_ha: {
    name: 'surface_ha',
    kind: 'number',
    unit: 'ha',
    title: { fr: 'Surface officielle', en: 'Official area' },
  },
  source: {
    name: 'source',
    kind: 'string',
    title: { fr: 'Source', en: 'Source' },
    description: {
      fr: 'Source : voir les « sources » de la collection',
      en: 'Source: see the collection’s "sources"',
    },
  },
  element_unesco: {
    name: 'element_unesco',
    kind: 'string',
    title: { fr: 'Élément UNESCO', en: 'UNESCO element' },
    filter: true,
  },
  classement_2016: {
    name: 'classement_2016',
    kind: 'string',
    enum: CLASSEMENT_2016_VALUES,
    title: { fr: 'Site classé 2016 (chaîne des terrils)', en: '2016 listed site (chain of spoil tips)' },
    description: {
      fr: 'Lu du périmètre officiel (servitude AC2) : classé au-delà de 50 % de la surface du terril, en partie de 1 à 50 %, hors site en deçà',
      en: 'Read from the official perimeter (AC2 servitude): listed above 50% of the tip’s area, partly from 1 to 50%, outside below',
    },
    filter: true,
  },
  classement_2016_part: {
    name: 'classement_2016_part',
    kind: 'number',
    unit: '%',
    title: { fr: 'Part dans le périmètre du site classé', en: 'Share inside the listed site’s perimeter' },
  },
  classement_2016_site: {
    name: 'classement_2016_site',
    kind: 'string',
    title: { fr: 'Polygone du site classé', en: 'Polygon of the listed site' },
    description: {
      fr: 'Identifiant, dans la collection sites-classes-inscrits, du polygone qui porte le terril',
      en: 'Id, in the sites-classes-inscrits collection, of the polygon that holds the tip',
    },
  },
  classement_2016_methode: {
    name: 'classement_2016_methode',
    kind: 'string',
    title: { fr: 'Comment ce statut est établi', en: 'How this status was established' },
  },
  liste_officielle_2016: {
    name: 'liste_officielle_2016',
    kind: 'string',
    enum: LISTE_OFFICIELLE_2016_VALUES,
    title: { fr: 'Liste numérotée du décret de 2016', en: 'Numbered list of the 2016 decree' },
    description: {
      fr: 'La liste des 78 terrils de l’annexe du décret, quand une copie est chargée ; « non chargée » jusque-là',
      en: 'The decree annex’s list of the 78 tips, once a copy is loaded; “non chargée” until then',
    },
    filter: true,
  },
  liste_officielle_2016_source: {
    name: 'liste_officielle_2016_source',
    kind: 'string',
    title: { fr: 'Source de la liste chargée', en: 'Source of the list loaded' },
  },
  priorite_erbm: {
    name: 'priorite_erbm',
    kind: 'string',
    enum: PRIORITE_ERBM_VALUES,
    title: { fr: 'Cité prioritaire ERBM', en: 'ERBM priority estate' },
    filter: true,
  },
} satisfies Record<string, PropertyDefinition>
