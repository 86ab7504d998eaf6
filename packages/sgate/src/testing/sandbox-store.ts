import { MockStore } from '@clientele/core/testing';

/** A customer as the sandbox stores it: plaintext, plus state SGATE keeps but does not return. */
export interface SandboxCustomer {
  customid: string;
  mercustomid: string;
  name_e: string;
  name_a: string;
  identity: string;
  identitypic: string;
  signpic: string;
  bankname: string;
  bankcode: string;
  cardno: string;
  ibanaccount: string;
  stcaccount: string;
  address: string;
  swiftcode: string;
  status: number;
  statusdesc: string;
  autoapproval: number;
  otpappname: string;
  demand_perfection: string[];
  created_at: number;
  updated_at: number;
  /** Mock state: the STCPay account passed OTP verification. */
  stcVerified: boolean;
  /** Mock state: MD5 of the uploaded photos, to detect identical re-uploads. */
  photoMd5: { identitypic?: string; signpic?: string };
}

/** An STCPay OTP task of the sandbox. */
export interface SandboxOtp {
  code: string;
  sentAt: number;
  expiresAt: number;
}

/** The sandbox's customer table, with the lookups SGATE's endpoints need. */
export class SandboxCustomers {
  readonly #store = new MockStore<SandboxCustomer>();
  #sequence = 0x12ad3;

  /** A new short lowercase-hex id, like SGATE's `12ad4` (observed). */
  nextId(): string {
    this.#sequence += 0x7d;
    return this.#sequence.toString(16);
  }

  insert(customer: SandboxCustomer): SandboxCustomer {
    return this.#store.insert(customer.customid, customer);
  }

  get(customid: string): SandboxCustomer | undefined {
    return this.#store.get(customid);
  }

  byMercustomid(mercustomid: string): SandboxCustomer | undefined {
    return this.#store.find((customer) => customer.mercustomid === mercustomid);
  }

  /** `customid` wins when both are given (the SDK sends only one). */
  find(reference: { customid?: string | undefined; mercustomid?: string | undefined }): SandboxCustomer | undefined {
    if (reference.customid !== undefined) return this.get(reference.customid);
    if (reference.mercustomid !== undefined) return this.byMercustomid(reference.mercustomid);
    return undefined;
  }

  update(customid: string, patch: Partial<SandboxCustomer>): SandboxCustomer {
    const updated = this.#store.update(customid, patch);
    if (!updated) throw new Error(`Sandbox customer ${customid} does not exist.`);
    return updated;
  }

  all(): SandboxCustomer[] {
    return this.#store.all();
  }

  get size(): number {
    return this.#store.size;
  }

  reset(): void {
    this.#store.reset();
    this.#sequence = 0x12ad3;
  }
}

/** `YYYY-MM-DD HH:mm:ss` in Riyadh time (UTC+3, no daylight saving), as SGATE writes `statusdesc`. */
export function riyadhTime(seconds: number): string {
  return new Date((seconds + 3 * 3600) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The customer object SGATE returns (spec §4.B), still in plaintext; the transport layer encrypts it. */
export function customerView(customer: SandboxCustomer, options: { forCallback?: boolean } = {}): Record<string, unknown> {
  const { stcVerified: _verified, photoMd5: _photos, autoapproval, otpappname, ...view } = customer;
  // Callbacks omit autoapproval and otpappname (spec §8.2).
  return options.forCallback ? view : { ...view, autoapproval, otpappname };
}

/** The fields SGATE encrypts in customer objects (spec §3.5). */
export const CUSTOMER_SENSITIVE_FIELDS = ['identity', 'identitypic', 'signpic', 'stcaccount', 'cardno'] as const;
