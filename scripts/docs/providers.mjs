// The one list the docs generator reads: which packages document what. Adding a provider is one
// entry here; every export named below must exist (the generator fails loudly when one is renamed).
//
// - lifecycles: exports built with core's defineLifecycle (one or more per provider)
// - statusMappings: exports built with core's defineStatusMapping (provider status → unified status)
// - statusCodes (optional): the export pairing lifecycle states with the provider's status codes, keyed
//   by `'code'` (`{ 0: 'pending' }`) or by `'state'` (`{ pending: 0 }`)
// - errorTables: `shape: 'rules'` (default) is `Record<code, { kind, retry?, retryable?, maxRetries?,
//   meaning?, advice? }>`; `'map'` is `Record<key, value>`; `'pairs'` is `[key, value][]` (e.g. patterns)

/** Core's package name; the generator reads error kinds, retry rules, defaults and the unified statuses from it. */
export const CORE_PACKAGE = '@clientele/core';

/**
 * The provider packages, in the order the docs list them. A provider appears in the generated docs
 * once it is listed here.
 */
export const PROVIDERS = [
  {
    id: 'sgate',
    title: 'SGATE',
    packageName: '@clientele/sgate',
    lifecycles: ['sgateCustomerLifecycle'],
    statusCodes: { exportName: 'SGATE_CUSTOMER_STATUSES', keyedBy: 'code' },
    statusMappings: ['sgateStatusMapping'],
    errorTables: [{ exportName: 'SGATE_CODES', title: 'SGATE status codes (spec §6)', keyLabel: 'code' }],
  },
  {
    id: 'paycombat',
    title: 'Paycombat',
    packageName: '@clientele/paycombat',
    lifecycles: ['customerLifecycle', 'walletReadinessLifecycle', 'gcaLifecycle', 'reviewLifecycle'],
    statusMappings: ['paycombatStatusMapping'],
    errorTables: [
      { exportName: 'PAYCOMBAT_STATUS_RULES', title: 'HTTP statuses and Finmo `status_code`s (spec §6)', keyLabel: 'status' },
      { exportName: 'PAYCOMBAT_STATUS_TEXTS', title: 'Finmo `status_text` of an HTTP 200 with `success: false`', keyLabel: 'status_text', shape: 'map', valueLabel: 'read as status' },
      { exportName: 'PAYCOMBAT_MESSAGE_PATTERNS', title: 'Messages of a `status: false` answer without a code (first match wins)', keyLabel: 'message matches', shape: 'pairs', valueLabel: 'read as status' },
    ],
  },
  {
    id: 'paybase',
    title: 'Paybase',
    packageName: '@clientele/paybase',
    lifecycles: ['paybaseCustomerLifecycle'],
    statusMappings: ['paybaseStatusMapping'],
    errorTables: [
      { exportName: 'PAYBASE_ERROR_CODES', title: 'Paybase error codes (spec §6; a code wins over the HTTP status)', keyLabel: 'code' },
      { exportName: 'PAYBASE_STATUS_RULES', title: 'HTTP statuses (spec §6)', keyLabel: 'HTTP status' },
    ],
  },
  {
    id: 'payabli',
    title: 'Payabli',
    packageName: '@clientele/payabli',
    lifecycles: ['payabliCustomerLifecycle'],
    statusCodes: { exportName: 'PAYABLI_STATUS_CODES', keyedBy: 'state' },
    statusMappings: ['payabliStatusMapping'],
    errorTables: [
      { exportName: 'PAYABLI_STATUS_RULES', title: 'HTTP statuses (spec §3.3)', keyLabel: 'HTTP status' },
      { exportName: 'PAYABLI_RESPONSE_CODES', title: '`responseCode` values (spec §3.4)', keyLabel: 'responseCode' },
    ],
  },
];
