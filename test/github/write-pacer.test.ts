import { describe, expect, it } from 'vitest';
import {
  createWritePacer,
  GITHUB_WRITES_PER_MINUTE,
  WRITES_PER_MINUTE_VARIABLE,
  writesPerMinuteFromEnv,
} from '../../src/github/write-pacer.js';

describe('the write pacer', () => {
  it("paces at GitHub's 80 writes a minute unless PRODUCT_HEALTH_WRITES_PER_MINUTE says otherwise", () => {
    expect(WRITES_PER_MINUTE_VARIABLE).toBe('PRODUCT_HEALTH_WRITES_PER_MINUTE');
    expect(writesPerMinuteFromEnv({})).toBe(GITHUB_WRITES_PER_MINUTE);
    expect(writesPerMinuteFromEnv({ PRODUCT_HEALTH_WRITES_PER_MINUTE: '' })).toBe(80);
    expect(writesPerMinuteFromEnv({ PRODUCT_HEALTH_WRITES_PER_MINUTE: ' 800 ' })).toBe(800);
    expect(writesPerMinuteFromEnv({ PRODUCT_HEALTH_WRITES_PER_MINUTE: '30' })).toBe(30);
  });

  it('ignores a value that is not a rate between 1 and 60,000 writes a minute', () => {
    for (const invalid of ['0', '-5', 'fast', '1e9', 'NaN', 'Infinity']) {
      expect(writesPerMinuteFromEnv({ PRODUCT_HEALTH_WRITES_PER_MINUTE: invalid }), invalid).toBe(80);
    }
  });

  it('spaces the writes evenly at the rate given, one at a time', async () => {
    const pacer = createWritePacer(1200); // one every 50 ms
    const started: number[] = [];
    const begin = performance.now();
    await Promise.all(
      Array.from({ length: 4 }, () =>
        pacer.schedule(async () => {
          started.push(performance.now() - begin);
        }),
      ),
    );
    expect(started).toHaveLength(4);
    for (let index = 1; index < started.length; index++) {
      expect((started[index] as number) - (started[index - 1] as number)).toBeGreaterThanOrEqual(45);
    }
  });
});
