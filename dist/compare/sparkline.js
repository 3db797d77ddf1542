import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
const DEFAULT_SIZE = { width: 80, height: 24 };
const PADDING = 3;
/**
 * An inline SVG of the scores over time, drawn server-side so the page needs no script for it.
 * The y axis always spans 0–100, so two repositories' lines can be compared by eye; unknown
 * scores leave a gap. Decorative (`aria-hidden`): `sparklineText` is its text alternative.
 * Empty when no score is known.
 */
export function sparklineSvg(history, size = DEFAULT_SIZE) {
    const known = history.filter((point) => point.score !== null);
    const last = known.at(-1);
    if (!last)
        return '';
    const x = xScale(history, size);
    const y = scaleLinear()
        .domain([0, 100])
        .range([size.height - PADDING, PADDING])
        .clamp(true);
    const path = line()
        .defined(({ point }) => point.score !== null)
        .x(({ point, index }) => x(point, index))
        .y(({ point }) => y(point.score ?? 0))
        .digits(1)(history.map((point, index) => ({ point, index })));
    const lastIndex = history.lastIndexOf(last);
    const dot = `<circle cx="${round(x(last, lastIndex))}" cy="${round(y(last.score ?? 0))}" r="2"/>`;
    return (`<svg class="spark" width="${size.width}" height="${size.height}" ` +
        `viewBox="0 0 ${size.width} ${size.height}" aria-hidden="true" focusable="false">` +
        `${known.length > 1 && path ? `<path d="${path}"/>` : ''}${dot}</svg>`);
}
/** `62 → 71`: the first and the last known score; one score alone when only one is known; empty when none is. */
export function sparklineText(history) {
    const known = history.flatMap((point) => (point.score === null ? [] : [point.score]));
    const first = known[0];
    const last = known.at(-1);
    if (first === undefined || last === undefined)
        return '';
    return known.length === 1 ? `${last}` : `${first} → ${last}`;
}
/** Last known score minus the first; null with fewer than two known scores. */
export function scoreChange(history) {
    const known = history.flatMap((point) => (point.score === null ? [] : [point.score]));
    const first = known[0];
    const last = known.at(-1);
    return known.length < 2 || first === undefined || last === undefined ? null : last - first;
}
/** Dates place the points when they all parse (irregular snapshots keep their true spacing); positions otherwise. */
function xScale(history, size) {
    const times = history.map((point) => Date.parse(point.date));
    const byDate = times.every(Number.isFinite) && new Set(times).size === times.length && times.length > 1;
    const domain = byDate ? [Math.min(...times), Math.max(...times)] : [0, Math.max(1, history.length - 1)];
    const scale = scaleLinear()
        .domain(domain)
        .range([PADDING, size.width - PADDING]);
    return (point, index) => scale(byDate ? Date.parse(point.date) : index);
}
function round(value) {
    return Math.round(value * 10) / 10;
}
