import { ClienteleError } from '@clientele/core';
import { isPaybaseEnvironment, PAYBASE_HOSTS, type PaybaseEnvironment } from '../paybase-hosts.js';

/** Where the hosted card form lives. */
export interface HostedPageOptions {
  /** Picks the hosted-page origin: `https://hosted.sandbox.paybase.io` or `https://hosted.paybase.io` (assumed). */
  environment?: PaybaseEnvironment | undefined;
  /**
   * Overrides the hosted-page base URL (origin plus optional path prefix), e.g. for a proxy or a test page. Must be
   * HTTPS, except on `localhost`/`127.0.0.1`. Its origin becomes the one messages are accepted from.
   */
  hostedUrl?: string | undefined;
}

/** Options of {@link cardFormUrl}. */
export interface CardFormUrlOptions extends HostedPageOptions {
  /** A customer access token from your server (`customers.createAuthenticationToken`). Never the API key. */
  accessToken: string;
}

function configuration(message: string): ClienteleError {
  return new ClienteleError({ kind: 'configuration', provider: 'paybase', message });
}

const LOOPBACK = /* @__PURE__ */ new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The hosted-page base URL for the options, without a trailing slash.
 *
 * @throws ClienteleError of kind `configuration` without `environment` or `hostedUrl`, or for a non-HTTPS `hostedUrl`.
 */
export function hostedBaseUrl(options: HostedPageOptions): string {
  if (options.hostedUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.hostedUrl);
    } catch {
      throw configuration('`hostedUrl` must be an absolute URL such as https://hosted.sandbox.paybase.io.');
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
      throw configuration('`hostedUrl` must use https (http is only accepted for localhost and 127.0.0.1).');
    }
    if (url.search || url.hash) throw configuration('`hostedUrl` must not contain a query string or fragment.');
    return url.href.replace(/\/+$/, '');
  }
  if (!isPaybaseEnvironment(options.environment)) throw configuration("Pass `environment: 'sandbox' | 'production'` (or `hostedUrl`) to choose Paybase's hosted pages.");
  return PAYBASE_HOSTS[options.environment].hosted;
}

/** The origin hosted-page messages must come from. */
export function hostedOrigin(options: HostedPageOptions): string {
  return new URL(hostedBaseUrl(options)).origin;
}

/**
 * The URL of Paybase's hosted card-capture form for one customer: `<hosted>/card?t=<accessToken>` (spec §4.11). Card
 * numbers typed there never touch your servers.
 *
 * @throws ClienteleError of kind `configuration` for a missing or malformed token (the message never quotes it).
 */
export function cardFormUrl(options: CardFormUrlOptions): string {
  const token = options.accessToken;
  if (typeof token !== 'string' || token === '' || /\s/.test(token)) {
    throw configuration('`accessToken` must be the customer access token your server minted with customers.createAuthenticationToken (a non-empty string without spaces).');
  }
  return `${hostedBaseUrl(options)}/card?t=${encodeURIComponent(token)}`;
}
