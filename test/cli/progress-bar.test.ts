import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { progressBar } from '../../src/cli/progress-bar.js';

function fakeStderr(isTTY: boolean) {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as Writable & {
    isTTY: boolean;
    columns: number;
    cursorTo: () => boolean;
    clearLine: () => boolean;
    moveCursor: () => boolean;
  };
  Object.assign(stream, {
    isTTY,
    columns: 100,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

function io(stream: NodeJS.WriteStream, env: Record<string, string> = {}): CliIo {
  return { cwd: '/', stdout: () => {}, stderr: () => {}, now: () => new Date(), env, stderrStream: stream };
}

describe('progress bar', () => {
  it('draws on a terminal', () => {
    const stderr = fakeStderr(true);
    const bar = progressBar(io(stderr.stream), 'compare', true);
    bar.update(0, 200);
    bar.update(150, 200);
    bar.stop();
    expect(stderr.written()).toMatch(/compare \[.*\] 150\/200/);
  });

  it('stays quiet in a pipe, in CI and with --no-progress', () => {
    for (const [tty, env, enabled] of [
      [false, {}, true],
      [true, { CI: 'true' }, true],
      [true, {}, false],
    ] as const) {
      const stderr = fakeStderr(tty);
      const bar = progressBar(io(stderr.stream, env), 'compare', enabled);
      bar.update(10, 20);
      bar.stop();
      expect(stderr.written()).toBe('');
    }
  });
});
