import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ClienteleError } from './clientele-error.js';

describe('ClienteleError under util.inspect', () => {
  it('shows the safe view and never the raw cause', () => {
    const cause = Object.assign(new Error('boom'), { request: { headers: { 'x-token': 'tok_canary_123456' } } });
    const error = new ClienteleError({ kind: 'server', message: 'failed', provider: 'paycombat', cause });
    const text = inspect(error, { depth: 10, showHidden: true });
    expect(text).toContain("kind\": \"server\"");
    expect(text).not.toContain('tok_canary_123456');
  });
});
