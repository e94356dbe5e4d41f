// vt-pbf ships no types; only the one function the fallback encoder calls is declared.
declare module 'vt-pbf' {
  import type { LegacyTile } from 'geojson-vt'

  const vtPbf: {
    /** Serialises geojson-vt tiles, one MVT layer per key, to protobuf bytes. */
    fromGeojsonVt(
      layers: Record<string, LegacyTile>,
      options?: { version?: number; extent?: number },
    ): Uint8Array
  }
  export default vtPbf
}
