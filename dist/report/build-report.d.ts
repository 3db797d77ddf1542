import type { ConfigProblem, ProductHealthConfig } from '../config/config.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import { type Scorer } from '../scoring/scorer.js';
import type { EvaluatedSignal } from '../signals/evaluate-signals.js';
import { type Report } from './report.js';
export interface BuildReportInput {
    snapshot: RawSnapshot;
    config: ProductHealthConfig;
    configProblems: ConfigProblem[];
    evaluated: EvaluatedSignal[];
    source: 'local' | 'github';
    tool: {
        name: string;
        version: string;
    };
    scorer?: Scorer;
}
/** Turns evaluated signals into the report model, in the configured language. Pure. */
export declare function buildReport(input: BuildReportInput): Report;
