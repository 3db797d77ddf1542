import type { ConfigProblem } from '../config/config.js';
import { CONFIG_PATH, MAX_CONFIG_BYTES, parseConfig } from '../config/parse-config.js';
import { countOf } from '../messages/format-message.js';
import type { ConfigInput } from '../scan/scan-repository.js';
import { thresholdNames } from '../signals/index.js';
import { readFailure, statusOf } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
import { PERMISSIONS } from './github-permissions.js';

/** Files read through `_extends` at most, the repository's own not counted. */
export const MAX_EXTENDS_DEPTH = 3;

/** Probot's forms: `repo`, `owner/repo`, `repo:path`, `owner/repo:path` (path ending in .yml or .yaml). */
const EXTENDS_PATTERN =
  /^(?:([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})\/)?([-_.\w\d]+)(?::([-_./\w\d]+\.ya?ml))?$/i;

export interface ResolvedConfig {
  /** The merged configuration, or the file as found when it inherits nothing. */
  config: ConfigInput;
  /** What could not be followed or used, naming no key or value of another file. */
  problems: ConfigProblem[];
}

interface Location {
  owner: string;
  repo: string;
  path: string;
}

/**
 * Follows `_extends` by Probot's convention (GitHub's `.github` repository convention), within
 * the repository owner's own repositories only, at most `MAX_EXTENDS_DEPTH` files deep. Each file
 * is read through the configuration's size limit and parser; each top-level key of an extending
 * file replaces the inherited one whole. What cannot be followed (another owner, a missing, too
 * large or invalid file, no permission, too deep a chain) is a problem, and the chain stops there
 * with what was read. Requests go through `client`, so they count in the scan's cost. Never throws.
 */
export async function resolveConfigExtends(
  client: GitHubClient,
  owner: string,
  found: { file: string; text: string },
): Promise<ResolvedConfig> {
  const options = { thresholdNames: thresholdNames() };
  const own = parseConfig(found.text, found.file, options);
  if (own.extends === null) return { config: found, problems: [] };

  const problems: ConfigProblem[] = [...own.problems];
  const layers = [own.values ?? {}];
  const seen = new Set<string>();
  let extendsValue: string | null = own.extends;
  let from = found.file;
  for (let depth = 1; extendsValue !== null; depth++) {
    const stop = (message: string) => problems.push({ file: from, key: '_extends', line: null, message });
    if (depth > MAX_EXTENDS_DEPTH) {
      stop(
        `the inheritance chain is longer than ${MAX_EXTENDS_DEPTH} files: \`_extends\` is not followed further; point this file's \`_extends\` at a file that inherits nothing`,
      );
      break;
    }
    const target = parseExtends(extendsValue, owner);
    if (!target) {
      stop(
        'must name a repository of the same owner: `repo`, `owner/repo`, `repo:path` or `owner/repo:path`',
      );
      break;
    }
    if (target.owner.toLowerCase() !== owner.toLowerCase()) {
      stop(
        `points at another owner's repository: only repositories of ${owner} are read for the configuration; copy the keys you need into a repository of ${owner}`,
      );
      break;
    }
    const label = `${target.owner}/${target.repo}:${target.path}`;
    if (seen.has(label.toLowerCase())) {
      stop(`${label} is already in the inheritance chain: \`_extends\` is not followed in a loop`);
      break;
    }
    seen.add(label.toLowerCase());
    const read = await readConfigText(client, target);
    if ('problem' in read) {
      stop(`${label} could not be used: ${read.problem}; this file's own keys are used`);
      break;
    }
    const parsed = parseConfig(read.text, label, options);
    if (parsed.problems.length > 0) {
      // Its key names and values stay unquoted: the file may be private, the report public.
      const count = parsed.problems.length;
      problems.push({
        file: label,
        key: '',
        line: null,
        message: `${countOf(count, 'problem', 'problems')} in this inherited file: what was invalid was left out (defaults used); open the file to see which`,
      });
    }
    layers.push(parsed.values ?? {});
    extendsValue = parsed.extends;
    from = label;
  }

  const merged: Record<string, unknown> = Object.assign({}, ...layers.reverse());
  delete merged._extends;
  return { config: { file: found.file, value: merged }, problems };
}

/** Where an `_extends` value points, the configuration's own path when it names none; null when malformed. */
export function parseExtends(value: string, owner: string): Location | null {
  const match = EXTENDS_PATTERN.exec(value.trim());
  if (!match) return null;
  return { owner: match[1] ?? owner, repo: match[2] as string, path: match[3] ?? CONFIG_PATH };
}

/** A file's text through the contents API, refused past the configuration's size limit before decoding. */
async function readConfigText(
  client: GitHubClient,
  location: Location,
): Promise<{ text: string } | { problem: string }> {
  let data: { type?: unknown; size?: unknown; encoding?: unknown; content?: unknown };
  try {
    data = await client.read('GET /repos/{owner}/{repo}/contents/{path}', { ...location });
  } catch (error) {
    if (statusOf(error) === 404) return { problem: 'not found, or the app or token cannot see it' };
    const failure = readFailure(error, 'reading it', PERMISSIONS.contents);
    return { problem: failure.detail };
  }
  if (Array.isArray(data) || data?.type !== 'file') return { problem: 'it is not a file' };
  if (typeof data.size !== 'number' || data.size > MAX_CONFIG_BYTES) {
    return { problem: `the file is larger than ${MAX_CONFIG_BYTES / 1024} KiB` };
  }
  if (data.encoding !== 'base64' || typeof data.content !== 'string') {
    return { problem: 'GitHub did not send its content' };
  }
  return { text: Buffer.from(data.content, 'base64').toString('utf8') };
}
