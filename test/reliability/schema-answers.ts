/**
 * Random answers that follow GitHub's published schemas, for every request the product sends:
 * GraphQL answers executed on `@octokit/graphql-schema` with resolvers that draw random values
 * (so aliases, fragments, `__typename`, abstract types and null propagation are `graphql`'s own),
 * REST bodies drawn from `@octokit/openapi`'s response schemas. They reach a real Octokit through
 * its `request.fetch` option, so Octokit's own parsing and error classes run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import {
  type DocumentNode,
  execute,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLTypeResolver,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
} from 'graphql';
import { type SeededRandom, seededRandom } from '../../dev/simulated-github/seeded-random.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { SILENT_LOG } from '../helpers/fake-github.js';
import { githubGraphqlSchema } from '../helpers/github-schema.js';
import { openapiDescription } from '../helpers/openapi-examples.js';

// ---------------------------------------------------------------------------------------------
// Values the product looks for, mixed with random text so its interesting paths are reached

const PATHS = [
  'README.md',
  'docs/vision.md',
  'docs/produit/vision.md',
  'FEUILLE-DE-ROUTE.md',
  'ROADMAP.md',
  'docs/indicateurs.md',
  'docs',
  '.github/workflows/deploy.yml',
  '.github/workflows/ci.yml',
  '.github/ISSUE_TEMPLATE/retour.md',
  '.github/product-health.yml',
  'Procfile',
  'netlify.toml',
  '.gitlab-ci.yml',
];

const DOCUMENTS = [
  '# Produit\n\n## Vision\n\nPermettre à chaque usager de trouver sa formation.\n\n## Feuille de route\n\n- [ ] T1 : recherche\n',
  '# Indicateurs\n\n| Indicateur | Valeur |\n| --- | --- |\n| Usagers actifs | 1 200 |\n',
  'name: Deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n',
  'language: en\nwindowDays: 30\nfeedback:\n  labels: [feedback]\n',
  '_extends: example/.github\nlanguage: fr\n',
  `${HEALTH_ISSUE_MARKER}\nÉtat de santé\n<!-- product-health:state {"version":1} -->\n- [x] étape`,
  `${HEALTH_ISSUE_MARKER}\n`,
  'web: node server.js\n',
  '\uFEFF# Lisez-moi\r\n\r\nVision : @everyone #12 <script>x</script>\r\n',
];

const WORDS = [
  'blob',
  'tree',
  'commit',
  'main',
  'production',
  'prod',
  'staging',
  'push',
  'success',
  'failure',
  'product-health',
  'Retour utilisateur',
  'feedback',
  'bug',
  'example',
  'example/trouve-ta-formation',
  'example/.github',
  'dependabot[bot]',
  'camille',
  'Bot',
  'User',
  'OPEN',
  'CLOSED',
  '.github/workflows/deploy.yml@refs/heads/main',
  '',
  ' ',
];

const ALPHABET = [...'abcXYZ019 -_./:#@\n\t`*[]()<>!|"\'\\éàç€😀\u0000\u200e\u202e'];

function randomText(random: SeededRandom, maxLength = 24): string {
  const length = random.int(0, maxLength);
  let text = '';
  for (let i = 0; i < length; i++) text += random.pick(ALPHABET);
  return text;
}

/** Values worth drawing more often for fields of these names (GraphQL fields, REST properties). */
const BY_FIELD: Record<string, readonly string[]> = {
  text: DOCUMENTS,
  // Health issues (marked) are what the issue keeper works on: drawn often.
  body: [
    ...DOCUMENTS,
    `${HEALTH_ISSUE_MARKER}\n`,
    `${HEALTH_ISSUE_MARKER}\n- [x] Publier la vision`,
    `Ancien\n${HEALTH_ISSUE_MARKER}`,
    `${HEALTH_ISSUE_MARKER}<!-- product-health:ticked vision -->`,
  ],
  path: PATHS,
  name: ['product-health', 'Retour utilisateur', 'feedback', 'main', 'v1.2.0', 'Deploy', 'Idées'],
  type: ['blob', 'blob', 'blob', 'tree', 'commit'],
  environment: ['production', 'prod', 'staging', 'github-pages'],
  event: ['push', 'workflow_dispatch', 'schedule', 'release'],
  conclusion: ['success', 'failure'],
  head_branch: ['main', 'master', 'feature'],
  login: ['camille', 'dependabot[bot]', 'github-actions[bot]', 'ghost'],
};

