import type { Actor } from '../model/raw-snapshot.js';

/** True for a GitHub App or bot login (`dependabot[bot]`, `renovate[bot]`…). */
export function isBotLogin(login: string | null | undefined): boolean {
  return typeof login === 'string' && /\[bot\]$/i.test(login.trim());
}

/** True when the actor is a bot, by GitHub's own flag or by its `[bot]` login. */
export function isBotActor(actor: Actor | null | undefined): boolean {
  return actor != null && (actor.isBot || isBotLogin(actor.login));
}
