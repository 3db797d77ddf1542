import { runAction } from '../src/action/run-action.js';

await runAction();
