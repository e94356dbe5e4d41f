import { type Basemap, BASEMAP_IDS } from '@heritage-watch/shared'

/** The basemap credits whose wording is ours (the server's are French): keys `basemap.credit…`. */
type CreditKey = 'basemap.creditOsm' | 'basemap.creditIgn1950' | 'basemap.creditHistorical'

/**
 * A basemap's credit in the shown language. The server words the credits in French: those it writes
 * itself (OpenStreetMap's contributors, the IGN's 1950–1965 photographs, Géo2France's orthophotos of a
 * year) are said again through i18next; a credit that is only names (© IGN – Plan IGN) stays as given.
 * @param translate i18next's `t`, or anything that gives a text for these keys
 */
export function basemapCredit(
  basemap: Pick<Basemap, 'id' | 'group' | 'label' | 'attribution'>,
  translate: (key: CreditKey, values?: { label: string }) => string,
): string {
  if (basemap.id === BASEMAP_IDS.osm) return translate('basemap.creditOsm')
  if (basemap.id === BASEMAP_IDS.ign1950) return translate('basemap.creditIgn1950')
  // The other historical layers are Géo2France's WMS (apps/api/src/services/basemaps.ts).
  if (basemap.group === 'historical' && basemap.attribution.text.startsWith('Géo2France'))
    return translate('basemap.creditHistorical', { label: basemap.label })
  return basemap.attribution.text
}
