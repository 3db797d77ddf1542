import { PILLAR_IDS } from '../model/ids.js';
import { gradeOf } from './grade.js';
/**
 * A pillar is the weighted mean of its applicable, known signals; the overall score the weighted
 * mean of the pillars that have data. Unknown and not-applicable never count as zero.
 */
export const weightedMeanScorer = (signals, pillarWeights) => {
    const pillars = PILLAR_IDS.map((id) => {
        const own = signals.filter((s) => s.pillar === id);
        const scored = own.filter((s) => s.score !== null && s.weight > 0);
        const score = weightedMean(scored.map((s) => [s.score, s.weight]));
        const applicable = own.filter((s) => s.status !== 'not-applicable' && s.weight > 0).length;
        return {
            id,
            score,
            grade: score === null ? null : gradeOf(score),
            scoredSignals: scored.length,
            totalSignals: own.length,
            applicableSignals: applicable,
            partial: score !== null && scored.length < applicable,
        };
    });
    const score = weightedMean(pillars
        .filter((p) => p.score !== null && (pillarWeights[p.id] ?? 0) > 0)
        .map((p) => [p.score, pillarWeights[p.id]]));
    const weighted = pillars.filter((p) => (pillarWeights[p.id] ?? 0) > 0);
    const scoredSignals = weighted.reduce((sum, p) => sum + p.scoredSignals, 0);
    const applicableSignals = weighted.reduce((sum, p) => sum + p.applicableSignals, 0);
    return {
        score,
        grade: score === null ? null : gradeOf(score),
        pillars,
        scoredSignals,
        applicableSignals,
        partial: score !== null && scoredSignals < applicableSignals,
    };
};
function weightedMean(pairs) {
    const totalWeight = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    if (totalWeight === 0)
        return null;
    return Math.round(pairs.reduce((sum, [value, weight]) => sum + value * weight, 0) / totalWeight);
}
