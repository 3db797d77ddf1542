import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterEach } from 'vitest';
import {
  type SimulatedGitHubServer,
  serveSimulatedGitHub,
} from '../../dev/simulated-github/serve-simulated-github.js';
import {
  SimulatedGitHub,
  type SimulatedGitHubOptions,
  type SimulatedRepositorySpec,
} from '../../dev/simulated-github/simulated-github.js';

// No nock here: these tests talk real HTTP to the simulator on loopback.

/**
 * The simulators a test file serves, all closed after each test. Call it once, at the top level of
 * the file.
 */
export function useSimulatedGitHub() {
  const servers: SimulatedGitHubServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return {
    async serve(specs: SimulatedRepositorySpec[], options: SimulatedGitHubOptions = {}) {
      const simulated = new SimulatedGitHub(specs, { baseUrl: 'http://127.0.0.1', ...options });
      const server = await serveSimulatedGitHub(simulated);
      servers.push(server);
      return { simulated, url: server.url, server };
    },
  };
}

/** A clock tests move by hand. */
export function testClock(start: string) {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// GitHub's published response schemas (`@octokit/openapi`, dereferenced)

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const require = createRequire(import.meta.url);
let paths: Record<string, Record<string, Operation>> | null = null;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, logger: false, validateFormats: false, allErrors: true });

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms, which ajv reads: `type` gains `null`, a
 * schema without `type` (`allOf`, `anyOf`…) becomes "that or null".
 */
export function jsonSchemaOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (schema === null || typeof schema !== 'object') return schema;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples' || key === 'nullable') continue;
    converted[key] =
      key === 'properties' && value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([name, property]) => [name, jsonSchemaOf(property)]))
        : jsonSchemaOf(value);
  }
  if ((schema as { nullable?: unknown }).nullable !== true) return converted;
  if (converted.type === undefined) return { anyOf: [converted, { type: 'null' }] };
  const types = Array.isArray(converted.type) ? converted.type : [converted.type];
  return {
    ...converted,
    type: [...types, 'null'],
    ...(Array.isArray(converted.enum) ? { enum: [...converted.enum, null] } : {}),
  };
}

/**
 * The validator of a route's JSON answer (`GET /repos/{owner}/{repo}/git/trees/{tree_sha}`, status
 * 200 or 201), compiled from `api.github.com.deref.json`.
 */
export function responseValidator(route: string, status: number): ValidateFunction {
  const key = `${route} ${status}`;
  const known = validators.get(key);
  if (known) return known;
  paths ??= (
    JSON.parse(
      readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8'),
    ) as { paths: Record<string, Record<string, Operation>> }
  ).paths;
  const [method = '', path = ''] = route.split(' ');
  const schema =
    paths[path]?.[method.toLowerCase()]?.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`@octokit/openapi has no JSON schema for ${route} → ${status}`);
  const validate = ajv.compile(jsonSchemaOf(schema) as object);
  validators.set(key, validate);
  return validate;
}

/** Ajv's errors, short, for an assertion message. */
export function schemaErrors(validate: ValidateFunction): string {
  return JSON.stringify(
    (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath} ${error.message}`),
  );
}
