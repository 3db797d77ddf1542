import { processIo } from './cli-io.js';
const argv = process.argv.slice(2);
// `--version` alone answers before the command line's parser loads: the quickest start there is.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    const { TOOL } = await import('../util/tool.js');
    processIo.stdout(`${TOOL.version}\n`);
}
else {
    const { runCli } = await import('./run-cli.js');
    process.exitCode = await runCli(argv, processIo);
}
