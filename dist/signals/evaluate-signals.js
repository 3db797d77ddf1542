import { adjustForContext, productContextOf, } from '../product-record/product-context.js';
import { SIGNALS } from './index.js';
import { notApplicableResult } from './outcome.js';
/** Runs every signal on the snapshot. Pure; a signal that throws becomes `unknown`, never a crash. */
export function evaluateSignals(snapshot, config, signals = SIGNALS) {
    const now = new Date(snapshot.now);
    const context = productContextOf(snapshot, config);
    return signals.map((definition) => {
        const thresholds = { ...definition.defaults, ...config.thresholds[definition.id] };
        if (snapshot.repository.archived) {
            const result = notApplicableResult({
                fr: 'Dépôt archivé : le produit n’évolue plus ici, il n’y a rien à mesurer.',
                en: 'Archived repository: the product no longer evolves here, there is nothing to measure.',
            }, { archived: true });
            return { definition, thresholds, result, disabled: false };
        }
        if (config.disabledSignals.includes(definition.id)) {
            const result = notApplicableResult({ fr: 'Signal désactivé dans la configuration.', en: 'Signal switched off in the configuration.' }, { disabled: true });
            return { definition, thresholds, result, disabled: true };
        }
        const result = safeEvaluate(definition, { snapshot, config, thresholds, now });
        const inContext = adjustForContext(definition.id, result, context, thresholds);
        return inContext
            ? {
                definition,
                thresholds,
                result: inContext.result,
                disabled: false,
                adjustment: inContext.adjustment,
            }
            : { definition, thresholds, result, disabled: false };
    });
}
function safeEvaluate(definition, context) {
    try {
        return definition.evaluate(context);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
            status: 'unknown',
            score: null,
            metrics: { error: detail.slice(0, 200) },
            evidence: [],
            measured: {
                fr: `Le signal n’a pas pu être évalué (erreur interne : ${detail.slice(0, 200)}).`,
                en: `The signal could not be evaluated (internal error: ${detail.slice(0, 200)}).`,
            },
            advice: null,
        };
    }
}
