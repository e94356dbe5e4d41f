import { SOURCE_FILES } from '@heritage-watch/shared'
import { type Row, type RowContext } from './row-context.ts'
import type { Sources } from './sources.ts'
import { terrilNumber } from './terril-numbers.ts'

/** Terril ids are HBNPC numbers; a number found in both layers (140) gets its zone as a suffix. */
function terrilIds(numbers: { numero: string; zone: 'bi' | 'zt' }[]): string[] {
  const seen = new Map<string, number>()
  for (const { numero } of numbers) seen.set(numero, (seen.get(numero) ?? 0) + 1)
  return numbers.map(({ numero, zone }) => ((seen.get(numero) ?? 0) > 1 ? `${numero}-${zone}` : numero))
}

/** All 162 terrils, the property's and the buffer zone's; their 2016 status is derived in PostGIS. */
export function buildTerrilRows({ layers }: Sources, { communes }: RowContext): Row[] {
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
          source: SOURCE_FILES.terrils.id,
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
          source: SOURCE_FILES.ztTerrils.id,
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
  }))
  return terrils
}
