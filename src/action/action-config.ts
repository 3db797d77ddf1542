import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, posix, resolve } from 'node:path';
import { CONFIG_PATH } from '../config/config-path.js';
import { ActionInputError } from './action-inputs.js';

/**
 * The configuration the scan should use for `config-path`. The default path: undefined, so the
 * core reads the repository's file through the API (and follows Probot's convention: the
 * organisation's `.github` repository, `_extends`). Another path: that file of the checkout
 * (`GITHUB_WORKSPACE`), which must be there.
 */
export async function readActionConfig(
  configPath: string,
  workspace: string | undefined,
): Promise<{ file: string; text: string } | undefined> {
  if (posix.normalize(configPath) === CONFIG_PATH) return undefined;
  const base = workspace?.trim() || null;
  if (!base && !isAbsolute(configPath)) {
    throw new ActionInputError(
      `input 'config-path' is '${configPath}' but GITHUB_WORKSPACE is not set: a path other than ${CONFIG_PATH} is read from a checkout of the repository.`,
    );
  }
  const file = base ? resolve(base, configPath) : configPath;
  if (!existsSync(file)) {
    throw new ActionInputError(
      `input 'config-path' is '${configPath}' but there is no such file in the workspace (${base ?? 'no GITHUB_WORKSPACE'}): add an actions/checkout step before this one, fix the path, or leave config-path unset to read ${CONFIG_PATH} through GitHub's API.`,
    );
  }
  return { file: configPath, text: await readFile(file, 'utf8') };
}
