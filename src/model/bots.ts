import type { Actor } from './raw-snapshot.js';

const BOT_NAMES =
  /^(dependabot|dependabot-preview|renovate|renovate-bot|renovatebot|github-actions|greenkeeper|snyk-bot|pre-commit-ci|mergify|imgbot|allcontributors|semantic-release-bot)$/i;

/** True for a GitHub App or bot login (`dependabot[bot]`, `renovate[bot]`…). */
export function isBotLogin(login: string | null | undefined): boolean {
  return typeof login === 'string' && /\[bot\]$/i.test(login.trim());
}

/** True when the actor is a bot, by GitHub's own flag or by its `[bot]` login. */
export function isBotActor(actor: Actor | null | undefined): boolean {
  return actor != null && (actor.isBot || isBotLogin(actor.login));
}

/** Bot commit authors: GitHub Apps (`name[bot]`, `…[bot]@users.noreply.github.com`) and well-known bots. */
export function isBotAuthor(name: string, email: string | null): boolean {
  if (isBotLogin(name) || BOT_NAMES.test(name.trim())) return true;
  return email !== null && /\[bot\]@users\.noreply\.github\.com$/i.test(email.trim());
}
