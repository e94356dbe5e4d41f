import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { passwordFromEnvironment } from '../config.ts'
import { AppError, ValidationError } from '../errors.ts'
import { CreateUserCommandSchema, createUserFromCommand } from '../services/accounts/create-user-command.ts'
import { parseInput } from '../services/accounts/input.ts'
import { configOrExit } from './config-or-exit.ts'
import { openDatabase } from './database.ts'

const USAGE = `Usage: npm run user:create -- --role <partner|officer|admin> --email <email> --name "<display name>"
                           [--organisation "<organisation name>"]
  The password is read from HW_PASSWORD, or else from the first line of standard input (12 characters
  or more). A partner needs --organisation. A named organisation that does not exist yet is created.`

/** The first line of standard input: typed at a prompt (it is echoed), or piped in. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ')
  const lines = createInterface({ input: process.stdin })
  for await (const line of lines) {
    lines.close()
    return line
  }
  return ''
}

/** Parses the options, or prints the usage and exits with code 1. */
function readOptions() {
  try {
    return parseArgs({
      options: {
        role: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
      },
    }).values
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    process.exit(1)
  }
}

/** Prints why the account was not created, naming each option, and sets exit code 1. */
function report(error: unknown): void {
  if (!(error instanceof AppError)) throw error
  const lines =
    error instanceof ValidationError
      ? error.invalidParams.map(
          ({ name, reason }) => `${name === 'password' ? 'password' : `--${name}`}: ${reason}`,
        )
      : [error.message]
  console.error(`Account not created:\n  ${lines.join('\n  ')}`)
  if (error instanceof ValidationError) console.error(`\n${USAGE}`)
  process.exitCode = 1
}

// npm run user:create: creates an account (the first admin, typically) in one transaction.
const input = { ...readOptions(), password: passwordFromEnvironment() ?? (await readPassword()) }
const config = configOrExit()
try {
  // Checked before the database opens, so a typo does not wait for an embedded database to start.
  parseInput(CreateUserCommandSchema, input)
  const database = await openDatabase(config, (message) => console.error(`[db] ${message}`))
  try {
    const { user, organisationCreated } = await createUserFromCommand(database.pool, input)
    if (organisationCreated) console.log(`Organisation "${user.organisation?.name}" created.`)
    console.log(`Account created: ${user.email} (${user.role}), id ${user.id}.`)
  } finally {
    await database.close()
  }
} catch (error) {
  report(error)
}
