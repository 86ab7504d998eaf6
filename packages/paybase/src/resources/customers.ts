import { paginate, parseResponse, validateInput, type ApiPromise, type Paginator } from '@clientele/core';
import { customerUuid } from '../paybase-ids.js';
import { assertPlatformMove } from '../paybase-lifecycle.js';
import type { PaybaseRequestOptions } from '../paybase-options.js';
import {
  annotateSchema,
  authenticationTokenSchema,
  deleteAnnotationsSchema,
  listSchema,
  tagsSchema,
  transitionSchema,
  type CreateAuthenticationTokenInput,
  type ListCustomersInput,
  type TransitionCustomerInput,
} from '../schemas/customer-actions.js';
import { listResponse, type PaybaseCustomer } from '../schemas/customer-response.js';
import { decodeCustomer } from '../schemas/decode-customer.js';
import { createIncorporatedBusinessSchema, updateIncorporatedBusinessSchema } from '../schemas/incorporated-business.js';
import { createIndividualSchema, updateIndividualSchema } from '../schemas/individual.js';
import { createOrganisationSchema, updateOrganisationSchema } from '../schemas/organisation.js';
import { createSoleTraderSchema, updateSoleTraderSchema } from '../schemas/sole-trader.js';
import { decodeAuthenticationToken, type PaybaseAuthenticationToken } from './authentication-token.js';
import { createBusinessPersonsResource, type BusinessPersonsResource } from './business-persons.js';
import { callEndpoint, responseContext, type EndpointCall, type ResourceContext } from './call-endpoint.js';
import { createCustomerTypeResource, type CustomerTypeResource } from './customer-type-resource.js';
import type { CreateIncorporatedBusinessCustomerInput, UpdateIncorporatedBusinessCustomerInput } from '../schemas/incorporated-business.js';
import type { CreateIndividualCustomerInput, UpdateIndividualCustomerInput } from '../schemas/individual.js';
import type { CreateOrganisationCustomerInput, UpdateOrganisationCustomerInput } from '../schemas/organisation.js';
import type { CreateSoleTraderCustomerInput, UpdateSoleTraderCustomerInput } from '../schemas/sole-trader.js';

/** Per-call options of `customers.transition`. */
export interface PaybaseTransitionOptions extends PaybaseRequestOptions {
  /**
   * Sends a move the SDK does not know to be allowed (the platform-side rules are partly unconfirmed, spec U8),
   * e.g. DISABLED → PENDING. Moves the provider page rules out (into LOCKED, CLOSING or TERMINATED, or out of
   * LOCKED or TERMINATED) are refused even then. @default false
   */
  allowUnconfirmedMove?: boolean | undefined;
}

