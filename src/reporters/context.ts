import type { FailOn } from '../types.js';

/** What a reporter may know beyond the scan result. Everything the environment decides is passed in here. */
export interface ReportContext {
  /** Version of monime-guard, shown in reports and in SARIF `tool.driver.version`. */
  toolVersion: string;
  /** Whether the text format may use ANSI colours; the CLI decides from the TTY and `NO_COLOR`. */
  color: boolean;
  /**
   * `file://` URI of the scan root, with a trailing slash. SARIF uses it for
   * `originalUriBaseIds.%SRCROOT%`; other formats ignore it.
   */
  rootUri?: string;
  /** List rejected placeholders (text and JSON formats), as `--show-placeholders` asks. */
  showPlaceholders?: boolean;
  /** List the findings filters took out, with why (JSON), as `--include-suppressed` asks. SARIF always lists them. */
  includeSuppressed?: boolean;
  /** The failure threshold in force, so reports can say which findings fail the scan. */
  failOn?: FailOn;
  /**
   * Advice for the situation the command runs in (a commit being made, a push), shown in the
   * text format's "What to do" section before the per-rule advice.
   */
  advice?: readonly string[];
  /**
   * Warnings the reader has already been shown one line each (the command line prints them on
   * stderr before the report): `all` of them, or only those at level `error` (under `--quiet`). The
   * text format leaves these out of its warnings section, so none is said twice; its summary still
   * counts them.
   */
  warningsShown?: 'all' | 'errors';
  /**
   * When the report is made (ISO 8601), for the HTML format's ages of introducing commits
   * ("3 months ago") and its "generated" line. Reporters never read the clock, so the caller says;
   * without it the HTML report shows commit dates but no ages.
   */
  now?: string;
}
