import type { ErrorKind, RetryClass } from '@clientele/core';

/** How the SDK treats one SGATE status code (spec §6). */
export interface SgateCodeRule {
  /** The core error kind the code maps to. */
  kind: ErrorKind;
  /**
   * Whether the transport repeats the request by itself: `'unprocessed'` (SGATE did not act on it, any
   * method), `'if-idempotent'` (only requests that are safe to repeat), `'never'`.
   */
  retry: RetryClass;
  /** Whether repeating later may succeed (reported as `error.retryable`), even when the SDK does not retry by itself. */
  retryable: boolean;
  /** The most automatic retries for this code within one call. @default the client's `maxRetries` */
  maxRetries?: number;
  /** What SGATE's table says the code means. */
  meaning: string;
  /** What to do about it, appended to the error message. */
  advice?: string;
}

const rule = (kind: ErrorKind, retry: RetryClass, meaning: string, extra: Partial<SgateCodeRule> = {}): SgateCodeRule => ({
  kind,
  retry,
  retryable: retry !== 'never',
  meaning,
  ...extra,
});

/**
 * Every status code of SGATE's table (spec §6) → error kind and retry class. Data, not code: the adapter
 * only looks codes up here. Retry classes follow the spec's R / R* / N / W:
 * R → `unprocessed` (or `if-idempotent` for GET-only reads); R* → `if-idempotent` (customer create is
 * idempotent on `mercustomid`, update and upload on their data); N → `never`; W → `never` but retryable.
 */
