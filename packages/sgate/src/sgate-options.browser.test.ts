import { createSgate } from '@clientele/sgate';
import { SGATE_TEST_KEYS } from '@clientele/sgate/testing';
import { describe, expect, it } from 'vitest';

const options = { apiKey: 'browser-test-key', merchantPrivateKey: SGATE_TEST_KEYS.merchantPrivateKey, systemPublicKey: SGATE_TEST_KEYS.systemPublicKey, environment: 'sandbox' } as const;

describe('createSgate in a browser page', () => {
  it('refuses to hold the merchant private key in a page, names the option and points to /encrypt', () => {
    let error: unknown;
    try {
      createSgate(options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ kind: 'configuration', provider: 'sgate' });
    const message = (error as Error).message;
    expect(message).toContain('merchant private key');
    expect(message).toContain('dangerouslyAllowBrowser: true');
    expect(message).toContain('@clientele/sgate/encrypt');
    expect(message).not.toContain(options.apiKey);
    expect(createSgate({ ...options, dangerouslyAllowBrowser: true }).environment).toBe('sandbox');
  });

  it('says so before looking at the keys, so a malformed key still gets the keep-keys-on-the-server message', () => {
    expect(() => createSgate({ ...options, merchantPrivateKey: 'not a key' })).toThrow(/dangerouslyAllowBrowser: true/);
  });
});
