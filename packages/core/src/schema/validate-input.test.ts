import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { sensitive } from './sensitive.js';
import { sensitiveFields } from './sensitive-paths.js';
import { validateInput } from './validate-input.js';
import { parseResponse } from './parse-response.js';

const customer = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(5)),
  email: z.optional(z.email()),
  status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(85)])),
  kind: z.optional(z.enum(['individual', 'company'])),
  nationalId: sensitive(z.string()),
  cards: z.optional(z.array(z.object({ number: sensitive(z.string(), { encrypted: true }), label: z.string() }))),
  age: z.optional(z.number().check(z.gte(18))),
});

describe('validateInput', () => {
  it('returns the parsed value when valid', () => {
    expect(validateInput(customer, { name: 'Ada', nationalId: '1' }, { operation: 'x' })).toEqual({ name: 'Ada', nationalId: '1' });
  });

  it('lists every bad field with a rule, never the rejected value', () => {
    const secretId = 123456789;
    let error: ValidationError | undefined;
    try {
      validateInput(customer, { name: 'Adalovelace', email: 'not-an-email', nationalId: secretId, status: 2, kind: 'robot', age: 3, extra: 1 }, { operation: 'test.customers.create', provider: 'test' });
    } catch (caught) {
      error = caught as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.issues).toEqual([
      { path: 'name', message: 'must be at most 5 characters long' },
      { path: 'email', message: 'must be a valid email' },
      { path: 'status', message: 'must be one of: 0, 1, 85' },
      { path: 'kind', message: 'must be one of: "individual", "company"' },
      { path: 'nationalId', message: 'must be a string' },
      { path: 'age', message: 'must be at least 18' },
      { path: '', message: 'has unknown field: extra' },
    ]);
    expect(error!.message).not.toContain(String(secretId));
    expect(error!.message).not.toContain('robot');
    expect(error!.message).toMatch(/^Invalid input for test\.customers\.create:/);
  });

  it('says a missing field is required', () => {
    expect(() => validateInput(customer, {}, { operation: 'x' })).toThrow(/name: is required[\s\S]*nationalId: is required/);
  });
});

describe('sensitiveFields', () => {
  it('finds marked fields through optional, arrays and unions', () => {
    const union = z.union([customer, z.object({ token: sensitive(z.string()) })]);
    expect(sensitiveFields(union).map((field) => [field.path.join('.'), field.meta.encrypted ?? false])).toEqual([
      ['nationalId', false],
      ['cards.*.number', true],
      ['token', false],
    ]);
  });
});

describe('parseResponse', () => {
  const response = z.looseObject({ id: z.string(), status: z.optional(z.number()) });

  it('keeps unknown fields and accepts absent optional ones', () => {
    expect(parseResponse(response, { id: 'a', future: true }, { operation: 'x' })).toEqual({ id: 'a', future: true });
  });

  it('reports a wrong type as invalid_response with the request id', () => {
    expect(() => parseResponse(response, { id: 7 }, { operation: 'customers.retrieve', provider: 'p', requestId: 'REQ9' })).toThrow(
      expect.objectContaining({ kind: 'invalid_response', requestId: 'REQ9', message: expect.stringContaining('id must be a string') }),
    );
  });
});
