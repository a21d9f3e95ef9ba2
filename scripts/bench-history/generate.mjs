// Generates the benchmark's git history as a fast-import stream: a main branch of everyday commits
// (one to three files changed a few lines each, files added, now and then one deleted or renamed),
// side branches, tags, and tokens planted in old commits per plan.mjs. Everything but the tokens
// follows from the seed and the filler text; tokens are fresh random ones (node:crypto).

import { BenchError } from '../bench/measure.mjs';
import { makeToken, mask } from '../bench/tokens.mjs';
import { MAX_FILE, MIN_FILE, editLines, newFileLines, newPath } from './content.mjs';
import { FastImport } from './fast-import.mjs';
import { AUTHORS, BRANCHES, MAIN_TAG_EVERY, PLANTS, REPLACEMENT_LINE, commitMessage, messageWithToken, plantedFileLines, tokenLine } from './plan.mjs';
import { createRandom } from './random.mjs';

/** Bump when the generated history changes for the same options: cached repositories are rebuilt. */
export const GENERATOR_VERSION = 1;

const INITIAL_FILES = 40;
const START_DATE = Date.UTC(2019, 2, 1, 9) / 1000;
const HOUR = 3600;

/**
 * Writes the history into the empty repository `repoDir` through fast-import. Returns the planted
 * tokens' expected findings (masked, with the mark of the commit that brings each in), the tokens
 * themselves (only for redacting output) and counts.
 */
export async function generateHistory({ repoDir, marksFile, commits, files, seed, filler, onChild, log }) {
  const branchCommits = BRANCHES.reduce((n, b) => n + b.commits, 0);
  const mainCount = commits - branchCommits;
  if (mainCount < 1000) throw new BenchError(`--commits must be at least ${branchCommits + 1000} (the side branches alone have ${branchCommits})`);
  const g = new Generator({ fi: new FastImport(repoDir, marksFile, onChild), rng: createRandom(seed), filler, files, mainCount });
  await g.run(log);
  await g.fi.end();
  return {
    mainCommits: mainCount,
    expected: g.plants.map((p) => ({
      id: p.id,
      kind: p.kind,
      masked: mask(p.token),
      path: p.how === 'message' ? undefined : p.path,
      source: p.how === 'message' ? 'message' : 'blob',
      commitMark: p.commitMark,
      ref: p.branch ?? 'main',
      // Whether the token is gone from main's final tree; a message has no place in a tree.
      historyOnly: p.how === 'message' ? undefined : Boolean(p.remove || p.branch),
    })),
    secrets: g.plants.map((p) => p.token),
  };
}

/** One line of development: a ref, the files at its tip, and the order they came in (hot first). */
function createLine(ref, tip = undefined, from = undefined) {
  return { ref, files: new Map(), order: [], tip, from };
}

class Generator {
  constructor({ fi, rng, filler, files, mainCount }) {
    this.fi = fi;
    this.rng = rng;
    this.filler = filler;
    this.targetFiles = files;
    this.mainCount = mainCount;
    this.taken = new Set(); // every path ever used, so names never collide across branches
    this.pinned = new Set(); // lines holding planted tokens: edits leave them alone
    this.protected = new Set(); // paths never deleted or renamed at random
    this.frozen = new Set(); // non-Python planted files: never edited at random
    this.plants = PLANTS.map((p) => ({ ...p, token: makeToken(p.kind) }));
    this.main = createLine('refs/heads/main');
    this.dates = this.mainDates();
  }

  /** Index of the main commit at fraction `f` of `n` commits (never the initial commit). */
  at(f, n = this.mainCount) {
    return Math.max(1, Math.min(n - 1, Math.round(f * n)));
  }

  /** Commit times: 20 minutes to 10 hours apart, most a few hours, from March 2019 on. */
  mainDates() {
    const dates = [START_DATE];
    for (let i = 1; i < this.mainCount; i++) dates.push(dates[i - 1] + this.rng.logUniform(1200, 36_000));
    return dates;
  }

