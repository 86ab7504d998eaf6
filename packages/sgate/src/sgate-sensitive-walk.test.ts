import { describe, expect, it } from 'vitest';
import { customerSchema } from './schemas/customer.js';
import { createCustomerSchema } from './schemas/customer-input.js';
import { descriptorPaths, encryptedPaths, transformPaths } from './sgate-sensitive-walk.js';

const mark = (value: string) => `<${value}>`;

describe('sensitiveFields descriptors (spec §3.4)', () => {
  it('an array names fields of data, or of each element when data is an array', () => {
    expect(descriptorPaths(['identity', 'cardno'], false)).toEqual([['identity'], ['cardno']]);
    expect(transformPaths([{ identity: 'a', cardno: '' }, { identity: 'b' }], descriptorPaths(['identity', 'cardno'], true), mark)).toEqual([
      { identity: '<a>', cardno: '' },
      { identity: '<b>' },
    ]);
  });

  it('an object descends into a key, for one order or for each order of a list (payouts)', () => {
    const descriptor = { custominfo: ['identity', 'stcaccount'] };
    const order = { ticketid: 't1', custominfo: { identity: 'x', stcaccount: 'y', name_e: 'n' } };
    expect(transformPaths(order, descriptorPaths(descriptor, false), mark)).toEqual({ ticketid: 't1', custominfo: { identity: '<x>', stcaccount: '<y>', name_e: 'n' } });
    expect(transformPaths([order, order], descriptorPaths(descriptor, true), mark)).toEqual([
      { ticketid: 't1', custominfo: { identity: '<x>', stcaccount: '<y>', name_e: 'n' } },
      { ticketid: 't1', custominfo: { identity: '<x>', stcaccount: '<y>', name_e: 'n' } },
    ]);
  });

  it('{} or anything unexpected names nothing; a repeated name is decrypted once; the input is never mutated', () => {
    expect(descriptorPaths({}, false)).toEqual([]);
    expect(descriptorPaths(null, false)).toEqual([]);
    expect(descriptorPaths('identity', false)).toEqual([]);
    expect(descriptorPaths(['identity', 'identity', 3], false)).toEqual([['identity']]);
    const input = { identity: 'a' };
    expect(transformPaths(input, [['identity']], mark)).toEqual({ identity: '<a>' });
    expect(input).toEqual({ identity: 'a' });
  });
});

describe('schema marks drive encryption', () => {
  it('finds the encrypted request fields of create and the encrypted response fields of a customer', () => {
    expect(encryptedPaths(createCustomerSchema).map((path) => path.join('.')).sort()).toEqual(['cardno', 'identity', 'stcaccount']);
    expect(encryptedPaths(customerSchema).map((path) => path.join('.')).sort()).toEqual(['cardno', 'identity', 'identitypic', 'signpic', 'stcaccount']);
  });
});
