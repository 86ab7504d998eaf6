import { ERROR_KINDS } from '@clientele/core';
import { describe, expect, it } from 'vitest';
import { SGATE_CODES, sgateCodeRule } from './sgate-errors.js';

/** Every code of spec §6, in its tables. */
const SPEC_CODES = [
  1000, 1001, 1002, 1003, 1004, 1005, 1100, 1101, 1102, 1103, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213,
  1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1500, 1501, 1502,
  1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612,
];

describe('SGATE status codes (spec §6)', () => {
  it('maps every documented code to a core kind and retry class', () => {
    expect(Object.keys(SGATE_CODES).map(Number).sort()).toEqual(SPEC_CODES);
    for (const code of SPEC_CODES) {
      const rule = sgateCodeRule(code);
      expect(ERROR_KINDS).toContain(rule.kind);
      expect(['never', 'unprocessed', 'if-idempotent']).toContain(rule.retry);
      if (rule.retry !== 'never') expect(rule.retryable).toBe(true);
    }
  });

  it('follows the retry column: 1212 backs off, 1204 once, R* only when safe to repeat, W and N never automatically', () => {
    expect(sgateCodeRule(1212)).toMatchObject({ kind: 'rate_limited', retry: 'unprocessed' });
    expect(sgateCodeRule(1204)).toMatchObject({ retry: 'unprocessed', maxRetries: 1 });
    expect(sgateCodeRule(1311)).toMatchObject({ kind: 'conflict', retry: 'unprocessed', maxRetries: 1 });
    expect(sgateCodeRule(1001)).toMatchObject({ retry: 'if-idempotent' });
    expect(sgateCodeRule(1302)).toMatchObject({ kind: 'conflict', retry: 'never' });
    expect(sgateCodeRule(1611)).toMatchObject({ kind: 'rate_limited', retry: 'never', retryable: true });
    expect(sgateCodeRule(1402)).toMatchObject({ retry: 'never', retryable: true });
    expect(sgateCodeRule(1213)).toMatchObject({ kind: 'authentication', retry: 'never' });
    expect(sgateCodeRule(4242)).toMatchObject({ kind: 'server', retry: 'never', retryable: false });
  });
});
