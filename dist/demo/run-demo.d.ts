import type { ScannedRepository } from '../app/scan-installation-repository.js';
import type { Comparison } from '../compare/comparison.js';
import { type SampleRepository } from '../simulated-github/generate-organisation.js';
export interface DemoOptions {
    owner: string;
    repositories: number;
    seed: number;
    now: Date;
    /** Longest wait for the scans, in milliseconds. */
    timeoutMs: number;
}
export interface DemoRepository {
    sample: SampleRepository;
    /** The scan the app ran, null for a repository it left out (archived) or could not scan. */
    scanned: ScannedRepository | null;
    /** The product-health issue as it stands in the simulated GitHub, null when none was written. */
    issue: {
        number: number;
        body: string;
    } | null;
}
export interface DemoResult {
    repositories: DemoRepository[];
    /** What a coach's `product-health compare` gives once the app has kept every issue. */
    comparison: Comparison;
    /** Repositories whose scan failed, with the logged reason. */
    failures: string[];
    githubUrl: string;
    appUrl: string;
    elapsedMs: number;
    requests: number;
}
/**
 * The newcomer's demo: a simulated GitHub with a sample organisation on loopback, the real app
 * server (Probot's node middleware with the product-health app) pointed at it like a GitHub
 * Enterprise Server, one signed `installation.created` webhook over HTTP — then the app scans every
 * repository and writes every product-health issue, as it would on a real organisation.
 */
export declare function runDemo(options: DemoOptions): Promise<DemoResult>;
