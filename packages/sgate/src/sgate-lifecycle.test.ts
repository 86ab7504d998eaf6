import { useMockServer } from '#mock-server';
import { sgateFixtures } from '@clientele/sgate/testing';
import { describe, expect, it } from 'vitest';
import { sgateCustomerLifecycle, sgateCustomerState, sgateCustomerStatus } from './sgate-lifecycle.js';
import { sandboxClient } from './test-support.js';

const server = useMockServer();

describe('sgateCustomerLifecycle (spec §5.2)', () => {
  it('starts incomplete and lets the client move only as the diagram says', () => {
    const lifecycle = sgateCustomerLifecycle;
    expect(lifecycle.initial).toEqual(['incomplete']);
    expect(lifecycle.next('incomplete', 'update')).toBe('incomplete');
    expect(lifecycle.next('incomplete', 'upload_identity_photo')).toBe('pending');
    expect(lifecycle.next('incomplete', 'upload_signature_photo')).toBe('incomplete');
    for (const from of ['pending', 'normal', 'rejected'] as const) expect(lifecycle.next(from, 'update')).toBe('pending');
    expect(lifecycle.next('banned', 'update')).toBe('banned');
    expect(lifecycle.can('banned', 'upload_identity_photo')).toBe(false);
  });

  it('reserves review, ban and unban for SGATE', () => {
    const lifecycle = sgateCustomerLifecycle;
    expect(() => lifecycle.assert('pending', 'approve')).toThrow(/only the provider can do that/);
    expect(lifecycle.assert('pending', 'approve', { by: 'provider' })).toBe('normal');
    expect(lifecycle.assert('pending', 'reject', { by: 'provider' })).toBe('rejected');
    expect(lifecycle.assert('pending', 'ban', { by: 'provider' })).toBe('banned');
    expect(lifecycle.assert('normal', 'ban', { by: 'provider' })).toBe('banned');
    expect(lifecycle.assert('banned', 'unban', { by: 'provider' })).toBe('normal');
    expect(lifecycle.can('rejected', 'ban', { by: 'provider' })).toBe(false);
    expect(lifecycle.can('incomplete', 'approve', { by: 'provider' })).toBe(false);
  });

  it('maps SGATE numbers to states and back', () => {
    expect([0, 1, 2, 3, 4].map(sgateCustomerState)).toEqual(['pending', 'normal', 'rejected', 'banned', 'incomplete']);
    expect(sgateCustomerStatus('incomplete')).toBe(4);
    expect(() => sgateCustomerState(7)).toThrow(RangeError);
  });

  it('renders the diagram used in the docs', () => {
    expect(sgateCustomerLifecycle.toMermaid()).toMatchInlineSnapshot(`
      "stateDiagram-v2
          [*] --> incomplete
          incomplete --> incomplete: update
          incomplete --> pending: upload_identity_photo
          incomplete --> incomplete: upload_signature_photo
          pending --> pending: update
          normal --> pending: update
          rejected --> pending: update
          pending --> pending: upload_identity_photo
          normal --> pending: upload_identity_photo
          rejected --> pending: upload_identity_photo
          pending --> pending: upload_signature_photo
          normal --> pending: upload_signature_photo
          rejected --> pending: upload_signature_photo
          pending --> normal: submit_stc_otp
          banned --> banned: update
          pending --> normal: approve (provider)
          pending --> rejected: reject (provider)
          pending --> banned: ban (provider)
          normal --> banned: ban (provider)
          banned --> normal: unban (provider)"
    `);
  });
});

describe('the sandbox moves statuses as the lifecycle says', () => {
  it('follows every client move of a customer through the API, and refuses illegal admin moves', async () => {
    const { sandbox, sgate } = sandboxClient();
    server.use(...sandbox.handlers);
    const moves: string[] = [];
    const track = (status: number) => moves.push(sgateCustomerState(status));
    const created = await sgate.customers.create(sgateFixtures.plainCustomer('u-life'));
    track(created.status);
    track((await sgate.customers.update({ customid: created.customid, name_e: 'Faisal D.' })).status);
    expect(() => sandbox.admin.approve(created.customid)).toThrow(expect.objectContaining({ kind: 'transition' }));
    track((await sgate.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: sgateFixtures.pngPhoto() })).status);
    track(sandbox.admin.approve(created.customid).status);
    track((await sgate.customers.update({ customid: created.customid, name_e: 'Faisal Al-D.' })).status);
    track(sandbox.admin.reject(created.customid).status);
    track((await sgate.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: sgateFixtures.jpegPhoto() })).status);
    track(sandbox.admin.approve(created.customid).status);
    track(sandbox.admin.ban(created.customid).status);
    track((await sgate.customers.update({ customid: created.customid, name_e: 'Banned Name' })).status);
    track(sandbox.admin.unban(created.customid).status);
    expect(moves).toEqual(['incomplete', 'incomplete', 'pending', 'normal', 'pending', 'rejected', 'pending', 'normal', 'banned', 'banned', 'normal']);
    for (let index = 1; index < moves.length; index++) {
      expect(sgateCustomerLifecycle.canMoveTo(moves[index - 1] as never, moves[index] as never, { by: 'client' }) || sgateCustomerLifecycle.canMoveTo(moves[index - 1] as never, moves[index] as never, { by: 'provider' })).toBe(true);
    }
    // One callback per status change after creation.
    expect(sandbox.callbacks.map((delivery) => JSON.parse(delivery.body).data.status)).toEqual([0, 1, 0, 2, 0, 1, 3, 1]);
  });

  it('identical data changes nothing, and otpappname alone never moves the status', async () => {
    const { sandbox, sgate } = sandboxClient();
    server.use(...sandbox.handlers);
    const created = await sgate.customers.create(sgateFixtures.plainCustomer('u-same'));
    await sgate.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: sgateFixtures.pngPhoto() });
    sandbox.admin.approve(created.customid);
    expect((await sgate.customers.update({ customid: created.customid, name_e: created.name_e, cardno: created.cardno })).status).toBe(1);
    expect((await sgate.customers.update({ customid: created.customid, otpappname: 'Other App' })).status).toBe(1);
    expect((await sgate.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: sgateFixtures.pngPhoto() })).status).toBe(1);
    expect(sandbox.callbacks).toHaveLength(2);
  });
});
