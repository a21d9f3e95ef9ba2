/**
 * The report formats by name. Kept apart from the reporters so the CLI can declare `--format`
 * without loading every reporter at start-up.
 */

/** An output format accepted by `--format`. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'github' | 'markdown' | 'html';

/** Every report format, in the order help texts list them. */
export const reportFormats: readonly ReportFormat[] = ['text', 'json', 'sarif', 'github', 'markdown', 'html'];

/** Whether a string names a report format, for validating `--format` values. */
export function isReportFormat(value: string): value is ReportFormat {
  return (reportFormats as readonly string[]).includes(value);
}
