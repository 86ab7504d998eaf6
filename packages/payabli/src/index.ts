// @clientele/payabli: public exports only. Everything not exported here may change without notice.

export { createPayabli } from './payabli-client.js';
export type { PayabliClient } from './payabli-client.js';
export { PAYABLI_ENVIRONMENTS } from './payabli-options.js';
export type { PayabliEnvironment, PayabliOAuthOptions, PayabliOptions } from './payabli-options.js';
export { PAYABLI_PATHS } from './payabli-paths.js';
export type { PayabliPathName, PayabliPaths } from './payabli-paths.js';

// Resources
export type { CreateCustomerOptions, CustomersResource, UpdateCustomerOptions } from './resources/customers.js';
export type { CustomerListParams, CustomerSort } from './resources/customer-list.js';
export { CUSTOMER_FILTER_FIELDS } from './payabli-filters.js';
export type { CustomerFilterConditions, CustomerFilterField, CustomerFilters, CustomerFilterValue, FilterCondition, RawFilters } from './payabli-filters.js';

// Schemas and types
export { PAYABLI_CUSTOMER_STATUSES, customerDataSchema } from './schemas/customer-data.js';
export type { PayabliCustomerInput, PayabliCustomerStatus } from './schemas/customer-data.js';
export { customerRecordSchema } from './schemas/customer-record.js';
export type { PayabliCustomerRecord, PayabliStoredMethod } from './schemas/customer-record.js';
export type { PayabliResult } from './schemas/envelopes.js';

// Errors
export { PAYABLI_RESPONSE_CODES, PAYABLI_STATUS_RULES, PayabliError } from './payabli-errors.js';
export type { PayabliErrorDetails, PayabliStatusRule } from './payabli-errors.js';

// Lifecycle and unified view
export { PAYABLI_STATUS_CODES, customerState, payabliCustomerLifecycle } from './payabli-lifecycle.js';
export type { PayabliCustomerState } from './payabli-lifecycle.js';
export { payabliStatusMapping, toUnifiedCustomer } from './payabli-unified.js';

// Webhooks
export { PAYABLI_WEBHOOK_IPS, verifyWebhook } from './payabli-webhooks.js';
export type { PayabliWebhookEvent, VerifiedPayabliWebhook, VerifyWebhookOptions } from './payabli-webhooks.js';

// Re-exported from @clientele/core for convenience.
export { ClienteleError, TransitionError, ValidationError, isClienteleError } from '@clientele/core';
export type { ErrorKind, RequestOptions } from '@clientele/core';
