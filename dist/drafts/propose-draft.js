import { OPTIONAL_PERMISSIONS } from '../github/github-permissions.js';
import { isRateLimitedError } from '../github/rate-limited-error.js';
import { redactCredentials } from '../issue/write-failure-message.js';
import { templateEngine } from '../render/template-engine.js';
import { DRAFT_GUIDE } from './draft-guide.js';
/** The branch a kind's pull request lives on: one per kind, whatever the ticks. */
export function draftBranch(kind) {
    return `product-health/${kind}`;
}
const DRAFT_MARKER = (kind) => `<!-- product-health:draft:${kind} -->`;
/**
 * Proposes a starter document: one pull request per kind on `product-health/<kind>`, adding the one
 * file (the branch is reset to the base then given one commit, so the pull request never touches
 * anything else). An open one is updated; a closed one is left closed; a merged one ends the step.
 * Without the opt-in, without the permissions, or when a file is already at the path, the starter
 * is posted on the product-health issue in a folded block instead. Never throws.
 */
export async function proposeDraft(input) {
    if (!input.pullRequests)
        return comment(input, 'off');
    const { client, owner, repo } = input;
    const branch = draftBranch(input.kind);
    try {
        const pulls = await client.read('GET /repos/{owner}/{repo}/pulls', {
            owner,
            repo,
            head: `${owner}:${branch}`,
            state: 'all',
            per_page: 100,
        });
        const merged = pulls.find((pull) => pull.merged_at !== null);
        if (merged)
            return { action: 'merged', pullRequest: merged.number };
        const open = pulls.find((pull) => pull.state === 'open');
        const closed = pulls.find((pull) => pull.state === 'closed');
        if (!open && closed)
            return { action: 'left-closed', pullRequest: closed.number };
        if (await fileExists(input))
            return comment(input, 'exists');
        const baseRef = await client.read('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner,
            repo,
            ref: `heads/${input.base}`,
        });
        const baseSha = baseRef.object.sha;
        const branchSha = await refSha(input, branch);
        if (branchSha === null) {
            await client.write('POST /repos/{owner}/{repo}/git/refs', {
                owner,
                repo,
                ref: `refs/heads/${branch}`,
                sha: baseSha,
            });
        }
        else if (branchSha !== baseSha) {
            // Back to the base: the branch then holds one commit, the starter, and nothing else.
            await client.write('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                owner,
                repo,
                ref: `heads/${branch}`,
                sha: baseSha,
                force: true,
            });
        }
        await client.write('PUT /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path: input.path,
            branch,
            message: commitMessage(input),
            content: Buffer.from(input.draft, 'utf8').toString('base64'),
        });
        const title = pullTitle(input);
        const body = pullBody(input);
        if (open) {
            await client.write('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner,
                repo,
                pull_number: open.number,
                title,
                body,
            });
            return { action: 'updated', pullRequest: open.number, branch };
        }
        const created = await client.write('POST /repos/{owner}/{repo}/pulls', {
            owner,
            repo,
            title,
            body,
            head: branch,
            base: input.base,
            maintainer_can_modify: true,
        });
        return { action: 'opened', pullRequest: created.number, branch };
    }
    catch (error) {
        if (!isRateLimitedError(error) && isRefused(error))
            return comment(input, 'permission');
        return { action: 'failed', detail: describe(error) };
    }
}
async function fileExists(input) {
    try {
        await input.client.read('GET /repos/{owner}/{repo}/contents/{path}', {
            owner: input.owner,
            repo: input.repo,
            path: input.path,
            ref: input.base,
        });
        return true;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return false;
        throw error;
    }
}
async function refSha(input, branch) {
    try {
        const ref = await input.client.read('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner: input.owner,
            repo: input.repo,
            ref: `heads/${branch}`,
        });
        return ref.object.sha;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return null;
        throw error;
    }
}
async function comment(input, reason) {
    try {
        await input.client.write('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: input.owner,
            repo: input.repo,
            issue_number: input.issueNumber,
            body: commentBody(input, reason),
        });
        return { action: 'commented', reason };
    }
    catch (error) {
        return { action: 'failed', detail: describe(error) };
    }
}
/** The folded reply: the starter in a fence longer than any run of backticks or tildes it holds. */
export function commentBody(input, reason) {
    let longest = 2;
    for (const run of input.draft.match(/~{3,}|`{3,}/g) ?? [])
        longest = Math.max(longest, run.length);
    return render('drafts/comment.md.liquid', input, {
        reason,
        permissions: OPTIONAL_PERMISSIONS,
        draft: input.draft,
        fence: '~'.repeat(longest + 1),
    });
}
export function pullTitle(input) {
    const titles = {
        vision: { fr: 'Vision produit : un document de départ', en: 'Product vision: a starter document' },
        indicators: { fr: 'Indicateurs : un document de départ', en: 'Indicators: a starter document' },
        roadmap: {
            fr: 'Feuille de route court terme : un document de départ',
            en: 'Short-term roadmap: a starter document',
        },
    };
    return titles[input.kind][input.language];
}
export function pullBody(input) {
    const guide = DRAFT_GUIDE[input.kind];
    return render('drafts/pull-request.md.liquid', input, {
        quote: guide.quote[input.language],
        guideTitle: guide.guide.title[input.language],
        guideUrl: guide.guide.url,
        marker: DRAFT_MARKER(input.kind),
    });
}
function commitMessage(input) {
    return input.language === 'fr'
        ? `Ajoute un document de départ : ${input.path}`
        : `Add a starter document: ${input.path}`;
}
function render(template, input, extra) {
    const text = templateEngine().renderFileSync(template, {
        lang: input.language,
        kindName: DRAFT_GUIDE[input.kind].name[input.language],
        path: input.path,
        ...extra,
    });
    return `${text.trim()}\n`;
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
/**
 * GitHub refuses a write the installation or token may not make with 403 ("Resource not accessible
 * by integration"), and hides what it may not see with 404: both mean a permission is missing.
 */
function isRefused(error) {
    const status = statusOf(error);
    return status === 403 || status === 404;
}
function describe(error) {
    const status = statusOf(error);
    const message = redactCredentials(error instanceof Error ? error.message : String(error));
    return status === null ? message : `GitHub answered ${status}: ${message}`;
}
