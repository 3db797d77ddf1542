import { unknownResult } from '../signals/outcome.js';
import { daysBetween, isoDay } from '../util/dates.js';
import { documentKindsOfPath, isDocumentCandidate, isRootReadme } from './document-candidates.js';
import { CONFIDENCE_RANK, searchDocuments, } from './find-documents.js';
/** Candidates with text to judge (not a bare address). */
export function hasText(doc) {
    return doc.location !== 'declared-url' && doc.location !== 'link';
}
/**
 * The pipeline shared by the document signals: find the documents of `kind`, return early when there
 * is no text, judge the joined text, then add freshness, linked URLs, common metrics and evidence.
 */
export function evaluateDocumentSignal({ snapshot, config, thresholds, now }, kind, judge, 
/** Candidates from outside the repository (a product record), ranked with the detected ones. */
external = []) {
    const search = searchDocuments(snapshot, kind, config, external);
    const early = resultWithoutText(search, snapshot, kind, thresholds.declaredUrlScore, thresholds.linkedUrlScore);
    if (early)
        return early;
    const docs = search.documents.filter(hasText);
    const freshness = documentsFreshness(docs, now, thresholds.maxAgeDays);
    const judgement = judge(docs.map((doc) => doc.text).join('\n\n'), docs, freshness);
    const missingDeclared = missingDeclaredText(search.missingDeclared);
    const capped = capByConfidence(judgement, docs);
    const links = search.documents.filter((doc) => doc.location === 'link');
    const urls = [...new Set([...links.map((doc) => doc.url ?? ''), ...linkedUrls(docs)])].slice(0, 5);
    // A text too thin to judge that links a live page: the page is "linked, not verified", never
    // stale by the age of the text that links it.
    const onlyLinks = capped.status === 'fail' && urls.length > 0;
    const age = freshnessText(onlyLinks ? { ...freshness, stale: false } : freshness, thresholds.maxAgeDays);
    const judged = linkedUrlsFallback({
        status: capped.status,
        score: capped.score,
        measured: {
            fr: `${judgement.measured.fr}${capped.note.fr} ${age.fr}${missingDeclared.fr}`,
            en: `${judgement.measured.en}${capped.note.en} ${age.en}${missingDeclared.en}`,
        },
    }, urls, thresholds.linkedUrlScore);
    return {
        status: judged.status,
        score: judged.score,
        metrics: {
            documents: docs.length,
            ...judgement.metrics,
            ageDays: freshness.ageDays,
            lastChangedAt: freshness.lastChangedAt,
            stale: freshness.stale && !onlyLinks,
            missingDeclared: search.missingDeclared,
            linkedUrls: urls,
        },
        evidence: [
            ...documentsEvidence(search.documents),
            ...(judged.status === capped.status
                ? []
                : urls
                    .filter((ref) => !links.some((doc) => doc.url === ref))
                    .map((ref) => ({ kind: 'url', ref }))),
        ],
        measured: judged.measured,
        advice: withDeclaredFix(onlyLinks ? LINKED_ADVICE[kind] : judgement.advice, search, kind),
    };
}
/**
 * At most `warn` when every candidate with text is only `medium` (a README lead, a package's
 * document, a presentation section): it is where the team writes about the product, not a document
 * it keeps for that purpose. `note` (with a leading space) says so, or is empty.
 */
function capByConfidence(judgement, docs) {
    const best = Math.min(...docs.map((doc) => CONFIDENCE_RANK[doc.confidence]));
    if (best < CONFIDENCE_RANK.medium || judgement.status !== 'pass') {
        return { status: judgement.status, score: judgement.score, note: { fr: '', en: '' } };
    }
    return {
        status: 'warn',
        score: Math.min(judgement.score, 70),
        note: {
            fr: ' Trouvé seulement dans des textes qui ne sont pas un document dédié (au plus « à surveiller » tant que l’équipe ne le déclare pas).',
            en: ' Found only in texts that are not a dedicated document (at most “warn” until the team declares it).',
        },
    };
}
/** How a document appears in a report's evidence. */
export function documentEvidence(doc) {
    if (doc.location === 'declared-url')
        return { kind: 'url', ref: doc.url ?? '', declared: true };
    if (doc.location === 'link')
        return { kind: 'url', ref: doc.url ?? '', ...(doc.heading ? { label: doc.heading } : {}) };
    if (doc.location === 'record')
        return { kind: 'url', ref: doc.url ?? '', label: doc.heading ?? doc.path ?? doc.url ?? '' };
    if (doc.location === 'section')
        return { kind: 'section', ref: `${doc.path}#${doc.heading}` };
    return { kind: 'file', ref: doc.path ?? '' };
}
/**
 * A short name for a document in a sentence, with why it was taken when detected:
 * `VISION.md`, `README.md › Vision`, `README.md › introduction (README lead text)`, or the URL.
 */
