import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detector/index.js';
import { binaryFormat, extractStrings, readBinaryStrings, type BinaryFormat, type ExtractedString } from '../../src/sources/binary/index.js';
import { readDexStrings } from '../../src/sources/binary/dex.js';
import { mutf8, writeArsc, writeAxml, writeBplist, writeDex, writeElf, writeHermes, writeMachO } from '../support/app-binaries.js';
import { liveToken, testToken } from '../support/tokens.js';

/** Strings placed around a token so that a reader that glued neighbours would be caught. */
const NEIGHBOURS = ['Authorization', 'Bearer', 'abcdefgh12345678', 'x', 'https://api.monime.io/v1'];

/** The tokens the real detector finds in the extracted strings, with the string each came from. */
function detected(strings: ExtractedString[]): { token: string; text: string }[] {
  return strings.flatMap((s) => detect(s.text).matches.map((m) => ({ token: m.token, text: s.text })));
}

/** Asserts the token comes out as exactly one string of its own, and the detector finds it whole. */
function expectTokenAlone(strings: ExtractedString[], token: string): ExtractedString {
  const holding = strings.filter((s) => s.text.includes(token));
  expect(holding.map((s) => s.text)).toEqual([token]);
  expect(detected(strings)).toEqual([{ token, text: token }]);
  return holding[0]!;
}

describe('binaryFormat', () => {
  it('tells each format by its magic, whatever the name', () => {
    const cases: [Buffer, BinaryFormat][] = [
      [writeDex(['a']), 'dex'],
      [writeAxml(['a']), 'axml'],
      [writeArsc(['a']), 'arsc'],
      [writeHermes(['a'], 96), 'hermes'],
      [writeBplist({ a: 'b' }), 'bplist'],
      [writeElf(['a']), 'elf'],
      [writeMachO(['a']), 'macho'],
      [writeMachO(['a'], { fat: true }), 'macho'],
      [Buffer.from('plain text, nothing else'), 'raw'],
      [Buffer.alloc(0), 'raw'],
      // A Java class file shares CAFEBABE with universal binaries; its version tells them apart.
      [Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41, 0, 0]), 'raw'],
      [Buffer.from([0xce, 0xfa, 0xed, 0xfe, 0x07, 0, 0, 0]), 'macho'],
      [Buffer.from('dex\n034\0'), 'raw'],
      [Buffer.from('dex\n039\0'), 'dex'],
    ];
    for (const [bytes, format] of cases) expect(binaryFormat(bytes)).toBe(format);
  });
});

