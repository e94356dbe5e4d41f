import { SOURCE_FILES } from '@heritage-watch/shared'
import { type Row, type RowContext, sourceLabel } from './row-context.ts'
import type { Sources } from './sources.ts'
import { terrilNumber } from './terril-numbers.ts'

/** Terril ids are HBNPC numbers; a number found in both layers (140) gets its zone as a suffix. */
function terrilIds(numbers: { numero: string; zone: 'bi' | 'zt' }[]): string[] {
  const seen = new Map<string, number>()
  for (const { numero } of numbers) seen.set(numero, (seen.get(numero) ?? 0) + 1)
  return numbers.map(({ numero, zone }) => ((seen.get(numero) ?? 0) > 1 ? `${numero}-${zone}` : numero))
}

/**
 * Until the official list of the 78 is loaded, a terril is "probable" when the decree names all its
 * communes and "exclu" when it leaves out at least one: the decree lists the communes of every classified terril.
 */
export function derivedClassement2016(communes: string[], outsideDecree: string[]) {
  if (communes.length === 0) throw new Error('a terril must have at least one commune')
  const probable = outsideDecree.length === 0
  return {
    classement_2016: probable ? 'probable' : 'exclu',
    classement_2016_methode: probable
      ? `Déduit, non confirmé : le décret du 28 décembre 2016 nomme toutes ses communes (${communes.join(', ')}) ; la liste officielle des 78 terrils n’est pas encore chargée`
      : `Déduit : le décret du 28 décembre 2016, qui nomme les communes de tous les terrils classés, ne nomme pas ${outsideDecree.join(', ')}`,
    communes_hors_decret: outsideDecree,
  }
}

/** All 162 terrils, the property's and the buffer zone's, with their derived 2016 status. */
export function buildTerrilRows({ layers }: Sources, { communes, outsideDecree }: RowContext): Row[] {
  const terrilSources = [
    ...layers.terrils.map((feature) => {
      const p = feature.properties
      return {
        numero: terrilNumber(p.no_terril),
        zone: 'bi' as const,
        row: {
          numero_source: p.no_terril,
          nom: p.nom,
          nom_usuel: null,
          ...communes([p.commune_1, p.commune_2, p.commune_3]),
          forme: p.forme,
          zone: 'bien_inscrit',
          element_unesco: p.id_unesco,
          compagnie: p.compagnie,
          groupe: p.groupe,
          source: sourceLabel(SOURCE_FILES.terrils),
          geometry: feature.geometry,
        },
      }
    }),
    ...layers.ztTerrils.map((feature) => {
      const p = feature.properties
      return {
        numero: terrilNumber(p.id),
        zone: 'zt' as const,
        row: {
          numero_source: p.id,
          nom: p.nom,
          nom_usuel: p.nom_usuel,
          ...communes([p.commune_1, p.commune_2, p.commune_3]),
          forme: p.forme,
          zone: 'zone_tampon',
          element_unesco: null,
          compagnie: null,
          groupe: null,
          source: sourceLabel(SOURCE_FILES.ztTerrils),
          geometry: feature.geometry,
        },
      }
    }),
  ]
  const ids = terrilIds(terrilSources)
  const terrils: Row[] = terrilSources.map(({ numero, row }, index) => ({
    id: ids[index] ?? numero,
    numero,
    ...row,
    ...derivedClassement2016(row.communes, outsideDecree(row.communes)),
  }))
  return terrils
}
