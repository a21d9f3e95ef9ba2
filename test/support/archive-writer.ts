/**
 * Archives written in memory for tests, from the formats' specifications: zip (PKWARE APPNOTE
 * 6.3.10: stored and deflated entries, zip64, and the hostile variants the readers must survive:
 * an encryption flag, raw names, overlapping entries, lying sizes), tar (POSIX ustar, GNU long
 * names, pax headers, raw size fields) and Electron's asar (its README's "Format").
 */
import * as zlib from 'node:zlib';

/** One zip entry to write. */
export interface ZipEntrySpec {
  /** A string (written as UTF-8, flagged so when not ASCII) or raw bytes (flag as `utf8` says). */
  name: string | Buffer;
  data?: Buffer;
  method?: 'store' | 'deflate';
  /** Sets the UTF-8 flag (bit 11) whatever the name. */
  utf8?: boolean;
  /** Sets the encryption flag (bit 0); the data is written as it is. */
  encrypted?: boolean;
  /** A compression method number to declare instead (the data is then stored as it is). */
  methodNumber?: number;
  /** Already deflated data (a bomb built by streaming): used as is with its size and CRC. */
  deflated?: { data: Buffer; size: number; crc: number };
  /** The uncompressed size to declare, when it should lie. */
  declaredSize?: number;
}

/** Options for {@link writeZip}. */
export interface ZipOptions {
  /** Write zip64 extra fields and end records (sizes and offsets as 0xffffffff in the classic fields). */
  zip64?: boolean;
  /** Extra central-directory entries, each pointing at the local data of entry `of` (by index). */
  overlaps?: { of: number; name: string }[];
}

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** A correct zip (or a hostile one, as the entries and options say). */
export function writeZip(entries: ZipEntrySpec[], options: ZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  const written: Written[] = [];
  const push = (buffer: Buffer): void => {
    parts.push(buffer);
    offset += buffer.length;
  };
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const nonAscii = typeof entry.name === 'string' && /[^\x00-\x7f]/.test(entry.name);
    const flags = ((entry.utf8 ?? nonAscii) ? 0x800 : 0) | (entry.encrypted ? 0x1 : 0);
    const data = entry.data ?? Buffer.alloc(0);
    let method: number;
    let body: Buffer;
    let crc: number;
    let size: number;
    if (entry.deflated) {
      method = 8;
      body = entry.deflated.data;
      crc = entry.deflated.crc;
      size = entry.deflated.size;
    } else {
      method = entry.methodNumber ?? (entry.method === 'deflate' ? 8 : 0);
      body = method === 8 ? zlib.deflateRawSync(data) : data;
      crc = zlib.crc32(data);
      size = data.length;
    }
    if (entry.declaredSize !== undefined) size = entry.declaredSize;
    const record: Written = { name, flags, method, crc, compressedSize: body.length, size, offset };
    written.push(record);
    const extra = options.zip64 ? zip64Extra([size, body.length]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 18);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    push(Buffer.concat([local, name, extra]));
    push(body);
  }
  for (const overlap of options.overlaps ?? []) written.push({ ...written[overlap.of]!, name: Buffer.from(overlap.name) });
  const directoryOffset = offset;
  for (const record of written) {
    const extra = options.zip64 ? zip64Extra([record.size, record.compressedSize, record.offset]) : Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 45, 4);
    central.writeUInt16LE(options.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(record.flags, 8);
    central.writeUInt16LE(record.method, 10);
    central.writeUInt32LE(record.crc, 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : record.compressedSize, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : record.size, 24);
    central.writeUInt16LE(record.name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : record.offset, 42);
    push(Buffer.concat([central, record.name, extra]));
  }
  const directorySize = offset - directoryOffset;
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(written.length), 24);
    record.writeBigUInt64LE(BigInt(written.length), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const recordOffset = offset;
    push(record);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(recordOffset), 8);
    locator.writeUInt32LE(1, 16);
    push(locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : written.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : written.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directorySize, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directoryOffset, 16);
  push(end);
  return Buffer.concat(parts);
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  return extra;
}

/**
 * `size` zero bytes deflated by streaming them through zlib a MiB at a time, so a 1 GiB bomb
 * never exists whole in memory: the compressed bytes (about a thousandth of `size`) and the CRC.
 */
