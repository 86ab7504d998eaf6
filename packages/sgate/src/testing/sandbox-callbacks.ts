import { randomString } from '@clientele/core';
import { signedHeaders } from '../sgate-signer.js';
import { encryptForMerchant, type SandboxProtocol } from './sandbox-protocol.js';
import { CUSTOMER_SENSITIVE_FIELDS, customerView, type SandboxCustomer } from './sandbox-store.js';

/** One callback the sandbox sent (spec §8): what SGATE would `POST` to your callback URL. */
export interface SgateCallbackDelivery {
  /** The registered callback URL. */
  url: string;
  /** Its path and query: pass it as `callbackPath` to `client.webhooks.verify`. */
  path: string;
  /** The five `V-*` headers (signed with the system private key) and `Content-Type`. */
  headers: Record<string, string>;
  /** The raw JSON body. */
  body: string;
  /** `CUSTOM_STATUS_CHANGE` or `SALARY_STATUS_CHANGE`. */
  event: string;
}

/**
 * A signed `CUSTOM_STATUS_CHANGE` callback (spec §8.2): the customer object without `autoapproval` and
 * `otpappname`, its sensitive fields encrypted with the merchant public key, no `sensitiveFields` key.
 */
export function customerCallback(protocol: SandboxProtocol, callbackUrl: string, customer: SandboxCustomer): SgateCallbackDelivery {
  const data = encryptForMerchant(protocol, customerView(customer, { forCallback: true }), CUSTOMER_SENSITIVE_FIELDS);
  const event = 'CUSTOM_STATUS_CHANGE';
  const body = JSON.stringify({ event, data, time: protocol.nowSeconds() });
  const url = new URL(callbackUrl);
  const path = `${url.pathname}${url.search}`;
  const headers = signedHeaders(protocol.engine, protocol.systemPrivateKey, {
    apiKey: protocol.apiKey,
    timestamp: protocol.nowSeconds(),
    url: path,
    method: 'POST',
    body,
    // SGATE's callback example has a 16-character nonce (spec §8.3).
    nonce: randomString(16),
  });
  return { url: callbackUrl, path, headers: { 'Content-Type': 'application/json', ...headers }, body, event };
}
