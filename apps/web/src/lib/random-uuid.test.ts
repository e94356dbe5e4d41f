import { describe, expect, it } from 'vitest'
import { randomUuid } from './random-uuid.ts'

describe('randomUuid', () => {
  it('builds a version 4 UUID where randomUUID is missing', () => {
    const id = randomUuid({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => array })
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
