import { CONFIG_PATH } from '../config/config-path.js';
import { LANGUAGES, type Language } from '../model/ids.js';

/** The Action's inputs, checked. */
export interface ActionInputs {
  token: string;
  /** `.github/product-health.yml` (read through the API) or another file of the checkout. */
  configPath: string;
  /** Report language; undefined: the configuration's, else French. */
  language: Language | undefined;
  /** Days of history; undefined: the configuration's, else 90. */
  windowDays: number | undefined;
  /** Work out the writes without sending them. */
  dryRun: boolean;
  /** Compare every repository of the workflow repository's owner and keep the overview issue. */
  overview: boolean;
  /** Where the overview issue lives; null: the owner's `.github` repository. */
  overviewRepository: { owner: string; repo: string } | null;
}

/** An input the workflow got wrong; its message says which and what to write instead. */
export class ActionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionInputError';
  }
}

export const MIN_WINDOW_DAYS = 7;
export const MAX_WINDOW_DAYS = 730;

/**
 * Reads and checks the inputs of `action.yml`. `getInput` reads one as `core.getInput` does
 * (trimmed, `''` when absent): an absent input takes the same default as in `action.yml`, so the
 * Action behaves the same when run outside a runner.
 */
export function readActionInputs(getInput: (name: string) => string): ActionInputs {
  const token = getInput('token');
  if (token === '') {
    throw new ActionInputError(
      "input 'token' is empty: leave it unset (the workflow's GITHUB_TOKEN is used) or pass a token from a secret that is set.",
    );
  }
  return {
    token,
    configPath: getInput('config-path') || CONFIG_PATH,
    language: parseLanguage(getInput('language')),
    windowDays: parseWindowDays(getInput('window-days')),
    dryRun: parseBoolean('dry-run', getInput('dry-run')),
    overview: parseBoolean('overview', getInput('overview')),
    overviewRepository: parseOverviewRepository(getInput('overview-repository')),
  };
}

/** `OWNER/REPO`, as GitHub spells logins and repository names; `''`: the owner's `.github`. */
function parseOverviewRepository(value: string): { owner: string; repo: string } | null {
  if (value === '') return null;
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value);
  const [, owner = '', repo = ''] = match ?? [];
  if (!match || repo === '.' || repo === '..') {
    throw new ActionInputError(
      `input 'overview-repository' is '${value}': expected OWNER/REPO (for example my-org/.github), or leave it empty to use the owner's .github repository.`,
    );
  }
  return { owner, repo };
}

function parseLanguage(value: string): Language | undefined {
  if (value === '') return undefined;
  const language = LANGUAGES.find((known) => known === value.toLowerCase());
  if (!language) {
    throw new ActionInputError(
      `input 'language' is '${value}': expected ${LANGUAGES.join(' or ')}, or leave it empty to use the configuration's language (else fr).`,
    );
  }
  return language;
}

function parseWindowDays(value: string): number | undefined {
  if (value === '') return undefined;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < MIN_WINDOW_DAYS || days > MAX_WINDOW_DAYS) {
    throw new ActionInputError(
      `input 'window-days' is '${value}': expected a whole number of days between ${MIN_WINDOW_DAYS} and ${MAX_WINDOW_DAYS}, or leave it empty to use the configuration's (else 90).`,
    );
  }
  return days;
}

/** YAML 1.2's booleans, as `core.getBooleanInput` accepts them; empty is false. */
function parseBoolean(name: string, value: string): boolean {
  if (value === '' || ['false', 'False', 'FALSE'].includes(value)) return false;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  throw new ActionInputError(`input '${name}' is '${value}': expected true or false.`);
}
