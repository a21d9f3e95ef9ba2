/**
 * Electron's asar (https://github.com/electron/asar, "Format"): a Chromium pickle holding the
 * uint32 4, then the header pickle's size; the header pickle holds a uint32 payload size, an int32
 * string length and the JSON header `{"files": {...}}`. A file's `offset` (a decimal string) is
 * relative to the end of the header pickle (byte 8 + its size), `size` a number.
 *
 * Files marked `unpacked: true` have no bytes in the archive: Electron keeps them in
 * `app.asar.unpacked/` beside it, where a directory scan reads them as plain files. They are
 * skipped silently, as are `link` entries (a path, no content). A header that lies (an offset or
 * size outside the archive, or data overlapping another file's) gives an `archive-corrupt`
 * warning for that file.
 */
import { readRange, type RandomReader } from './bytes.js';
import type { Walk } from './context.js';
import { nameProblems } from './names.js';

interface AsarFile {
  name: string;
  offset: number;
  size: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Walk an asar archive: every packed file's content goes to `walk.content`. */
export async function walkAsar(walk: Walk, reader: RandomReader, path: string[], depth: number): Promise<void> {
  const prefix = await reader.read(0, 16);
  const headerSize = prefix.length === 16 ? prefix.readUInt32LE(4) : 0;
  const jsonLength = prefix.length === 16 ? prefix.readInt32LE(12) : -1;
  if (jsonLength < 0 || 16 + jsonLength > 8 + headerSize || 8 + headerSize > reader.size) {
    walk.warn(path, 'archive-corrupt', 'an asar header whose sizes do not fit the archive; not read');
    return;
  }
  if (jsonLength > walk.limits.maxEntryInMemory) {
    walk.warn(path, 'archive-limit', `an asar header of ${jsonLength} bytes, more than the ${walk.limits.maxEntryInMemory} read into memory; not read`);
    return;
  }
  let header: unknown;
  try {
    header = JSON.parse((await reader.read(16, jsonLength)).toString('utf8'));
  } catch {
    walk.warn(path, 'archive-corrupt', 'an asar header that is not JSON; not read');
    return;
  }
  const base = 8 + headerSize;
  // The tree is walked in the header's order with an explicit stack, so a deeply nested header
  // cannot overflow ours.
  const files: AsarFile[] = [];
  const rootFiles = isObject(header) && isObject(header.files) ? header.files : {};
  const stack: { dir: string; entries: [string, unknown][]; next: number }[] = [{ dir: '', entries: Object.entries(rootFiles), next: 0 }];
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    const item = top.entries[top.next++];
    if (!item) {
      stack.pop();
      continue;
    }
    const [name, child] = item;
    const full = top.dir + name;
    if (!isObject(child)) continue;
    if ('files' in child) {
      if (isObject(child.files)) stack.push({ dir: `${full}/`, entries: Object.entries(child.files), next: 0 });
      continue;
    }
    if ('link' in child || child.unpacked === true) continue;
    const size = child.size;
    const offset = typeof child.offset === 'string' && /^\d{1,16}$/.test(child.offset) ? Number(child.offset) : Number.NaN;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || !Number.isSafeInteger(offset) || base + offset + size > reader.size) {
      walk.warn([...path, full], 'archive-corrupt', 'the asar header gives it an offset or size outside the archive; not read');
      continue;
    }
    files.push({ name: full, offset, size });
  }
  // Overlapping files, as in zip, would let one stretch of bytes be read many times over.
  const overlapping = new Set<AsarFile>();
  let end = -1;
  for (const file of [...files].sort((a, b) => a.offset - b.offset)) {
    if (file.size === 0) continue;
    if (file.offset < end) overlapping.add(file);
    else end = file.offset + file.size;
  }
  for (const file of files) {
    if (walk.stopped) return;
    const entryPath = [...path, file.name];
    if (overlapping.has(file)) {
      walk.warn(entryPath, 'archive-corrupt', "the asar header places its data over another file's; not read");
      continue;
    }
    const problems = nameProblems(file.name);
    if (problems.length > 0) walk.warn(entryPath, 'archive-name', `its name has ${problems.join(', ')}`);
    const source = walk.metered(entryPath, readRange(reader, base + file.offset, file.size), undefined, file.size);
    await walk.content(walk, { path: entryPath, depth, size: file.size, source });
  }
}
