/**
 * Running the Action in tests: in process through its seam (`ActionIo`), or bundled, as the runner
 * runs it — Node 24, the runner's environment variables, the files it reads outputs and the job
 * summary from.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type { ActionIo } from '../../src/action/action-io.js';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The `node@24` npm package: the runtime `runs.using: node24` gives the Action. */
export const NODE_24 = join(ROOT, 'node_modules/node/bin/node');
export const BUNDLE = join(ROOT, 'action/dist/index.js');

/** GitHub's webhook payload examples (a JSON package: `require` reads it in any runtime). */
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

/** What an in-process run did, as the runner would have seen it. */
export interface RecordedRun {
  outputs: Record<string, string>;
  warnings: string[];
  failures: string[];
  secrets: string[];
  log: string[];
  summary(): string;
}

/** An `ActionIo` that records everything; inputs are read as `core.getInput` does. */
export function recordingIo(
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  repository: { owner: string; repo: string } | null,
): { io: ActionIo; run: RecordedRun } {
  const run: RecordedRun = {
    outputs: {},
    warnings: [],
    failures: [],
    secrets: [],
    log: [],
    summary: () => core.summary.stringify(),
  };
  core.summary.emptyBuffer();
  const io: ActionIo = {
    getInput: (name) => inputs[name]?.trim() ?? '',
    setOutput: (name, value) => {
      run.outputs[name] = value;
    },
    setSecret: (secret) => run.secrets.push(secret),
    info: (message) => run.log.push(message),
    untrusted: (message) => run.log.push(message),
    warning: (message) => run.warnings.push(message),
    setFailed: (message) => run.failures.push(message),
    startGroup: (name) => run.log.push(`[group] ${name}`),
    endGroup: () => run.log.push('[endgroup]'),
    summary: core.summary,
    env,
    repository: () => repository,
    now: () => new Date(),
  };
  return { io, run };
}

/** A webhook example payload (`push`, …) rewritten to another repository. */
export function eventPayload(event: string, owner: string, name: string): Record<string, unknown> {
  const example = examples.find((entry) => entry.name === event)?.examples[0];
  if (!example) throw new Error(`no webhook example for ${event}`);
  const payload = structuredClone(example) as unknown as Record<string, unknown> & {
    repository: Record<string, unknown> & { owner: Record<string, unknown> };
  };
  payload.repository = {
    ...payload.repository,
    name,
    full_name: `${owner}/${name}`,
    owner: { ...payload.repository.owner, login: owner, name: owner },
  };
  return payload;
}

export interface BundledRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Raw text of the outputs file, to look for what must not be there. */
  outputsText: string;
  summary: string;
  runnerTemp: string;
}

export interface BundledRunOptions {
  apiUrl: string;
  repository: string;
  token: string;
  inputs?: Record<string, string>;
}

/**
 * Runs `action/dist/index.js` under Node 24 with the runner's environment: the event file, the
 * repository, the API URLs, `INPUT_*` (every input of action.yml, defaults filled in as the runner
 * does), `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `RUNNER_TEMP` and `GITHUB_WORKSPACE`. Nothing else
 * of this process's environment leaks in.
 */
export async function runBundledAction(options: BundledRunOptions): Promise<BundledRun> {
  const runner = await mkdtemp(join(tmpdir(), 'product-health-runner-'));
  const [owner = '', name = ''] = options.repository.split('/');
  const files = {
    event: join(runner, 'event.json'),
    output: join(runner, 'output'),
    summary: join(runner, 'step-summary.md'),
  };
  await writeFile(files.event, JSON.stringify(eventPayload('push', owner, name)));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const inputs: Record<string, string> = {
    token: options.token,
    'config-path': '.github/product-health.yml',
    language: '',
    'window-days': '',
    'dry-run': 'false',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: runner,
    RUNNER_TEMP: join(runner, 'temp'),
    ...Object.fromEntries(
      Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
    ),
  };
  const child = spawn(NODE_24, [BUNDLE], { cwd: runner, env, timeout: 60_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const outputsText = await readFile(files.output, 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(outputsText),
    outputsText,
    summary: await readFile(files.summary, 'utf8'),
    runnerTemp: runner,
  };
}

export async function cleanUp(run: BundledRun | null): Promise<void> {
  if (run) await rm(run.runnerTemp, { recursive: true, force: true });
}

/** `GITHUB_OUTPUT`'s format: `name<<DELIMITER`, the value, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}