describe('DEX', () => {
  it('reads each string of the table on its own, at the offset of its first byte', () => {
    const token = testToken();
    const dex = writeDex([...NEIGHBOURS, token]);
    const strings = extractStrings(dex);
    expect(strings.map((s) => s.text).sort()).toEqual([...NEIGHBOURS, token].sort());
    const found = expectTokenAlone(strings, token);
    expect(found.encoding).toBe('mutf8');
    expect(dex.toString('latin1', found.offset, found.offset + token.length)).toBe(token);
  });

  it('decodes MUTF-8: NUL as C0 80, supplementary characters as two encoded surrogates, two-byte and three-byte forms', () => {
    const token = liveToken();
    const texts = ['nul\0inside', 'emoji 😀 and 𝄞', 'café ✓ ünï', `${token}\0after`];
    expect(mutf8('\0')).toEqual(Buffer.from([0xc0, 0x80]));
    expect(mutf8('😀')).toHaveLength(6);
    const strings = extractStrings(writeDex(texts));
    expect(strings.map((s) => s.text).sort()).toEqual([...texts].sort());
    expect(detected(strings).map((d) => d.token)).toEqual([token]);
  });

  it('returns cleanly from hostile files: truncated, lying counts, offsets past the end, no NUL', () => {
    const token = testToken();
    const dex = writeDex(['alpha', token, 'omega']);
    // Truncated in the string data: what is whole is still read.
    for (let cut = 0; cut <= dex.length; cut += 7) expect(() => readBinaryStrings(dex.subarray(0, cut), 'dex')).not.toThrow();
    const lying = Buffer.from(dex);
    lying.writeUInt32LE(0xffffffff, 56);
    const read = readDexStrings(lying);
    expect(read.strings.map((s) => s.text)).toContain(token);
    expect(read.problems.join('\n')).toMatch(/string_ids_size/);
    const pastEnd = Buffer.from(dex);
    pastEnd.writeUInt32LE(0x7ffffff0, 60);
    expect(readDexStrings(pastEnd)).toMatchObject({ strings: [], problems: [expect.stringMatching(/outside the file/)] });
    const badData = Buffer.from(dex);
    badData.writeUInt32LE(0xfffffff0, 0x70);
    expect(readDexStrings(badData).problems.join('\n')).toMatch(/past the end/);
    // Every id pointing into one NUL-less run: the read budget keeps this linear.
    const flood = Buffer.alloc(0x70 + 4 * 100_000 + 50_000, 0x41);
    flood.write('dex\n035\0', 0, 'latin1');
    flood.writeUInt32LE(0x12345678, 40);
    flood.writeUInt32LE(100_000, 56);
    flood.writeUInt32LE(0x70, 60);
    for (let i = 0; i < 100_000; i++) flood.writeUInt32LE(0x70 + 4 * 100_000 + (i % 40_000), 0x70 + 4 * i);
    const flooded = readDexStrings(flood);
    expect(flooded.problems.join('\n')).toMatch(/budget/);
  });
});

describe('Android binary XML and resources.arsc', () => {
  for (const utf8 of [false, true]) {
    const pool = utf8 ? 'UTF-8' : 'UTF-16LE';
    it(`reads a manifest's ${pool} string pool, each attribute value on its own`, () => {
      const token = testToken();
      const values = ['before', token, 'after value', 'ünïcode ✓'];
      const strings = extractStrings(writeAxml(values, { utf8 }));
      expect(strings.every((s) => s.encoding === (utf8 ? 'utf8' : 'utf16le'))).toBe(true);
      for (const value of values) expect(strings.map((s) => s.text)).toContain(value);
      expectTokenAlone(strings, token);
    });

    it(`reads every pool of a resource table (${pool}): values, types and keys`, () => {
      const token = liveToken();
      const strings = extractStrings(writeArsc(['before', token, 'after'], { utf8 }));
      expect(strings.map((s) => s.text)).toEqual(['before', token, 'after', 'string', 'key0', 'key1', 'key2']);
      expectTokenAlone(strings, token);
    });
  }

  it('reads long UTF-16 and UTF-8 lengths (the high-bit extended forms)', () => {
    for (const utf8 of [false, true]) {
      // Past 0x7fff units a UTF-16 length takes two u16; past 0x7f a UTF-8 length takes two bytes.
      const long = 'ab'.repeat(utf8 ? 10_000 : 20_000);
      const strings = extractStrings(writeArsc([long, 'é'.repeat(200)], { utf8 }));
      expect(strings.slice(0, 2).map((s) => s.text)).toEqual([long, 'é'.repeat(200)]);
    }
  });

  it('returns cleanly from hostile files', () => {
    const token = testToken();
    const axml = writeAxml(['a', token]);
    for (let cut = 0; cut <= axml.length; cut += 5) expect(() => readBinaryStrings(axml.subarray(0, cut), 'axml')).not.toThrow();
    // The file claims more bytes than it has: the pool is still read.
    const long = Buffer.from(axml);
    long.writeUInt32LE(0x7fffffff, 4);
    expect(extractStrings(long).map((s) => s.text)).toContain(token);
    // The pool claims a million strings.
    const lying = Buffer.from(axml);
    lying.writeUInt32LE(1_000_000, 8 + 8);
    const read = readBinaryStrings(lying);
    expect(read.problems.join('\n')).toMatch(/claims 1000000 strings/);
    // A chunk of size 0 would loop forever if trusted.
    const stuck = Buffer.from(axml);
    stuck.writeUInt32LE(0, 8 + 4);
    expect(readBinaryStrings(stuck).problems.join('\n')).toMatch(/stopped/);
    // A string offset far past the pool.
    const offset = Buffer.from(axml);
    offset.writeUInt32LE(0xfffffff0, 8 + 28);
    expect(readBinaryStrings(offset).problems.join('\n')).toMatch(/out of range/);
  });
});

