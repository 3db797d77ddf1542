import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { workflowRepository } from './workflow-repository.js';

/** A row of `core.summary.addTable`: cells are HTML. */
export type SummaryTableRow = Array<
  string | { data: string; header?: boolean; colspan?: string; rowspan?: string }
>;

/** The part of `core.summary` the Action writes with (a real `core.summary` fits). */
export interface JobSummary {
  addHeading(text: string, level?: number | string): JobSummary;
  addRaw(text: string, addEOL?: boolean): JobSummary;
  addTable(rows: SummaryTableRow[]): JobSummary;
  addList(items: string[], ordered?: boolean): JobSummary;
  stringify(): string;
  write(): Promise<unknown>;
}

/**
 * The outside world of the Action, injected so that its modules are tested without a runner: the
 * toolkit's commands, the environment, the repository the workflow runs for, and the clock.
 */
export interface ActionIo {
  /** An input as `core.getInput` reads it: trimmed, `''` when not given. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(secret: string): void;
  info(message: string): void;
  /**
   * Prints text made of repository content (an issue body): a line of it that looks like a
   * workflow command (`::add-mask::`, `::warning::`, `::stop-commands::`…) is shown, never run.
   */
  untrusted(message: string): void;
  warning(message: string): void;
  setFailed(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  summary: JobSummary;
  env: Readonly<Record<string, string | undefined>>;
  /** The workflow's repository (`GITHUB_REPOSITORY`, else the event's); null when unknown. */
  repository(): { owner: string; repo: string } | null;
  /** The event that started the workflow (`issues`, `schedule`…) and its payload; absent: not known. */
  event?(): { name: string; payload: unknown } | null;
  now(): Date;
}

/** The real runner: `@actions/core`, `@actions/github`'s context, `process.env` and the clock. */
export function toolkitActionIo(): ActionIo {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    info: (message) => core.info(message),
    untrusted: (message) => {
      // The runner ignores workflow commands between these lines; the token cannot be guessed by
      // the text, so the text cannot resume them.
      const token = randomUUID();
      core.info(`::stop-commands::${token}`);
      core.info(message);
      core.info(`::${token}::`);
    },
    warning: (message) => core.warning(message),
    setFailed: (message) => core.setFailed(message),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    summary: core.summary,
    env: process.env,
    repository: () => workflowRepository(process.env, context.payload),
    event: () => (context.eventName ? { name: context.eventName, payload: context.payload } : null),
    now: () => new Date(),
  };
}
