import { detect } from '../../src/detector/detect.js';
import { mayContainTokenText } from '../../src/detector/prefilter.js';
import { maskToken } from '../../src/findings/mask.js';
import type { TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const hardcodedToken = definePolicy<TokenConfig>({
  id: 'iac/hardcoded-token',
  severity: 'error',
  description: 'A token value written in a token configuration or anywhere in the Terraform and manifests `iac` reads.',
  remediation:
    'Remove the value from the configuration, revoke the token in the Monime dashboard, and pass the new one in a variable marked `sensitive = true` (or an environment variable) filled from a secret store (Vault, AWS Secrets Manager, …).',
  check(config) {
    return config.strings
      .filter((s) => mayContainTokenText(s.value))
      .flatMap((s) =>
        detect(s.value).matches.map((m) => ({
          message: `"${config.label}" holds the ${m.kind} token ${maskToken(m.token)} in its configuration`,
          at: s.at,
          key: m.token,
          token: m.kind,
        })),
      );
  },
  example: (t) => `tokens:
  - name: pass-no-value
    mode: live
    purpose: "created as mon_test_{{GENERATED}}"
  - name: fail-value
    mode: live
    purpose: "created as ${t.live()}"
`,
});
