/**
 * In-memory raw snapshots for tests: every part available and empty unless overridden.
 *
 *   const snapshot = buildSnapshot({
 *     now: '2026-06-15T12:00:00Z',
 *     ...repoFiles({ 'README.md': '# Hi', 'ROADMAP.md': fileText('…', '2026-06-01T00:00:00Z') }),
 *   });
 *   const result = visionSignal.evaluate(signalContext(visionSignal, snapshot));
 */
import type { ProductHealthConfig } from '../../src/config/config.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available, type Part } from '../../src/model/part.js';
import type { FileContent, RawSnapshot } from '../../src/model/raw-snapshot.js';
import type { SignalContext, SignalDefinition, SignalResult, Thresholds } from '../../src/model/signal.js';

export const DEFAULT_NOW = '2026-06-15T12:00:00.000Z';
const DAY_MS = 86_400_000;

/** A snapshot with every part available and empty; `window` follows `now` unless given. */
export function buildSnapshot(overrides: Partial<RawSnapshot> = {}): RawSnapshot {
  const now = overrides.now ?? DEFAULT_NOW;
  const days = overrides.window?.days ?? 90;
  return {
    repository: {
      name: 'example/product',
      defaultBranch: 'main',
      url: 'https://github.com/example/product',
      archived: false,
    },
    now,
    window: { days, since: new Date(Date.parse(now) - days * DAY_MS).toISOString(), until: now },
    files: available([]),
    contents: {},
    commits: available([]),
    tags: available([]),
    releases: available([]),
    deployments: available([]),
    workflowRuns: available([]),
    issues: available([]),
    discussionCategories: available([]),
    ...overrides,
  };
}

/** A file's content; `lastChangedAt` is the date of the last commit touching it (null: unknown). */
export function fileText(text: string, lastChangedAt: string | null = null, truncated = false): FileContent {
  return { text, lastChangedAt, truncated };
}

/** `files` and `contents` for a repository holding these files (a string is a file with no known date). */
export function repoFiles(
  files: Record<string, string | FileContent>,
): Pick<RawSnapshot, 'files' | 'contents'> {
  const contents: Record<string, Part<FileContent>> = {};
  for (const [path, content] of Object.entries(files)) {
    contents[path] = available(typeof content === 'string' ? fileText(content) : content);
  }
  return { files: available(Object.keys(files)), contents };
}

/** The configuration with some keys replaced (shallow, plus `documents` merged). */
export function buildConfig(overrides: Partial<ProductHealthConfig> = {}): ProductHealthConfig {
  return {
    ...DEFAULT_CONFIG,
    ...overrides,
    documents: { ...DEFAULT_CONFIG.documents, ...overrides.documents },
  };
}

/** What `evaluate` receives: the signal's default thresholds (merged with `thresholds`) and the snapshot's `now`. */
export function signalContext<T extends Thresholds>(
  definition: SignalDefinition<T>,
  snapshot: RawSnapshot,
  config: ProductHealthConfig = DEFAULT_CONFIG,
  thresholds: Partial<T> = {},
): SignalContext<T> {
  return {
    snapshot,
    config,
    thresholds: { ...definition.defaults, ...thresholds },
    now: new Date(snapshot.now),
  };
}

/** Evaluates a signal on a snapshot holding just these files (read with `repoFiles`). */
export function evaluateOnFiles<T extends Thresholds>(
  definition: SignalDefinition<T>,
  files: Parameters<typeof repoFiles>[0],
  config: ProductHealthConfig = buildConfig(),
): SignalResult {
  return definition.evaluate(signalContext(definition, buildSnapshot(repoFiles(files)), config));
}
