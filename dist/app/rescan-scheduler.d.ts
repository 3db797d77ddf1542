/** One rescan: what to run once the events for its key have quieted down. */
export type RescanJob = () => Promise<void>;
/** The timer the scheduler waits with: injected so that tests need no real waiting. */
export interface SchedulerTimers {
    set(callback: () => void, ms: number): unknown;
    clear(handle: unknown): void;
}
/** Node's timers, unreferenced: a waiting run never keeps the process alive. */
export declare const NODE_TIMERS: SchedulerTimers;
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
'scheduled'
/** Folded into a run that has not started yet. */
 | 'coalesced'
/** A run is going on: exactly one more follows it. */
 | 'after-current';
/**
 * Per-key debounce with bounded global concurrency. Events for one key (a repository) within the
 * quiet delay coalesce into one run of the latest job; an event arriving while that key runs
 * schedules exactly one more run after it; at most `concurrency` runs go on at once, the others
 * wait their turn in arrival order. Never throws out of a job.
 */
export declare class RescanScheduler {
    private readonly options;
    private readonly entries;
    /** Runs put off until a time (GitHub's rate-limit reset): not waited for by `idle`, not started by `flush`. */
    private readonly deferrals;
    private readonly readyQueue;
    private readonly idleWaiters;
    private readonly delayMs;
    private readonly maxDelayMs;
    private readonly concurrency;
    private readonly timers;
    private readonly now;
    private running;
    private draining;
    constructor(options: RescanSchedulerOptions);
    /**
     * Asks for a run of `job` for `key` once the events for that key have quieted down. A run put
     * off by `deferUntil` is replaced: the event's run comes first (and defers itself again if it must).
     */
    schedule(key: string, job: RescanJob): ScheduleOutcome;
    /**
     * Puts a run of `job` for `key` off until `atMs` (the clock's milliseconds), then schedules it as
     * an event would: the repositories GitHub's rate limit stopped are scanned again after its reset.
     * Such a run is neither started by `flush` nor waited for by `idle`: it is hours away at most.
     */
    deferUntil(key: string, job: RescanJob, atMs: number): void;
    /** The runs put off by `deferUntil`, with when they will be scheduled. */
    deferred(): Array<{
        key: string;
        at: number;
    }>;
    /** Drops the run waiting for `key` (a running one finishes, without its follow-up). */
    cancel(key: string): boolean;
    /** Keys with a run waiting, queued or going on. */
    keys(): string[];
    /** Starts every waiting run now, within the concurrency bound (no more quiet delay). */
    flush(): void;
    /** Resolves once nothing waits, is queued or runs. */
    idle(): Promise<void>;
    /** Runs everything pending now, follow-ups included, and resolves when all is done. */
    drain(): Promise<void>;
    /** (Re)starts the quiet delay of a waiting entry, never past its longest wait. */
    private wait;
    private dropDeferral;
    private stopTimer;
    private makeReady;
    private pump;
    private run;
    private settle;
}
