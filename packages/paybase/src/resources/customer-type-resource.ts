import { validateInput, type ApiPromise } from '@clientele/core';
import type * as z from 'zod/mini';
import { customerUuid } from '../paybase-ids.js';
import type { PaybaseRequestOptions } from '../paybase-options.js';
import type { PaybaseEndpointName } from '../paybase-paths.js';
import type { PaybaseCustomerByType, PaybaseCustomerType } from '../schemas/customer-response.js';
import { decodeCustomer } from '../schemas/decode-customer.js';
import { callEndpoint, responseContext, type ResourceContext } from './call-endpoint.js';

/** `create`, `retrieve` and `update` of one customer type. Ids may be given as `customer/<uuid>` or `<uuid>`. */
export interface CustomerTypeResource<T extends PaybaseCustomerType, CreateInput, UpdateInput> {
  /** Creates a customer of this type. Not retried after an ambiguous failure (Paybase has no idempotency keys). */
  create(input: CreateInput, options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomerByType[T]>;
  /** Reads a customer of this type. */
  retrieve(id: string, options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomerByType[T]>;
  /** Changes profile fields, terms or role; fields left out are unchanged (addresses are replaced whole). */
  update(id: string, input: UpdateInput, options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomerByType[T]>;
}

type TypePrefix = 'individual' | 'soleTrader' | 'organisation' | 'incorporatedBusiness';

/** Builds the resource of one customer type from its two input schemas. */
export function createCustomerTypeResource<T extends PaybaseCustomerType & TypePrefix, C extends z.core.$ZodType, U extends z.core.$ZodType>(
  context: ResourceContext,
  type: T,
  schemas: { create: C; update: U },
): CustomerTypeResource<T, z.input<C>, z.input<U>> {
  const names = {
    create: `customers.${type}.create`,
    retrieve: `customers.${type}.retrieve`,
    update: `customers.${type}.update`,
  } as Record<'create' | 'retrieve' | 'update', PaybaseEndpointName>;
  const decode = (name: string) => (data: unknown, response: Parameters<typeof responseContext>[1]) => decodeCustomer(data, responseContext(name, response), type);

  return {
    create: (input, options) =>
      callEndpoint(context, () => ({
        name: names.create,
        body: validateInput(schemas.create, input, { operation: `paybase ${names.create}`, provider: 'paybase' }),
        bodySchema: schemas.create,
        options,
        decode: decode(names.create),
      })),
    retrieve: (id, options) =>
      callEndpoint(context, () => ({ name: names.retrieve, ids: { id: customerUuid(id) }, options, decode: decode(names.retrieve) })),
    update: (id, input, options) =>
      callEndpoint(context, () => ({
        name: names.update,
        ids: { id: customerUuid(id) },
        body: validateInput(schemas.update, input, { operation: `paybase ${names.update}`, provider: 'paybase' }),
        bodySchema: schemas.update,
        options,
        decode: decode(names.update),
      })),
  };
}
