/**
 * The repository the workflow runs for: `GITHUB_REPOSITORY` (`owner/repo`), else the event
 * payload's `repository`; null when neither says.
 */
export function workflowRepository(env, payload) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').trim().split('/');
    if (owner && repo && rest.length === 0)
        return { owner, repo };
    const fromEvent = payload?.repository;
    const login = fromEvent?.owner?.login;
    const name = fromEvent?.name;
    return typeof login === 'string' && login && typeof name === 'string' && name
        ? { owner: login, repo: name }
        : null;
}
