/** One customer record as Payabli returns it (spec §5.2, PascalCase mostly). */
export function payabliRecord(index) {
  return {
    customerId: 1000 + index,
    customerNumber: `bench-${index}`,
    customerUsername: null,
    customerStatus: 1,
    Company: 'Bench Co',
    Firstname: 'Irene',
    Lastname: `Canizales ${index}`,
    Phone: '+15555550100',
    Email: `irene${index}@example.com`,
    Address: '145 Bishop Trail',
    Address1: 'Suite 2',
    City: 'Mountain City',
    State: 'TN',
    Zip: '37612',
    Country: 'US',
    ShippingAddress: '',
    ShippingAddress1: '',
    ShippingCity: '',
    ShippingState: '',
    ShippingZip: '',
    ShippingCountry: '',
    Balance: 0,
    TimeZone: -5,
    MFA: false,
    MFAMode: 0,
    snProvider: null,
    snIdentifier: null,
    snData: null,
    LastUpdated: '2026-11-01T10:00:00Z',
    Created: '2026-10-01T10:00:00Z',
    AdditionalFields: {},
    IdentifierFields: ['email'],
    Subscriptions: [],
    StoredMethods: [],
    customerSummary: null,
    PaypointLegalname: 'Bench Paypoint LLC',
    PaypointDbaname: 'Bench Paypoint',
    ParentOrgName: 'Bench Org',
    ParentOrgId: 123,
    PaypointEntryname: 'benchentry',
    pageidentifier: null,
    externalPaypointID: null,
    customerConsent: null,
    customerPortal: null,
  };
}

const UPDATE_RESPONSE = JSON.stringify({ isSuccess: true, responseCode: 1, responseData: ' ', responseText: 'Success', pageIdentifier: null });

/**
 * Loopback routes of a Payabli server under `/api`: `PUT /api/Customer/{id}` answers the E-generic success
 * envelope (spec §4.3); `GET /api/Query/customers/{entry}` serves `total` records by `fromRecord`/`limitRecord`
 * with a `Summary` (spec §4.5), pages made on demand.
 */
export default function createRoutes(options) {
  return (request) => {
    if (request.method === 'PUT' && request.pathname.startsWith('/api/Customer/')) return { body: UPDATE_RESPONSE };
    if (request.method === 'GET' && request.pathname.startsWith('/api/Query/customers/')) {
      const parameters = new URLSearchParams(request.query);
      const from = Number(parameters.get('fromRecord') ?? 0);
      const size = Number(parameters.get('limitRecord') ?? 20);
      const total = options.total ?? 0;
      const records = [];
      for (let index = from; index < Math.min(from + size, total); index++) records.push(payabliRecord(index));
      const summary = { pageIdentifier: null, pageSize: size, totalAmount: 0, totalNetAmount: 0, totalPages: Math.ceil(total / size), totalRecords: total };
      return { body: JSON.stringify({ Summary: summary, Records: records }) };
    }
    return undefined;
  };
}
