import { execute, getArgumentValues, getNamedType, getOperationAST, getVariableValues, isCompositeType, isInterfaceType, isObjectType, Kind, parse, validate, } from 'graphql';
import { githubGraphqlSchema } from './github-graphql-schema.js';
import { FakeFieldError, faultAt, queryRoot, unmodeled, } from './graphql-model.js';
/** GitHub's most nodes one query may ask for. */
const NODE_LIMIT = 500_000;
const fieldResolver = (source, args, context, info) => {
    if (info.path.prev) {
        const fault = faultAt(context, info);
        if (fault)
            throw fault;
    }
    const value = source[info.fieldName];
    if (typeof value === 'function')
        return value.call(source, args, info);
    if (value === undefined)
        throw unmodeled(`${info.parentType.name}.${info.fieldName}`);
    return value;
};
const typeResolver = (value) => value.__typename;
function githubError(error) {
    const original = error.originalError instanceof FakeFieldError ? error.originalError : null;
    return {
        ...(original?.type ? { type: original.type } : {}),
        ...(error.path ? { path: [...error.path] } : {}),
        ...(original?.extensions ? { extensions: original.extensions } : {}),
        ...(error.locations ? { locations: error.locations.map(({ line, column }) => ({ line, column })) } : {}),
        message: error.message,
    };
}
/**
 * What GitHub checks before running a query: every connection has `first` or `last`, at most 100,
 * and the nodes it may return stay under 500,000. Also its cost, as GitHub documents it: each
 * connection needs one request per parent node, assuming every page is full.
 */
function analyze(document, operation, variables) {
    const schema = githubGraphqlSchema();
    const fragments = new Map(document.definitions.flatMap((definition) => definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : []));
    const result = { cost: 0, nodeCount: 0, errors: [], missingBoundaries: false };
    let requests = 0;
    const visit = (set, parent, multiplier, path) => {
        for (const selection of set.selections) {
            if (selection.kind === Kind.INLINE_FRAGMENT) {
                const condition = selection.typeCondition
                    ? schema.getType(selection.typeCondition.name.value)
                    : parent;
                if (condition && isCompositeType(condition))
                    visit(selection.selectionSet, condition, multiplier, path);
                continue;
            }
            if (selection.kind === Kind.FRAGMENT_SPREAD) {
                const fragment = fragments.get(selection.name.value);
                const condition = fragment && schema.getType(fragment.typeCondition.name.value);
                if (fragment && condition && isCompositeType(condition)) {
                    visit(fragment.selectionSet, condition, multiplier, path);
                }
                continue;
            }
            visitField(selection, parent, multiplier, path);
        }
    };
    const visitField = (node, parent, multiplier, path) => {
        if (!isObjectType(parent) && !isInterfaceType(parent))
            return;
        const field = parent.getFields()[node.name.value];
        if (!field)
            return;
        const here = [...path, node.alias?.value ?? node.name.value];
        const type = getNamedType(field.type);
        let inner = multiplier;
        if (type.name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first')) {
            const args = getArgumentValues(field, node, variables);
            const size = args.first ?? args.last;
            if (size == null) {
                result.missingBoundaries = true;
                result.errors.push({
                    type: 'MISSING_PAGINATION_BOUNDARIES',
                    path: here,
                    message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${field.name}\` connection.`,
                });
            }
            else if (size > 100 || size < 0) {
                const which = args.first != null ? 'first' : 'last';
                result.errors.push({
                    type: 'EXCESSIVE_PAGINATION',
                    path: here,
                    message: size < 0
                        ? `\`${which}\` on the \`${field.name}\` connection cannot be less than zero.`
                        : `Requesting ${size} records on the \`${field.name}\` connection exceeds the \`${which}\` limit of 100 records.`,
                });
            }
            requests += multiplier;
            inner = multiplier * Math.max(size ?? 0, 0);
            result.nodeCount += inner;
        }
        if (node.selectionSet && isCompositeType(type))
            visit(node.selectionSet, type, inner, here);
    };
    const root = operation.operation === 'query' ? schema.getQueryType() : null;
    if (root)
        visit(operation.selectionSet, root, 1, []);
    result.cost = Math.max(1, Math.round(requests / 100));
    if (result.nodeCount > NODE_LIMIT) {
        result.errors.push({
            type: 'MAX_NODE_LIMIT_EXCEEDED',
            message: `This query requests up to ${result.nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${NODE_LIMIT.toLocaleString('en-US')}.`,
        });
    }
    return result;
}
/**
 * Runs one GraphQL document the way GitHub would: parse, validate against GitHub's published
 * schema, coerce variables, check pagination and node limits, charge the rate limit, then execute
 * with the model's resolvers. Refusals answer `{ errors }` without data.
 */
export function runGraphql(world, query, variables = {}, operationName) {
    const refused = (errors, name = null, data) => ({
        answer: data === null ? { data, errors } : { errors },
        operationName: name,
        cost: 0,
        touched: [],
    });
    let document;
    try {
        document = parse(query);
    }
    catch (error) {
        return refused([githubError(error)]);
    }
    const schema = githubGraphqlSchema();
    const operation = getOperationAST(document, operationName ?? undefined);
    const name = operation?.name?.value ?? null;
    const problems = validate(schema, document);
    if (problems.length > 0)
        return refused(problems.map(githubError), name);
    if (!operation) {
        return refused([
            {
                message: operationName ? `No operation named "${operationName}"` : 'An operation name is required',
            },
        ], name);
    }
    if (operation.operation !== 'query') {
        return refused([{ message: `SimulatedGitHub does not model ${operation.operation}s` }], name);
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors)
        return refused(coerced.errors.map(githubError), name);
    const analysis = analyze(document, operation, coerced.coerced);
    if (analysis.errors.length > 0) {
        return refused(analysis.errors, name, analysis.missingBoundaries ? null : undefined);
    }
    if (analysis.cost > world.rate.remaining) {
        return refused([{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }], name);
    }
    world.rate.remaining -= analysis.cost;
    const context = {
        world,
        cost: analysis.cost,
        nodeCount: analysis.nodeCount,
        roots: new Map(),
    };
    const result = execute({
        schema,
        document,
        rootValue: queryRoot(context),
        contextValue: context,
        variableValues: variables,
        operationName: operationName ?? undefined,
        fieldResolver,
        typeResolver,
    });
    if (result instanceof Promise)
        throw new Error('SimulatedGitHub: a resolver returned a promise');
    const answer = { data: result.data ?? null };
    if (result.errors?.length)
        answer.errors = result.errors.map(githubError);
    return { answer, operationName: name, cost: analysis.cost, touched: [...new Set(context.roots.values())] };
}
//# sourceMappingURL=run-graphql.js.map