import { canonicalStcAccount } from '../sgate-patterns.js';

/** A sandbox review or payment outcome (spec §7). */
export type TestAccountResult = { customer: 'normal' | 'reject'; payment: 'transferred' | 'error' };

const result = (customer: TestAccountResult['customer'], payment: TestAccountResult['payment']): TestAccountResult => ({ customer, payment });

/**
 * SGATE's sandbox bank test accounts (spec §7.1), keyed by card number and by IBAN. Both IBAN variants
 * are listed: the 24-character Chinese one (canonical) and the English docs' 23-character typo.
 */
const BANK_TEST_ACCOUNTS: readonly { iban: string; enIban?: string; cardno: string; result: TestAccountResult }[] = [
  { iban: 'SA0000000000000000000001', enIban: 'SA000000000000000000001', cardno: '5123450000000001', result: result('normal', 'transferred') },
  { iban: 'SA0000000000000000000002', enIban: 'SA000000000000000000002', cardno: '5123450000000002', result: result('normal', 'transferred') },
  { iban: 'SA0020000000000000000021', cardno: '5123450000000021', result: result('normal', 'transferred') },
  { iban: 'SA0005000000000000000022', cardno: '5123450000000022', result: result('normal', 'transferred') },
  { iban: 'SA0000000000000000000003', enIban: 'SA000000000000000000003', cardno: '5123450000000003', result: result('normal', 'error') },
  { iban: 'SA0000000000000000000004', enIban: 'SA000000000000000000004', cardno: '5123450000000004', result: result('normal', 'error') },
  { iban: 'SA0080000000000000000023', cardno: '5123450000000023', result: result('normal', 'error') },
  { iban: 'SA0010000000000000000024', cardno: '5123450000000024', result: result('normal', 'error') },
  { iban: 'SA0000000000000000000005', cardno: '5123450000000005', result: result('reject', 'error') },
  { iban: 'SA0000000000000000000006', enIban: 'SA000000000000000000006', cardno: '5123450000000006', result: result('reject', 'error') },
  { iban: 'SA0015000000000000000025', cardno: '5123450000000025', result: result('reject', 'error') },
  { iban: 'SA0060000000000000000026', cardno: '5123450000000026', result: result('reject', 'error') },
];

/** SGATE's sandbox STCPay test accounts (spec §7.2), canonical 9-digit numbers. */
const STC_TEST_ACCOUNTS: Readonly<Record<string, TestAccountResult>> = {
  '512345678': result('normal', 'transferred'),
  '500000001': result('normal', 'transferred'),
  '510000001': result('normal', 'transferred'),
  '500000002': result('normal', 'error'),
  '500000003': result('normal', 'error'),
  '510000002': result('normal', 'error'),
  '510000003': result('normal', 'error'),
  '500000004': result('reject', 'error'),
  '500000005': result('reject', 'error'),
  '510000004': result('reject', 'error'),
  '510000005': result('reject', 'error'),
};

/** OTP test numbers (spec §7.3): no SMS, code always `123456`, fixed session id, never invalidated. */
export const OTP_TEST_NUMBERS: Readonly<Record<string, string>> = {
  '512345678': '10290d703f8254593ff93533f00af153',
  '500000001': 'a3f551d80f05a0e3e9056869fda18485',
  '500000002': 'e8cffbb22c2e09af7004c92b82a4275f',
  '500000003': '05121e9b019b6ac4bd938322dcaf73ef',
  '500000004': '9e1aac7c1f6719e12e3384ced6782887',
  '500000005': 'c6cfc53d34b2c93eaaa9d430397dead0',
};

/** The fixed code of the OTP test numbers. */
export const OTP_TEST_CODE = '123456';

/**
 * The sandbox review result for a customer's accounts, or `undefined` when none is a test account.
 * Matching is on card number or IBAN (either variant, any case), not on the bank code (spec §7.1, A20).
 * When a bank and an STCPay test account disagree, the mock picks "reject" (a mock assumption).
 */
export function testAccountResult(accounts: { cardno: string; ibanaccount: string; stcaccount: string }): TestAccountResult | undefined {
  const iban = accounts.ibanaccount.toUpperCase();
  const bank = BANK_TEST_ACCOUNTS.find((entry) => (accounts.cardno !== '' && entry.cardno === accounts.cardno) || (iban !== '' && (entry.iban === iban || entry.enIban === iban)))?.result;
  const stc = accounts.stcaccount === '' ? undefined : STC_TEST_ACCOUNTS[canonicalStcAccount(accounts.stcaccount)];
  if (bank && stc && bank.customer !== stc.customer) return result('reject', 'error');
  return bank ?? stc;
}

/** Saudi banks of `/payee/banks?country=SAU` (spec Appendix A), code → name. */
export const SAUDI_BANKS: Readonly<Record<string, string>> = {
  '114db': 'Saudi National Bank(SNB)',
  '11558': 'The Saudi British Bank',
  '115d5': 'Saudi Investment Bank',
  '11652': 'Alinma Bank',
  '116cf': 'Banque Saudi Fransi',
  '1174c': 'Riyad Bank',
  '11846': 'Saudi Awwal Bank(SAB)',
  '118c3': 'Al Rajhi Bank',
  '11940': 'Arab National Bank',
  '119bd': 'Bank AlBilad',
  '11a3a': 'Bank AlJazira',
  '11ab7': 'Gulf International Bank Saudi Aribia (GIB-SA)',
};
