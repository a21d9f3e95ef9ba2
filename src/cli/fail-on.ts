import { displayPath } from '../config/messages.js';
import type { LoadedConfig } from '../config/types.js';
import { InputError } from '../errors.js';
import type { ReportFlags } from './scan-flags.js';

/**
 * Refuses `--fail-on active` (or config `failOn: active`) without `--verify`: only a token the API
 * verified fails at that level, so without verification nothing could ever fail, and a hook or CI
 * step would pass green whatever it found. Verifying on the config's say-so alone is not an
 * option: it would send tokens to the network from a pre-commit hook nobody asked to.
 *
 * @param verifiable False for a command that cannot verify (`iac`), so the advice does not offer
 *   `--verify`.
 * @throws InputError naming the flag, or the config file and key, and what to do instead.
 */
export function requireVerifyForActive(flags: ReportFlags, loaded: LoadedConfig, verifiable = true): void {
  if (flags.verify === true) return;
  const fromFlag = flags.failOn !== undefined;
  if ((flags.failOn ?? loaded.config.failOn) !== 'active') return;
  const where = fromFlag ? '--fail-on active' : `${loaded.file ? displayPath(loaded.file) : 'the config'}: failOn "active"`;
  const advice = verifiable ? 'add --verify, or choose --fail-on live' : 'this command does not verify tokens; choose --fail-on live';
  throw new InputError(`${where} fails only on tokens --verify found working, so without --verify nothing could ever fail; ${advice}`);
}
