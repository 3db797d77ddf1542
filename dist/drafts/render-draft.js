import { isUrl } from '../documents/document-candidates.js';
import { templateEngine } from '../render/template-engine.js';
export const DRAFT_KINDS = ['vision', 'indicators', 'roadmap'];
/** Where the product guide's teams usually keep each document (French names: the guide's language). */
export const USUAL_DRAFT_PATHS = {
    vision: 'docs/produit/vision.md',
    indicators: 'docs/produit/indicateurs.md',
    roadmap: 'docs/produit/feuille-de-route.md',
};
export function isDraftKind(value) {
    return DRAFT_KINDS.includes(value);
}
/**
 * Where a starter document goes: the first repository path the configuration declares for its kind
 * (`documents.vision: [docs/vision.md]`; URLs and `path#section` entries cannot take a new file),
 * else the usual place.
 */
export function draftPath(kind, config) {
    const declared = config.documents[kind].find((entry) => !isUrl(entry) && !entry.includes('#'));
    const path = declared
        ?.trim()
        .replace(/^(\.\/|\/)+/, '')
        .replace(/\/+$/, '');
    return path && /\.(md|markdown)$/i.test(path) && !path.split('/').includes('..')
        ? path
        : USUAL_DRAFT_PATHS[kind];
}
/** The starter document of a kind, in a language, pre-filled from `facts`, from `templates/drafts/`. */
export function renderDraft(kind, facts, language) {
    const text = templateEngine().renderFileSync(`drafts/${kind}.md.liquid`, {
        facts,
        lang: language,
    });
    return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
