import type { Report } from '../report/report.js';
/**
 * What changed since the scores last differed, in one sentence: "Depuis le 2026-05-01 : note
 * globale 30 → 48 (+18) ; Équipe 93 → 73 (-20)." Only kept scores are compared, so the sentence
 * is the same on every run until a score moves.
 */
export declare function issueChanges(report: Report): string;
