import * as z from 'zod/mini';
import type { PayabliErrorBody } from '../payabli-errors.js';
import { canonicalKeys } from './canonical-keys.js';
import { canonicalRecord, customerRecordSchema } from './customer-record.js';

const optional = <S extends z.core.$ZodType>(schema: S) => z.optional(z.nullable(schema));

/** Keys of Payabli's response envelopes (spec §3.2), in their documented spelling. */
const ENVELOPE_KEYS = ['isSuccess', 'responseText', 'responseCode', 'responseData', 'pageIdentifier', 'roomId'];
const QUERY_KEYS = ['Summary', 'Records'];
const SUMMARY_KEYS = ['pageIdentifier', 'pageSize', 'totalAmount', 'totalNetAmount', 'totalPages', 'totalRecords'];
const ERROR_DATA_KEYS = ['explanation', 'todoAction'];

/**
 * The generic envelope of update, delete, link and consent (spec §3.2 "E-generic"):
 * `{ isSuccess, responseText, responseCode, responseData, pageIdentifier }`.
 */
export const payabliResultSchema = z.looseObject({
  isSuccess: optional(z.boolean()),
  /** `"Success"` (or `"Declined"`, which the SDK turns into an error). */
  responseText: optional(z.string()),
  /** `1` for success. */
  responseCode: optional(z.number()),
  /** Usually `" "` on these endpoints. */
  responseData: optional(z.union([z.string(), z.number()])),
  pageIdentifier: optional(z.string()),
});

/** The result of update, delete, linkTransaction and requestConsent. */
export type PayabliResult = z.output<typeof payabliResultSchema>;

/** The add-customer envelope (spec §3.2 "E-customer"): the record sits in `responseData`. */
export const customerEnvelopeSchema = z.looseObject({
  isSuccess: optional(z.boolean()),
  responseText: optional(z.string()),
  responseData: customerRecordSchema,
});

/** `QuerySummary` (spec §5.3). */
const querySummarySchema = z.looseObject({
  pageIdentifier: optional(z.string()),
  pageSize: optional(z.number()),
  totalAmount: optional(z.number()),
  totalNetAmount: optional(z.number()),
  totalPages: optional(z.number()),
  totalRecords: optional(z.number()),
});

/** The list response (spec §4.5): `{ Summary, Records }`. */
export const customerQuerySchema = z.looseObject({
  Summary: optional(querySummarySchema),
  /** `null` or absent when nothing matched. */
  Records: optional(z.array(customerRecordSchema)),
});

/** The OAuth token response (spec §2.2). */
export const tokenResponseSchema = z.looseObject({
  token_type: optional(z.string()),
  access_token: z.string().check(z.minLength(1)),
  /** Lifetime in seconds. */
  expires_in: z.number().check(z.gt(0)),
});

/** An envelope with its keys in documented spelling (any casing accepted). */
export function canonicalEnvelope(body: unknown): Record<string, unknown> | undefined {
  const envelope = canonicalKeys(body, ENVELOPE_KEYS);
  return typeof envelope === 'object' && envelope !== null && !Array.isArray(envelope) ? (envelope as Record<string, unknown>) : undefined;
}

/** The add-customer envelope with the record's keys in documented spelling. */
export function canonicalCustomerEnvelope(body: unknown): unknown {
  const envelope = canonicalEnvelope(body);
  return envelope ? { ...envelope, responseData: canonicalRecord(envelope.responseData) } : body;
}

/** The list response with summary and record keys in documented spelling. */
export function canonicalQuery(body: unknown): unknown {
  const query = canonicalKeys(body, QUERY_KEYS) as Record<string, unknown> | unknown;
  if (typeof query !== 'object' || query === null) return query;
  const output = { ...(query as Record<string, unknown>) };
  output.Summary = canonicalKeys(output.Summary, SUMMARY_KEYS);
  if (Array.isArray(output.Records)) output.Records = output.Records.map(canonicalRecord);
  return output;
}

/** Reads what an error body or a failed envelope says, whatever its casing; tolerant of any shape. */
export function readErrorBody(body: unknown): PayabliErrorBody {
  const envelope = canonicalEnvelope(body);
  if (!envelope) return {};
  const data = canonicalKeys(envelope.responseData, ERROR_DATA_KEYS) as Record<string, unknown> | string | undefined;
  const string = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const code = envelope.responseCode;
  return {
    responseText: string(envelope.responseText),
    responseCode: typeof code === 'number' && Number.isInteger(code) ? code : undefined,
    explanation: typeof data === 'object' && data !== null ? string(data.explanation) : undefined,
    todoAction: typeof data === 'object' && data !== null ? string(data.todoAction) : undefined,
  };
}
