import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownTable, renderMarkdown, writeReport } from './report.ts'
import type { BenchSection } from './report-section.ts'

const SECTION: BenchSection = {
  id: 'items',
  title: 'Items',
  markdown: 'Body of the items section.',
  data: { rows: [1, 2] },
  targets: [
    { id: 'a', label: 'Ratio', target: '≥ 3x', measured: '3.2x', met: true },
    { id: 'b', label: 'Memory', target: '≤ 600 MB', measured: '700 MB', met: false, why: 'missed by peak' },
    { id: 'c', label: 'Start', target: '≤ 5 s', measured: 'not measured', met: null, why: 'no PGlite' },
  ],
}
const META = {
  startedAt: '2026-12-07T06:00:00.000Z',
  quick: true,
  machine: '2 cores',
  skipped: ['MapServer: missing'],
}

describe('markdownTable', () => {
  it('escapes the pipes of a cell', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 2]])).toBe('| a | b |\n| --- | --- |\n| x\\|y | 2 |')
  })
})

describe('renderMarkdown', () => {
  it('labels a quick run, lists what was skipped and every target with its verdict', () => {
    const markdown = renderMarkdown([SECTION], META)
    expect(markdown).toMatch(/^# heritage-watch bench — QUICK run/)
    expect(markdown).toContain('- MapServer: missing')
    expect(markdown).toContain('1 met, 1 missed, 1 not measured.')
    expect(markdown).toContain('| Memory | ≤ 600 MB | 700 MB | MISSED | missed by peak |')
    expect(markdown).toContain('| Start | ≤ 5 s | not measured | not measured | no PGlite |')
    expect(markdown).toContain('## Items\n\nBody of the items section.')
  })

  it('does not call a full run quick', () => {
    expect(renderMarkdown([SECTION], { ...META, quick: false })).not.toContain('QUICK')
  })
})

describe('writeReport', () => {
  it('writes report.md and a report.json holding the targets and the sections data', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'hw-bench-report-test-'))
    try {
      await writeReport(directory, [SECTION], META)
      const json = JSON.parse(await readFile(path.join(directory, 'report.json'), 'utf8'))
      expect(json.targets.map((t: { id: string }) => t.id)).toEqual(['a', 'b', 'c'])
      expect(json.sections[0].data).toEqual({ rows: [1, 2] })
      expect(json.quick).toBe(true)
      expect(await readFile(path.join(directory, 'report.md'), 'utf8')).toContain('## Targets')
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
