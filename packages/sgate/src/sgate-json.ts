/**
 * Serializes a request body once, as pure ASCII JSON: every character above U+007E is written as a
 * `\uXXXX` escape. SGATE verifies the signature over the raw body text, so the escapes are safe, and
 * they remove the one place where JavaScript and PHP disagree (PHP escapes U+2028/U+2029 even with
 * `JSON_UNESCAPED_UNICODE`; JavaScript does not) (spec §2.5). The same string is signed and sent.
 */
export function serializeBody(body: unknown): string {
  return JSON.stringify(body).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
