import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { workflowRepository } from './workflow-repository.js';
/** The real runner: `@actions/core`, `@actions/github`'s context, `process.env` and the clock. */
export function toolkitActionIo() {
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
