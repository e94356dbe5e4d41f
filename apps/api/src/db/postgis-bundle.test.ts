import { describe, expect, it } from 'vitest'
import { filterTar, neededInBundle } from './postgis-bundle.ts'

// Synthetic archives (test data, not real files): ustar headers written by hand, as tar(1) writes them.
function header(name: string, type: '0' | '2' | '5', size: number): Buffer {
  const block = Buffer.alloc(512)
  block.write(name, 0, 'utf8')
  block.write('0000644\0', 100, 'ascii')
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii')
  block.write(type, 156, 'ascii')
  block.write('ustar  \0', 257, 'ascii')
  return block
}

function entry(name: string, type: '0' | '2' | '5', content = ''): Buffer {
  const data = Buffer.from(content)
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512)
  data.copy(padded)
  return Buffer.concat([header(name, type, data.length), padded])
}

/** The names and contents of an archive's entries, read back block by block. */
function entries(archive: Buffer): { name: string; content: string }[] {
  const found: { name: string; content: string }[] = []
  for (let offset = 0; offset + 512 <= archive.length;) {
    const name = archive.toString('utf8', offset, offset + 100).replace(/\0.*$/s, '')
    if (!name) break
    const size = parseInt(archive.toString('ascii', offset + 124, offset + 135), 8)
    found.push({ name, content: archive.toString('utf8', offset + 512, offset + 512 + size) })
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return found
}

describe('filterTar: a smaller archive with the entries kept, copied unchanged', () => {
  const archive = Buffer.concat([
    entry('lib/postgresql/postgis-3.so', '0', 'library'),
    entry('lib/postgresql/postgis_raster-3.so', '0', 'x'.repeat(700)),
    entry('share/proj/', '5'),
    entry('share/proj/proj.db', '0', 'y'.repeat(1030)),
    entry('share/postgresql/extension/postgis--2.0.0--ANY.sql', '2'),
    entry('share/postgresql/extension/postgis.control', '0', 'control'),
    Buffer.alloc(1024),
  ])

  it('keeps what the filter accepts, in order, with the same bytes, and ends the archive', () => {
    const filtered = filterTar(archive, neededInBundle)
    expect(entries(filtered)).toEqual([
      { name: 'lib/postgresql/postgis-3.so', content: 'library' },
      { name: 'share/proj/', content: '' },
      { name: 'share/proj/proj.db', content: 'y'.repeat(1030) },
      { name: 'share/postgresql/extension/postgis.control', content: 'control' },
    ])
    expect(filtered.subarray(0, 1024)).toEqual(archive.subarray(0, 1024))
    expect(filtered.subarray(-1024).every((byte) => byte === 0)).toBe(true)
    expect(filtered.length % 512).toBe(0)
  })

  it('drops symbolic links even when their name is accepted', () => {
    const names = entries(filterTar(archive, () => true)).map((found) => found.name)
    expect(names).not.toContain('share/postgresql/extension/postgis--2.0.0--ANY.sql')
    expect(names).toContain('lib/postgresql/postgis_raster-3.so')
  })

  it('refuses an entry type it does not follow rather than copy it wrong', () => {
    const longName = Buffer.concat([entry('././@LongLink', '0', 'name'), Buffer.alloc(1024)])
    longName[156] = 'L'.charCodeAt(0)
    expect(() => filterTar(longName, () => true)).toThrow(/type L/)
  })
})

describe('neededInBundle: the PostGIS files the embedded database uses', () => {
  it.each([
    ['lib/postgresql/postgis-3.so', true],
    ['share/postgresql/extension/postgis.control', true],
    ['share/postgresql/extension/postgis--3.6.2.sql', true],
    ['share/proj/proj.db', true],
    ['lib/postgresql/postgis_topology-3.so', false],
    ['lib/postgresql/postgis_raster-3.so', false],
    ['share/postgresql/extension/postgis--ANY--3.6.2.sql', false],
    ['share/postgresql/extension/postgis--unpackaged--3.6.2.sql', false],
    ['share/postgresql/extension/postgis_tiger_geocoder--3.6.2.sql', false],
    ['share/postgresql/contrib/postgis-3.6/spatial_ref_sys.sql', false],
  ])('%s: %s', (name, needed) => {
    expect(neededInBundle(name)).toBe(needed)
  })
})
