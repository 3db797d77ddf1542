import type { Language } from '../model/ids.js';
/** A link to an issue, pull request or discussion, the kinds GitHub cross-references. */
export interface IssueReference {
    host: string;
    owner: string;
    repo: string;
    kind: 'issues' | 'pull' | 'discussions';
    number: number;
}
/** The issue, pull request or discussion a web address points at, null for any other address. */
export declare function parseIssueUrl(url: string): IssueReference | null;
/**
 * Where a link to an issue must point so that it creates no backlink and notifies no one: through
 * redirect.github.com on github.com; nowhere on other hosts (GitHub Enterprise Server has no
 * redirector), where the reference is shown as text only.
 */
export declare function neutralIssueHref(reference: IssueReference): string | null;
/** `owner/repo n°12`: names an issue without the `owner/repo#12` form GitHub turns into a reference. */
export declare function issueReferenceLabel(reference: IssueReference, language: Language): string;
/** The same, escaped for Markdown. */
export declare function issueReferenceText(reference: IssueReference, language: Language): string;
/**
 * Markdown naming an issue (with its escaped label, e.g. its title) that mentions no one and leaves
 * no backlink. An issue of the repository `within` (`owner/repo`) is named by its number alone.
 */
export declare function neutralIssueLink(reference: IssueReference, label: string | null, language: Language, within?: string | null): string;
/** An http(s) address fit for a Markdown link destination, null for anything else. */
export declare function safeHref(url: string): string | null;