/** `client.customers`: the four customer types, business persons, and the calls that work on any customer. */
export interface CustomersResource {
  individual: CustomerTypeResource<'individual', CreateIndividualCustomerInput, UpdateIndividualCustomerInput>;
  soleTrader: CustomerTypeResource<'soleTrader', CreateSoleTraderCustomerInput, UpdateSoleTraderCustomerInput>;
  organisation: CustomerTypeResource<'organisation', CreateOrganisationCustomerInput, UpdateOrganisationCustomerInput>;
  incorporatedBusiness: CustomerTypeResource<'incorporatedBusiness', CreateIncorporatedBusinessCustomerInput, UpdateIncorporatedBusinessCustomerInput>;
  /** Business persons of an incorporated business. */
  businessPersons: BusinessPersonsResource;
  /** Reads a customer of any type, as a union discriminated by `type`. */
  retrieve(id: string, options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomer>;
  /**
   * Lists customers, optionally filtered by a PQL `query` (passed through unchanged). Paybase documents no paging,
   * so this is one request; the paginator keeps the call site stable if paging appears.
   */
  list(input?: ListCustomersInput, options?: PaybaseRequestOptions): Paginator<PaybaseCustomer>;
  /**
   * Moves a customer to another state. The move is checked against the lifecycle first (using `fromStateId`, or
   * else the customer's current state, read with one extra request) and refused with a `transition` error naming
   * the allowed moves. A `fromStateId` you pass is sent too, so Paybase can refuse the move if the state changed
   * in the meantime (assumption U9).
   */
  transition(id: string, input: TransitionCustomerInput, options?: PaybaseTransitionOptions): ApiPromise<PaybaseCustomer>;
  /** Adds or overwrites annotation keys; other keys are kept. */
  annotate(id: string, annotations: Record<string, string>, options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomer>;
  /** Removes annotation keys. */
  deleteAnnotations(id: string, keys: string[], options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomer>;
  /** Adds tags. */
  tag(id: string, tags: string[], options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomer>;
  /** Removes tags. */
  untag(id: string, tags: string[], options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomer>;
  /** Asks Paybase to re-evaluate the customer (due diligence and rules) without changing data. */
  touch(id: string, options?: PaybaseRequestOptions): ApiPromise<PaybaseCustomer>;
  /**
   * Mints a short-lived customer access token for the browser (hosted card form) or for calls made as the
   * customer. With `attestations` (strong customer authentication), Paybase answers `success: false` and lists the
   * missing factors when they do not suffice.
   */
  createAuthenticationToken(id: string, input?: CreateAuthenticationTokenInput, options?: PaybaseRequestOptions): ApiPromise<PaybaseAuthenticationToken>;
}

const validation = (name: string) => ({ operation: `paybase ${name}`, provider: 'paybase' });

/** Builds `client.customers`. */
export function createCustomersResource(context: ResourceContext): CustomersResource {
  const anyCustomer = (name: string) => (data: unknown, response: Parameters<typeof responseContext>[1]) => decodeCustomer(data, responseContext(name, response));
  const customerCall = (name: EndpointCall<PaybaseCustomer>['name'], id: string, body: unknown, schema: EndpointCall<unknown>['bodySchema'], options: PaybaseRequestOptions | undefined) =>
    callEndpoint(context, () => ({
      name,
      ids: { id: customerUuid(id) },
      body: schema ? validateInput(schema, body, validation(name)) : body,
      bodySchema: schema,
      options,
      decode: anyCustomer(name),
    }));

  const retrieve = (id: string, options?: PaybaseRequestOptions) =>
    callEndpoint(context, () => ({ name: 'customers.retrieve', ids: { id: customerUuid(id) }, options, decode: anyCustomer('customers.retrieve') }));

  return {
    individual: createCustomerTypeResource(context, 'individual', { create: createIndividualSchema, update: updateIndividualSchema }),
    soleTrader: createCustomerTypeResource(context, 'soleTrader', { create: createSoleTraderSchema, update: updateSoleTraderSchema }),
    organisation: createCustomerTypeResource(context, 'organisation', { create: createOrganisationSchema, update: updateOrganisationSchema }),
    incorporatedBusiness: createCustomerTypeResource(context, 'incorporatedBusiness', { create: createIncorporatedBusinessSchema, update: updateIncorporatedBusinessSchema }),
    businessPersons: createBusinessPersonsResource(context),
    retrieve,
    list(input = {}, options) {
      const query = validateInput(listSchema, input, validation('customers.list'));
      return paginate<PaybaseCustomer, number>({
        first: 0,
        signal: options?.signal,
        async fetchPage(_cursor, page) {
          const results = await callEndpoint(context, () => ({
            name: 'customers.list',
            query: { ...query.params, query: query.query, id: query.id },
            querySchema: listSchema,
            options: { ...options, signal: page.signal ?? options?.signal },
            decode: (data, response) => {
              const body = parseResponse(listResponse, data, { ...responseContext('paybase customers.list', response), provider: 'paybase' });
              return body.results.map((result) => decodeCustomer(result, responseContext('customers.list', response)));
            },
          }));
          return { items: results, next: undefined };
        },
      });
    },
    transition(id, input, options = {}) {
      const { allowUnconfirmedMove, ...requestOptions } = options;
      return callEndpoint(context, async () => {
        const uuid = customerUuid(id);
        const body = validateInput(transitionSchema, input, validation('customers.transition'));
        const from = body.fromStateId ?? (await retrieve(uuid, requestOptions)).stateId;
        assertPlatformMove(from, body.toStateId, { allowUnconfirmedMove });
        return { name: 'customers.transition', ids: { id: uuid }, body, bodySchema: transitionSchema, options: requestOptions, decode: anyCustomer('customers.transition') };
      });
    },
    annotate: (id, annotations, options) => customerCall('customers.annotate', id, { annotations }, annotateSchema, options),
    deleteAnnotations: (id, keys, options) => customerCall('customers.deleteAnnotations', id, { keys }, deleteAnnotationsSchema, options),
    tag: (id, tags, options) => customerCall('customers.tag', id, { tags }, tagsSchema, options),
    untag: (id, tags, options) => customerCall('customers.untag', id, { tags }, tagsSchema, options),
    touch: (id, options) => customerCall('customers.touch', id, {}, undefined, options),
    createAuthenticationToken: (id, input = {}, options) =>
      callEndpoint(context, () => ({
        name: 'customers.createAuthenticationToken',
        ids: { id: customerUuid(id) },
        body: validateInput(authenticationTokenSchema, input, validation('customers.createAuthenticationToken')),
        bodySchema: authenticationTokenSchema,
        options,
        decode: decodeAuthenticationToken,
      })),
  };
}
