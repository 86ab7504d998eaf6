import { describe, expect, it } from 'vitest';
import { cardFormUrl, hostedBaseUrl, hostedOrigin } from './card-form-url.js';

describe('cardFormUrl', () => {
  it('builds <hosted>/card?t=<token> for each environment (spec §4.11)', () => {
    expect(cardFormUrl({ accessToken: 'pbt_abc', environment: 'sandbox' })).toBe('https://hosted.sandbox.paybase.io/card?t=pbt_abc');
    expect(cardFormUrl({ accessToken: 'pbt_abc', environment: 'production' })).toBe('https://hosted.paybase.io/card?t=pbt_abc');
    expect(cardFormUrl({ accessToken: 'a+b/c=', environment: 'sandbox' })).toBe('https://hosted.sandbox.paybase.io/card?t=a%2Bb%2Fc%3D');
    expect(cardFormUrl({ accessToken: 'pbt_abc', hostedUrl: 'https://pay.example.com/paybase/' })).toBe('https://pay.example.com/paybase/card?t=pbt_abc');
  });

  it('derives the origin messages are accepted from', () => {
    expect(hostedOrigin({ environment: 'sandbox' })).toBe('https://hosted.sandbox.paybase.io');
    expect(hostedOrigin({ hostedUrl: 'https://pay.example.com/paybase' })).toBe('https://pay.example.com');
    expect(hostedBaseUrl({ hostedUrl: 'http://127.0.0.1:8080/hosted' })).toBe('http://127.0.0.1:8080/hosted');
  });

  it('refuses insecure or malformed hosted URLs, a missing environment, and bad tokens without quoting them', () => {
    expect(() => hostedBaseUrl({ hostedUrl: 'http://pay.example.com' })).toThrow(/must use https/);
    expect(() => hostedBaseUrl({ hostedUrl: 'https://pay.example.com/?x=1' })).toThrow(/query string/);
    expect(() => hostedBaseUrl({ hostedUrl: 'pay.example.com' })).toThrow(/absolute URL/);
    expect(() => hostedBaseUrl({})).toThrow(/environment: 'sandbox' \| 'production'/);
    for (const accessToken of ['', 'pbt secret', undefined]) {
      let message = '';
      try {
        cardFormUrl({ accessToken: accessToken as string, environment: 'sandbox' });
      } catch (error) {
        message = (error as Error).message;
        expect(error).toMatchObject({ kind: 'configuration' });
      }
      expect(message).toContain('createAuthenticationToken');
      expect(message).not.toContain('pbt secret');
    }
  });
});
