// `npm start`: the GitHub App's server (see run-app-command.ts).
import { runAppCommand } from './run-app-command.js';
const code = await runAppCommand(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    say: (line) => process.stderr.write(`${line}\n`),
    started: (server) => {
        for (const signal of ['SIGINT', 'SIGTERM']) {
            process.once(signal, () => {
                void server.stop().finally(() => process.exit(0));
            });
        }
    },
});
if (code !== 0)
    process.exit(code);
