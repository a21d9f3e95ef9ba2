import { installOutputGate } from '../output/gate.js';
import { runAction } from './run.js';

// Before anything runs, so every line the action prints (workflow commands and annotations
// included) has its token-shaped text masked.
installOutputGate();

/** The action's entry point (`runs.main` in action.yml, bundled to `dist/action.js`). */
process.exitCode = await runAction(process.env, (text) => process.stdout.write(text));
