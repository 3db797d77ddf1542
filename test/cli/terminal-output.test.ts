import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeComparison } from '../../src/cli/comparison-output.js';
import { comparisonOf, hostileRow } from '../helpers/comparison-fixture.js';
import { createGitRepo, type GitRepo } from '../helpers/git-fixture.js';
import { capturingIo, runCliCapture } from '../helpers/run-cli-capture.js';

const NOW = '2026-11-22T12:00:00Z';
/** A window title, a screen clear and a carriage return that would overwrite the line. */
const HOSTILE = '\x1b]0;pwned\x07\x1b[2J\rX\x9b31m\x7f';
/** What a terminal would act on: C0 but newline and tab, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('the command line in a terminal', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = createGitRepo({
      commits: [
        {
          date: '2026-11-01T10:00:00Z',
          files: {
            'README.md': `# Mon produit ${HOSTILE}\n\n## Vision ${HOSTILE}\n\nNous aidons les usagers ${HOSTILE}.\n`,
            [`docs/vision-${HOSTILE}.md`]: `# Vision ${HOSTILE}\n\nPour les usagers.\n`,
            [`.github/workflows/ci-${HOSTILE}.yml`]: 'on: push\njobs: {}\n',
            '.github/product-health.yml': `product: ${JSON.stringify(`P${HOSTILE}`)}\nunknown-${'\x1b[2J'}: 1\n`,
          },
        },
      ],
    });
  });
  afterAll(() => repo.cleanup());

  for (const format of ['text', 'markdown', 'json']) {
    it(`prints no control character from the repository's content (${format})`, async () => {
      const { code, stdout, stderr } = await runCliCapture(
        ['scan', repo.dir, '--format', format, '--now', NOW, '--lang', 'en'],
        { cwd: process.cwd(), now: NOW },
      );
      expect(code, stderr).toBe(0);
      // The file name is kept, without what a terminal would act on.
      expect(stdout).toMatch(/ci-.*X.*\.yml/);
      expect(stdout).not.toMatch(CONTROL);
      expect(stderr).not.toMatch(CONTROL);
      if (format === 'json') {
        // Escaped, not lost: the JSON still holds the file's name as it is.
        expect(JSON.stringify(JSON.parse(stdout))).toContain('\\u001b]0;pwned');
      }
    });
  }
});

describe('a comparison printed as JSON', () => {
  it('holds no control character, and the same values once parsed', async () => {
    const comparison = comparisonOf([{ ...hostileRow(), product: `P${HOSTILE}` }]);
    const { io, out } = capturingIo({ now: NOW });
    await writeComparison(io, comparison, ['json'], undefined, 'en');
    expect(out.stdout).not.toMatch(CONTROL);
    expect(JSON.parse(out.stdout).rows[0].product).toBe(`P${HOSTILE}`);
  });
});
