/** Node's timers, unreferenced: a waiting run never keeps the process alive. */
export const NODE_TIMERS = {
    set: (callback, ms) => {
        const timer = setTimeout(callback, ms);
        timer.unref?.();
        return timer;
    },
    clear: (handle) => clearTimeout(handle),
};
/**
 * Per-key debounce with bounded global concurrency. Events for one key (a repository) within the
 * quiet delay coalesce into one run of the latest job; an event arriving while that key runs
 * schedules exactly one more run after it; at most `concurrency` runs go on at once, the others
 * wait their turn in arrival order. Never throws out of a job.
 */
export class RescanScheduler {
    options;
    entries = new Map();
    /** Runs put off until a time (GitHub's rate-limit reset): not waited for by `idle`, not started by `flush`. */
    deferrals = new Map();
    readyQueue = [];
    idleWaiters = [];
    delayMs;
    maxDelayMs;
    concurrency;
    timers;
    now;
    running = 0;
    draining = 0;
    constructor(options) {
        this.options = options;
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
    schedule(key, job) {
        this.dropDeferral(key);
        const entry = this.entries.get(key);
        if (!entry) {
            const created = { phase: 'waiting', job, timer: null, waitingSince: this.now(), again: false };
            this.entries.set(key, created);
            this.wait(key, created);
            return 'scheduled';
        }
        entry.job = job;
        if (entry.phase === 'running') {
            entry.again = true;
            return 'after-current';
        }
        if (entry.phase === 'waiting')
            this.wait(key, entry);
        return 'coalesced';
    }
    /**
     * Puts a run of `job` for `key` off until `atMs` (the clock's milliseconds), then schedules it as
     * an event would: the repositories GitHub's rate limit stopped are scanned again after its reset.
     * Such a run is neither started by `flush` nor waited for by `idle`: it is hours away at most.
     */
    deferUntil(key, job, atMs) {
        this.dropDeferral(key);
        const timer = this.timers.set(() => {
            if (this.deferrals.get(key)?.timer !== timer)
                return;
            this.deferrals.delete(key);
            this.schedule(key, job);
        }, Math.max(0, atMs - this.now()));
        this.deferrals.set(key, { job, at: atMs, timer });
    }
    /** The runs put off by `deferUntil`, with when they will be scheduled. */
    deferred() {
        return [...this.deferrals].map(([key, { at }]) => ({ key, at }));
    }
    /** Drops the run waiting for `key` (a running one finishes, without its follow-up). */
    cancel(key) {
        const dropped = this.dropDeferral(key);
        const entry = this.entries.get(key);
        if (!entry)
            return dropped;
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
    keys() {
        return [...this.entries.keys()];
    }
    /** Starts every waiting run now, within the concurrency bound (no more quiet delay). */
    flush() {
        for (const [key, entry] of this.entries) {
            if (entry.phase === 'waiting')
                this.makeReady(key, entry);
        }
        this.pump();
    }
    /** Resolves once nothing waits, is queued or runs. */
    idle() {
        if (this.entries.size === 0)
            return Promise.resolve();
        return new Promise((resolve) => this.idleWaiters.push(resolve));
    }
    /** Runs everything pending now, follow-ups included, and resolves when all is done. */
    async drain() {
        this.draining += 1;
        try {
            this.flush();
            await this.idle();
        }
        finally {
            this.draining -= 1;
        }
    }
    /** (Re)starts the quiet delay of a waiting entry, never past its longest wait. */
    wait(key, entry) {
        this.stopTimer(entry);
        if (this.draining > 0) {
            this.makeReady(key, entry);
            this.pump();
            return;
        }
        const left = Math.max(0, entry.waitingSince + this.maxDelayMs - this.now());
        entry.timer = this.timers.set(() => {
            entry.timer = null;
            if (this.entries.get(key) !== entry || entry.phase !== 'waiting')
                return;
            this.makeReady(key, entry);
            this.pump();
        }, Math.min(this.delayMs, left));
    }
    dropDeferral(key) {
        const deferral = this.deferrals.get(key);
        if (!deferral)
            return false;
        this.timers.clear(deferral.timer);
        this.deferrals.delete(key);
        return true;
    }
    stopTimer(entry) {
        if (entry.timer !== null)
            this.timers.clear(entry.timer);
        entry.timer = null;
    }
    makeReady(key, entry) {
        this.stopTimer(entry);
        entry.phase = 'ready';
        this.readyQueue.push(key);
    }
    pump() {
        while (this.running < this.concurrency && this.readyQueue.length > 0) {
            const key = this.readyQueue.shift();
            const entry = this.entries.get(key);
            if (entry?.phase === 'ready')
                void this.run(key, entry);
        }
    }
    async run(key, entry) {
        entry.phase = 'running';
        entry.again = false;
        this.running += 1;
        try {
            await entry.job();
        }
        catch (error) {
            try {
                this.options.onError?.(key, error);
            }
            catch {
                // The last resort must not throw either.
            }
        }
        finally {
            this.running -= 1;
            if (entry.again) {
                entry.again = false;
                entry.phase = 'waiting';
                entry.waitingSince = this.now();
                this.wait(key, entry);
            }
            else {
                this.entries.delete(key);
            }
            this.pump();
            this.settle();
        }
    }
    settle() {
        if (this.entries.size > 0)
            return;
        for (const resolve of this.idleWaiters.splice(0))
            resolve();
    }
}
