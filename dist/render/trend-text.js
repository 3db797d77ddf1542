/** `↗ +5 depuis 2026-05-01` / `↘ -3 since 2026-05-01`; empty without a trend. */
export function trendText(trend, language) {
    if (!trend)
        return '';
    const arrow = trend.change > 0 ? '↗' : trend.change < 0 ? '↘' : '→';
    const change = trend.change > 0 ? `+${trend.change}` : `${trend.change}`;
    return `${arrow} ${change} ${language === 'fr' ? 'depuis' : 'since'} ${trend.since}`;
}
