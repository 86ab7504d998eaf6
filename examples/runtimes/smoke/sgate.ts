// Smoke script for @clientele/sgate's default entry (pure-JS RSA + MD5 outside Node): one create signs
// the request (MD5withRSA), encrypts `identity` and `cardno` (RSA PKCS#1 v1.5), verifies the signed
// response and decrypts the returned fields.
import { createSgate } from '@clientele/sgate';
import type { SmokeResult, SmokeSettings } from '../src/smoke-settings.js';

export default async function smoke(settings: SmokeSettings): Promise<SmokeResult> {
  const { apiKey, merchantPrivateKey, systemPublicKey } = settings.credentials;
  const sgate = createSgate({ apiKey: apiKey!, merchantPrivateKey: merchantPrivateKey!, systemPublicKey: systemPublicKey!, environment: 'sandbox', baseUrl: settings.baseUrl, maxRetries: 0 });
  const customer = await sgate.customers.create({
    name_e: 'Sara Al-Qahtani',
    name_a: 'سارة القحطاني',
    mercustomid: 'smoke-sgate-1',
    identity: '1012345678',
    bankcode: '1174c',
    cardno: '5123450000000001',
    ibanaccount: 'SA0000000000000000000001',
  });
  return { runtime: navigator.userAgent, summary: { mercustomid: customer.mercustomid, status: customer.status, identity: customer.identity, cardno: customer.cardno } };
}
