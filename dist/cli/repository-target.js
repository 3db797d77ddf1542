// parseRepositoryTarget lives in util/repository-target.ts (compare reads it too); re-exported for the command line.
export { parseRepositoryTarget } from '../util/repository-target.js';
