export type Verdict = 'pass' | 'warn' | 'fail' | 'not-applicable' | 'unknown';
export type CaseSet = 'training' | 'held-out';
export type Expected = Verdict | Verdict[];

export interface JudgedSignal {
  expected: Expected;
  repoOnly?: Expected;
  why: string;
  evidence: string[];
}

export interface FieldCase {
  id: string;
  repository: string;
  checkout: string;
  commit: string;
  now: string;
  windowDays: number;
  set?: CaseSet;
  signals: Record<string, JudgedSignal>;
  [key: string]: unknown;
}

export interface ComparisonRow {
  signal: string;
  expected: Verdict[];
  got: string | null;
  agree: boolean;
}

export interface Tally {
  agree: number;
  total: number;
}

export const SIGNAL_IDS: readonly string[];
export const VERDICTS: readonly Verdict[];
export const CASE_SETS: readonly CaseSet[];
export function caseSet(entry: Partial<FieldCase>): CaseSet;
export const SIGNAL_PILLARS: Readonly<Record<string, string>>;
export function verdictGrade(
  verdicts: Record<string, Expected | string | null | undefined>,
  gradeOf: (score: number) => string,
): { score: number | null; grade: string | null };
export function acceptedVerdicts(expected: Expected): Verdict[];
export function validateCases(cases: unknown): string[];
export function compareCase(
  entry: FieldCase,
  reportedStatuses: Record<string, string | undefined>,
  basis?: 'coach' | 'repoOnly',
): ComparisonRow[];
export function summarize(comparisons: ComparisonRow[][]): { signals: Record<string, Tally>; overall: Tally };
export function summarizeBySet(
  scanned: { set: CaseSet; coach: ComparisonRow[]; repoOnly: ComparisonRow[] }[],
): Record<CaseSet | 'overall', Record<'coach' | 'repoOnly', ReturnType<typeof summarize>>>;
export function formatRatio(tally: Tally): string;
