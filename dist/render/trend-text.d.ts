import type { Language } from '../model/ids.js';
import type { ScoreTrend } from '../report/report.js';
/** `↗ +5 depuis 2026-05-01` / `↘ -3 since 2026-05-01`; empty without a trend. */
export declare function trendText(trend: ScoreTrend | null | undefined, language: Language): string;
