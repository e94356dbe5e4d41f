import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { type FeaturePageBody, featurePageBody } from './feature-page-body.ts'

// Synthetic features (test data, not real places): only their text lengths matter here.
const feature = (index: number, size: number) => `{"id":"${index}","pad":"${'x'.repeat(size)}"}`
const features = (count: number, size: number) =>
  Array.from({ length: count }, (_, index) => feature(index, size))
// As PostgreSQL gives them: runs of up to 200 features joined by commas (features.sql.ts).
const page = (count: number, size: number) => {
  const all = features(count, size)
  const chunks: string[] = []
  for (let start = 0; start < all.length; start += 200) chunks.push(all.slice(start, start + 200).join(','))
  return { head: '{"type":"FeatureCollection","features":[', chunks, tail: ']}' }
}

/** The bytes sent, checked against the size announced before them (the Content-Length). */
async function bytes({ body, bytes: announced }: FeaturePageBody): Promise<Buffer> {
  let sent = body as Buffer
  if (!Buffer.isBuffer(body)) {
    const chunks: Buffer[] = []
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer))
    sent = Buffer.concat(chunks)
  }
  expect(sent.length, 'bytes announced').toBe(announced)
  return sent
}
const text = async (body: FeaturePageBody) => (await bytes(body)).toString()

describe('featurePageBody', () => {
  it('sends a small page as one buffer of its UTF-8 text', async () => {
    // Synthetic name with two-byte characters: the buffer must hold their UTF-8 bytes, not a cut string.
    const accented = { ...page(1, 0), chunks: ['{"nom":"synthétique n°1 — œ"}'] }
    const body = featurePageBody(accented)
    expect(Buffer.isBuffer(body.body)).toBe(true)
    expect(JSON.parse(await text(body)).features).toEqual([{ nom: 'synthétique n°1 — œ' }])
    expect(JSON.parse(await text(featurePageBody(page(3, 10)))).features).toHaveLength(3)
  })

  it('streams a big page in chunks that join into the same JSON', async () => {
    const big = page(3000, 500)
    const body = featurePageBody(big)
    expect(body.body).toBeInstanceOf(Readable)
    const joined = await text(body)
    expect(joined).toBe(big.head + features(3000, 500).join(',') + big.tail)
    expect(JSON.parse(joined).features.map((f: { id: string }) => f.id)).toEqual(
      features(3000, 0).map((_, index) => String(index)),
    )
  })

  it('sends chunks read as raw bytes (latin1) as the same UTF-8 bytes, small or streamed', async () => {
    // Synthetic names with characters of two, three and four UTF-8 bytes.
    const accented = (count: number, size: number) => {
      const text = page(count, size)
      return { ...text, chunks: text.chunks.map((chunk) => chunk.replaceAll('x', 'é—𝄞')) }
    }
    for (const [count, size] of [
      [3, 10],
      [3000, 100],
      [0, 0],
    ] as const) {
      const text = accented(count, size)
      const raw = { ...text, encoding: 'latin1' as const }
      raw.chunks = text.chunks.map((chunk) => Buffer.from(chunk).toString('latin1'))
      const expected = Buffer.from(text.head + text.chunks.join(',') + text.tail)
      const body = featurePageBody(raw)
      expect(Buffer.isBuffer(body.body), `${count} features`).toBe(count < 3000)
      expect((await bytes(body)).equals(expected)).toBe(true)
    }
  })

  it('announces the UTF-8 size of a streamed text page of accented names, not its length in characters', async () => {
    // Synthetic names: two- and three-byte characters in a page big enough to be streamed.
    const big = page(3000, 100)
    const accented = {
      ...big,
      head: `{"type":"FeatureCollection","titre":"Entités — é","features":[`,
      chunks: big.chunks.map((c) => c.replaceAll('x', 'é—')),
    }
    const body = featurePageBody(accented)
    expect(body.body).toBeInstanceOf(Readable)
    expect(body.bytes).toBeGreaterThan(accented.chunks.join(',').length)
    expect((await bytes(body)).toString()).toBe(accented.head + accented.chunks.join(',') + accented.tail)
  })

  it('writes an empty page as an empty array', async () => {
    expect(JSON.parse(await text(featurePageBody(page(0, 0)))).features).toEqual([])
  })
})