/** GitHub's `owner/name`, as GitHub allows them: letters, digits, `-` (and `.`, `_` in names). */
function fullName(random: SeededRandom): string {
  const word = (alphabet: string) => {
    let text = '';
    for (let i = random.int(1, 20); i > 0; i--) text += alphabet[random.int(0, alphabet.length - 1)];
    return text;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const name = word(`${letters}-_.`);
  return random.chance(0.5)
    ? random.pick(['example/trouve-ta-formation', 'example/.github', 'example/autre'])
    : `${word(letters)}/${name === '.' || name === '..' ? 'x' : name}`;
}

function someString(random: SeededRandom, field?: string): string {
  if (field === 'nameWithOwner' || field === 'full_name') return fullName(random);
  const preferred = field === undefined ? undefined : BY_FIELD[field];
  if (preferred && random.chance(0.75)) return random.pick(preferred);
  const roll = random.next();
  if (roll < 0.3) return random.pick(WORDS);
  if (roll < 0.5) return random.pick(PATHS);
  if (roll < 0.6) return random.pick(DOCUMENTS);
  return randomText(random);
}

const DAY = 86_400_000;

/** A date between four years before and one year after `around`, sometimes in the last days. */
function someDate(random: SeededRandom, around: number): string {
  const offset = random.chance(0.5) ? random.float(-90 * DAY, 0) : random.float(-4 * 365 * DAY, 365 * DAY);
  return new Date(Math.round(around + offset)).toISOString();
}

function hex(random: SeededRandom, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += '0123456789abcdef'[random.int(0, 15)];
  return text;
}

function someInt(random: SeededRandom, min = 0, max = 2_147_483_647): number {
  const roll = random.next();
  const high = roll < 0.8 ? Math.min(max, min + 200) : roll < 0.95 ? Math.min(max, min + 100_000) : max;
  return random.int(min, high);
}

// ---------------------------------------------------------------------------------------------
// GraphQL

/** How hostile one request's answer is. */
export interface AnswerStyle {
  /** Chance that a nullable field is null. */
  nulls: number;
  /** Chance that a field fails with a GitHub error (nulled, with its path in `errors`). */
  fieldErrors: number;
  /** Longest list (also bounded by the field's `first`). */
  maxList: number;
}

const GITHUB_ERROR_TYPES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'INTERNAL',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  undefined,
];

class GitHubFieldError extends Error {
  constructor(readonly type: string | undefined) {
    super(`${type ?? 'Something went wrong'} while executing your query`);
  }
}

interface Context {
  random: SeededRandom;
  style: AnswerStyle;
  now: number;
}

/** How often these flags are true: most repositories are not empty, archived or forks. */
const TRUE_MOSTLY: Record<string, number> = {
  isEmpty: 0.1,
  isArchived: 0.1,
  isFork: 0.2,
  isDraft: 0.2,
  isPrerelease: 0.2,
  isBinary: 0.2,
  isTruncated: 0.2,
  truncated: 0.2,
  hasIssuesEnabled: 0.85,
  hasDiscussionsEnabled: 0.5,
};

function flag(random: SeededRandom, field?: string): boolean {
  return random.chance((field === undefined ? undefined : TRUE_MOSTLY[field]) ?? 0.5);
}

function scalarValue(name: string, random: SeededRandom, now: number, field?: string): unknown {
  switch (name) {
    case 'Boolean':
      return flag(random, field);
    case 'Int':
      return someInt(random);
    case 'Float':
      return random.float(-1e6, 1e6);
    case 'BigInt':
      return String(someInt(random));
    case 'DateTime':
    case 'GitTimestamp':
    case 'PreciseDateTime':
      return someDate(random, now);
    case 'Date':
      return someDate(random, now).slice(0, 10);
    case 'GitObjectID':
      return hex(random, 40);
    case 'URI':
      return random.chance(0.8)
        ? `https://github.com/example/${randomText(random, 8).replace(/[^a-z0-9]/gi, '') || 'repo'}`
        : `https://github.com/${encodeURIComponent(randomText(random))}`;
    case 'GitSSHRemote':
      return 'git@github.com:example/repo.git';
    case 'GitRefname':
      return `refs/heads/${random.pick(WORDS)}`;
    case 'Base64String':
      return Buffer.from(randomText(random)).toString('base64');
    default:
      return someString(random, field);
  }
}

