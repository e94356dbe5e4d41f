import { CHAINE_DES_TERRILS_IDSUP, SOURCE_FILES } from '@heritage-watch/shared'
import { SourceError } from './read-sources.ts'
import { blankToNull, type Row } from './row-context.ts'
import type { Sources } from './sources.ts'

/** `28/12/2016` as ISO `2016-12-28`; the source writes dates the French way. */
function isoDate(frenchDate: string | null | undefined): string | null {
  if (!frenchDate) return null
  const [day, month, year] = frenchDate.split('/')
  return `${year}-${month}-${day}`
}

/**
 * The sites classés and inscrits. Their id is the number of the Géoplateforme feature id
 * (`STE_Metropole.2674` → `2674`), kept whole in `id_source`: the AC2 id repeats on every polygon of a site.
 * Everything spatial (surfaces, communes, terrils inside) is derived in PostGIS after the load.
 */
export function buildProtectionRows({ layers }: Sources): { protected_site: Row[] } {
  const file = SOURCE_FILES.sitesClassesInscrits.file
  return {
    protected_site: layers.sitesClassesInscrits.map((feature) => {
      const number = /^STE_Metropole\.(\d+)$/.exec(feature.sourceId ?? '')?.[1]
      if (!number) throw new SourceError(`${file}, feature #${feature.index}: id must be STE_Metropole.<n>`)
      const p = feature.properties
      return {
        id: number,
        id_source: feature.sourceId,
        idsup: p.idsup,
        nomgen: p.nomgen.trim(),
        typesite: p.typesite,
        datecrea: isoDate(p.datecrea),
        surface_declaree_ha: p.surfdclha === null || p.surfdclha === undefined ? null : p.surfdclha / 10_000,
        gestionnaire: blankToNull(p.gestnom),
        gestionnaire_adresse: blankToNull(p.gestadr?.replace(/\s*\n\s*/g, ', ')),
        gestionnaire_telephone: blankToNull(p.gesttel),
        chaine_des_terrils: p.idsup === CHAINE_DES_TERRILS_IDSUP,
        source: SOURCE_FILES.sitesClassesInscrits.id,
        geometry: feature.geometry,
      }
    }),
  }
}
