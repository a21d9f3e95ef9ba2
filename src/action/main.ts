import { runAction } from './run.js';

/** The action's entry point (`runs.main` in action.yml, bundled to `dist/action.js`). */
process.exitCode = await runAction(process.env, (text) => process.stdout.write(text));
