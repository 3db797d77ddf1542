import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RescanScheduler } from '../../src/app/rescan-scheduler.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A job that records its runs and finishes when told. */
function controlledJobs() {
  const runs: string[] = [];
  const finishers: Array<() => void> = [];
  const job = (label: string) => () =>
    new Promise<void>((resolve) => {
      runs.push(label);
      finishers.push(resolve);
    });
  const finishAll = async () => {
    for (const finish of finishers.splice(0)) finish();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { runs, job, finishAll };
}

describe('RescanScheduler', () => {
  it('coalesces events within the quiet delay into one run of the latest job', async () => {
    const scheduler = new RescanScheduler({ delayMs: 1000 });
    const { runs, job, finishAll } = controlledJobs();
    expect(scheduler.schedule('o/r', job('first'))).toBe('scheduled');
    await vi.advanceTimersByTimeAsync(900);
    expect(scheduler.schedule('o/r', job('second'))).toBe('coalesced');
    await vi.advanceTimersByTimeAsync(900);
    expect(scheduler.schedule('o/r', job('third'))).toBe('coalesced');
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual(['third']);
    await finishAll();
    expect(scheduler.keys()).toEqual([]);
  });

  it('schedules exactly one more run when events arrive during a run', async () => {
    const scheduler = new RescanScheduler({ delayMs: 100 });
    const { runs, job, finishAll } = controlledJobs();
    scheduler.schedule('o/r', job('first'));
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual(['first']);
    for (let index = 0; index < 10; index++) {
      expect(scheduler.schedule('o/r', job(`during-${index}`))).toBe('after-current');
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual(['first']);
    await finishAll();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual(['first', 'during-9']);
    await finishAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual(['first', 'during-9']);
    expect(scheduler.keys()).toEqual([]);
  });

  it('never runs more than `concurrency` jobs at once, the others in arrival order', async () => {
    const scheduler = new RescanScheduler({ delayMs: 0, concurrency: 2 });
    const { runs, job, finishAll } = controlledJobs();
    for (const key of ['a', 'b', 'c', 'd', 'e']) scheduler.schedule(key, job(key));
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual(['a', 'b']);
    await finishAll();
    expect(runs).toEqual(['a', 'b', 'c', 'd']);
    await finishAll();
    expect(runs).toEqual(['a', 'b', 'c', 'd', 'e']);
    await finishAll();
    await expect(scheduler.idle()).resolves.toBeUndefined();
  });

  it('runs at the latest after the longest wait under a steady stream of events', async () => {
    const scheduler = new RescanScheduler({ delayMs: 1000, maxDelayMs: 5000 });
    const { runs, job } = controlledJobs();
    for (let second = 0; second < 8; second++) {
      scheduler.schedule('o/r', job(`at-${second}`));
      await vi.advanceTimersByTimeAsync(800);
    }
    expect(runs).toEqual(['at-6']);
  });

  it('keeps going when a job throws, and says so once', async () => {
    const errors: Array<[string, unknown]> = [];
    const scheduler = new RescanScheduler({ delayMs: 0, onError: (key, error) => errors.push([key, error]) });
    let ran = 0;
    scheduler.schedule('broken', () => Promise.reject(new Error('boom')));
    scheduler.schedule('fine', async () => {
      ran += 1;
    });
    await vi.advanceTimersByTimeAsync(0);
    await scheduler.idle();
    expect(ran).toBe(1);
    expect(errors).toEqual([['broken', new Error('boom')]]);
  });

  it('drops a waiting run when cancelled, and drains everything else at once', async () => {
    const scheduler = new RescanScheduler({ delayMs: 60_000 });
    const { runs, job, finishAll } = controlledJobs();
    scheduler.schedule('gone', job('gone'));
    scheduler.schedule('kept', job('kept'));
    expect(scheduler.cancel('gone')).toBe(true);
    expect(scheduler.cancel('unknown')).toBe(false);
    const drained = scheduler.drain();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual(['kept']);
    const settled = vi.fn();
    void drained.then(settled);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).not.toHaveBeenCalled();
    await finishAll();
    expect(settled).toHaveBeenCalled();
  });

  it('puts a run off until a time (a rate limit’s reset), neither flushed nor waited for, then schedules it', async () => {
    const scheduler = new RescanScheduler({ delayMs: 100 });
    const { runs, job, finishAll } = controlledJobs();
    scheduler.deferUntil('o/r', job('after-reset'), Date.now() + 3_600_000);
    expect(scheduler.deferred()).toEqual([{ key: 'o/r', at: Date.now() + 3_600_000 }]);
    // A drain neither starts it nor waits for it.
    await scheduler.drain();
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(scheduler.deferred()).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual(['after-reset']);
    await finishAll();
    expect(scheduler.keys()).toEqual([]);
  });

  it('lets an event replace a run put off, and cancel drop it', async () => {
    const scheduler = new RescanScheduler({ delayMs: 100 });
    const { runs, job, finishAll } = controlledJobs();
    scheduler.deferUntil('o/r', job('after-reset'), Date.now() + 3_600_000);
    expect(scheduler.schedule('o/r', job('event'))).toBe('scheduled');
    expect(scheduler.deferred()).toEqual([]);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(runs).toEqual(['event']);
    await finishAll();
    scheduler.deferUntil('o/x', job('gone'), Date.now() + 1_000);
    expect(scheduler.cancel('o/x')).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toEqual(['event']);
  });
});
