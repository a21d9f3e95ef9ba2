import type { Position } from '../types.js';

/**
 * Where things are in an HCL file. The HCL parser returns values without positions, so this
 * lexes the text just far enough to know, for every line, how deep in braces it starts (strings,
 * comments and heredocs skipped), and from that where each `resource "<type>" "<name>"` block
 * starts and ends and where its top-level attributes are written.
 */

/** One resource block's place in the file. */
export interface BlockLayout {
  type: string;
  name: string;
  /** The `resource` keyword. */
  at: Position;
  /** Last line of the block (its closing brace). */
  endLine: number;
  /** Where each top-level attribute's value starts, by attribute name. */
  attributes: Map<string, Position>;
}

/** For every line (index 0 = line 1): brace depth at its start, or -1 inside a string, comment or heredoc. */
export function lineDepths(text: string): number[] {
  const depths: number[] = [0];
  let depth = 0;
  let inside = false;
  const newline = (): void => {
    depths.push(inside ? -1 : depth);
  };
  let i = 0;
  const n = text.length;
  /** Skips a quoted string (with nested `${…}` holding their own strings) starting after its quote. */
  const skipString = (): void => {
    while (i < n) {
      const c = text[i]!;
      if (c === '\\') i += 2;
      else if (c === '"') {
        i++;
        return;
      } else if (c === '\n') {
        newline();
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{' && text[i - 1] !== c) {
        i += 2;
        skipBraces();
      } else i++;
    }
  };
  /** Skips up to the `}` closing an interpolation. */
  const skipBraces = (): void => {
    let level = 1;
    while (i < n && level > 0) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        skipString();
        continue;
      }
      if (c === '{') level++;
      else if (c === '}') level--;
      else if (c === '\n') newline();
      i++;
    }
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      i++;
      newline();
    } else if (c === '"') {
      i++;
      inside = true;
      skipString();
      inside = false;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      inside = true;
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (; i < stop; i++) if (text[i] === '\n') newline();
      inside = false;
    } else if (c === '<' && text[i + 1] === '<') {
      const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\n/.exec(text.slice(i, i + 128));
      if (!heredoc) {
        i += 2;
        continue;
      }
      i += heredoc[0].length - 1;
      inside = true;
      const close = new RegExp(`^[ \\t]*${heredoc[1]}[ \\t]*$`);
      while (i < n) {
        i++;
        newline();
        const end = text.indexOf('\n', i);
        const line = text.slice(i, end === -1 ? n : end);
        i = end === -1 ? n : end;
        if (close.test(line)) break;
      }
      inside = false;
    } else {
      if (c === '{' || c === '[' || c === '(') depth++;
      else if (c === '}' || c === ']' || c === ')') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return depths;
}

const HEADER = /^(\s*)resource\s+"?([\w-]+)"?\s+"?([\w-]+)"?\s*\{/;
const ATTRIBUTE = /^(\s*)([A-Za-z_][\w-]*)\s*=\s*/;

/** The resource blocks of one type in an HCL file, with their attribute positions. */
export function resourceBlocks(text: string, type: string): BlockLayout[] {
  if (!text.includes(type)) return [];
  const lines = text.split('\n');
  const depths = lineDepths(text);
  const blocks: BlockLayout[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (depths[i] !== 0) continue;
    const header = HEADER.exec(lines[i]!);
    if (!header || header[2] !== type) continue;
    const block: BlockLayout = { type, name: header[3]!, at: { line: i + 1, column: header[1]!.length + 1 }, endLine: i + 1, attributes: new Map() };
    let j = i + 1;
    for (; j < lines.length && (depths[j]! > 0 || depths[j] === -1); j++) {
      if (depths[j] !== 1) continue;
      const attribute = ATTRIBUTE.exec(lines[j]!);
      if (attribute && !block.attributes.has(attribute[2]!)) block.attributes.set(attribute[2]!, { line: j + 1, column: attribute[0].length + 1 });
    }
    // The closing brace sits on the last line that started inside the block.
    block.endLine = j;
    blocks.push(block);
    i = j - 1;
  }
  return blocks;
}
