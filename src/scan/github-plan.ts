import { compareText } from '../findings/order.js';

/**
 * Splitting an organisation's repositories into shards for a GitHub Actions matrix. The split is
 * a pure function of the listing (names and sizes), so a plan job and each shard job, listing the
 * same repositories, agree on which shard holds which repository.
 */

/** What the split reads of a repository. */
export interface Sized {
  fullName: string;
  /** Size in KiB, as the API reports it. */
  size: number;
}

/** A shard chosen with `--shard I/N`: its 1-based index and the number of shards. */
export interface ShardChoice {
  index: number;
  count: number;
}

/**
 * Splits `repositories` into `count` shards balanced by size: largest first, each to the shard
 * with the least so far (the lowest index on a tie), every order fixed by name on equal sizes.
 * Each shard lists its repositories by name.
 */
export function splitShards<T extends Sized>(repositories: readonly T[], count: number): T[][] {
  const shards = Array.from({ length: count }, () => ({ size: 0, members: [] as T[] }));
  const bySize = [...repositories].sort((a, b) => b.size - a.size || compareText(a.fullName, b.fullName));
  for (const repository of bySize) {
    let lightest = shards[0]!;
    for (const shard of shards) if (shard.size < lightest.size) lightest = shard;
    lightest.size += Math.max(repository.size, 1);
    lightest.members.push(repository);
  }
  return shards.map((shard) => shard.members.sort((a, b) => compareText(a.fullName, b.fullName)));
}

/** One entry of the matrix `--plan` prints. */
export interface PlanEntry {
  /** The value to pass to `--shard`: `I/N`. */
  shard: string;
  /** How many repositories the shard holds. */
  repositories: number;
  /** Their total size in KiB. */
  size: number;
}

/**
 * The GitHub Actions matrix for at most `wanted` shards: as many as there are repositories when
 * there are fewer, so no shard is empty. Its entries' `shard` values select the same split.
 */
export function planMatrix(repositories: readonly Sized[], wanted: number): { include: PlanEntry[] } {
  const count = Math.max(1, Math.min(wanted, repositories.length));
  if (repositories.length === 0) return { include: [] };
  return {
    include: splitShards(repositories, count).map((members, i) => ({
      shard: `${i + 1}/${count}`,
      repositories: members.length,
      size: members.reduce((sum, member) => sum + member.size, 0),
    })),
  };
}

/** Parses `I/N` (1 ≤ I ≤ N); undefined when it is not that. */
export function parseShard(text: string): ShardChoice | undefined {
  const match = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index <= count ? { index, count } : undefined;
}
