import { calendarDay } from '../calendar-date.js';
import type { Position } from '../types.js';

/**
 * The token configuration model every IaC format is read into: the options a Monime access
 * token is created with (the options of Monime's token form), each with where it was written. A value the reader could
 * not resolve (a Terraform variable without a default, say) is `unknown`, never guessed.
 */

/** Marks a value that is set but could not be resolved. */
export const UNKNOWN = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** How long a token lives. */
export type Expiry = { kind: 'never' } | { kind: 'days'; days: number } | { kind: 'date'; date: string };

/** One token's configuration, as read from a manifest, Terraform or a plan. */
export interface TokenConfig {
  /** `manifest`, `terraform` or `plan`. */
  format: 'manifest' | 'terraform' | 'plan';
  /** Path of the file, relative to the scan root. */
  file: string;
  /** Where the token's entry starts. */
  at: Position;
  /** What identifies it in reports: the entry's name or resource address. */
  label: string;
  name?: string | Unknown;
  mode?: 'test' | 'live' | Unknown;
  expiry?: Expiry | Unknown;
  apiRelease?: string | Unknown;
  spaces?: string[] | Unknown;
  ips?: string[] | Unknown;
  services?: string[] | Unknown;
  roles?: string[] | Unknown;
  owner?: string | Unknown;
  purpose?: string | Unknown;
  rotateEveryDays?: number | Unknown;
  /** Where each field was written, by field name. */
  positions: Partial<Record<keyof TokenConfig, Position>>;
  /** Every string value written in the entry, with where, for the hardcoded-token check. */
  strings: { value: string; at: Position }[];
  /** Inline suppressions written on or above the entry. */
  suppressions: Suppression[];
  /** Attributes that are set but could not be resolved (Terraform expressions), by their name in the file. */
  unresolved?: string[];
}

/** `# monime-guard-ignore iac/<id> -- reason [until YYYY-MM-DD]`. */
export interface Suppression {
  ruleId: string;
  reason?: string;
  /** ISO date after which it stops suppressing. */
  until?: string;
  /** Text after the rule id that does not start with `--`: the suppression is not understood. */
  malformed?: boolean;
  at: Position;
}

/** Whether a value is known (set and resolved). */
export function known<T>(value: T | Unknown | undefined): value is T {
  return value !== undefined && value !== UNKNOWN;
}

/** Days from `today` until an expiry, or undefined for `never` and unknown values. */
export function expiryDays(expiry: Expiry, today: Date): number | undefined {
  if (expiry.kind === 'never') return undefined;
  if (expiry.kind === 'days') return expiry.days;
  const time = calendarDay(expiry.date) ?? Number.NaN;
  return Number.isNaN(time) ? undefined : Math.ceil((time - today.getTime()) / 86_400_000);
}

/** Parses the manifest's `expiry` value: `2-months`, `1-year`, an ISO date, or `never`. */
export function parseExpiry(value: unknown): Expiry | Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim().toLowerCase();
  if (text === 'never' || text === 'none') return { kind: 'never' };
  const relative = /^(\d+)[-\s]?(day|days|month|months|year|years)$/.exec(text);
  if (relative) {
    const n = Number(relative[1]);
    const unit = relative[2]!;
    return { kind: 'days', days: unit.startsWith('day') ? n : unit.startsWith('month') ? n * 30 : n * 365 };
  }
  if (calendarDay(text) !== undefined) return { kind: 'date', date: text };
  return UNKNOWN;
}
