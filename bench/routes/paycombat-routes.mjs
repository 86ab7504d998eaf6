/** One customer as Paycombat returns it (spec §7). */
export function paycombatCustomer(index) {
  const id = index.toString(16).padStart(32, '0');
  return {
    customer_id: `customer_${id}`,
    org_id: 'org_0123456789abcdef0123456789abcdef',
    type: 'individual',
    description: 'VIP customer',
    webhook_url: null,
    metadata: { tier: 'gold' },
    is_active: true,
    is_wallet_ready: true,
    organization_reference_id: `bench-${index}`,
    is_gca_enabled: false,
    gca_activation_status: 'NOT_STARTED',
    gca_activated_at: null,
    is_sender_validation_enabled: false,
    payin_sender_id_list: null,
    company_domain: null,
    individual: {
      first_name: 'Ada',
      last_name: `Lovelace ${index}`,
      dob: '1990-12-10',
      email: `ada${index}@example.com`,
      nationality: 'ID',
      country_of_residence: 'ID',
      address_line1: 'Jl. Sudirman 1',
      address_line2: null,
      address_city: 'Jakarta',
      address_state: 'DKI Jakarta',
      address_country: 'ID',
      address_zip_code: '10210',
      phone_country_code: '+62',
      phone_number: '85156781165',
      phone_number_e164: '+6285156781165',
      identification_type: 'NATIONAL_ID',
      identification_custom_type: null,
      identification_value: '3171234567890001',
    },
    created_by: 'api_access_key:AK_FINMO_SBX_BENCH',
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-22T10:00:00.000Z',
  };
}

/** Envelope F (Finmo's, spec §5), as the published Update Customer page shows it. */
function finmoEnvelope(data) {
  return JSON.stringify({ data, request_id: 'req_0123456789abcdef', request_time: '2026-11-22T10:00:00.000Z', status_code: 200, status_text: 'OK', success: true });
}

/**
 * Loopback routes of a Paycombat server: `PATCH /api/v1/customer/update` answers one customer in envelope F;
 * `GET /api/v1/customer/customer` serves `total` customers by `page`/`limit` in envelope P, pages made on demand.
 */
export default function createRoutes(options) {
  const updateBody = finmoEnvelope(paycombatCustomer(1));
  return (request) => {
    if (request.method === 'PATCH' && request.pathname === '/api/v1/customer/update') return { body: updateBody };
    if (request.method === 'GET' && request.pathname === '/api/v1/customer/customer') {
      const parameters = new URLSearchParams(request.query);
      const page = Number(parameters.get('page') ?? 1);
      const limit = Number(parameters.get('limit') ?? 50);
      const total = options.total ?? 0;
      const customers = [];
      for (let index = (page - 1) * limit; index < Math.min(page * limit, total); index++) customers.push(paycombatCustomer(index));
      return { body: JSON.stringify({ status: true, message: 'OK', data: { data: customers, total, page, limit, last_page: Math.ceil(total / limit) } }) };
    }
    return undefined;
  };
}
