/**
 * The exit codes every front end uses (the command line and the GitHub Action alike): 0 when
 * nothing reaches the failure threshold, 1 when findings do, 2 for a usage, configuration or
 * runtime error. The library itself never exits; its callers pick one of these.
 */

/** Exit code when nothing reaches the failure threshold. */
export const EXIT_CLEAN = 0;
/** Exit code when findings reach the failure threshold. */
export const EXIT_FINDINGS = 1;
/** Exit code for usage, configuration and runtime errors. */
export const EXIT_ERROR = 2;
