import type { SgateCustomer } from '@clientele/sgate';

/** What this service keeps about one payee: no sensitive field (identity, card or STCPay numbers, photos). */
export interface PayeeRecord {
  mercustomid: string;
  customid: string;
  /** SGATE's status: 0 pending, 1 normal, 2 rejected, 3 banned, 4 incomplete. */
  status: number;
  /** SGATE's `updated_at` of the state held (Unix seconds): older callbacks are ignored. */
  updatedAt: number;
}

/**
 * The service's store of payees (a database table in a real service). Callbacks arrive at least once and
 * in any order, so a status is only applied when it is newer than the one held, and each delivery is
 * processed once (by SGATE's dedupe key `event:id:status:updated_at`).
 */
export class PayeeRegistry {
  readonly #payees = new Map<string, PayeeRecord>();
  readonly #processedDeliveries = new Set<string>();

  /** Records the state SGATE returned (create, photo upload) or sent (callback), unless an equal or newer one is held. */
  save(customer: Pick<SgateCustomer, 'mercustomid' | 'customid' | 'status' | 'updated_at'>): PayeeRecord {
    const held = this.#payees.get(customer.mercustomid);
    if (held && held.updatedAt > customer.updated_at) return held;
    const record: PayeeRecord = { mercustomid: customer.mercustomid, customid: customer.customid, status: customer.status, updatedAt: customer.updated_at };
    this.#payees.set(customer.mercustomid, record);
    return record;
  }

  /** Marks a callback delivery as processed; false when it was already (a redelivery). */
  firstDelivery(dedupeKey: string): boolean {
    if (this.#processedDeliveries.has(dedupeKey)) return false;
    this.#processedDeliveries.add(dedupeKey);
    return true;
  }

  get(mercustomid: string): PayeeRecord | undefined {
    return this.#payees.get(mercustomid);
  }
}
