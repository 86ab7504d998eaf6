import type { PayabliCustomerRecord } from '../schemas/customer-record.js';
import { applyBody, fieldValue, newRecord, payabliTime } from './mock-records.js';
import type { PayabliSandbox } from './payabli-sandbox.js';

/** Payabli's error body (spec §3.2). */
export function payabliError(status: number, responseText: string, extra: { responseCode?: number; explanation?: string; todoAction?: string } = {}): Response {
  const { responseCode, explanation, todoAction } = extra;
  const body: Record<string, unknown> = { isSuccess: false, responseText };
  if (responseCode !== undefined) body.responseCode = responseCode;
  if (explanation !== undefined || todoAction !== undefined) body.responseData = { explanation, todoAction };
  return Response.json(body, { status });
}

/** The generic success envelope of update, delete, link and consent (spec §3.2). */
export function payabliSuccess(extra: Record<string, unknown> = {}): Response {
  return Response.json({ isSuccess: true, responseCode: 1, responseData: ' ', responseText: 'Success', pageIdentifier: null, ...extra });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Payabli's own checks of a CustomerData body (the subset the docs state). */
export function checkCustomerData(body: Record<string, unknown>, allowedStatuses: readonly number[]): Response | undefined {
  if (body.email !== undefined && (typeof body.email !== 'string' || !EMAIL.test(body.email))) {
    return payabliError(400, 'Invalid email', { responseCode: 3003, explanation: 'email is not a valid e-mail address' });
  }
  if (body.timeZone !== undefined && (!Number.isInteger(body.timeZone) || Math.abs(body.timeZone as number) > 12)) {
    return payabliError(400, 'Invalid TimeZone', { responseCode: 3004, explanation: 'timeZone must be between -12 and 12' });
  }
  if (body.customerStatus !== undefined && !allowedStatuses.includes(body.customerStatus as number)) {
    return payabliError(400, 'Invalid user status', { responseCode: 3006, explanation: `Allowed values: ${allowedStatuses.join(', ')}` });
  }
  return undefined;
}

/**
 * Add customer as Payabli describes it (spec §4.1, §7): match on the paypoint's identifier fields, then on
 * `customerNumber`; `forceCustomerCreation` always creates, `replaceExisting=1` overwrites the match.
 */
export function addCustomer(sandbox: PayabliSandbox, entry: string, body: Record<string, unknown>, search: URLSearchParams): Response {
  const paypoint = sandbox.paypoints.get(entry);
  if (!paypoint) return payabliError(400, 'Invalid entrypoint', { responseCode: 3001, explanation: `No paypoint with entry ${entry}` });
  const invalid = checkCustomerData(body, [0, 1, 85]);
  if (invalid) return invalid;
  const identifiers = Array.isArray(body.identifierFields) && body.identifierFields.length > 0 ? (body.identifierFields as string[]) : paypoint.identifierFields ?? ['email'];
  const values = identifiers.map((name) => [name, fieldValue(body, name)] as const).filter(([, value]) => value !== undefined);
  const customerNumber = typeof body.customerNumber === 'string' && body.customerNumber !== '' ? body.customerNumber : undefined;
  if (values.length < identifiers.length && customerNumber === undefined) {
    const missing = identifiers.filter((name) => fieldValue(body, name) === undefined);
    return payabliError(400, `Invalid customer identifiers: ${missing.join(', ')}`, { explanation: 'Every identifier field of the paypoint needs a value' });
  }
  const inPaypoint = (record: PayabliCustomerRecord) => record.PaypointEntryname === entry && record.customerStatus !== -99;
  const sameText = (left: unknown, right: unknown) => String(left ?? '').toLowerCase() === String(right ?? '').toLowerCase();
  const byIdentifiers = values.length === identifiers.length
    ? sandbox.customers.find((record) => inPaypoint(record) && values.every(([name, value]) => sameText(fieldValue(recordAsBody(record), name), value)))
    : undefined;
  const match = byIdentifiers ?? (customerNumber ? sandbox.customers.find((record) => inPaypoint(record) && record.customerNumber === customerNumber) : undefined);
  const force = search.get('forceCustomerCreation') === 'true';
  const replace = search.get('replaceExisting') === '1';
  const now = sandbox.now();
  let record: PayabliCustomerRecord;
  if (match && !force) {
    record = replace ? sandbox.customers.update(String(match.customerId), applyBody(match, body, now))! : match;
  } else {
    const created = newRecord(body, paypoint, sandbox.nextCustomerId(), now);
    record = sandbox.customers.insert(String(created.customerId), created);
  }
  return Response.json({ isSuccess: true, responseText: 'Success', responseData: record });
}

/** Update as Payabli does: a partial merge; statuses 0, 1 and 85 only (3006); a deleted customer is not found. */
export function updateCustomer(sandbox: PayabliSandbox, record: PayabliCustomerRecord, body: Record<string, unknown>): Response {
  const invalid = checkCustomerData(body, [0, 1, 85]);
  if (invalid) return invalid;
  sandbox.customers.update(String(record.customerId), applyBody(record, body, sandbox.now()));
  return payabliSuccess();
}

/** Links a transaction and counts it in the customer summary. */
export function linkTransaction(sandbox: PayabliSandbox, record: PayabliCustomerRecord, transId: string): Response {
  const isNew = sandbox.links.get(transId) !== record.customerId;
  sandbox.links.set(transId, record.customerId);
  if (isNew) {
    const summary = record.customerSummary ?? { NumberofTransactions: 0, RecentTransactions: [], TotalAmountTransactions: 0, TotalNetAmountTransactions: 0 };
    sandbox.customers.update(String(record.customerId), { customerSummary: { ...summary, NumberofTransactions: (summary.NumberofTransactions ?? 0) + 1 } });
  }
  return payabliSuccess();
}

/** Sends (records) a consent e-mail and marks e-communication consent as pending (-1). */
export function requestConsent(sandbox: PayabliSandbox, record: PayabliCustomerRecord): Response {
  if (!record.Email) return payabliError(400, 'Customer has no email address', { explanation: 'Add an email to the customer before requesting consent' });
  sandbox.consentEmails.push(record.customerId);
  const consent = record.customerConsent ?? {};
  sandbox.customers.update(String(record.customerId), { customerConsent: { ...consent, eCommunication: { status: -1, updatedAt: payabliTime(sandbox.now()) } } });
  return payabliSuccess();
}

/** A record's values under request field names, for identifier matching. */
function recordAsBody(record: PayabliCustomerRecord): Record<string, unknown> {
  return {
    customerNumber: record.customerNumber,
    firstname: record.Firstname,
    lastname: record.Lastname,
    email: record.Email,
    phone: record.Phone,
    company: record.Company,
    additionalFields: record.AdditionalFields ?? undefined,
  };
}
