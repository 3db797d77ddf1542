import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WebhookDefinition {
  name: string;
  examples: Array<Record<string, unknown>>;
}

export interface WebhookDelivery {
  headers: Record<string, string>;
  body: string;
}

/**
 * GitHub's `installation.created` delivery for an installation of the app on `owner`, built from
 * the published example (`@octokit/webhooks-examples`) and signed with the webhook secret as
 * GitHub signs it (`x-hub-signature-256`).
 */
export function installationCreatedDelivery(options: {
  installationId: number;
  owner: string;
  repositories: string[];
  secret: string;
}): WebhookDelivery {
  const definitions = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as WebhookDefinition[];
  const example = definitions
    .find((definition) => definition.name === 'installation')
    ?.examples.find((candidate) => candidate.action === 'created');
  if (!example) throw new Error('@octokit/webhooks-examples has no installation.created example');
  const payload = structuredClone(example) as {
    installation: { id: number; account: Record<string, unknown> };
    repositories?: Array<Record<string, unknown>>;
    sender: Record<string, unknown>;
  };
  payload.installation.id = options.installationId;
  payload.installation.account = { ...payload.installation.account, login: options.owner };
  payload.repositories = options.repositories.map((name, index) => ({
    id: index + 1,
    node_id: `R_${index + 1}`,
    name,
    full_name: `${options.owner}/${name}`,
    private: false,
  }));
  payload.sender = { ...payload.sender, login: `${options.owner}-admin` };
  const body = JSON.stringify(payload);
  const signature = createHmac('sha256', options.secret).update(body).digest('hex');
  return {
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'installation',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${signature}`,
    },
    body,
  };
}
