import type { ChildProcess } from 'node:child_process';
import { SourceError } from '../../errors.js';
import { lastLine, spawnError, spawnGit } from './run.js';

/**
 * Reads git objects in one stream: `git rev-list --objects` names every commit, tag and blob the
 * revisions reach, each once, and `git cat-file --batch` hands over their content. Trees are
 * filtered out by rev-list. Each blob is read once however many commits or paths hold it, which is
 * what makes a history scan cost about as much as reading the repository's content once.
 */

/** One object as `cat-file --batch` delivered it. */
export interface GitObject {
  id: string;
  type: 'blob' | 'commit' | 'tag';
  /** Path the object was first met at (rev-list's name for it); empty for commits. */
  path: string;
  /** The content; absent for blobs over the in-memory limit (see {@link ReadObjectsOptions.maxInMemory}). */
  content?: Buffer;
  /** Size in bytes. */
  size: number;
}

/** Options for {@link readObjects}. */
export interface ReadObjectsOptions {
  /** Directory git runs in. */
  cwd: string;
  /**
   * What to read: revision arguments for rev-list (`--all`, `A..B`, `--since=…`, refs), or
   * objects named directly (id and path), as a tree listing gives them.
   */
  objects: { revisions: readonly string[]; stdin?: string } | { ids: ReadonlyMap<string, string> };
  /** Blobs larger than this are announced without content (the caller streams them itself). */
  maxInMemory: number;
  /** Called for every object, in rev-list's order. */
  onObject: (object: GitObject) => void;
  /** Called once rev-list has finished, with the number of objects it listed. */
  onListed?: (total: number) => void;
}

const NEWLINE = 0x0a;

/** Streams the objects `revisions` reach through `options.onObject`; resolves with counts. */
export async function readObjects(options: ReadObjectsOptions): Promise<{ objects: number; bytes: number }> {
  const { cwd } = options;
  const batch = spawnGit(['cat-file', '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)'], cwd);
  const batchExit = exited(batch);
  const failures: Error[] = [];
  const batchErr: Buffer[] = [];
  batch.stderr.on('data', (chunk: Buffer) => batchErr.push(chunk));
  batch.on('error', (error) => failures.push(spawnError(error, cwd)));
  // cat-file may exit early (a failure); writes to it must not crash the process.
  batch.stdin.on('error', () => undefined);

  let list: ReturnType<typeof spawnGit> | undefined;
  let listExit: Promise<number | null> = Promise.resolve(0);
  const listErr: Buffer[] = [];
  if ('ids' in options.objects) {
    const lines = [...options.objects.ids].map(([id, path]) => `${id} ${path.replace(/\n/g, ' ')}\n`);
    batch.stdin.end(lines.join(''));
    options.onListed?.(lines.length);
  } else {
    list = spawnGit(['rev-list', '--objects', '--filter=object:type=blob', ...options.objects.revisions, '--'], cwd);
    listExit = exited(list);
    list.stdin.on('error', () => undefined);
    list.stdin.end(options.objects.stdin ?? '');
    const source = list;
    source.stderr.on('data', (chunk: Buffer) => listErr.push(chunk));
    source.on('error', (error) => failures.push(spawnError(error, cwd)));
    let listed = 0;
    source.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) listed++;
      if (!batch.stdin.write(chunk)) {
        source.stdout.pause();
        batch.stdin.once('drain', () => source.stdout.resume());
      }
    });
    source.stdout.on('end', () => {
      batch.stdin.end();
      options.onListed?.(listed);
    });
  }

  const parser = new BatchParser(options);
  batch.stdout.on('data', (chunk: Buffer) => {
    try {
      parser.push(chunk);
    } catch (error) {
      failures.push(error as Error);
      list?.kill();
      batch.kill();
    }
  });

  const [listCode, batchCode] = await Promise.all([listExit, batchExit]);
  if (failures.length > 0) throw failures[0];
  if (listCode !== 0) throw new SourceError(`git rev-list failed: ${lastLine(Buffer.concat(listErr)) || `exit code ${String(listCode)}`}`);
  if (batchCode !== 0) throw new SourceError(`git cat-file failed: ${lastLine(Buffer.concat(batchErr)) || `exit code ${String(batchCode)}`}`);
  parser.end();
  return { objects: parser.objects, bytes: parser.bytes };
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

  constructor(private readonly options: ReadObjectsOptions) {}

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
    // `<id> missing` for ids git does not have (a rev-list name broken by a newline in a path).
    const [id = '', type = '', sizeText = ''] = line.split(' ', 3);
    if (type === 'missing' || type === 'ambiguous') return undefined;
    const size = Number(sizeText);
    if (!/^[0-9a-f]{40,64}$/.test(id) || sizeText === '' || !Number.isInteger(size) || size < 0) {
      throw new SourceError(`unexpected git cat-file output: ${line.slice(0, 80)}`);
    }
    const path = line.slice(id.length + type.length + sizeText.length + 3);
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