function randomValue(
  type: GraphQLOutputType,
  args: Record<string, unknown>,
  context: Context,
  field: string,
): unknown {
  const { random, style } = context;
  if (!isNonNullType(type) && random.chance(style.nulls)) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const first =
      typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : 100;
    const length = random.int(0, Math.min(first, style.maxList));
    return Array.from({ length }, () => randomValue(inner.ofType, {}, context, field));
  }
  if (isScalarType(inner)) return scalarValue(inner.name, random, context.now, field);
  if (isEnumType(inner)) return random.pick(inner.getValues()).name;
  // An object, interface or union: its fields are drawn as they are resolved.
  return {};
}

const fieldResolver: GraphQLFieldResolver<unknown, Context> = (_source, args, context, info) => {
  if (context.random.chance(context.style.fieldErrors)) {
    throw new GitHubFieldError(context.random.pick(GITHUB_ERROR_TYPES));
  }
  return randomValue(info.returnType, args, context, info.fieldName);
};

/**
 * Any possible type of the interface or union; more often one the query selects fields of
 * (`... on Blob`), so the interesting answers are not rare.
 */
const typeResolver: GraphQLTypeResolver<unknown, Context> = (_value, context, info, abstractType) => {
  const possible = info.schema.getPossibleTypes(abstractType).map((type) => type.name);
  const selected = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      const condition =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.typeCondition?.name.value
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? info.fragments[selection.name.value]?.typeCondition.name.value
            : undefined;
      if (condition && possible.includes(condition)) selected.add(condition);
    }
  }
  const preferred = [...selected];
  return preferred.length > 0 && context.random.chance(0.6)
    ? context.random.pick(preferred)
    : context.random.pick(possible);
};

const parsed = new Map<string, DocumentNode>();

/** A GraphQL answer body (`data`, sometimes `errors`) for the document, on GitHub's schema. */
export function graphqlAnswer(
  query: string,
  variables: Record<string, unknown>,
  random: SeededRandom,
  style: AnswerStyle,
  now: number,
): { data?: unknown; errors?: unknown[] } {
  let document = parsed.get(query);
  if (!document) {
    document = parse(query);
    parsed.set(query, document);
  }
  if (random.chance(style.fieldErrors / 2)) {
    // A request-level error: no data at all.
    return { errors: [{ type: random.pick(GITHUB_ERROR_TYPES), message: 'Something went wrong' }] };
  }
  const result = execute({
    schema: githubGraphqlSchema(),
    document,
    variableValues: variables,
    contextValue: { random, style, now } satisfies Context,
    fieldResolver,
    typeResolver,
  });
  if (result instanceof Promise) throw new Error('the random resolvers are synchronous');
  const errors = result.errors?.map((error) => {
    // Only the random field errors are expected: anything else is a fault of this generator.
    if (!(error.originalError instanceof GitHubFieldError)) throw error;
    const { type } = error.originalError;
    return {
      ...(type ? { type } : {}),
      ...(error.path ? { path: [...error.path] } : {}),
      locations: error.locations,
      message: error.message,
    };
  });
  return errors?.length ? { data: result.data ?? null, errors } : { data: result.data };
}

/** Names of abstract and concrete types the generator may produce for a field (for tests of itself). */
export function possibleTypeNames(typeName: string): string[] {
  const type = githubGraphqlSchema().getType(typeName);
  if (!type) return [];
  const named = getNamedType(type);
  return isAbstractType(named)
    ? githubGraphqlSchema()
        .getPossibleTypes(named)
        .map((t) => t.name)
    : [named.name];
}

// ---------------------------------------------------------------------------------------------
// REST

type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  example?: unknown;
};

function resolveRef(schema: JsonSchema): JsonSchema {
  let current = schema;
  while (current.$ref) {
    const path = current.$ref.replace(/^#\//, '').split('/');
    current = path.reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      openapiDescription(),
    ) as JsonSchema;
  }
  return current;
}

