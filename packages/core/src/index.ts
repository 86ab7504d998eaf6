// @clientele/core: public exports only. Everything not exported here may change without notice.

/**
 * The shared core of the Clientele provider SDKs: one request path on ky (validation, signing on every
 * attempt, provider-classified retries, `Retry-After`), {@link ClienteleError} and its kinds, strict input
 * validation and loose response parsing with zod/mini, schema-driven redaction, pagination, customer
 * lifecycles and the unified customer view, and WebCrypto helpers. Provider packages build on it; an
 * application usually imports only its error helpers (`isClienteleError`, `ClienteleError.isInstance`).
 *
 * @module
 */

// Errors
export { ClienteleError, isClienteleError, sanitizeCause } from './errors/clientele-error.js';
export type { ClienteleErrorOptions, SanitizedCause } from './errors/clientele-error.js';
export { ERROR_KINDS, TRANSIENT_ERROR_KINDS } from './errors/error-kinds.js';
export type { ErrorKind } from './errors/error-kinds.js';
export { TransitionError } from './errors/transition-error.js';
export { ValidationError } from './errors/validation-error.js';
export type { ValidationIssue } from './errors/validation-error.js';

// Transport
export { ApiPromise } from './transport/api-promise.js';
export type { ApiResult, RawResponse } from './transport/api-promise.js';
export { buildQuery, encodeRfc3986 } from './transport/build-query.js';
export type { QueryParameters, QueryValue } from './transport/build-query.js';
export { CLIENT_DEFAULTS } from './transport/client-options.js';
export type { BackoffOptions, ClientOptions, RequestOptions } from './transport/client-options.js';
export { createTransport } from './transport/create-transport.js';
export type { RequestSpec, Transport } from './transport/create-transport.js';
export { encodePath, fillPath } from './transport/encode-path.js';
export { errorKindForStatus } from './transport/http-error-kind.js';
export { ERROR_ADVICE, httpFailure } from './transport/http-failure.js';
export { joinUrl } from './transport/join-url.js';
export { readJson } from './transport/read-json.js';
export type { AttemptContext, HttpMethod, Interpretation, ProviderAdapter, ResponseContext } from './transport/request-hooks.js';
export { backoffDelay, isRepeatSafe, isUnprocessedNetworkError, mayRetry, retryClassForStatus, serverRetryDelay } from './transport/retry-policy.js';
export type { RetryClass } from './transport/retry-policy.js';

// Runtime checks
export { assertServerRuntime } from './runtime/assert-server-runtime.js';
export type { ServerRuntimeCheck } from './runtime/assert-server-runtime.js';

// Schemas
export { formatIssues, formatPath } from './schema/format-issues.js';
export { parseResponse } from './schema/parse-response.js';
export { sensitive, sensitiveMeta } from './schema/sensitive.js';
export type { SensitiveMeta } from './schema/sensitive.js';
export { sensitiveFields } from './schema/sensitive-paths.js';
export type { FieldPath, SensitiveField } from './schema/sensitive-paths.js';
export { validateInput } from './schema/validate-input.js';

// Redaction and logging
export { createRedactingLogger } from './redaction/logger.js';
export type { Logger, LogLevel, RedactingLoggerOptions } from './redaction/logger.js';
export { REDACTED, SENSITIVE_KEY_NAMES, isSensitiveKey, redact } from './redaction/redact.js';
export { DEFAULT_SENSITIVE_HEADERS, redactHeaders, redactUrl } from './redaction/redact-headers.js';
export { createSecretScrubber } from './redaction/scrub-secrets.js';
export type { SecretSource } from './redaction/scrub-secrets.js';

// Crypto helpers
export { base64Decode, base64Encode, base64UrlDecode, base64UrlEncode, concatBytes, hexDecode, hexEncode, utf8Decode, utf8Encode } from './crypto/encoding.js';
export { hmacSha256, hmacSha256Hex } from './crypto/hmac-sha256.js';
export { ALPHANUMERIC_ALPHABET, randomString, randomUuid } from './crypto/random.js';
export { sha256 } from './crypto/sha256.js';
export { timingSafeEqual } from './crypto/timing-safe-equal.js';

// Lifecycles and the unified customer view
export { defineLifecycle } from './lifecycle/define-lifecycle.js';
export type { Lifecycle, LifecycleDefinition, Transition, TransitionActor, TransitionDefinition, TransitionOptions } from './lifecycle/define-lifecycle.js';
export { toMermaid } from './lifecycle/to-mermaid.js';
export type { MermaidSource } from './lifecycle/to-mermaid.js';
export { UNIFIED_CUSTOMER_STATUSES, UNIFIED_STATUS_DESCRIPTIONS, defineStatusMapping, toDate } from './lifecycle/unified-customer.js';
export type { StatusMapping, UnifiedCustomer, UnifiedCustomerStatus } from './lifecycle/unified-customer.js';

// Pagination
export { DEFAULT_TO_ARRAY_MAX, Paginator, byOffset, byPageNumber, paginate } from './pagination/paginate.js';
export type { ByOffsetOptions, ByPageNumberOptions, NumberedPage, Page, PageContext, PageResult, PaginateOptions, ToArrayOptions } from './pagination/paginate.js';

// Keys: PEM, DER and RSA key parsing (used by SGATE's signer and encryptor and by webhook verifiers)
export { DER_TAG, derBitStringValue, derIntegerValue, derObjectIdentifierValue, derOctetStringValue, derSequenceChildren, encodeDer, encodeDerBitString, encodeDerInteger, encodeDerNull, encodeDerObjectIdentifier, encodeDerOctetString, encodeDerSequence, expectDerNull, readDer, readDerChildren } from './crypto/der.js';
export type { DerElement } from './crypto/der.js';
export { parsePem, parsePemBlocks, toPem } from './crypto/pem.js';
export type { PemBlock } from './crypto/pem.js';
export { parseRsaKey, rsaPublicKeyFromPrivate } from './crypto/rsa-key.js';
export type { ParseRsaKeyOptions, RsaKey, RsaKeyInput, RsaPrivateKey, RsaPublicKey } from './crypto/rsa-key.js';
