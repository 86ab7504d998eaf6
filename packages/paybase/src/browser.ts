/**
 * `@clientele/paybase/browser`: the key-free browser side. It takes a customer access token minted by your server,
 * builds the hosted card-capture URL and listens for the form's result with an origin allowlist. It never sees the
 * API key and does not load the server client, ky or zod.
 */
export { cardFormUrl, hostedBaseUrl, hostedOrigin } from './browser/card-form-url.js';
export type { CardFormUrlOptions, HostedPageOptions } from './browser/card-form-url.js';
export { parseCardFormMessage } from './browser/card-form-messages.js';
export type { CardFormError, CardFormErrorReason, CardFormResult, CardFormSuccess } from './browser/card-form-messages.js';
export { listenForCardForm } from './browser/listen-for-card-form.js';
export type { ListenForCardFormOptions } from './browser/listen-for-card-form.js';
export { mountCardForm } from './browser/mount-card-form.js';
export type { MountCardFormOptions, MountedCardForm } from './browser/mount-card-form.js';
export { PAYBASE_HOSTS } from './paybase-hosts.js';
export type { PaybaseEnvironment } from './paybase-hosts.js';