export const SGATE_CODES: Readonly<Record<number, SgateCodeRule>> = {
  1000: rule('server', 'never', 'Failed'),
  1001: rule('server', 'if-idempotent', 'Add failed', { advice: 'Look the record up by mercustomid before creating it again.' }),
  1002: rule('server', 'if-idempotent', 'Query failed'),
  1003: rule('server', 'if-idempotent', 'Update failed', { advice: 'Read the customer again, then retry.' }),
  1004: rule('server', 'never', 'Delete failed'),
  1005: rule('server', 'if-idempotent', 'Operation failed'),

  1100: rule('conflict', 'never', 'Data exists'),
  1101: rule('not_found', 'never', 'Data does not exist', { advice: 'Check the customid or mercustomid, and the environment.' }),
  1102: rule('validation', 'never', 'Missing parameter'),
  1103: rule('validation', 'never', 'Parameter validation failed'),

  1200: rule('authentication', 'never', 'No API key', { advice: 'Pass `apiKey`.' }),
  1201: rule('authentication', 'never', 'Wrong API key', { advice: 'Check `apiKey` and `environment` (sandbox keys do not work in production).' }),
  1202: rule('authentication', 'never', 'Merchant key error', { advice: 'Upload the public half of `merchantPrivateKey` to SGATE, or use the private key whose public half SGATE has.' }),
  1203: rule('configuration', 'never', 'Sensitive-field decryption failed', { advice: 'Check that `systemPublicKey` is the key SGATE issued to you for this environment.' }),
  1204: rule('authentication', 'unprocessed', 'Request expired', { maxRetries: 1, advice: "Check the machine's clock, or set `clockSkewSeconds`." }),
  1205: rule('permission', 'never', 'IP not whitelisted', { advice: "Add this server's IP address to the whitelist in SGATE's back office." }),
  1206: rule('server', 'if-idempotent', 'System encryption error'),
  1207: rule('validation', 'never', 'ID not available'),
  1208: rule('authentication', 'never', 'Missing request header'),
  1209: rule('authentication', 'never', 'Header validation failed'),
  1210: rule('authentication', 'never', 'Invalid API version'),
  1211: rule('authentication', 'never', 'User-Agent check failed', { advice: 'Do not remove the User-Agent header.' }),
  1212: rule('rate_limited', 'unprocessed', 'Rate limit triggered'),
  1213: rule('authentication', 'never', 'Signature verification failed', { advice: 'Check that SGATE has the public half of `merchantPrivateKey`, and that no proxy rewrites the URL or body.' }),

  1300: rule('transition', 'never', 'Customer status does not allow this operation', { advice: 'Read the customer and check `sgateCustomerLifecycle`.' }),
  1301: rule('validation', 'never', 'Duplicate merchant customer ID within the request'),
  1302: rule('conflict', 'never', 'Duplicate customer ID under the merchant', { advice: 'A customer with this mercustomid already exists with different data; retrieve it by mercustomid.' }),
  1303: rule('validation', 'never', 'Configure a payment account', { advice: 'Give a bank account (bankcode, cardno, ibanaccount) or an STCPay account.' }),
  1304: rule('validation', 'never', 'Bank account error'),
  1305: rule('validation', 'never', 'Customer name missing'),
  1306: rule('validation', 'never', 'Customer bank missing'),
  1307: rule('validation', 'never', 'STCPay account error'),
  1308: rule('transition', 'never', 'Auto-approval not enabled', { advice: 'OTP verification needs autoapproval: 1, which can only be set at creation.' }),
  1309: rule('transition', 'never', 'STCPay approval state does not allow this operation', { advice: 'The STCPay account may already be verified.' }),
  1310: rule('transition', 'never', 'Auto-approval state does not allow this operation'),
  1311: rule('conflict', 'unprocessed', 'Customer information changed; try again', { maxRetries: 1 }),

  1400: rule('validation', 'never', 'Duplicate payeeuid within the request'),
  1401: rule('conflict', 'never', 'payeeuid already used', { advice: 'Query the payout by payeeuid: an earlier attempt may have succeeded.' }),
  1402: rule('validation', 'never', 'Insufficient balance', { retryable: true, advice: 'Top up the merchant balance.' }),
  1403: rule('validation', 'never', 'Unsupported payment method'),
  1404: rule('validation', 'never', 'Amount must be greater than 0'),
  1405: rule('server', 'never', 'Merchant balance operation failed', { retryable: true, advice: 'Reconcile by payeeuid, then retry with the same payeeuid.' }),
  1406: rule('transition', 'never', 'Order status does not allow this operation'),
  1407: rule('validation', 'never', 'Unsupported currency'),

  1500: rule('server', 'unprocessed', 'File upload failed'),
  1501: rule('validation', 'never', 'File MD5 mismatch'),
  1502: rule('server', 'never', 'Reconciliation file still processing', { retryable: true, advice: 'Retry later.' }),

  1600: rule('server', 'never', 'OTP send failed', { retryable: true, advice: 'Wait at least 60 seconds before sending again.' }),
  1601: rule('server', 'never', 'Message gateway exception', { retryable: true, advice: 'Wait at least 60 seconds before sending again.' }),
  1602: rule('server', 'never', 'Gateway failed to push', { retryable: true, advice: 'Wait at least 60 seconds before sending again.' }),
  1603: rule('configuration', 'never', 'Product name not configured', { advice: 'Use an otpappname SGATE has configured for you.' }),
  1604: rule('configuration', 'never', 'Product name does not exist', { advice: 'Use an otpappname SGATE has configured for you.' }),
  1605: rule('validation', 'never', 'Invalid OTP type'),
  1606: rule('validation', 'never', 'OTP verification failed', { advice: 'Ask the customer for the code again.' }),
  1607: rule('validation', 'never', 'Code invalid or expired', { advice: 'Send a new code with resendStcOtp.' }),
  1608: rule('validation', 'never', 'Number mismatch'),
  1609: rule('validation', 'never', 'Wrong code', { advice: 'Ask the customer for the code again.' }),
  1610: rule('validation', 'never', 'Sending credential not matched'),
  1611: rule('rate_limited', 'never', 'OTP is currently being sent', { retryable: true, advice: 'One SMS per minute per number: wait about 60 seconds.' }),
  1612: rule('validation', 'never', 'Bad number format'),
};

/** The rule for a code missing from the table: a failure the SDK does not know, never retried. */
export const UNKNOWN_CODE_RULE: SgateCodeRule = rule('server', 'never', 'Unknown status code', {
  advice: 'This code is not in the SGATE table the SDK knows; quote the request id to SGATE.',
});

/** The rule for an SGATE status code. */
export function sgateCodeRule(code: number): SgateCodeRule {
  return SGATE_CODES[code] ?? UNKNOWN_CODE_RULE;
}
