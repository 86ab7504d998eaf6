import { md5Hex } from '../rsa/md5.js';
import { detectImageType, MAX_PHOTO_BYTES } from '../image-type.js';
import { BANK_CODE_PATTERN, CARD_NUMBER_PATTERN, IBAN_PATTERN, OTP_CODE_PATTERN, STC_ACCOUNT_PATTERN, canonicalStcAccount } from '../sgate-patterns.js';
import { OTP_TEST_CODE, OTP_TEST_NUMBERS, testAccountResult } from './sandbox-accounts.js';
import { integerParameter, SandboxFailure, textParameter } from './sandbox-failure.js';
import { decryptFromMerchant, type SandboxProtocol, type SandboxResult } from './sandbox-protocol.js';
import { CUSTOMER_SENSITIVE_FIELDS, customerView, riyadhTime, type SandboxCustomer, type SandboxCustomers, type SandboxOtp } from './sandbox-store.js';

/** The sandbox state the customer endpoints work on. */
export interface SandboxRuntime {
  protocol: SandboxProtocol;
  customers: SandboxCustomers;
  /** STCPay OTP tasks by canonical number. */
  otps: Map<string, SandboxOtp>;
  /** Bank code → bank name. */
  banks: Readonly<Record<string, string>>;
  /** Where uploaded photos "live" (their URLs are returned encrypted). */
  fileBaseUrl: string;
  /** Called after every change of a customer's status (callbacks, auto-review). */
  statusChanged(before: SandboxCustomer, after: SandboxCustomer): void;
}

const customerResult = (customer: SandboxCustomer): SandboxResult => ({ data: customerView(customer), sensitive: CUSTOMER_SENSITIVE_FIELDS });

const OTP_LIFETIME_SECONDS = 300;
const OTP_INTERVAL_SECONDS = 60;

type Params = Record<string, unknown>;

/** The account fields of a request, decrypted and checked against SGATE's formats (1304, 1306, 1307). */
function accountFields(runtime: SandboxRuntime, params: Params): Partial<Pick<SandboxCustomer, 'bankcode' | 'cardno' | 'ibanaccount' | 'stcaccount' | 'identity'>> {
  const { protocol } = runtime;
  const identity = decryptFromMerchant(protocol, textParameter(params, 'identity', { max: 1024 }));
  const cardno = decryptFromMerchant(protocol, textParameter(params, 'cardno', { max: 1024 }));
  const stcaccount = decryptFromMerchant(protocol, textParameter(params, 'stcaccount', { max: 1024 }));
  const ibanaccount = textParameter(params, 'ibanaccount', { max: 34 });
  const bankcode = textParameter(params, 'bankcode', { max: 32 });
  if (identity !== undefined && [...identity].length > 64) throw new SandboxFailure(1103, 'Parameter validation failed: identity');
  if (cardno && !CARD_NUMBER_PATTERN.test(cardno)) throw new SandboxFailure(1304);
  if (ibanaccount && !IBAN_PATTERN.test(ibanaccount)) throw new SandboxFailure(1304);
  if (stcaccount && !STC_ACCOUNT_PATTERN.test(stcaccount)) throw new SandboxFailure(1307);
  if (bankcode && (!BANK_CODE_PATTERN.test(bankcode) || !(bankcode in runtime.banks))) throw new SandboxFailure(1306);
  const fields: ReturnType<typeof accountFields> = {};
  for (const [key, value] of Object.entries({ identity, cardno, stcaccount, ibanaccount, bankcode })) if (value !== undefined) fields[key as keyof typeof fields] = value;
  return fields;
}

/** At least one complete payout account (spec §4.2 tip, §5.2, A11): 1306 / 1304 / 1303. */
function assertAccount(customer: Pick<SandboxCustomer, 'bankcode' | 'cardno' | 'ibanaccount' | 'stcaccount'>): void {
  const bankParts = [customer.bankcode, customer.cardno, customer.ibanaccount].filter((value) => value !== '').length;
  if (bankParts > 0 && bankParts < 3) throw new SandboxFailure(customer.bankcode === '' ? 1306 : 1304);
  if (bankParts === 0 && customer.stcaccount === '') throw new SandboxFailure(1303);
}