  async run(log) {
    const events = new Map(); // main index → [{ type, plant }]
    const addEvent = (i, e) => events.set(i, [...(events.get(i) ?? []), e]);
    for (const p of this.plants) {
      if (p.branch) continue;
      addEvent(this.at(p.at), { type: 'plant', plant: p });
      if (p.remove) addEvent(this.at(p.remove.at), { type: 'remove', plant: p });
    }
    const forks = new Map(BRANCHES.map((b) => [this.at(b.forkAt), b]));
    const merges = new Map(BRANCHES.filter((b) => b.mergeAt).map((b) => [this.at(b.mergeAt), b]));

    await this.initialCommit();
    for (let i = 1; i < this.mainCount; i++) {
      if (merges.has(i)) await this.merge(merges.get(i), i);
      else await this.everydayCommit(this.main, this.dates[i], events.get(i) ?? []);
      if (forks.has(i)) await this.branch(forks.get(i), i);
      if (i % MAIN_TAG_EVERY === 0) {
        const n = i / MAIN_TAG_EVERY;
        this.fi.tag({ name: `v0.${n}.0`, mark: this.main.tip, tagger: this.rng.pick(AUTHORS), date: this.dates[i] + HOUR, message: `Release 0.${n}.0\n` });
      }
      if (i % 5000 === 0) log(`generated ${i} of ${this.mainCount} main commits`);
    }
  }

  async initialCommit() {
    const changes = [];
    for (let k = 0; k < INITIAL_FILES; k++) changes.push(this.addFile(this.main, newPath(this.rng, this.taken), this.newLines()));
    await this.commit(this.main, this.dates[0], 'Initial import\n', changes);
  }

  newLines() {
    return newFileLines(this.rng, this.filler, this.rng.logUniform(MIN_FILE, MAX_FILE));
  }

  /** A commit that edits one to three files, sometimes adds, deletes or renames one, and applies plan events. */
  async everydayCommit(line, date, events, { churn = true } = {}) {
    const changes = new Map(); // path → change; a later change to a path replaces an earlier one
    let message;
    for (const e of events) {
      const result = e.type === 'plant' ? this.plant(line, e.plant) : this.unplant(line, e.plant);
      for (const c of result.changes ?? []) changes.set(c.path, c);
      message ??= result.message;
    }
    const { rng } = this;
    if (rng.chance(0.04) && line.order.length < this.targetFiles) {
      const c = this.addFile(line, newPath(rng, this.taken), this.newLines());
      changes.set(c.path, c);
    } else if (churn && rng.chance(0.003) && line.order.length > this.targetFiles * 0.9) {
      const p = this.randomPath(line, changes, { forRemoval: true });
      if (p) changes.set(p, this.deleteFile(line, p));
    } else if (churn && rng.chance(0.002)) {
      const p = this.randomPath(line, changes, { forRemoval: true });
      if (p) for (const c of this.renameFile(line, p, newPath(rng, this.taken))) changes.set(c.path, c);
    }
    const edits = [1, 2, 3][rng.weighted([6, 3, 1])];
    for (let k = 0; k < edits; k++) {
      const p = this.randomPath(line, changes);
      if (p) changes.set(p, this.editFile(line, p));
    }
    const list = [...changes.values()];
    message ??= commitMessage(
      rng,
      list.map((c) => c.path),
    );
    const mark = await this.commit(line, date, message, list);
    for (const e of events) if (e.type === 'plant') e.plant.commitMark = mark;
    return mark;
  }

  /**
   * A path of `line` to edit (or delete or rename), not already changed in this commit. Files that
   * came early are edited most, as core modules are; planted files are never picked for removal.
   */
  randomPath(line, changes, { forRemoval = false } = {}) {
    for (let tries = 0; tries < 20; tries++) {
      const p = line.order[Math.floor(line.order.length * this.rng.next() ** 2)];
      if (changes.has(p) || this.frozen.has(p) || (forRemoval && this.protected.has(p))) continue;
      return p;
    }
    return undefined;
  }

  addFile(line, path, lines) {
    this.taken.add(path);
    const state = { lines, mark: this.fi.blob(path, lines) };
    line.files.set(path, state);
    line.order.push(path);
    return { path, mark: state.mark };
  }

  editFile(line, path) {
    const lines = editLines(line.files.get(path).lines, this.rng, this.filler, this.pinned);
    const state = { lines, mark: this.fi.blob(path, lines) };
    line.files.set(path, state);
    return { path, mark: state.mark };
  }

  deleteFile(line, path) {
    line.files.delete(path);
    line.order.splice(line.order.indexOf(path), 1);
    return { path, deleted: true };
  }

  /** A rename is the same blob at a new path; git finds the rename by itself. */
  renameFile(line, from, to) {
    const state = line.files.get(from);
    this.taken.add(to);
    line.files.delete(from);
    line.files.set(to, state);
    line.order[line.order.indexOf(from)] = to;
    return [
      { path: from, deleted: true },
      { path: to, mark: state.mark },
    ];
  }