describe('Hermes bytecode', () => {
  for (const version of [84, 87, 89, 94, 96, 97, 98, 99]) {
    it(`reads the string table of version ${version}, so strings packed without separators come apart`, () => {
      const token = testToken();
      const hbc = writeHermes(['global', 'apiKey', token, 'x', 'café ✓', 'K'.repeat(300), 'Bearer '], version);
      const { strings, problems } = readBinaryStrings(hbc);
      expect(problems).toEqual([]);
      expect(strings.map((s) => s.text).sort()).toEqual(['global', 'apiKey', token, 'x', 'café ✓', 'K'.repeat(300), 'Bearer '].sort());
      expect(strings.find((s) => s.text === 'café ✓')?.encoding).toBe('utf16le');
      // The storage really holds the token glued to its neighbour: a raw scan would see `…x`.
      expect(hbc.includes(`${token}x`)).toBe(true);
      const found = expectTokenAlone(strings, token);
      expect(hbc.toString('latin1', found.offset, found.offset + token.length)).toBe(token);
    });
  }

  it('falls back to printable runs, with a problem, for a version it does not know', () => {
    const token = liveToken();
    // Runs glue neighbours together (`a mon_… b` here), so only a token with a separator
    // before and after it comes out whole: the reason the table is read when it can be.
    const hbc = writeHermes(['a', ' ', token, ' b'], 96);
    hbc.writeUInt32LE(74, 8);
    const read = readBinaryStrings(hbc);
    expect(read.problems.join('\n')).toMatch(/version 74/);
    expect(detected(read.strings).map((d) => d.token)).toEqual([token]);
  });

  it('returns cleanly from hostile files', () => {
    const hbc = writeHermes(['a', testToken(), 'b'.repeat(400)], 96);
    for (let cut = 0; cut <= hbc.length; cut += 3) expect(() => readBinaryStrings(hbc.subarray(0, cut), 'hermes')).not.toThrow();
    const lying = Buffer.from(hbc);
    lying.writeUInt32LE(0xffffffff, 52);
    expect(readBinaryStrings(lying).problems.join('\n')).toMatch(/runs past the end/);
    const overflow = Buffer.from(hbc);
    overflow.writeUInt32LE(0xffffffff, 128 + 16 + 4);
    expect(readBinaryStrings(overflow).problems.join('\n')).toMatch(/overflow entry|runs past/);
    const storage = Buffer.from(hbc);
    storage.writeUInt32LE(0xffffffff, 60);
    expect(readBinaryStrings(storage).problems.join('\n')).toMatch(/storage claims/);
  });
});

