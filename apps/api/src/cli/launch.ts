import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { apiProcessEnvironment } from '../config.ts'
import { LAUNCHER_SIGNALS, type SignalReport } from './launcher-signals.ts'
import { startArguments } from './start-bundle.ts'

// npm start's process: it starts the API (start.ts, bundled) as its one child, where tsx's CLI did, so
// that the embedded database's process gets glibc's malloc settings, which glibc reads before any code
// runs, and V8's heap limit, which Node reads from its options only, and no tsx (architecture §32). A server's API (DATABASE_URL) gets the environment unchanged.

/** How long a signal of ours waits for the API to say it got the same one (a terminal's Ctrl+C). */
const REPORT_WAIT_MS = 50

const child = spawn(process.execPath, await startArguments(console.warn), {
  env: apiProcessEnvironment(),
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
})
const reportedAt = new Map<NodeJS.Signals, number>()
child.on('message', (message: SignalReport) => {
  if (typeof message === 'object' && message !== null && 'signal' in message)
    reportedAt.set(message.signal, Date.now())
})
// A signal sent to the process group (Ctrl+C) reaches the API too, and a second one would make it skip
// its graceful stop: one sent to this process alone is passed on, one the API reported is not.
for (const signal of LAUNCHER_SIGNALS)
  process.on(signal, () => {
    const received = Date.now()
    setTimeout(() => {
      const reported = reportedAt.get(signal)
      if (reported === undefined || Math.abs(reported - received) > 4 * REPORT_WAIT_MS) child.kill(signal)
    }, REPORT_WAIT_MS)
  })
child.on('error', (error) => {
  console.error(`error: the API could not be started: ${error.message}`)
  process.exit(1)
})
child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)))
