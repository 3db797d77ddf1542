const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export function daysBetween(from, to) {
    return (toTime(to) - toTime(from)) / DAY_MS;
}
export function hoursBetween(from, to) {
    return (toTime(to) - toTime(from)) / HOUR_MS;
}
export function addDays(date, days) {
    return new Date(date.getTime() + days * DAY_MS);
}
/** ISO day (YYYY-MM-DD) of a date, in UTC, for stable output. */
export function isoDay(date) {
    return new Date(toTime(date)).toISOString().slice(0, 10);
}
function toTime(value) {
    return typeof value === 'string' ? Date.parse(value) : value.getTime();
}
