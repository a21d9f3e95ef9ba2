import type { ChildProcess } from 'node:child_process';
import { SourceError } from '../../errors.js';
import { lastLine, spawnError, spawnGit } from './run.js';

/**
 * Reading object content with one long-running `git cat-file --batch`: ids go in as the caller
 * learns them, content comes back in order. Content that arrives whole inside one chunk of
 * output is handed over without a copy.
 */

/** One object as `cat-file --batch` delivered it. */
export interface GitObject {
  id: string;
  type: 'blob' | 'commit' | 'tag';
  /** Path the caller asked for the object under; empty for commits and tags. */
  path: string;
  /** The content; absent for blobs over the in-memory limit (see {@link BatchOptions.maxInMemory}). */
  content?: Buffer;
  /** Size in bytes. */
  size: number;
}

/** Options for {@link openBatch}. */
export interface BatchOptions {
  /** Directory git runs in. */
  cwd: string;
  /** Blobs larger than this are announced without content (the caller streams them itself). */
  maxInMemory: number;
  /** Called for every object, in the order the ids were requested. */
  onObject: (object: GitObject) => void;
  /**
   * Called for an id the object store does not have (a damaged repository, an object pruned or
   * never fetched): the caller says so, since its content cannot be scanned.
   */
  onMissing: (id: string, path: string) => void;
}

/** A running `cat-file --batch`. */
export interface Batch {
  /** Asks for an object. Requests are sent to git by {@link Batch.flush} (and by `end`). */
  request(id: string, path: string): void;
  /** Sends the requests so far; false when git's input is full and the caller should wait for {@link Batch.drained}. */
  flush(): boolean;
  /** Resolves once git can take more ids. */
  drained(): Promise<void>;
  /** No more ids: resolves once every requested object has been handed over. */
  end(): Promise<{ objects: number; bytes: number }>;
  /** Stops git (after a failure elsewhere). */
  kill(): void;
}

const NEWLINE = 0x0a;

/** Starts `git cat-file --batch` in `options.cwd`. */
export function openBatch(options: BatchOptions): Batch {
  const { cwd } = options;
  // The default output format, and ids alone on the input: asking cat-file to echo a path
  // (`%(rest)`) makes it several times slower, so paths stay here, keyed by id.
  const batch = spawnGit(['cat-file', '--buffer', '--batch'], cwd);
  const exit = exited(batch);
  const failures: Error[] = [];
  const stderr: Buffer[] = [];
  batch.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  batch.on('error', (error) => failures.push(spawnError(error, cwd)));
  // cat-file may exit early (a failure); writes to it must not crash the process.
  batch.stdin.on('error', () => undefined);
  const paths = new Map<string, string>();
  const parser = new BatchParser(options, paths);
  batch.stdout.on('data', (chunk: Buffer) => {
    try {
      parser.push(chunk);
    } catch (error) {
      failures.push(error as Error);
      batch.kill();
    }
  });
  // Ids are sent in batches: one write per id would be one system call per object.
  let queued: string[] = [];
  const flush = (): boolean => {
    if (queued.length === 0) return true;
    const text = `${queued.join('\n')}\n`;
    queued = [];
    return batch.stdin.write(text);
  };
  return {
    request(id, path) {
      if (path !== '') paths.set(id, path);
      queued.push(id);
    },
    flush,
    drained: () => new Promise((resolve) => batch.stdin.once('drain', resolve)),
    async end() {
      flush();
      batch.stdin.end();
      const code = await exit;
      if (failures.length > 0) throw failures[0];
      if (code !== 0) throw new SourceError(`git cat-file failed: ${lastLine(Buffer.concat(stderr)) || `exit code ${String(code)}`}`);
      parser.end();
      return { objects: parser.objects, bytes: parser.bytes };
    },
    kill: () => batch.kill(),
  };
}