/** One schema out of `allOf`'s parts: a property two parts define must satisfy both. */
function mergeAllOf(schema: JsonSchema): JsonSchema {
  const { allOf, ...rest } = schema;
  const parts = [rest, ...(allOf ?? []).map(resolveRef)].map((part) =>
    part.allOf ? mergeAllOf(part) : part,
  );
  const properties: Record<string, JsonSchema> = {};
  for (const part of parts) {
    for (const [key, property] of Object.entries(part.properties ?? {})) {
      const known = properties[key];
      properties[key] = known ? { allOf: [known, property] } : property;
    }
  }
  const typed = parts.filter((part) => part.type !== undefined || part.properties !== undefined);
  return {
    ...Object.assign({}, ...parts),
    type: typed.find((part) => part.type)?.type,
    nullable: typed.length > 0 && typed.every((part) => part.nullable === true),
    properties,
    required: [...new Set(parts.flatMap((part) => part.required ?? []))],
  };
}

/** A value valid for the JSON schema (OpenAPI 3.0 dialect: `nullable`, `$ref`, `allOf`, `oneOf`, `anyOf`). */
export function valueForSchema(
  given: JsonSchema,
  random: SeededRandom,
  style: AnswerStyle,
  now: number,
  depth = 0,
  field?: string,
): unknown {
  let schema = resolveRef(given);
  if (schema.allOf) schema = mergeAllOf(schema);
  if (schema.oneOf || schema.anyOf) {
    const choice = random.pick((schema.oneOf ?? schema.anyOf) as JsonSchema[]);
    return valueForSchema(choice, random, style, now, depth, field);
  }
  const deep = depth > 6;
  if (schema.nullable && (deep || random.chance(style.nulls))) return null;
  if (schema.enum) return random.pick(schema.enum);
  const type = schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(key) || (!deep && random.chance(0.7))) {
          value[key] = valueForSchema(property, random, style, now, depth + 1, key);
        }
      }
      return value;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      // A git tree lists more entries than anything else: the files a scan reads are among them.
      const longest = field === 'tree' ? style.maxList * 4 : style.maxList;
      const max = Math.max(min, Math.min(schema.maxItems ?? Number.POSITIVE_INFINITY, deep ? min : longest));
      const length = random.int(min, max);
      return Array.from({ length }, () =>
        valueForSchema(schema.items ?? {}, random, style, now, depth + 1, field),
      );
    }
    case 'integer':
      return someInt(random, schema.minimum ?? 0, schema.maximum ?? 2_147_483_647);
    case 'number':
      return random.float(schema.minimum ?? -1e6, schema.maximum ?? 1e6);
    case 'boolean':
      return flag(random, field);
    default:
      return stringForSchema(schema, random, now, field);
  }
}

function stringForSchema(schema: JsonSchema, random: SeededRandom, now: number, field?: string): string {
  if (schema.format === 'date-time') return someDate(random, now);
  if (schema.format === 'date') return someDate(random, now).slice(0, 10);
  if (schema.format === 'uri') return scalarValue('URI', random, now) as string;
  if (schema.format === 'email')
    return `${randomText(random, 6).replace(/[^a-z0-9]/gi, '') || 'x'}@example.org`;
  if (schema.pattern !== undefined) {
    if (typeof schema.example === 'string') return schema.example;
    return hex(random, 40);
  }
  let text =
    typeof schema.example === 'string' && random.chance(0.2) ? schema.example : someString(random, field);
  if (schema.maxLength !== undefined) text = [...text].slice(0, schema.maxLength).join('');
  while (schema.minLength !== undefined && text.length < schema.minLength) text += 'x';
  return text;
}

