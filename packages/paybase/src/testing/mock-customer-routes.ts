import { randomUuid } from '@clientele/core';
import { assertPlatformMove } from '../paybase-lifecycle.js';
import { customerUuid, personUuid } from '../paybase-ids.js';
import { addBusinessPersonSchema, updateBusinessPersonSchema } from '../schemas/business-person.js';
import { annotateSchema, deleteAnnotationsSchema, tagsSchema, transitionSchema } from '../schemas/customer-actions.js';
import type { PaybaseCustomerType } from '../schemas/customer-response.js';
import { createIncorporatedBusinessSchema, updateIncorporatedBusinessSchema } from '../schemas/incorporated-business.js';
import { createIndividualSchema, updateIndividualSchema } from '../schemas/individual.js';
import { createOrganisationSchema, updateOrganisationSchema } from '../schemas/organisation.js';
import { createSoleTraderSchema, updateSoleTraderSchema } from '../schemas/sole-trader.js';
import type { EndpointMatch } from './endpoint-matcher.js';
import { problem, readBody, validate } from './mock-http.js';
import { filterCustomers } from './mock-query.js';
import { applyUpdate, newCustomer, type CreateBody, type MockCustomer, type MockCustomerRecord } from './mock-records.js';
import type { PaybaseSandbox } from './paybase-sandbox.js';
import { createToken } from './mock-token-route.js';

const SCHEMAS = {
  individual: { create: createIndividualSchema, update: updateIndividualSchema },
  soleTrader: { create: createSoleTraderSchema, update: updateSoleTraderSchema },
  organisation: { create: createOrganisationSchema, update: updateOrganisationSchema },
  incorporatedBusiness: { create: createIncorporatedBusinessSchema, update: updateIncorporatedBusinessSchema },
} as const;

const TYPE_NAMES: Record<PaybaseCustomerType, string> = { individual: 'individual', soleTrader: 'sole trader', organisation: 'organisation', incorporatedBusiness: 'incorporated business' };

