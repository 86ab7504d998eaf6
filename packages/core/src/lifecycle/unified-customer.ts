/**
 * The statuses every provider's customer status maps to, from first contact to closure:
 *
 * - `incomplete`: the customer exists, but information or documents the provider requires are still missing;
 *   the client has to supply them.
 * - `pending`: everything has been submitted and the provider is reviewing it (KYC/KYB, compliance).
 * - `active`: approved; the customer can transact.
 * - `inactive`: approved but not enabled right now (dormant, deactivated, not yet activated); it can become
 *   active again.
 * - `suspended`: blocked for a time by the provider or the client, usually pending an investigation; no
 *   transactions until it is lifted.
 * - `rejected`: the provider declined the customer at onboarding.
 * - `closing`: closure was requested and is in progress (balances settling, notice period).
 * - `closed`: permanently closed; nothing more can happen.
 * - `unknown`: the provider reported a status the SDK does not map; read `providerStatus`.
 */
export const UNIFIED_CUSTOMER_STATUSES = ['incomplete', 'pending', 'active', 'inactive', 'suspended', 'rejected', 'closing', 'closed', 'unknown'] as const;

/**
 * A provider-neutral customer status, one of {@link UNIFIED_CUSTOMER_STATUSES}: `incomplete` (information
 * missing), `pending` (under review), `active`, `inactive` (approved, not enabled), `suspended` (blocked for a
 * time), `rejected` (declined at onboarding), `closing`, `closed`, or `unknown` (not mapped; see `providerStatus`).
 */
export type UnifiedCustomerStatus = (typeof UNIFIED_CUSTOMER_STATUSES)[number];

/** One sentence per unified status, for docs and UIs. */
export const UNIFIED_STATUS_DESCRIPTIONS: Readonly<Record<UnifiedCustomerStatus, string>> = Object.freeze({
  incomplete: 'The customer exists, but information or documents the provider requires are still missing.',
  pending: 'Everything has been submitted and the provider is reviewing it.',
  active: 'The customer is approved and can transact.',
  inactive: 'The customer is approved but not enabled right now, and can become active again.',
  suspended: 'The customer is blocked for a time, usually pending an investigation, and cannot transact until it is lifted.',
  rejected: 'The provider declined the customer at onboarding.',
  closing: 'Closure was requested and is in progress.',
  closed: 'The customer is permanently closed and nothing more can happen.',
  unknown: 'The provider reported a status the SDK does not map; see providerStatus.',
});

/**
 * The provider-neutral view of a customer that every provider SDK maps its own customer to.
 * `raw` keeps the provider's object for fields the unified view leaves out.
 */
export interface UnifiedCustomer<Raw = unknown> {
  /** Provider id, e.g. `'sgate'`. */
  provider: string;
  /** The provider's id of the customer. */
  id: string;
  /** Your own reference for the customer, when the provider stores one. */
  externalId?: string;
  type?: 'individual' | 'business';
  name: {
    /** What to show: the legal name of a business, or given and family name of a person. */
    display: string;
    given?: string;
    family?: string;
    /** Registered name of a business. */
    legal?: string;
  };
  email?: string;
  /** As the provider stores it, ideally E.164 (`+4915112345678`). */
  phone?: string;
  /** ISO 3166-1 alpha-2, upper case (`'DE'`). */
  country?: string;
  status: UnifiedCustomerStatus;
  /** The provider's own status, unchanged (`'ACTIVE'`, `-99`, …). */
  providerStatus: string | number;
  createdAt?: Date;
  updatedAt?: Date;
  /** The provider's customer object as received. */
  raw: Raw;
}

/** A provider's status table, made by {@link defineStatusMapping}. */
export interface StatusMapping<P extends string | number> {
  provider: string;
  mapping: Readonly<Record<P, UnifiedCustomerStatus>>;
  /** The unified status of a provider status; `'unknown'` when it is not in the table (or missing). */
  toUnified(providerStatus: P | string | number | undefined | null): UnifiedCustomerStatus;
  /** The table as Markdown, for docs: provider status, unified status, and the meaning of the unified status. */
  toMarkdownTable(): string;
}

