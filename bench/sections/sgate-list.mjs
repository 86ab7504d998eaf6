import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareInterleaved } from '../lib/compare-interleaved.mjs';
import { formatMilliseconds } from '../lib/format-report.mjs';
import { startLoopbackServer } from '../lib/loopback-server.mjs';
import { importEntry, root } from '../lib/resolve-entry.mjs';
import { rawDecryptField } from '../lib/sgate-raw-crypto.mjs';
import { sgateSignedHeaders, sgateVerify } from '../lib/sgate-wire.mjs';
import { sgateClient, sgateKeys } from '../providers/sgate.mjs';

const ROUTES = new URL('../routes/sgate-routes.mjs', import.meta.url);
const API_KEY = 'bench-sgate-api-key';
const PAGE_SIZE = 100;
const LIST_URL = `/openApi/v1/payee/custom/list?pageno=1&pagesize=${PAGE_SIZE}`;
/** How a caller lists customers without decrypting them (`CustomersResource.list`'s read options). */
const SKIP_LABEL = '`list(params, { decrypt: false })`';

/**
 * One SGATE list page of 100 customers whose five sensitive fields are all set (500 RSA decryptions): the SDK
 * (Node entry, node:crypto) against the same page fetched, verified and decrypted by hand; the same page
 * without decryption; and the pure-JS engine of the default (browser/edge) entry.
 */