const ROUTE = /['"`](GET|POST|PATCH|PUT|DELETE) (\/[^'"`\s]+)['"`]/g;
const OWN_ROUTES = new Set(['GET /healthz']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

/**
 * Every GitHub REST route written in the product's source (as `test/github/rest-routes.test.ts`
 * finds them), the simulator's own excepted.
 */
export function productRestRoutes(): string[] {
  // The configuration's resolver (`_extends` included) reads files through this one.
  const routes = new Set<string>(['GET /repos/{owner}/{repo}/contents/{path}']);
  for (const file of sourceFiles('src').filter((path) => !path.includes('simulated-github'))) {
    for (const [, method, path] of readFileSync(file, 'utf8').matchAll(ROUTE)) {
      if (!OWN_ROUTES.has(`${method} ${path}`)) routes.add(`${method} ${path}`);
    }
  }
  return [...routes].sort();
}

interface RestOperation {
  route: string;
  method: string;
  pattern: RegExp;
  /** Documented JSON answers by status (2xx first). */
  answers: Array<{ status: number; schema: JsonSchema | null }>;
}

let operations: RestOperation[] | null = null;

function restOperations(): RestOperation[] {
  operations ??= productRestRoutes().map((route) => {
    const [method = '', path = ''] = route.split(' ');
    const operation = (openapiDescription().paths[path]?.[method.toLowerCase()] ?? {}) as {
      responses?: Record<string, JsonSchema>;
    };
    const answers = Object.entries(operation.responses ?? {})
      .filter(([status]) => /^[2-5]\d\d$/.test(status) && status !== '204' && !status.startsWith('3'))
      .map(([status, response]) => {
        const content = (resolveRef(response).content ?? {}) as Record<string, { schema?: JsonSchema }>;
        return { status: Number(status), schema: content['application/json']?.schema ?? null };
      })
      .sort((a, b) => a.status - b.status);
    const pattern = new RegExp(
      `^${path
        .replace(/\{path\}$/, '(.+)')
        .replace(/\{[^}]+\}/g, '[^/]+')
        .replace(/\//g, '\\/')}$`,
    );
    return { route, method, pattern, answers };
  });
  return operations;
}

/** The route template a request URL answers to, or null. */
export function restRouteOf(method: string, pathname: string): RestOperation | null {
  return restOperations().find((op) => op.method === method && op.pattern.test(pathname)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// The Octokit seam

export interface AnsweredRequests {
  /** GraphQL answers by operation name. */
  graphql: Map<string, number>;
  /** REST answers by route, `METHOD /template`. */
  rest: Map<string, number>;
  /** REST requests on a route the product's source does not name. */
  unknownRoutes: string[];
}

export function newAnswered(): AnsweredRequests {
  return { graphql: new Map(), rest: new Map(), unknownRoutes: [] };
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * A real Octokit (`@octokit/rest`) whose every request is answered with random schema-valid
 * data: one seed from `nextSeed` per request, so a run is reproduced from fast-check's seed.
 */
export function schemaAnsweringOctokit(options: {
  nextSeed: () => number;
  style: AnswerStyle;
  now: number;
  answered: AnsweredRequests;
}): Octokit {
  const { nextSeed, style, now, answered } = options;
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const method = (init.method ?? 'GET').toUpperCase();
    const random = seededRandom(nextSeed());
    const json = (status: number, body: unknown, contentType = 'application/json; charset=utf-8') =>
      new Response(status === 204 ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': contentType },
      });
    if (url.pathname === '/graphql') {
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      count(answered.graphql, /query\s+(\w+)/.exec(query)?.[1] ?? 'anonymous');
      return json(200, graphqlAnswer(query, variables ?? {}, random, style, now));
    }
    const operation = restRouteOf(method, url.pathname);
    if (!operation) {
      answered.unknownRoutes.push(`${method} ${url.pathname}`);
      return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    count(answered.rest, operation.route);
    const [success, ...others] = operation.answers;
    const answer = others.length > 0 && random.chance(style.fieldErrors * 4) ? random.pick(others) : success;
    if (!answer) return json(404, { message: 'Not Found' });
    const accept = new Headers(init.headers).get('accept') ?? '';
    if (answer.status < 300 && accept.includes('raw') && random.chance(0.7)) {
      // The raw media type (`mediaType: { format: 'raw' }`): a file's text.
      return new Response(someString(random), {
        status: 200,
        headers: { 'content-type': 'application/vnd.github.raw' },
      });
    }
    const body = answer.schema ? valueForSchema(answer.schema, random, style, now) : null;
    return json(answer.status, body);
  };
  return new Octokit({ log: SILENT_LOG, request: { fetch, retries: 0 } });
}
