import { excerpt, plainLines } from './markdown-sections.js';
/** The guide's « Quelques pistes pour matérialiser cette vision », in its order. */
export const VISION_ITEMS = ['purpose', 'users', 'problems', 'solution', 'impact'];
/** Keywords matched against normalised lines (lower case, no accents). */
const ITEM_PATTERNS = {
    users: /\b(utilisat(?:eur|rice)s?|usag(?:er|ere)s?|agents?|citoyen(?:ne)?s?|beneficiaires?|publics? cibles?|cibles?|personas?|particuliers|entreprises|createurs? d entreprises?|entrepreneurs?|independants|professionnel(?:le)?s|patients?|familles|demandeurs? d emploi|collectivites|pour qui|end[- ]users?|users?|citizens?|customers?|clients?|beneficiar(?:y|ies)|target (?:audience|users)|who (?:it|this) is for)\b/,
    problems: /\b(problemes?|problematiques?|besoins?|irritants?|difficultes?|douleurs?|frustrations?|constats?|pain ?points?|problems?|needs?|struggles?|challenges?)\b/,
    solution: /\b(solutions?|propositions? de valeur|differenciante?s?|differenciation|valeur ajoutee|nous (?:proposons|offrons|construisons)|notre (?:offre|reponse)|value proposition|differentiat\w*|unique selling|added value|we (?:offer|provide|build))\b/,
    impact: /\b(impacts?|resultats? attendus?|effets? attendus?|benefices? attendus?|gains? attendus?|changements? attendus?|expected (?:impacts?|outcomes?|results?|benefits?)|outcomes?)\b/,
};
const PURPOSE_PHRASE = /\b(raison d ?etre|notre mission|our mission|nous existons pour|we exist to|exists? to|vis(?:e|ons|ent) a|a pour (?:but|objectif|mission|ambition|vocation)|permet(?:tre|tent)? (?:a|aux|de|d)|aid(?:e|ent|er) (?:les|a|aux)|facilit(?:e|er|ent) |simplifi(?:e|er|ent) |helps? \w+(?: \w+)? to|enables?|allows?|our (?:goal|purpose|aim) is|notre (?:objectif|ambition|but) est|so that|pour que)\b/;
/** Headings after which the first sentence states the product's reason to exist. */
const PURPOSE_HEADING = /\b(vision|mission|raison d ?etre|pitch|en une phrase|in one sentence|pourquoi|why)\b/;
/**
 * Which items of the guide's vision checklist a document covers: purpose in one sentence, users,
 * problems/needs, solution and value proposition, expected impact. Unticked task-list boxes are
 * skipped: a copied template (`- [ ] Préciser qui sont les utilisateurs`) covers nothing yet.
 */
export function visionChecklist(markdown) {
    const lines = plainLines(markdown).filter((line) => line.checkbox !== 'open');
    const evidence = {};
    const purpose = purposeLine(lines);
    if (purpose)
        evidence.purpose = excerpt(purpose.plain);
    for (const item of ['users', 'problems', 'solution', 'impact']) {
        const index = lines.findIndex((line) => ITEM_PATTERNS[item].test(line.normalized));
        const found = lines[index];
        if (!found)
            continue;
        const next = lines[index + 1];
        evidence[item] = excerpt(found.heading && next && !next.heading ? `${found.plain} — ${next.plain}` : found.plain);
    }
    const covered = VISION_ITEMS.filter((item) => evidence[item] !== undefined);
    return { covered, missing: VISION_ITEMS.filter((item) => !covered.includes(item)), evidence };
}
function purposeLine(lines) {
    const phrase = lines.find((line) => !line.heading && words(line) <= 60 && PURPOSE_PHRASE.test(line.normalized));
    if (phrase)
        return phrase;
    // Otherwise a short first paragraph, of the document or right below a vision/mission heading.
    return (lines.find((line, index) => {
        if (line.heading || line.listItem || !isShortStatement(line))
            return false;
        const previous = lines[index - 1];
        return (index === 0 ||
            previous === undefined ||
            (previous.heading && PURPOSE_HEADING.test(previous.normalized)) ||
            lines.slice(0, index).every((l) => l.heading));
    }) ?? null);
}
function isShortStatement(line) {
    const count = words(line);
    const sentences = line.plain.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;
    return count >= 5 && count <= 60 && sentences <= 2;
}
function words(line) {
    return line.plain.split(/\s+/).filter((w) => w !== '').length;
}
