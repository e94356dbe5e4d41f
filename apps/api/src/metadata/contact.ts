// The producer named as point of contact in the catalogue records. Its name and registered office are
// those of the 2024 convention with the Département du Pas-de-Calais
// (shared/domain/convention-2024-mission-bassin-minier.txt): none of our sources gives an e-mail address
// or a telephone number, so the address to write to is configuration (METADATA_CONTACT_EMAIL).

export interface MetadataContact {
  organisation: string
  deliveryPoint: string
  postalCode: string
  city: string
  country: string
  /** Only when configured; the records then leave the element out. */
  email?: string
}

const MISSION_BASSIN_MINIER = {
  organisation: 'Mission Bassin Minier Nord-Pas-de-Calais',
  deliveryPoint: 'Carreau de Fosse du 9/9 bis, rue du Tordoir, BP16',
  postalCode: '62590',
  city: 'Oignies',
  country: 'France',
} as const

/**
 * The point of contact of every record.
 * @param email METADATA_CONTACT_EMAIL, when set
 */
export function metadataContact(email: string | undefined): MetadataContact {
  return email ? { ...MISSION_BASSIN_MINIER, email } : { ...MISSION_BASSIN_MINIER }
}
