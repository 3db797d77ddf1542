import { ProbotOctokit } from 'probot';
import { describe, expect, it } from 'vitest';
import { pacedProbotOctokit } from '../../src/app/paced-probot-octokit.js';
import { GRAPHQL_READS } from '../../src/github/create-octokit.js';
import { recordingLogger } from '../helpers/recording-logger.js';

type Throttle = {
  enabled?: boolean;
  write?: unknown;
  notifications?: unknown;
  onRateLimit: (
    after: number,
    request: { method: string; url: string },
    octokit: unknown,
    count: number,
  ) => boolean;
  onSecondaryRateLimit: (
    after: number,
    request: { method: string; url: string },
    octokit: unknown,
    count: number,
  ) => boolean;
};

/** The throttle options an instance ends with, Probot's own defaults given as Probot gives them. */
function throttleOf(Octokit: typeof ProbotOctokit): Throttle {
  // Probot builds its installation clients with its own throttle decisions (wait for any reset).
  const WithProbotDefaults = Octokit.defaults((instance: Record<string, unknown>) => ({
    ...instance,
    throttle: { enabled: false, onRateLimit: () => true, onSecondaryRateLimit: () => true },
  }));
  const captured: { options?: { throttle: Throttle } } = {};
  // A plugin sees the options the instance was built with, every default applied.
  const Capturing = WithProbotDefaults.plugin((_octokit: unknown, options: object) => {
    captured.options = options as { throttle: Throttle };
    return {};
  });
  new Capturing({});
  if (!captured.options) throw new Error('no options captured');
  return captured.options.throttle;
}

const request = { method: 'POST', url: '/graphql' };

describe('the app server’s Octokit', () => {
  it('waits for a near reset, but not for one an hour away, where Probot would wait', () => {
    const log = recordingLogger();
    const throttle = throttleOf(pacedProbotOctokit(ProbotOctokit, log.logger));
    expect(throttle.onRateLimit(30, request, null, 0)).toBe(true);
    expect(throttle.onRateLimit(3_000, request, null, 0)).toBe(false);
    expect(throttle.onRateLimit(30, request, null, 2)).toBe(false);
    expect(throttle.onSecondaryRateLimit(60, request, null, 0)).toBe(true);
    // Probot's other throttle options (its Redis connection when REDIS_URL is set) are kept.
    expect(throttle.enabled).toBe(false);
    expect(log.lines.some((line) => line.message.includes('not retried'))).toBe(true);
  });

  it('spaces neither GraphQL reads nor issue creations itself: the write pacer paces content creation', () => {
    const throttle = throttleOf(pacedProbotOctokit(ProbotOctokit, recordingLogger().logger));
    // The throttling plugin's groups space reads like writes (1 s) and issue creations 3 s apart,
    // whatever PRODUCT_HEALTH_WRITES_PER_MINUTE says, and with Redis for every instance together.
    expect(throttle.write).toBe(GRAPHQL_READS);
    expect(throttle.notifications).toBe(GRAPHQL_READS);
  });
});
