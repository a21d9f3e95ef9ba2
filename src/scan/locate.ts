import type { Position } from '../types.js';

/**
 * Turns indexes into line and column for one fragment. Indexes must be asked for in increasing
 * order from `from`, which lets the newline count run once over the text however many matches
 * there are.
 */
export function createLocator(text: string, from: number, line: number, column: number): (index: number) => Position {
  let at = from;
  let currentLine = line;
  // Index of the last newline seen, or where the fragment's first line would have started.
  let lineStart = from - column;
  return (index) => {
    for (let nl = text.indexOf('\n', at); nl !== -1 && nl < index; nl = text.indexOf('\n', nl + 1)) {
      currentLine++;
      lineStart = nl + 1;
    }
    at = Math.max(at, index);
    return { line: currentLine, column: index - lineStart + 1 };
  };
}

/** The text of the line holding `index`, and of the line before it (empty when out of the fragment). */
export function linesAround(text: string, index: number): { line: string; previous: string } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  let end = text.indexOf('\n', index);
  if (end === -1) end = text.length;
  const previousStart = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : start;
  return {
    line: trimCr(text.slice(start, end)),
    previous: start > 0 ? trimCr(text.slice(previousStart, start - 1)) : '',
  };
}

function trimCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
