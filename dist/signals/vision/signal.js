import { documentLabel, documentPlaces, evaluateDocumentSignal, } from '../../documents/document-signal.js';
import { VISION_ITEMS, visionChecklist } from '../../documents/vision-checklist.js';
import { clamp } from '../../util/stats.js';
import { joinSteps, loadSignalData, quoteFact, signalBasics, signalMessages } from '../signal-data.js';
const DATA = loadSignalData('vision');
const message = signalMessages(DATA);
export const visionSignal = {
    ...signalBasics(DATA),
    evaluate(context) {
        const { thresholds } = context;
        return evaluateDocumentSignal(context, 'vision', (text, docs, freshness) => {
            const checklist = visionChecklist(text);
            const covered = checklist.covered.length;
            // A sentence giving the product's purpose is the guide's first item: a start, never "nothing".
            const started = covered >= thresholds.warnItems || checklist.covered.includes('purpose');
            let status = covered >= thresholds.passItems ? 'pass' : started ? 'warn' : 'fail';
            if (freshness.stale && status === 'pass')
                status = 'warn';
            const score = clamp(Math.round((covered / VISION_ITEMS.length) * 100) - (freshness.stale ? thresholds.stalePenalty : 0), 0, 100);
            const where = (language) => docs.map((doc) => documentLabel(doc, language)).join(', ');
            const names = (language) => checklist.covered.map((item) => message('item', { item })[language]).join(', ');
            return {
                status,
                score,
                measured: message('measured', (language) => ({
                    where: where(language),
                    covered,
                    total: VISION_ITEMS.length,
                    names: names(language),
                })),
                metrics: {
                    itemsCovered: covered,
                    itemsTotal: VISION_ITEMS.length,
                    coveredItems: [...checklist.covered],
                    missingItems: [...checklist.missing],
                },
                advice: advice(checklist, freshness.stale, context.thresholds.maxAgeDays, (language) => documentPlaces(docs, language)),
            };
        });
    },
};
function advice(checklist, stale, maxAgeDays, where) {
    const steps = [];
    if (checklist.missing.length > 0) {
        const purpose = checklist.evidence.purpose;
        steps.push(message('advice-complete', (language) => ({
            where: where(language),
            purpose: purpose ? quoteFact(purpose, 100) : 'none',
            missing: checklist.missing.map((item) => message('item-advice', { item })[language]).join(' '),
        })));
    }
    if (stale)
        steps.push(message('advice-stale', (language) => ({ where: where(language), maxAgeDays })));
    return joinSteps(steps);
}
