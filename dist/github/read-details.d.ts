import type { KnownIssue } from '../issue/known-issue.js';
import { type Part } from '../model/part.js';
import type { FileContent, Issue } from '../model/raw-snapshot.js';
import type { ProductRecordSource } from '../product-record/product-record-source.js';
import type { GitHubClient } from './github-client.js';
import { type RecordRequest } from './product-record-part.js';
import { type ScanPagers } from './scan-pagers.js';
export interface DetailsInput {
    owner: string;
    name: string;
    since: string;
    head: string | null;
    files: string[];
    datedFiles: string[];
    feedbackLabels: string[] | null;
    healthLabel: string | null;
    restartHistory: boolean;
    pagers: ScanPagers;
    maintainersOnly: boolean;
    /** The product's public record, read in the first request (no request of its own). */
    record?: RecordRequest | null;
}
/**
 * Reads what the overview could not: file texts and dates, feedback issues, the product-health
 * issue, the next pages of the connections the window still covers, and comments past the first
 * page when no response was found in it. One request per round, as many rounds as needed.
 */
export declare function readDetails(client: GitHubClient, input: DetailsInput): Promise<{
    contents: Record<string, Part<FileContent>>;
    issues: Part<Issue[]>;
    health: Part<KnownIssue[]>;
    healthAfter: string | null;
    record: ProductRecordSource | null;
}>;
