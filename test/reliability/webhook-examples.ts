import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One entry of `@octokit/webhooks-examples`' `index.json`: an event, its actions and example payloads. */
interface WebhookDefinition {
  name: string;
  actions: string[];
  examples: Array<Record<string, unknown>>;
}

export interface WebhookExample {
  /** The event's name, as `X-GitHub-Event` carries it. */
  event: string;
  /** The payload's `action`, when it has one. */
  action: string | null;
  /** Where the package has it: `api.github.com` or `ghes-3x`, and its index there. */
  source: string;
  payload: Record<string, unknown>;
}

/** The package's folders: GitHub.com first, then each GitHub Enterprise Server version. */
const FOLDERS = ['api.github.com', 'ghes-31', 'ghes-32', 'ghes-33', 'ghes-34', 'ghes-35'] as const;

const require = createRequire(import.meta.url);

/**
 * Every example payload `@octokit/webhooks-examples` publishes — GitHub.com's, then those of the
 * Enterprise Server versions that differ from all before them — for every event and action, not
 * only the ones the app listens to.
 */
export function allWebhookExamples(): WebhookExample[] {
  const seen = new Set<string>();
  const examples: WebhookExample[] = [];
  for (const folder of FOLDERS) {
    const definitions = JSON.parse(
      readFileSync(require.resolve(`@octokit/webhooks-examples/${folder}/index.json`), 'utf8'),
    ) as WebhookDefinition[];
    for (const definition of definitions) {
      definition.examples.forEach((payload, index) => {
        const text = `${definition.name}\n${JSON.stringify(payload)}`;
        if (seen.has(text)) return;
        seen.add(text);
        examples.push({
          event: definition.name,
          action: typeof payload.action === 'string' ? payload.action : null,
          source: `${folder}#${definition.name}[${index}]`,
          payload: structuredClone(payload),
        });
      });
    }
  }
  return examples;
}
