import { ClienteleError, type ClientOptions, parseRsaKey, type RsaPrivateKey, type RsaPublicKey } from '@clientele/core';
import { resolvePaths, SGATE_HOSTS, SGATE_SERVICE_ROOT, type SgateEnvironment, type SgatePathName } from './sgate-paths.js';

/** A key as SGATE and openssl hand it out: PEM (PKCS#1, PKCS#8, SPKI), bare base64 DER, or DER bytes. */
export type SgateKeyInput = string | Uint8Array;

/** Options of `createSgate`. Every core option (`timeout`, `maxRetries`, `logger`, …) is accepted too. */
export interface SgateOptions extends ClientOptions {
  /** The merchant API KEY SGATE assigned (`V-Api-Key`). Keep it on the server. */
  apiKey: string;
  /**
   * Your merchant private key: signs every request and decrypts sensitive response fields. PEM
   * (`BEGIN PRIVATE KEY` or `BEGIN RSA PRIVATE KEY`), bare base64 DER or DER bytes. Keep it on the server.
   */
  merchantPrivateKey: SgateKeyInput;
  /**
   * The system public key SGATE issued to you for this environment: verifies every response and
   * callback, and encrypts sensitive request fields. PEM (`BEGIN PUBLIC KEY` or `BEGIN RSA PUBLIC KEY`),
   * the bare base64 DER SGATE's dashboard shows, or DER bytes. Not secret.
   */
  systemPublicKey: SgateKeyInput;
  /** `'sandbox'` (`http://vbank.test.sgate.sa`) or `'production'` (`https://vbank.sgate.sa`). */
  environment: SgateEnvironment;
  /**
   * Scheme and host of the API (plus a path prefix when you go through a proxy); the SDK appends
   * `/openApi/v1`, and only the part from `/openApi/v1` on is signed. @default the host of `environment`
   */
  baseUrl?: string | undefined;
  /**
   * Seconds added to this machine's clock for `V-Timestamp`. The SDK corrects it by itself after SGATE
   * answers 1204 (request expired) with its own time. @default 0
   */
  clockSkewSeconds?: number | undefined;
  /** Overrides of endpoint paths (relative to `/openApi/v1`), in case SGATE moves one. */
  paths?: Partial<Record<SgatePathName, string>> | undefined;
  /**
   * Allows creating the client in a browser page (a `window` with a `document`). Off by default: the merchant
   * private key (and the API key) must never reach a browser, where anyone can read them. To encrypt sensitive
   * fields in a page, use `@clientele/sgate/encrypt` with the system public key instead, and call `createSgate`
   * on your server. Only set this for tests and local tools. @default false
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** The validated, parsed form of {@link SgateOptions}. */
export interface ResolvedSgateOptions {
  apiKey: string;
  merchantPrivateKey: RsaPrivateKey;
  systemPublicKey: RsaPublicKey;
  environment: SgateEnvironment;
  /**
   * `baseUrl` (or the environment's host) + `/openApi/v1`: the transport's base URL. Core's transport
   * validates it (absolute, http or https, no credentials, query or fragment) when the client is created.
   */
  serviceUrl: string;
  /** Characters of a request's path before `/openApi/v1` (the proxy prefix); not signed. */
  prefixLength: number;
  clockSkewSeconds: number;
  paths: Record<SgatePathName, string>;
}

/** A trailing `/openApi/v1`, in any letter case. */
const SERVICE_ROOT_SUFFIX = new RegExp(`${SGATE_SERVICE_ROOT.replace(/\//g, '\\/')}$`, 'i');

function configurationError(message: string): ClienteleError {
  return new ClienteleError({ kind: 'configuration', provider: 'sgate', message });
}

/**
 * Validates the options once, at construction: missing or malformed values, keys of the wrong kind
 * (a public key given as `merchantPrivateKey`, …) and swapped keys fail here with a message that names
 * the option and never includes its value.
 */
export function resolveSgateOptions(options: SgateOptions): ResolvedSgateOptions {
  if (typeof options !== 'object' || options === null) throw configurationError('createSgate needs an options object: { apiKey, merchantPrivateKey, systemPublicKey, environment }.');
  const { apiKey, environment } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') throw configurationError('`apiKey` is required: the merchant API KEY from SGATE (sent as V-Api-Key).');
  if (apiKey !== apiKey.trim()) throw configurationError('`apiKey` has leading or trailing whitespace; remove it (it would break every signature).');
  if (environment !== 'sandbox' && environment !== 'production') throw configurationError("`environment` must be 'sandbox' or 'production'.");
  if (options.merchantPrivateKey === undefined) throw configurationError('`merchantPrivateKey` is required: the private key whose public half you gave SGATE.');
  if (options.systemPublicKey === undefined) throw configurationError('`systemPublicKey` is required: the system public key SGATE issued to you.');

  const merchantPrivateKey = parseRsaKey(options.merchantPrivateKey, {
    expect: 'private',
    label: 'merchantPrivateKey',
    provider: 'sgate',
    hint: 'Pass the private key you generated (openssl genrsa + pkcs8 -topk8); its public half goes to SGATE.',
  });
  const systemPublicKey = parseRsaKey(options.systemPublicKey, {
    expect: 'public',
    label: 'systemPublicKey',
    provider: 'sgate',
    hint: 'Pass the system public key SGATE issued to you (bare base64 or PEM "BEGIN PUBLIC KEY").',
  });
  if (merchantPrivateKey.modulusBytes < 128 || systemPublicKey.modulusBytes < 128) {
    throw configurationError('SGATE keys must be RSA keys of at least 1024 bits (SGATE uses 2048).');
  }
  if (merchantPrivateKey.n === systemPublicKey.n) {
    throw configurationError(
      '`systemPublicKey` is the public half of `merchantPrivateKey`. Use the system public key SGATE issued to you; your own public key is the one you upload to SGATE.',
    );
  }

  const clockSkewSeconds = options.clockSkewSeconds ?? 0;
  if (typeof clockSkewSeconds !== 'number' || !Number.isFinite(clockSkewSeconds)) throw configurationError('`clockSkewSeconds` must be a finite number of seconds.');

  const { serviceUrl, prefixLength } = resolveServiceUrl(options.baseUrl ?? SGATE_HOSTS[environment]);
  let paths: Record<SgatePathName, string>;
  try {
    paths = resolvePaths(options.paths);
  } catch (error) {
    throw configurationError((error as Error).message);
  }
  return {
    apiKey,
    merchantPrivateKey,
    systemPublicKey,
    environment,
    serviceUrl,
    prefixLength,
    clockSkewSeconds,
    paths,
  };
}

/**
 * Appends `/openApi/v1` to the path of `baseUrl`, first removing trailing slashes and a `/openApi/v1` it already
 * ends with (the SDK adds it). Everything else of the URL is kept as given, for core's transport to validate.
 */
function resolveServiceUrl(baseUrl: string): { serviceUrl: string; prefixLength: number } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw configurationError('`baseUrl` must be an absolute URL such as https://vbank.sgate.sa.');
  }
  const prefix = url.pathname.replace(/\/+$/, '').replace(SERVICE_ROOT_SUFFIX, '');
  url.pathname = `${prefix}${SGATE_SERVICE_ROOT}`;
  return { serviceUrl: url.href, prefixLength: prefix.length };
}
