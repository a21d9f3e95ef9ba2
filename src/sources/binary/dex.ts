import { ReadBudget } from './read-budget.js';
import type { ExtractedString, StringsRead } from './types.js';

/** Size of the DEX header, which holds the string table's size and offset. */
const HEADER_SIZE = 0x70;
const ENDIAN_CONSTANT = 0x12345678;
const REVERSE_ENDIAN_CONSTANT = 0x78563412;
/** Code units decoded before they are turned into a string, so no call gets too many arguments. */
const DECODE_CHUNK = 4096;

/** Whether `bytes` starts with a DEX magic, `dex\n` and a three-digit version from 035 on, then NUL. */
export function isDex(bytes: Buffer): boolean {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== 'dex\n' || bytes[7] !== 0) return false;
  const version = bytes.toString('latin1', 4, 7);
  return /^0\d\d$/.test(version) && Number(version) >= 35;
}

/**
 * The strings of a DEX file's string table (`string_ids` → `string_data_item`): every string
 * constant, class, field and method name of the app, `BuildConfig` fields included. Each
 * string is decoded from MUTF-8 on its own: `C0 80` is NUL, and supplementary characters, stored
 * as two separately encoded surrogates, come out as the one character they are.
 *
 * Hostile input: a string table out of range is read as far as it is in range; a `string_data`
 * offset past the end, a missing NUL or a malformed sequence ends or replaces that string only
 * (U+FFFD); total work is bounded by a {@link ReadBudget}.
 */
export function readDexStrings(bytes: Buffer): StringsRead {
  const strings: ExtractedString[] = [];
  const problems: string[] = [];
  if (bytes.length < HEADER_SIZE) {
    problems.push(`dex: header truncated (${bytes.length} of ${HEADER_SIZE} bytes)`);
    return { strings, problems };
  }
  const tag = bytes.readUInt32LE(40);
  // Big-endian DEX files are allowed by the format, though no tool in use writes them.
  const bigEndian = tag === REVERSE_ENDIAN_CONSTANT;
  if (tag !== ENDIAN_CONSTANT && !bigEndian) problems.push(`dex: unknown endian tag 0x${tag.toString(16)}, read as little-endian`);
  const u32 = (at: number): number => (bigEndian ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at));
  const count = u32(56);
  const idsOffset = u32(60);
  if (count === 0) return { strings, problems };
  if (idsOffset < HEADER_SIZE || idsOffset >= bytes.length) {
    problems.push(`dex: string_ids_off ${idsOffset} is outside the file`);
    return { strings, problems };
  }
  const available = Math.floor((bytes.length - idsOffset) / 4);
  if (count > available) problems.push(`dex: string_ids_size ${count} runs past the end of the file; read ${available}`);
  const budget = new ReadBudget(bytes.length);
  const seen = new Set<number>();
  for (let i = 0; i < Math.min(count, available); i++) {
    const dataOffset = u32(idsOffset + 4 * i);
    if (seen.has(dataOffset)) continue;
    seen.add(dataOffset);
    if (dataOffset >= bytes.length) {
      problems.push(`dex: string ${i} points past the end of the file (${dataOffset})`);
      continue;
    }
    // The ULEB128 length in UTF-16 units comes first; the NUL terminator, not the length, ends
    // the string, so a lying length changes nothing.
    let at = dataOffset;
    for (let k = 0; k < 5 && at < bytes.length && (bytes[at++]! & 0x80) !== 0; k++);
    const decoded = decodeMutf8(bytes, at, budget);
    if (!decoded) {
      problems.push('dex: string data exceeds the read budget; stopped');
      break;
    }
    if (!decoded.terminated) problems.push(`dex: string ${i} at ${at} has no NUL before the end of the file`);
    if (decoded.text.length > 0) strings.push({ text: decoded.text, offset: at, encoding: 'mutf8' });
  }
  strings.sort((a, b) => a.offset - b.offset);
  return { strings, problems };
}

/**
 * Decodes MUTF-8 from `start` to the first NUL byte (or the end). Returns undefined when the
 * budget cannot pay for the bytes.
 */
function decodeMutf8(bytes: Buffer, start: number, budget: ReadBudget): { text: string; terminated: boolean } | undefined {
  let end = bytes.indexOf(0, start);
  const terminated = end !== -1;
  if (!terminated) end = bytes.length;
  if (!budget.take(end - start + 1)) return undefined;
  const units: number[] = [];
  let text = '';
  const continuation = (k: number): boolean => k < end && (bytes[k]! & 0xc0) === 0x80;
  for (let i = start; i < end;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      units.push(lead);
      i++;
    } else if ((lead & 0xe0) === 0xc0 && continuation(i + 1)) {
      units.push(((lead & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      i += 2;
    } else if ((lead & 0xf0) === 0xe0 && continuation(i + 1) && continuation(i + 2)) {
      // Surrogates are encoded one by one, so a supplementary character is two of these, and the
      // pair of UTF-16 units they yield is that character in a JavaScript string.
      units.push(((lead & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f));
      i += 3;
    } else {
      units.push(0xfffd);
      i++;
    }
    if (units.length >= DECODE_CHUNK) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  text += String.fromCharCode(...units);
  return { text, terminated };
}
