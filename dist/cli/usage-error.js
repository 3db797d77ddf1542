/** A mistake in how the command was called: exit code 2 and a message saying what to fix. */
export class UsageError extends Error {
    name = 'UsageError';
}
