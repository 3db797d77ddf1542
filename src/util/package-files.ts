import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folder of the installed package: the nearest folder holding `package.json`, from two levels above
 * this file (`src/util/` or `dist/util/`) upwards — the development build (`dev-dist/src/util/`)
 * sits one level deeper and reads the same `templates/` and `schemas/`.
 */
export const PACKAGE_ROOT = findPackageRoot(fileURLToPath(new URL('../../', import.meta.url)));

function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder.endsWith('/') ? folder : `${folder}/`;
    if (dirname(folder) === folder) return start;
  }
}

export function readPackageFile(relativePath: string): string {
  return readFileSync(join(PACKAGE_ROOT, relativePath), 'utf8');
}

export function readPackageJson<T>(relativePath: string): T {
  return JSON.parse(readPackageFile(relativePath)) as T;
}
