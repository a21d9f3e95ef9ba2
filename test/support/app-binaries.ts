/**
 * Writers of small, correct app binaries for tests: each produces a file of its format as the
 * format's documentation lays it out, holding the strings it is given, so the readers in
 * `src/sources/binary/` are tested on real layouts (and, where a tool exists, the same files are
 * checked by it: `dexdump`, `aapt`, `readelf`, Python's `plistlib`).
 */
import { createHash } from 'node:crypto';

function u16le(...values: number[]): Buffer {
  const b = Buffer.alloc(2 * values.length);
  values.forEach((v, i) => b.writeUInt16LE(v, 2 * i));
  return b;
}

function u32le(...values: number[]): Buffer {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeUInt32LE(v >>> 0, 4 * i));
  return b;
}

function padTo(buffer: Buffer, align: number): Buffer {
  const extra = (align - (buffer.length % align)) % align;
  return extra === 0 ? buffer : Buffer.concat([buffer, Buffer.alloc(extra)]);
}

// ---------------------------------------------------------------------------------------------
// DEX

/** Encodes a string as DEX's MUTF-8: NUL as C0 80, each surrogate of a pair on its own. */
export function mutf8(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x01 && unit <= 0x7f) bytes.push(unit);
    else if (unit <= 0x7ff) bytes.push(0xc0 | (unit >> 6), 0x80 | (unit & 0x3f));
    else bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
  }
  return Buffer.from(bytes);
}

function uleb128(value: number): Buffer {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return Buffer.from(bytes);
}