/**
 * Declares how a provider's customer statuses map to {@link UnifiedCustomerStatus}. Numeric statuses may be
 * looked up as numbers or numeric strings (`-99` or `'-99'`).
 *
 * ```ts
 * const sgateStatuses = defineStatusMapping('sgate', { 0: 'pending', 1: 'active', [-99]: 'rejected' });
 * sgateStatuses.toUnified(response.status); // 'active' for 1, 'unknown' for 42
 * ```
 *
 * @throws Error when a value is not a unified status.
 */
export function defineStatusMapping<const P extends string | number>(provider: string, mapping: Record<P, UnifiedCustomerStatus>): StatusMapping<P> {
  const table: Record<string, UnifiedCustomerStatus> = {};
  for (const [providerStatus, status] of Object.entries<UnifiedCustomerStatus>(mapping)) {
    if (!(UNIFIED_CUSTOMER_STATUSES as readonly string[]).includes(status)) {
      throw new Error(`Status mapping of ${provider}: ${JSON.stringify(providerStatus)} maps to ${JSON.stringify(status)}, which is not one of ${UNIFIED_CUSTOMER_STATUSES.join(', ')}.`);
    }
    table[providerStatus] = status;
  }
  Object.freeze(table);
  return Object.freeze({
    provider,
    mapping: table as Readonly<Record<P, UnifiedCustomerStatus>>,
    toUnified(providerStatus: P | string | number | undefined | null): UnifiedCustomerStatus {
      if (providerStatus === undefined || providerStatus === null) return 'unknown';
      const key = String(providerStatus);
      return Object.hasOwn(table, key) ? table[key]! : 'unknown';
    },
    toMarkdownTable(): string {
      const rows = Object.entries(table).map(([providerStatus, status]) => `| \`${escapeCell(providerStatus)}\` | \`${status}\` | ${UNIFIED_STATUS_DESCRIPTIONS[status]} |`);
      return [`| ${escapeCell(provider)} status | Unified status | Meaning |`, '| --- | --- | --- |', ...rows].join('\n');
    },
  });
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/** Unix times below this are seconds (up to the year 5138), at or above it milliseconds (from 1973). */
const MILLISECONDS_THRESHOLD = 1e11;

/** ISO 8601 date or date-time; `T` or a space between date and time; optional fraction and offset. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads a provider timestamp as a `Date`, the same way on every runtime:
 *
 * - a valid `Date` (copied);
 * - Unix time as a number or numeric string: seconds below 1e11, milliseconds from 1e11;
 * - ISO 8601 strings: `2024-05-01`, `2024-05-01T10:00:00Z`, `2024-05-01 10:00:00.123456+08:00`, `…+0800`.
 *   Date-times without an offset, and bare dates, are read as UTC, never in the machine's time zone; append the
 *   provider's documented offset first when it has one.
 *
 * Returns `undefined` for `null`, `undefined`, empty strings, `0` (which providers use for "never"), impossible
 * dates (`2024-02-30`, `0000-00-00 00:00:00`) and anything else.
 */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : new Date(value.getTime());
  if (typeof value === 'number') return fromUnixTime(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return fromUnixTime(Number(text));
  return fromIsoString(text);
}

function fromUnixTime(value: number): Date | undefined {
  if (!Number.isFinite(value) || value === 0) return undefined;
  const milliseconds = Math.abs(value) < MILLISECONDS_THRESHOLD ? value * 1000 : value;
  const date = new Date(Math.round(milliseconds));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function fromIsoString(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const fraction = match[7] ?? '';
  const offset = match[8] ?? 'Z';
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as written
  if (date.getUTCDate() !== day) return undefined; // 2024-02-30 would have rolled over into March
  date.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
  if (offset === 'Z' || offset === 'z') return date;
  const digits = offset.slice(1).replace(':', '');
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = Number(digits.slice(2) || '0');
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const sign = offset.startsWith('-') ? -1 : 1;
  return new Date(date.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
}
