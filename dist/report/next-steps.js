/**
 * Ranks the signals worth working on by how much the overall score would gain if each reached 100:
 * the missing points, weighted by the signal's share of its pillar and the pillar's share of the
 * total. Ties keep the signals' order, so the ranking is deterministic.
 */
export function rankNextSteps(candidates, pillarWeights, limit = 3) {
    const scored = candidates.filter((c) => c.score !== null && c.weight > 0);
    const pillarsWithData = new Set(scored.map((c) => c.pillar));
    const totalPillarWeight = [...pillarsWithData].reduce((sum, p) => sum + (pillarWeights[p] ?? 0), 0);
    const gain = (c) => {
        const pillarWeight = scored.filter((s) => s.pillar === c.pillar).reduce((sum, s) => sum + s.weight, 0);
        return (((100 - (c.score ?? 100)) * (c.weight / pillarWeight) * (pillarWeights[c.pillar] ?? 0)) /
            (totalPillarWeight || 1));
    };
    return scored
        .filter((c) => c.status === 'fail' || c.status === 'warn')
        .map((c, index) => ({ id: c.id, gain: gain(c), index }))
        .filter((c) => c.gain > 0)
        .sort((a, b) => b.gain - a.gain || a.index - b.index)
        .slice(0, limit)
        .map((c) => c.id);
}
