export const GRADES = ['A', 'B', 'C', 'D', 'E'];
/** Lowest score of each grade. */
export const GRADE_FLOORS = [
    ['A', 80],
    ['B', 65],
    ['C', 50],
    ['D', 35],
    ['E', 0],
];
export function gradeOf(score) {
    return GRADE_FLOORS.find(([, floor]) => score >= floor)?.[0] ?? 'E';
}
