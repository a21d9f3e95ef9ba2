import * as dns from 'node:dns';
import * as net from 'node:net';
import { InputError } from '../errors.js';

/** Monime's API root, the only remote target a token is ever sent to. */
export const MONIME_API_URL = 'https://api.monime.io';

/** The environment variable that points verification at a loopback server instead (tests, local mirrors). */
export const VERIFY_URL_VARIABLE = 'MONIME_GUARD_VERIFY_URL';

/**
 * The verification URL: {@link MONIME_API_URL}, or the value of `MONIME_GUARD_VERIFY_URL` when it
 * is set (and not empty) and is an `http:` or `https:` URL whose host is a loopback address
 * (`127.0.0.0/8`, `::1`) or `localhost`. Any other value throws an {@link InputError} naming the
 * variable, so nothing is sent. The result has no trailing slash.
 */
export function verifyEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  const value = env[VERIFY_URL_VARIABLE];
  if (value === undefined || value === '') return MONIME_API_URL;
  const endpoint = loopbackEndpoint(value);
  if (endpoint === undefined) {
    throw new InputError(
      `${VERIFY_URL_VARIABLE} must be an http or https URL on a loopback host (127.0.0.0/8, [::1], localhost); tokens are sent only to ${MONIME_API_URL} otherwise`,
    );
  }
  return endpoint;
}

/**
 * Checks an endpoint handed to `verifyTokens`, so a caller of the library cannot send tokens
 * anywhere {@link verifyEndpoint} would not. Returns the URL to request: the endpoint with a `/`.
 */
export function requestUrl(endpoint: string): URL {
  const normalized = endpoint.replace(/\/+$/, '') === MONIME_API_URL ? MONIME_API_URL : loopbackEndpoint(endpoint);
  if (normalized === undefined) throw new InputError(`the verification endpoint must be ${MONIME_API_URL} or a loopback URL (see ${VERIFY_URL_VARIABLE})`);
  return new URL(`${normalized}/`);
}

/** The endpoint without a trailing slash if `value` is an acceptable loopback URL, else undefined. */
function loopbackEndpoint(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Credentials, a query or a fragment have no business in an API root; refusing them keeps the
  // request exactly the documented one.
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return undefined;
  if (!isLoopbackHost(url.hostname)) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Whether a URL's host names the loopback interface: `localhost`, an IPv4 address in
 * `127.0.0.0/8`, or `[::1]`. The WHATWG parser has already lower-cased the name and turned
 * numeric IPv4 forms into dotted quads, so `127.0.0.1.evil.com` or `localhost.evil.com` stay names
 * and fail here.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isLoopbackAddress(bare);
}

/** Whether an IP address (no brackets) is a loopback address. */
export function isLoopbackAddress(address: string): boolean {
  if (net.isIPv4(address)) return address.startsWith('127.');
  if (net.isIPv6(address)) return address === '::1' || address === '0:0:0:0:0:0:0:1';
  return false;
}

/**
 * A DNS lookup for `localhost` that answers only loopback addresses, so a hosts file that maps
 * `localhost` elsewhere cannot carry a token off the machine. Fails with `ENOTLOOPBACK` otherwise.
 */
export const loopbackLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses) => {
    if (error) {
      callback(error, '', 4);
      return;
    }
    const loopback = addresses.filter((entry) => isLoopbackAddress(entry.address));
    const first = loopback[0];
    if (first === undefined) {
      callback(Object.assign(new Error(`${hostname} does not resolve to a loopback address`), { code: 'ENOTLOOPBACK' }), '', 4);
      return;
    }
    if (options.all) (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, loopback);
    else callback(null, first.address, first.family);
  });
};
