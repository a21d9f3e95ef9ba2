/**
 * Entry names: decoding (UTF-8 or CP437) and the checks behind `archive-name` warnings. Names are
 * only data here (nothing is ever written to disk), so nothing is rejected: a name with `..`, an
 * absolute path, control characters or bytes that are not UTF-8 is reported, and its entry read.
 */

/** CP437's characters for bytes 0x80 to 0xff (zip's default name encoding, APPNOTE appendix D). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * CP437 text. Bytes below 0x80 are read as ASCII, control characters included (CP437's glyphs for
 * them are a display convention, and keeping them as controls lets {@link nameProblems} see them).
 */
export function decodeCp437(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** UTF-8 text, and whether the bytes were valid UTF-8 (invalid sequences become U+FFFD). */
export function decodeUtf8(bytes: Buffer): { text: string; valid: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: lenientUtf8.decode(bytes), valid: false };
  }
}

// C0 controls, DEL and C1 controls: a name holding one can rewrite a terminal line when printed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What is wrong with a name, in words (empty when nothing is). */
export function nameProblems(name: string, validUtf8 = true): string[] {
  const problems: string[] = [];
  if (name.split(/[/\\]/).includes('..')) problems.push('a ".." segment');
  if (/^[/\\]/.test(name) || /^[A-Za-z]:/.test(name)) problems.push('an absolute path');
  if (CONTROL.test(name)) problems.push('control characters');
  if (!validUtf8) problems.push('bytes that are not valid UTF-8');
  return problems;
}
