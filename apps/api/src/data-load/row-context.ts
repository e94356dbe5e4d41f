import { type CommuneMatcher, createCommuneMatcher, normalizeCommuneName } from './commune-names.ts'
import type { SourceFeature } from './read-sources.ts'
import type { Sources } from './sources.ts'

export type Row = Record<string, unknown> & { id: string; geometry: SourceFeature<unknown>['geometry'] }
export type TableRows = Record<string, Row[]>
type Names = (string | null | undefined)[]

export const mhFlag = (value: string | null | undefined) =>
  value === 'T' || value === 'oui' ? true : value === 'F' || value === 'non' ? false : null

export const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

/** What every row builder shares: commune matching and the communes of the 2016 decree. */
export interface RowContext {
  /** Official names (source spelling when unmatched) and INSEE codes of the communes named. */
  communes(names: Names): { communes: string[]; communes_insee: string[] }
  inDecree(name: string): boolean
  matcher: CommuneMatcher
  /** Source spellings that matched no commune of the layer, sorted. */
  unmatchedCommunes(): string[]
}

export function createRowContext(sources: Sources): RowContext {
  const matcher = createCommuneMatcher(
    sources.layers.communes.map((feature) => ({
      insee: feature.properties.insee,
      nom: feature.properties.nom,
    })),
    new Map(sources.communeAliases.map((alias) => [alias.spelling_in_source, alias.official_name])),
  )
  const unmatched = new Set<string>()
  const decreeKeys = new Set(sources.decreeCommunes.map((row) => normalizeCommuneName(row.commune)))
  const inDecree = (name: string) => decreeKeys.has(normalizeCommuneName(name))
  return {
    matcher,
    inDecree,
    communes(names) {
      const communes: string[] = []
      const insee: string[] = []
      for (const name of names) {
        if (!name?.trim()) continue
        const official = matcher.match(name)
        if (!official) unmatched.add(name.trim())
        const label = official?.nom ?? name.trim()
        if (!communes.includes(label)) communes.push(label)
        if (official && !insee.includes(official.insee)) insee.push(official.insee)
      }
      return { communes, communes_insee: insee }
    },
    unmatchedCommunes: () => [...unmatched].sort(),
  }
}

interface CiteProperties {
  nom?: string | null
  nom_2?: string | null
  commune_1?: string | null
  commune_2?: string | null
  commune_3?: string | null
  type?: string | null
  compagnie?: string | null
  interet?: string | null
  proprietaire?: string | null
}

/** The attributes every cité layer of the MBM shares (property, buffer zone, ERBM). */
export function citeFields(p: CiteProperties, { communes }: RowContext) {
  return {
    nom: p.nom,
    nom_2: p.nom_2,
    ...communes([p.commune_1, p.commune_2, p.commune_3]),
    type: p.type,
    compagnie: p.compagnie,
    interet: p.interet,
    proprietaire: p.proprietaire,
  }
}
