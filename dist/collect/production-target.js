import { analyseWorkflow, asRecord, environmentName } from '../signals/ci-deploy-evidence.js';
import { configPattern } from '../signals/config-pattern.js';
import { loadYaml } from '../util/load-yaml.js';
import { isDeployDocFile, isPaasDeployFile, isWorkflowFile } from './select-files.js';
/** Environment, workflow, job and branch names that are not production (staging, previews, tests). */
const NOT_PRODUCTION = /pr[eé][-_ ]?prod|staging|stage\b|recette|preview|review|sandbox|d[eé]mo\b|\bdev\b|develop|test|qa\b|uat\b|integration|pull[-_ ]?request|\bpr\b|\bpr[-_]|[-_]pr\b/i;
const PRODUCTION_WORD = /prod(uction)?\b|\bprod|\bmep\b|mise en production|\blive\b/i;
/** Branch names that only reach staging, left out when a workflow also deploys another branch. */
const STAGING_BRANCH = /^(dev|develop|development|staging|stage|preprod|pre-prod|recette|demo|sandbox|test|testing|qa|uat|next|beta|preview)$/i;
const DOC_SENTENCE_BRANCH = /(?:branche|branch)\s+[`'"«“]?\s*([\w./-]+)\s*[`'"»”]?|[`'"«“]([\w./-]+)[`'"»”]\s+(?:branch|branche)/gi;
/**
 * The production target: config first (`deployments.branch`, `deployments.tags`), then workflows
 * that deploy to production (by trigger), then a sentence in CONTRIBUTING or a deployment doc,
 * then a PaaS descriptor (the default branch). Null when nothing says.
 */
