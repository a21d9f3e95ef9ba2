import { entryPath } from './archive.js';
import type { Signature } from '../sources/git/commits.js';
import type { LogCommit } from '../sources/git/log.js';
import type { Finding } from '../types.js';

/**
 * Attribution, the history source's own post-processing: a token seen in blobs and messages is
 * tied to the earliest commit that brought it in, once, with how many other commits or paths
 * hold it and whether HEAD still does.
 */

/** A commit that put a blob at a path. */
export interface Introduction {
  commit: LogCommit;
  path: string;
}

/** A token found in a blob or message, before it is tied to the commit that introduced it. */
export interface Sighting {
  finding: Finding;
  /** Blob id, for file content. */
  blob?: string;
  /** For messages: the commit or tag and its author. */
  message?: { id: string; author?: Signature };
}

/** When a place's commit was authored, in milliseconds; places without a date sort last. */
function timeOf(place: { sighting: Sighting; intro?: Introduction }): number {
  const date = place.intro?.commit.author?.date ?? place.sighting.message?.author?.date;
  const time = date === undefined ? NaN : Date.parse(date);
  return Number.isNaN(time) ? Infinity : time;
}

/**
 * Ties each token to the earliest commit that brought it in, reporting each token once: the
 * other commits and paths that hold it are counted, not listed.
 */
export function attribute(
  sightings: readonly Sighting[],
  introductions: ReadonlyMap<string, Introduction[]>,
  current: ReadonlySet<string>,
  unpushed = false,
): Finding[] {
  // Every place each token came in: blob introductions, and messages.
  const byToken = new Map<string, { sighting: Sighting; intro?: Introduction }[]>();
  for (const sighting of sightings) {
    const places = byToken.get(sighting.finding.fingerprint) ?? [];
    const intros = sighting.blob ? (introductions.get(sighting.blob) ?? []) : [];
    if (intros.length === 0) places.push({ sighting });
    for (const intro of intros) places.push({ sighting, intro });
    byToken.set(sighting.finding.fingerprint, places);
  }

  const findings: Finding[] = [];
  for (const [fingerprint, places] of byToken) {
    const distinct = new Map(places.map((p) => [`${p.intro?.commit.id ?? p.sighting.message?.id ?? ''}\0${p.intro?.path ?? p.sighting.finding.path}`, p]));
    const earliest = [...distinct.values()].reduce((a, b) => (timeOf(b) <= timeOf(a) ? b : a));
    const { sighting, intro } = earliest;
    const author = intro?.commit.author ?? sighting.message?.author;
    const path = intro?.path ?? sighting.finding.path;
    const commit = intro?.commit.id ?? sighting.message?.id ?? '';
    // A token inside an archive in git: the blob's path at that commit, then where in the archive.
    const entry = sighting.finding.origin.kind === 'blob' || sighting.finding.origin.kind === 'file' ? sighting.finding.origin.entry : undefined;
    findings.push({
      ...sighting.finding,
      path: entry ? entryPath(path, entry) : path,
      origin: sighting.blob
        ? { kind: 'blob', path, ...(entry ? { entry } : {}), ...(commit ? { commit } : {}), blob: sighting.blob }
        : { kind: 'message', commit },
      git: {
        commit: intro?.commit.id ?? sighting.message?.id ?? '',
        ...(author ? { author: author.name, email: author.email, date: author.date } : {}),
        source: sighting.blob ? 'blob' : 'message',
        ...(sighting.blob ? { blob: sighting.blob } : {}),
        historyOnly: !current.has(fingerprint),
        ...(unpushed ? { unpushed: true as const } : {}),
        otherOccurrences: distinct.size - 1,
      },
    });
  }
  return findings;
}
