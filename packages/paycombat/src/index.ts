// @clientele/paycombat: public exports only. Everything not exported here may change without notice.

// Client
export { createPaycombat } from './paycombat-client.js';
export type { PaycombatClient } from './paycombat-client.js';
export { PAYCOMBAT_BASE_URL } from './paycombat-options.js';
export type { PaycombatEmptyBody, PaycombatEnvironment, PaycombatOptions } from './paycombat-options.js';
export { PAYCOMBAT_PATHS, PAYCOMBAT_PATH_CONFIDENCE } from './paycombat-paths.js';
export type { PaycombatPaths } from './paycombat-paths.js';
export { PAYCOMBAT_VERSION } from './paycombat-version.js';

// Resources and their types
export type { CustomersResource } from './resources/customers.js';
export type { CustomerPage } from './resources/customer-list.js';
export type {
  Clearable,
  CompanyParams,
  CompanyUpdateParams,
  CreateCompanyParams,
  CreateCustomerParams,
  CreateIndividualParams,
  ListCustomersParams,
  PersonParams,
  PersonUpdateParams,
  UpdateCustomerParams,
} from './schemas/customer-params.js';
export type {
  CompanyResponse,
  Customer,
  CustomerReviewStatus,
  CustomerType,
  DeletedCustomer,
  GcaActivationStatus,
  PersonResponse,
  WalletReadiness,
} from './schemas/customer-types.js';
export { IDENTIFICATION_TYPES, isBirthDate, isCountryCode } from './schemas/field-rules.js';
export type { IdentificationType } from './schemas/field-rules.js';

// Signing, envelopes and errors
export { serializeBody, signBody, verifyBodySignature } from './paycombat-signer.js';
export { unwrapEnvelope } from './paycombat-envelope.js';
export type { EnvelopeMeta, Unwrapped } from './paycombat-envelope.js';
export { PAYCOMBAT_MESSAGE_PATTERNS, PAYCOMBAT_STATUS_RULES, PAYCOMBAT_STATUS_TEXTS } from './paycombat-errors.js';
export type { PaycombatErrorRule } from './paycombat-errors.js';

// Lifecycle and unified view
export { customerLifecycle, customerState, gcaLifecycle, paycombatLifecycles, reviewLifecycle, walletReadinessLifecycle, walletReadinessState } from './paycombat-lifecycle.js';
export type { CustomerState, WalletReadinessState } from './paycombat-lifecycle.js';
export { paycombatCustomerStatus, paycombatStatusMapping, toUnifiedCustomer } from './paycombat-unified.js';
export type { PaycombatCustomerStatus, ToUnifiedOptions } from './paycombat-unified.js';

// Webhooks
export { WEBHOOK_SIGNATURE_HEADER, parseWebhook, verifyWebhook } from './paycombat-webhooks.js';
export type { VerifiedWebhookEvent, VerifyWebhookOptions } from './paycombat-webhooks.js';
export type { EventBase, PayinPayload, PaycombatWebhookEvent, PaycombatWebhookEventName, PayoutPayload, VaRegisterPayload } from './schemas/webhook-events.js';

// Errors are core's: switch on `error.kind`.
export { ClienteleError, TransitionError, ValidationError, isClienteleError } from '@clientele/core';
export type { ErrorKind, RequestOptions } from '@clientele/core';
