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
 */
export function reportSignalsToLauncher() {
  if (!process.send || !process.channel) return
  process.channel.unref()
  for (const signal of LAUNCHER_SIGNALS) {
    const report = () => {
      process.send?.({ signal } satisfies SignalReport)
      if (process.listenerCount(signal) === 1) process.exit(128 + constants.signals[signal])
    }
    process.prependListener(signal, report)
  }
}
