// Calls that have started and not yet answered; closing waits for them (graceful shutdown).
export interface InFlight {
  run<T>(work: () => Promise<T>): Promise<T>
  /** Resolves once no call is running (including calls that start while waiting). */
  drained(): Promise<void>
  readonly count: number
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>()
  return {
    run(work) {
      const p = work()
      const tracked = p.then(
        () => undefined,
        () => undefined,
      )
      running.add(tracked)
      void tracked.then(() => running.delete(tracked))
      return p
    },
    async drained() {
      while (running.size > 0) await Promise.all(running)
    },
    get count() {
      return running.size
    },
  }
}
