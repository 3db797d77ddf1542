import { InvalidArgumentError } from 'commander';
/** `--window-days`: a whole number of days between 7 and 730. */
export function parseWindowDays(value) {
    const days = Number(value);
    if (!Number.isInteger(days) || days < 7 || days > 730) {
        throw new InvalidArgumentError('expected a whole number of days between 7 and 730.');
    }
    return days;
}
/** `--now`: an ISO 8601 instant, for reproducible reports. */
export function parseNow(value) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new InvalidArgumentError('expected an ISO 8601 date such as 2026-11-22T12:00:00Z.');
    return date;
}
/** `--concurrency`: repositories scanned at the same time, 1 to 16. */
export function parseConcurrency(value) {
    const concurrency = Number(value);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
        throw new InvalidArgumentError('expected a whole number between 1 and 16.');
    }
    return concurrency;
}
