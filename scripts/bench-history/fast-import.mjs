// Writes a `git fast-import` stream from Node. Blobs are held back for a batch of commits and then
// written grouped by path, oldest version first: fast-import tries a delta only against the blob
// it stored just before, so this order gives each file version a delta against its predecessor and
// the pack looks like one `git gc` would write, without a slow repack afterwards.

import { spawn } from 'node:child_process';
import { BenchError } from '../bench/measure.mjs';
import { textOf } from './content.mjs';

/** Commits per batch: enough versions of each hot file to delta against each other. */
const BATCH_COMMITS = 1000;
/** Bytes of stream text gathered before one write to fast-import's stdin. */
const WRITE_CHUNK = 1 << 20;

/** `Name <email> seconds zone`, as fast-import wants author, committer and tagger lines. */
const ident = (who, when) => `${who.name} <${who.email}> ${when} ${who.tz}`;
const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
const quotePath = (p) => (/^[\x21-\x7e][\x20-\x7e]*$/.test(p) && !p.startsWith('"') ? p : JSON.stringify(p));

export class FastImport {
  /**
   * Starts `git fast-import` in `repoDir` (an empty repository); marks go to `marksFile` so the
   * caller can map its commit marks to commit ids afterwards.
   */
  constructor(repoDir, marksFile, onChild = () => {}) {
    this.child = spawn('git', ['fast-import', '--quiet', '--done', `--export-marks=${marksFile}`], {
      cwd: repoDir,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    onChild(this.child);
    this.stderr = '';
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (s) => {
      this.stderr = (this.stderr + s).slice(-4096);
    });
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
    this.child.on('error', (err) => {
      this.failure = err;
    });
    // A write error means fast-import died; the exit code and its stderr say why.
    this.child.stdin.on('error', () => {});
    this.nextMark = 1;
    this.pendingBlobs = new Map(); // path → [{ mark, lines }], oldest first
    this.pendingCommands = [];
    this.commitsInBatch = 0;
    this.out = [];
    this.outBytes = 0;
  }

  /** A fresh mark number, for a commit or a blob. */
  mark() {
    return this.nextMark++;
  }

  /** Queues the content of one file version; returns its mark, for `M 100644 :mark path`. */
  blob(path, lines) {
    const mark = this.mark();
    if (!this.pendingBlobs.has(path)) this.pendingBlobs.set(path, []);
    this.pendingBlobs.get(path).push({ mark, lines });
    return mark;
  }

  /**
   * Queues a commit. `changes` are { path, mark } (file written), { path, deleted: true }.
   * `from` is needed for a branch's first commit only; `merge` adds a second parent.
   */
  async commit({ ref, mark, author, date, message, from, merge, changes }) {
    const lines = [`commit ${ref}`, `mark :${mark}`, `author ${ident(author, date)}`, `committer ${ident(author, date)}`, data(message).slice(0, -1)];
    if (from !== undefined) lines.push(`from :${from}`);
    if (merge !== undefined) lines.push(`merge :${merge}`);
    for (const c of changes) lines.push(c.deleted ? `D ${quotePath(c.path)}` : `M 100644 :${c.mark} ${quotePath(c.path)}`);
    this.pendingCommands.push(`${lines.join('\n')}\n\n`);
    if (++this.commitsInBatch >= BATCH_COMMITS) await this.flush();
  }

  /** Queues an annotated tag on commit `mark`. */
  tag({ name, mark, tagger, date, message }) {
    this.pendingCommands.push(`tag ${name}\nfrom :${mark}\ntagger ${ident(tagger, date)}\n${data(message)}`);
  }

  /** Queues a lightweight tag (a plain ref) on commit `mark`. */
  lightweightTag(name, mark) {
    this.pendingCommands.push(`reset refs/tags/${name}\nfrom :${mark}\n\n`);
  }

  /** Writes the batch: blobs grouped by path, then the commands that refer to them. */
  async flush() {
    for (const versions of this.pendingBlobs.values()) {
      for (const v of versions) await this.write(`blob\nmark :${v.mark}\n${data(textOf(v.lines))}`);
    }
    for (const cmd of this.pendingCommands) await this.write(cmd);
    this.pendingBlobs.clear();
    this.pendingCommands = [];
    this.commitsInBatch = 0;
  }

  async write(text) {
    this.out.push(text);
    this.outBytes += text.length;
    if (this.outBytes >= WRITE_CHUNK) await this.drainOut();
  }

  async drainOut() {
    if (this.failure) throw new BenchError(`cannot run git fast-import: ${this.failure.message}`);
    const chunk = this.out.join('');
    this.out = [];
    this.outBytes = 0;
    if (!this.child.stdin.write(chunk)) {
      await new Promise((resolve) => {
        this.child.stdin.once('drain', resolve);
        this.exited.then(resolve);
      });
    }
  }

  /** Ends the stream and waits for fast-import to write its pack, refs and marks. */
  async end() {
    await this.flush();
    await this.write('done\n');
    await this.drainOut();
    this.child.stdin.end();
    const { code, signal } = await this.exited;
    if (code !== 0) throw new BenchError(`git fast-import failed (${signal ?? `exit ${code}`}): ${this.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  }
}
