// `npm run test:fast`: the pure core and the unit tests, for the development loop (under a minute
// on two cores). `npm test` still runs everything, these included.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** Folders of test/ whose tests need no built dist/, no server process, no install and no browser. */
const FAST_FOLDERS = [
  'architecture',
  'collect',
  'config',
  'documents',
  'examples',
  'issue',
  'product-record',
  'render',
  'report',
  'scoring',
  'signals',
  'sources',
  'util',
];

// Not mergeConfig: it would append these to the base's `test/**` instead of replacing it.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: FAST_FOLDERS.map((folder) => `test/${folder}/**/*.test.ts`),
    // A real headless browser is no unit test.
    exclude: ['**/node_modules/**', 'test/**/*browser*.test.ts'],
  },
});
