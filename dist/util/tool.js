import { readPackageJson } from './package-files.js';
const pkg = readPackageJson('package.json');
/** Name and version of this tool, as reports state them. */
export const TOOL = { name: pkg.name, version: pkg.version };
