import { limitText } from '../collect/limit-text.js';
/** The record as the details request answered it: found, unknown id, or unreadable with why. */
export function productRecordPart(request, node, failure) {
    const { identity, path } = request;
    const repository = `${request.owner}/${request.name}`;
    if (failure) {
        // The records' repository itself is missing (GitHub Enterprise Server without a mirror, a typo in the config).
        if (failure.reason === 'not-found' || !node) {
            return {
                ...identity,
                status: 'unreadable',
                detail: `${repository} could not be read (${failure.detail}); on GitHub Enterprise Server, set \`product.betagouvRepository\` to a mirror`,
            };
        }
        return { ...identity, status: 'unreadable', detail: `${repository}: ${failure.detail}` };
    }
    if (!node) {
        return {
            ...identity,
            status: 'unreadable',
            detail: `${repository} was not found; on GitHub Enterprise Server, set \`product.betagouvRepository\` to a mirror`,
        };
    }
    const blob = node.blob;
    if (!blob)
        return { ...identity, status: 'unknown-id', repository, path };
    if (blob.isBinary) {
        return { ...identity, status: 'unreadable', detail: `${path} is a binary file, not a Markdown record` };
    }
    if (blob.text === null) {
        return { ...identity, status: 'unreadable', detail: `${path} is too large to be read through the API` };
    }
    const { text, truncated } = limitText(blob.text);
    const date = node.defaultBranchRef?.target?.history?.nodes?.[0]?.committedDate;
    return {
        ...identity,
        status: 'found',
        repository,
        path,
        text,
        lastChangedAt: date ? new Date(date).toISOString() : null,
        truncated: truncated || blob.isTruncated,
    };
}