function reference(params: Params): { customid?: string | undefined; mercustomid?: string | undefined } {
  const customid = textParameter(params, 'customid', { max: 64 }) || undefined;
  const mercustomid = textParameter(params, 'mercustomid', { max: 128 }) || undefined;
  if (customid === undefined && mercustomid === undefined) throw new SandboxFailure(1102, 'Missing parameter: customid or mercustomid');
  return { customid, mercustomid };
}

function existing(runtime: SandboxRuntime, params: Params): SandboxCustomer {
  const customer = runtime.customers.find(reference(params));
  if (!customer) throw new SandboxFailure(1101);
  return customer;
}

/**
 * Starts an STCPay OTP task (auto-approval on and a new STCPay number, spec §5.3). Within a minute of the
 * last send to the number, an explicit resend is 1611; an automatic send (create, update) is skipped.
 */
function sendOtp(runtime: SandboxRuntime, stcaccount: string, options: { explicit: boolean }): void {
  const number = canonicalStcAccount(stcaccount);
  const now = runtime.protocol.nowSeconds();
  const previous = runtime.otps.get(number);
  if (previous && now - previous.sentAt < OTP_INTERVAL_SECONDS) {
    if (options.explicit) throw new SandboxFailure(1611);
    return;
  }
  const code = number in OTP_TEST_NUMBERS ? OTP_TEST_CODE : String(crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000).padStart(6, '0');
  runtime.otps.set(number, { code, sentAt: now, expiresAt: now + OTP_LIFETIME_SECONDS });
}

/** Applies a change; a status change is reported to `statusChanged`. */
export function saveCustomer(runtime: SandboxRuntime, before: SandboxCustomer, patch: Partial<SandboxCustomer>): SandboxCustomer {
  const now = runtime.protocol.nowSeconds();
  const statusPatch = patch.status !== undefined && patch.status !== before.status ? { statusdesc: riyadhTime(now) } : {};
  const after = runtime.customers.update(before.customid, { ...statusPatch, ...patch, updated_at: now });
  if (after.status !== before.status) runtime.statusChanged(before, after);
  return after;
}

/** `POST /payee/custom/create` (spec §4.2): a new customer in status 4 (incomplete). */
export function createCustomer(runtime: SandboxRuntime, params: Params): SandboxResult {
  const name_e = textParameter(params, 'name_e', { max: 64, required: true })!;
  const name_a = textParameter(params, 'name_a', { max: 64, required: true })!;
  const mercustomid = textParameter(params, 'mercustomid', { max: 128, required: true })!;
  textParameter(params, 'identity', { max: 1024, required: true });
  const address = textParameter(params, 'address', { max: 255 }) ?? '';
  const swiftcode = textParameter(params, 'swiftcode', { max: 32 }) ?? '';
  const otpappname = textParameter(params, 'otpappname', { max: 32 }) ?? 'Clientele Test Merchant';
  const autoapproval = params.autoapproval ?? 0;
  if (autoapproval !== 0 && autoapproval !== 1) throw new SandboxFailure(1103, 'Parameter validation failed: autoapproval');
  const accounts = { bankcode: '', cardno: '', ibanaccount: '', stcaccount: '', ...accountFields(runtime, params) };
  assertAccount(accounts);
  if (runtime.customers.byMercustomid(mercustomid)) throw new SandboxFailure(1302);
  const now = runtime.protocol.nowSeconds();
  const customer: SandboxCustomer = {
    customid: runtime.customers.nextId(),
    mercustomid,
    name_e,
    name_a,
    identity: accounts.identity ?? '',
    identitypic: '',
    signpic: '',
    bankname: accounts.bankcode ? runtime.banks[accounts.bankcode] ?? '' : '',
    bankcode: accounts.bankcode,
    cardno: accounts.cardno,
    ibanaccount: accounts.ibanaccount,
    stcaccount: accounts.stcaccount,
    address,
    swiftcode,
    status: 4,
    statusdesc: riyadhTime(now),
    autoapproval,
    otpappname,
    demand_perfection: ['identitypic'],
    created_at: now,
    updated_at: now,
    stcVerified: false,
    photoMd5: {},
  };
  if (autoapproval === 1 && customer.stcaccount !== '') sendOtp(runtime, customer.stcaccount, { explicit: false });
  return customerResult(runtime.customers.insert(customer));
}

