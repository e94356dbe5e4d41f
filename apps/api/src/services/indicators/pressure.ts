import { INDICATOR_MIN_COUNT, type Indicators } from '@heritage-watch/shared'

type PressureFigure = Indicators['pressure'][number]

/**
 * Pressure alerts by commune. A visitor sees the communes with at least the threshold; the others are
 * merged into one 'autres' row, itself withheld when small, so that no row points at one alert.
 */
export function pressureFigures(
  rows: { key: string; label: string; count: number }[],
  detail: boolean,
): PressureFigure[] {
  if (detail) return rows.map((row) => ({ ...row, hidden: false }))
  const shown = rows.filter((row) => row.count >= INDICATOR_MIN_COUNT)
  const others = rows.filter((row) => row.count < INDICATOR_MIN_COUNT)
  const othersCount = others.reduce((sum, row) => sum + row.count, 0)
  const figures: PressureFigure[] = shown.map((row) => ({ ...row, hidden: false }))
  if (others.length === 0) return figures
  const small = othersCount < INDICATOR_MIN_COUNT
  return figures.concat({
    key: 'autres',
    label: 'Autres communes',
    count: small ? null : othersCount,
    hidden: small,
  })
}
