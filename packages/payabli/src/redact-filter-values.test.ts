import { describe, expect, it } from 'vitest';
import { redactFilterValues } from './redact-filter-values.js';
import { ENTRY, captureLogger, usePayabliMock } from './test-support.js';

const payabli = usePayabliMock();

describe('filter values in logs', () => {
  it('redacts personal filter values, keeps keys, paging and status/date/id filters readable', () => {
    expect(redactFilterValues('https://x/api/Query/customers/e?fromRecord=0&limitRecord=20&sortBy=desc(createdDate)&email(eq)=a%40b.io&additional-ssn%28eq%29=078-05-1120&status(in)=1|0&createdDate(ge)=2026-01-01'))
      .toBe('https://x/api/Query/customers/e?fromRecord=0&limitRecord=20&sortBy=desc(createdDate)&email(eq)=[REDACTED]&additional-ssn%28eq%29=[REDACTED]&status(in)=1|0&createdDate(ge)=2026-01-01');
    expect(redactFilterValues('https://x/api/Customer/1')).toBe('https://x/api/Customer/1');
  });

  it('applies to the client’s debug lines', async () => {
    const { lines, logger } = captureLogger();
    await payabli.client({ logger, logLevel: 'debug' }).customers.list(ENTRY, { filters: { lastname: { eq: 'Lovelace' }, status: { eq: 1 } } }).toArray();
    const request = lines.find((line) => line.message === 'request')!;
    expect(request.fields!.url).toMatch(/lastname\(eq\)=\[REDACTED\]&status\(eq\)=1$/);
    expect(JSON.stringify(lines)).not.toContain('Lovelace');
  });
});