/**
 * `POST /payee/custom/update` (spec §4.5, §5.2): identical data changes nothing; changed data moves
 * 1 and 2 to 0, keeps 0, 3 and 4 (the diagram and the Chinese docs); only `otpappname` never moves it.
 */
export function updateCustomer(runtime: SandboxRuntime, params: Params): SandboxResult {
  const before = existing(runtime, params);
  const patch: Partial<SandboxCustomer> = {};
  const name_e = textParameter(params, 'name_e', { max: 64 });
  const name_a = textParameter(params, 'name_a', { max: 64 });
  if (name_e === '' || name_a === '') throw new SandboxFailure(1305);
  if (name_e !== undefined) patch.name_e = name_e;
  if (name_a !== undefined) patch.name_a = name_a;
  Object.assign(patch, accountFields(runtime, params));
  if (patch.identity === '') throw new SandboxFailure(1103, 'Parameter validation failed: identity');
  const otpappname = textParameter(params, 'otpappname', { max: 32 });
  const changed = Object.entries(patch).filter(([key, value]) => before[key as keyof SandboxCustomer] !== value);
  const after = { ...before, ...patch };
  assertAccount(after);
  if (patch.bankcode !== undefined) patch.bankname = patch.bankcode ? runtime.banks[patch.bankcode] ?? '' : '';
  if (otpappname !== undefined && otpappname !== before.otpappname) patch.otpappname = otpappname;
  if (changed.length === 0) {
    return customerResult(patch.otpappname === undefined ? before : saveCustomer(runtime, before, { otpappname: patch.otpappname }));
  }
  const stcChanged = patch.stcaccount !== undefined && patch.stcaccount !== before.stcaccount;
  if (stcChanged) {
    patch.stcVerified = false;
    if (before.autoapproval === 1 && patch.stcaccount !== '') sendOtp(runtime, patch.stcaccount!, { explicit: false });
  }
  if (before.status === 1 || before.status === 2) patch.status = 0;
  return customerResult(saveCustomer(runtime, before, patch));
}

/** `GET /payee/custom/detail` (spec §4.4). */
export function retrieveCustomer(runtime: SandboxRuntime, query: Params): SandboxResult {
  return customerResult(existing(runtime, query));
}

/** `GET /payee/custom/list` (spec §4.3): filters, 1-based pages, no totals. */
export function listCustomers(runtime: SandboxRuntime, query: Params): SandboxResult {
  const pageno = integerParameter(query, 'pageno', { min: 1, max: 1000 }) ?? 1;
  const pagesize = integerParameter(query, 'pagesize', { min: 1, max: 100 }) ?? 20;
  const starttime = integerParameter(query, 'starttime', { min: 0, max: Number.MAX_SAFE_INTEGER });
  const endtime = integerParameter(query, 'endtime', { min: 0, max: Number.MAX_SAFE_INTEGER });
  const status = integerParameter(query, 'status', { min: 0, max: 4 });
  const idList = (name: string) => textParameter(query, name, { max: 512 })?.split(',');
  const mercustomids = idList('mercustomids');
  const customids = idList('customids');
  const filters = accountFields(runtime, query);
  const nameFilter = textParameter(query, 'name_e', { max: 64 })?.toLowerCase();
  const matches = runtime.customers.all().filter((customer) => {
    if (status !== undefined && customer.status !== status) return false;
    if (starttime !== undefined && customer.created_at < starttime) return false;
    if (endtime !== undefined && customer.created_at > endtime) return false;
    if (mercustomids && !mercustomids.includes(customer.mercustomid)) return false;
    if (customids && !customids.includes(customer.customid)) return false;
    if (nameFilter && !customer.name_e.toLowerCase().includes(nameFilter)) return false;
    if (filters.identity && customer.identity !== filters.identity) return false;
    if (filters.cardno && customer.cardno !== filters.cardno) return false;
    if (filters.bankcode && customer.bankcode !== filters.bankcode) return false;
    if (filters.ibanaccount && customer.ibanaccount.toUpperCase() !== filters.ibanaccount.toUpperCase()) return false;
    if (filters.stcaccount && canonicalStcAccount(customer.stcaccount) !== canonicalStcAccount(filters.stcaccount)) return false;
    return true;
  });
  const page = matches.slice((pageno - 1) * pagesize, pageno * pagesize);
  return { data: page.map((customer) => customerView(customer)), sensitive: CUSTOMER_SENSITIVE_FIELDS };
}

