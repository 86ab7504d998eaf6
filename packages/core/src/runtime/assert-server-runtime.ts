import { ClienteleError } from '../errors/clientele-error.js';

/** What {@link assertServerRuntime} needs to refuse a browser page with a message that says what to do. */
export interface ServerRuntimeCheck {
  /** Provider id, e.g. `'sgate'`; the factory named in the message is `create` + the capitalised id (`createSgate`). */
  provider: string;
  /** The client's `dangerouslyAllowBrowser` option: only `true` lets the client run in a browser page. */
  allow: boolean | undefined;
  /** The secrets the client holds, as a sentence subject, e.g. `'the Paybase API key'`. */
  credentials: string;
  /**
   * What to do instead, as one or more full sentences (e.g. the browser-safe entry to use).
   * @default 'Call <Provider> from your server instead.'
   */
  alternative?: string | undefined;
}

/**
 * True in a browser page: a `window` with a `document`. False in Node, Deno, Bun, edge runtimes
 * (Cloudflare Workers, Vercel Edge) and web workers, which have no page for a script to read secrets from.
 */
function isBrowserPage(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown };
  return typeof scope.window !== 'undefined' && typeof scope.document !== 'undefined';
}

/**
 * Refuses to build a client that holds server secrets in a browser page, where any script on the page (or
 * anyone with the developer tools) can read them, unless `allow` is `true` (`dangerouslyAllowBrowser`). Workers
 * and edge runtimes are not browser pages. The message names the factory, the secrets, the alternative and the
 * option; it never contains a secret.
 *
 * @throws ClienteleError of kind `'configuration'` in a browser page when `allow` is not `true`.
 */
export function assertServerRuntime(check: ServerRuntimeCheck): void {
  if (check.allow === true || !isBrowserPage()) return;
  const name = check.provider.charAt(0).toUpperCase() + check.provider.slice(1);
  const alternative = check.alternative ?? `Call ${name} from your server instead.`;
  throw new ClienteleError({
    kind: 'configuration',
    provider: check.provider,
    message:
      `create${name} is running in a browser page, where anyone can read the page's JavaScript: ${check.credentials} must stay on a server. ${alternative} ` +
      'If you really mean it (a local tool, a test page, or behind your own proxy), pass dangerouslyAllowBrowser: true.',
  });
}
