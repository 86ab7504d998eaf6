// Quick start shown in docs/index.md (`pnpm docs:generate` copies this file without these comment lines).
// quick-starts.node.test.ts runs it against @clientele/sgate/testing.
import { createSgate } from '@clientele/sgate';

const sgate = createSgate({
  apiKey: process.env.SGATE_API_KEY!,
  merchantPrivateKey: process.env.SGATE_MERCHANT_PRIVATE_KEY!, // PEM, or the base64 DER SGATE's dashboard shows
  systemPublicKey: process.env.SGATE_SYSTEM_PUBLIC_KEY!,
  environment: 'sandbox',
});

// Plaintext in, plaintext out: the SDK encrypts identity and account fields, signs every attempt and
// verifies SGATE's signature on the response before it decrypts anything.
const customer = await sgate.customers.create({
  mercustomid: 'payee-42', // your own id for the customer
  name_e: 'Sara Al-Qahtani',
  name_a: 'سارة القحطاني',
  identity: '1012345678',
  bankcode: '1174c',
  cardno: '5123450000000001',
  ibanaccount: 'SA0000000000000000000001',
});

console.log(customer.customid, customer.status); // status 4: incomplete until the ID photo is uploaded