/**
 * `POST /payee/custom/file` (spec §4.6): an image of at most 2048 KB with its MD5 (1501 on mismatch, 1500
 * for any other upload failure). A changed photo moves a customer that has an ID photo to 0 unless banned.
 */
export async function uploadCustomerFile(runtime: SandboxRuntime, form: FormData): Promise<SandboxResult> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const before = existing(runtime, { customid: field('customid'), mercustomid: field('mercustomid') });
  const type = field('type');
  const md5 = field('md5');
  const file = form.get('file');
  if (type === undefined || md5 === undefined || file === null || typeof file === 'string') throw new SandboxFailure(1102);
  if (type !== 'identitypic' && type !== 'signpic') throw new SandboxFailure(1103, 'Parameter validation failed: type');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0 || bytes.length > MAX_PHOTO_BYTES || !detectImageType(bytes)) throw new SandboxFailure(1500);
  const actual = md5Hex(bytes);
  if (md5.toLowerCase() !== actual) throw new SandboxFailure(1501);
  if (before.photoMd5[type] === actual) return customerResult(before);
  const patch: Partial<SandboxCustomer> = {
    [type]: `${runtime.fileBaseUrl}/${before.customid}/${type}/${actual}`,
    photoMd5: { ...before.photoMd5, [type]: actual },
  };
  const identitypic = type === 'identitypic' ? patch.identitypic! : before.identitypic;
  patch.demand_perfection = identitypic === '' ? ['identitypic'] : [];
  if (before.status !== 3 && identitypic !== '') patch.status = 0;
  return customerResult(saveCustomer(runtime, before, patch));
}

/** The OTP gates of spec §5.3: auto-approval on (1308) and an STCPay account not yet verified (1309). */
function otpCustomer(runtime: SandboxRuntime, params: Params): SandboxCustomer {
  const customer = existing(runtime, params);
  if (customer.autoapproval !== 1) throw new SandboxFailure(1308);
  if (customer.stcaccount === '' || customer.stcVerified) throw new SandboxFailure(1309);
  return customer;
}

/** `POST /payee/custom/submitStcAccountOtp` (spec §4.7). A pending customer is approved once its STCPay account is verified (inferred). */
export function submitStcOtp(runtime: SandboxRuntime, params: Params): SandboxResult {
  const code = textParameter(params, 'code', { max: 6, required: true })!;
  if (!OTP_CODE_PATTERN.test(code)) throw new SandboxFailure(1103, 'Parameter validation failed: code');
  const customer = otpCustomer(runtime, params);
  const number = canonicalStcAccount(customer.stcaccount);
  const task = runtime.otps.get(number);
  if (!task || task.expiresAt < runtime.protocol.nowSeconds()) throw new SandboxFailure(1607);
  if (task.code !== code) throw new SandboxFailure(1609);
  if (!(number in OTP_TEST_NUMBERS)) runtime.otps.delete(number);
  // Test accounts get their scripted review result instead (spec §7, rule 3).
  const approve = customer.status === 0 && testAccountResult(customer) === undefined;
  saveCustomer(runtime, customer, approve ? { stcVerified: true, status: 1, statusdesc: 'Approved' } : { stcVerified: true });
  return { data: {} };
}

/** `POST /payee/custom/resendStcAccountOtp` (spec §4.8): one SMS per minute per number (1611). */
export function resendStcOtp(runtime: SandboxRuntime, params: Params): SandboxResult {
  const customer = otpCustomer(runtime, params);
  sendOtp(runtime, customer.stcaccount, { explicit: true });
  return { data: {} };
}
