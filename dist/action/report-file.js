import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderReport } from '../render/render-report.js';
export const REPORT_FILE_NAME = 'product-health-report.json';
/** Writes the JSON report into `directory` (the runner's `RUNNER_TEMP`) and returns its path. */
export async function writeReportFile(report, directory) {
    await mkdir(directory, { recursive: true });
    const path = join(directory, REPORT_FILE_NAME);
    await writeFile(path, renderReport(report, 'json'));
    return path;
}
