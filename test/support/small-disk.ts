/**
 * A real full disk for tests of what the tool does when a write fails with ENOSPC: a 256 KiB
 * tmpfs, mounted for the test. Mounting needs root; elsewhere {@link mountSmallDisk} returns
 * undefined after printing one line, and the tests that need it skip.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A mounted small file system. */
export interface SmallDisk {
  /** Its mount point. */
  dir: string;
  /** Fills every free byte, so the next write of anything fails with ENOSPC. */
  fill(): void;
  /** Frees what `fill` took. */
  unfill(): void;
  /** Unmounts it and removes the mount point. */
  unmount(): void;
}

export function mountSmallDisk(): SmallDisk | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mg-full-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`skipped: a full-disk test needs to mount a tmpfs (run as root): ${(mounted.stderr || String(mounted.error)).trim()}`);
    return undefined;
  }
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      const block = Buffer.alloc(4096, 0x61);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
    },
    unfill() {
      fs.rmSync(filler, { force: true });
    },
    unmount() {
      spawnSync('umount', [dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
