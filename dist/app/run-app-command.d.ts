import { type RunningAppServer } from './start-app-server.js';
export declare const APP_USAGE = "Usage: node dist/app/main.js [--development | --setup]\n\nRuns the product-health GitHub App (npm start). It needs APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH,\nand WEBHOOK_SECRET (from the environment or a .env file in the working folder).\n\n  --development   also starts without WEBHOOK_SECRET (Probot's public default \"development\" is used)\n  --setup         registers a new GitHub App from app.yml in the browser (Probot's setup, on\n                  http://localhost:3000), then writes APP_ID, PRIVATE_KEY and WEBHOOK_SECRET to .env\n  --help          prints this";
export interface AppCommandIo {
    env: Record<string, string | undefined>;
    cwd: string;
    /** One line for the operator (standard error). */
    say(line: string): void;
    /** Called with the running server, to stop it on a signal. */
    started?(server: RunningAppServer): void;
}
/**
 * `npm start`: checks the settings — every problem one line saying what to set, exit code 1, no
 * server — then starts the app's server. Probot's setup (the app registration flow, whose pages
 * write credentials into .env) runs only with `--setup`. Every failure ends here, reported.
 */
export declare function runAppCommand(args: readonly string[], io: AppCommandIo): Promise<number>;
