// Number formatting and a plain fixed-width table for the benchmark's stdout.

export const fmtCount = (n) => n.toLocaleString('en-US');
export const fmtS = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(3)} s` : '—');
export const fmtMiB = (kib) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(1)} MiB` : '—');
export const fmtMB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
export const fmtRatio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
export const fmtResult = (pass) => (pass === true ? 'PASS' : pass === false ? 'FAIL' : 'info');

/**
 * Lays rows out in columns. `align` holds 'l' or 'r' per column; every cell is a string.
 */
export function table(header, rows, align) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, i) => (align[i] === 'r' ? (cell ?? '').padStart(widths[i]) : (cell ?? '').padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
