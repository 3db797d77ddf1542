import { graphqlErrorsOf, readFailure } from '../github/classify-error.js';
import { PERMISSIONS } from '../github/github-permissions.js';
import { comparedRepositoriesQuery } from './queries/compare-queries.js';
const NOT_FOUND = { notFound: true, detail: 'not found, or not visible with this token' };
/** Repositories read per request: 25 health issues of up to 60,000 characters stay a few megabytes. */
export const COMPARED_PER_REQUEST = 25;
/**
 * Reads repositories in batches of `COMPARED_PER_REQUEST`, one aliased root field each. A
 * repository GitHub refuses or cannot find keeps its problem; a failed request gives the same
 * problem to its whole batch. Never throws for a GitHub answer.
 */
export async function readComparedRepositories(client, repositories, label) {
    const read = [];
    for (let start = 0; start < repositories.length; start += COMPARED_PER_REQUEST) {
        read.push(...(await readBatch(client, repositories.slice(start, start + COMPARED_PER_REQUEST), label)));
    }
    return read;
}
async function readBatch(client, batch, label) {
    const variables = { label };
    batch.forEach((repository, i) => {
        const [owner = '', name = ''] = repository.split('/');
        variables[`owner${i}`] = owner;
        variables[`name${i}`] = name;
    });
    let data;
    let problems = new Map();
    try {
        data = await client.query(comparedRepositoriesQuery(batch.length), variables);
    }
    catch (error) {
        const partial = graphqlErrorsOf(error);
        if (!partial) {
            const failure = readFailure(error, 'the repositories compared', PERMISSIONS.metadata);
            return batch.map((repository) => ({
                repository,
                node: null,
                problem: { notFound: false, detail: failure.detail },
            }));
        }
        data = partial.data ?? null;
        problems = new Map(partial.errors.map((entry) => [
            String(entry.path?.[0] ?? ''),
            entry.type === 'NOT_FOUND'
                ? NOT_FOUND
                : { notFound: false, detail: `${entry.type ?? 'error'}: ${entry.message.slice(0, 200)}` },
        ]));
    }
    return batch.map((repository, i) => {
        const node = data?.[`r${i}`] ?? null;
        return {
            repository,
            node,
            problem: node ? null : (problems.get(`r${i}`) ?? problems.get('') ?? NOT_FOUND),
        };
    });
}
