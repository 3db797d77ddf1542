/**
 * Why a part of the raw snapshot could not be read. Every one of these becomes an
 * `unknown` outcome for the signals that need the part, never a failure.
 */
export type UnavailableReason = 'offline' | 'no-permission' | 'api-fault' | 'disabled' | 'not-found' | 'not-a-git-repository' | 'empty-repository' | 'too-large'
/** Not read on purpose: a more trusted source already answered (e.g. workflow runs after deployments). */
 | 'not-needed';
export type Part<T> = {
    available: true;
    value: T;
} | {
    available: false;
    reason: UnavailableReason;
    detail: string;
};
export declare function available<T>(value: T): Part<T>;
export declare function unavailable<T = never>(reason: UnavailableReason, detail: string): Part<T>;
