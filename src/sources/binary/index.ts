/**
 * Text out of app binaries: pure functions from the bytes of a file found in an app package (DEX,
 * compiled Android XML, `resources.arsc`, Hermes bytecode, binary plists, Mach-O, ELF) to the
 * strings it holds, each with its byte offset. Structured formats are read through their string
 * tables, so each string comes out on its own and two neighbours never merge into one
 * token-looking run; executables and anything unknown are read as printable runs.
 *
 * Every reader takes hostile input: it never throws, never allocates from a count field, runs in
 * time linear in the input, and returns what it could read with `problems` saying what it could not.
 */
import { isArsc, isAxml, readResourceStrings } from './android-resources.js';
import { isBplist, readBplistStrings } from './bplist.js';
import { isDex, readDexStrings } from './dex.js';
import { isHermes, readHermesStrings } from './hermes.js';
import { printableRuns } from './printable-runs.js';
import type { BinaryFormat, ExtractedString, StringsRead } from './types.js';

export type { BinaryFormat, ExtractedString, StringsRead } from './types.js';
export { HERMES_MAX_VERSION, HERMES_MIN_VERSION } from './hermes.js';
export { MIN_RUN_CHARS, printableRuns, runsAtPrefixes } from './printable-runs.js';

/** Thin Mach-O magics in both byte orders, 32- and 64-bit, as read big-endian. */
const MACHO_THIN = new Set([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe]);
/** Universal ("fat") Mach-O magics, 32- and 64-bit offsets, both byte orders. */
const MACHO_FAT = new Set([0xcafebabe, 0xcafebabf, 0xbebafeca, 0xbfbafeca]);
/**
 * Java class files share `CAFEBABE`; their next u32 is the class version (45 and up), while a
 * universal binary's is its architecture count, which is small.
 */
const MAX_FAT_ARCHES = 30;

/** Which format `bytes` is, by magic (not by name). */
export function binaryFormat(bytes: Buffer): BinaryFormat {
  if (isDex(bytes)) return 'dex';
  if (isHermes(bytes)) return 'hermes';
  if (isBplist(bytes)) return 'bplist';
  if (isAxml(bytes)) return 'axml';
  if (isArsc(bytes)) return 'arsc';
  if (bytes.length >= 4) {
    if (bytes[0] === 0x7f && bytes.toString('latin1', 1, 4) === 'ELF') return 'elf';
    const magic = bytes.readUInt32BE(0);
    if (MACHO_THIN.has(magic)) return 'macho';
    if (MACHO_FAT.has(magic) && bytes.length >= 8) {
      const arches = magic === 0xcafebabe || magic === 0xcafebabf ? bytes.readUInt32BE(4) : bytes.readUInt32LE(4);
      if (arches > 0 && arches <= MAX_FAT_ARCHES) return 'macho';
    }
  }
  return 'raw';
}

/**
 * The strings a scanner should look at, and what got in the way of reading them: for structured
 * formats their string tables (each string on its own), for Mach-O, ELF and raw input the
 * printable runs in UTF-8 and UTF-16LE (see {@link extractStrings}). `format` defaults to what
 * {@link binaryFormat} says.
 */
export function readBinaryStrings(bytes: Buffer, format: BinaryFormat = binaryFormat(bytes)): StringsRead {
  try {
    switch (format) {
      case 'dex':
        return readDexStrings(bytes);
      case 'axml':
      case 'arsc':
        return readResourceStrings(bytes);
      case 'hermes':
        return readHermesStrings(bytes);
      case 'bplist':
        return readBplistStrings(bytes);
      case 'macho':
      case 'elf':
      case 'raw':
        return { strings: printableRuns(bytes), problems: [] };
    }
  } catch (error) {
    // The readers check every offset before reading, so this is a bug, not bad input; the
    // scan still gets every printable run rather than nothing.
    return { strings: printableRuns(bytes), problems: [`${format}: reader failed (${String(error)}); read printable runs instead`] };
  }
}

/**
 * The strings a scanner should look at. For structured formats (DEX, compiled XML,
 * `resources.arsc`, Hermes bytecode, binary plists) their string tables, each string on its own,
 * so two adjacent strings never merge into one token-looking run. For Mach-O, ELF and raw input
 * the printable runs, in UTF-8 and in UTF-16LE, of at least {@link MIN_RUN_CHARS} characters,
 * across the whole file (strings outside `__cstring` or `.rodata`, such as Dart constants in a
 * Flutter `libapp.so`, are found too). A run ends only at a non-printable byte, so a token that the
 * binary stores directly before other printable text comes out glued to it; each run is
 * reported as it is, and the detector's grammar decides where a token's body ends.
 *
 * Never throws: a damaged or hostile input yields what could be read ({@link readBinaryStrings}
 * also says what could not).
 */
export function extractStrings(bytes: Buffer, format?: BinaryFormat): ExtractedString[] {
  return readBinaryStrings(bytes, format).strings;
}
