import { mayContainTokenText } from '../detector/prefilter.js';

/**
 * What a file's text must hold for each rule to have anything to find. A rule whose gate says no
 * returns no visitors, so ESLint walks the file without calling it: most files of a project hold
 * no token and no Monime variable, and cost nothing. Each gate is a few native string searches
 * over the source, looser than the rule: it passes every file the rule could report in.
 */

/**
 * Prefix letters written as legacy octal escapes (`\155`, `\157`, `\156`), which JavaScript's
 * parser decodes before the rule sees a value but the scanner's gate does not read. Every other
 * escape of a prefix character a parser decodes (`\u006d`, `\u{6d}`, `\x6d`, `&#109;`, `&lowbar;`
 * in JSX, Vue and Svelte text) is one {@link mayContainTokenText} already lets through, as is an
 * escaped `_` after a plain `mon`. Percent-encoding is not decoded by a parser, so the value keeps
 * `mon%5F…` and the gate sees it in the source as it is.
 */
const OCTAL_PREFIX_LETTER = /\\15[567]/;

/**
 * A prefix split over constant pieces the rule joins (`'mo' + 'n_…'`, `['m', 'o', 'n_…'].join('')`):
 * a piece ending in `m` or `mo` followed by another piece. A split after `mon` leaves `mon` whole.
 */
const SPLIT_PREFIX = /mo?['"`]\s*[+,]\s*['"`]/;

/** Whether a file may hold a token `no-hardcoded-token` reports, plain, encoded, escaped or split. */
export function mayHoldToken(text: string): boolean {
  return mayContainTokenText(text) || OCTAL_PREFIX_LETTER.test(text) || SPLIT_PREFIX.test(text);
}

/**
 * Whether a file may read a Monime credential variable: every name the rule reports holds
 * `MONIME` (any case), written plainly or with one of its letters as a `\u`/`\u{…}`/`\x` escape
 * in an identifier or string (`M`/`m` is 4d/6d, `O` 4f/6f, `N` 4e/6e, `I` 49/69, `E` 45/65), not
 * any escape at all: JavaScript holds `\u` and `\x` escapes for other reasons in many files.
 */
export function mayHoldMonimeVariable(text: string): boolean {
  return /monime|\\(?:u\{?0*|x)[46][59def]/i.test(text);
}

/** Whether a file may hold a plain-HTTP URL to the Monime API. */
export function mayHoldApiUrl(text: string): boolean {
  return /api\.monime\.io/i.test(text);
}