/** Answers one matched customer endpoint against the sandbox state. */
export async function routeCustomerRequest(sandbox: PaybaseSandbox, match: EndpointMatch, request: Request): Promise<Response> {
  const { name, parameters } = match;
  const stamp = () => sandbox.now().toISOString();
  const shape = (record: MockCustomerRecord) => (sandbox.options.customerShape === 'wrapped' ? { type: record.type, [record.type]: record.customer } : { ...record.customer, type: record.type });
  const parsed = request.method === 'GET' ? { ok: true as const, body: undefined } : await readBody(request);
  if (!parsed.ok) return parsed.response;
  const body = parsed.body;

  const [, typeName, action] = name.split('.') as [string, string, string | undefined];
  if (typeName in SCHEMAS && action !== undefined) {
    const type = typeName as PaybaseCustomerType;
    if (action === 'create') {
      const valid = validate(SCHEMAS[type].create, body);
      if (!valid.ok) return valid.response;
      const input = valid.value as CreateBody;
      const duplicate = sandbox.customers.find((record) =>
        type === 'incorporatedBusiness'
          ? record.customer.companyNumber === input.companyNumber
          : (type === 'individual' || type === 'soleTrader') && record.type === type && record.customer.profile.email === input.profile.email,
      );
      if (duplicate) return problem(409, `A ${TYPE_NAMES[type]} customer with these details already exists.`);
      const uuid = randomUuid();
      const customer = newCustomer(type, uuid, `PB${sandbox.customers.nextId()}`, input, stamp(), sandbox.options.targetCDDLevel);
      sandbox.customers.insert(uuid, { type, customer });
      return Response.json(customer, { status: 201 });
    }
    const record = sandbox.customers.get(parameters.id!);
    if (!record || record.type !== type) return problem(404, `No ${TYPE_NAMES[type]} customer has this id.`);
    if (action === 'retrieve') return Response.json(record.customer);
    const valid = validate(SCHEMAS[type].update, body);
    if (!valid.ok) return valid.response;
    return save(sandbox, { type, customer: applyUpdate(record.customer, valid.value as Parameters<typeof applyUpdate>[1], stamp()) });
  }

  if (name === 'customers.list') {
    const url = new URL(request.url);
    const filtered = filterCustomers(sandbox.customers.all(), url.searchParams.get('query'), url.searchParams.getAll('id'));
    if (!filtered.ok) return problem(400, filtered.message);
    return Response.json({ results: filtered.records.map(shape) });
  }

  const record = sandbox.customers.get(parameters.id!);
  if (!record) return problem(404, 'No customer has this id.');
  const customer = record.customer;

  switch (name) {
    case 'customers.retrieve':
      return Response.json(shape(record));
    case 'customers.transition': {
      const valid = validate(transitionSchema, body);
      if (!valid.ok) return valid.response;
      const move = valid.value;
      if (move.fromStateId !== undefined && move.fromStateId !== customer.stateId) {
        return problem(409, `The customer is in state ${customer.stateId}, not ${move.fromStateId}.`);
      }
      try {
        assertPlatformMove(customer.stateId, move.toStateId, { allowUnconfirmedMove: sandbox.options.allowUnconfirmedMoves });
      } catch {
        return problem(409, `A customer cannot be moved from ${customer.stateId} to ${move.toStateId}.`);
      }
      const previousStateId = customer.stateId;
      customer.stateId = move.toStateId;
      Object.assign(customer.annotations, move.annotations);
      customer.tags = [...new Set([...customer.tags, ...(move.tags ?? [])])];
      customer.updatedAt = stamp();
      if (move.toStateId === 'ENABLED') customer.activeAt = customer.updatedAt;
      const response = save(sandbox, record);
      sandbox.webhooks.emit({ type: 'customer_state_changed', previousStateId, data: customer });
      return response;
    }
    case 'customers.annotate': {
      const valid = validate(annotateSchema, body);
      if (!valid.ok) return valid.response;
      Object.assign(customer.annotations, valid.value.annotations);
      return touchAndSave(sandbox, record, stamp());
    }
    case 'customers.deleteAnnotations': {
      const valid = validate(deleteAnnotationsSchema, body);
      if (!valid.ok) return valid.response;
      for (const key of valid.value.keys) delete customer.annotations[key];
      return touchAndSave(sandbox, record, stamp());
    }
    case 'customers.tag':
    case 'customers.untag': {
      const valid = validate(tagsSchema, body);
      if (!valid.ok) return valid.response;
      const listed = new Set(valid.value.tags);
      customer.tags = name === 'customers.tag' ? [...new Set([...customer.tags, ...listed])] : customer.tags.filter((tag) => !listed.has(tag));
      return touchAndSave(sandbox, record, stamp());
    }
    case 'customers.touch': {
      const before = customer.cddLevel;
      customer.cddLevel = customer.targetCDDLevel;
      const response = touchAndSave(sandbox, record, stamp());
      if (before !== customer.cddLevel) sandbox.webhooks.emit({ type: 'customer_cdd_level_changed', data: customer });
      return response;
    }
    case 'customers.createAuthenticationToken':
      return createToken(sandbox, customer, body);
    default:
      return routeBusinessPerson(sandbox, name, record, parameters.personId, body, stamp());
  }
}

function save(sandbox: PaybaseSandbox, record: MockCustomerRecord): Response {
  sandbox.customers.update(customerUuid(record.customer.id), record);
  return Response.json(record.customer);
}

function touchAndSave(sandbox: PaybaseSandbox, record: MockCustomerRecord, now: string): Response {
  record.customer.updatedAt = now;
  return save(sandbox, record);
}

function routeBusinessPerson(sandbox: PaybaseSandbox, name: string, record: MockCustomerRecord, personId: string | undefined, body: unknown, now: string): Response {
  const customer: MockCustomer = record.customer;
  if (record.type !== 'incorporatedBusiness' || !customer.businessPersons) return problem(400, 'Business persons exist only on incorporated businesses.');
  const persons = customer.businessPersons;
  if (name === 'customers.businessPersons.add') {
    const valid = validate(addBusinessPersonSchema, body);
    if (!valid.ok) return valid.response;
    const person = { id: `business-person/${randomUuid()}`, customerId: customer.id, profile: valid.value.profile };
    persons.push(person);
    customer.updatedAt = now;
    sandbox.customers.update(customerUuid(customer.id), record);
    return Response.json(person, { status: 201 });
  }
  const index = persons.findIndex((person) => personUuid(person.id) === personId);
  if (index < 0) return problem(404, 'No business person has this id on this customer.');
  if (name === 'customers.businessPersons.retrieve') return Response.json(persons[index]);
  if (name === 'customers.businessPersons.delete') {
    persons.splice(index, 1);
    sandbox.customers.update(customerUuid(customer.id), record);
    return new Response(null, { status: 204 });
  }
  const valid = validate(updateBusinessPersonSchema, body);
  if (!valid.ok) return valid.response;
  const person = persons[index]!;
  Object.assign(person.profile, valid.value.profile);
  sandbox.customers.update(customerUuid(customer.id), record);
  return Response.json(person);
}
