import { describe, expect, it } from 'vitest'
import { compareContents, type DatabaseContents } from './manifest.ts'

// Synthetic contents (test data): two tables and two photos.
const contents = (): DatabaseContents => ({
  postgres: '15.18',
  postgis: '3.3.2',
  migrations: ['0001_postgis.sql', '0006_alerts.sql'],
  tables: {
    'public.alert': { rows: 3, md5: 'a'.repeat(32) },
    'public.alert_photo': { rows: 2, md5: 'b'.repeat(32) },
  },
  photos: [
    { table: 'public.alert_photo', id: 'p1', bytes: 10, sha256: '1'.repeat(64) },
    { table: 'public.alert_photo', id: 'p2', bytes: 20, sha256: '2'.repeat(64) },
  ],
})

describe('compareContents', () => {
  it('finds no difference between equal contents, whatever the engine versions', () => {
    expect(compareContents(contents(), { ...contents(), postgres: '18.3' })).toEqual([])
  })

  it('names each table and photo that differs, is missing or is extra', () => {
    const restored = contents()
    restored.tables['public.alert'] = { rows: 2, md5: 'a'.repeat(32) }
    restored.tables['public.alert_photo'] = { rows: 2, md5: 'c'.repeat(32) }
    restored.tables['public.extra'] = { rows: 0, md5: '' }
    restored.photos = [
      { table: 'public.alert_photo', id: 'p2', bytes: 20, sha256: '9'.repeat(64) },
      { table: 'public.alert_photo', id: 'p3', bytes: 5, sha256: '3'.repeat(64) },
    ]
    restored.migrations = ['0001_postgis.sql']
    expect(compareContents(contents(), restored)).toEqual([
      'table public.alert: 2 rows, 3 expected',
      'table public.alert_photo: same 2 rows count, other content',
      'table public.extra: not in the backup',
      'photo public.alert_photo p1: missing',
      'photo public.alert_photo p2: other bytes',
      'photo public.alert_photo p3: not in the backup',
      'migrations differ',
    ])
  })

  it('names a table the restore lacks', () => {
    const restored = contents()
    delete restored.tables['public.alert']
    expect(compareContents(contents(), restored)).toEqual(['table public.alert: missing'])
  })
})
