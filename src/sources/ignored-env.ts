/**
 * Git-ignored dotenv files that a front-end build still reads. Vite and Next.js load `.env`,
 * `.env.local`, `.env.<mode>` and `.env.<mode>.local` from the project's root (beside its
 * `package.json`) and inline every `VITE_` / `NEXT_PUBLIC_` variable into the client bundle, so a
 * token there ships to every browser although git never sees the file. A scan that skips what git
 * ignores therefore still reads these files, for client-prefixed variables only: a server
 * variable in a git-ignored `.env` is where a token belongs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEnvFile } from '../exposure/client.js';

/**
 * The dotenv files beside the listed `package.json` files (and in `dir` itself) that git did not
 * list, that is, the ones it ignores. `listed` holds the absolute paths git listed under `dir`.
 */
export function ignoredEnvFiles(dir: string, listed: readonly string[]): string[] {
  const known = new Set(listed);
  const roots = new Set([dir]);
  for (const file of listed) if (path.basename(file) === 'package.json') roots.add(path.dirname(file));
  const found: string[] = [];
  for (const root of roots) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(root, { withFileTypes: true });
    } catch {
      // A directory git just listed and that cannot be read now: its listed files warn on their own.
      continue;
    }
    for (const entry of entries) {
      const abs = path.join(root, entry.name);
      if (entry.isFile() && isEnvFile(entry.name) && !known.has(abs)) found.push(abs);
    }
  }
  return found.sort();
}
