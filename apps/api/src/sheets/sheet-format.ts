import { escapeHtml } from '../ogc/html.ts'

// The small formatting rules of the fiches-bilan: French dates and numbers, escaped cells. Every value
// that reaches the page goes through `cell` or `escapeHtml`.

const PARIS = 'Europe/Paris'
const DAY = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const MOMENT = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: PARIS,
})
const SHORT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: PARIS })

/** "12 mars 2026" from a calendar date "2026-03-12" (no time zone: it is a day, not a moment). */
export const formatDay = (isoDate: string) => DAY.format(new Date(`${isoDate}T00:00:00Z`))

const NUMERIC_DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' })
/** "12/03/2026" from a calendar date "2026-03-12", for the narrow columns of tables. */
export const formatNumericDay = (isoDate: string) => NUMERIC_DAY.format(new Date(`${isoDate}T00:00:00Z`))

/** "12/03/2026", the day of a moment in Paris. */
export const formatShortDate = (moment: Date) => SHORT.format(moment)

/** "7 décembre 2026 à 01:10", a moment in Paris time. */
export const formatMoment = (moment: Date) => MOMENT.format(moment)

export const formatNumber = (value: number) =>
  value.toLocaleString('fr-FR', { maximumFractionDigits: 2 }).replace(/\u202f/g, '\u00a0')

/** A stored value as printed: a dash for nothing, Oui/Non, lists joined, numbers in French, links live. */
export function cell(value: unknown, unit?: string): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non'
  if (Array.isArray(value)) return value.length ? escapeHtml(value.join(', ')) : '—'
  if (typeof value === 'number') return escapeHtml(`${formatNumber(value)}${unit ? `\u00a0${unit}` : ''}`)
  if (typeof value === 'string' && /^https:\/\/[^\s"<>]+$/.test(value))
    return `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`
  if (typeof value === 'object') return escapeHtml(JSON.stringify(value))
  return escapeHtml(`${String(value)}${unit ? `\u00a0${unit}` : ''}`)
}

/** A table with a caption-less header row; `rows` hold HTML already escaped by `cell`. */
export function table(headers: string[], rows: string[][], className = ''): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((content) => `<td>${content}</td>`).join('')}</tr>`).join('')
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

/** A two-column table of label → value (HTML already escaped). */
export function facts(rows: [string, string][]): string {
  const body = rows
    .map(([label, content]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${content}</td></tr>`)
    .join('')
  return `<table class="facts"><tbody>${body}</tbody></table>`
}

export { escapeHtml }
