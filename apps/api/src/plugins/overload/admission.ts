/** How many requests of one class may run at once, and how many may wait for a place, for how long. */
export interface AdmissionLimits {
  /** Running at once. */
  concurrency: number
  /** Waiting for a place at once; past it a request is refused at once. */
  queue: number
  /** The longest a request waits for a place before it is refused. */
  queueWaitMs: number
}

/** Gives the place back; calling it again does nothing. */
type Release = () => void

/** What a request got: a place (and how to give it back), or a refusal and why. */
type Admission = { admitted: true; release: Release } | { admitted: false; reason: 'queue-full' | 'waited' }

/** A concurrency limit with a short FIFO queue: the gate of one route class. */
export interface AdmissionGate {
  /** Resolves once the request may run, or at once / after queueWaitMs when it may not. */
  enter(): Promise<Admission>
  /** Running and waiting now (for tests and the logs). */
  load(): { running: number; waiting: number }
}

interface Waiter {
  admit: (admission: Admission) => void
  timer: NodeJS.Timeout
}

/**
 * A counting semaphore that refuses rather than queue without end: a refused request costs a few
 * hundred bytes, while one let in holds a connection, a database query and its answer (issue 12: 400
 * connections grew the API to 863 MB).
 */
export function createAdmissionGate({ concurrency, queue, queueWaitMs }: AdmissionLimits): AdmissionGate {
  let running = 0
  const waiting: Waiter[] = []

  const placeFor = (): Release => {
    running += 1
    let released = false
    return () => {
      if (released) return
      released = true
      running -= 1
      const next = waiting.shift()
      if (next) {
        clearTimeout(next.timer)
        next.admit({ admitted: true, release: placeFor() })
      }
    }
  }

  return {
    enter() {
      if (running < concurrency) return Promise.resolve({ admitted: true, release: placeFor() })
      if (waiting.length >= queue) return Promise.resolve({ admitted: false, reason: 'queue-full' })
      return new Promise<Admission>((admit) => {
        const waiter: Waiter = {
          admit,
          timer: setTimeout(() => {
            waiting.splice(waiting.indexOf(waiter), 1)
            admit({ admitted: false, reason: 'waited' })
          }, queueWaitMs),
        }
        waiting.push(waiter)
      })
    },
    load: () => ({ running, waiting: waiting.length }),
  }
}
