/**
 * Reads a config or baseline file (or a JSON report, for `merge`) as UTF-8 text, turning every
 * way that can fail into one `ConfigError` line that names the file.
 */
import { promises as fs } from 'node:fs';
import { ConfigError, errorCode } from '../errors.js';
import { NotRegularFileError, readRegularFile } from '../sources/regular-file.js';
import { displayPath } from './messages.js';

/** What a file is for; only used to word messages. */
export type TextFileKind = 'config file' | 'baseline file' | 'JSON report';

/**
 * Reads `file` (an absolute path) as UTF-8, without a byte-order mark. Throws `ConfigError` when it
 * is missing, a broken symbolic link, a directory, not a regular file (a FIFO, socket or device,
 * which could block or never end: refused without waiting), unreadable or not UTF-8.
 */
export async function readTextFile(file: string, kind: TextFileKind): Promise<string> {
  const shown = displayPath(file);
  const failure = async (error: unknown): Promise<ConfigError> => {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // stat follows links, so a dangling link looks missing; lstat tells the two apart, which
      // matters because "not found" would send the user looking in the wrong place.
      const dangling = await fs.lstat(file).then(
        (stat) => stat.isSymbolicLink(),
        () => false,
      );
      return new ConfigError(dangling ? `${shown}: ${kind} is a broken symbolic link` : `${shown}: ${kind} not found`, { cause: error });
    }
    if (code === 'EISDIR') return new ConfigError(`${shown}: is a directory, not a ${kind}`);
    return new ConfigError(`${shown}: cannot read the ${kind} (${code ?? String(error)})`, {
      cause: error,
    });
  };

  let bytes: Buffer;
  try {
    bytes = readRegularFile(file);
  } catch (error) {
    if (error instanceof NotRegularFileError) {
      throw new ConfigError(`${shown}: ${kind} is not a regular file (a FIFO, socket or device); write it to a file and name that`);
    }
    throw await failure(error);
  }

  try {
    // Editors on Windows like to start files with a BOM; neither JSON.parse nor our positions want
    // it, and TextDecoder drops it (`ignoreBOM` defaults to false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ConfigError(`${shown}: ${kind} is not UTF-8 text`, { cause: error });
  }
}
