// Starts the payee service against SGATE's real sandbox (or production):
//   CLIENTELE_SGATE_API_KEY, CLIENTELE_SGATE_MERCHANT_PRIVATE_KEY, CLIENTELE_SGATE_SYSTEM_PUBLIC_KEY,
//   CLIENTELE_SGATE_ENVIRONMENT (sandbox | production, default sandbox), PORT (default 3000) and
//   CLIENTELE_SGATE_CALLBACK_PATH (default /sgate/callback).
// Compile it with your own tooling (tsc, tsx, esbuild); the example's test runs the same service against
// the SGATE mock.
import { createServer } from 'node:http';
import { createSgate } from '@clientele/sgate';
import { createPayeeService } from './payee-service.js';

const required = ['CLIENTELE_SGATE_API_KEY', 'CLIENTELE_SGATE_MERCHANT_PRIVATE_KEY', 'CLIENTELE_SGATE_SYSTEM_PUBLIC_KEY'];
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) throw new Error(`Set ${missing.join(', ')} to start the payee service.`);

const sgate = createSgate({
  apiKey: process.env.CLIENTELE_SGATE_API_KEY!,
  merchantPrivateKey: process.env.CLIENTELE_SGATE_MERCHANT_PRIVATE_KEY!,
  systemPublicKey: process.env.CLIENTELE_SGATE_SYSTEM_PUBLIC_KEY!,
  environment: process.env.CLIENTELE_SGATE_ENVIRONMENT === 'production' ? 'production' : 'sandbox',
});
const service = createPayeeService({ sgate, callbackPath: process.env.CLIENTELE_SGATE_CALLBACK_PATH, note: (message) => console.log(message) });
const port = Number(process.env.PORT ?? 3000);
createServer(service.listener).listen(port, () => console.log(`payee service listening on :${port}`));