/** Adler-32, as the DEX header's checksum uses it. */
export function adler32(bytes: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * A DEX file (version 035) whose only content is a string table holding `strings`: the header
 * (with its Adler-32 checksum and SHA-1 signature), `string_ids` sorted by UTF-16 code units as
 * the format requires, the `string_data` items, and a map list. Duplicates are dropped.
 */
export function writeDex(strings: string[]): Buffer {
  const sorted = [...new Set(strings)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const HEADER = 0x70;
  const idsOffset = HEADER;
  const dataOffset = idsOffset + 4 * sorted.length;
  const items: Buffer[] = [];
  const offsets: number[] = [];
  let at = dataOffset;
  for (const s of sorted) {
    const item = Buffer.concat([uleb128(s.length), mutf8(s), Buffer.from([0])]);
    offsets.push(at);
    items.push(item);
    at += item.length;
  }
  const mapOffset = at + ((4 - (at % 4)) % 4);
  const mapItems: [number, number, number][] = [
    [0x0000, 1, 0], // header_item
    ...(sorted.length > 0 ? ([[0x0001, sorted.length, idsOffset]] as [number, number, number][]) : []), // string_id_item
    ...(sorted.length > 0 ? ([[0x2002, sorted.length, dataOffset]] as [number, number, number][]) : []), // string_data_item
    [0x1000, 1, mapOffset], // map_list
  ];
  const map = Buffer.concat([u32le(mapItems.length), ...mapItems.map(([type, size, offset]) => Buffer.concat([u16le(type, 0), u32le(size, offset)]))]);
  const fileSize = mapOffset + map.length;
  const file = Buffer.alloc(fileSize);
  file.write('dex\n035\0', 0, 'latin1');
  file.writeUInt32LE(fileSize, 32);
  file.writeUInt32LE(HEADER, 36);
  file.writeUInt32LE(0x12345678, 40);
  file.writeUInt32LE(mapOffset, 52);
  file.writeUInt32LE(sorted.length, 56);
  file.writeUInt32LE(sorted.length > 0 ? idsOffset : 0, 60);
  // data_size and data_off: the data section holds the string data and the map.
  file.writeUInt32LE(fileSize - dataOffset, 104);
  file.writeUInt32LE(dataOffset, 108);
  offsets.forEach((offset, i) => file.writeUInt32LE(offset, idsOffset + 4 * i));
  let p = dataOffset;
  for (const item of items) {
    item.copy(file, p);
    p += item.length;
  }
  map.copy(file, mapOffset);
  createHash('sha1').update(file.subarray(32)).digest().copy(file, 12);
  file.writeUInt32LE(adler32(file.subarray(12)), 8);
  return file;
}

// ---------------------------------------------------------------------------------------------
// Android resources: string pools, compiled XML, resource tables

function chunk(type: number, header: Buffer, body: Buffer): Buffer {
  const headerSize = 8 + header.length;
  return Buffer.concat([u16le(type, headerSize), u32le(headerSize + body.length), header, body]);
}

function poolLength8(n: number): Buffer {
  return n > 0x7f ? Buffer.from([0x80 | (n >> 8), n & 0xff]) : Buffer.from([n]);
}

/** A `ResStringPool` chunk holding `strings`, in UTF-8 or UTF-16LE. */
export function writeStringPool(strings: string[], utf8 = false): Buffer {
  const entries = strings.map((s) => {
    if (utf8) {
      const bytes = Buffer.from(s, 'utf8');
      return Buffer.concat([poolLength8(s.length), poolLength8(bytes.length), bytes, Buffer.from([0])]);
    }
    const length = s.length > 0x7fff ? u16le(0x8000 | (s.length >>> 16), s.length & 0xffff) : u16le(s.length);
    return Buffer.concat([length, Buffer.from(s, 'utf16le'), u16le(0)]);
  });
  const index: number[] = [];
  let at = 0;
  for (const e of entries) {
    index.push(at);
    at += e.length;
  }
  const headerSize = 28;
  const stringsStart = headerSize + 4 * strings.length;
  const body = padTo(Buffer.concat([u32le(...index), ...entries]), 4);
  const header = u32le(strings.length, 0, utf8 ? 0x100 : 0, stringsStart, 0);
  return chunk(0x0001, header, body);
}

/** The Android namespace URI, which attributes of a manifest live in. */
const ANDROID_NS = 'http://schemas.android.com/apk/res/android';
/** Resource ids of the framework attributes used (`android:name`, `android:value`). */
const ATTR_NAME = 0x01010003;
const ATTR_VALUE = 0x01010024;

function xmlNode(type: number, line: number, ext: Buffer): Buffer {
  // ResXMLTree_node: lineNumber, comment (none), then the extension.
  return chunk(type, u32le(line, 0xffffffff), ext);
}

/** A `Res_value` of type string pointing at pool index `index`. */
function stringValue(index: number): Buffer {
  return Buffer.concat([u16le(8), Buffer.from([0, 0x03]), u32le(index)]);
}

/**
 * A compiled `AndroidManifest.xml`: `<manifest package="com.example.pay">` holding an
 * `<application>` with one `<meta-data android:name="key{i}" android:value="{values[i]}"/>` per
 * value, as `aapt` writes it: string pool (UTF-16LE unless `utf8`), resource map, namespace and
 * element chunks whose attribute raw values point into the pool.
 */
export function writeAxml(values: string[], options: { utf8?: boolean } = {}): Buffer {
  // Attribute names with resource ids come first, in the order of the resource map.
  const pool = ['name', 'value', 'android', ANDROID_NS, 'manifest', 'package', 'com.example.pay', 'application', 'meta-data'];
  const keys = values.map((_, i) => `key${i}`);
  const base = pool.length;
  pool.push(...keys, ...values);
  const index = (s: string): number => pool.indexOf(s);
  const NONE = 0xffffffff;
  const attribute = (ns: number, name: number, value: number): Buffer => Buffer.concat([u32le(ns, name, value), stringValue(value)]);
  const element = (line: number, name: number, attrs: Buffer[]): Buffer =>
    xmlNode(0x0102, line, Buffer.concat([u32le(NONE, name), u16le(20, 20, attrs.length, 0, 0, 0), ...attrs]));
  const end = (line: number, name: number): Buffer => xmlNode(0x0103, line, u32le(NONE, name));
  const ns = index(ANDROID_NS);
  const metas = values.flatMap((_, i) => [
    element(4 + i, index('meta-data'), [attribute(ns, 0, base + i), attribute(ns, 1, base + keys.length + i)]),
    end(4 + i, index('meta-data')),
  ]);
  const body = Buffer.concat([
    writeStringPool(pool, options.utf8),
    chunk(0x0180, Buffer.alloc(0), u32le(ATTR_NAME, ATTR_VALUE)),
    xmlNode(0x0100, 1, u32le(index('android'), ns)),
    element(1, index('manifest'), [attribute(NONE, index('package'), index('com.example.pay'))]),
    element(2, index('application'), []),
    ...metas,
    end(3 + values.length, index('application')),
    end(4 + values.length, index('manifest')),
    xmlNode(0x0101, 4 + values.length, u32le(index('android'), ns)),
  ]);
  return chunk(0x0003, Buffer.alloc(0), body);
}

/**
 * A `resources.arsc` with one package `com.example.pay` (id 0x7f) and one type, `string`, whose
 * entries `key{i}` hold `values[i]`: the table header, the global string pool (UTF-16LE unless
 * `utf8`), and the package with its type and key pools, a type spec and one type chunk.
 */
export function writeArsc(values: string[], options: { utf8?: boolean } = {}): Buffer {
  const keys = values.map((_, i) => `key${i}`);
  const packageName = Buffer.alloc(256);
  packageName.write('com.example.pay', 'utf16le');
  const typeStrings = writeStringPool(['string'], options.utf8);
  const keyStrings = writeStringPool(keys, options.utf8);
  const packageHeaderSize = 8 + 4 + 256 + 4 * 5;
  const typeSpec = chunk(0x0202, Buffer.concat([Buffer.from([1, 0]), u16le(0), u32le(values.length)]), u32le(...values.map(() => 0)));
  const config = Buffer.alloc(64);
  config.writeUInt32LE(64, 0);
  const typeHeader = Buffer.concat([Buffer.from([1, 0]), u16le(0), u32le(values.length, 8 + 12 + 64 + 4 * values.length), config]);
  const entries = values.map((_, i) => Buffer.concat([u16le(8, 0), u32le(i), stringValue(i)]));
  const typeChunk = chunk(0x0201, typeHeader, Buffer.concat([u32le(...entries.map((_, i) => 16 * i)), ...entries]));
  const packageBody = Buffer.concat([typeStrings, keyStrings, typeSpec, typeChunk]);
  const packageHeader = Buffer.concat([u32le(0x7f), packageName, u32le(packageHeaderSize, 1, packageHeaderSize + typeStrings.length, keys.length, 0)]);
  const pkg = chunk(0x0200, packageHeader, packageBody);
  return chunk(0x0002, u32le(1), Buffer.concat([writeStringPool(values, options.utf8), pkg]));
}

// ---------------------------------------------------------------------------------------------
// Hermes bytecode

/**
 * A Hermes bytecode file of `version` (84–99 have this layout) holding `strings` in its string
 * table, one global function, and nothing else. Strings are packed into storage without
 * separators, as the compiler does; non-ASCII strings are stored as UTF-16, strings longer than
 * 254 characters through the overflow table. The footer holds the SHA-1 of everything before it.
 */
export function writeHermes(strings: string[], version = 96): Buffer {
  const HEADER = 128;
  const functionHeader = version >= 97 ? 12 : 16;
  const ascii: Buffer[] = [];
  const wide: Buffer[] = [];
  const table: { utf16: boolean; offset: number; length: number }[] = [];
  let asciiSize = 0;
  for (const s of strings) {
    if (/^[\x00-\x7f]*$/.test(s)) {
      table.push({ utf16: false, offset: asciiSize, length: s.length });
      ascii.push(Buffer.from(s, 'latin1'));
      asciiSize += s.length;
    } else {
      table.push({ utf16: true, offset: -1, length: s.length });
      wide.push(Buffer.from(s, 'utf16le'));
    }
  }
  // UTF-16 strings follow the ASCII ones, 2-byte aligned.
  let wideAt = asciiSize + (asciiSize % 2);
  for (const entry of table) {
    if (!entry.utf16) continue;
    entry.offset = wideAt;
    wideAt += 2 * entry.length;
  }
  const storage = Buffer.concat([...ascii, Buffer.alloc(asciiSize % 2), ...wide]);
  const small: number[] = [];
  const overflow: number[] = [];
  for (const entry of table) {
    const utf16 = entry.utf16 ? 1 : 0;
    if (entry.length < 255 && entry.offset < 1 << 23) {
      small.push(utf16 | (entry.offset << 1) | (entry.length << 24));
    } else {
      small.push(utf16 | ((overflow.length / 2) << 1) | (255 << 24));
      overflow.push(entry.offset, entry.length);
    }
  }
  const kinds = strings.length > 0 ? u32le(strings.length) : Buffer.alloc(0); // all plain strings
  const segments = padTo(
    Buffer.concat([
      Buffer.alloc(functionHeader), // the global function's header
      kinds,
      u32le(...small),
      u32le(...overflow),
      padTo(storage, 4),
    ]),
    4,
  );
  const debugInfo = Buffer.alloc(16); // an empty DebugInfoHeader
  const header = Buffer.alloc(HEADER);
  Buffer.from([0xc6, 0x1f, 0xbc, 0x03, 0xc1, 0x03, 0x19, 0x1f]).copy(header, 0);
  header.writeUInt32LE(version, 8);
  const fileLength = HEADER + segments.length + debugInfo.length + 20;
  header.writeUInt32LE(fileLength, 32);
  header.writeUInt32LE(0, 36); // globalCodeIndex
  header.writeUInt32LE(1, 40); // functionCount
  header.writeUInt32LE(strings.length > 0 ? 1 : 0, 44); // stringKindCount
  header.writeUInt32LE(0, 48); // identifierCount
  header.writeUInt32LE(strings.length, 52);
  header.writeUInt32LE(overflow.length / 2, 56);
  header.writeUInt32LE(storage.length, 60);
  // debugInfoOffset is the last u32 field before the options byte; where it sits depends on the
  // version's fields (17 before 87, 19 up to 97, 20 from 98).
  const fields = version < 87 ? 17 : version <= 97 ? 19 : 20;
  header.writeUInt32LE(HEADER + segments.length, 32 + 4 * (fields - 1));
  const body = Buffer.concat([header, segments, debugInfo]);
  return Buffer.concat([body, createHash('sha1').update(body).digest()]);
}

// ---------------------------------------------------------------------------------------------
// Binary property list

function bplistLength(marker: number, length: number): Buffer {
  if (length < 15) return Buffer.from([marker | length]);
  if (length < 0x100) return Buffer.from([marker | 0xf, 0x10, length]);
  if (length < 0x10000) return Buffer.from([marker | 0xf, 0x11, length >> 8, length & 0xff]);
  return Buffer.from([marker | 0xf, 0x12, ...u32be(length)]);
}

function u32be(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(value);
  return b;
}

/** A string object: ASCII (`0x5X`) when it is, UTF-16BE (`0x6X`) otherwise. */
function bplistString(s: string): Buffer {
  if (/^[\x00-\x7f]*$/.test(s)) return Buffer.concat([bplistLength(0x50, s.length), Buffer.from(s, 'latin1')]);
  return Buffer.concat([bplistLength(0x60, s.length), Buffer.from(s, 'utf16le').swap16()]);
}

/**
 * A binary property list (`bplist00`) of one dictionary of strings, as Apple's encoder lays it
 * out: the dictionary first, then keys and values, the offset table and the trailer.
 */
export function writeBplist(dict: Record<string, string>): Buffer {
  const keys = Object.keys(dict);
  const objects = keys.length * 2 + 1;
  const refSize = objects < 0x100 ? 1 : 2;
  const ref = (n: number): Buffer => (refSize === 1 ? Buffer.from([n]) : Buffer.from([n >> 8, n & 0xff]));
  const encoded: Buffer[] = [
    Buffer.concat([bplistLength(0xd0, keys.length), ...keys.map((_, i) => ref(1 + i)), ...keys.map((_, i) => ref(1 + keys.length + i))]),
    ...keys.map(bplistString),
    ...keys.map((k) => bplistString(dict[k]!)),
  ];
  const offsets: number[] = [];
  let at = 8;
  for (const e of encoded) {
    offsets.push(at);
    at += e.length;
  }
  const offsetSize = at < 0x100 ? 1 : at < 0x10000 ? 2 : 4;
  const table = Buffer.concat(offsets.map((o) => (offsetSize === 1 ? Buffer.from([o]) : offsetSize === 2 ? Buffer.from([o >> 8, o & 0xff]) : u32be(o))));
  const trailer = Buffer.alloc(32);
  trailer[6] = offsetSize;
  trailer[7] = refSize;
  trailer.writeBigUInt64BE(BigInt(objects), 8);
  trailer.writeBigUInt64BE(0n, 16);
  trailer.writeBigUInt64BE(BigInt(at), 24);
  return Buffer.concat([Buffer.from('bplist00', 'latin1'), ...encoded, table, trailer]);
}

// ---------------------------------------------------------------------------------------------
// ELF and Mach-O

/** NUL-terminated strings, one after the other, as a C string section holds them. */
function cStrings(strings: string[]): Buffer {
  return Buffer.concat(strings.map((s) => Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])])));
}

