import { documentCandidatePaths } from '../documents/document-candidates.js';
import { isChangelogFile } from '../signals/changelog-entries.js';
/** Most files a collector reads for one scan. */
export const MAX_FILES_TO_READ = 400;
/**
 * Files (root, one or two folders down for a monorepo's apps, or `folder/*.json` patterns) whose presence means the repository is deployed
 * automatically by a PaaS on push: Heroku/Scalingo, Netlify, Vercel, Fly.io, Render, Clever Cloud,
 * Platform.sh.
 */
export const PAAS_DEPLOY_FILES = [
    'Procfile',
    'Procfile.*',
    '*/Procfile',
    '*/*/Procfile',
    '.buildpacks',
    '*/.buildpacks',
    '.slugignore',
    '.slugignore.*',
    'scalingo.json',
    'app.json',
    'netlify.toml',
    'vercel.json',
    'fly.toml',
    'render.yaml',
    'clevercloud/*.json',
    '.platform.app.yaml',
];
const PAAS_DEPLOY_PATTERNS = PAAS_DEPLOY_FILES.map(globToRegExp);
const CI_DEFINITION_PATTERNS = [
    /^\.gitlab-ci\.ya?ml$/,
    /^\.circleci\/config\.ya?ml$/,
    /^Jenkinsfile$/,
    /^\.travis\.ya?ml$/,
    /^azure-pipelines\.ya?ml$/,
    /^bitbucket-pipelines\.ya?ml$/,
    /^\.woodpecker\.ya?ml$/,
    /^\.woodpecker\/[^/]+\.ya?ml$/,
];
const FEEDBACK_PATTERNS = [
    /^\.github\/ISSUE_TEMPLATE\/[^/]+$/i,
    /^\.gitlab\/issue_templates\/[^/]+\.md$/i,
    /^(\.github\/|docs\/)?ISSUE_TEMPLATE\.md$/i,
    /^\.github\/DISCUSSION_TEMPLATE\/[^/]+$/i,
    /^(\.github\/|docs\/)?(SUPPORT|CONTACT)\.md$/i,
];
/** Files whose sentences may say which branch reaches production (CONTRIBUTING, a deployment doc). */
const DEPLOY_DOC = /^(\.github\/|docs\/)?(CONTRIBUTING|DEPLOY(MENT)?|DEPLOIEMENT|DÉPLOIEMENT|\d-d[ée]ploiement)[^/]*\.md$/i;
export function isDeployDocFile(path) {
    return DEPLOY_DOC.test(path);
}
/** GitHub Actions workflow definitions. */
export function isWorkflowFile(path) {
    return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
/** CI definitions of other forges and CI services. */
export function isCiDefinitionFile(path) {
    return CI_DEFINITION_PATTERNS.some((pattern) => pattern.test(path));
}
/** True when the path alone says the repository auto-deploys on a PaaS (see `PAAS_DEPLOY_FILES`). */
export function isPaasDeployFile(path) {
    // `Procfile.dev` and the like run processes on a laptop, not on the PaaS.
    if (/(^|\/)Procfile\.(dev|development|local|test)$/i.test(path))
        return false;
    return PAAS_DEPLOY_PATTERNS.some((pattern) => pattern.test(path));
}
function isFeedbackFile(path) {
    return FEEDBACK_PATTERNS.some((pattern) => pattern.test(path));
}
/**
 * Paths whose contents a scan needs: product document candidates, CI and workflow definitions,
 * issue/discussion templates, support pages and PaaS descriptors. Sorted, without duplicates, at
 * most `MAX_FILES_TO_READ`. When over the cap, the automation and feedback files win over document
 * candidates (they are few, and each one decides a signal), then candidates in their given order.
 */
export function selectFilesToRead(paths, config) {
    const selected = new Set();
    const add = (path) => {
        if (selected.size < MAX_FILES_TO_READ)
            selected.add(path);
    };
    for (const path of [...paths].sort()) {
        if (isWorkflowFile(path) ||
            isCiDefinitionFile(path) ||
            isPaasDeployFile(path) ||
            isFeedbackFile(path) ||
            isChangelogFile(path) ||
            isDeployDocFile(path)) {
            add(path);
        }
    }
    for (const path of documentCandidatePaths(paths, config))
        add(path);
    return [...selected].sort();
}
function globToRegExp(glob) {
    const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
    return new RegExp(`^${escaped}$`);
}
