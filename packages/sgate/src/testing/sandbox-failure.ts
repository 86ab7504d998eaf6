import { SGATE_CODES } from '../sgate-errors.js';

/** A business failure of a sandbox endpoint: answered as a signed envelope with `code` (spec §1.4, §7.4). */
export class SandboxFailure extends Error {
  readonly code: number;

  constructor(code: number, message?: string) {
    super(message ?? SGATE_CODES[code]?.meaning ?? 'Failed');
    this.code = code;
  }
}

/** A text parameter: 1102 when required and missing, 1103 when not a string or longer than `max`. */
export function textParameter(params: Record<string, unknown>, name: string, options: { max: number; required?: boolean }): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') {
    if (options.required) throw new SandboxFailure(1102, `Missing parameter: ${name}`);
    return value === '' ? '' : undefined;
  }
  if (typeof value !== 'string') throw new SandboxFailure(1103, `Parameter validation failed: ${name}`);
  if ([...value].length > options.max) throw new SandboxFailure(1103, `Parameter validation failed: ${name} is longer than ${options.max}`);
  return value;
}

/** An integer parameter (query strings give text): 1103 when not an integer within `min`–`max`. */
export function integerParameter(params: Record<string, unknown>, name: string, options: { min: number; max: number }): number | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : /^-?\d+$/.test(String(value)) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < options.min || number > options.max) throw new SandboxFailure(1103, `Parameter validation failed: ${name}`);
  return number;
}
