/**
 * Commit and tag objects as git stores them: header lines, a blank line, the message. Only what a
 * report needs is parsed: who, when, and where the message starts.
 */

/** Who made a commit (or tag) and when. */
export interface Signature {
  name: string;
  email: string;
  /** ISO 8601 with the author's own offset, as `git log --format=%aI` prints it. */
  date: string;
}

/** A parsed commit or tag object. */
export interface CommitInfo {
  /** Author of a commit, tagger of a tag; absent when the object has none (odd, but allowed). */
  author?: Signature;
  /** The message. */
  message: string;
  /** 1-based line of the object on which the message starts, so message lines can be numbered. */
  messageLine: number;
}

/** Parses a commit or tag object's content. */
export function parseCommit(content: Buffer, type: 'commit' | 'tag'): CommitInfo {
  const text = content.toString('utf8');
  const split = text.indexOf('\n\n');
  const headers = split === -1 ? text : text.slice(0, split);
  const message = split === -1 ? '' : text.slice(split + 2);
  const key = type === 'commit' ? 'author ' : 'tagger ';
  const line = headers.split('\n').find((l) => l.startsWith(key));
  const info: CommitInfo = { message, messageLine: split === -1 ? 1 : headers.split('\n').length + 2 };
  const author = line ? parseSignature(line.slice(key.length)) : undefined;
  if (author) info.author = author;
  return info;
}

/** Parses `Name <email> 1700000000 +0100`. */
export function parseSignature(text: string): Signature | undefined {
  const match = /^(.*?) ?<([^>]*)> (\d+) ([+-])(\d\d)(\d\d)$/.exec(text.trim());
  if (!match) return undefined;
  const [, name = '', email = '', seconds = '0', sign = '+', hours = '00', minutes = '00'] = match;
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  const local = new Date((Number(seconds) + offsetMinutes * 60) * 1000).toISOString().slice(0, 19);
  return { name, email, date: `${local}${sign}${hours}:${minutes}` };
}
