// Everything both runtime entries export, except `createSgate` (bound to a different RSA engine in each).

export type { SgateClient } from './sgate-client.js';
export type { SgateKeyInput, SgateOptions } from './sgate-options.js';
export { SGATE_HOSTS, SGATE_PATHS, SGATE_SERVICE_ROOT } from './sgate-paths.js';
export type { SgateEnvironment, SgatePathName } from './sgate-paths.js';

// Errors (core's error family is re-exported so one import is enough)
export { ClienteleError, isClienteleError, TransitionError, ValidationError } from '@clientele/core';
export type { ErrorKind } from '@clientele/core';
export { SgateApiError } from './sgate-failure.js';
export { SGATE_CODES, UNKNOWN_CODE_RULE, sgateCodeRule } from './sgate-errors.js';
export type { SgateCodeRule } from './sgate-errors.js';

// Customers
export type { CustomersResource, SgateReadOptions } from './resources/customers.js';
export type { UploadPhotoParams } from './resources/customer-photo.js';
export { MAX_PHOTO_BYTES, detectImageType } from './image-type.js';
export { customerSchema } from './schemas/customer.js';
export type { SgateCustomer } from './schemas/customer.js';
export { createCustomerSchema, updateCustomerSchema } from './schemas/customer-input.js';
export type { CreateCustomerParams, SubmitStcOtpParams, UpdateCustomerParams } from './schemas/customer-input.js';
export type { ListCustomersParams } from './schemas/customer-query.js';
export type { CustomerReference } from './schemas/customer-reference.js';
export { CARD_NUMBER_PATTERN, IBAN_PATTERN, STC_ACCOUNT_PATTERN, canonicalStcAccount, isCiphertextShape } from './sgate-patterns.js';

// Lifecycle and unified view
export { SGATE_CUSTOMER_STATUSES, sgateCustomerLifecycle, sgateCustomerState, sgateCustomerStatus } from './sgate-lifecycle.js';
export type { SgateCustomerState, SgateCustomerStatus } from './sgate-lifecycle.js';
export { sgateStatusMapping, toUnifiedCustomer } from './sgate-unified.js';

// Callbacks
export type { SgateCallbackEvent, VerifyCallbackInput, WebhooksResource } from './sgate-webhooks.js';
export { payoutOrderSchema } from './schemas/payout.js';
export type { SgatePayoutOrder } from './schemas/payout.js';
