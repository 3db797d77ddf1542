import type { Report } from '../report/report.js';
export declare const REPORT_FILE_NAME = "product-health-report.json";
/** Writes the JSON report into `directory` (the runner's `RUNNER_TEMP`) and returns its path. */
export declare function writeReportFile(report: Report, directory: string): Promise<string>;
