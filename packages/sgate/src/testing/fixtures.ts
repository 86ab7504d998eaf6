import type { CreateCustomerParams } from '../schemas/customer-input.js';

/**
 * Ready-made inputs for tests against the sandbox. The accounts are SGATE's sandbox test accounts
 * (spec §7), so reviews resolve by themselves once the ID photo is uploaded.
 */
export const sgateFixtures = Object.freeze({
  /** A bank-account customer whose review passes (Riyad Bank test account 1). */
  bankCustomer: (mercustomid = 'merchant-customer-1'): CreateCustomerParams => ({
    name_e: 'Sara Al-Qahtani',
    name_a: 'سارة القحطاني',
    mercustomid,
    identity: '1012345678',
    bankcode: '1174c',
    cardno: '5123450000000001',
    ibanaccount: 'SA0000000000000000000001',
  }),
  /** A bank-account customer whose review fails (Riyad Bank test account 5). */
  rejectedBankCustomer: (mercustomid = 'merchant-customer-2'): CreateCustomerParams => ({
    name_e: 'Omar Al-Harbi',
    name_a: 'عمر الحربي',
    mercustomid,
    identity: '1098765432',
    bankcode: '1174c',
    cardno: '5123450000000005',
    ibanaccount: 'SA0000000000000000000005',
  }),
  /** An STCPay customer with auto-approval: the OTP test number 512345678 (code 123456). */
  stcCustomer: (mercustomid = 'merchant-customer-3'): CreateCustomerParams => ({
    name_e: 'Lina Haddad',
    name_a: 'لينا حداد',
    mercustomid,
    identity: '2034567891',
    stcaccount: '0512345678',
    autoapproval: 1,
  }),
  /** A customer with no sandbox test account: stays pending until `sandbox.admin` reviews it. */
  plainCustomer: (mercustomid = 'merchant-customer-4'): CreateCustomerParams => ({
    name_e: 'Faisal Al-Dosari',
    name_a: 'فيصل الدوسري',
    mercustomid,
    identity: '1122334455',
    bankcode: '118c3',
    cardno: '6012345678901234',
    ibanaccount: 'SA4480000123456789012345',
  }),
  /** The smallest valid PNG (1×1 transparent pixel), 67 bytes: an ID or signature photo for tests. */
  pngPhoto: (): Uint8Array<ArrayBuffer> =>
    Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06,
      0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d,
      0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ]),
  /** A tiny JPEG-signature file, different from `pngPhoto` (the sandbox checks only the signature bytes). */
  jpegPhoto: (): Uint8Array<ArrayBuffer> => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
});