  /** Brings a planted token into `line`; the commit about to be made is where it comes in. */
  plant(line, p) {
    if (p.how === 'message') return { message: messageWithToken(p.token) };
    const text = tokenLine(p, p.token);
    this.pinned.add(text);
    if (p.how === 'existing-file') {
      p.path = this.randomPath(line, new Map(), { forRemoval: true });
      if (!p.path) throw new Error(`no file to plant ${p.id} in`);
      const lines = line.files.get(p.path).lines.slice();
      lines.splice(this.rng.int(lines.length + 1), 0, text);
      this.protected.add(p.path);
      const state = { lines, mark: this.fi.blob(p.path, lines) };
      line.files.set(p.path, state);
      return { changes: [{ path: p.path, mark: state.mark }], message: `Call the payments API from ${p.path.split('/').pop()}\n` };
    }
    const own = plantedFileLines(p, text);
    let lines = own;
    if (!own) {
      lines = newFileLines(this.rng, this.filler, this.rng.logUniform(MIN_FILE, 6 * 1024));
      lines.splice(this.rng.int(lines.length + 1), 0, text);
    } else this.frozen.add(p.path);
    this.protected.add(p.path);
    const change = this.addFile(line, p.path, lines);
    return { changes: [change], message: `Add ${p.path.split('/').pop()}\n` };
  }

  /** Takes a planted token out of the tree again: the line edited out, or the whole file deleted. */
  unplant(line, p) {
    const text = tokenLine(p, p.token);
    this.pinned.delete(text);
    if (p.remove.how === 'file') return { changes: [this.deleteFile(line, p.path)], message: `Remove ${p.path.split('/').pop()}\n` };
    const lines = line.files.get(p.path).lines.slice();
    const at = lines.indexOf(text);
    if (at < 0) throw new Error(`planted line for ${p.id} vanished from ${p.path}`);
    lines[at] = REPLACEMENT_LINE;
    const state = { lines, mark: this.fi.blob(p.path, lines) };
    line.files.set(p.path, state);
    return { changes: [{ path: p.path, mark: state.mark }], message: 'Read the Monime token from the environment\n' };
  }

  async commit(line, date, message, changes, merge = undefined) {
    const mark = this.fi.mark();
    await this.fi.commit({
      ref: line.ref,
      mark,
      author: this.rng.pick(AUTHORS),
      date,
      message,
      from: line.tip === undefined ? line.from : undefined,
      merge,
      changes,
    });
    line.tip = mark;
    return mark;
  }

  /**
   * A side branch forked after main's commit `i`, written out whole right away (its commits are
   * dated between the fork and the merge). Keeps the files as they were at the fork for the merge.
   */
  async branch(b, i) {
    const line = createLine(`refs/heads/${b.name}`, undefined, this.main.tip);
    line.files = new Map(this.main.files);
    line.order = this.main.order.slice();
    b.line = line;
    b.atFork = new Map(this.main.files);
    const start = this.dates[i];
    const end = b.mergeAt ? this.dates[this.at(b.mergeAt)] - HOUR : start + b.commits * 3 * HOUR;
    const step = (end - start) / (b.commits + 1);
    const plants = this.plants.filter((p) => p.branch === b.name);
    for (let k = 0; k < b.commits; k++) {
      const events = plants.filter((p) => this.at(p.at, b.commits) === k).map((plant) => ({ type: 'plant', plant }));
      await this.everydayCommit(line, Math.round(start + (k + 1) * step), events, { churn: false });
      if (b.tagEvery && (k + 1) % b.tagEvery === 0) this.fi.lightweightTag(`${b.tagPrefix}${(k + 1) / b.tagEvery}`, line.tip);
    }
  }

  /**
   * Merges a side branch into main: files the branch changed come over unless main changed them
   * too since the fork, in which case main's version wins (a resolution that keeps main's work).
   */
  async merge(b, i) {
    const changes = [];
    for (const [p, state] of b.line.files) {
      if (state === b.atFork.get(p) || this.main.files.get(p) !== b.atFork.get(p)) continue;
      if (!this.main.files.has(p)) this.main.order.push(p);
      this.main.files.set(p, state);
      changes.push({ path: p, mark: state.mark });
    }
    await this.commit(this.main, this.dates[i], `Merge branch '${b.name}'\n`, changes, b.line.tip);
  }
}