export function findProductionTarget(files, contents, config, defaultBranch) {
    const declared = config.deployments;
    if (declared.tags) {
        return {
            kind: 'tags',
            pattern: declared.tags,
            via: 'config',
            trigger: `deployments.tags: ${declared.tags}`,
            evidence: [],
        };
    }
    if (declared.branch) {
        return {
            kind: 'branch',
            branch: declared.branch,
            via: 'config',
            trigger: `deployments.branch: ${declared.branch}`,
            evidence: [],
        };
    }
    return (fromWorkflows(files, contents, config, defaultBranch) ??
        fromDocs(files, contents) ??
        fromPaas(files, defaultBranch));
}
function text(contents, path) {
    const part = contents[path];
    return part?.available ? part.value.text : null;
}
function fromWorkflows(files, contents, config, defaultBranch) {
    const patterns = {
        production: configPattern(config.deployments.productionEnvironment),
        workflow: configPattern(config.deployments.workflow),
    };
    const all = [];
    for (const path of files.filter(isWorkflowFile).sort()) {
        const source = text(contents, path);
        if (source === null)
            continue;
        const parsed = loadYaml(source);
        const root = parsed.ok ? asRecord(parsed.value) : null;
        if (root)
            all.push({ path, root });
    }
    const byName = new Map();
    for (const { root } of all) {
        if (typeof root.name === 'string')
            byName.set(root.name, triggerOf(root));
    }
    const deploying = [];
    for (const { path, root } of all) {
        const analysis = analyseWorkflow(path, text(contents, path), patterns);
        const jobs = Object.entries(asRecord(root.jobs) ?? {});
        const reusableDeploy = jobs.some(([, job]) => {
            const uses = asRecord(job)?.uses;
            return typeof uses === 'string' && /deploy|prod/i.test(uses);
        });
        if (analysis.deploy.length === 0 && !reusableDeploy)
            continue;
        const name = typeof root.name === 'string' ? root.name : null;
        const label = `${path} ${name ?? ''}`;
        const productionJobs = jobs.filter(([id, value]) => isProductionJob(id, asRecord(value), patterns.production));
        const whole = PRODUCTION_WORD.test(label) && !NOT_PRODUCTION.test(label);
        const staging = !whole && NOT_PRODUCTION.test(label) && productionJobs.length === 0;
        if (staging)
            continue;
        const jobIfs = productionJobs.map(([, value]) => asRecord(value)?.if);
        const jobBranches = jobIfs.flatMap((condition) => typeof condition === 'string'
            ? [...condition.matchAll(/refs\/heads\/([\w./-]+)/g)].map((match) => match[1] ?? '')
            : []);
        const jobTags = jobIfs.some((condition) => typeof condition === 'string' && /refs\/tags\//.test(condition));
        let trigger = triggerOf(root);
        for (const upstream of trigger.workflowRun) {
            const before = byName.get(upstream);
            if (before)
                trigger = mergeTriggers(trigger, before);
        }
        deploying.push({
            path,
            name,
            trigger,
            jobBranches: [...new Set(jobBranches.filter(Boolean))],
            jobTags,
            production: whole || productionJobs.length > 0,
        });
    }
    const ranked = [...deploying.filter((w) => w.production), ...deploying.filter((w) => !w.production)];
    for (const workflow of ranked) {
        const target = targetOf(workflow, defaultBranch);
        if (target)
            return target;
    }
    return null;
}
function isProductionJob(id, job, production) {
    if (!job)
        return false;
    const environment = environmentName(job.environment);
    if (environment !== null && production.test(environment) && !NOT_PRODUCTION.test(environment))
        return true;
    const name = `${id} ${typeof job.name === 'string' ? job.name : ''}`;
    return PRODUCTION_WORD.test(name) && !NOT_PRODUCTION.test(name);
}
function targetOf(workflow, defaultBranch) {
    const { trigger, path } = workflow;
    const via = 'workflow';
    const evidence = [path];
    const upstream = trigger.workflowRun.length > 0 ? ` (workflow_run: ${trigger.workflowRun.join(', ')})` : '';
    if (workflow.jobTags || (trigger.tags.length > 0 && trigger.branches.length === 0)) {
        const pattern = trigger.tags[0] ?? '*';
        return { kind: 'tags', pattern, via, trigger: `on.push.tags: ${pattern}${upstream}`, evidence };
    }
    let branches = trigger.branches.filter((branch) => !/[*?[]/.test(branch) || branch === '**');
    if (workflow.jobBranches.length > 0) {
        const restricted = branches.filter((branch) => workflow.jobBranches.includes(branch));
        branches = restricted.length > 0 || branches.length === 0 ? workflow.jobBranches : restricted;
    }
    const notStaging = branches.filter((branch) => !STAGING_BRANCH.test(branch));
    if (notStaging.length > 0)
        branches = notStaging;
    const branch = branches.find((name) => name === defaultBranch) ??
        branches.find((name) => /^(main|master|prod|production|release)$/i.test(name)) ??
        branches[0];
    if (branch !== undefined && branch !== '**') {
        return { kind: 'branch', branch, via, trigger: `on.push.branches: ${branch}${upstream}`, evidence };
    }
    if (trigger.release) {
        return { kind: 'tags', pattern: '*', via, trigger: 'on.release', evidence };
    }
    return null;
}
/** `on:` as a string, a list or a mapping (YAML 1.1 readers may turn the key `on` into `true`). */
function triggerOf(root) {
    const on = root.on ?? root.true;
    const trigger = { branches: [], tags: [], release: false, workflowRun: [] };
    const events = typeof on === 'string'
        ? { [on]: null }
        : Array.isArray(on)
            ? Object.fromEntries(on.filter((e) => typeof e === 'string').map((e) => [e, null]))
            : (asRecord(on) ?? {});
    for (const [event, value] of Object.entries(events)) {
        const settings = asRecord(value);
        if (event === 'push') {
            trigger.branches.push(...strings(settings?.branches));
            trigger.tags.push(...strings(settings?.tags));
        }
        else if (event === 'release') {
            trigger.release = true;
        }
        else if (event === 'workflow_run') {
            trigger.workflowRun.push(...strings(settings?.workflows));
            trigger.branches.push(...strings(settings?.branches));
        }
    }
    return trigger;
}
function mergeTriggers(a, b) {
    return {
        branches: [...new Set([...a.branches, ...b.branches])],
        tags: [...new Set([...a.tags, ...b.tags])],
        release: a.release || b.release,
        workflowRun: a.workflowRun,
    };
}
function fromDocs(files, contents) {
    for (const path of files.filter(isDeployDocFile).sort()) {
        const source = text(contents, path);
        if (source === null)
            continue;
        for (const sentence of source.split(/(?<=[.!?])\s+|\n\s*\n/)) {
            if (!PRODUCTION_WORD.test(sentence) || !/d[ée]ploi|deploy|mise en prod|ship/i.test(sentence))
                continue;
            const named = [...sentence.matchAll(DOC_SENTENCE_BRANCH)]
                .map((match) => match[1] ?? match[2] ?? '')
                .filter((branch) => branch !== '' && !STAGING_BRANCH.test(branch));
            const branch = named[0];
            if (branch !== undefined) {
                return {
                    kind: 'branch',
                    branch,
                    via: 'docs',
                    trigger: `${path}: “${sentence.trim().slice(0, 160)}”`,
                    evidence: [path],
                };
            }
        }
    }
    return null;
}
function fromPaas(files, defaultBranch) {
    // A Netlify file alone often serves previews only: it is the weakest descriptor, used last.
    const descriptors = files.filter(isPaasDeployFile).sort();
    const strong = descriptors.filter((path) => !/(^|\/)netlify\.toml$/.test(path));
    const chosen = strong.length > 0 ? strong : descriptors;
    if (chosen.length === 0 || defaultBranch === null)
        return null;
    return {
        kind: 'branch',
        branch: defaultBranch,
        via: 'paas',
        trigger: `${chosen.slice(0, 3).join(', ')} → ${defaultBranch}`,
        evidence: chosen.slice(0, 5),
    };
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/** A workflow's tag pattern (`v*`, `release-*`, `**`) as a test on tag names. */
export function tagPatternTest(pattern) {
    if (pattern === '*' || pattern === '**')
        return () => true;
    const source = pattern
        .split('**')
        .map((part) => part
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '.'))
        .join('.*');
    let expression;
    try {
        expression = new RegExp(`^${source}$`);
    }
    catch {
        return (name) => name === pattern;
    }
    return (name) => expression.test(name);
}
