/**
 * Tar, read in one pass over a stream (POSIX ustar, GNU long names, pax `path` and `size`). Every
 * header is checked against its checksum; sizes are parsed from octal or GNU base-256 and a
 * negative or impossibly large one ends the walk with a warning. A tar has no index, so a size
 * that lies only shows when the stream ends early: a truncation warning.
 */
import type { ByteStream } from './bytes.js';
import type { Walk } from './context.js';
import { decodeUtf8, nameProblems } from './names.js';

const BLOCK = 512;
/** Largest GNU long name or pax header read (both are names and a few numbers, not content). */
const MAX_META = 1024 * 1024;

const padding = (size: number): number => (BLOCK - (size % BLOCK)) % BLOCK;

/** A numeric header field: octal text, or GNU base-256 (high bit set); undefined when invalid. */
function numberField(field: Buffer): number | undefined {
  const first = field[0] ?? 0;
  if (first & 0x80) {
    // Base-256: big-endian two's complement; 0xff first means negative.
    if (first === 0xff) return undefined;
    let value = first & 0x7f;
    for (let i = 1; i < field.length; i++) {
      value = value * 256 + field[i]!;
      if (value > Number.MAX_SAFE_INTEGER) return undefined;
    }
    return value;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return undefined;
  return parseInt(text, 8);
}

function checksumOk(header: Buffer): boolean {
  const stored = numberField(header.subarray(148, 156));
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : header[i]!;
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

/** A NUL-terminated string field's bytes. */
function cString(field: Buffer): Buffer {
  const nul = field.indexOf(0);
  return nul === -1 ? field : field.subarray(0, nul);
}

/** The `key=value` records of a pax extended header ("%d %s=%s\n", the length counting all). */
function paxRecords(data: Buffer): Map<string, Buffer> {
  const records = new Map<string, Buffer>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1 || space - at > 20) break;
    const length = Number(data.toString('latin1', at, space));
    if (!Number.isSafeInteger(length) || length <= space - at || at + length > data.length) break;
    const record = data.subarray(space + 1, at + length - 1);
    const equals = record.indexOf(0x3d);
    if (equals > 0) records.set(record.toString('utf8', 0, equals), record.subarray(equals + 1));
    at += length;
  }
  return records;
}

/** Walk a tar stream: every regular file's content goes to `walk.content`. */
export async function walkTar(walk: Walk, stream: ByteStream, path: string[], depth: number): Promise<void> {
  let longName: Buffer | undefined;
  let pax = new Map<string, Buffer>();
  let globalPax = new Map<string, Buffer>();
  let entries = 0;
  while (!walk.stopped) {
    const header = await stream.read(BLOCK);
    if (header.length === 0) {
      // A tar should end with two zero blocks, but many writers stop short; nothing is lost.
      return;
    }
    if (header.length < BLOCK) {
      walk.warn(path, 'archive-corrupt', `truncated after ${entries} entries (a partial header)`);
      return;
    }
    if (header.every((byte) => byte === 0)) return;
    if (!checksumOk(header)) {
      walk.warn(path, 'archive-corrupt', `a header with a bad checksum after ${entries} entries; the rest is not read`);
      return;
    }
    entries++;
    const type = String.fromCharCode(header[156]!);
    const paxSize = pax.get('size') ?? globalPax.get('size');
    const size =
      paxSize !== undefined && /^\d{1,16}$/.test(paxSize.toString('latin1')) ? Number(paxSize.toString('latin1')) : numberField(header.subarray(124, 136));
    const ustar = header.toString('latin1', 257, 262) === 'ustar';
    let rawName = cString(header.subarray(0, 100));
    if (ustar && header[345] !== 0) rawName = Buffer.concat([cString(header.subarray(345, 500)), Buffer.from('/'), rawName]);
    rawName = pax.get('path') ?? longName ?? globalPax.get('path') ?? rawName;
    const decoded = decodeUtf8(rawName);
    const entryPath = [...path, decoded.text];
    if (size === undefined || !Number.isSafeInteger(size)) {
      walk.warn(entryPath, 'archive-corrupt', 'its size field is negative or not a number; the rest of the tar is not read');
      return;
    }
    // Metadata entries apply to the next header; `pax` and `longName` are reset after a real one.
    if (type === 'L' || type === 'x' || type === 'g') {
      if (size > MAX_META) {
        walk.warn(entryPath, 'archive-corrupt', `a ${type === 'L' ? 'GNU long name' : 'pax header'} of ${size} bytes; the rest of the tar is not read`);
        return;
      }
      const data = await stream.read(size);
      await stream.skip(padding(size));
      if (data.length < size) {
        walk.warn(path, 'archive-corrupt', `truncated after ${entries} entries`);
        return;
      }
      if (type === 'L') longName = cString(data);
      else if (type === 'x') pax = paxRecords(data);
      else globalPax = paxRecords(data);
      continue;
    }
    longName = undefined;
    pax = new Map();
    const regular = type === '0' || type === '\0' || type === '7';
    // Hard links, symbolic links, directories, devices and FIFOs carry no content of their own
    // (their size is normally 0 and any data is skipped); GNU sparse files are not read.
    if (type === 'S') walk.warn(entryPath, 'archive-unsupported', 'a GNU sparse file; not read');
    if (!regular) {
      if ((await stream.skip(size + padding(size))) < size + padding(size)) {
        walk.warn(path, 'archive-corrupt', `truncated after ${entries} entries`);
        return;
      }
      continue;
    }
    const problems = nameProblems(decoded.text, decoded.valid);
    if (problems.length > 0) walk.warn(entryPath, 'archive-name', `its name has ${problems.join(', ')}`);
    const { chunks, state } = stream.take(size);
    await walk.content(walk, { path: entryPath, depth, size, source: walk.metered(entryPath, chunks) });
    if (walk.stopped) return;
    const left = state.left + padding(size);
    if ((await stream.skip(left)) < left) {
      walk.warn(entryPath, 'archive-corrupt', `the tar ends inside this entry (declared ${size} bytes; truncated, or a size that lies)`);
      return;
    }
  }
}
