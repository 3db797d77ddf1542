import type { UnavailableReason } from '../../model/part.js';
/** The first bytes of a file, and its size; or why it was not read. */
export type CheckoutRead = {
    read: true;
    bytes: Buffer;
    size: number;
} | {
    read: false;
    reason: UnavailableReason;
    detail: string;
    absent?: true;
};
/**
 * At most `limit` bytes of `path` inside the checkout whose real path is `realRoot`. Never follows
 * a link (at any depth) that leads outside the checkout, never opens a FIFO, socket or device
 * (a FIFO would block the read forever), and never reads more than `limit` bytes.
 */
export declare function readCheckoutFile(realRoot: string, path: string, limit: number): Promise<CheckoutRead>;
/** At most `limit` bytes of the regular file `file` (named `name` in messages); anything else is skipped. */
export declare function readRegularFile(file: string, limit: number, name?: string): Promise<CheckoutRead>;
