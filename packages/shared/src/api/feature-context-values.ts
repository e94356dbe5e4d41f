/** The protection regimes a feature can fall under. */
export const PROTECTION_REGIMES = [
  'bien_inscrit',
  'zone_tampon',
  'site_classe_2016',
  'site_classe_inscrit',
  'monument_historique',
  'erbm',
] as const
export type ProtectionRegime = (typeof PROTECTION_REGIMES)[number]

export const RELATIONS = [
  'composante', // the component an element belongs to
  'element', // the elements of a component
  'dans_le_site', // the features of our layers inside a site classé or inscrit
  'terril_proche', // terrils within 500 m
  'element_proche', // the property's buildings, cavaliers and natural areas within 500 m
  'cite_proche', // cités (property, buffer zone, ERBM, other mining estates) within 500 m
  'zone_tampon_proche', // the buffer zone's cavaliers, natural areas and agricultural forecourts within 500 m
  'site_en_danger_proche', // sites of the "patrimoine minier en danger" within 500 m
  'grand_site_proche', // grands sites miniers within 500 m
  'puits_proche', // former mine shafts within 500 m
  'commune', // the communes it lies in
] as const

/** Radius of "near" in the feature record, in metres (issue #3). */
export const NEARBY_RADIUS_M = 500
