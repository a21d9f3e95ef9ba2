import { isIP } from 'node:net';
import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const broadIpWhitelist = definePolicy<TokenConfig>({
  id: 'iac/broad-ip-whitelist',
  severity: 'error',
  description: 'An IP whitelist entry that admits too much of the internet (`0.0.0.0/0`, `::/0`, short prefixes), or that is not an IP or CIDR at all.',
  remediation: "List your servers' addresses or narrow ranges (at least /16 for IPv4, /48 for IPv6).",
  options: {
    minIpv4Prefix: { type: 'integer', description: 'Shortest IPv4 prefix allowed (default 16).' },
    minIpv6Prefix: { type: 'integer', description: 'Shortest IPv6 prefix allowed (default 48).' },
  },
  check(config, { options }) {
    const minV4 = Number(options.minIpv4Prefix ?? 16);
    const minV6 = Number(options.minIpv6Prefix ?? 48);
    const violations = [];
    for (const entry of known(config.ips) ? config.ips : []) {
      const [address = '', prefixText] = entry.trim().split('/');
      const version = isIP(address);
      const prefix = prefixText === undefined ? (version === 6 ? 128 : 32) : Number(prefixText);
      const max = version === 6 ? 128 : 32;
      if (version === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > max || (prefixText !== undefined && !/^\d+$/.test(prefixText))) {
        violations.push({ message: `"${config.label}" whitelists ${entry}, which is not an IP address or CIDR range`, field: 'ips', key: entry });
      } else if (prefix < (version === 6 ? minV6 : minV4)) {
        violations.push({
          message: `"${config.label}" whitelists ${entry}, a range of ${version === 6 ? 'IPv6' : 'IPv4'} addresses wider than /${version === 6 ? minV6 : minV4}`,
          field: 'ips',
          key: entry,
        });
      }
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-servers
    whitelist: { ips: [203.0.113.45, 198.51.100.0/24, "2001:db8::/64"] }
  - name: fail-anywhere
    whitelist: { ips: [0.0.0.0/0] }
  - name: fail-not-an-ip
    whitelist: { ips: [203.0.113.999] }
`,
});