/**
 * A 64-bit little-endian ELF shared object for AArch64 (an Android `lib/arm64-v8a/*.so`) with a
 * `.rodata` section holding `strings` NUL-terminated, an optional `.data` section of raw bytes
 * (`data`: UTF-16 text, or strings stored without separators), and `.shstrtab`.
 */
export function writeElf(strings: string[], data: Buffer = Buffer.alloc(0)): Buffer {
  const rodata = cStrings(strings);
  const names = Buffer.from('\0.rodata\0.data\0.shstrtab\0', 'latin1');
  const EH = 64;
  const rodataAt = EH;
  const dataAt = rodataAt + rodata.length;
  const namesAt = dataAt + data.length;
  const shoff = namesAt + names.length + ((8 - ((namesAt + names.length) % 8)) % 8);
  const header = Buffer.alloc(EH);
  header.write('\x7fELF', 0, 'latin1');
  header[4] = 2; // ELFCLASS64
  header[5] = 1; // little-endian
  header[6] = 1; // EV_CURRENT
  header.writeUInt16LE(3, 16); // ET_DYN
  header.writeUInt16LE(183, 18); // EM_AARCH64
  header.writeUInt32LE(1, 20);
  header.writeBigUInt64LE(BigInt(shoff), 40);
  header.writeUInt16LE(EH, 52);
  header.writeUInt16LE(64, 58); // e_shentsize
  header.writeUInt16LE(4, 60); // e_shnum
  header.writeUInt16LE(3, 62); // e_shstrndx
  const section = (name: number, type: number, flags: number, offset: number, size: number): Buffer => {
    const s = Buffer.alloc(64);
    s.writeUInt32LE(name, 0);
    s.writeUInt32LE(type, 4);
    s.writeBigUInt64LE(BigInt(flags), 8);
    s.writeBigUInt64LE(BigInt(offset), 16); // sh_addr: mapped where it sits
    s.writeBigUInt64LE(BigInt(offset), 24);
    s.writeBigUInt64LE(BigInt(size), 32);
    s.writeBigUInt64LE(1n, 48); // sh_addralign
    return s;
  };
  const sections = Buffer.concat([
    Buffer.alloc(64),
    section(1, 1, 0x2, rodataAt, rodata.length), // .rodata: PROGBITS, ALLOC
    section(9, 1, 0x3, dataAt, data.length), // .data: PROGBITS, WRITE|ALLOC
    section(15, 3, 0, namesAt, names.length), // .shstrtab: STRTAB
  ]);
  // sh_addr is 0 for the non-allocated .shstrtab.
  sections.writeBigUInt64LE(0n, 3 * 64 + 16);
  return Buffer.concat([header, rodata, data, names, Buffer.alloc(shoff - namesAt - names.length), sections]);
}