export default async function run(context) {
  const section = { id: 'sgate-list', title: `SGATE list page: ${PAGE_SIZE} customers with every sensitive field`, rows: [], notes: [] };
  const keys = sgateKeys();
  const server = await startLoopbackServer([
    { module: ROUTES, options: { apiKey: API_KEY, systemPrivateKeyPem: keys.system.privatePem, merchantPublicKeyPem: keys.merchant.publicPem, total: PAGE_SIZE, listSensitive: true } },
  ]);
  try {
    const client = await sgateClient(keys, server.url);
    const firstPage = async (sdk, readOptions = undefined) => {
      for await (const page of sdk.customers.list({ pagesize: PAGE_SIZE }, readOptions).pages()) return page.items;
      return [];
    };
    const merchantPrivate = createPrivateKey(keys.merchant.privatePem);
    const systemPublic = createPublicKey(keys.system.publicPem);
    const handWritten = (decrypt) => async () => {
      const headers = sgateSignedHeaders(merchantPrivate, { apiKey: API_KEY, url: LIST_URL, method: 'GET', body: '' });
      const response = await fetch(server.url + LIST_URL, { headers: { ...headers, accept: 'application/json', 'user-agent': 'hand-written/1.0' } });
      const text = await response.text();
      const signed = { apiKey: API_KEY, timestamp: Number(response.headers.get('v-timestamp')), nonce: response.headers.get('v-nonce-str'), url: LIST_URL, method: 'GET', body: text };
      if (!sgateVerify(systemPublic, signed, response.headers.get('v-signature'))) throw new Error('signature does not verify');
      const envelope = JSON.parse(text);
      if (envelope.code !== 200) throw new Error(`SGATE error ${envelope.code}`);
      if (decrypt) for (const customer of envelope.data) for (const field of envelope.sensitiveFields) if (customer[field]) customer[field] = rawDecryptField(merchantPrivate, customer[field]);
      return envelope.data;
    };

    // Correctness: the SDK decrypts what the hand-written code decrypts.
    const [ours, theirs] = [await firstPage(client), await handWritten(true)()];
    if (ours.length !== PAGE_SIZE || ours[7].cardno !== theirs[7].cardno || ours[7].identitypic !== theirs[7].identitypic) throw new Error('the SDK and the hand-written page disagree');

    // The documented opt-out (packages/sgate/src/resources/customers.ts): it must really leave the fields
    // encrypted (a 2048-bit RSA block is 344 base64 characters).
    const skipDecryption = () => firstPage(client, { decrypt: false });
    const stillEncrypted = await skipDecryption();
    const skips = stillEncrypted.length > 0 && typeof stillEncrypted[0].cardno === 'string' && stillEncrypted[0].cardno.length >= 344;
    const variants = [
      { name: 'baseline', label: 'hand-written node:crypto', call: handWritten(true) },
      { name: 'clientele', label: '@clientele/sgate (Node entry)', call: () => firstPage(client) },
      { name: 'plain', label: 'hand-written, no decryption', call: handWritten(false) },
      ...(skips ? [{ name: 'skip', label: `@clientele/sgate, ${SKIP_LABEL}`, call: skipDecryption }] : []),
    ];
    const { summary, ratios } = await compareInterleaved(variants, { rounds: context.quick ? 4 : 10, blockSize: 1, warmupBlocks: 1 });
    section.rows.push(
      {
        measurement: 'Fetch, verify and decrypt the page — @clientele/sgate (Node entry, node:crypto)',
        figure: formatMilliseconds(summary.clientele.median / 1000),
        baseline: `hand-written ${formatMilliseconds(summary.baseline.median / 1000)}`,
        ratio: ratios.clientele,
        status: 'info',
      },
      {
        measurement: '… of which decryption (500 fields), hand-written',
        figure: formatMilliseconds((summary.baseline.median - summary.plain.median) / 1000),
        baseline: `page without decryption ${formatMilliseconds(summary.plain.median / 1000)}`,
        status: 'info',
      },
    );
    if (skips) {
      const guide = join(root, 'docs', 'providers', 'sgate.md');
      const documented = existsSync(guide) && readFileSync(guide, 'utf8').includes('decrypt: false');
      section.rows.push({
        measurement: `Same page, sensitive fields left encrypted — @clientele/sgate ${SKIP_LABEL}`,
        figure: formatMilliseconds(summary.skip.median / 1000),
        baseline: `hand-written, no decryption ${formatMilliseconds(summary.plain.median / 1000)}`,
        ratio: summary.skip.median / summary.plain.median,
        budget: 'documented opt-out',
        status: documented ? 'pass' : 'miss',
      });
      section.notes.push(
        documented
          ? `The opt-out is documented in docs/providers/sgate.md ("Reading without decrypting"); the response signature is still verified.`
          : 'The opt-out works but docs/providers/sgate.md does not mention `decrypt: false`.',
      );
    } else {
      section.rows.push({ measurement: 'Same page without paying for decryption — @clientele/sgate', figure: 'fields decrypted anyway', budget: 'documented opt-out', status: 'miss' });
      section.notes.push(`${SKIP_LABEL} returned the sensitive fields decrypted: the SGATE client offers no way to list customers without decrypting them.`);
    }

    // The pure-JS engine (browsers, edge runtimes) decrypts the same page: a few runs suffice at this cost.
    const { createSgate: createPureSgate } = await importEntry('sgate', '.', ['import', 'default']);
    const pureClient = createPureSgate({ apiKey: API_KEY, merchantPrivateKey: keys.merchant.privatePem, systemPublicKey: keys.system.publicPem, environment: 'sandbox', baseUrl: server.url });
    const pure = await compareInterleaved([{ name: 'baseline', call: handWritten(true) }, { name: 'pure', call: () => firstPage(pureClient) }], { rounds: context.quick ? 2 : 3, blockSize: 1, warmupBlocks: 0 });
    section.rows.push({
      measurement: 'Fetch, verify and decrypt the page — @clientele/sgate default entry (pure-JS engine, browsers/edge)',
      figure: formatMilliseconds(pure.summary.pure.median / 1000),
      baseline: `hand-written node:crypto ${formatMilliseconds(pure.summary.baseline.median / 1000)}`,
      ratio: pure.ratios.pure,
      status: 'info',
    });
  } finally {
    await server.close();
  }
  section.description = `A loopback SGATE server answers \`GET /payee/custom/list?pageno=1&pagesize=${PAGE_SIZE}\` with ${PAGE_SIZE} customers whose \`identity\`, \`identitypic\`, \`signpic\`, \`cardno\` and \`stcaccount\` are all encrypted (500 RSA blocks), signed. Each variant fetches the page, verifies its signature and (unless stated) decrypts every field; medians of interleaved runs.`;
  return section;
}
