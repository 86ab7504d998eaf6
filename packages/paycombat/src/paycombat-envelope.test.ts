import { describe, expect, it } from 'vitest';
import { unwrapEnvelope } from './paycombat-envelope.js';

const customer = { customer_id: 'customer_1', is_active: false, status: 'UNDER_REVIEW', metadata: { message: 'hi', data: 1 } };
const finmo = (data: unknown, success = true) => ({ success, status_code: success ? 200 : 400, status_text: success ? 'OK' : 'BAD_REQUEST', request_id: 'req_f', request_time: '2026-11-22T10:00:00.000Z', data });

describe('unwrapEnvelope (spec §5)', () => {
  it('unwraps Paycombat’s own envelope (P)', () => {
    expect(unwrapEnvelope({ status: true, message: 'OK', data: customer })).toEqual({ data: customer, meta: { status: true, message: 'OK', depth: 1 }, failed: false, detail: { status: true, message: 'OK', data: customer } });
  });

  it('unwraps Finmo’s envelope (F) and keeps its request id', () => {
    const result = unwrapEnvelope(finmo(customer));
    expect(result.data).toBe(customer);
    expect(result.meta).toEqual({ success: true, statusCode: 200, statusText: 'OK', requestId: 'req_f', requestTime: '2026-11-22T10:00:00.000Z', depth: 1 });
  });

  it('unwraps Finmo inside Paycombat (P∘F)', () => {
    const result = unwrapEnvelope({ status: true, message: 'OK', data: finmo(customer) });
    expect(result.data).toBe(customer);
    expect(result.meta).toMatchObject({ status: true, success: true, requestId: 'req_f', depth: 2 });
    expect(result.failed).toBe(false);
  });

  it('unwraps the message-only envelope (M) and leaves a bare payload alone', () => {
    expect(unwrapEnvelope({ message: 'OK', data: [customer] }).data).toEqual([customer]);
    expect(unwrapEnvelope(customer)).toMatchObject({ data: customer, failed: false, meta: { depth: 0 } });
  });

  it('never descends into a customer (its `status` and `metadata` are data) nor into a list page', () => {
    expect(unwrapEnvelope({ status: true, message: 'OK', data: customer }).data).toBe(customer);
    const page = { data: [customer], total: 1, page: 1, limit: 50, last_page: 1 };
    expect(unwrapEnvelope({ status: true, message: 'OK', data: page }).data).toBe(page);
  });

  it('fails when status or success is false at any level, and points at the innermost failing level', () => {
    expect(unwrapEnvelope({ status: false, message: 'Customer not found', data: null })).toMatchObject({ failed: true, data: null, meta: { status: false, message: 'Customer not found' } });
    const inner = finmo(null, false);
    const nested = unwrapEnvelope({ status: true, message: 'OK', data: inner });
    expect(nested.failed).toBe(true);
    expect(nested.detail).toBe(inner);
    expect(nested.meta).toMatchObject({ status: true, success: false, statusCode: 400, statusText: 'BAD_REQUEST', requestId: 'req_f' });
    expect(unwrapEnvelope({ success: false, status_code: 422, message: 'bad' })).toMatchObject({ failed: true, data: undefined });
  });

  it('treats a Laravel validation body as an envelope level without data', () => {
    expect(unwrapEnvelope({ message: 'The given data was invalid.', errors: { description: ['required'] } })).toMatchObject({ failed: false, data: undefined, meta: { message: 'The given data was invalid.' } });
  });
});
