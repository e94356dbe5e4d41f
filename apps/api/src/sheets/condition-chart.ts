import {
  ASSESSMENT_CONDITION_LABELS,
  ASSESSMENT_CONDITIONS,
  type AssessmentCondition,
} from '@heritage-watch/shared'
import type { SheetAssessmentRow } from '../db/sheet-rows.ts'

// The condition history as a chart, drawn on the server by Observable Plot into a DOM that happy-dom
// provides (Plot only needs `document`), so the sheet prints with no script at all. Both are imported
// at the first chart, not at start: together they cost a second of every start (docs/architecture.md §32).

const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' })

const COLOURS: Record<AssessmentCondition, string> = {
  bon: '#2e7d32',
  moyen: '#f9a825',
  mauvais: '#ef6c00',
  tres_mauvais: '#c62828',
}

/**
 * The validated constats' conditions over time, best at the top; source-derived ones are hollow.
 * @returns an SVG element's markup, or an empty string when there is nothing to draw
 */
export async function conditionChartSvg(assessments: SheetAssessmentRow[]): Promise<string> {
  const points = assessments
    .filter((assessment) => assessment.status === 'validee')
    .map((assessment) => ({
      date: new Date(`${assessment.visitedOn}T00:00:00Z`),
      condition: assessment.condition as AssessmentCondition,
      source: assessment.origin === 'source',
    }))
  if (points.length === 0) return ''
  const [Plot, { Window }] = await Promise.all([import('@observablehq/plot'), import('happy-dom')])
  const window = new Window()
  try {
    const chart = Plot.plot({
      document: window.document as unknown as Document,
      width: 640,
      height: 170,
      marginLeft: 80,
      marginTop: 10,
      style: { fontFamily: 'DejaVu Sans, Arial, sans-serif', fontSize: '11px', background: 'white' },
      x: {
        type: 'utc',
        label: 'Date du constat',
        inset: 16,
        ticks: 5,
        tickFormat: (date: Date) => MONTH.format(date),
      },
      y: {
        type: 'point',
        // The first value of a point scale is drawn at the top: the best condition.
        domain: [...ASSESSMENT_CONDITIONS],
        label: null,
        tickFormat: (condition: AssessmentCondition) => ASSESSMENT_CONDITION_LABELS[condition].fr,
        inset: 12,
      },
      marks: [
        Plot.gridY({ stroke: '#ccc', strokeOpacity: 1 }),
        Plot.line(points, {
          x: 'date',
          y: 'condition',
          stroke: '#777',
          strokeWidth: 1.5,
          curve: 'step-after',
        }),
        Plot.dot(points, {
          x: 'date',
          y: 'condition',
          r: 5.5,
          stroke: (point: { condition: AssessmentCondition }) => COLOURS[point.condition],
          fill: (point: { condition: AssessmentCondition; source: boolean }) =>
            point.source ? 'white' : COLOURS[point.condition],
          strokeWidth: 2,
        }),
      ],
    })
    chart.setAttribute('role', 'img')
    chart.setAttribute('aria-label', 'État de conservation au fil des constats validés')
    return (chart as unknown as { outerHTML: string }).outerHTML
  } finally {
    await window.happyDOM.close()
  }
}