describe('binary property lists', () => {
  it('reads ASCII and UTF-16BE strings, keys and values, short and long', () => {
    const token = testToken();
    const dict = { CFBundleName: 'Pay', MonimeAccessToken: token, CFBundleDisplayName: 'Payé ✓', Notes: 'n'.repeat(300), Other: 'abcdefgh' };
    const strings = extractStrings(writeBplist(dict));
    expect(strings.map((s) => s.text)).toEqual([...Object.keys(dict), ...Object.values(dict)]);
    expect(strings.find((s) => s.text === 'Payé ✓')?.encoding).toBe('utf16be');
    expectTokenAlone(strings, token);
  });

  it('returns cleanly from hostile files', () => {
    const plist = writeBplist({ a: testToken(), b: 'c' });
    for (let cut = 0; cut <= plist.length; cut += 3) expect(() => readBinaryStrings(plist.subarray(0, cut), 'bplist')).not.toThrow();
    const lying = Buffer.from(plist);
    lying.writeBigUInt64BE(2n ** 62n, lying.length - 24);
    expect(readBinaryStrings(lying).problems.join('\n')).toMatch(/objects claimed/);
    const table = Buffer.from(plist);
    table.writeBigUInt64BE(2n ** 63n, table.length - 8);
    expect(readBinaryStrings(table).problems.join('\n')).toMatch(/outside the file/);
    const size = Buffer.from(plist);
    size[size.length - 26] = 0;
    expect(readBinaryStrings(size).problems.join('\n')).toMatch(/offset size/);
    // A string whose length runs past the object area.
    const text = Buffer.from(plist);
    text[text.indexOf(0x5f)] = 0x5f;
    text[text.indexOf(0x5f) + 2] = 0xff;
    expect(() => readBinaryStrings(text)).not.toThrow();
  });
});

describe('ELF, Mach-O and raw bytes', () => {
  it('finds a token in an ELF .rodata, each C string its own run', () => {
    const token = liveToken();
    const strings = extractStrings(writeElf(['hello world', token, 'goodbye all']));
    expectTokenAlone(strings, token);
  });

  it('finds a Dart-style constant outside .rodata, and UTF-16LE text', () => {
    const token = testToken();
    const data = Buffer.concat([Buffer.from([1, 2, 3]), Buffer.from(`\u0001${token}\u0002`, 'utf16le')]);
    const strings = extractStrings(writeElf(['hello world'], data));
    const found = expectTokenAlone(strings, token);
    expect(found.encoding).toBe('utf16le');
  });

  it('reports a token stored directly before other printable text as one run, and the grammar ends the token', () => {
    const token = liveToken();
    const strings = extractStrings(writeElf([`${token} trailing words`]));
    expect(strings.map((s) => s.text)).toContain(`${token} trailing words`);
    expect(detected(strings).map((d) => d.token)).toEqual([token]);
  });

  it('finds tokens in a Mach-O __cstring and __ustring, thin and universal', () => {
    for (const fat of [false, true]) {
      const token = testToken();
      const wide = liveToken();
      const strings = extractStrings(writeMachO(['hello world', token, 'goodbye all'], { utf16: [wide], fat }));
      expect(detected(strings).map((d) => d.token)).toEqual([token, wide]);
      expect(strings.filter((s) => s.text.includes(token)).map((s) => s.text)).toEqual([token]);
    }
  });

  it('reads raw bytes as UTF-8 and UTF-16LE runs of 8 characters or more, at odd offsets too, without the tail of a C string before', () => {
    const token = testToken();
    const bytes = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('short\0'), Buffer.from(`${token}`, 'utf16le'), Buffer.from('\0\0naïve café text\0')]);
    const strings = extractStrings(bytes);
    expect(strings.map((s) => [s.text, s.encoding, s.offset])).toEqual([
      [token, 'utf16le', 9],
      ['naïve café text', 'utf8', 9 + 2 * token.length + 2],
    ]);
    expect(detected(strings).map((d) => d.token)).toEqual([token]);
  });

  it('keeps a UTF-16LE token whose run starts right after a printable byte', () => {
    const token = liveToken();
    const bytes = Buffer.concat([Buffer.from('\u0001M'), Buffer.from(token, 'utf16le'), Buffer.from([0, 0])]);
    expect(detected(extractStrings(bytes)).map((d) => d.token)).toEqual([token]);
  });

  it('never throws on random bytes, whatever format it is told', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    const formats: BinaryFormat[] = ['dex', 'axml', 'arsc', 'hermes', 'bplist', 'macho', 'elf', 'raw'];
    for (let round = 0; round < 200; round++) {
      const bytes = Buffer.from(Array.from({ length: 64 + (round % 50) * 13 }, random));
      for (const format of formats) expect(() => readBinaryStrings(bytes, format)).not.toThrow();
    }
  });
});
