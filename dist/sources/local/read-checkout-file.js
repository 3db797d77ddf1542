import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
// Belt and braces after the lstat: a file swapped for a FIFO in between must not block the open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
/**
 * At most `limit` bytes of `path` inside the checkout whose real path is `realRoot`. Never follows
 * a link (at any depth) that leads outside the checkout, never opens a FIFO, socket or device
 * (a FIFO would block the read forever), and never reads more than `limit` bytes.
 */
export async function readCheckoutFile(realRoot, path, limit) {
    let target;
    try {
        target = await realpath(join(realRoot, path));
    }
    catch (error) {
        return failure(path, error);
    }
    if (!target.startsWith(realRoot + sep)) {
        return {
            read: false,
            reason: 'no-permission',
            detail: `${path} was skipped: it is a link leading outside the checkout, which the scan does not follow`,
        };
    }
    return readRegularFile(target, limit, path);
}
/** At most `limit` bytes of the regular file `file` (named `name` in messages); anything else is skipped. */
export async function readRegularFile(file, limit, name = file) {
    try {
        const info = await lstat(file);
        const kind = specialKind(info);
        if (kind)
            return skipped(name, kind);
        const handle = await open(file, OPEN_FLAGS);
        try {
            const opened = await handle.stat();
            const openedKind = specialKind(opened);
            if (openedKind)
                return skipped(name, openedKind);
            if (opened.ino !== info.ino || opened.dev !== info.dev) {
                return {
                    read: false,
                    reason: 'no-permission',
                    detail: `${name} was skipped: it changed while being read`,
                };
            }
            const buffer = Buffer.alloc(Math.min(opened.size, limit));
            let filled = 0;
            while (filled < buffer.length) {
                const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            return { read: true, bytes: buffer.subarray(0, filled), size: opened.size };
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return failure(name, error);
    }
}
/** What a non-regular file is, in words; null for a regular file. */
function specialKind(info) {
    if (info.isFile())
        return null;
    if (info.isDirectory())
        return 'a folder';
    if (info.isSymbolicLink())
        return 'a link';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function skipped(name, kind) {
    // A folder where a file was expected is as good as absent; the others are never opened on purpose.
    if (kind === 'a folder')
        return { read: false, reason: 'not-found', detail: `${name} is a folder, not a file` };
    return {
        read: false,
        reason: 'no-permission',
        detail: `${name} was skipped: it is ${kind}, not a regular file, and the scan never opens one`,
    };
}
function failure(name, error) {
    const code = error.code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') {
        return { read: false, reason: 'not-found', detail: `${name} is not there`, absent: true };
    }
    if (code === 'EACCES' || code === 'EPERM') {
        return { read: false, reason: 'no-permission', detail: `${name} cannot be read (${code})` };
    }
    if (code === 'ELOOP') {
        return { read: false, reason: 'no-permission', detail: `${name} was skipped: its links loop` };
    }
    return { read: false, reason: 'not-found', detail: `${name} cannot be read (${code})` };
}
