/**
 * The exports of a CommonJS package loaded with `import()`. Node.js offers its functions as named
 * exports; the bundled command line (esbuild) offers them only as properties of the default
 * export. `probe` names an export that must be a function, to tell which of the two this is.
 */
export function commonJsExports<T extends object>(imported: T, probe: keyof T): T {
  if (typeof imported[probe] === 'function') return imported;
  const fallback = (imported as { default?: T }).default;
  if (fallback && typeof fallback[probe] === 'function') return fallback;
  throw new Error(`a dependency did not load: ${String(probe)} is missing from it`);
}
