import { describe, expect, it } from 'vitest'
import { COLLECTIONS } from '../catalog/collections.ts'
import { TILE_LAYERS } from './tile-layers.ts'
import { TileCoordinatesSchema } from './tiles.ts'

describe('TILE_LAYERS', () => {
  it('covers every collection, with properties the collection has', () => {
    expect(Object.keys(TILE_LAYERS).sort()).toEqual(COLLECTIONS.map((collection) => collection.id).sort())
    for (const collection of COLLECTIONS) {
      const names = collection.properties.map((property) => property.name)
      for (const property of TILE_LAYERS[collection.id]?.properties ?? []) expect(names).toContain(property)
    }
  })
})

describe('TileCoordinatesSchema', () => {
  it('accepts coordinates inside the grid of their zoom and refuses the others', () => {
    expect(TileCoordinatesSchema.safeParse({ z: '10', x: '520', y: '342' }).success).toBe(true)
    expect(TileCoordinatesSchema.safeParse({ z: '2', x: '4', y: '0' }).success).toBe(false)
    expect(TileCoordinatesSchema.safeParse({ z: '17', x: '0', y: '0' }).success).toBe(false)
    expect(TileCoordinatesSchema.safeParse({ z: '3', x: '1.5', y: '0' }).success).toBe(false)
  })
})
