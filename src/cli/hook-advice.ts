import type { Finding } from '../types.js';

/**
 * What a hook's reader should do next, shown above the per-rule advice in the text report: one
 * list for a commit being made (`staged`) and one for a push (`pre-push`). Where a token may live
 * instead depends on what was found: a client-prefixed variable (`VITE_`, `NEXT_PUBLIC_`, …) is
 * built into the client bundle from any `.env`, git-ignored or not, so for it the only place is
 * server-side code.
 */

/** For findings of a client-prefixed variable, the sentence that replaces "use a git-ignored .env". */
function clientVariableAdvice(findings: readonly Finding[]): string | undefined {
  return findings.some((finding) => finding.ruleId === 'client-exposed-token')
    ? 'A client-prefixed variable (VITE_, NEXT_PUBLIC_, …) is built into the client bundle even from a git-ignored .env, so it must hold no token at all: drop the prefix and call Monime from server-side code.'
    : undefined;
}

/** The advice for `staged`: the commit was stopped, nothing has leaked. */
export function stagedAdvice(findings: readonly Finding[]): string[] {
  const client = clientVariableAdvice(findings);
  return [
    'The commit was stopped before it was made: nothing has leaked yet.',
    client
      ? `Unstage the file (git restore --staged <file>). ${client}`
      : 'Unstage the file (git restore --staged <file>) and read the token from the environment or a git-ignored .env instead.',
    'If this token was ever pushed or shared, revoke it in the Monime dashboard as well.',
  ];
}

/** The advice for `pre-push`: the push was stopped, so rewriting the commits it would send is enough. */
export function pushAdvice(findings: readonly Finding[]): string[] {
  return [
    'The push was stopped: the remote does not have these commits yet.',
    'Remove the token from the commits that add it (git rebase -i, or git commit --amend for the last one) and push again; a later commit that deletes it is not enough.',
    clientVariableAdvice(findings) ?? 'Keep tokens in the environment or a git-ignored .env.',
    'If these commits were shared in any other way, revoke the token in the Monime dashboard.',
  ];
}
