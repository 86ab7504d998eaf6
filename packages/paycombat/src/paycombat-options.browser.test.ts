import { describe, expect, it } from 'vitest';
import { createPaycombat } from './index.js';

describe('createPaycombat in a browser', () => {
  it('refuses to run where anyone can read the keys, unless explicitly allowed', () => {
    expect(() => createPaycombat({ token: 'snd_token_0123456789', signatureKey: 'key_0123456789' })).toThrow(/running in a browser.*dangerouslyAllowBrowser/s);
    expect(createPaycombat({ token: 'snd_token_0123456789', signatureKey: 'key_0123456789', dangerouslyAllowBrowser: true }).provider).toBe('paycombat');
  });
});
