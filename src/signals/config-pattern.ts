/**
 * Compiles a configured pattern as a case-insensitive regular expression. A pattern that is not a
 * valid regular expression is matched literally instead of throwing.
 */
export function configPattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  }
}
