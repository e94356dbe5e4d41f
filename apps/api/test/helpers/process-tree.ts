import { readdir, readFile } from 'node:fs/promises'

/** The parent pid of a process, from /proc. */
export async function parentOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may hold spaces) start with the state, then the ppid.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
}

/** A PostgreSQL postmaster and every process it started (its backends and helpers). */
export async function clusterProcesses(postmaster: number): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number)
  const children: number[] = []
  for (const pid of pids) {
    const parent = await parentOf(pid).catch(() => -1)
    if (parent === postmaster) children.push(pid)
  }
  return [postmaster, ...children]
}

/** Sends `signal` to each process, ignoring those already gone. */
export function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal)
    } catch {
      // already gone
    }
  }
}
