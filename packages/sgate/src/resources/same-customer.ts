import type { CreateCustomerParams } from '../schemas/customer-input.js';
import type { SgateCustomer } from '../schemas/customer.js';
import { canonicalStcAccount, isCiphertextShape } from '../sgate-patterns.js';

const ACCOUNT_FIELDS = ['bankcode', 'cardno', 'ibanaccount', 'stcaccount'] as const;

/**
 * Whether an existing customer is the one a create request describes, so that a create retried after an
 * ambiguous failure (SGATE answers 1302, "duplicate mercustomid") can return it instead of failing.
 *
 * Every field of the request must match (STCPay numbers compared in canonical form, bank codes and IBANs
 * ignoring case), and the customer must have no payout account the request did not give. A field sent
 * pre-encrypted cannot be compared (the SDK cannot decrypt what it encrypted with the system key), so it
 * never matches: the 1302 error is reported instead.
 */
export function isSameCustomer(request: CreateCustomerParams, existing: SgateCustomer): boolean {
  const same = (given: string | undefined, stored: string | undefined, normalize: (value: string) => string = (value) => value): boolean => {
    if (given === undefined) return true;
    if (isCiphertextShape(given) || stored === undefined) return false;
    return normalize(given) === normalize(stored);
  };
  const upper = (value: string) => value.toUpperCase();
  const checks = [
    existing.mercustomid === request.mercustomid,
    same(request.name_e, existing.name_e),
    same(request.name_a, existing.name_a),
    same(request.identity, existing.identity),
    same(request.bankcode, existing.bankcode, (value) => value.toLowerCase()),
    same(request.cardno, existing.cardno),
    same(request.ibanaccount, existing.ibanaccount, upper),
    same(request.stcaccount, existing.stcaccount, canonicalStcAccount),
    request.address === undefined || existing.address === undefined || request.address === existing.address,
    request.swiftcode === undefined || existing.swiftcode === undefined || upper(request.swiftcode) === upper(existing.swiftcode),
    request.otpappname === undefined || existing.otpappname === undefined || request.otpappname === existing.otpappname,
    existing.autoapproval === undefined || (request.autoapproval ?? 0) === existing.autoapproval,
    ...ACCOUNT_FIELDS.map((field) => request[field] !== undefined || existing[field] === ''),
  ];
  return checks.every(Boolean);
}
