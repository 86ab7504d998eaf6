import { describe, expect, it } from 'vitest';
import { rejection, usePaybaseSandbox } from '../__fixtures__/use-paybase-sandbox.js';
import { paybaseFixtures } from '../testing/fixtures.js';

const API = 'https://api-json.sandbox.paybase.io';
const { server, client } = usePaybaseSandbox();

describe('customers.businessPersons', () => {
  it('adds, retrieves, updates and deletes a person of an incorporated business on the documented paths', async () => {
    const paybase = client();
    const business = await paybase.customers.incorporatedBusiness.create(paybaseFixtures.incorporatedBusiness());
    const uuid = business.id.slice('customer/'.length);

    const person = await paybase.customers.businessPersons.add(business.id, paybaseFixtures.businessPerson());
    expect(person).toMatchObject({ customerId: business.id, profile: { firstName: 'Charles', roles: ['DIRECTOR'] } });
    const personUuid = person.id.slice(person.id.lastIndexOf('/') + 1);

    expect(await paybase.customers.businessPersons.retrieve(uuid, person.id)).toEqual(person);
    const updated = await paybase.customers.businessPersons.update(business.id, personUuid, { profile: { roles: ['DIRECTOR', 'SHAREHOLDER'] } });
    expect(updated.profile?.roles).toEqual(['DIRECTOR', 'SHAREHOLDER']);

    const withPerson = await paybase.customers.incorporatedBusiness.retrieve(business.id);
    expect(withPerson.businessPersons).toHaveLength(1);

    await expect(paybase.customers.businessPersons.delete(business.id, person.id)).resolves.toBeUndefined();
    expect((await paybase.customers.incorporatedBusiness.retrieve(business.id)).businessPersons).toEqual([]);
    expect(await rejection(paybase.customers.businessPersons.retrieve(business.id, person.id))).toMatchObject({ kind: 'not_found' });

    const calls = (await server.calls()).slice(1);
    expect(calls.map((call) => `${call.method} ${call.url.slice(API.length)}`)).toEqual([
      `POST /v1/customer/${uuid}/persons`,
      `GET /v1/customer/${uuid}/persons/${personUuid}`,
      `PATCH /v1/customer/${uuid}/persons/${personUuid}`,
      `GET /v1/customer/incorporated-business/${uuid}`,
      `DELETE /v1/customer/${uuid}/persons/${personUuid}`,
      `GET /v1/customer/incorporated-business/${uuid}`,
      `GET /v1/customer/${uuid}/persons/${personUuid}`,
    ]);
    expect(JSON.parse(calls[0]!.body)).toEqual(paybaseFixtures.businessPerson());
    expect(JSON.parse(calls[2]!.body)).toEqual({ profile: { roles: ['DIRECTOR', 'SHAREHOLDER'] } });
  });

  it('validates the person before sending and names the field', async () => {
    const error = await rejection(client().customers.businessPersons.add('customer/62dc1d23-d473-46a6-b4b3-e63c3f6d4658', paybaseFixtures.businessPerson({ dob: '26/12/1971' })));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'profile.dob' }] });
    expect(await server.calls()).toHaveLength(0);
  });

  it('surfaces Paybase refusing persons on other customer types', async () => {
    const paybase = client();
    const individual = await paybase.customers.individual.create(paybaseFixtures.individual());
    expect(await rejection(paybase.customers.businessPersons.add(individual.id, paybaseFixtures.businessPerson()))).toMatchObject({ kind: 'validation', status: 400 });
  });
});
