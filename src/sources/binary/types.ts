/** One string read out of a binary input. */
export interface ExtractedString {
  /** The decoded string, exactly as the format stores it (neighbours never glued on). */
  text: string;
  /** Byte offset in the input of the string's first byte (after any length prefix). */
  offset: number;
  /** How the string's bytes were stored: `mutf8` is DEX's modified UTF-8. */
  encoding: 'utf8' | 'utf16le' | 'utf16be' | 'mutf8';
}

/** The binary formats told apart by their magic bytes; `raw` is everything else. */
export type BinaryFormat = 'dex' | 'axml' | 'arsc' | 'hermes' | 'bplist' | 'macho' | 'elf' | 'raw';

/** What one parser read: the strings, and what it found wrong with the input on the way. */
export interface StringsRead {
  strings: ExtractedString[];
  /**
   * Why some strings may be missing: offsets or counts out of range, truncation, an unsupported
   * version. Empty for a well-formed input.
   */
  problems: string[];
}
