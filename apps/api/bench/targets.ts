import type { TargetResult } from './report-section.ts'

// Target judging: one rule for every section, so that "met" means the same thing everywhere.

export interface Measured {
  label: string
  /** null: not measured in this run. */
  value: number | null
}

const shown = (value: number, unit: string) => `${Number(value.toFixed(2))}${unit}`

/**
 * Met when every measured value is at least `minimum`; null when none was measured.
 * @param unit appended to the numbers shown, e.g. 'x' or ' ms'
 */
export function atLeast(
  base: Omit<TargetResult, 'measured' | 'met' | 'why'>,
  values: readonly Measured[],
  minimum: number,
  unit: string,
): TargetResult {
  return judge(base, values, unit, (value) => value >= minimum, 'lowest')
}

/** Met when every measured value is at most `maximum`; null when none was measured. */
export function atMost(
  base: Omit<TargetResult, 'measured' | 'met' | 'why'>,
  values: readonly Measured[],
  maximum: number,
  unit: string,
): TargetResult {
  return judge(base, values, unit, (value) => value <= maximum, 'highest')
}

function judge(
  base: Omit<TargetResult, 'measured' | 'met' | 'why'>,
  values: readonly Measured[],
  unit: string,
  passes: (value: number) => boolean,
  worst: 'lowest' | 'highest',
): TargetResult {
  const measured = values.filter((entry): entry is { label: string; value: number } => entry.value !== null)
  if (measured.length === 0)
    return { ...base, measured: 'not measured', met: null, why: 'nothing measured in this run' }
  const failing = measured.filter((entry) => !passes(entry.value))
  const sorted = [...measured].sort((a, b) => (worst === 'lowest' ? a.value - b.value : b.value - a.value))
  const extreme = sorted[0]!
  const summary =
    measured.length === 1
      ? shown(extreme.value, unit)
      : `${worst} ${shown(extreme.value, unit)} (${extreme.label}) of ${measured.length}`
  const missing = values.length - measured.length
  return {
    ...base,
    measured: missing > 0 ? `${summary}; ${missing} not measured` : summary,
    met: failing.length === 0,
    ...(failing.length
      ? {
          why: `missed by ${failing.map((entry) => `${entry.label} ${shown(entry.value, unit)}`).join(', ')}`,
        }
      : {}),
  }
}

/** A target this run could not measure, with the reason. */
export function notMeasured(base: Omit<TargetResult, 'measured' | 'met' | 'why'>, why: string): TargetResult {
  return { ...base, measured: 'not measured', met: null, why }
}
