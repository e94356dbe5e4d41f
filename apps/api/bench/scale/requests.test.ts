import { describe, expect, it } from 'vitest'
import { creationBody, creationPin } from './requests.ts'

describe('the scale bench creations', () => {
  it('spread over 400 distinct pins at least 100 m apart, the duplicate hints radius', () => {
    const pins = Array.from({ length: 400 }, (_, n) => creationPin(n))
    expect(new Set(pins.map((pin) => pin.join(','))).size).toBe(400)
    const [lon, lat] = creationPin(0)
    const [nextLon] = creationPin(1)
    const [, nextLat] = creationPin(20)
    const metresPerDegreeLon = 111_320 * Math.cos((lat * Math.PI) / 180)
    expect((nextLon - lon) * metresPerDegreeLon).toBeGreaterThan(200)
    expect((nextLat - lat) * 110_574).toBeGreaterThan(200)
    expect(creationPin(400)).toEqual(creationPin(0))
  })

  it('stay around Lens–Liévin, inside the basin', () => {
    for (let n = 0; n < 400; n++) {
      const [lon, lat] = creationPin(n)
      expect(lon).toBeGreaterThan(2.7)
      expect(lon).toBeLessThan(2.85)
      expect(lat).toBeGreaterThan(50.4)
      expect(lat).toBeLessThan(50.5)
    }
    expect(creationBody(7).geometry.coordinates).toEqual(creationPin(7))
  })
})
