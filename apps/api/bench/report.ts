import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BenchSection, TargetResult } from './report-section.ts'

// bench/report.md and bench/report.json: one run, every section in the order run.ts lists them.

export interface ReportMeta {
  startedAt: string
  quick: boolean
  machine: string
  /** Parts that could not run here, and why. */
  skipped: string[]
}

/** A GitHub markdown table; `|` in cells is escaped. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'MISSED')

/** All targets of all sections, in order. */
const allTargets = (sections: readonly BenchSection[]): TargetResult[] =>
  sections.flatMap((section) => section.targets)

/** The markdown report. */
export function renderMarkdown(sections: readonly BenchSection[], meta: ReportMeta): string {
  const targets = allTargets(sections)
  const summary = markdownTable(
    ['target', 'goal', 'measured', 'result', 'why'],
    targets.map((t) => [t.label, t.target, t.measured, verdict(t.met), t.why ?? '']),
  )
  const header = [
    `# heritage-watch bench${meta.quick ? ' — QUICK run (short runs, small sizes: a check, not the measure)' : ''}`,
    '',
    `Run ${meta.startedAt} on ${meta.machine}. Written by \`npm run bench${meta.quick ? ' -- --quick' : ''}\`` +
      ' (apps/api/bench/run.ts); ratios are measured in this one run, alternated.',
    '',
    ...(meta.skipped.length ? ['Skipped here:', '', ...meta.skipped.map((s) => `- ${s}`), ''] : []),
    '## Targets',
    '',
    `${targets.filter((t) => t.met === true).length} met, ${targets.filter((t) => t.met === false).length} missed, ` +
      `${targets.filter((t) => t.met === null).length} not measured.`,
    '',
    summary,
  ]
  const bodies = sections.map((section) => `## ${section.title}\n\n${section.markdown.trim()}`)
  return `${[header.join('\n'), ...bodies].join('\n\n')}\n`
}

/** The JSON report: the same sections with their data. */
export function renderJson(sections: readonly BenchSection[], meta: ReportMeta): string {
  return `${JSON.stringify({ ...meta, targets: allTargets(sections), sections }, null, 2)}\n`
}

/** Writes report.md and report.json into `directory`. */
export async function writeReport(directory: string, sections: readonly BenchSection[], meta: ReportMeta) {
  await mkdir(directory, { recursive: true })
  await writeFile(path.join(directory, 'report.md'), renderMarkdown(sections, meta))
  await writeFile(path.join(directory, 'report.json'), renderJson(sections, meta))
}
