/** One individual customer as Paybase returns it (provider page "Update individual customer"). */
export function paybaseCustomer(index) {
  const uuid = `28958679-e8a8-47a8-967c-${index.toString(16).padStart(12, '0')}`;
  return {
    id: `customer/${uuid}`,
    shortId: `C${index}`,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    activeAt: '2026-11-01T10:05:00.000Z',
    stateId: 'ENABLED',
    cddLevel: 'ONE',
    targetCDDLevel: 'ONE',
    roleId: 'role/default',
    terms: { acceptedAt: '2019-03-07T15:24:27.697Z', revision: '1.0.0' },
    annotations: { source: 'bench' },
    tags: ['bench'],
    profile: {
      firstName: 'John',
      lastName: `Smith ${index}`,
      dob: '1990-01-01',
      email: `john${index}@example.com`,
      phoneNumber: '+447712345678',
      residentialAddress: { countryISO: 'GB', houseNameNumber: '1', street: 'High Street', townCity: 'London', postalCode: 'N1 1AA' },
      accountPurpose: 'SALARY',
    },
  };
}

/**
 * Loopback routes of a Paybase server: `PATCH /v1/customer/individual/{id}` answers one individual customer;
 * `GET /v1/customers` answers `{ results }` with `total` customers (Paybase documents no paging, spec §4.9).
 */
export default function createRoutes(options) {
  const updateBody = JSON.stringify(paybaseCustomer(1));
  return (request) => {
    if (request.method === 'PATCH' && request.pathname.startsWith('/v1/customer/individual/')) return { body: updateBody };
    if (request.method === 'GET' && request.pathname === '/v1/customers') {
      const results = [];
      for (let index = 0; index < (options.total ?? 0); index++) results.push(paybaseCustomer(index));
      return { body: JSON.stringify({ results }) };
    }
    return undefined;
  };
}
