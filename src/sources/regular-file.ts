/**
 * Reads a file the user named as an input of its own (a config, a baseline, a report, a token
 * configuration) only when it is a regular file. A FIFO with no writer blocks `open` forever, and
 * a device such as `/dev/zero` never ends; both are refused before a byte is read.
 */
import * as fs from 'node:fs';

/** Thrown by {@link readRegularFile} for a path that is a FIFO, socket or device. */
export class NotRegularFileError extends Error {
  /** Always `ENOTREG`, so callers that switch on system error codes can tell it apart. */
  readonly code = 'ENOTREG';
  constructor(file: string) {
    super(`${file}: not a regular file`);
  }
}

// Non-blocking: opening a FIFO must not wait for a writer; it is then refused by its type.
const FLAGS = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;

/**
 * The whole of `file` when it is a regular file.
 *
 * @throws NotRegularFileError for a FIFO, socket or device; a system error with code `EISDIR` for
 *   a directory; the system's error (`ENOENT`, `EACCES`, …) when it cannot be opened or read.
 */
export function readRegularFile(file: string): Buffer {
  const fd = fs.openSync(file, FLAGS);
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`${file}: is a directory`), { code: 'EISDIR' });
    if (!stat.isFile()) throw new NotRegularFileError(file);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
