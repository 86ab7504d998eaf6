import type { AttemptContext, Interpretation, ProviderAdapter, ResponseContext, RsaPrivateKey, RsaPublicKey } from '@clientele/core';
import { ClienteleError, isClienteleError, readJson } from '@clientele/core';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { codeFailure, httpStatusFailure, SgateApiError, signatureFailure, unreadableFailure } from './sgate-failure.js';
import { decryptText } from './sgate-field-crypto.js';
import { serializeBody } from './sgate-json.js';
import { descriptorPaths, transformPaths } from './sgate-sensitive-walk.js';
import { signedHeaders, unixSeconds, verifySignedHeaders } from './sgate-signer.js';

/** The SDK's name and version, sent in the User-Agent (SGATE refuses requests without one: 1211). */
export const SGATE_USER_AGENT = 'clientele-sgate/0.1.0';

/** The client's view of time: SGATE rejects requests whose `V-Timestamp` is too far from its own clock (1204). */
export interface SgateClock {
  /** Current time in milliseconds. */
  now(): number;
  /** Seconds added to `now()` in `V-Timestamp`; corrected from SGATE's clock after a verified 1204. */
  skewSeconds: number;
}

/** What the adapter needs: parsed keys, the engine, the clock and how to derive the signed URL. */
export interface SgateAdapterContext {
  apiKey: string;
  merchantPrivateKey: RsaPrivateKey;
  systemPublicKey: RsaPublicKey;
  engine: RsaEngine;
  clock: SgateClock;
  /** Characters of the request path before `/openApi/v1` (a proxy prefix), which are not signed. */
  prefixLength: number;
  /** Strings to scrub from messages. */
  secrets: readonly string[];
}

interface Envelope {
  code: number;
  message?: unknown;
  data?: unknown;
  sensitiveFields?: unknown;
  requestId?: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Number.isInteger((value as { code?: unknown }).code);
}

/** What {@link readBody} gives for a body that is not valid JSON. */
const NOT_JSON: unique symbol = Symbol('not JSON');

/** The parsed body (core's `readJson`: `undefined` when blank), or {@link NOT_JSON}. */
function readBody(response: ResponseContext): unknown {
  try {
    return readJson(response, 'sgate');
  } catch {
    return NOT_JSON;
  }
}

/**
 * SGATE's piece of the request path:
 * - `authenticate` signs every attempt (fresh timestamp and nonce) and sets the five `V-*` headers;
 * - `interpret` verifies the response signature over the raw text **first**, then reads the envelope,
 *   maps codes through the table in `sgate-errors.ts`, and only for a verified success decrypts the
 *   fields SGATE lists in `sensitiveFields`.
 */
export function createSgateAdapter(context: SgateAdapterContext): ProviderAdapter {
  const { apiKey, merchantPrivateKey, systemPublicKey, engine, clock, prefixLength } = context;
  const signedUrl = (attempt: AttemptContext) => attempt.pathAndQuery.slice(prefixLength);

  function authenticate(attempt: AttemptContext): Record<string, string> {
    const body = typeof attempt.body === 'string' ? attempt.body : '';
    const timestamp = unixSeconds(clock.now(), clock.skewSeconds);
    return { ...signedHeaders(engine, merchantPrivateKey, { apiKey, timestamp, url: signedUrl(attempt), method: attempt.method, body }) };
  }

  /** `true` verified, `false` unsigned (missing or empty `V-Signature`), `'invalid'` signed but wrong. */
  function checkSignature(response: ResponseContext): boolean | 'invalid' {
    const signature = response.headers.get('v-signature');
    if (signature === null || signature === '') return false;
    const headers = { timestamp: response.headers.get('v-timestamp'), nonce: response.headers.get('v-nonce-str'), signature };
    const message = { apiKey, url: signedUrl(response.attempt), method: response.attempt.method, body: response.text };
    return verifySignedHeaders(engine, systemPublicKey, headers, message).ok ? true : 'invalid';
  }

  function interpret(response: ResponseContext): Interpretation {
    const { attempt, status } = response;
    const operation = attempt.operation;
    // The signature is checked first, over the raw text; the body is parsed only after.
    const signature = checkSignature(response);
    const body = readBody(response);
    if (signature === 'invalid') {
      // A body that is not even JSON was damaged in transit; anything else was altered or signed with another key.
      return body === NOT_JSON || body === undefined
        ? unreadableFailure(operation, status, 'the body is not complete JSON and its signature does not verify')
        : signatureFailure(operation, status, 'invalid');
    }
    const verified = signature;

    if (body === NOT_JSON) return status === 200 ? unreadableFailure(operation, status, 'the body is not valid JSON') : httpStatusFailure(operation, status, undefined);
    if (!isEnvelope(body)) {
      if (status !== 200) return httpStatusFailure(operation, status, undefined);
      return verified ? unreadableFailure(operation, status, 'the body is not an SGATE envelope') : signatureFailure(operation, status, 'missing');
    }
    const requestId = typeof body.requestId === 'string' ? body.requestId : undefined;
    if (body.code !== 200) {
      if (verified && body.code === 1204) correctClock(response);
      const providerMessage = typeof body.message === 'string' ? body.message : undefined;
      return codeFailure({ operation, code: body.code, status, providerMessage, requestId, verified });
    }
    if (status !== 200) return httpStatusFailure(operation, status, requestId);
    if (!verified) return signatureFailure(operation, status, 'missing');
    // `decrypt: false` (reads only): the data is verified, its sensitive fields stay SGATE's ciphertext.
    if (attempt.context.decrypt === false) return { ok: true, data: body.data, requestId };
    return decryptData(operation, body, requestId);
  }

  /** SGATE said the request expired: take its (signed) clock as the reference for the retry. */
  function correctClock(response: ResponseContext): void {
    const serverSeconds = Number(response.headers.get('v-timestamp'));
    if (Number.isSafeInteger(serverSeconds)) clock.skewSeconds = serverSeconds - Math.floor(clock.now() / 1000);
  }

  function decryptData(operation: string, body: Envelope, requestId: string | undefined): Interpretation {
    const paths = descriptorPaths(body.sensitiveFields, Array.isArray(body.data));
    let failedPath = '';
    try {
      const data = transformPaths(body.data, paths, (ciphertext, path) => {
        failedPath = path.join('.');
        return decryptText(engine, merchantPrivateKey, ciphertext);
      });
      return { ok: true, data, requestId };
    } catch (error) {
      if (!isClienteleError(error)) throw error;
      return {
        ok: false,
        retry: 'never',
        error: new SgateApiError({
          kind: 'invalid_response',
          provider: 'sgate',
          status: 200,
          requestId,
          verified: true,
          message: `sgate ${operation}: the sensitive field ${failedPath} could not be decrypted with \`merchantPrivateKey\`. Check that the public key SGATE has on file is the public half of \`merchantPrivateKey\`.`,
        }),
      };
    }
  }

  return {
    provider: 'sgate',
    userAgent: SGATE_USER_AGENT,
    secrets: context.secrets,
    sensitiveHeaders: ['v-api-key', 'v-signature', 'v-nonce-str'],
    serialize: serializeBody,
    authenticate,
    interpret,
  };
}

/** Used by resources to tell SGATE errors apart from others. */
export function isSgateCode(error: unknown, code: number): error is SgateApiError {
  return ClienteleError.isInstance(error) && error.code === code;
}
