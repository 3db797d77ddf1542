import { loadYaml } from '../util/load-yaml.js';
import { phaseOfName } from './product-phase.js';
/** Longest front matter read; records hold a few dozen lines. */
const MAX_FRONT_MATTER_BYTES = 64 * 1024;
/**
 * Reads a record: front matter (`---` … `---`, YAML with the bounded loader) and body. Never
 * throws: a record that is not Markdown with front matter, or whose front matter is broken, says why.
 */
export function parseProductRecord(text) {
    if (text.includes('\u0000'))
        return { ok: false, kind: 'not-markdown', detail: 'the file is binary' };
    const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const lines = normalized.split('\n');
    if (lines[0]?.trim() !== '---') {
        return {
            ok: false,
            kind: 'not-markdown',
            detail: 'the file does not start with a front matter (`---`): it is not a Markdown record',
        };
    }
    const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    if (end < 0)
        return { ok: false, kind: 'invalid', detail: 'the front matter is never closed (`---`)' };
    const loaded = loadYaml(lines.slice(1, end).join('\n'), { maxBytes: MAX_FRONT_MATTER_BYTES });
    if (!loaded.ok) {
        return { ok: false, kind: 'invalid', detail: `the front matter is not valid YAML: ${loaded.reason}` };
    }
    const data = loaded.value;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { ok: false, kind: 'invalid', detail: 'the front matter is not a mapping of keys' };
    }
    const fields = data;
    return {
        ok: true,
        record: {
            title: text_(fields.title),
            mission: text_(fields.mission),
            phases: listOf(fields.phases).flatMap((entry) => {
                const name = text_(entry.name);
                return name === null
                    ? []
                    : [{ name, phase: phaseOfName(name), start: day(entry.start), end: day(entry.end) }];
            }),
            events: listOf(fields.events).flatMap((entry) => {
                const name = text_(entry.name);
                return name === null ? [] : [{ name, date: day(entry.date), comment: text_(entry.comment) }];
            }),
            statsUrl: webAddress(fields.stats_url),
            impactUrl: webAddress(fields.impact_url),
            stats: fields.stats === true,
            link: webAddress(fields.link),
            contact: text_(fields.contact),
            repository: webAddress(fields.repository),
            userTypes: Array.isArray(fields.usertypes)
                ? fields.usertypes.flatMap((value) => {
                    const type = text_(value);
                    return type === null ? [] : [type.slice(0, 100)];
                })
                : [],
            body: lines
                .slice(end + 1)
                .join('\n')
                .trim(),
        },
    };
}
/** A record's statistics page: `stats_url`, else the site's `/stats` when `stats: true`. */
export function recordStatsPage(record) {
    if (record.statsUrl)
        return record.statsUrl;
    if (record.stats && record.link)
        return `${record.link.replace(/\/+$/, '')}/stats`;
    return null;
}
function text_(value) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value !== 'string')
        return null;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed.slice(0, 2_000);
}
/** A `YYYY-MM-DD` day (the core schema keeps dates as strings); anything else is unknown. */
function day(value) {
    const written = text_(value);
    const match = written ? /^(\d{4}-\d{2}-\d{2})/.exec(written) : null;
    return match?.[1] && !Number.isNaN(Date.parse(match[1])) ? match[1] : null;
}
function webAddress(value) {
    const written = text_(value);
    return written && /^https?:\/\/\S+$/i.test(written) ? written : null;
}
function listOf(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry));
}
