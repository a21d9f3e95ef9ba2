/**
 * Errors the library throws. Only the CLI (and later the Action) catches them, prints
 * `message` as one line and exits 2. Per-file problems are warnings in the result, not errors.
 */
export class MonimeGuardError extends Error {
  /** Machine-readable code, stable across releases. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A configuration file, baseline file or configuration value is wrong. */
export class ConfigError extends MonimeGuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
  }
}

/** An input the user named cannot be read at all (a missing path, a failed stdin). */
export class SourceError extends MonimeGuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('source', message, options);
  }
}

/** A flag or option value is wrong. */
export class InputError extends MonimeGuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('input', message, options);
  }
}

/**
 * A file the tool writes (a report, a baseline, the state file) could not be written. The old
 * file, if there was one, is left as it was.
 */
export class WriteError extends MonimeGuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('write', message, options);
  }
}

/** The `code` of a Node.js system error (`ENOENT`, `EACCES`, …), if it is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** What went wrong, for a message: the system error's code (`ENOENT`), else the error's own message. */
export function errorReason(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
