/** A percentage in French, "12,5 %", or "moins de 0,1 %" for a trace. */
export function formatPercent(value: number): string {
  return value > 0 && value < 0.1
    ? 'moins de 0,1 %'
    : `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value)} %`
}
