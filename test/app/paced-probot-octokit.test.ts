import { ProbotOctokit } from 'probot';
import { describe, expect, it } from 'vitest';
import { pacedProbotOctokit } from '../../src/app/paced-probot-octokit.js';
import { recordingLogger } from '../helpers/recording-logger.js';

type Throttle = {
  enabled?: boolean;
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
});
