import type { MockCustomerRecord } from './mock-records.js';

/**
 * The mock's stand-in for PQL, whose grammar is not public: clauses joined by `AND`, each
 * `<field> = "<value>"` (fields `stateId`, `cddLevel`, `targetCDDLevel`, `roleId`, `annotations.<key>`,
 * `profile.<key>`) or `tags CONTAINS "<value>"`. Values are double-quoted with backslash escapes.
 */
const CLAUSE = /^\s*([A-Za-z][\w.]*)\s*(=|CONTAINS)\s*"((?:[^"\\]|\\.)*)"\s*$/i;

type Filter = (record: MockCustomerRecord) => boolean;

function parseQuery(query: string): Filter[] | string {
  const filters: Filter[] = [];
  for (const clause of query.split(/\s+AND\s+/i)) {
    const match = CLAUSE.exec(clause);
    if (!match) return `The mock understands only clauses like stateId = "ENABLED" or tags CONTAINS "vip", joined by AND.`;
    const [, field = '', operator = '', quoted = ''] = match;
    const value = quoted.replace(/\\(.)/g, '$1');
    if (operator.toUpperCase() === 'CONTAINS') {
      if (field !== 'tags') return 'The mock supports CONTAINS only on tags.';
      filters.push((record) => record.customer.tags.includes(value));
      continue;
    }
    const [head, key] = field.split('.', 2) as [string, string | undefined];
    if (key !== undefined && head === 'annotations') filters.push((record) => record.customer.annotations[key] === value);
    else if (key !== undefined && head === 'profile') filters.push((record) => record.customer.profile[key] === value);
    else if (['stateId', 'cddLevel', 'targetCDDLevel', 'roleId'].includes(field)) filters.push((record) => (record.customer as unknown as Record<string, unknown>)[field] === value);
    else return `The mock cannot filter on ${field}.`;
  }
  return filters;
}

/** The records a list request returns: filtered by PQL subset and by `id` parameters (full or bare ids). */
export function filterCustomers(records: MockCustomerRecord[], query: string | null, ids: string[]): { ok: true; records: MockCustomerRecord[] } | { ok: false; message: string } {
  const filters = query ? parseQuery(query) : [];
  if (typeof filters === 'string') return { ok: false, message: filters };
  const wanted = new Set(ids.map((id) => (id.startsWith('customer/') ? id : `customer/${id}`)));
  return { ok: true, records: records.filter((record) => (wanted.size === 0 || wanted.has(record.customer.id)) && filters.every((filter) => filter(record))) };
}
