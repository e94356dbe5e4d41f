/** One target of issue 12 and what this run measured for it. */
export interface TargetResult {
  id: string
  label: string
  target: string
  measured: string
  /** null when this run could not measure it (say why). */
  met: boolean | null
  why?: string
}

/** One part of the bench report: markdown for bench/report.md, data for bench/report.json. */
export interface BenchSection {
  id: string
  title: string
  markdown: string
  data: unknown
  targets: TargetResult[]
}
