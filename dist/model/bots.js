const BOT_NAMES = /^(dependabot|dependabot-preview|renovate|renovate-bot|renovatebot|github-actions|greenkeeper|snyk-bot|pre-commit-ci|mergify|imgbot|allcontributors|semantic-release-bot|release-please|changeset-bot|weblate|transifex|copilot|copilot-swe-agent|claude|claude code|codex|devin|devin-ai-integration|cursor agent|cursoragent|openhands|sweep|sweep-ai|jules|google-labs-jules|coderabbitai|gitlab ci|gitlab-ci)$/i;
/** Names shaped like a machine user: `…-bot`, `… bot`, `bot-…`, `…_bot`, `…[bot]`. */
const BOT_NAME_SHAPE = /(^|[\s_-])bot($|[\s_-])|\[bot\]$/i;
/**
 * Addresses of services and agents, never of a person: `noreply@…`, `no-reply@…`, `bot@…`,
 * `…-bot@…`, GitHub Actions' own address, AI agents' commit addresses. A person's
 * `ID+login@users.noreply.github.com` is not one of them (unless the login is a bot's).
 */
const SERVICE_EMAIL = /^(no-?reply|do-?not-?reply|bot|robot|ci|automation|actions?|release|deploy)(\+[^@]*)?@|^[^@]*[-_.]bot(\+[^@]*)?@|^action@github\.com$|^noreply@(github\.com|anthropic\.com|openai\.com)$|@(cursor\.com|cursor\.sh|all-hands\.dev|devin\.ai|cognition\.ai)$/i;
const NOREPLY = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i;
/** True for a GitHub App or bot login (`dependabot[bot]`, `renovate[bot]`…). */
export function isBotLogin(login) {
    return typeof login === 'string' && /\[bot\]$/i.test(login.trim());
}
/** True when the actor is a bot, by GitHub's own flag or by its `[bot]` login. */
export function isBotActor(actor) {
    return actor != null && (actor.isBot || isBotLogin(actor.login));
}
/**
 * Bot commit authors: GitHub Apps (`name[bot]`, `…[bot]@users.noreply.github.com`), well-known
 * bots and agents (release tools, dependency updaters, AI coding agents), names shaped like a
 * machine user (`project-bot`, `Social Groovy Bot`) and service addresses (`noreply@…`).
 */
export function isBotAuthor(name, email, login = null) {
    return botReason(name, email, login) !== null;
}
export function botReason(name, email, login = null) {
    const trimmed = name.trim();
    if (isBotLogin(login) || isBotLogin(trimmed))
        return 'login';
    if (BOT_NAMES.test(trimmed) || (login !== null && BOT_NAMES.test(login)))
        return 'known name';
    if (BOT_NAME_SHAPE.test(trimmed) || (login !== null && BOT_NAME_SHAPE.test(login)))
        return 'name shape';
    if (email === null)
        return null;
    const address = email.trim();
    const noreplyLogin = NOREPLY.exec(address)?.[1];
    if (noreplyLogin !== undefined) {
        if (isBotLogin(noreplyLogin))
            return 'login';
        if (BOT_NAMES.test(noreplyLogin))
            return 'known name';
        return BOT_NAME_SHAPE.test(noreplyLogin) ? 'name shape' : null;
    }
    return SERVICE_EMAIL.test(address) ? 'service address' : null;
}
