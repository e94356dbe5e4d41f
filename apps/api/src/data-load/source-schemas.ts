import { z } from 'zod'

// The properties of each raw file, strict so that a new upstream vintage with other fields fails loudly.
const text = z.string().nullish()
const requiredText = z.string().min(1)
const flag = z.enum(['T', 'F']).nullish()
const ouiNon = z.enum(['oui', 'non']).nullish()

export const SOURCE_PROPERTY_SCHEMAS = {
  bienInscrit: z.strictObject({
    no_section: z.string().regex(/^\d+$/),
    section: requiredText,
    no_element: z.string().regex(/^\d+$/),
    nom: requiredText,
    surface_ha: z.number().nonnegative().nullish(),
  }),
  zoneTampon: z.strictObject({ id: z.number().int(), surface_ha: z.number().nonnegative().nullish() }),
  batis: z.strictObject({
    commune_1: requiredText,
    commune_2: text,
    typologie: text,
    inscrit_mh: flag,
    classe_mh: flag,
    id_unesco: requiredText,
    element: requiredText,
    objet: text,
    denomination: text,
    nom: text,
    compagnie: text,
    periode: text,
    proprietaire: text,
    protection: text,
  }),
  citesMinieres: z.strictObject({
    nom: text,
    nom_2: text,
    commune_1: requiredText,
    commune_2: text,
    commune_3: text,
    type: text,
    compagnie: text,
    interet: text,
    inscrit_mh: ouiNon,
    classe_mh: ouiNon,
    id_unesco: text,
    element: text,
    objet: text,
    id_lsm: z.number().int().nullish(),
    proprietaire: text,
  }),
  terrils: z.strictObject({
    no_terril: requiredText,
    nom: text,
    commune_1: requiredText,
    commune_2: text,
    commune_3: text,
    compagnie: text,
    groupe: text,
    forme: text,
    id_unesco: requiredText,
    element: requiredText,
    objet: text,
  }),
  cavaliers: z.strictObject({
    id_unesco: requiredText,
    element: requiredText,
    objet: text,
    commune_1: requiredText,
    commune_2: text,
    commune_3: text,
    commune_4: text,
    commune_5: text,
    commune_6: text,
    longueur_m: z.number().nonnegative().nullish(),
  }),
  espacesNeonaturels: z.strictObject({
    nom: text,
    commune_1: requiredText,
    commune_2: text,
    id_unesco: requiredText,
    element: requiredText,
    objet: text,
  }),
  ztTerrils: z.strictObject({
    id: requiredText,
    nom: text,
    nom_usuel: text,
    commune_1: requiredText,
    commune_2: text,
    commune_3: text,
    forme: text,
  }),
  ztCites: z.strictObject({
    id_lsm: z.number().int(),
    nom: text,
    nom_2: text,
    commune_1: requiredText,
    commune_2: text,
    commune_3: text,
    type: text,
    compagnie: text,
    interet: text,
    proprietaire: text,
  }),
  ztCavaliers: z.strictObject({
    // The last record of the source is empty (no id, no name, no geometry); it is kept and counted.
    id_troncon: text,
    nom: text,
    commune_1: text,
    commune_2: text,
    commune_3: text,
    commune_4: text,
  }),
  ztEspaces: z.strictObject({
    id: requiredText,
    nom: text,
    commune_1: requiredText,
    commune_2: text,
    commune_3: text,
  }),
  ztParvis: z.strictObject({ id: z.number().int(), qualite_vue: text, vue_sur: text }),
  citesErbm: z.strictObject({
    id_lsm: z.number().int(),
    nom: text,
    nom_2: text,
    commune_1: requiredText,
    commune_2: text,
    commune_3: text,
    type: text,
    compagnie: text,
    interet: text,
    proprietaire: text,
  }),
  puits: z.strictObject({
    commune: text,
    compagnie: text,
    concession: text,
    fosse: text,
    fosse_alias: text,
    puits: text,
    cote: z.number().nullish(),
    creusement: z
      .string()
      .regex(/^\d{4}$/)
      .nullish(),
    fermeture: z
      .string()
      .regex(/^\d{4}$/)
      .nullish(),
    profondeur: z.number().nonnegative().nullish(),
    brgm: z.string().url().nullish(),
  }),
  bassinMinier: z.strictObject({
    nom: requiredText,
    surface_km2: z.number().nullish(),
    population: z.number().int().nullish(),
  }),
  communes: z.strictObject({
    insee: z.string().regex(/^(59|62)\d{3}$/),
    nom: requiredText,
    statut: text,
    population: z.number().int().nullish(),
    surface_km2: z.number().nullish(),
    epci_siren: text,
    epci_nom: text,
  }),
  epci: z.strictObject({ code_siren: z.string().regex(/^\d{9}$/), nom: requiredText }),
  departements: z.strictObject({ code: z.enum(['59', '62']), nom: requiredText }),
  // Servitudes AC2 (sites classés et inscrits) of the DREAL; surfdclha is in m² despite its name.
  sitesClassesInscrits: z.strictObject({
    idsup: requiredText,
    nomgen: requiredText,
    typesite: z.enum(['Site classé', 'Site inscrit']),
    surfdclha: z.number().nonnegative().nullish(),
    datecrea: z
      .string()
      .regex(/^\d{2}\/\d{2}\/\d{4}$/)
      .nullish(),
    gestnom: text,
    gestadr: text,
    gestcp: text,
    gestcom: text,
    gesttel: text,
    descrip: text,
  }),
} as const

export const SitesAtRiskRowSchema = z.object({
  name: requiredText,
  commune: requiredText,
  reason: requiredText,
  source: requiredText,
  unesco_element_id: requiredText,
})

export const GrandsSitesRowSchema = z.object({
  name: requiredText,
  commune: requiredText,
  unesco_element_id: requiredText,
  source: requiredText,
})

export const DecreeCommuneRowSchema = z.object({
  commune: requiredText,
  departement: z.enum(['Nord', 'Pas-de-Calais']),
})

export const CommuneAliasRowSchema = z.object({
  spelling_in_source: requiredText,
  official_name: requiredText,
  why: requiredText,
})
