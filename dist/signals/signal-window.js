import { daysBetween } from '../util/dates.js';
export function signalWindow(context) {
    const until = context.now.getTime();
    const parsed = Date.parse(context.snapshot.window.since);
    const since = Number.isNaN(parsed) ? until - context.snapshot.window.days * 86_400_000 : parsed;
    return { since, until, days: Math.max(1, daysBetween(new Date(since), context.now)) };
}
/** True when the ISO date falls inside the window (both ends included). */
export function inWindow(date, window) {
    const time = Date.parse(date);
    return !Number.isNaN(time) && time >= window.since && time <= window.until;
}
