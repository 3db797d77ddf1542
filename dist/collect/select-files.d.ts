import type { ProductHealthConfig } from '../config/config.js';
/** Most files a collector reads for one scan. */
export declare const MAX_FILES_TO_READ = 400;
/**
 * Files (root, one or two folders down for a monorepo's apps, or `folder/*.json` patterns) whose presence means the repository is deployed
 * automatically by a PaaS on push: Heroku/Scalingo, Netlify, Vercel, Fly.io, Render, Clever Cloud,
 * Platform.sh.
 */
export declare const PAAS_DEPLOY_FILES: readonly string[];
export declare function isDeployDocFile(path: string): boolean;
/** GitHub Actions workflow definitions. */
export declare function isWorkflowFile(path: string): boolean;
/** CI definitions of other forges and CI services. */
export declare function isCiDefinitionFile(path: string): boolean;
/** True when the path alone says the repository auto-deploys on a PaaS (see `PAAS_DEPLOY_FILES`). */
export declare function isPaasDeployFile(path: string): boolean;
/**
 * Paths whose contents a scan needs: product document candidates, CI and workflow definitions,
 * issue/discussion templates, support pages and PaaS descriptors. Sorted, without duplicates, at
 * most `MAX_FILES_TO_READ`. When over the cap, the automation and feedback files win over document
 * candidates (they are few, and each one decides a signal), then candidates in their given order.
 */
export declare function selectFilesToRead(paths: readonly string[], config: ProductHealthConfig): string[];
