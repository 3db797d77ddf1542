import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FakeGitHub, type FakeGitHubOptions, type FakeRepositorySpec } from './fake-github.js';
import { GITHUB_NOW } from './product-github-spec.js';

/** The fake GitHub of a test file: at most one at a time, closed after each test. */
export interface FakeGitHubLifecycle {
  /**
   * A fresh `FakeGitHub` over `specs`, intercepting at once, its clock at `GITHUB_NOW` unless
   * `options.now` says otherwise. The previous one, if any, is closed first.
   */
  serve(specs: FakeRepositorySpec[], options?: FakeGitHubOptions): FakeGitHub;
  /** The fake last served in the running test, or null. */
  readonly current: FakeGitHub | null;
}

/**
 * Registers the hooks of a test file that talks to a fake GitHub: no real network while the file
 * runs; after each test the fake closed and every nock interceptor removed. Call it once, at the
 * top level of the file.
 */
export function useFakeGitHub(): FakeGitHubLifecycle {
  let current: FakeGitHub | null = null;

  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => {
    current?.close();
    current = null;
    nock.cleanAll();
  });

  return {
    serve(specs, options = {}) {
      current?.close();
      current = new FakeGitHub(specs, { now: () => new Date(GITHUB_NOW), ...options }).intercept();
      return current;
    },
    get current() {
      return current;
    },
  };
}
