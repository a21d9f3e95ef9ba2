#!/usr/bin/env node
// The Node.js floor for the corpus benchmark: what the least a Node.js program that reads every
// file costs on this machine. It walks the tree and opens, reads and closes each file on all
// CPUs (the main thread and one worker thread per further CPU), and does nothing else: no
// matching, no reports, no command-line parsing. monime-guard's wall time cannot go below it.
//
// usage: node scripts/bench/node-floor.mjs DIR

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const CHUNK = 2 * 1024 * 1024;

/** Opens, reads (in chunks, to the end) and closes every file in `files`; returns bytes read. */
function readAll(files) {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let bytes = 0;
  for (const file of files) {
    const fd = fs.openSync(file, 'r');
    for (let n = fs.readSync(fd, buffer, 0, CHUNK, null); n > 0; n = n === CHUNK ? fs.readSync(fd, buffer, 0, CHUNK, null) : 0) bytes += n;
    fs.closeSync(fd);
  }
  return bytes;
}

/** Every regular file under `dir`, symlinks not followed. */
function walk(dir) {
  const files = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = `${current}/${entry.name}`;
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  return files;
}

if (isMainThread) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node scripts/bench/node-floor.mjs DIR\n');
    process.exit(2);
  }
  const threads = Number(process.env.FLOOR_THREADS) || os.availableParallelism();
  // Workers load while the main thread walks.
  const workers = Array.from({ length: threads - 1 }, () => new Worker(new URL(import.meta.url)));
  const files = walk(dir);
  const stripes = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const done = workers.map(
    (worker, t) =>
      new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(stripes[t + 1]);
      }),
  );
  const own = readAll(stripes[0]);
  const bytes = own + (await Promise.all(done)).reduce((a, b) => a + b, 0);
  await Promise.all(workers.map((w) => w.terminate()));
  process.stdout.write(`${files.length} files, ${bytes} bytes\n`);
} else {
  parentPort.once('message', (files) => parentPort.postMessage(readAll(files)));
}
