import { type Config, ConfigError, loadConfig } from '../config.ts'

/** The configuration, or a clear message naming each bad variable and exit code 1: no stack trace. */
export function configOrExit(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}
