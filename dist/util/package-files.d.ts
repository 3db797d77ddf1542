/** Folder of the installed package: this file sits two levels below it, in `src/` or `dist/`. */
export declare const PACKAGE_ROOT: string;
export declare function readPackageFile(relativePath: string): string;
export declare function readPackageJson<T>(relativePath: string): T;
