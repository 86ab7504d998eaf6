import { ValidationError, validateInput, type ValidationIssue } from '@clientele/core';
import { CUSTOMER_DATA_FIELDS, customerDataSchema, type PayabliCustomerInput } from './customer-data.js';

/** Names people commonly send instead of Payabli's, with what Payabli expects. */
const SPECIAL_HINTS: Record<string, string> = {
  status: 'is not a CustomerData field; the status field is `customerStatus` (0 inactive, 1 active)',
  customerid: 'is the path parameter, not a body field: pass it as the first argument of update()',
  customerdata: 'wraps nothing here: customer endpoints take the fields flat, not inside `customerData` (spec §4.1)',
  password: 'is not a CustomerData field; the portal password is `customerPsw`',
  username: 'is not a CustomerData field; the portal username is `customerUsername`',
};

const byLowerCase = new Map(CUSTOMER_DATA_FIELDS.map((field) => [field.toLowerCase(), field]));

/**
 * Validates a customer body against spec §5.1 and returns it unchanged in meaning. Unknown fields are
 * rejected one by one, with the right spelling when only the casing is off (`firstName` → `firstname`).
 *
 * @throws ValidationError listing every bad field; messages name the rule, never the value.
 */
export function validateCustomerData(input: unknown, operation: string): PayabliCustomerInput {
  const reserved = reservedNameIssues(input);
  let issues: ValidationIssue[];
  try {
    const data = validateInput(customerDataSchema, input, { operation, provider: 'payabli' });
    if (reserved.length === 0) return data;
    issues = reserved;
  } catch (error) {
    if (!(error instanceof ValidationError) || typeof input !== 'object' || input === null) throw error;
    issues = error.issues.flatMap((issue): ValidationIssue[] =>
      issue.path === '' && issue.message.startsWith('has unknown field') ? unknownFieldIssues(input as Record<string, unknown>) : [issue],
    );
    issues.push(...reserved);
  }
  throw new ValidationError({ provider: 'payabli', operation, issues });
}

/** `__proto__` as a custom field name would be dropped silently by the parser (and is a pollution vector): refuse it. */
function reservedNameIssues(input: unknown): ValidationIssue[] {
  const extra = (input as { additionalFields?: unknown } | null)?.additionalFields;
  if (typeof extra !== 'object' || extra === null) return [];
  return Object.hasOwn(extra, '__proto__') ? [{ path: 'additionalFields.__proto__', message: 'is not allowed as a custom field name' }] : [];
}

function unknownFieldIssues(input: Record<string, unknown>): ValidationIssue[] {
  return Object.keys(input)
    .filter((key) => !CUSTOMER_DATA_FIELDS.includes(key))
    .map((key) => {
      const lower = key.toLowerCase().replace(/[_-]/g, '');
      const special = SPECIAL_HINTS[lower];
      const spelled = byLowerCase.get(lower);
      const message = special ?? (spelled ? `is not a Payabli field; Payabli spells it \`${spelled}\`` : 'is not a CustomerData field (spec §5.1); custom fields go in `additionalFields`');
      return { path: key, message };
    });
}
