import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { UserListSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../src/config.ts'
import { testDatabaseUrl, useTestApp } from '../helpers/test-app.ts'
import { useAccounts } from './accounts-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const SCRIPT = path.join(repositoryRoot, 'apps/api/src/cli/create-user.ts')
const PASSWORD = 'the first admin password'

/** Runs `npm run user:create`'s script as a child process on the test database; never throws. */
async function createUser(args: string[], password: string | undefined = PASSWORD) {
  // The child reads the password from HW_PASSWORD; stdin is closed, as in CI.
  const env = {
    ...process.env,
    DATABASE_URL: testDatabaseUrl(),
    HW_PASSWORD: password ?? '',
    LOG_LEVEL: 'silent',
  }
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', SCRIPT, ...args], {
      cwd: repositoryRoot,
      env,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const login = (email: string, password: string) =>
  server.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } })

describe('npm run user:create', () => {
  it('creates an admin who can log in and manage users', async () => {
    const email = accounts.email('first-admin')
    const result = await createUser(['--role', 'admin', '--email', email, '--name', 'Première Admin'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(`Account created: ${email} (admin)`)
    const response = await login(email, PASSWORD)
    expect(response.statusCode, response.body).toBe(200)
    const cookie = `hw_session=${response.cookies.find((entry) => entry.name === 'hw_session')?.value}`
    const users = await server.app.inject({ url: '/admin/users', headers: { cookie } })
    expect(users.statusCode).toBe(200)
    expect(UserListSchema.parse(users.json()).users.map((user) => user.email)).toContain(email)

    const again = await createUser(['--role', 'officer', '--email', email.toUpperCase(), '--name', 'Doublon'])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)
  })

  it('creates a partner and the organisation it names when missing, then finds it again', async () => {
    const organisation = accounts.organisationName('Mairie de Lewarde')
    const first = accounts.email('partner')
    const created = await createUser([
      '--role',
      'partner',
      '--email',
      first,
      '--name',
      'P',
      '--organisation',
      organisation,
    ])
    expect(created.code, created.stderr).toBe(0)
    expect(created.stdout).toMatch(`Organisation "${organisation}" created.`)
    const second = accounts.email('partner')
    const args = [
      '--role',
      'partner',
      '--email',
      second,
      '--name',
      'Q',
      '--organisation',
      organisation.toUpperCase(),
    ]
    const joined = await createUser(args)
    expect(joined.code, joined.stderr).toBe(0)
    expect(joined.stdout).not.toMatch(/Organisation/)
    const { rows } = await server.pool.query(
      'SELECT count(DISTINCT organisation_id)::int AS count FROM app_user WHERE email = ANY($1)',
      [[first, second]],
    )
    expect(rows[0].count).toBe(1)
  })

  it('refuses bad options with exit code 1 and names them, creating nothing', async () => {
    const email = accounts.email('partner')
    const partner = await createUser(['--role', 'partner', '--email', email, '--name', 'P'])
    expect(partner.code).toBe(1)
    expect(partner.stderr).toMatch(/--organisation: a partner must belong to an organisation/)
    const short = await createUser(['--role', 'boss', '--email', email, '--name', 'P'], 'short')
    expect(short.code).toBe(1)
    expect(short.stderr).toMatch(/--role: /)
    expect(short.stderr).toMatch(/password: must be at least 12 characters/)
    const unknown = await createUser(['--role', 'admin', '--mail', email])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/Usage: npm run user:create/)
    expect((await login(email, PASSWORD)).statusCode).toBe(401)
  })
})
