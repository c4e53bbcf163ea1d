// The server's clock for the cloud: real time, or in demo mode real time plus an offset, or held
// still at one instant (tests need a clock that does not drift between calls). Session expiry
// never reads it — tokens run on real time.

export type ClockState = { mode: 'offset'; offsetMs: number } | { mode: 'held'; atMs: number }

export class DemoClock {
  private state: ClockState = { mode: 'offset', offsetMs: 0 }

  constructor(private readonly realNow: () => number = Date.now) {}

  /** Epoch ms as the cloud sees it. */
  now = (): number => (this.state.mode === 'held' ? this.state.atMs : this.realNow() + this.state.offsetMs)

  /** Runs at real time plus `offsetMs` from now on. */
  setOffset(offsetMs: number): void {
    this.state = { mode: 'offset', offsetMs }
  }

  /** Holds still at `atMs` until the next clock call. */
  holdAt(atMs: number): void {
    this.state = { mode: 'held', atMs }
  }

  get current(): ClockState {
    return { ...this.state }
  }
}
