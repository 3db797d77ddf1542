import { parseConfig, parseConfigValue } from '../config/parse-config.js';
import { buildReport } from '../report/build-report.js';
import { evaluateSignals } from '../signals/evaluate-signals.js';
import { thresholdNames } from '../signals/index.js';
import { TOOL } from '../util/tool.js';
/**
 * The core: read the configuration, collect the raw snapshot (the only I/O), judge every signal,
 * score and build the report. The CLI, the app and the Action all call this.
 */
export async function scanRepository(source, options) {
    return (await scanWithConfig(source, options)).report;
}
/**
 * The scan, also returning the configuration it ran with (the issue keeper needs its settings) and
 * the raw snapshot it judged (starter documents reuse what it read).
 */
export async function scanWithConfig(source, options) {
    const configFile = options.config === undefined
        ? await source.readConfig({ now: options.now, windowDays: options.overrides?.windowDays })
        : options.config;
    const problem = configFile && 'problem' in configFile ? configFile.problem : undefined;
    const unread = configFile && typeof problem === 'string' ? { file: configFile.file, problem } : null;
    const parsed = configFile && 'value' in configFile
        ? parseConfigValue(configFile.value, configFile.file, { thresholdNames: thresholdNames() })
        : parseConfig(unread ? null : (configFile?.text ?? null), configFile?.file, {
            thresholdNames: thresholdNames(),
        });
    const config = applyOverrides(parsed.config, options.overrides);
    const snapshot = await source.collect({ now: options.now, config });
    const evaluated = evaluateSignals(snapshot, config);
    const report = buildReport({
        snapshot,
        config,
        configProblems: [
            ...(options.configProblems ?? []),
            ...(unread ? [{ file: unread.file, key: '', line: null, message: unread.problem }] : []),
            ...parsed.problems,
        ],
        evaluated,
        source: source.kind,
        tool: TOOL,
    });
    return { report, config, snapshot };
}
function applyOverrides(config, overrides) {
    return {
        ...config,
        language: overrides?.language ?? config.language,
        windowDays: overrides?.windowDays ?? config.windowDays,
    };
}