export function documentLabel(doc, language = 'en') {
    const why = doc.confidence === 'declared' || doc.confidence === 'high' ? '' : ` (${doc.reason[language]})`;
    if (doc.location === 'declared-url')
        return doc.url ?? '';
    if (doc.location === 'link') {
        const from = language === 'fr' ? 'lié depuis' : 'linked from';
        return `${doc.url}${doc.heading ? ` « ${doc.heading} »` : ''} (${from} ${doc.path})`;
    }
    if (doc.location === 'section')
        return `${doc.path} › ${doc.heading}${why}`;
    if (doc.location === 'record')
        return `${doc.url ?? doc.path ?? ''} (${doc.reason[language]})`;
    if (doc.location === 'lead')
        return `${doc.path} › ${language === 'fr' ? 'introduction' : 'lead'}${why}`;
    return `${doc.path ?? ''}${why}`;
}
/** Evidence for the documents found, best first, at most ten. */
export function documentsEvidence(docs) {
    return docs.slice(0, 10).map(documentEvidence);
}
/** Longest address kept as a linked page; anything longer is no page a team links to (and would bloat the report). */
const MAX_URL_CHARS = 2_048;
/** An address to an issue, pull request or discussion, up to its number. */
const ISSUE_URL = /^https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/(?:issues|pull|discussions)\/\d+/i;
/** External pages the documents link to (images left out), first five: where a section points to a stats page or a wiki. */
export function linkedUrls(docs) {
    const urls = docs.flatMap((doc) => 
    // No bracket inside the image's parts: a text of a thousand `![` is read in one pass.
    [...doc.text.replace(/!\[[^[\]]*\]\([^()]*\)/g, '').matchAll(/https?:\/\/[^\s)>\]"'`]+/g)].map((m) => linkedUrl(m[0])));
    return [...new Set(urls.filter((url) => url.length <= MAX_URL_CHARS))].slice(0, 5);
}
/**
 * An address as written in prose, the way GitHub reads it: without the punctuation that ends the
 * sentence (`…/stats.`), and an issue's address without what is glued after its number
 * (`…/issues/5!`), so that it is recognised (and linked without a backlink) as the issue it names.
 */
function linkedUrl(written) {
    const url = written.replace(/[?!.,:;*_~]+$/, '');
    const issue = ISSUE_URL.exec(url)?.[0];
    if (issue === undefined || issue.length === url.length || /^[/#?]/.test(url.slice(issue.length)))
        return url;
    return issue;
}
/**
 * A document too thin to judge that links to an outside page is not "nothing": the outcome is
 * `warn` at `linkedUrlScore`, and what was measured says the link was not verified.
 */
export function linkedUrlsFallback(result, urls, linkedUrlScore) {
    if (result.status !== 'fail' || urls.length === 0)
        return result;
    const list = urls.join(', ');
    return {
        status: 'warn',
        score: Math.max(result.score, linkedUrlScore),
        measured: {
            fr: `${result.measured.fr} Le document renvoie vers ${list} (non vérifié).`,
            en: `${result.measured.en} The document links to ${list} (not verified).`,
        },
    };
}
/** How recently the documents changed (the last commit touching their files); an unknown date is never stale. */
export function documentsFreshness(docs, now, maxAgeDays) {
    const dates = docs.flatMap((doc) => doc.lastChangedAt && !Number.isNaN(Date.parse(doc.lastChangedAt)) ? [doc.lastChangedAt] : []);
    if (dates.length === 0)
        return { lastChangedAt: null, ageDays: null, stale: false };
    const lastChangedAt = dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
    const ageDays = Math.max(0, Math.floor(daysBetween(lastChangedAt, now)));
    return { lastChangedAt, ageDays, stale: ageDays > maxAgeDays };
}
export function freshnessText(freshness, maxAgeDays) {
    if (freshness.lastChangedAt === null || freshness.ageDays === null) {
        return {
            fr: 'Date de dernière modification inconnue : fraîcheur non évaluée.',
            en: 'Last change date unknown: freshness not assessed.',
        };
    }
    const day = isoDay(freshness.lastChangedAt);
    return freshness.stale
        ? {
            fr: `Dernière modification le ${day}, plus de ${maxAgeDays} jours avant l’analyse.`,
            en: `Last changed on ${day}, more than ${maxAgeDays} days before the scan.`,
        }
        : {
            fr: `Dernière modification le ${day}.`,
            en: `Last changed on ${day}.`,
        };
}
const KIND_TEXT = {
    vision: {
        name: { fr: 'Document de vision', en: 'Vision document' },
        none: { fr: 'Aucun document de vision trouvé', en: 'No vision document found' },
        write: { fr: 'Écrire la vision du produit', en: 'Write down the product vision' },
    },
    indicators: {
        name: { fr: 'Document d’indicateurs', en: 'Indicators document' },
        none: { fr: 'Aucun document d’indicateurs trouvé', en: 'No indicators document found' },
        write: {
            fr: 'Écrire les objectifs et indicateurs du produit',
            en: 'Write down the product’s objectives and indicators',
        },
    },
    roadmap: {
        name: { fr: 'Feuille de route', en: 'Roadmap' },
        none: { fr: 'Aucune feuille de route trouvée', en: 'No roadmap found' },
        write: {
            fr: 'Écrire une feuille de route court terme (3 à 6 mois)',
            en: 'Write a short-term roadmap (3 to 6 months)',
        },
    },
};
const WHERE_WE_LOOK = {
    vision: {
        fr: 'un fichier `VISION.md` (ou `docs/produit/vision.md`, `FICHEPRODUIT.md`…) ou une section « Vision » / « Notre vision » / « Raison d’être » du README',
        en: 'a `VISION.md` file (or `docs/product/vision.md`, `FICHEPRODUIT.md`…) or a "Vision" / "Our vision" / "Mission" section of the README',
    },
    indicators: {
        fr: 'un fichier `INDICATEURS.md`, `KPI.md`, `STATS.md` (ou sous `docs/`) ou une section « Indicateurs » / « Impact » du README',
        en: 'an `INDICATEURS.md`, `KPI.md`, `METRICS.md` or `STATS.md` file (or under `docs/`) or an "Indicators" / "Impact" / "KPIs" section of the README',
    },
    roadmap: {
        fr: 'un fichier `ROADMAP.md` ou `FEUILLE-DE-ROUTE.md` (ou sous `docs/`) ou une section « Feuille de route » / « Roadmap » / « Prochaines étapes » du README',
        en: 'a `ROADMAP.md` or `FEUILLE-DE-ROUTE.md` file (or under `docs/`) or a "Roadmap" / "Next steps" section of the README',
    },
};
/**
 * The outcome when there is no text to analyse: `unknown` when the files could not be listed (or a
 * declared file could not be read), `fail` when nothing is found, a capped `pass` when only external
 * URLs are declared ("declared, not verified"). Null when there is a document to analyse.
 */
export function resultWithoutText(search, snapshot, kind, declaredUrlScore, linkedUrlScore = 50) {
    const text = KIND_TEXT[kind];
    if (search.documents.some(hasText))
        return null;
    const urls = search.documents.filter((doc) => doc.location === 'declared-url');
    const links = search.documents.filter((doc) => doc.location === 'link');
    const missing = missingDeclaredText(search.missingDeclared);
    const configEvidence = search.missingDeclared.map((entry) => ({ kind: 'config', ref: entry }));
    if (urls.length > 0) {
        const list = urls.map((doc) => documentLabel(doc)).join(', ');
        return {
            status: 'pass',
            score: Math.min(declaredUrlScore, 100),
            metrics: {
                documents: urls.length,
                declaredUrls: urls.length,
                verified: false,
                missingDeclared: search.missingDeclared,
            },
            evidence: [...documentsEvidence(urls), ...configEvidence],
            measured: {
                fr: `${text.name.fr} déclaré hors du dépôt : ${list} (déclaré, non vérifié).${missing.fr}`,
                en: `${text.name.en} declared outside the repository: ${list} (declared, not verified).${missing.en}`,
            },
            advice: search.missingDeclared.length > 0 ? fixDeclaredAdvice(kind) : null,
        };
    }
    if (links.length > 0)
        return linkedOnlyResult(kind, links, search, linkedUrlScore);
    const unreadable = search.unreadableDeclared[0]?.part ?? unreadableCandidate(snapshot, kind);
    if (unreadable)
        return unknownResult(text.name, unreadable);
    if (!snapshot.files.available && search.missingDeclared.length === 0) {
        return unknownResult(text.name, snapshot.files);
    }
    const where = WHERE_WE_LOOK[kind];
    return {
        status: 'fail',
        score: 0,
        metrics: { documents: 0, missingDeclared: search.missingDeclared },
        evidence: configEvidence,
        measured: {
            fr: `${text.none.fr} dans le dépôt.${missing.fr}`,
            en: `${text.none.en} in the repository.${missing.en}`,
        },
        advice: search.missingDeclared.length > 0
            ? fixDeclaredAdvice(kind)
            : {
                fr: `${text.write.fr} dans le dépôt : ${where.fr}. Si ce document existe déjà ailleurs, le déclarer dans \`.github/product-health.yml\` sous \`documents.${kind}\` (chemin du dépôt ou URL).`,
                en: `${text.write.en} in the repository: ${where.en}. If it already lives elsewhere, declare it in \`.github/product-health.yml\` under \`documents.${kind}\` (a repository path or a URL).`,
            },
    };
}
/** What the documents are about, for "linked, not verified" advice. */
const LINKED_ADVICE = {
    vision: {
        fr: 'La vision est seulement liée : en reprendre l’essentiel dans le README (raison d’être, utilisateurs, problèmes, solution, impact attendu), ou déclarer la page sous `documents.vision` dans `.github/product-health.yml` pour qu’elle soit affichée comme déclarée.',
        en: 'The vision is only linked: restate its essentials in the README (purpose, users, problems, solution, expected impact), or declare the page under `documents.vision` in `.github/product-health.yml` so it is shown as declared.',
    },
    indicators: {
        fr: 'Les indicateurs sont seulement liés : écrire à côté les objectifs qu’ils servent et des cibles chiffrées (« augmentation de 20 % de la satisfaction »), ou déclarer la page sous `documents.indicators` si elle les porte déjà.',
        en: 'The indicators are only linked: write next to them the objectives they serve and measurable targets (“+20% user satisfaction”), or declare the page under `documents.indicators` if it already carries them.',
    },
    roadmap: {
        fr: 'La feuille de route est seulement liée : la déclarer sous `documents.roadmap` dans `.github/product-health.yml`.',
        en: 'The roadmap is only linked: declare it under `documents.roadmap` in `.github/product-health.yml`.',
    },
};
/** Only pages linked from the README or the contribution guide: `warn`, linked, not verified. */
function linkedOnlyResult(kind, links, search, linkedUrlScore) {
    const name = KIND_TEXT[kind].name;
    const list = (language) => links.map((doc) => documentLabel(doc, language)).join(', ');
    const missing = missingDeclaredText(search.missingDeclared);
    return {
        status: 'warn',
        score: linkedUrlScore,
        metrics: {
            documents: 0,
            linkedPages: links.length,
            verified: false,
            linkedUrls: links.map((doc) => doc.url ?? ''),
            missingDeclared: search.missingDeclared,
        },
        evidence: documentsEvidence(links),
        measured: {
            fr: `${name.fr} : seulement une page liée, ${list('fr')} (lié, non vérifié).${missing.fr}`,
            en: `${name.en}: only a linked page, ${list('en')} (linked, not verified).${missing.en}`,
        },
        advice: withDeclaredFix(LINKED_ADVICE[kind], search, kind),
    };
}
/**
 * A candidate document of this kind (or a README) that could not be read for a reason other than
 * its absence: "none found" would then be a guess, so the signal is unknown.
 */
function unreadableCandidate(snapshot, kind) {
    for (const [path, part] of Object.entries(snapshot.contents)) {
        if (part.available || part.reason === 'not-found' || part.reason === 'too-large')
            continue;
        if (!isDocumentCandidate(path))
            continue;
        const kinds = documentKindsOfPath(path);
        if (isRootReadme(path) || kinds.includes(kind) || kinds.length === 0)
            return part;
    }
    return null;
}
/** A sentence (with a leading space) naming declared documents that are not in the repository, or ''. */
export function missingDeclaredText(missing) {
    if (missing.length === 0)
        return { fr: '', en: '' };
    const list = missing.map((entry) => `\`${entry}\``).join(', ');
    return {
        fr: ` Document déclaré introuvable dans le dépôt : ${list}.`,
        en: ` Declared document not found in the repository: ${list}.`,
    };
}
/** The advice, plus a request to fix the configuration when declared documents are missing. */
export function withDeclaredFix(advice, search, kind) {
    if (search.missingDeclared.length === 0)
        return advice;
    const fix = fixDeclaredAdvice(kind);
    return advice ? { fr: `${advice.fr} ${fix.fr}`, en: `${advice.en} ${fix.en}` } : fix;
}
function fixDeclaredAdvice(kind) {
    return {
        fr: `Corriger \`documents.${kind}\` dans \`.github/product-health.yml\` : le fichier (ou la section \`#…\`) déclaré est introuvable dans le dépôt.`,
        en: `Fix \`documents.${kind}\` in \`.github/product-health.yml\`: the declared file (or \`#…\` section) is not in the repository.`,
    };
}
