import { fillPath, type HttpMethod, type QueryParameters } from '@clientele/core';
import { assertCustomerId, hasCustomerIdPlaceholder } from '../paycombat-paths.js';
import { customerLifecycle } from '../paycombat-lifecycle.js';

/** Where a customer id goes for one endpoint: into the path, the query (GET) or the body (PATCH/DELETE). */
export interface CustomerTarget {
  path: string;
  query?: QueryParameters;
  /** Fields to put first in the body, when the path does not carry the id. */
  body?: { customer_id: string };
}

/** Places `customerId` per the path template (see `PaycombatPaths`). */
export function customerTarget(template: string, customerId: string, method: HttpMethod, operation: string): CustomerTarget {
  assertCustomerId(customerId, operation);
  if (hasCustomerIdPlaceholder(template)) return { path: fillPath(template, { customer_id: customerId }, { provider: 'paycombat', operation }) };
  return method === 'GET' ? { path: template, query: { customer_id: customerId } } : { path: template, body: { customer_id: customerId } };
}

/**
 * Customers this client deleted, so that it can refuse to change them afterwards (deleted is terminal in
 * {@link customerLifecycle}). Bounded: the oldest ids are forgotten beyond `max`.
 */
export class DeletedCustomers {
  readonly #ids = new Set<string>();
  readonly #max: number;

  constructor(max = 1000) {
    this.#max = max;
  }

  add(customerId: string): void {
    this.#ids.delete(customerId);
    this.#ids.add(customerId);
    if (this.#ids.size > this.#max) this.#ids.delete(this.#ids.values().next().value!);
  }

  /**
   * @throws TransitionError (kind `'transition'`) when `customerId` was deleted by this client: nothing is sent.
   */
  guard(customerId: string, event: 'update' | 'enable' | 'disable' | 'delete'): void {
    if (this.#ids.has(customerId)) customerLifecycle.assert('deleted', event);
  }
}