/** Reads the objects `ids` names (id → path to report them under) in one batch. */
export async function readObjects(
  cwd: string,
  ids: ReadonlyMap<string, string>,
  maxInMemory: number,
  onObject: (object: GitObject) => void,
  onMissing: (id: string, path: string) => void,
): Promise<void> {
  // Starting git costs a few milliseconds of every commit hook's run: none when nothing is asked.
  if (ids.size === 0) return;
  const batch = openBatch({ cwd, maxInMemory, onObject, onMissing });
  for (const [id, path] of ids) batch.request(id, path);
  await batch.end();
}

/** Resolves with a process's exit code once it has closed, or null when it could not start. */
function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('close', (code: number | null) => resolve(code));
    child.once('error', () => resolve(null));
  });
}

/** An object whose content is arriving: kept, announced without content, or skipped (trees). */
interface Arriving {
  object: GitObject;
  handling: 'keep' | 'announce' | 'skip';
  parts: Buffer[];
  /** Bytes received so far, the trailing newline included. */
  received: number;
}

/**
 * Splits `cat-file --batch` output into objects: a header line `<id> <type> <size> <rest>`, then
 * `size` bytes of content and a newline. Content that arrives whole inside one chunk is handed
 * over without a copy.
 */
class BatchParser {
  objects = 0;
  bytes = 0;
  private pending: Buffer = Buffer.alloc(0);
  private current: Arriving | undefined;

  constructor(
    private readonly options: BatchOptions,
    private readonly paths: ReadonlyMap<string, string>,
  ) {}

  push(chunk: Buffer): void {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    let at = 0;
    while (at < data.length) {
      if (this.current) {
        at = this.takeContent(data, at);
        continue;
      }
      const end = data.indexOf(NEWLINE, at);
      if (end === -1) break;
      this.current = this.startObject(data.toString('utf8', at, end));
      at = end + 1;
    }
    // Only a header line can be left over: content is always consumed.
    if (at < data.length) this.pending = Buffer.from(data.subarray(at));
  }

  end(): void {
    if (this.current || this.pending.length > 0) throw new SourceError('git cat-file output ended in the middle of an object');
  }

  private startObject(line: string): Arriving | undefined {
    // `<id> missing` for an object the store does not have: its content cannot be scanned.
    const [id = '', type = '', sizeText = ''] = line.split(' ', 3);
    if (type === 'missing' || type === 'ambiguous') {
      this.options.onMissing(id, this.paths.get(id) ?? '');
      return undefined;
    }
    const size = Number(sizeText);
    if (!/^[0-9a-f]{40,64}$/.test(id) || sizeText === '' || !Number.isInteger(size) || size < 0) {
      throw new SourceError(`unexpected git cat-file output: ${line.slice(0, 80)}`);
    }
    const path = this.paths.get(id) ?? '';
    const known = type === 'blob' || type === 'commit' || type === 'tag';
    const object: GitObject = { id, type: known ? type : 'blob', path, size };
    const handling = !known ? 'skip' : type === 'blob' && size > this.options.maxInMemory ? 'announce' : 'keep';
    return { object, handling, parts: [], received: 0 };
  }

  /** Consumes content bytes (and the newline after them) from `data` at `at`; returns the new offset. */
  private takeContent(data: Buffer, at: number): number {
    const current = this.current!;
    const { size } = current.object;
    const taken = Math.min(size + 1 - current.received, data.length - at);
    if (current.handling === 'keep') current.parts.push(data.subarray(at, at + taken));
    current.received += taken;
    if (current.received <= size) return at + taken;
    // The whole object, and the newline after it, is in.
    this.current = undefined;
    if (current.handling === 'skip') return at + taken;
    this.objects++;
    this.bytes += size;
    if (current.handling === 'keep') {
      const whole = current.parts.length === 1 ? current.parts[0]! : Buffer.concat(current.parts);
      current.object.content = whole.subarray(0, size);
    }
    this.options.onObject(current.object);
    return at + taken;
  }
}
