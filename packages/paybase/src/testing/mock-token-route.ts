import { randomString } from '@clientele/core';
import { customerUuid } from '../paybase-ids.js';
import { authenticationTokenSchema } from '../schemas/customer-actions.js';
import { problem, validate } from './mock-http.js';
import type { MockCustomer } from './mock-records.js';
import type { PaybaseSandbox } from './paybase-sandbox.js';

const FACTORS = ['PASSWORD', 'PIN', 'AUTHENTICATOR', 'DEVICE', 'EMAIL', 'PHONE_NUMBER', 'FACIAL_RECOGNITION', 'FINGER_PRINT'];

/**
 * `POST /v1/customer/{id}/tokens`. Without attestations: `{ accessToken, expiresAt }`. With attestations, strong
 * customer authentication as the mock models it: two or more distinct categories (knows / has / is) succeed,
 * fewer answer `success: false` with the requirements.
 */
export function createToken(sandbox: PaybaseSandbox, customer: MockCustomer, body: unknown): Response {
  const valid = validate(authenticationTokenSchema, body);
  if (!valid.ok) return valid.response;
  if (customer.stateId === 'TERMINATED') return problem(403, 'A terminated customer cannot be given an access token.');
  const expiresAt = new Date(sandbox.now().getTime() + sandbox.options.tokenLifetime);
  const mint = () => {
    const accessToken = `pbt_${randomString(32)}`;
    sandbox.tokens.set(accessToken, { customerUuid: customerUuid(customer.id), expiresAt: expiresAt.getTime() });
    return accessToken;
  };
  const { attestations } = valid.value;
  if (!attestations) return Response.json({ accessToken: mint(), expiresAt: expiresAt.toISOString() });
  const categories = new Set(attestations.map((attestation) => attestation.type));
  const provided: string[] = attestations.map((attestation) => (attestation.type === 'knows' ? attestation.knows : attestation.type === 'has' ? attestation.has : attestation.is));
  if (categories.size >= 2) return Response.json({ success: true, accessToken: mint(), expiresAt: expiresAt.toISOString(), shortId: customer.shortId });
  return Response.json({
    success: false,
    expiresAt: expiresAt.toISOString(),
    requirements: { missing: 2 - categories.size, possibleFactors: FACTORS.filter((factor) => !provided.includes(factor)), providedFactors: provided, undefined: [] },
  });
}
