/**
 * The product's public record outside the repository: a beta.gouv.fr startup page
 * (`content/_startups/<id>.md` in `betagouv/beta.gouv.fr`). This is the raw part a source collects
 * (`RawSnapshot.productRecord`); reading what it says is `parse-product-record.ts`, pure.
 */
export type ProductRecordSource =
  /** Read: the record's Markdown text. */
  | (RecordIdentity & {
      status: 'found';
      /** `owner/name` of the repository (or the folder) it was read from. */
      repository: string;
      /** Path of the record in that repository. */
      path: string;
      text: string;
      /** Date of the last commit touching the record, null when unknown. */
      lastChangedAt: string | null;
      truncated: boolean;
    })
  /** Identified, but nothing could read it (offline without a checkout of the records): linked, not verified. */
  | (RecordIdentity & { status: 'linked' })
  /** The records' repository has no record by that id. */
  | (RecordIdentity & { status: 'unknown-id'; repository: string; path: string })
  /** It could not be read (permission, API fault, a binary or oversized file…), with why. */
  | (RecordIdentity & { status: 'unreadable'; detail: string });

export interface RecordIdentity {
  /** The startup's id (`aides.jeunes`), the record's file name without `.md`. */
  id: string;
  /** How the scan knew it: `product.betagouv` in the config, or a README link to the startup page. */
  identifiedBy: 'config' | 'readme';
  /** The record's public page. */
  url: string;
}

/** Where beta.gouv.fr keeps its records, unless the config names a mirror. */
export const DEFAULT_RECORDS_REPOSITORY = 'betagouv/beta.gouv.fr';

/** A startup id as the records' repository names its files: no path separator, no `..`. */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A link to a startup's page on beta.gouv.fr, `https://beta.gouv.fr/startups/<id>.html` (or without `.html`). */
const STARTUP_LINK =
  /https?:\/\/(?:www\.)?beta\.gouv\.fr\/startups\/([A-Za-z0-9][A-Za-z0-9._-]{0,99}?)(?:\.html)?\/?(?=[\s)\]>"'#?`]|$)/gi;

export function isRecordId(id: string): boolean {
  return RECORD_ID.test(id) && !id.includes('..');
}

/** Path of a record in the records' repository. */
export function recordPath(id: string): string {
  return `content/_startups/${id}.md`;
}

export function recordUrl(id: string): string {
  return `https://beta.gouv.fr/startups/${id}.html`;
}

/** The first startup page a README links to, its id; null when there is none. */
export function startupIdInText(text: string): string | null {
  for (const match of text.matchAll(STARTUP_LINK)) {
    const id = match[1] ?? '';
    if (isRecordId(id)) return id;
  }
  return null;
}

/**
 * Which record the scan should read: `product.betagouv` first (the team has the last word), else
 * the README's link to the startup page. Null when neither names one.
 */
export function identifyProductRecord(
  configuredId: string | null,
  readmeText: string | null,
): RecordIdentity | null {
  if (configuredId !== null && isRecordId(configuredId)) {
    return { id: configuredId, identifiedBy: 'config', url: recordUrl(configuredId) };
  }
  const linked = readmeText === null ? null : startupIdInText(readmeText);
  return linked === null ? null : { id: linked, identifiedBy: 'readme', url: recordUrl(linked) };
}
