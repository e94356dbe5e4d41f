import { constants } from 'node:os'

/** The signals that stop the API gracefully (server.ts), which the launcher passes on. */
export const LAUNCHER_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/** What the API tells its launcher (cli/launch.ts) when it got a signal itself. */
export interface SignalReport {
  signal: NodeJS.Signals
}

/**
 * Under the launcher (an IPC channel to the parent), tells it of each stopping signal the API got, so
 * that it does not send the same one again. Until the graceful stop listens (server.ts), a signal ends
 * the process as it would without this listener. The channel must not keep the process alive.
 * A launcher killed outright (SIGKILL, a crash) passes nothing on, but its end closes the channel: the
 * API then stops gracefully as on a SIGTERM, instead of holding the port and the data directory's lock
 * with no parent, so that the next `npm start` can start.
 */
export function reportSignalsToLauncher() {
  if (!process.send || !process.channel) return
  process.channel.unref()
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'))
  for (const signal of LAUNCHER_SIGNALS) {
    const report = () => {
      if (process.connected) process.send?.({ signal } satisfies SignalReport)
      if (process.listenerCount(signal) === 1) process.exit(128 + constants.signals[signal])
    }
    process.prependListener(signal, report)
  }
}
