import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { featurePageBody } from './feature-page-body.ts'

// Synthetic features (test data, not real places): only their text lengths matter here.
const feature = (index: number, size: number) => `{"id":"${index}","pad":"${'x'.repeat(size)}"}`
const page = (count: number, size: number) => ({
  head: '{"type":"FeatureCollection","features":[',
  features: Array.from({ length: count }, (_, index) => feature(index, size)),
  tail: ']}',
})

async function text(body: string | Readable): Promise<string> {
  if (typeof body === 'string') return body
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString()
}

describe('featurePageBody', () => {
  it('sends a small page as one string', () => {
    const body = featurePageBody(page(3, 10))
    expect(typeof body).toBe('string')
    expect(JSON.parse(body as string).features).toHaveLength(3)
  })

  it('streams a big page in chunks that join into the same JSON', async () => {
    const big = page(3000, 500)
    const body = featurePageBody(big)
    expect(body).toBeInstanceOf(Readable)
    const joined = await text(body)
    expect(joined).toBe(big.head + big.features.join(',') + big.tail)
    expect(JSON.parse(joined).features).toHaveLength(3000)
  })

  it('writes an empty page as an empty array', async () => {
    expect(JSON.parse(await text(featurePageBody(page(0, 0)))).features).toEqual([])
  })
})
