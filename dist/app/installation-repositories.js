const PER_PAGE = 100;
/** GitHub lists at most this many pages; past it the installation is beyond any sweep's budget. */
const MAX_PAGES = 100;
/**
 * Every repository an installation can see (one request per 100), with its archived flag. Needs
 * an Octokit authenticated as the installation.
 */
export async function listInstallationRepositories(octokit) {
    const repositories = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await octokit.request('GET /installation/repositories', { per_page: PER_PAGE, page });
        const { repositories: listed = [], total_count: total } = data;
        for (const repository of listed) {
            repositories.push({
                id: repository.id,
                owner: repository.owner.login,
                repo: repository.name,
                archived: repository.archived === true,
            });
        }
        if (listed.length < PER_PAGE || (typeof total === 'number' && repositories.length >= total))
            break;
    }
    return repositories;
}
/**
 * The repositories to scan: not archived (nothing to coach, and the issue could not be written), and
 * among `only` (ids or `owner/repo` names) when given.
 */
export function repositoriesToScan(listed, only) {
    const ids = new Set(only?.flatMap((repository) => (repository.id === undefined ? [] : [repository.id])));
    const names = new Set(only?.flatMap((repository) => (repository.full_name ? [repository.full_name.toLowerCase()] : [])));
    const wanted = only
        ? listed.filter((repository) => ids.has(repository.id) || names.has(fullName(repository).toLowerCase()))
        : [...listed];
    return {
        scan: wanted.filter((repository) => !repository.archived),
        archived: wanted.filter((repository) => repository.archived),
    };
}
export function fullName(repository) {
    return `${repository.owner}/${repository.repo}`;
}
/** Every installation of the app (one request per 100), authenticated as the app. */
export async function listAppInstallations(octokit) {
    const installations = [];
    for (let page = 1; page <= 100; page++) {
        const { data } = await octokit.request('GET /app/installations', { per_page: 100, page });
        const listed = data;
        for (const installation of listed) {
            installations.push({
                id: installation.id,
                account: installation.account?.login ?? 'unknown account',
                suspended: Boolean(installation.suspended_at),
            });
        }
        if (listed.length < 100)
            break;
    }
    return installations;
}
