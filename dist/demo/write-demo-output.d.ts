import type { DemoResult } from './run-demo.js';
/** What the demo leaves on disk: each product-health issue as GitHub would show it, and an index. */
export declare function writeDemoOutput(result: DemoResult, folder: string): Promise<string[]>;
