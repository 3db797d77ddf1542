import type { ProductHealthConfig } from '../config/config.js';
import type { Part } from '../model/part.js';
import type { FileContent } from '../model/raw-snapshot.js';
/**
 * What reaches production, read from the repository's own words: a branch (every push to it
 * deploys) or a tag pattern (every matching tag deploys). Pure: the sources call it to know which
 * branch's history to read, the deployment-frequency signal to count and to explain.
 */
export type ProductionTarget = {
    kind: 'branch';
    branch: string;
    via: TargetVia;
    trigger: string;
    evidence: string[];
} | {
    kind: 'tags';
    pattern: string;
    via: TargetVia;
    trigger: string;
    evidence: string[];
};
/** How the target was found: declared in config, a workflow's trigger, a sentence in the docs, a PaaS descriptor. */
export type TargetVia = 'config' | 'workflow' | 'docs' | 'paas';
/**
 * The production target: config first (`deployments.branch`, `deployments.tags`), then workflows
 * that deploy to production (by trigger), then a sentence in CONTRIBUTING or a deployment doc,
 * then a PaaS descriptor (the default branch). Null when nothing says.
 */
export declare function findProductionTarget(files: readonly string[], contents: Record<string, Part<FileContent>>, config: ProductHealthConfig, defaultBranch: string | null): ProductionTarget | null;
/** A workflow's tag pattern (`v*`, `release-*`, `**`) as a test on tag names. */
export declare function tagPatternTest(pattern: string): (name: string) => boolean;
