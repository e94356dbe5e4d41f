import { INDICATOR_MIN_COUNT, type IndicatorCount, type IndicatorDelay } from '@heritage-watch/shared'

// What an anonymous visitor may see: aggregates that reveal no alert nor constat. Each count below
// INDICATOR_MIN_COUNT is withheld, and so is one more when the withheld ones could be told from the total.

const small = (count: number) => count < INDICATOR_MIN_COUNT

/** One count, exact for an account, withheld below the threshold for a visitor. */
export function countFigure(key: string, count: number, detail: boolean): IndicatorCount {
  return detail || !small(count) ? { key, count, hidden: false } : { key, count: null, hidden: true }
}

/**
 * A breakdown over `keys` (each present, 0 when absent from `counts`), in their order. For a visitor,
 * small counts are withheld; when the withheld counts add up to 1 or 2 (which the total minus the shown
 * counts would reveal), the smallest shown count is withheld as well.
 */
export function breakdown(
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  detail: boolean,
): IndicatorCount[] {
  const figures = keys.map((key) => ({ key, count: counts.get(key) ?? 0, hidden: false }))
  if (detail) return figures
  for (const figure of figures) figure.hidden = small(figure.count)
  const hiddenSum = () => figures.reduce((sum, figure) => sum + (figure.hidden ? figure.count : 0), 0)
  if (hiddenSum() > 0 && small(hiddenSum())) {
    const smallestShown = figures
      .filter((figure) => !figure.hidden)
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key))[0]
    if (smallestShown) smallestShown.hidden = true
  }
  return figures.map((figure) => (figure.hidden ? { ...figure, count: null } : figure))
}

/** A median and 90th percentile, withheld from a visitor when fewer than the threshold alerts have one. */
export function delayFigure(
  count: number,
  median: number | null,
  p90: number | null,
  detail: boolean,
): IndicatorDelay {
  const round = (hours: number | null) => (hours === null ? null : Math.round(hours * 10) / 10)
  if (!detail && small(count)) return { count: null, medianHours: null, p90Hours: null, hidden: true }
  return { count, medianHours: round(median), p90Hours: round(p90), hidden: false }
}

/** The months from `first` to `last` (YYYY-MM, inclusive), at most `max` of them, the latest kept. */
export function monthSeries(first: string, last: string, max = 240): string[] {
  const months: string[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  const end = last
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    if (key > end) break
    months.push(key)
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
  return months.slice(-max)
}
