import {
  CLASSEMENT_2016_LABELS,
  type Classement2016,
  LISTE_OFFICIELLE_2016_LABELS,
  type ListeOfficielle2016,
  type PropertyDefinition,
  findSource,
} from '@heritage-watch/shared'
import type { Language } from './languages.ts'

/** A property value as the record shows it; `href` makes it a link, `lang` marks French source text. */
export interface FormattedValue {
  text: string
  href?: string
  lang?: 'fr'
}

/** The words the formatting needs, in the shown language (they come from the translations). */
export interface ValueWords {
  yes: string
  no: string
  empty: string
  /** The readable label of a coded value (e.g. zone `bien_inscrit`), undefined to show it as it is. */
  codedValue: (property: string, value: string) => string | undefined
}

/** What a feature's property can hold (PropertyValueSchema of the shared package). */
export type PropertyValue = string | number | boolean | string[] | null

/** Integers shown with thousands separators; others (years, ids, numbers) are shown as written. */
const GROUPED_INTEGERS = new Set(['population'])
const NO_BREAK_SPACE = '\u00a0'

const isClassement2016 = (value: string): value is Classement2016 =>
  Object.hasOwn(CLASSEMENT_2016_LABELS, value)
const isListeOfficielle2016 = (value: string): value is ListeOfficielle2016 =>
  Object.hasOwn(LISTE_OFFICIELLE_2016_LABELS, value)

function formatNumber(definition: PropertyDefinition, value: number, language: Language): string {
  const grouped = definition.kind === 'number' || GROUPED_INTEGERS.has(definition.name)
  const text = grouped
    ? new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)
    : String(value)
  return definition.unit ? `${text}${NO_BREAK_SPACE}${definition.unit}` : text
}

/**
 * Formats one property of a feature for the record: arrays joined, booleans Oui/Non, missing values as
 * "—", numbers in the shown language with their unit, the 2016 status and the decree's list with their
 * explained labels, other
 * coded values (an `enum` of the catalogue) with their label.
 * @param definition the property as the catalogue declares it (kind, unit, name)
 * @param value the value in the feature, undefined when absent
 */
export function formatPropertyValue(
  definition: PropertyDefinition,
  value: PropertyValue | undefined,
  language: Language,
  words: ValueWords,
): FormattedValue {
  if (value === null || value === undefined || value === '') return { text: words.empty }
  if (typeof value === 'boolean') return { text: value ? words.yes : words.no }
  if (typeof value === 'number') return { text: formatNumber(definition, value, language) }
  if (Array.isArray(value))
    return value.length ? { text: value.join(', '), lang: 'fr' } : { text: words.empty }
  if (definition.name === 'classement_2016' && isClassement2016(value)) {
    return { text: CLASSEMENT_2016_LABELS[value][language] }
  }
  if (definition.name === 'liste_officielle_2016' && isListeOfficielle2016(value)) {
    return { text: LISTE_OFFICIELLE_2016_LABELS[value][language] }
  }
  if (definition.enum?.includes(value)) {
    const label = words.codedValue(definition.name, value)
    if (label) return { text: label }
  }
  // A feature names its source by a short id (issue 12); the catalogue holds what it stands for.
  const source = definition.name === 'source' ? findSource(value) : undefined
  if (source) return { text: `${source.producer} — ${source.dataset}`, href: source.url, lang: 'fr' }
  if (/^https?:\/\//.test(value)) return { text: value, href: value }
  return { text: value, lang: 'fr' }
}

/**
 * A distance in metres as a short text: "0 m", "120 m", "1,2 km" (French) or "1.2 km" (English).
 * @param metres a non-negative distance
 */
export function formatDistance(metres: number, language: Language): string {
  if (metres < 1000) return `${Math.round(metres)}${NO_BREAK_SPACE}m`
  const kilometres = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(metres / 1000)
  return `${kilometres}${NO_BREAK_SPACE}km`
}
