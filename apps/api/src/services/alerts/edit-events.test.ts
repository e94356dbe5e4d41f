import { describe, expect, it } from 'vitest'
import { editEvents } from './edit-events.ts'

const before = {
  category: 'vandalisme' as const,
  severity: 'low' as const,
  title: 'Tags',
  description: 'Des tags sur le chevalement',
  observedOn: '2026-11-01',
}

describe('editEvents', () => {
  it('records a severity change as its own event and the other fields in one edit event', () => {
    const { after, events } = editEvents(before, {
      severity: 'high',
      title: 'Tags et bris',
      description: undefined,
    })
    expect(after).toEqual({ ...before, severity: 'high', title: 'Tags et bris' })
    expect(events).toEqual([
      { kind: 'severity', data: { from: 'low', to: 'high' } },
      { kind: 'edit', data: { changes: { title: { from: 'Tags', to: 'Tags et bris' } } } },
    ])
  })

  it('gives no event when every given value is the one already stored', () => {
    expect(editEvents(before, { category: 'vandalisme', observedOn: '2026-11-01' }).events).toEqual([])
  })

  it('names every edited field, in the order of the record', () => {
    const { events } = editEvents(before, { observedOn: '2026-10-30', category: 'degradation' })
    expect(Object.keys(events[0]!.data.changes as object)).toEqual(['category', 'observedOn'])
  })
})
