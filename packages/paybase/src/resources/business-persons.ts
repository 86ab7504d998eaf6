import { parseResponse, validateInput, type ApiPromise } from '@clientele/core';
import { customerUuid, personUuid } from '../paybase-ids.js';
import type { PaybaseRequestOptions } from '../paybase-options.js';
import { addBusinessPersonSchema, updateBusinessPersonSchema, type AddBusinessPersonInput, type UpdateBusinessPersonInput } from '../schemas/business-person.js';
import { businessPersonResponse, type PaybaseBusinessPerson } from '../schemas/customer-response.js';
import { callEndpoint, responseContext, type ResourceContext } from './call-endpoint.js';

/** The business persons (directors, shareholders, beneficial owners) of an incorporated business (spec §4.6). */
export interface BusinessPersonsResource {
  /** Adds a person to an incorporated business. Not retried after an ambiguous failure. */
  add(customerId: string, input: AddBusinessPersonInput, options?: PaybaseRequestOptions): ApiPromise<PaybaseBusinessPerson>;
  /** Reads one person. `personId` may carry a type prefix or not. */
  retrieve(customerId: string, personId: string, options?: PaybaseRequestOptions): ApiPromise<PaybaseBusinessPerson>;
  /** Changes a person's profile; a sent `roles` list replaces the old one. */
  update(customerId: string, personId: string, input: UpdateBusinessPersonInput, options?: PaybaseRequestOptions): ApiPromise<PaybaseBusinessPerson>;
  /** Removes a person. Resolves with `undefined`. */
  delete(customerId: string, personId: string, options?: PaybaseRequestOptions): ApiPromise<void>;
}

/** Builds `customers.businessPersons`. */
export function createBusinessPersonsResource(context: ResourceContext): BusinessPersonsResource {
  const decodePerson = (name: string) => (data: unknown, response: Parameters<typeof responseContext>[1]) =>
    parseResponse(businessPersonResponse, data, { ...responseContext(`paybase ${name}`, response), provider: 'paybase' });
  const operation = (name: string) => ({ operation: `paybase ${name}`, provider: 'paybase' });

  return {
    add: (customerId, input, options) =>
      callEndpoint(context, () => ({
        name: 'customers.businessPersons.add',
        ids: { id: customerUuid(customerId, 'customerId') },
        body: validateInput(addBusinessPersonSchema, input, operation('customers.businessPersons.add')),
        bodySchema: addBusinessPersonSchema,
        options,
        decode: decodePerson('customers.businessPersons.add'),
      })),
    retrieve: (customerId, personId, options) =>
      callEndpoint(context, () => ({
        name: 'customers.businessPersons.retrieve',
        ids: { id: customerUuid(customerId, 'customerId'), personId: personUuid(personId) },
        options,
        decode: decodePerson('customers.businessPersons.retrieve'),
      })),
    update: (customerId, personId, input, options) =>
      callEndpoint(context, () => ({
        name: 'customers.businessPersons.update',
        ids: { id: customerUuid(customerId, 'customerId'), personId: personUuid(personId) },
        body: validateInput(updateBusinessPersonSchema, input, operation('customers.businessPersons.update')),
        bodySchema: updateBusinessPersonSchema,
        options,
        decode: decodePerson('customers.businessPersons.update'),
      })),
    delete: (customerId, personId, options) =>
      callEndpoint(context, () => ({
        name: 'customers.businessPersons.delete',
        ids: { id: customerUuid(customerId, 'customerId'), personId: personUuid(personId) },
        options,
        decode: () => undefined,
      })),
  };
}
