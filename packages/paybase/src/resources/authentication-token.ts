import { ClienteleError, parseResponse, type RawResponse } from '@clientele/core';
import type * as z from 'zod/mini';
import { authenticationTokenResponse } from '../schemas/customer-response.js';

/** What Paybase says is still missing when the attestations do not satisfy strong customer authentication. */
export type PaybaseScaRequirements = NonNullable<z.output<typeof authenticationTokenResponse>['requirements']>;

/**
 * The result of `customers.createAuthenticationToken`, discriminated by `success` (spec §4.11). The simple form of
 * the endpoint has no `success` field; the SDK sets it from whether a token came back.
 */
export type PaybaseAuthenticationToken =
  | (z.output<typeof authenticationTokenResponse> & {
      success: true;
      /** A short-lived customer access token: a secret. Hand it to one browser session, never log it. */
      accessToken: string;
    })
  | (z.output<typeof authenticationTokenResponse> & { success: false; accessToken?: undefined });

/** Normalises the two token response forms. A `success: true` without a token is an `invalid_response` error. */
export function decodeAuthenticationToken(data: unknown, response: RawResponse): PaybaseAuthenticationToken {
  const context = { operation: 'paybase customers.createAuthenticationToken', provider: 'paybase', requestId: response.requestId, status: response.status };
  const body = parseResponse(authenticationTokenResponse, data ?? {}, context);
  const success = body.success ?? body.accessToken !== undefined;
  if (success && body.accessToken === undefined) {
    throw new ClienteleError({
      kind: 'invalid_response',
      provider: 'paybase',
      status: response.status,
      requestId: response.requestId,
      message: 'paybase customers.createAuthenticationToken: Paybase reported success but returned no access token. Quote the request id to Paybase if it persists.',
    });
  }
  return success ? ({ ...body, success: true } as PaybaseAuthenticationToken) : ({ ...body, success: false, accessToken: undefined } as PaybaseAuthenticationToken);
}
