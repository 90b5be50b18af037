/**
 * LockService fake. The fakes run in one thread, so "another execution holds the lock" is something
 * a test declares (holdByOther); then waitLock fails the way Google's does when its wait runs out
 * and tryLock returns false. Every acquire, release and failure is logged in order, with the run
 * (execution) it belongs to, so a test can prove two runs did not interleave.
 */
import { CallCounter, GasException, counted, createCallCounter, signatureError } from './callCounter';

export type LockScope = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export interface LockEvent {
  /** 1, 2, 3… in call order. */
  seq: number;
  scope: LockScope;
  /** The run (execution) that asked; see startRun. */
  run: string;
  type: 'acquire' | 'release' | 'timeout' | 'tryFailed' | 'releasedAtEndOfRun';
  /** The timeout the script asked for (acquire, timeout, tryFailed). */
  timeoutMs?: number;
  /** How long the fake pretended to wait before acquiring (a holder that lets go in time). */
  waitedMs?: number;
}

interface ScopeState {
  /** Run that holds it, 'other' style label for a declared holder, or null. */
  holder: string | null;
  /** Declared outside holder: lets go after this many ms of waiting (Infinity: never). */
  otherReleasesAfterMs: number;
}

export interface LockControl {
  /** Every lock event in order. */
  events: LockEvent[];
  /** The run new locks belong to; starts as 'run-1'. */
  currentRun: string;
  /**
   * Starts a new execution: locks still held by the previous run are released (Apps Script releases
   * them when an execution ends) and logged as 'releasedAtEndOfRun'.
   */
  startRun(label: string): void;
  /** Ends the current run the same way without starting another. */
  endRun(): void;
  /**
   * Declares that another execution holds the lock. With `releaseAfterMs`, a waitLock/tryLock whose
   * timeout is at least that long gets it (as if it waited); otherwise they fail.
   */
  holdByOther(scope: LockScope, options?: { label?: string; releaseAfterMs?: number }): void;
  /** The other execution lets go. */
  releaseByOther(scope: LockScope): void;
  /** Who holds the lock of a scope now, or null. */
  holderOf(scope: LockScope): string | null;
}

export interface FakeLockService {
  /** The LockService global. */
  service: FakeLockServiceApi;
  control: LockControl;
}

export function createLockService(options: { counter?: CallCounter } = {}): FakeLockService {
  const counter = options.counter ?? createCallCounter();
  const states: Record<LockScope, ScopeState> = {
    document: { holder: null, otherReleasesAfterMs: Infinity },
    script: { holder: null, otherReleasesAfterMs: Infinity },
    user: { holder: null, otherReleasesAfterMs: Infinity },
  };
  const control: LockControl = {
    events: [],
    currentRun: 'run-1',
    startRun(label: string) {
      control.endRun();
      control.currentRun = label;
    },
    endRun() {
      for (const scope of Object.keys(states) as LockScope[]) {
        if (states[scope].holder === control.currentRun) {
          states[scope].holder = null;
          log(control, { scope, run: control.currentRun, type: 'releasedAtEndOfRun' });
        }
      }
    },
    holdByOther(scope, o = {}) {
      states[scope].holder = o.label ?? 'another execution';
      states[scope].otherReleasesAfterMs = o.releaseAfterMs ?? Infinity;
    },
    releaseByOther(scope) {
      if (states[scope].holder !== control.currentRun) states[scope].holder = null;
    },
    holderOf(scope) {
      return states[scope].holder;
    },
  };
  const service = counted(new FakeLockServiceApi(states, control, counter), 'LockService', counter);
  return { service, control };
}

function log(control: LockControl, event: Omit<LockEvent, 'seq'>): void {
  control.events.push({ seq: control.events.length + 1, ...event });
}

export class FakeLockServiceApi {
  constructor(
    private readonly states: Record<LockScope, ScopeState>,
    private readonly control: LockControl,
    private readonly counter: CallCounter,
  ) {}
  getDocumentLock(): FakeLock {
    return this.make('document');
  }
  getScriptLock(): FakeLock {
    return this.make('script');
  }
  getUserLock(): FakeLock {
    return this.make('user');
  }
  private make(scope: LockScope): FakeLock {
    return counted(new FakeLock(scope, this.states[scope], this.control), 'Lock', this.counter);
  }
}

export class FakeLock {
  private readonly run: string;
  constructor(
    private readonly scope: LockScope,
    private readonly state: ScopeState,
    private readonly control: LockControl,
  ) {
    this.run = control.currentRun;
  }

  /** Tries for up to timeoutInMillis; false when another execution keeps the lock that long. */
  tryLock(timeoutInMillis: number): boolean {
    this.checkTimeout(timeoutInMillis, 'tryLock');
    if (this.acquire(timeoutInMillis)) return true;
    log(this.control, { scope: this.scope, run: this.run, type: 'tryFailed', timeoutMs: timeoutInMillis });
    return false;
  }

  /** Like tryLock, but throws when the lock can't be had in time. */
  waitLock(timeoutInMillis: number): void {
    this.checkTimeout(timeoutInMillis, 'waitLock');
    if (this.acquire(timeoutInMillis)) return;
    log(this.control, { scope: this.scope, run: this.run, type: 'timeout', timeoutMs: timeoutInMillis });
    throw new GasException(LOCK_TIMEOUT_MESSAGE);
  }

  /** Releases the lock if this run holds it; otherwise does nothing (as Google's does). */
  releaseLock(): void {
    if (this.state.holder !== this.run) return;
    this.state.holder = null;
    log(this.control, { scope: this.scope, run: this.run, type: 'release' });
  }

  hasLock(): boolean {
    return this.state.holder === this.run;
  }

  private acquire(timeoutMs: number): boolean {
    if (this.state.holder === this.run) return true;
    let waitedMs: number | undefined;
    if (this.state.holder !== null) {
      if (timeoutMs < this.state.otherReleasesAfterMs) return false;
      waitedMs = this.state.otherReleasesAfterMs;
    }
    this.state.holder = this.run;
    log(this.control, { scope: this.scope, run: this.run, type: 'acquire', timeoutMs, ...(waitedMs !== undefined ? { waitedMs } : {}) });
    return true;
  }

  private checkTimeout(timeout: unknown, method: string): void {
    if (typeof timeout !== 'number' || !Number.isFinite(timeout)) throw signatureError([timeout], `LockService.Lock.${method}`);
  }
}
