import type { Evidence } from '../model/signal.js';
import type { Report } from '../report/report.js';
/** What the templates see: the report plus labels and display-ready values (Liquid calls no functions). */
export declare function viewModel(report: Report): {
    report: Report;
    labels: {
        title: string;
        overall: string;
        window: string;
        days: string;
        source: {
            local: string;
            github: string;
        };
        nextSteps: string;
        noNextSteps: string;
        summary: string;
        pillar: string;
        grade: string;
        trend: string;
        signals: string;
        measured: string;
        why: string;
        nextStep: string;
        evidence: string;
        guide: string;
        noData: string;
        partial: string;
        problems: string;
        context: string;
        contextRecord: string;
        contextPhase: string;
        contextAdjusted: string;
        configProblems: string;
        configProblemsIntro: string;
        line: string;
        unavailableIntro: string;
        howScored: string;
        howScoredBody: string[];
        status: {
            pass: string;
            warn: string;
            fail: string;
            'not-applicable': string;
            unknown: string;
        };
        declared: string;
        footer: string;
    };
    colon: string;
    sourceLabel: string;
    since: string;
    until: string;
    gradeText: string;
    notice: string | null;
    overallTrend: string;
    hasTrends: boolean;
    pillars: {
        id: import("../model/ids.js").PillarId;
        title: string;
        score: number | null;
        grade: import("../scoring/grade.js").Grade | null;
        weight: number;
        scoredSignals: number;
        applicableSignals: number;
        partial: boolean;
        gradeText: string;
        trendText: string;
        signals: {
            id: import("../model/ids.js").SignalId;
            pillar: import("../model/ids.js").PillarId;
            title: string;
            definition: string;
            status: import("../model/ids.js").Status;
            score: number | null;
            weight: number;
            metrics: Record<string, import("../model/signal.js").Metric>;
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
            icon: string;
            statusLabel: string;
            scoreText: string;
            evidenceItems: {
                markdown: string;
                declared: boolean;
            }[];
        }[];
    }[];
    unavailable: {
        part: string;
        reason: import("../model/part.js").UnavailableReason;
        reasonLabel: string;
        detail: string;
    }[];
    hasProblems: boolean;
};
export type ViewModel = ReturnType<typeof viewModel>;
