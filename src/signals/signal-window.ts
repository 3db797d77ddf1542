import type { SignalContext } from '../model/signal.js';
import { daysBetween } from '../util/dates.js';

/** The period a signal judges: from the snapshot's window start to the context's `now`. */
export interface SignalWindow {
  since: number;
  until: number;
  days: number;
}

export function signalWindow(context: Pick<SignalContext, 'snapshot' | 'now'>): SignalWindow {
  const until = context.now.getTime();
  const parsed = Date.parse(context.snapshot.window.since);
  const since = Number.isNaN(parsed) ? until - context.snapshot.window.days * 86_400_000 : parsed;
  return { since, until, days: Math.max(1, daysBetween(new Date(since), context.now)) };
}

/** True when the ISO date falls inside the window (both ends included). */
export function inWindow(date: string, window: SignalWindow): boolean {
  const time = Date.parse(date);
  return !Number.isNaN(time) && time >= window.since && time <= window.until;
}
