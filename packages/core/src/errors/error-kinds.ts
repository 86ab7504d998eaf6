/**
 * Every error the SDK throws has one of these kinds. Switch on `error.kind` rather than on classes:
 * it survives bundling, realms and two copies of the package.
 *
 * | kind | meaning | retried automatically |
 * | --- | --- | --- |
 * | `validation` | input rejected before sending, or the provider rejected a field | no |
 * | `configuration` | the client was built with bad options or keys | no |
 * | `authentication` | credentials missing, wrong or expired | no |
 * | `permission` | credentials valid but not allowed (IP allowlist, scope) | no |
 * | `not_found` | the resource does not exist | no |
 * | `conflict` | duplicate, or an idempotency key reused with another request | no |
 * | `rate_limited` | the provider asked us to slow down | yes, honouring `Retry-After` |
 * | `server` | the provider failed (5xx or an equivalent code) | if the request is safe to repeat |
 * | `network` | no response arrived | if the request is safe to repeat |
 * | `timeout` | an attempt took longer than `timeout` | if the request is safe to repeat |
 * | `aborted` | the caller's `AbortSignal` fired | never |
 * | `signature` | a response, callback or webhook signature did not verify | no |
 * | `transition` | a lifecycle move that the customer's state does not allow | no |
 * | `invalid_response` | the provider answered something the SDK cannot read | no |
 */
export const ERROR_KINDS = [
  'validation',
  'configuration',
  'authentication',
  'permission',
  'not_found',
  'conflict',
  'rate_limited',
  'server',
  'network',
  'timeout',
  'aborted',
  'signature',
  'transition',
  'invalid_response',
] as const;

/** The `kind` discriminator of {@link ClienteleError}. */
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Kinds that describe a transient condition; whether a given request is repeated also depends on its safety. */
export const TRANSIENT_ERROR_KINDS: ReadonlySet<ErrorKind> = new Set(['rate_limited', 'server', 'network', 'timeout']);
