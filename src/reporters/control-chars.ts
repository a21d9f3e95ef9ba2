/**
 * Makes untrusted text (file names, warning messages) safe to show as one line. File names may
 * hold newlines, terminal escape sequences or bidirectional overrides; printed raw they could
 * forge report lines, recolour a terminal or reorder what a reviewer sees.
 */

/** C0 and C1 controls, DEL, and the Unicode bidirectional embedding, override and isolate marks. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Short escapes a reader recognises; everything else becomes `\xNN` or `\uNNNN`. */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Replaces control and bidirectional-formatting characters with visible escapes (`\n`, `\x1b`,
 * `\u202e`), so the text stays on one line and displays in logical order.
 */
export function escapeControlChars(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
