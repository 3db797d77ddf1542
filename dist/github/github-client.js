import { RateBudget } from './rate-budget.js';
import { rateLimitOf } from './rate-limited-error.js';
/**
 * Every call the core makes to GitHub goes through here: it keeps the cost of the scan and is the
 * one place that knows which calls write.
 */
export class GitHubClient {
    octokit;
    options;
    spent = {
        requests: { total: 0, graphql: 0, restReads: 0, restWrites: 0 },
        graphqlPoints: 0,
    };
    budget;
    limited = null;
    constructor(octokit, options = {}) {
        this.octokit = octokit;
        this.options = options;
        this.budget = options.budget ?? new RateBudget();
    }
    /**
     * Runs a GraphQL document; the document should select `rateLimit { cost remaining resetAt }` so
     * points are counted and the budget known.
     */
    async query(document, variables = {}) {
        this.guard('graphql');
        this.count('graphql');
        try {
            // `url` is not allowed next to a query string: the endpoint goes in the request object.
            const data = (this.options.graphqlUrl
                ? await this.octokit.graphql({ ...variables, query: document, url: this.options.graphqlUrl })
                : await this.octokit.graphql(document, variables));
            this.addPoints(data);
            return data;
        }
        catch (error) {
            // A GraphQL answer with errors still carries the data that could be read, and its cost.
            this.addPoints(error.data);
            throw this.limitOf(error);
        }
    }
    /** A REST read (`GET …`). */
    async read(route, parameters = {}) {
        this.guard('core');
        this.count('restReads');
        return (await this.request(route, parameters)).data;
    }
    /** A REST write (`POST`, `PATCH`, …): counted apart, as GitHub paces content creation. */
    async write(route, parameters = {}) {
        this.guard('core');
        this.count('restWrites');
        const send = async () => {
            this.guard('core');
            return (await this.request(route, parameters)).data;
        };
        return this.options.writePacer ? this.options.writePacer.schedule(send) : send();
    }
    /**
     * The first rate limit this client met (GitHub's refusal, or the budget known spent): the scan
     * stops there, whatever its readers made of the refusal. Null when none was met.
     */
    rateLimited() {
        return this.limited;
    }
    /** What was spent so far (a copy). */
    cost() {
        return { requests: { ...this.spent.requests }, graphqlPoints: this.spent.graphqlPoints };
    }
    count(kind) {
        this.spent.requests[kind] += 1;
        this.spent.requests.total += 1;
    }
    addPoints(data) {
        const cost = data?.rateLimit?.cost;
        if (typeof cost === 'number')
            this.spent.graphqlPoints += cost;
        this.budget.observeGraphql(data);
    }
    /** A REST request, its answer's (or refusal's) `x-ratelimit-*` headers noted. */
    async request(route, parameters) {
        try {
            const answer = await this.octokit.request(route, parameters);
            this.budget.observeHeaders(answer.headers);
            return answer;
        }
        catch (error) {
            this.budget.observeHeaders(error.response?.headers);
            throw this.limitOf(error);
        }
    }
    /** Sends nothing once the budget is known spent: the request would only be refused. */
    guard(resource) {
        const refusal = this.limited ?? this.budget.refusal(resource);
        if (!refusal)
            return;
        this.limited ??= refusal;
        throw refusal;
    }
    /** A rate limit becomes a `RateLimitedError` (and stops this client); any other error is kept. */
    limitOf(error) {
        const limit = rateLimitOf(error);
        if (!limit)
            return error;
        this.budget.exhausted(limit);
        this.limited ??= limit;
        return limit;
    }
}
