import type { ConfigProblem, ProductHealthConfig } from '../config/config.js';
import type { Language } from '../model/ids.js';
import type { Report } from '../report/report.js';
import type { Source } from '../sources/source.js';
export type ConfigInput = {
    file: string;
    text: string;
} | {
    file: string;
    value: unknown;
};
export interface ScanOptions {
    now: Date;
    /**
     * A configuration to use instead of the repository's own file: its text, or a value someone
     * else parsed (an `_extends` chain merged). Validated the same way either way.
     */
    config?: ConfigInput | null;
    /** Problems met while looking for the configuration (e.g. an unreadable organisation file). */
    configProblems?: ConfigProblem[];
    /** Command-line or input overrides, applied over the file. */
    overrides?: {
        language?: Language;
        windowDays?: number;
    };
}
/**
 * The core: read the configuration, collect the raw snapshot (the only I/O), judge every signal,
 * score and build the report. The CLI, the app and the Action all call this.
 */
export declare function scanRepository(source: Source, options: ScanOptions): Promise<Report>;
/** The scan, also returning the configuration it ran with (the issue keeper needs its settings). */
export declare function scanWithConfig(source: Source, options: ScanOptions): Promise<{
    report: Report;
    config: ProductHealthConfig;
}>;
