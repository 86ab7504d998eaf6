import { ValidationError } from '@clientele/core';

/** Type prefixes accepted on business-person ids; the real prefix is unconfirmed (spec U4). */
const PERSON_PREFIXES = ['business-person/', 'businessPerson/', 'person/'] as const;

function invalid(field: string, message: string): never {
  throw new ValidationError({ provider: 'paybase', issues: [{ path: field, message }] });
}

function bare(id: unknown, field: string, prefixes: readonly string[], example: string): string {
  if (typeof id !== 'string' || id.trim() === '') invalid(field, `is required: ${example}`);
  const text = id as string;
  const prefix = prefixes.find((candidate) => text.startsWith(candidate));
  const rest = prefix ? text.slice(prefix.length) : text;
  if (rest === '' || /[/\s?#]/.test(rest) || rest === '.' || rest === '..') invalid(field, `must be ${example}`);
  return rest;
}

/**
 * The bare uuid of a customer id given as `customer/<uuid>` (as Paybase returns it) or `<uuid>`. Spec §3: path
 * placeholders take the bare uuid.
 *
 * @throws ValidationError naming `field` for an empty id or an id of another type (`account/…`).
 */
export function customerUuid(id: string, field = 'id'): string {
  return bare(id, field, ['customer/'], 'a customer id, "customer/<uuid>" or "<uuid>"');
}

/**
 * The bare uuid of a business person id given with or without a type prefix (`business-person/<uuid>`,
 * `person/<uuid>` or `<uuid>`; the real prefix is unconfirmed).
 */
export function personUuid(id: string, field = 'personId'): string {
  return bare(id, field, PERSON_PREFIXES, 'a business person id, "<uuid>" optionally with a type prefix such as "business-person/"');
}

/** `customer/<uuid>` for a customer id given in either form. */
export function fullCustomerId(id: string): string {
  return `customer/${customerUuid(id)}`;
}
