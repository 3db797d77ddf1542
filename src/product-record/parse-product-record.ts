import { loadYaml } from '../util/load-yaml.js';
import { type ProductPhase, phaseOfName } from './product-phase.js';

/** What a beta.gouv.fr record says, read from its front matter and its Markdown body. */
export interface ProductRecord {
  title: string | null;
  /** The one-sentence mission. */
  mission: string | null;
  /** The phases as listed, each with the product phase its name maps onto (null for an unknown name). */
  phases: RecordPhase[];
  /** Dated events: investment committees (`committee`), launch, national impact… */
  events: Array<{ name: string; date: string | null; comment: string | null }>;
  statsUrl: string | null;
  impactUrl: string | null;
  /** `stats: true`: the product publishes a stats page at its site's `/stats`. */
  stats: boolean;
  /** The product's site. */
  link: string | null;
  contact: string | null;
  repository: string | null;
  /** Who the users are, as the record's `usertypes` codes (`particulier`, `etat`…). */
  userTypes: string[];
  /** The Markdown after the front matter: problem, users, solution, impact. */
  body: string;
}

export interface RecordPhase {
  name: string;
  phase: ProductPhase | null;
  start: string | null;
  end: string | null;
}

export type ParsedRecord =
  | { ok: true; record: ProductRecord }
  | {
      ok: false;
      /** `not-markdown`: no front matter or not text; `invalid`: the front matter is not a readable YAML mapping. */
      kind: 'not-markdown' | 'invalid';
      /** Why, in English. */
      detail: string;
    };

/** Longest front matter read; records hold a few dozen lines. */
const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/**
 * Reads a record: front matter (`---` … `---`, YAML with the bounded loader) and body. Never
 * throws: a record that is not Markdown with front matter, or whose front matter is broken, says why.
 */
export function parseProductRecord(text: string): ParsedRecord {
  if (text.includes('\u0000')) return { ok: false, kind: 'not-markdown', detail: 'the file is binary' };
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
  if (end < 0) return { ok: false, kind: 'invalid', detail: 'the front matter is never closed (`---`)' };
  const loaded = loadYaml(lines.slice(1, end).join('\n'), { maxBytes: MAX_FRONT_MATTER_BYTES });
  if (!loaded.ok) {
    return { ok: false, kind: 'invalid', detail: `the front matter is not valid YAML: ${loaded.reason}` };
  }
  const data = loaded.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, kind: 'invalid', detail: 'the front matter is not a mapping of keys' };
  }
  const fields = data as Record<string, unknown>;
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
export function recordStatsPage(record: ProductRecord): string | null {
  if (record.statsUrl) return record.statsUrl;
  if (record.stats && record.link) return `${record.link.replace(/\/+$/, '')}/stats`;
  return null;
}

function text_(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed.slice(0, 2_000);
}

/** A `YYYY-MM-DD` day (the core schema keeps dates as strings); anything else is unknown. */
function day(value: unknown): string | null {
  const written = text_(value);
  const match = written ? /^(\d{4}-\d{2}-\d{2})/.exec(written) : null;
  return match?.[1] && !Number.isNaN(Date.parse(match[1])) ? match[1] : null;
}

function webAddress(value: unknown): string | null {
  const written = text_(value);
  return written && /^https?:\/\/\S+$/i.test(written) ? written : null;
}

function listOf(value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is Record<string, unknown> =>
      entry !== null && typeof entry === 'object' && !Array.isArray(entry),
  );
}
