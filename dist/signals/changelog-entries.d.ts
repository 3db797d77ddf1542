import type { Part } from '../model/part.js';
import type { FileContent } from '../model/raw-snapshot.js';
export interface ChangelogEntry {
    /** The heading, trimmed (at most 120 characters). */
    heading: string;
    /** The entry's date, ISO 8601 (noon UTC: a heading gives a day, not an instant). */
    date: string;
}
/** True for a root changelog file (`CHANGELOG.md`, `Changelog.md`, `CHANGES.md`…). */
export declare function isChangelogFile(path: string): boolean;
/**
 * Dated entries of a changelog: every Markdown heading (or Setext title) carrying a day, whether
 * written `2026-05-05` (Keep a Changelog, semantic-release, weekly digests) or `05/05/2026`
 * (day first, as French teams write it), e.g. `# [2026.05.1] 05/05/2026`, `## 2026-08-03`.
 */
export declare function changelogEntries(text: string): ChangelogEntry[];
/** The first root changelog the snapshot holds, with its dated entries. */
export declare function findChangelog(files: Part<string[]>, contents: Record<string, Part<FileContent>>): {
    path: string;
    entries: ChangelogEntry[];
} | null;
