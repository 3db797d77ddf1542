// The Action's bundle: `npm run bundle` writes it, the freshness test rebuilds it with the same
// options and compares. The bundle must stay two folders below the package root
// (`action/dist/index.js`): `src/util/package-files.ts` finds `package.json`, `templates/` and
// `schemas/` at `../../` from the running module.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository's root: every path below is relative to it, so the output does not depend on the cwd. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ENTRY = 'action/main.ts';
export const BUNDLE = 'action/dist/index.js';

/** esbuild's options; `outfile` (relative to ROOT, or absolute) defaults to the committed bundle. */
export function bundleOptions(outfile = BUNDLE) {
  return {
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    minify: false,
    sourcemap: false,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    // Some CommonJS dependencies `require()` Node's built-ins, which an ES module does not have.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  };
}

/** Builds the bundle into `outfile` (default: the committed one). */
export async function bundleAction(outfile = BUNDLE) {
  return build(bundleOptions(outfile));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleAction();