export async function deflatedZeros(size: number): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  const zeros = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size;) {
    const piece = zeros.subarray(0, Math.min(zeros.length, size - written));
    crc = zlib.crc32(piece, crc);
    written += piece.length;
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** One tar entry to write. */
export interface TarEntrySpec {
  name: string;
  data?: Buffer;
  /** Type flag; `'0'` (a regular file) by default. */
  type?: string;
  /** How a name longer than 100 bytes is written: a GNU `L` entry or a pax `path` record. */
  longName?: 'gnu' | 'pax';
  /** The 12 bytes of the size field, written as they are (a hostile size). */
  sizeField?: Buffer;
}

function tarHeader(name: Buffer, size: number, type: string, sizeField?: Buffer): Buffer {
  const header = Buffer.alloc(512);
  name.copy(header, 0, 0, Math.min(100, name.length));
  header.write('0000644\0', 100, 'latin1');
  header.write('0000000\0', 108, 'latin1');
  header.write('0000000\0', 116, 'latin1');
  (sizeField ?? Buffer.from(`${size.toString(8).padStart(11, '0')}\0`, 'latin1')).copy(header, 124, 0, 12);
  header.write('14712345670\0', 136, 'latin1');
  header.write(type, 156, 'latin1');
  header.write('ustar\0', 257, 'latin1');
  header.write('00', 263, 'latin1');
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return header;
}

const pad = (data: Buffer): Buffer => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);

/** A ustar archive, ending with its two zero blocks unless `end` is false. */
export function writeTar(entries: TarEntrySpec[], options: { end?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data ?? Buffer.alloc(0);
    if (name.length > 100) {
      if (entry.longName === 'pax') {
        let record = '';
        for (let length = 0; ;) {
          record = `${length} path=${entry.name}\n`;
          const actual = Buffer.byteLength(record);
          if (actual === length) break;
          length = actual;
        }
        const body = Buffer.from(record, 'utf8');
        parts.push(tarHeader(Buffer.from('PaxHeader/x'), body.length, 'x'), pad(body));
      } else {
        const body = Buffer.concat([name, Buffer.from([0])]);
        parts.push(tarHeader(Buffer.from('././@LongLink'), body.length, 'L'), pad(body));
      }
    }
    parts.push(tarHeader(name, data.length, entry.type ?? '0', entry.sizeField), pad(data));
  }
  if (options.end !== false) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** A file of an asar: its bytes, or a file Electron keeps unpacked beside the archive. */
export type AsarFileSpec = Buffer | { unpacked: true; size: number };

/**
 * An asar archive of `files` (paths with `/`). `header`, when given, replaces the JSON header
 * written (to make one that lies); the files' bytes are written after it all the same.
 */
export function writeAsar(files: Record<string, AsarFileSpec>, options: { header?: unknown } = {}): Buffer {
  const root: { files: Record<string, unknown> } = { files: {} };
  const data: Buffer[] = [];
  let offset = 0;
  for (const [path, file] of Object.entries(files)) {
    const segments = path.split('/');
    let dir = root;
    for (const segment of segments.slice(0, -1)) {
      dir.files[segment] ??= { files: {} };
      dir = dir.files[segment] as { files: Record<string, unknown> };
    }
    if (Buffer.isBuffer(file)) {
      dir.files[segments.at(-1)!] = { size: file.length, offset: String(offset) };
      data.push(file);
      offset += file.length;
    } else {
      dir.files[segments.at(-1)!] = { size: file.size, unpacked: true };
    }
  }
  const json = Buffer.from(JSON.stringify(options.header ?? root), 'utf8');
  const aligned = json.length + ((4 - (json.length % 4)) % 4);
  const headerPickle = Buffer.alloc(8 + aligned);
  headerPickle.writeUInt32LE(4 + aligned, 0);
  headerPickle.writeInt32LE(json.length, 4);
  json.copy(headerPickle, 8);
  const sizePickle = Buffer.alloc(8);
  sizePickle.writeUInt32LE(4, 0);
  sizePickle.writeUInt32LE(headerPickle.length, 4);
  return Buffer.concat([sizePickle, headerPickle, ...data]);
}
