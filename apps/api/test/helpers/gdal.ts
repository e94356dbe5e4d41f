import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

/** Runs a command (ogrinfo, ogr2ogr) and resolves with its output; rejects on a non-zero exit. */
export const run = promisify(execFile)

/**
 * Whether the GDAL suites run: when Debian's gdal-bin is installed, and always under CI, where .ci/run
 * installs it (a missing GDAL then fails the suite instead of skipping it).
 */
export const GDAL_SUITES_RUN =
  (existsSync('/usr/bin/ogrinfo') && existsSync('/usr/bin/ogr2ogr')) || process.env.CI === 'true'
