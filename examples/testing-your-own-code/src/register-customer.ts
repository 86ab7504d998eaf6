import { isClienteleError, type PayabliClient, type ValidationError } from '@clientele/payabli';

/** A signup as your application receives it. */
export interface Signup {
  /** Your own id for the account; becomes Payabli's `customerNumber`. */
  accountId: string;
  firstName: string;
  lastName: string;
  email: string;
}

/** What your application does next, whatever happened at Payabli. */
export type Registration =
  | { outcome: 'registered'; customerId: number }
  | { outcome: 'invalid'; fields: string[] }
  | { outcome: 'try-later'; reason: string };

/**
 * Your application's code under test: registers a signup as a Payabli customer and turns every SDK
 * failure into something the signup page can act on.
 *
 * - Invalid input → `invalid` with the field names (the SDK checks before sending anything).
 * - A create whose answer was lost after Payabli processed it: the SDK's retry reuses the idempotency key
 *   and Payabli answers 409 (`conflict`); the customer exists, so find it by `customerNumber` instead of
 *   creating a second one.
 * - Rate limits and 5xx: the SDK already retried; if it still fails → `try-later`.
 */
export async function registerCustomer(payabli: PayabliClient, entry: string, signup: Signup): Promise<Registration> {
  try {
    const customer = await payabli.customers.create(entry, {
      customerNumber: signup.accountId,
      firstname: signup.firstName,
      lastname: signup.lastName,
      email: signup.email,
    });
    return { outcome: 'registered', customerId: customer.customerId };
  } catch (error) {
    if (!isClienteleError(error)) throw error;
    if (error.kind === 'validation') return { outcome: 'invalid', fields: (error as ValidationError).issues.map((issue) => issue.path) };
    if (error.kind === 'conflict') {
      const existing = await payabli.customers.list(entry, { filters: { customernumber: { eq: signup.accountId } }, limit: 1 }).first();
      if (existing) return { outcome: 'registered', customerId: existing.customerId };
    }
    if (error.retryable || error.kind === 'conflict') return { outcome: 'try-later', reason: error.kind };
    throw error;
  }
}
