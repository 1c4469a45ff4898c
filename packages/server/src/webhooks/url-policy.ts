import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { InvalidFieldsError } from '../domain/errors';

// Where a webhook may be sent. A business names the URL, so without these rules it could make
// the server call its own network: loopback, the private ranges, link-local (the cloud metadata
// service at 169.254.169.254), unique-local IPv6 and IPv4 addresses wrapped in IPv6. The URL is
// checked when an endpoint is created or changed, and every address its host resolves to is
// checked again when a delivery connects (DNS can change after the check); redirects are never
// followed. `WEBHOOK_ALLOW_PRIVATE_URLS=true` lifts the rules, for development and tests only.

export interface UrlPolicy {
  /** http and private addresses allowed: development and tests only. */
  allowPrivate: boolean;
}

/** The longest URL an endpoint may have. */
export const maxWebhookUrlLength = 2048;

/** Why an address may not be called, or undefined when it may: anything but a public unicast address is refused. */
export function forbiddenAddressReason(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'is not an IP address';
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return range === 'unicast' ? undefined : `is a ${range} address`;
}

/** An attempt refused because the host is, or resolves to, an address webhooks are never sent to. */
export class ForbiddenAddressError extends Error {
  readonly code = 'EWEBHOOKADDRESS';
  constructor(host: string, address: string, reason: string) {
    super(
      host === address
        ? `${address} ${reason}: webhooks are sent to public addresses only`
        : // A name's address is not said: the delivery log would tell an API key how the server's network resolves names.
          `${host} resolves to an address that ${reason}: webhooks are sent to public addresses only`,
    );
    this.name = 'ForbiddenAddressError';
  }
}

/** The host of a parsed URL without IPv6 brackets, and whether it is an IP literal. */
function hostOf(url: URL): { host: string; literal: boolean } {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return { host, literal: ipaddr.isValid(host) && (host.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(host)) };
}

/**
 * Checks a URL an endpoint is created or changed with, without resolving it: it parses, is
 * https (http too when private URLs are allowed), holds no user name or password, and its
 * host is not an IP literal (or `localhost`) of a private kind. Throws the domain's
 * InvalidFieldsError at `/body/url`; answers the URL as the server will call it.
 */
export function checkWebhookUrl(input: string, policy: UrlPolicy, path = '/body/url'): URL {
  if (input.length > maxWebhookUrlLength) {
    throw InvalidFieldsError.at(path, `must be at most ${maxWebhookUrlLength} characters long`, 'invalid.length');
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw InvalidFieldsError.at(path, 'must be an absolute URL, like https://example.com/webhooks', 'invalid.url');
  }
  const schemes = policy.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) {
    throw InvalidFieldsError.at(path, policy.allowPrivate ? 'must be an http or https URL' : 'must be an https URL', 'invalid.url.scheme');
  }
  if (url.username !== '' || url.password !== '') {
    throw InvalidFieldsError.at(path, 'must not hold a user name or password: authenticate the request with its signature', 'invalid.url.credentials');
  }
  if (url.hostname === '') throw InvalidFieldsError.at(path, 'must name a host', 'invalid.url');
  if (policy.allowPrivate) return url;
  const { host, literal } = hostOf(url);
  if (literal) {
    const reason = forbiddenAddressReason(host);
    if (reason)
      throw InvalidFieldsError.at(path, `must not name a private, loopback, link-local or reserved address (${host} ${reason})`, 'invalid.url.address');
  } else if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) {
    throw InvalidFieldsError.at(path, 'must name a public host, not a local name', 'invalid.url.address');
  }
  return url;
}

/**
 * A `lookup` for node:net (and so node:http and node:https) that resolves every address of
 * the host and refuses the connection when any of them is forbidden: checked at every new
 * connection of a delivery, so a name that comes to resolve to 127.0.0.1 is caught.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, '', undefined);
      return;
    }
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason) {
        callback(new ForbiddenAddressError(hostname, address, reason), '', undefined);
        return;
      }
    }
    if (options.all) {
      callback(null, addresses);
      return;
    }
    const first = addresses[0];
    if (!first) {
      callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', undefined);
      return;
    }
    callback(null, first.address, first.family);
  });
};

/**
 * Checks a URL just before a delivery connects to it: an IP literal is never looked up by
 * node:net, so it is checked here; a name is checked by `guardedLookup` when the socket
 * connects. Throws ForbiddenAddressError; answers nothing when private URLs are allowed.
 */
export function checkLiteralHost(url: URL, policy: UrlPolicy): void {
  if (policy.allowPrivate) return;
  const { host, literal } = hostOf(url);
  if (!literal) return;
  const reason = forbiddenAddressReason(host);
  if (reason) throw new ForbiddenAddressError(host, host, reason);
}

/**
 * Resolves a URL's host and checks every address, as a delivery would: for checks that want
 * the answer before connecting (the guarded lookup does the same at connection time).
 */
export async function checkResolvedUrl(url: URL, policy: UrlPolicy): Promise<void> {
  checkLiteralHost(url, policy);
  if (policy.allowPrivate) return;
  const { host, literal } = hostOf(url);
  if (literal) return;
  const addresses = await dns.promises.lookup(host, { all: true });
  for (const { address } of addresses) {
    const reason = forbiddenAddressReason(address);
    if (reason) throw new ForbiddenAddressError(host, address, reason);
  }
}
