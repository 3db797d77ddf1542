/** One rescan: what to run once the events for its key have quieted down. */
export type RescanJob = () => Promise<void>;

/** The timer the scheduler waits with: injected so that tests need no real waiting. */
export interface SchedulerTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Node's timers, unreferenced: a waiting run never keeps the process alive. */
export const NODE_TIMERS: SchedulerTimers = {
  set: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    timer.unref?.();
    return timer;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RescanSchedulerOptions {
  /** Quiet delay: events for one key closer together than this coalesce into one run. */
  delayMs: number;
  /**
   * Longest a run waits under a steady stream of events (a busy merge day), counted from the first
   * event; 10 × `delayMs` unless told.
   */
  maxDelayMs?: number;
  /** Runs at the same time, all keys together; 4 unless told. */
  concurrency?: number;
  /** A job that threw (jobs should catch and log their own failures: this is the last resort). */
  onError?: (key: string, error: unknown) => void;
  /** Node's timers (unreferenced) unless told. */
  timers?: SchedulerTimers;
  /** The clock, in milliseconds; `Date.now` unless told. */
  now?: () => number;
}

/** What `schedule` did with an event. */
export type ScheduleOutcome =
  /** A new run is waiting for the quiet delay. */
  | 'scheduled'
  /** Folded into a run that has not started yet. */
  | 'coalesced'
  /** A run is going on: exactly one more follows it. */
  | 'after-current'
  /** Handed to the queue every instance shares (Redis), which coalesces it with the others'. */
  | 'queued';

/** The repository a rescan is for, as a job every instance can run (no closure, no client). */
export interface RescanTarget {
  installationId: number;
  owner: string;
  repo: string;
}

/**
 * What the app's handlers need of a scheduler: the in-process `RescanScheduler`, or the Redis
 * queue shared by several instances (`redis-scheduling.ts`), which runs `target` — when given —
 * on whichever instance is free, and `job` in process otherwise.
 */
export interface RescanScheduling {
  /** Asks for a run for `key` once its events have quieted down (see `RescanScheduler.schedule`). */
  schedule(key: string, job: RescanJob, target?: RescanTarget): ScheduleOutcome;
  /** Puts a run for `key` off until `atMs` (GitHub's rate-limit reset). */
  deferUntil(key: string, job: RescanJob, atMs: number, target?: RescanTarget): void;
  /** Drops the run waiting for `key`; whether there was one. */
  cancel(key: string): boolean;
}

type Phase = 'waiting' | 'ready' | 'running';

interface Entry {
  phase: Phase;
  /** The latest job given for this key: the one that will run. */
  job: RescanJob;
  timer: unknown;
  /** When the current wait started (for `maxDelayMs`). */
  waitingSince: number;
  /** An event came in during the run: run once more afterwards. */
  again: boolean;
}

/**
 * Per-key debounce with bounded global concurrency. Events for one key (a repository) within the
 * quiet delay coalesce into one run of the latest job; an event arriving while that key runs
 * schedules exactly one more run after it; at most `concurrency` runs go on at once, the others
 * wait their turn in arrival order. Never throws out of a job.
 */
export class RescanScheduler implements RescanScheduling {
  private readonly entries = new Map<string, Entry>();
  /** Runs put off until a time (GitHub's rate-limit reset): not waited for by `idle`, not started by `flush`. */
  private readonly deferrals = new Map<string, { job: RescanJob; at: number; timer: unknown }>();
  private readonly readyQueue: string[] = [];
  private readonly idleWaiters: Array<() => void> = [];
  private readonly delayMs: number;
  private readonly maxDelayMs: number;
  private readonly concurrency: number;
  private readonly timers: SchedulerTimers;
  private readonly now: () => number;
  private running = 0;
  private draining = 0;

  constructor(private readonly options: RescanSchedulerOptions) {
    this.delayMs = Math.max(0, options.delayMs);
    this.maxDelayMs = Math.max(this.delayMs, options.maxDelayMs ?? this.delayMs * 10);
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
    this.timers = options.timers ?? NODE_TIMERS;
    this.now = options.now ?? Date.now;
  }

  /**
   * Asks for a run of `job` for `key` once the events for that key have quieted down. A run put
   * off by `deferUntil` is replaced: the event's run comes first (and defers itself again if it must).
   */
  schedule(key: string, job: RescanJob): ScheduleOutcome {
    this.dropDeferral(key);
    const entry = this.entries.get(key);
    if (!entry) {
      const created: Entry = { phase: 'waiting', job, timer: null, waitingSince: this.now(), again: false };
      this.entries.set(key, created);
      this.wait(key, created);
      return 'scheduled';
    }
    entry.job = job;
    if (entry.phase === 'running') {
      entry.again = true;
      return 'after-current';
    }
    if (entry.phase === 'waiting') this.wait(key, entry);
    return 'coalesced';
  }

  /**
   * Puts a run of `job` for `key` off until `atMs` (the clock's milliseconds), then schedules it as
   * an event would: the repositories GitHub's rate limit stopped are scanned again after its reset.
   * Such a run is neither started by `flush` nor waited for by `idle`: it is hours away at most.
   */
  deferUntil(key: string, job: RescanJob, atMs: number): void {
    this.dropDeferral(key);
    const timer = this.timers.set(
      () => {
        if (this.deferrals.get(key)?.timer !== timer) return;
        this.deferrals.delete(key);
        this.schedule(key, job);
      },
      Math.max(0, atMs - this.now()),
    );
    this.deferrals.set(key, { job, at: atMs, timer });
  }

  /** The runs put off by `deferUntil`, with when they will be scheduled. */
  deferred(): Array<{ key: string; at: number }> {
    return [...this.deferrals].map(([key, { at }]) => ({ key, at }));
  }

  /** Drops the run waiting for `key` (a running one finishes, without its follow-up). */
  cancel(key: string): boolean {
    const dropped = this.dropDeferral(key);
    const entry = this.entries.get(key);
    if (!entry) return dropped;
    if (entry.phase === 'running') {
      const had = entry.again;
      entry.again = false;
      return had || dropped;
    }
    this.stopTimer(entry);
    this.entries.delete(key);
    this.settle();
    return true;
  }

  /** Keys with a run waiting, queued or going on. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Starts every waiting run now, within the concurrency bound (no more quiet delay). */
  flush(): void {
    for (const [key, entry] of this.entries) {
      if (entry.phase === 'waiting') this.makeReady(key, entry);
    }
    this.pump();
  }

  /** Resolves once nothing waits, is queued or runs. */
  idle(): Promise<void> {
    if (this.entries.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Runs everything pending now, follow-ups included, and resolves when all is done. */
  async drain(): Promise<void> {
    this.draining += 1;
    try {
      this.flush();
      await this.idle();
    } finally {
      this.draining -= 1;
    }
  }

  /** (Re)starts the quiet delay of a waiting entry, never past its longest wait. */
  private wait(key: string, entry: Entry): void {
    this.stopTimer(entry);
    if (this.draining > 0) {
      this.makeReady(key, entry);
      this.pump();
      return;
    }
    const left = Math.max(0, entry.waitingSince + this.maxDelayMs - this.now());
    entry.timer = this.timers.set(
      () => {
        entry.timer = null;
        if (this.entries.get(key) !== entry || entry.phase !== 'waiting') return;
        this.makeReady(key, entry);
        this.pump();
      },
      Math.min(this.delayMs, left),
    );
  }

  private dropDeferral(key: string): boolean {
    const deferral = this.deferrals.get(key);
    if (!deferral) return false;
    this.timers.clear(deferral.timer);
    this.deferrals.delete(key);
    return true;
  }

  private stopTimer(entry: Entry): void {
    if (entry.timer !== null) this.timers.clear(entry.timer);
    entry.timer = null;
  }

  private makeReady(key: string, entry: Entry): void {
    this.stopTimer(entry);
    entry.phase = 'ready';
    this.readyQueue.push(key);
  }

  private pump(): void {
    while (this.running < this.concurrency && this.readyQueue.length > 0) {
      const key = this.readyQueue.shift() as string;
      const entry = this.entries.get(key);
      if (entry?.phase === 'ready') void this.run(key, entry);
    }
  }

  private async run(key: string, entry: Entry): Promise<void> {
    entry.phase = 'running';
    entry.again = false;
    this.running += 1;
    try {
      await entry.job();
    } catch (error) {
      try {
        this.options.onError?.(key, error);
      } catch {
        // The last resort must not throw either.
      }
    } finally {
      this.running -= 1;
      if (entry.again) {
        entry.again = false;
        entry.phase = 'waiting';
        entry.waitingSince = this.now();
        this.wait(key, entry);
      } else {
        this.entries.delete(key);
      }
      this.pump();
      this.settle();
    }
  }

  private settle(): void {
    if (this.entries.size > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
