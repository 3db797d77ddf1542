// KnownIssue lives in model/known-issue.ts (the sources read it too); re-exported for the issue keeper.
export type { KnownIssue } from '../model/known-issue.js';
