import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the installed package: this file sits two levels below it, in `src/` or `dist/`. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readPackageFile(relativePath: string): string {
  return readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8');
}

export function readPackageJson<T>(relativePath: string): T {
  return JSON.parse(readPackageFile(relativePath)) as T;
}
