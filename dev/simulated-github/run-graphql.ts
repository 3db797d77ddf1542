import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLTypeResolver,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type SelectionSetNode,
  validate,
} from 'graphql';
import { githubGraphqlSchema } from './github-graphql-schema.js';
import {
  FakeFieldError,
  faultAt,
  queryRoot,
  type RequestContext,
  type SimulatedWorld,
  unmodeled,
} from './graphql-model.js';
import type { SimulatedRepositorySpec } from './repository-spec.js';

/** One error of a GraphQL answer, as GitHub spells it: `type` and `path` when it has them. */
export interface GitHubGraphqlError {
  type?: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
  locations?: Array<{ line: number; column: number }>;
  message: string;
}

/** A GraphQL answer body: data (possibly partial) and/or errors. */
export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: GitHubGraphqlError[];
}

export interface GraphqlRun {
  answer: GraphqlAnswer;
  operationName: string | null;
  /** Rate-limit points charged (0 when the document was refused before running). */
  cost: number;
  /** Repositories the answer read (for whole-request faults). */
  touched: SimulatedRepositorySpec[];
}

/** GitHub's most nodes one query may ask for. */
const NODE_LIMIT = 500_000;

const fieldResolver: GraphQLFieldResolver<unknown, RequestContext> = (source, args, context, info) => {
  if (info.path.prev) {
    const fault = faultAt(context, info);
    if (fault) throw fault;
  }
  const value = (source as Record<string, unknown>)[info.fieldName];
  if (typeof value === 'function') return value.call(source, args, info);
  if (value === undefined) throw unmodeled(`${info.parentType.name}.${info.fieldName}`);
  return value;
};

const typeResolver: GraphQLTypeResolver<unknown, RequestContext> = (value) =>
  (value as { __typename?: string }).__typename;

function githubError(error: GraphQLError): GitHubGraphqlError {
  const original = error.originalError instanceof FakeFieldError ? error.originalError : null;
  return {
    ...(original?.type ? { type: original.type } : {}),
    ...(error.path ? { path: [...error.path] } : {}),
    ...(original?.extensions ? { extensions: original.extensions } : {}),
    ...(error.locations ? { locations: error.locations.map(({ line, column }) => ({ line, column })) } : {}),
    message: error.message,
  };
}

interface Analysis {
  /** GitHub's points: the connections' page requests, over 100, at least 1. */
  cost: number;
  nodeCount: number;
  errors: GitHubGraphqlError[];
  missingBoundaries: boolean;
}

/**
 * What GitHub checks before running a query: every connection has `first` or `last`, at most 100,
 * and the nodes it may return stay under 500,000. Also its cost, as GitHub documents it: each
 * connection needs one request per parent node, assuming every page is full.
 */
function analyze(
  document: DocumentNode,
  operation: NonNullable<ReturnType<typeof getOperationAST>>,
  variables: Record<string, unknown>,
): Analysis {
  const schema = githubGraphqlSchema();
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const result: Analysis = { cost: 0, nodeCount: 0, errors: [], missingBoundaries: false };
  let requests = 0;
  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, path: string[]) => {
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
  const visitField = (node: FieldNode, parent: GraphQLCompositeType, multiplier: number, path: string[]) => {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return;
    const field = parent.getFields()[node.name.value];
    if (!field) return;
    const here = [...path, node.alias?.value ?? node.name.value];
    const type = getNamedType(field.type);
    let inner = multiplier;
    if (type.name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first')) {
      const args = getArgumentValues(field, node, variables) as {
        first?: number | null;
        last?: number | null;
      };
      const size = args.first ?? args.last;
      if (size == null) {
        result.missingBoundaries = true;
        result.errors.push({
          type: 'MISSING_PAGINATION_BOUNDARIES',
          path: here,
          message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${field.name}\` connection.`,
        });
      } else if (size > 100 || size < 0) {
        const which = args.first != null ? 'first' : 'last';
        result.errors.push({
          type: 'EXCESSIVE_PAGINATION',
          path: here,
          message:
            size < 0
              ? `\`${which}\` on the \`${field.name}\` connection cannot be less than zero.`
              : `Requesting ${size} records on the \`${field.name}\` connection exceeds the \`${which}\` limit of 100 records.`,
        });
      }
      requests += multiplier;
      inner = multiplier * Math.max(size ?? 0, 0);
      result.nodeCount += inner;
    }
    if (node.selectionSet && isCompositeType(type)) visit(node.selectionSet, type, inner, here);
  };
  const root = operation.operation === 'query' ? schema.getQueryType() : null;
  if (root) visit(operation.selectionSet, root, 1, []);
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
export function runGraphql(
  world: SimulatedWorld,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): GraphqlRun {
  const refused = (errors: GitHubGraphqlError[], name: string | null = null, data?: null): GraphqlRun => ({
    answer: data === null ? { data, errors } : { errors },
    operationName: name,
    cost: 0,
    touched: [],
  });
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return refused([githubError(error as GraphQLError)]);
  }
  const schema = githubGraphqlSchema();
  const operation = getOperationAST(document, operationName ?? undefined);
  const name = operation?.name?.value ?? null;
  const problems = validate(schema, document);
  if (problems.length > 0) return refused(problems.map(githubError), name);
  if (!operation) {
    return refused(
      [
        {
          message: operationName ? `No operation named "${operationName}"` : 'An operation name is required',
        },
      ],
      name,
    );
  }
  if (operation.operation !== 'query') {
    return refused([{ message: `SimulatedGitHub does not model ${operation.operation}s` }], name);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return refused(coerced.errors.map(githubError), name);
  const analysis = analyze(document, operation, coerced.coerced);
  if (analysis.errors.length > 0) {
    return refused(analysis.errors, name, analysis.missingBoundaries ? null : undefined);
  }
  if (analysis.cost > world.rate.remaining) {
    return refused([{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }], name);
  }
  world.rate.remaining -= analysis.cost;

  const context: RequestContext = {
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
  }) as ExecutionResult;
  if (result instanceof Promise) throw new Error('SimulatedGitHub: a resolver returned a promise');
  const answer: GraphqlAnswer = { data: (result.data as Record<string, unknown> | null | undefined) ?? null };
  if (result.errors?.length) answer.errors = result.errors.map(githubError);
  return { answer, operationName: name, cost: analysis.cost, touched: [...new Set(context.roots.values())] };
}
