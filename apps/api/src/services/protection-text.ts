import type { Protection } from '@heritage-watch/shared'
import type { FeatureRef } from '../db/feature-context-repo.ts'
import { formatPercent } from './percent.ts'

// The protection lines of a feature's context are written here in French and in English (issue #11 §7:
// an English screen showed them in French). French stays the answer's `status` and `detail`, which the
// French sheets print; English goes in `en`.

/** One text in both languages. */
export interface Said {
  fr: string
  en: string
}

export const say = (fr: string, en: string): Said => ({ fr, en })

/** Between two parts of a detail: French puts a space before the semicolon. */
export const SEPARATOR = say(' ; ', '; ')

/** A protection line before its regime is known. */
export interface Entry {
  status: Said
  detail?: Said
  via?: FeatureRef
}

/** "12,5 %" and "12.5%"; "moins de 0,1 %" and "less than 0.1%" for a trace. */
export function percent(value: number): Said {
  const english =
    value > 0 && value < 0.1
      ? 'less than 0.1%'
      : `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value)}%`
  return { fr: formatPercent(value), en: english }
}

/** Joins the French parts and the English parts of a text made of pieces. */
export function join(...parts: (Said | string)[]): Said {
  return {
    fr: parts.map((part) => (typeof part === 'string' ? part : part.fr)).join(''),
    en: parts.map((part) => (typeof part === 'string' ? part : part.en)).join(''),
  }
}

// Values of the Mission's `protection` field and of the AC2 `typesite`, as the data writes them.
const MONUMENT: Readonly<Record<string, string>> = {
  'Inscrit MH': 'Registered historic monument (inscrit MH)',
  'Classé MH': 'Listed historic monument (classé MH)',
  'Situé en abords MH': 'Within the surroundings of a historic monument (abords MH)',
  'Inscrit MH et AVAP': 'Registered historic monument (inscrit MH) and heritage area (AVAP)',
}
const SITE_TYPE: Readonly<Record<string, string>> = {
  'site classé': 'listed site (site classé)',
  'site inscrit': 'registered site (site inscrit)',
}

/** A value of the data in both languages: its known English, or the value itself, a proper name. */
const known = (table: Readonly<Record<string, string>>, value: string): Said =>
  say(value, table[value] ?? value)

export const monumentStatus = (value: string) => known(MONUMENT, value)
export const siteType = (value: string) => known(SITE_TYPE, value.toLowerCase())

/** The contract's protection: French in `status` and `detail`, English in `en`. */
export function toProtection(regime: Protection['regime'], entry: Entry): Protection {
  return {
    regime,
    status: entry.status.fr,
    ...(entry.detail ? { detail: entry.detail.fr } : {}),
    ...(entry.via ? { via: entry.via } : {}),
    en: { status: entry.status.en, ...(entry.detail ? { detail: entry.detail.en } : {}) },
  }
}