/**
 * A 64-bit little-endian Mach-O executable for arm64 with one `__TEXT` segment holding a
 * `__cstring` section (`strings`, NUL-terminated) and a `__ustring` section (`utf16`, UTF-16LE,
 * NUL-terminated, as CFString literals with non-ASCII text are stored). With `fat`, wrapped in a
 * universal binary header.
 */
export function writeMachO(strings: string[], options: { utf16?: string[]; fat?: boolean } = {}): Buffer {
  const cstring = cStrings(strings);
  const ustring = Buffer.concat((options.utf16 ?? []).map((s) => Buffer.from(`${s}\0`, 'utf16le')));
  const HEADER = 32;
  const nsects = 2;
  const cmdsize = 72 + 80 * nsects;
  const cstringAt = padTo(Buffer.alloc(HEADER + cmdsize), 16).length;
  const ustringAt = cstringAt + cstring.length + (cstring.length % 2);
  const end = ustringAt + ustring.length;
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(0xfeedfacf, 0);
  header.writeUInt32LE(0x0100000c, 4); // CPU_TYPE_ARM64
  header.writeUInt32LE(0, 8);
  header.writeUInt32LE(2, 12); // MH_EXECUTE
  header.writeUInt32LE(1, 16); // ncmds
  header.writeUInt32LE(cmdsize, 20);
  const segment = Buffer.alloc(72);
  segment.writeUInt32LE(0x19, 0); // LC_SEGMENT_64
  segment.writeUInt32LE(cmdsize, 4);
  segment.write('__TEXT', 8, 'latin1');
  segment.writeBigUInt64LE(0x100000000n, 24); // vmaddr
  segment.writeBigUInt64LE(BigInt(end), 32); // vmsize
  segment.writeBigUInt64LE(0n, 40); // fileoff
  segment.writeBigUInt64LE(BigInt(end), 48); // filesize
  segment.writeUInt32LE(5, 56); // maxprot r-x
  segment.writeUInt32LE(5, 60); // initprot
  segment.writeUInt32LE(nsects, 64);
  const sect = (name: string, offset: number, size: number, align: number, flags: number): Buffer => {
    const s = Buffer.alloc(80);
    s.write(name, 0, 'latin1');
    s.write('__TEXT', 16, 'latin1');
    s.writeBigUInt64LE(0x100000000n + BigInt(offset), 32);
    s.writeBigUInt64LE(BigInt(size), 40);
    s.writeUInt32LE(offset, 48);
    s.writeUInt32LE(align, 52);
    s.writeUInt32LE(flags, 64);
    return s;
  };
  const commands = Buffer.concat([segment, sect('__cstring', cstringAt, cstring.length, 0, 0x2), sect('__ustring', ustringAt, ustring.length, 1, 0)]);
  const thin = Buffer.concat([header, commands, Buffer.alloc(cstringAt - HEADER - cmdsize), cstring, Buffer.alloc(cstring.length % 2), ustring]);
  if (!options.fat) return thin;
  // A universal binary with one architecture, its slice aligned to 2^14 as lipo does.
  const fatHeader = Buffer.alloc(0x4000);
  fatHeader.writeUInt32BE(0xcafebabe, 0);
  fatHeader.writeUInt32BE(1, 4);
  fatHeader.writeUInt32BE(0x0100000c, 8);
  fatHeader.writeUInt32BE(0, 12);
  fatHeader.writeUInt32BE(0x4000, 16);
  fatHeader.writeUInt32BE(thin.length, 20);
  fatHeader.writeUInt32BE(14, 24);
  return Buffer.concat([fatHeader, thin]);
}
