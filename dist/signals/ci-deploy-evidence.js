import { loadYaml, YAML_LIMITS } from '../util/load-yaml.js';
/** Actions that deploy (`uses:`), by their owner/name. */
const DEPLOY_ACTION = /deploy|gh-pages|scalingo|clever-?cloud|heroku|netlify|vercel|superfly\/flyctl/i;
/** Shell commands that deploy (`run:`). */
const DEPLOY_COMMAND = /\b(kubectl\s+(apply|rollout|set\s+image)|helm\s+(upgrade|install)|scalingo\b.*\bdeploy|clever\s+deploy|fly(ctl)?\s+deploy|vercel\b.*--prod|netlify\s+deploy|firebase\s+deploy|cf\s+push|gcloud\s+(app|run)\s+deploy|git\s+push\s+\S*(scalingo|heroku|dokku|clever))/i;
const JENKINS_STAGE = /\bstage\s*\(\s*['"]([^'"]+)['"]/g;
/** Reads a GitHub Actions workflow: its name or file, production environments, deploy steps. */
export function analyseWorkflow(path, text, patterns) {
    const deploy = patterns.workflow.test(path) ? ['file name'] : [];
    const doc = parseYaml(text);
    if (!doc.ok)
        return { path, parsed: false, yamlError: doc.yamlError, deploy };
    const root = asRecord(doc.value);
    if (typeof root?.name === 'string' && patterns.workflow.test(root.name))
        deploy.push(`name ${root.name}`);
    for (const [id, value] of Object.entries(asRecord(root?.jobs) ?? {})) {
        const job = asRecord(value);
        if (!job)
            continue;
        const environment = environmentName(job.environment);
        if (environment && patterns.production.test(environment))
            deploy.push(`environment ${environment}`);
        const jobName = typeof job.name === 'string' ? job.name : id;
        if (patterns.workflow.test(id) || patterns.workflow.test(jobName))
            deploy.push(`job ${id}`);
        for (const step of Array.isArray(job.steps) ? job.steps : []) {
            const { uses, run } = asRecord(step) ?? {};
            if (typeof uses === 'string' && DEPLOY_ACTION.test(uses))
                deploy.push(`uses ${uses}`);
            if (typeof run === 'string' && DEPLOY_COMMAND.test(run))
                deploy.push(`run ${run.match(DEPLOY_COMMAND)?.[0]}`);
        }
    }
    return { path, parsed: true, yamlError: false, deploy: [...new Set(deploy)] };
}
/** Reads another CI definition (GitLab, CircleCI, Woodpecker…, or a Jenkinsfile) for deploy jobs. */
export function analyseCiFile(path, text, patterns) {
    if (/(^|\/)Jenkinsfile$/.test(path)) {
        if (text === null)
            return { path, parsed: false, yamlError: false, deploy: [] };
        const stages = [...text.matchAll(JENKINS_STAGE)].map((m) => m[1] ?? '');
        const deploy = stages.filter((stage) => patterns.workflow.test(stage)).map((stage) => `stage ${stage}`);
        if (DEPLOY_COMMAND.test(text))
            deploy.push(`run ${text.match(DEPLOY_COMMAND)?.[0]}`);
        return { path, parsed: true, yamlError: false, deploy: [...new Set(deploy)] };
    }
    const doc = parseYaml(text);
    if (!doc.ok)
        return { path, parsed: false, yamlError: doc.yamlError, deploy: [] };
    const deploy = [];
    walk(doc.value, (key, value) => {
        if (key === 'environment') {
            const environment = environmentName(value);
            if (environment && patterns.production.test(environment))
                deploy.push(`environment ${environment}`);
        }
        else if (key === 'stage' && typeof value === 'string' && patterns.workflow.test(value)) {
            deploy.push(`stage ${value}`);
        }
        else if (asRecord(value) && patterns.workflow.test(key)) {
            deploy.push(`job ${key}`);
        }
        else if (key === 'script' || key === 'run' || key === 'commands') {
            const command = commandText(value).match(DEPLOY_COMMAND)?.[0];
            if (command !== undefined)
                deploy.push(`run ${command}`);
        }
    });
    return { path, parsed: true, yamlError: false, deploy: [...new Set(deploy)] };
}
/** Unreadable text is not a YAML error; a document refused by the loader's limits is one. */
function parseYaml(text) {
    if (text === null)
        return { ok: false, yamlError: false };
    const result = loadYaml(text);
    return result.ok ? { ok: true, value: result.value } : { ok: false, yamlError: true };
}
/** A YAML mapping as a record; null for anything else (a list, a scalar, null). */
export function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : null;
}
/** `environment: production` or `environment: { name: production }`. */
export function environmentName(value) {
    if (typeof value === 'string')
        return value;
    const name = asRecord(value)?.name;
    return typeof name === 'string' ? name : null;
}
/**
 * Calls `visit` with each key and value of each mapping under `value`, depth first. A node shared
 * through YAML aliases is walked once: what `visit` finds depends only on the key and the value, so
 * walking it again would find nothing new.
 */
function walk(value, visit) {
    const walked = new Set();
    const step = (node, depth) => {
        if (typeof node !== 'object' || node === null || walked.has(node) || depth > YAML_LIMITS.maxDepth)
            return;
        if (walked.size >= YAML_LIMITS.maxNodes)
            return;
        walked.add(node);
        if (Array.isArray(node)) {
            for (const item of node)
                step(item, depth + 1);
            return;
        }
        for (const [key, child] of Object.entries(node)) {
            visit(key, child);
            step(child, depth + 1);
        }
    };
    step(value, 0);
}
/** Longest command text searched for a deploy command in one `script`, `run` or `commands` value. */
const MAX_COMMAND_CHARS = 64 * 1024;
/** The strings under a `script`, `run` or `commands` value, one a line, each shared node read once. */
function commandText(value) {
    const lines = [];
    const read = new Set();
    let chars = 0;
    const collect = (node, depth) => {
        if (chars >= MAX_COMMAND_CHARS || depth > YAML_LIMITS.maxDepth)
            return;
        if (typeof node === 'string') {
            lines.push(node.slice(0, MAX_COMMAND_CHARS - chars));
            chars += node.length + 1;
            return;
        }
        if (typeof node !== 'object' || node === null || read.has(node))
            return;
        read.add(node);
        for (const child of Array.isArray(node) ? node : Object.values(node))
            collect(child, depth + 1);
    };
    collect(value, 0);
    return lines.join('\n');
}
