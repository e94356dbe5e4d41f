import { readFile, readdir } from 'node:fs/promises'
import os from 'node:os'

/** Linux counts a process's CPU time in clock ticks, 100 a second on every platform Node runs on. */
const TICK_MS = 1000 / 100

interface ProcessEntry {
  parent: number
  cpuMs: number
  chromium: boolean
}

async function readProcess(pid: number): Promise<ProcessEntry | undefined> {
  try {
    const [stat, commandLine] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8'),
      readFile(`/proc/${pid}/cmdline`, 'utf8'),
    ])
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const userTicks = Number(fields[11])
    const systemTicks = Number(fields[12])
    return {
      parent: Number(fields[1]),
      cpuMs: (userTicks + systemTicks) * TICK_MS,
      chromium: commandLine.split('\0')[0]?.includes('chromium') ?? false,
    }
  } catch {
    return undefined // ended while being read
  }
}

/**
 * CPU time, in ms, used so far by the Chromium processes this process started (browser, renderer, GPU,
 * utilities), the API it may also have started left out. On a shared machine a wall-clock time says
 * mostly how busy the other cores' users were; the CPU the browser spent on a page load depends far
 * less on them. Undefined where /proc cannot be read (not Linux).
 */
export async function chromiumCpuMs(): Promise<number | undefined> {
  if (os.platform() !== 'linux') return undefined
  const pids = (await readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name)).map(Number)
  const entries = new Map<number, ProcessEntry>()
  await Promise.all(
    pids.map(async (pid) => {
      const entry = await readProcess(pid)
      if (entry) entries.set(pid, entry)
    }),
  )
  const descends = (pid: number): boolean => {
    for (let current = entries.get(pid)?.parent; current !== undefined && current > 1;) {
      if (current === process.pid) return true
      current = entries.get(current)?.parent
    }
    return false
  }
  let total = 0
  for (const [pid, entry] of entries) if (entry.chromium && descends(pid)) total += entry.cpuMs
  return total
}
