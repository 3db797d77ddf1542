/** A mistake in how the command was called: exit code 2 and a message saying what to fix. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
