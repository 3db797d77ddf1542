import { afterEach, describe, expect, it, vi } from 'vitest';
import { toolkitActionIo } from '../../src/action/action-io.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the toolkit printed on standard output while `print` ran. */
function printed(print: () => void): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(
      ...String(chunk)
        .split(/\r?\n/)
        .filter((line) => line !== ''),
    );
    return true;
  });
  print();
  return lines;
}

describe('the Action’s output of repository content', () => {
  it('shows a line that looks like a workflow command without the runner running it', () => {
    const hostile = [
      '# Santé produit',
      '::add-mask::hide-the-grade',
      '::stop-commands::guess',
      '::warning::forged',
    ].join('\n');
    const lines = printed(() => toolkitActionIo().untrusted(hostile));
    const stop = /^::stop-commands::(.+)$/.exec(lines[0] ?? '');
    expect(stop).not.toBeNull();
    const token = stop?.[1] ?? '';
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.slice(1, -1)).toEqual(hostile.split('\n'));
    expect(lines.at(-1)).toBe(`::${token}::`);
    // The text itself cannot resume the commands: the token is not in it.
    expect(hostile).not.toContain(token);
  });

  it('prints the product’s own lines as they are', () => {
    expect(printed(() => toolkitActionIo().info('grade B'))).toEqual(['grade B']);
  });
});
