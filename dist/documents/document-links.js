import { normalizeText } from './markdown-sections.js';
/** Longest address kept; anything longer is no page a team links to. */
const MAX_URL_CHARS = 2_048;
/** Links read per document: a generated file of a million links is no guide to read. */
const MAX_LINKS = 500;
/** `[text](url)` (no nested brackets, so one pass per line), `<url>` autolinks and bare addresses. */
const INLINE_LINK = /(!?)\[([^[\]]{0,1000})\]\(\s{0,20}<?([^()\s<>]{1,4096})>?(?:\s{1,20}"[^"]{0,500}")?\s{0,20}\)/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/g;
const BARE_URL = /(?<![(<\w/])(https?:\/\/[^\s)>\]"'`]+)/g;
/** Bounded parts (RFC 5321 lengths), so a line of a million word characters is read in one pass. */
// The whole host, and not followed by `:` — `dokku@host:app`, `git@host:owner/repo` are git
// remotes, not addresses.
const BARE_EMAIL = /(?<![\w.+:/@-])([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24})(?![\w@:-]|\.[\w-])/gi;
/** Hosts where a path names code, not a page users read: only the link's text can say what it is. */
const CODE_HOSTS = /^(?:www\.)?(?:github\.com|gitlab\.[a-z.]+|gitlab\.com|framagit\.org|bitbucket\.org)$/i;
/** Words (normalised) in a link's text or address that name each target. */
const TEXT_PATTERNS = {
    indicators: /\b(stats?|statistiques?|statistics|impact|impacts|indicateurs?|kpis?|tableaux? de bord|dashboards?|donnees d (?:usage|utilisation|impact)|usage (?:data|statistics)|metriques|metrics|analytics|mesure d impact)\b/,
    vision: /\b(fiches? (?:produit|du (?:produit|service)|startup|start up)|a propos|about(?: us)?|qui sommes nous|presentation du (?:produit|service)|notre (?:vision|mission)|our (?:vision|mission)|product (?:sheet|page|brief))\b/,
    contact: /\b(contact(?:ez|er)?(?:[ -]nous)?|nous (?:ecrire|contacter)|ecrivez nous|support|assistance|service desk|helpdesk|help desk|signaler un probleme|report a problem|crisp|zammad|zendesk|freshdesk|tchap|chat|gitter|discord|mattermost|slack)\b/,
    forum: /\b(forum|forums|communaute|community|discussions?|ouvr(?:ir|ez) (?:un ticket|une issue)|open an issue)\b/,
    help: /\b(faq|foire aux questions|questions frequentes|centre d aide|help cent(?:er|re)|aide en ligne|documentation utilisateur|guide d utilisation|user guide)\b/,
};
/** Address parts (host labels, path segments) that name each target on a site that is not a code host. */
const URL_PATTERNS = {
    indicators: /(?:^|[./-])(?:stats?|statistiques?|statistics|impact|indicateurs|kpis?|dashboards?|tableau-de-bord|analytics)(?=$|[./?#-])/,
    vision: /(?:^|[./])(?:a-propos|apropos|about|qui-sommes-nous|fiche-produit)(?=$|[./?#])/,
    help: /(?:^|[./-])(?:faq|aide|help|support)(?=$|[./?#-])/,
    // A whole label or segment: `community-edition` is a product's name, not a place to talk.
    forum: /(?:^|[./-])(?:forum|community|communaute|discourse)(?=$|[./?#])/,
    contact: /(?:^|[./-])(?:contact|crisp|zammad|zendesk|freshdesk|gitter|discord|mattermost|tchap)(?=$|[./?#-])/,
};
/** A product's page on beta.gouv.fr (`/startups/<id>.html`): its public record, a vision source. */
const BETAGOUV_STARTUP = /^https?:\/\/(?:www\.)?beta\.gouv\.fr\/startups\/[\w.-]+/i;
/** Forms and discussion boards of a code host, where users can leave a request. */
const CODE_HOST_FORUM = /\/(?:issues\/new|discussions)(?:[/?#]|$)/i;
/**
 * The links of a Markdown document (images and badges left out), each with what it points at.
 * Pure and linear in the text's length.
 */
export function documentLinks(markdown) {
    const links = [];
    const lines = markdown.split(/\r?\n/);
    let fence = false;
    for (let index = 0; index < lines.length && links.length < MAX_LINKS; index++) {
        const line = lines[index] ?? '';
        if (/^ {0,3}(?:`{3,}|~{3,})/.test(line)) {
            fence = !fence;
            continue;
        }
        if (fence)
            continue;
        const seen = new Set();
        const push = (url, text) => {
            const clean = url.replace(/[?!.,:;*_~]+$/, '');
            if (clean.length > MAX_URL_CHARS || seen.has(clean))
                return;
            seen.add(clean);
            links.push({ url: clean, text, line: index + 1, targets: linkTargets(clean, text) });
        };
        // A badge (`[![…](img)](url)`) is decoration: its image and its target are skipped.
        const withoutBadges = line.replace(/\[!\[[^[\]]*\]\([^()]*\)\]\([^()]*\)/g, ' ');
        for (const match of withoutBadges.matchAll(INLINE_LINK)) {
            if (match[1] === '!')
                continue;
            const url = match[3] ?? '';
            if (/^(?:https?:|mailto:)/i.test(url))
                push(url, plainText(match[2] ?? ''));
        }
        const outsideLinks = withoutBadges.replace(INLINE_LINK, ' ');
        for (const match of outsideLinks.matchAll(AUTOLINK))
            push(match[1] ?? '', '');
        const prose = outsideLinks.replace(AUTOLINK, ' ');
        for (const match of prose.matchAll(BARE_URL))
            push(match[1] ?? '', '');
        if (prose.includes('@')) {
            // Inline code is commands and paths (`git push dokku@host`), never an address to write to.
            const words = prose.replace(BARE_URL, ' ').replace(/`[^`]*`/g, ' ');
            for (const match of words.matchAll(BARE_EMAIL))
                push(`mailto:${match[1]}`, '');
        }
    }
    return links;
}
/** What a link points at, from its address and its text (`[Statistiques](…/stats)` → indicators). */
export function linkTargets(url, text) {
    const targets = new Set();
    if (/^mailto:/i.test(url))
        targets.add('contact');
    if (BETAGOUV_STARTUP.test(url))
        targets.add('vision');
    const address = parseUrl(url);
    const codeHost = address !== null && CODE_HOSTS.test(address.host);
    // On a code host, a text like `product-stats` is a repository's name, not what the page shows.
    const identifier = codeHost && /^[^\s]*[-_/][^\s]*$/.test(text.trim());
    const normalizedText = identifier ? '' : normalizeText(text);
    for (const [target, pattern] of Object.entries(TEXT_PATTERNS)) {
        if (pattern.test(normalizedText))
            targets.add(target);
    }
    if (address && codeHost) {
        if (CODE_HOST_FORUM.test(address.path))
            targets.add('forum');
    }
    else if (address && addressSpeaks(text)) {
        const parts = `${address.host}${decodeSafely(address.path).toLowerCase()}`;
        for (const [target, pattern] of Object.entries(URL_PATTERNS)) {
            if (pattern.test(parts))
                targets.add(target);
        }
    }
    return [...targets];
}
/**
 * Whether the address may say what the page is: when the text is empty, an address itself, or a
 * generic word or two (`voir`, `ici`). A text of real words (`Streamline Icons Premium License`)
 * that names nothing the product looks for is trusted over a `help.` host.
 */
function addressSpeaks(text) {
    const trimmed = text.trim();
    if (trimmed === '' || /^\S+\.\S+$/.test(trimmed))
        return true;
    return trimmed.split(/\s+/).length <= 2;
}
function parseUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            return null;
        return { host: parsed.hostname.toLowerCase(), path: `${parsed.pathname}${parsed.search}` };
    }
    catch {
        return null;
    }
}
function decodeSafely(path) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}
function plainText(text) {
    return text
        .replace(/[*_`]{1,3}/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
