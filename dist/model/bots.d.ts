import type { Actor } from './raw-snapshot.js';
/** Why an author was judged a bot, in short English (for metrics), null for a person. */
export type BotReason = 'flag' | 'login' | 'known name' | 'name shape' | 'service address';
/** True for a GitHub App or bot login (`dependabot[bot]`, `renovate[bot]`…). */
export declare function isBotLogin(login: string | null | undefined): boolean;
/** True when the actor is a bot, by GitHub's own flag or by its `[bot]` login. */
export declare function isBotActor(actor: Actor | null | undefined): boolean;
/**
 * Bot commit authors: GitHub Apps (`name[bot]`, `…[bot]@users.noreply.github.com`), well-known
 * bots and agents (release tools, dependency updaters, AI coding agents), names shaped like a
 * machine user (`project-bot`, `Social Groovy Bot`) and service addresses (`noreply@…`).
 */
export declare function isBotAuthor(name: string, email: string | null, login?: string | null): boolean;
export declare function botReason(name: string, email: string | null, login?: string | null): BotReason | null;
