import type { Language } from '../model/ids.js';
import { escapeMarkdown } from './escape-markdown.js';

/** A link to an issue, pull request or discussion, the kinds GitHub cross-references. */
export interface IssueReference {
  host: string;
  owner: string;
  repo: string;
  kind: 'issues' | 'pull' | 'discussions';
  number: number;
}

const ISSUE_PATH = /^\/([A-Za-z0-9-]+)\/([\w.-]+)\/(issues|pull|discussions)\/(\d{1,10})(?:\D.*)?$/;
/** GitHub's own redirector: a link through it notifies no one and leaves no backlink (Dependabot, Renovate). */
const REDIRECTOR = 'https://redirect.github.com';
/** GitHub caps issue titles at 256 characters; other labels are cut to about as much. */
const MAX_LABEL_CHARS = 256;

/** The issue, pull request or discussion a web address points at, null for any other address. */
export function parseIssueUrl(url: string): IssueReference | null {
  const parsed = parseHttpUrl(url);
  const match = parsed ? ISSUE_PATH.exec(parsed.pathname) : null;
  if (!parsed || !match) return null;
  const [, owner = '', repo = '', kind = '', number = ''] = match;
  return { host: parsed.hostname, owner, repo, kind: kind as IssueReference['kind'], number: Number(number) };
}

/**
 * Where a link to an issue must point so that it creates no backlink and notifies no one: through
 * redirect.github.com on github.com; nowhere on other hosts (GitHub Enterprise Server has no
 * redirector), where the reference is shown as text only.
 */
export function neutralIssueHref(reference: IssueReference): string | null {
  if (reference.host !== 'github.com' && reference.host !== 'www.github.com') return null;
  return `${REDIRECTOR}/${reference.owner}/${reference.repo}/${reference.kind}/${reference.number}`;
}

/** `owner/repo n°12`: names an issue without the `owner/repo#12` form GitHub turns into a reference. */
export function issueReferenceLabel(reference: IssueReference, language: Language): string {
  return `${reference.owner}/${reference.repo} ${issueNumberText(reference.number, language)}`;
}

/** `n°12` / `no. 12`. */
function issueNumberText(number: number, language: Language): string {
  return `${language === 'fr' ? 'n°' : 'no. '}${number}`;
}

/** The same, escaped for Markdown. */
export function issueReferenceText(reference: IssueReference, language: Language): string {
  return escapeMarkdown(issueReferenceLabel(reference, language));
}

/**
 * Markdown naming an issue (with its escaped label, e.g. its title) that mentions no one and leaves
 * no backlink. An issue of the repository `within` (`owner/repo`) is named by its number alone.
 */
export function neutralIssueLink(
  reference: IssueReference,
  label: string | null,
  language: Language,
  within: string | null = null,
): string {
  const sameRepository = within?.toLowerCase() === `${reference.owner}/${reference.repo}`.toLowerCase();
  const refText = sameRepository
    ? issueNumberText(reference.number, language)
    : issueReferenceText(reference, language);
  const shown = label?.trim() ? shorten(label.trim(), MAX_LABEL_CHARS) : null;
  const text = shown ? `${escapeMarkdown(shown)} (${refText})` : refText;
  const href = neutralIssueHref(reference);
  return href ? `[${text}](${href})` : text;
}

/** An http(s) address fit for a Markdown link destination, null for anything else. */
export function safeHref(url: string): string | null {
  const parsed = parseHttpUrl(url);
  return parsed ? parsed.href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')) : null;
}

function parseHttpUrl(url: string): URL | null {
  if (!/^https?:\/\//i.test(url.trim())) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
