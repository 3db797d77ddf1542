/**
 * Reports for the issue keeper's tests, built the way the product builds them: a fake GitHub
 * source returning an in-memory snapshot, scanned by the core.
 */
import type { Language } from '../../src/model/ids.js';
import { available } from '../../src/model/part.js';
import type { Issue, RawSnapshot } from '../../src/model/raw-snapshot.js';
import type { Report } from '../../src/report/report.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import type { Source } from '../../src/sources/source.js';
import { INDICATORS_FR, ROADMAP_FR } from '../helpers/document-texts.js';
import { VISION_FR } from '../helpers/product-repo.js';
import { buildSnapshot, DEFAULT_NOW, fileText, repoFiles } from '../helpers/snapshot-builder.js';

const DAY = 86_400_000;

export interface HealthReportOptions {
  now?: string;
  language?: Language;
  /** Text of `.github/product-health.yml`, null for none. */
  configText?: string | null;
  /** Titles of open feedback issues nobody answered (they become linked evidence). */
  unansweredFeedback?: string[];
  snapshot?: Partial<RawSnapshot>;
}

/** A scanned report of a small product repository with documents, commits and feedback issues. */
export async function healthReport(options: HealthReportOptions = {}): Promise<Report> {
  const now = options.now ?? DEFAULT_NOW;
  const daysAgo = (days: number) => new Date(Date.parse(now) - days * DAY).toISOString();
  const issues: Issue[] = (options.unansweredFeedback ?? []).map((title, index) => ({
    number: 12 + index,
    title,
    url: `https://github.com/example/product/issues/${12 + index}`,
    author: { login: 'usager', isBot: false },
    state: 'open',
    createdAt: daysAgo(10 + index),
    closedAt: null,
    labels: ['feedback'],
    comments: [],
    commentsComplete: true,
  }));
  const snapshot = buildSnapshot({
    now,
    ...repoFiles({
      'README.md': '# Produit\n',
      'docs/vision.md': fileText(VISION_FR, daysAgo(20)),
      'ROADMAP.md': fileText(ROADMAP_FR, daysAgo(200)),
      'INDICATEURS.md': fileText(INDICATORS_FR, daysAgo(30)),
    }),
    issues: available(issues),
    ...options.snapshot,
  });
  const language = options.language;
  const source: Source = {
    kind: 'github',
    readConfig: async () =>
      options.configText ? { file: '.github/product-health.yml', text: options.configText } : null,
    collect: async () => snapshot,
  };
  return scanRepository(source, {
    now: new Date(now),
    ...(language ? { overrides: { language } } : {}),
  });
}
