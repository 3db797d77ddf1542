import type { ConfigProblem } from '../config/config.js';
import type { ScanCost } from '../github/github-client.js';
import type { Language, PillarId, SignalId, Status } from '../model/ids.js';
import type { UnavailableReason } from '../model/part.js';
import type { RepositoryInfo, TimeWindow } from '../model/raw-snapshot.js';
import type { Evidence, Metric } from '../model/signal.js';
import type { Grade } from '../scoring/grade.js';
/** Version of the JSON report's shape (schemas/report.schema.json); bumped on breaking changes. */
export declare const REPORT_SCHEMA_VERSION = 1;
/** The report model: everything a renderer needs, already in the report's language. */
export interface Report {
    schemaVersion: typeof REPORT_SCHEMA_VERSION;
    tool: {
        name: string;
        version: string;
    };
    repository: RepositoryInfo & {
        source: 'local' | 'github';
    };
    generatedAt: string;
    window: TimeWindow;
    language: Language;
    score: number | null;
    grade: Grade | null;
    /** True when the overall grade rests on fewer known signals than apply (some are unknown). */
    partial: boolean;
    scoredSignals: number;
    applicableSignals: number;
    /** Why no grade is given (not a repository, no commit), in the report's language; null otherwise. */
    notice: string | null;
    pillars: PillarReport[];
    signals: SignalReport[];
    nextSteps: NextStep[];
    configProblems: ConfigProblem[];
    unavailable: UnavailablePart[];
    /** What reading GitHub cost (null for a local checkout). */
    cost: ScanCost | null;
    /** Evolution since the scores kept in the product-health issue (null without a past). */
    trends: ReportTrends | null;
    /** The product's context: its public record and its phase, and how they shaped the verdicts (null when neither is known). */
    context?: ProductContextReport | null;
}
export interface ProductContextReport {
    record: {
        id: string;
        url: string;
        identifiedBy: 'config' | 'readme';
        /** `found` read; `linked` not verified (offline); `unknown-id` no such record; `unreadable`; `broken` not a Markdown record or broken front matter. */
        status: 'found' | 'linked' | 'unknown-id' | 'unreadable' | 'broken';
        /** Where it was read from (or looked for). */
        repository: string | null;
        path: string | null;
        /** The status in a sentence. */
        text: string;
    } | null;
    phase: {
        /** One of the four phases, null for a name the product does not know. */
        phase: 'investigation' | 'construction' | 'acceleration' | 'consolidation' | null;
        name: string;
        source: 'config' | 'record';
        since: string | null;
        text: string;
        /** What the phase expects, in a sentence. */
        expectations: string | null;
    } | null;
    /** Verdicts the context changed. */
    adjustments: Array<{
        signal: SignalId;
        from: Status;
        to: Status;
        because: 'phase' | 'record';
        note: string;
    }>;
}
/** A score compared with the one kept from an earlier scan. */
export interface ScoreTrend {
    from: number;
    to: number;
    change: number;
    /** Day of the earlier score (YYYY-MM-DD). */
    since: string;
}
export interface ReportTrends {
    overall: ScoreTrend | null;
    pillars: Partial<Record<PillarId, ScoreTrend>>;
    /** Past overall scores, oldest first, the current one last (for sparklines). */
    history: Array<{
        date: string;
        score: number | null;
    }>;
}
export interface PillarReport {
    id: PillarId;
    title: string;
    score: number | null;
    grade: Grade | null;
    weight: number;
    scoredSignals: number;
    applicableSignals: number;
    /** True when the grade rests on fewer known signals than apply. */
    partial: boolean;
    signals: SignalId[];
}
export interface SignalReport {
    id: SignalId;
    pillar: PillarId;
    title: string;
    definition: string;
    status: Status;
    score: number | null;
    weight: number;
    metrics: Record<string, Metric>;
    evidence: Evidence[];
    measured: string;
    why: string;
    guide: {
        title: string;
        url: string | null;
    };
    advice: string | null;
    source: string | null;
    thresholds: Record<string, number>;
}
export interface NextStep {
    signal: SignalId;
    pillar: PillarId;
    title: string;
    advice: string;
}
export interface UnavailablePart {
    part: string;
    reason: UnavailableReason;
    detail: string;
}
