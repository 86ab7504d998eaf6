// @clientele/paybase: public exports only. Everything not exported here may change without notice.

// Errors (re-exported from core, so one import is enough)
export { ClienteleError, isClienteleError, TransitionError, ValidationError } from '@clientele/core';
export type { ErrorKind, ValidationIssue } from '@clientele/core';

// Client
export { createPaybase } from './paybase-client.js';
export type { PaybaseClient } from './paybase-client.js';
export type { PaybaseOptions, PaybaseRequestOptions } from './paybase-options.js';
export { PAYBASE_HOSTS } from './paybase-hosts.js';
export type { PaybaseEnvironment } from './paybase-hosts.js';
export { PAYBASE_ENDPOINTS } from './paybase-paths.js';
export type { PaybaseEndpoint, PaybaseEndpointName, PaybaseEndpoints, PaybaseEvidence, PaybasePathOverrides } from './paybase-paths.js';
export { PAYBASE_ERROR_CODES, PAYBASE_STATUS_RULES } from './paybase-errors.js';
export type { PaybaseErrorRule } from './paybase-errors.js';
export { customerUuid, fullCustomerId } from './paybase-ids.js';

// Resources
export type { CustomersResource, PaybaseTransitionOptions } from './resources/customers.js';
export type { CustomerTypeResource } from './resources/customer-type-resource.js';
export type { BusinessPersonsResource } from './resources/business-persons.js';
export type { PaybaseAuthenticationToken, PaybaseScaRequirements } from './resources/authentication-token.js';

// Customers
export { ACCOUNT_PURPOSES } from './schemas/shared-inputs.js';
export type { PaybaseAccountPurpose } from './schemas/shared-inputs.js';
export { PAYBASE_CDD_LEVELS, PAYBASE_CUSTOMER_STATES, PAYBASE_CUSTOMER_TYPES } from './schemas/customer-response.js';
export type {
  PaybaseBusinessPerson,
  PaybaseCddLevel,
  PaybaseCustomer,
  PaybaseCustomerByType,
  PaybaseCustomerState,
  PaybaseCustomerType,
  PaybaseIncorporatedBusinessCustomer,
  PaybaseIndividualCustomer,
  PaybaseOrganisationCustomer,
  PaybaseSoleTraderCustomer,
} from './schemas/customer-response.js';
export { decodeCustomer, inferCustomerType } from './schemas/decode-customer.js';
export type { DecodeContext } from './schemas/decode-customer.js';
export type { CreateIndividualCustomerInput, UpdateIndividualCustomerInput } from './schemas/individual.js';
export type { CreateSoleTraderCustomerInput, UpdateSoleTraderCustomerInput } from './schemas/sole-trader.js';
export type { CreateOrganisationCustomerInput, UpdateOrganisationCustomerInput } from './schemas/organisation.js';
export type { CreateIncorporatedBusinessCustomerInput, UpdateIncorporatedBusinessCustomerInput } from './schemas/incorporated-business.js';
export type { AddBusinessPersonInput, UpdateBusinessPersonInput } from './schemas/business-person.js';
export type { CreateAuthenticationTokenInput, ListCustomersInput, PaybaseAttestation, TransitionCustomerInput } from './schemas/customer-actions.js';

// Lifecycle and unified view
export { assertPlatformMove, isRuledOutForPlatform, paybaseCustomerLifecycle } from './paybase-lifecycle.js';
export { paybaseStatusMapping, toUnifiedCustomer } from './paybase-unified.js';
export type { PaybaseUnifiedCustomer } from './paybase-unified.js';

// Webhooks
export {
  isCustomerEvent,
  isHandshake,
  parseWebhook,
  PAYBASE_SIGNATURE_HEADER,
  PAYBASE_WEBHOOK_EVENT_TYPES,
  verifyWebhook,
  webhookDeduplicationKey,
  webhookResource,
} from './paybase-webhooks.js';
export type { PaybaseHandshakeEvent, PaybaseWebhookEvent, VerifyWebhookInput, WebhookHeaders, WebhookResource } from './paybase-webhooks.js';
export { importWebhookPublicKey } from './webhook-public-key.js';
export type { PaybaseWebhookPublicKey } from './webhook-public-key.js';
