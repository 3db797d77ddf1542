/**
 * Looking for credentials in what a run left behind: log lines, standard output and error,
 * outputs, summaries, report files, issue bodies and comments.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One place a run wrote text to, named for the failure message. */
export interface Sink {
  run: string;
  sink: string;
  text: string;
}

/** A line of a sink holding credentials: where, which ones, and the line (cut). */
export interface Leak {
  run: string;
  sink: string;
  what: string[];
  line: string;
}

/** The credentials of the runs: exact values, never to be found in any sink. */
export interface Secrets {
  /** Tokens, webhook secrets…: by name. */
  values: Record<string, string>;
  /** PEM private keys, by name: the whole key, and each line of its body 40 characters or longer. */
  privateKeys: Record<string, string>;
}

/** Credential shapes, whoever issued them (the fake GitHub's installation tokens, the app's JWTs). */
const SHAPES: ReadonlyArray<[string, RegExp]> = [
  ['a GitHub token', /\b(?:gh[opsu]_|github_pat_)[A-Za-z0-9_]{16,}/],
  ['a JSON Web Token', /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\./],
  ['a PEM private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  [
    'an Authorization value',
    /\b(?:authorization|bearer)\b\W{0,4}(?:(?:token|bearer|basic)\s+)?(?!\[redacted\]|\[REDACTED\])[A-Za-z0-9_.~+/=-]{16,}/i,
  ],
];

/**
 * Text as a reader would see it: Markdown and JSON escapes dropped (`ghp\_abc` in an issue body,
 * `\n` inside a JSON string), so an escaped credential is still found.
 */
function unescaped(text: string): string {
  return text.replace(/\\n/g, '\n').replace(/\\/g, '');
}

/** Every credential of `secrets`, and every credential shape, found in the sinks, line by line. */
export function findLeaks(sinks: readonly Sink[], secrets: Secrets): Leak[] {
  const needles: Array<[string, string]> = Object.entries(secrets.values).map(([name, value]) => [
    name,
    value,
  ]);
  for (const [name, pem] of Object.entries(secrets.privateKeys)) {
    for (const line of pem.split('\n')) {
      if (line.length >= 40) needles.push([`${name} (a line of its PEM body)`, line]);
    }
  }
  const leaks: Leak[] = [];
  for (const { run, sink, text } of sinks) {
    const plain = unescaped(text);
    for (const [name, pem] of Object.entries(secrets.privateKeys)) {
      if (plain.includes(pem.trim())) leaks.push({ run, sink, what: [name], line: '(the whole PEM)' });
    }
    for (const line of plain.split('\n')) {
      const found = [
        ...needles.filter(([, value]) => line.includes(value)).map(([name]) => name),
        ...SHAPES.filter(([, shape]) => shape.test(line)).map(([name]) => name),
      ];
      if (found.length > 0) leaks.push({ run, sink, what: found, line: line.slice(0, 300) });
    }
  }
  return leaks;
}

/** How many lines the sinks hold. */
export function lineCount(sinks: readonly Sink[]): number {
  return sinks.reduce((sum, { text }) => sum + (text === '' ? 0 : unescaped(text).split('\n').length), 0);
}

/** Every file below `folder` (recursively), as sinks of `run`, except the paths `skip` names. */
export async function fileSinks(run: string, folder: string, skip: readonly string[] = []): Promise<Sink[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const sinks: Sink[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (skip.includes(path)) continue;
    sinks.push({ run, sink: `file ${path.slice(folder.length + 1)}`, text: await readFile(path, 'utf8') });
  }
  return sinks;
}
