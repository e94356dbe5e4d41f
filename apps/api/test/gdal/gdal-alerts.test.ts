import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import { ALERTS_COLLECTION_ID } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { useAccounts } from '../auth/accounts-fixtures.ts'
import { useTestApp } from '../helpers/test-app.ts'
import { createAlert } from '../routes/alerts/alert-fixtures.ts'

const run = promisify(execFile)

// QGIS and GDAL open the alerts with a personal API token (issue #4); anonymous harvesting of the public
// layers is in gdal-client.test.ts. Mandatory under CI, like that suite.
const hasGdal = existsSync('/usr/bin/ogrinfo')
const mandatory = process.env.CI === 'true'

describe.runIf(hasGdal || mandatory)('GDAL reads the alerts with an API token', () => {
  const server = useTestApp()
  const accounts = useAccounts(server)
  let url: string
  let token: string
  let alertId: string

  beforeAll(async () => {
    url = await server.app.listen({ host: '127.0.0.1', port: 0 })
    const officer = await accounts.session('officer')
    const partner = await accounts.session('partner')
    alertId = (await createAlert(server.app, partner, { title: 'Lu par GDAL' })).id
    const created = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: officer.headers,
      payload: { name: 'GDAL' },
    })
    token = (created.json() as { token: string }).token
  })

  const ogrinfo = (args: string[], headers?: string) =>
    run('ogrinfo', ['-ro', ...args], {
      env: { ...process.env, ...(headers ? { GDAL_HTTP_HEADERS: headers } : {}) },
    })

  it('lists and reads the collection with the token, and the alert’s properties', async () => {
    const headers = `Authorization: Bearer ${token}`
    const listed = await ogrinfo(['-q', `OAPIF:${url}/`], headers)
    expect(listed.stdout).toContain(`: ${ALERTS_COLLECTION_ID} (title: Alertes)`)
    const { stdout } = await ogrinfo(
      ['-al', '-where', `id = '${alertId}'`, `OAPIF:${url}/collections/${ALERTS_COLLECTION_ID}`],
      headers,
    )
    expect(stdout).toContain('Lu par GDAL')
    expect(stdout).toMatch(/severity \(String\) = high/)
  })

  it('does not list the collection to an anonymous harvester', async () => {
    const { stdout } = await ogrinfo(['-q', `OAPIF:${url}/`])
    expect(stdout).not.toContain(ALERTS_COLLECTION_ID)
  })
})
