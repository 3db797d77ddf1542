export declare const GRADES: readonly ['A', 'B', 'C', 'D', 'E'];
export type Grade = (typeof GRADES)[number];
/** Lowest score of each grade. */
export declare const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]>;
export declare function gradeOf(score: number): Grade;
